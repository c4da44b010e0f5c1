// Checks CSV rows against a Frictionless Table Schema (specs v1): the header, each cell's type
// (string, integer, number, boolean, URI strings), the required/enum/pattern/minimum constraints and the
// primary key's uniqueness. Returns one message per problem, naming row and column.
export interface SchemaField {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}

export interface TableSchema {
  fields: SchemaField[];
  primaryKey?: string[];
  missingValues?: string[];
}

const TYPES: Record<string, (cell: string) => boolean> = {
  string: () => true,
  integer: (cell) => /^[+-]?\d+$/.test(cell),
  number: (cell) => /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(cell),
  boolean: (cell) => ['true', 'false', 'True', 'False', 'TRUE', 'FALSE', '1', '0'].includes(cell),
};

function isUri(cell: string): boolean {
  try {
    return Boolean(new URL(cell).protocol);
  } catch {
    return false;
  }
}

export function tableSchemaErrors(schema: TableSchema, [header, ...rows]: string[][]): string[] {
  const names = schema.fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names)) return [`header ${JSON.stringify(header)} is not the schema's ${JSON.stringify(names)}`];
  const missing = new Set(schema.missingValues ?? ['']);
  const errors: string[] = [];
  const keys = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const at = `row ${i + 2}`;
    if (row.length !== names.length) errors.push(`${at}: ${row.length} cells, expected ${names.length}`);
    for (const [j, field] of schema.fields.entries()) {
      const cell = row[j] ?? '';
      const where = `${at}, ${field.name}`;
      if (missing.has(cell)) {
        if (field.constraints?.required) errors.push(`${where}: required but empty`);
        continue;
      }
      const check = TYPES[field.type];
      if (!check) errors.push(`${where}: the schema's type "${field.type}" is not one this checker knows`);
      else if (!check(cell)) errors.push(`${where}: "${cell}" is not of type ${field.type}`);
      if (field.format === 'uri' && !isUri(cell)) errors.push(`${where}: "${cell}" is not a URI`);
      const c = field.constraints ?? {};
      if (c.enum && !c.enum.includes(cell)) errors.push(`${where}: "${cell}" is not one of ${c.enum.join(', ')}`);
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(cell)) errors.push(`${where}: "${cell}" does not match ${c.pattern}`);
      if (c.minimum !== undefined && Number(cell) < c.minimum) errors.push(`${where}: ${cell} is below ${c.minimum}`);
    }
    if (schema.primaryKey) {
      const key = JSON.stringify(schema.primaryKey.map((k) => row[names.indexOf(k)]));
      if (keys.has(key)) errors.push(`${at}: primary key ${key} is repeated`);
      keys.add(key);
    }
  }
  return errors;
}
