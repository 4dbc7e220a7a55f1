/** A question's id in stored progress: `<guide>/q<N>`, stable while the guide keeps its numbers. */
export function questionId(guideSlug: string, number: number): string {
  return `${guideSlug}/q${number}`;
}

/** The id of the question a page URL shows: `/guides/express-js/3-how-…/` → `express-js/q3`. */
export function questionIdFromUrl(url: string): string | undefined {
  const path = decodeURIComponent(new URL(url, 'http://x').pathname);
  const match = /^\/guides\/([^/]+)\/(\d+)-[^/]*\/?$/.exec(path);
  return match ? questionId(match[1] as string, Number(match[2])) : undefined;
}
