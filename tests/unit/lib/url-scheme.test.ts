import { expect, test } from 'vitest';
import { forbiddenScheme, urlScheme } from '../../../src/lib/url-scheme';

test.each([
  ['https://www.unodc.org/x', undefined],
  ['http://example.org', undefined],
  ['mailto:someone@example.org', undefined],
  ['HTTPS://EXAMPLE.ORG', undefined],
  ['/reports/ga74-2019/', undefined],
  ['#fn-1', undefined],
  ['https://example.org/?q=a:b', undefined],
  ['javascript:alert(1)', 'javascript'],
  ['JaVaScRiPt:alert(1)', 'javascript'],
  ['\u0001 javascript:alert(1)', 'javascript'],
  ['java\tscript:alert(1)', 'javascript'],
  ['java\nscript:alert(1)', 'javascript'],
  ['javascript%3Aalert(1)', 'javascript'],
  ['javascript%253Aalert(1)', 'javascript'],
  ['%6Aavascript:alert(1)', 'javascript'],
  ['vbscript:msgbox(1)', 'vbscript'],
  ['data:text/html,x', 'data'],
  ['file:///etc/passwd', 'file'],
  ['%E0%A4%A:x', undefined], // a malformed escape is read as it is: no scheme
])('%j → %s', (url, expected) => {
  expect(forbiddenScheme(url)).toBe(expected);
});

test('urlScheme reads the scheme a browser would see, in lower case', () => {
  expect(urlScheme(' \u0000HtTp://x')).toBe('http');
  expect(urlScheme('reports/x')).toBeUndefined();
});
