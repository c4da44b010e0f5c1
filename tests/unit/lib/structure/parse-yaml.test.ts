import { expect, test } from 'vitest';
import { parseYaml } from '../../../../src/lib/structure/parse-yaml';

test('reads quoted dates as strings and unquoted dates as dates, like Astro', () => {
  const { data, errors } = parseYaml('x.yaml', "a: '2024-10-14'\nb: 2024-10-14\nc: yes\n");
  expect(errors).toEqual([]);
  expect(data).toEqual({ a: '2024-10-14', b: new Date('2024-10-14T00:00:00Z'), c: 'yes' });
});

test('gives the file line of each top-level key, offset by firstLine', () => {
  const parsed = parseYaml('x.md', 'session: cop8\n\nsource: a.txt\n', { firstLine: 2 });
  expect(parsed.lineOf('session')).toBe(2);
  expect(parsed.lineOf('source')).toBe(4);
  expect(parsed.lineOf('title')).toBeUndefined();
});

test('reports a duplicate key at its file line', () => {
  const { data, errors } = parseYaml('x.md', 'session: cop8\nsession: cop6\n', { firstLine: 2 });
  expect(data).toBeUndefined();
  expect(errors.map((e) => e.message)).toEqual(['x.md:3: invalid YAML: Map keys must be unique']);
});

test('reports a syntax error with its line', () => {
  const { errors } = parseYaml('x.yaml', 'slug: cop8\nbody: [unclosed\n');
  expect(errors[0]?.message).toMatch(/^x\.yaml:\d: invalid YAML: /);
});
