// Source file names → report slugs: `2024-cop12-secretariat.txt` → `cop12-2024`,
// session `cop12`. The file name is the only place the session is stated for every report.

export interface SourceName {
  slug: string;
  session: string;
  year: number;
}

export function parseSourceName(fileName: string): SourceName {
  const base = fileName.split('/').pop() ?? fileName;
  const match = /^(\d{4})-([a-z]+\d+)-[a-z-]+\.txt$/.exec(base);
  if (!match) {
    throw new RangeError(
      `${fileName}: expected a source file name like 2024-cop12-secretariat.txt (year-session-author.txt), found "${base}"`,
    );
  }
  const year = Number(match[1]);
  const session = match[2]!;
  return { slug: `${session}-${year}`, session, year };
}
