import { withBase } from '../site/base-path.ts';

/** A site path (`/search/`) as the browser must request it under the build's base path. */
export function sitePath(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
