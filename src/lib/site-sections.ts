// The site's main indexes, in navigation order: the header of every page and the 404 page list them.
export const SITE_SECTIONS = [
  { href: '/reports/', label: 'Reports', key: 'reports' },
  { href: '/sessions/', label: 'Sessions', key: 'sessions' },
  { href: '/countries/', label: 'Countries', key: 'countries' },
  { href: '/programmes/', label: 'Programmes', key: 'programmes' },
  { href: '/organizations/', label: 'Organizations', key: 'organizations' },
  { href: '/references/', label: 'References', key: 'references' },
  { href: '/themes/', label: 'Themes', key: 'themes' },
  { href: '/about/', label: 'About', key: 'about' },
] as const;

export type SiteSection = (typeof SITE_SECTIONS)[number]['key'];
