import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStaticServer } from '../../scripts/lib/static-server.ts';

/** Serves dist/ on a free 127.0.0.1 port for the whole run; the returned function stops it. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dist = resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/index.html is missing: run "npm run build" before the browser tests');
  }
  // The tests address pages by site path (`/guides/x/`), so dist/ is served at the root.
  const server = await startStaticServer(dist, { base: '/' });
  // Not SITE_URL: that names the public URL a build is made for (src/config/site.ts).
  process.env.E2E_SITE_URL = server.url;
  return () => server.close();
}
