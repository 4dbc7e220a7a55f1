import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStaticServer } from '../../scripts/lib/static-server.ts';

/** Serves dist/ on a free 127.0.0.1 port for the whole run; the returned function stops it. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dist = resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/index.html is missing: run "npm run build" before the browser tests');
  }
  const server = await startStaticServer(dist);
  process.env.SITE_URL = server.url;
  return () => server.close();
}
