// Describes a value read from YAML for the "found …" part of an error message: strings quoted
// (long ones cut), unquoted dates called out (YAML reads them as Date objects), lists and
// mappings named rather than dumped, a missing value as "nothing".

const MAX = 60;

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? 'an unquoted date'
      : `${value.toISOString().slice(0, 10)} without quotes (YAML reads it as a date)`;
  }
  if (typeof value === 'string') {
    return JSON.stringify(value.length > MAX ? `${value.slice(0, MAX)}…` : value);
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
