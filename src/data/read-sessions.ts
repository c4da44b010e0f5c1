// The session files (content/sessions/*.yaml) read and validated outside astro:content, for the
// report loader, which needs the sessions' labels to start the search index before any page is
// built. The build has already stopped on an invalid session file (src/integrations/content-checks.ts),
// so an entry that does not parse here is left out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentText } from '../lib/text-file';
import type { SessionData } from '../lib/report-view';
import { sessionSchema } from '../schemas/session';

export function readSessions(root: string): SessionData[] {
  const dir = join(root, 'content/sessions');
  return readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort().flatMap((name) => {
    const result = sessionSchema.safeParse(parse(contentText(readFileSync(join(dir, name)))));
    return result.success ? [result.data as SessionData] : [];
  });
}
