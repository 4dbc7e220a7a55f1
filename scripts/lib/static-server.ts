import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { cacheControl, extraHeaders } from '../../src/deploy/cache-policy.ts';
import { withoutBase } from '../../src/site/base-path.ts';

export interface RunningServer {
  /** The site's address, base path included, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  port?: number;
  host?: string;
  /** Path the site is served under (`/interview-prep/`); by default the one it was built for. */
  base?: string;
}

/** The base a built site was made for, read from its web manifest's scope (`/` if absent). */
export function builtBase(root: string): string {
  const manifest = join(root, 'manifest.webmanifest');
  if (!existsSync(manifest)) return '/';
  const scope = (JSON.parse(readFileSync(manifest, 'utf8')) as { scope?: unknown }).scope;
  return typeof scope === 'string' && scope.startsWith('/') ? scope : '/';
}

/**
 * Serves a built site as a plain static host does (sirv): files, `dir/index.html`, the site's
 * `404.html` for anything else, under its base path, with the cache headers of
 * src/deploy/cache-policy.ts and ETags so revalidation is cheap.
 */
export function startStaticServer(
  root: string,
  { port = 0, host = '127.0.0.1', base = builtBase(root) }: StaticServerOptions = {},
): Promise<RunningServer> {
  const notFoundPage = join(root, '404.html');
  const notFound = (response: ServerResponse) => {
    if (!existsSync(notFoundPage)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(404, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
    });
    response.end(readFileSync(notFoundPage));
  };
  const files = sirv(root, {
    dev: false,
    etag: true,
    dotfiles: false,
    setHeaders: (response, sitePath) => {
      response.setHeader('Cache-Control', cacheControl(sitePath));
      for (const [name, value] of Object.entries(extraHeaders(sitePath, base)))
        response.setHeader(name, value);
    },
    onNoMatch: (_request, response) => notFound(response),
  });
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const [path = '/', query] = (request.url ?? '/').split(/\?(.*)/s, 2);
    // The base without its trailing slash is the site's home page.
    if (base !== '/' && `${path}/` === base) {
      response.writeHead(301, { location: query === undefined ? base : `${base}?${query}` }).end();
      return;
    }
    if (!path.startsWith(base)) return notFound(response);
    request.url = withoutBase(base, path) + (query === undefined ? '' : `?${query}`);
    files(request, response);
  };
  const server = createServer(handle);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${address.port}${base.replace(/\/$/, '')}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
