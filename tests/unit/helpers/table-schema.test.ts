// The Table Schema checker the open-data build test relies on must catch each kind of bad cell.
import { expect, test } from 'vitest';
import { tableSchemaErrors } from '../../helpers/table-schema';

const schema = {
  fields: [
    { name: 'id', type: 'string', constraints: { required: true, pattern: '[a-z]+' } },
    { name: 'n', type: 'integer', constraints: { minimum: 1 } },
    { name: 'flag', type: 'boolean' },
    { name: 'kind', type: 'string', constraints: { enum: ['a', 'b'] } },
    { name: 'url', type: 'string', format: 'uri' },
    { name: 'x', type: 'number' },
  ],
  primaryKey: ['id'],
};

test('a valid table has no errors; empty optional cells are missing values', () => {
  expect(tableSchemaErrors(schema, [['id', 'n', 'flag', 'kind', 'url', 'x'], ['x', '1', 'true', 'a', 'https://e.org/', '2.3'], ['y', '', '', '', '', '']])).toEqual([]);
});

test('each kind of bad cell, a repeated key and a wrong header are named with row and column', () => {
  expect(tableSchemaErrors(schema, [['id', 'n', 'flag', 'kind', 'url', 'x'], ['', '0', 'yes', 'c', 'nope', '1,5'], ['X', '1.5', 'false', 'a', '', ''], ['X', '2', 'true', 'b', '', '']])).toEqual([
    'row 2, id: required but empty',
    'row 2, n: 0 is below 1',
    'row 2, flag: "yes" is not of type boolean',
    'row 2, kind: "c" is not one of a, b',
    'row 2, url: "nope" is not a URI',
    'row 2, x: "1,5" is not of type number',
    'row 3, id: "X" does not match [a-z]+',
    'row 3, n: "1.5" is not of type integer',
    'row 4, id: "X" does not match [a-z]+',
    'row 4: primary key ["X"] is repeated',
  ]);
  expect(tableSchemaErrors(schema, [['id', 'n']])).toEqual(['header ["id","n"] is not the schema\'s ["id","n","flag","kind","url","x"]']);
});
