import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NGINX_PATH } from '../../scripts/lib/nginx-path.ts';

export { NGINX_PATH };
const recipe = resolve(import.meta.dirname, '../../deploy/nginx.conf');

export interface RunningNginx {
  /** The site's address, base path included, without a trailing slash. */
  url: string;
  origin: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/**
 * Runs Debian's nginx with deploy/nginx.conf as the user running the tests: its own prefix, pid
 * and logs in a temporary folder, `site` served under `base` on a free 127.0.0.1 port. The recipe
 * is used as written; only the listen address, root and ${SITE_BASE} are filled in.
 */
export async function startNginx(site: string, base: string): Promise<RunningNginx> {
  // Another process may take the free port before nginx binds it: then try another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(site, base);
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('Address already in use')) throw error;
    }
  }
}

async function startOnce(site: string, base: string): Promise<RunningNginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'interview-prep-nginx-'));
  const html = join(prefix, 'html');
  mkdirSync(html);
  if (base === '/') symlinkSync(site, join(html, 'site'));
  else symlinkSync(site, join(html, base.slice(1, -1)));
  const root = base === '/' ? join(html, 'site') : html;
  const port = await freePort();
  const server = readFileSync(recipe, 'utf8')
    .replaceAll('${SITE_BASE}', base)
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/usr\/share\/nginx\/html;/, `root ${root};`);
  writeFileSync(join(prefix, 'site.conf'), server);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `${name}_temp_path ${join(prefix, name)};`)
    .join('\n  ');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp}
  include ${join(prefix, 'site.conf')};
}
`,
  );
  const child = spawn(
    NGINX_PATH,
    ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, child, () => stderr, prefix);
  return {
    url: `${origin}${base.replace(/\/$/, '')}`,
    origin,
    stop: () => stop(child).then(() => rmSync(prefix, { recursive: true, force: true })),
  };
}

async function waitUntilServing(
  origin: string,
  child: ChildProcess,
  stderr: () => string,
  prefix: string,
) {
  for (;;) {
    if (child.exitCode !== null) {
      let log = '';
      try {
        log = readFileSync(join(prefix, 'error.log'), 'utf8');
      } catch {
        // No log written yet.
      }
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx exited with ${child.exitCode}: ${stderr()}${log}`);
    }
    try {
      await fetch(origin);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGQUIT');
  });
}
