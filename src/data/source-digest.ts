// A digest of the code that turns a report file into its stored entry (the report pipeline in
// src/lib, src/plugins, src/loaders, src/data) and of the pinned dependencies (package-lock.json),
// so that a cached report is re-rendered after a code or dependency change, not only after an
// edit of its Markdown. Computed once per process.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FOLDERS = ['src/lib', 'src/plugins', 'src/loaders', 'src/data'];
/** The project this code belongs to (not the content root, which tests and the bench move). */
const CODE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
let cache: string | undefined;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []))
    .sort();
}

export function sourceDigest(): string {
  const root = CODE_ROOT;
  if (cache) return cache;
  const hash = createHash('sha256');
  for (const file of [...FOLDERS.flatMap((f) => files(join(root, f))), join(root, 'package-lock.json')]) {
    if (!existsSync(file)) continue;
    hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  cache = hash.digest('hex').slice(0, 16);
  return cache;
}
