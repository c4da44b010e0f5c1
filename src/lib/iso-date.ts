// Is a string an ISO calendar date (YYYY-MM-DD) that exists? `2024-02-29` yes, `2023-02-29`
// and `2024-7-3` no. Used by the zod schemas for front matter and session dates; never guesses.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
