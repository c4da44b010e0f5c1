import { expect, test } from 'vitest';
import {
  isNoteLabel, paragraphSourceText, readAnyLabelLead, readNumberLead, readParagraphLead, readSubParagraphLead,
  writeParagraphLead, writeSubParagraphLead,
} from '../../../src/lib/report-format';

test('a paragraph lead is written escaped, so Markdown never reads an ordered list', () => {
  expect(writeParagraphLead(12)).toBe('12\\. ');
  expect(writeSubParagraphLead('iv')).toBe('(iv) ');
});

test.each([
  ['12. Text', { number: 12, text: '12.' }],
  ['12.\tText', { number: 12, text: '12.' }],
  ['012. Text', undefined],
  ['0. Text', undefined],
  ['12.Text', undefined],
  ['in 2015. Following', undefined],
])('readParagraphLead(%j)', (text, expected) => {
  expect(readParagraphLead(text)).toEqual(expected);
});

test('the checks see a lead with leading zeros, to name it', () => {
  expect(readNumberLead('012. Text')).toEqual({ digits: '012', text: '012.' });
});

test.each([
  ['(a) Text', 'a'],
  ['(iv) Text', 'iv'],
  ['(ab) Text', undefined],
  ['(A) Text', undefined],
  ['(a)Text', undefined],
])('readSubParagraphLead(%j) reads label %j', (text, label) => {
  expect(readSubParagraphLead(text)?.label).toBe(label);
});

test('a label that is no sub-paragraph label is still seen by the checks', () => {
  expect(readAnyLabelLead('(ab) Text')).toBe('ab');
});

test.each([['3', true], ['12', true], ['03', false], ['0', false], ['a', false]])('isNoteLabel(%j) is %j', (label, ok) => {
  expect(isNoteLabel(label)).toBe(ok);
});

test('a paragraph is found in a report file by its written lead', () => {
  expect(paragraphSourceText('1\\. One.\n\n12\\. Twelve.\n', 12)).toBe('Twelve.');
  expect(paragraphSourceText('1\\. One.\n', 2)).toBeUndefined();
});
