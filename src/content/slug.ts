/**
 * A URL-safe slug that keeps letters of every script: "Société Générale" → "societe-generale",
 * "AT&T" → "at-and-t", "C++" → "c-plus-plus". Never empty.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'untitled' : slug;
}

/** A slug cut at a word boundary so question URLs stay readable. */
export function shortSlug(text: string, maxLength = 60): string {
  const slug = slugify(text);
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut.slice(0, maxLength)).replace(/-+$/, '');
}

export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
