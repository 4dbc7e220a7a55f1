import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { cacheControl } from '../../src/deploy/cache-policy.ts';
import { distDir } from '../helpers/dist.ts';
import { NGINX_PATH, startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { guides } from './site-data.ts';

const firstFile = (dir: string) => readdirSync(join(distDir, dir)).sort()[0] as string;

/** One site path per kind of file, and what nginx must answer for it. */
const samples = () => {
  const guide = guides[0]?.slug ?? '';
  return [
    { path: '/', type: 'text/html' },
    { path: `/guides/${guide}/`, type: 'text/html' },
    { path: `/_astro/${firstFile('_astro')}`, type: '' },
    { path: `/pagefind/fragment/${firstFile('pagefind/fragment')}`, type: '' },
    { path: '/pagefind/pagefind.js', type: 'javascript' },
    { path: '/sw.js', type: 'javascript' },
    { path: '/manifest.webmanifest', type: 'application/manifest+json' },
  ];
};

for (const base of ['/', '/interview-prep/']) {
  test.describe(`deploy/nginx.conf serving dist/ under ${base}`, () => {
    let nginx: RunningNginx;
    test.beforeAll(async () => {
      expect(existsSync(NGINX_PATH), `nginx at ${NGINX_PATH} (apt-get install -y nginx)`).toBe(
        true,
      );
      nginx = await startNginx(distDir, base);
    });
    test.afterAll(async () => {
      await nginx?.stop();
    });

    test('each kind of file gets the cache policy, hashed files immutable', async () => {
      for (const { path, type } of samples()) {
        const response = await fetch(`${nginx.url}${path}`);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('cache-control'), path).toBe(cacheControl(path));
        expect(response.headers.get('content-type') ?? '', path).toContain(type);
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
        await response.arrayBuffer();
      }
      const worker = await fetch(`${nginx.url}/sw.js`);
      expect(worker.headers.get('service-worker-allowed')).toBe(base);
    });

    test('pages revalidate cheaply: an unchanged page answers 304', async () => {
      const first = await fetch(`${nginx.url}/`);
      const etag = first.headers.get('etag');
      expect(etag).toBeTruthy();
      const again = await fetch(`${nginx.url}/`, { headers: { 'if-none-match': etag ?? '' } });
      expect(again.status).toBe(304);
    });

    test('an unknown address gets the site 404 page with status 404', async () => {
      for (const path of ['/no/such/page/', '/_astro/missing.js']) {
        const response = await fetch(`${nginx.url}${path}`);
        expect(response.status, path).toBe(404);
        expect(await response.text(), path).toContain('Page not found');
      }
    });

    if (base !== '/') {
      test('nothing is served outside the base path', async () => {
        const response = await fetch(`${nginx.origin}/guides/`);
        expect(response.status).toBe(404);
        await response.arrayBuffer();
      });
    }
  });
}
