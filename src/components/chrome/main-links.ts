/** The site's sections, shown in the header on wide screens and in the menu drawer on narrow ones. */
export const mainLinks = [
  { href: '/', label: 'Guides' },
  { href: '/companies/', label: 'Companies' },
  { href: '/tags/', label: 'Tags' },
  { href: '/levels/', label: 'Levels' },
  { href: '/search/', label: 'Search' },
  { href: '/practice/', label: 'Practice' },
  { href: '/mock/', label: 'Mock' },
  { href: '/progress/', label: 'Progress' },
] as const;

/** "Guides" stays current inside a guide; other sections match their own path prefix. */
export function isCurrentLink(href: string, pathname: string): boolean {
  return href === '/'
    ? pathname === '/' || pathname.startsWith('/guides/')
    : pathname.startsWith(href);
}
