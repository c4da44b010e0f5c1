// Which URLs content may link to: http, https and mailto, or a link within the site (no scheme).
// The scheme is read as a browser would read it, so no spelling slips past: the parser has already
// decoded character references (`jav&#x61;script:`); here percent-encoding is decoded, leading
// C0 controls and spaces are dropped and tabs and newlines removed (as the URL parser does), and
// letter case is ignored.

export const ALLOWED_SCHEMES = ['http', 'https', 'mailto'] as const;
const allowed = new Set<string>(ALLOWED_SCHEMES);

/** Percent-decoded, a few rounds (`%25` hides a second layer); a malformed escape stops decoding. */
function percentDecoded(url: string): string {
  let text = url;
  for (let round = 0; round < 3; round += 1) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(text);
    } catch {
      break;
    }
    if (decoded === text) break;
    text = decoded;
  }
  return text;
}

/** The scheme a browser would see in `url`, lower case ("javascript"); undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const text = percentDecoded(url).replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
}

/** The scheme of `url` when content may not link to it, else undefined. */
export function forbiddenScheme(url: string): string | undefined {
  const scheme = urlScheme(url);
  return scheme === undefined || allowed.has(scheme) ? undefined : scheme;
}
