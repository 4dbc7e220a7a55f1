import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer, type RunningServer } from '../../scripts/lib/static-server.ts';
import { ASTRO_ENV } from '../../scripts/lib/run.ts';

const root = resolve(import.meta.dirname, '../..');

/** Two guides without links to others: enough for every page kind, a tenth of the full build. */
export const BASE_PATH_GUIDES = ['graphql-servers', 'file-uploads'] as const;

export interface BasePathSite {
  /** The built site's folder. */
  dir: string;
  base: string;
  siteUrl: string;
  server: RunningServer;
  buildSeconds: number;
  close(): Promise<void>;
}

/**
 * Builds a small copy of the site with `npm run build`'s own script under `base` and `siteUrl`,
 * into a temporary folder with its own caches (so the main build's files are never touched), and
 * serves it under that base path on a free loopback port.
 */
export async function buildUnderBase(base: string, siteUrl: string): Promise<BasePathSite> {
  const work = mkdtempSync(join(tmpdir(), 'interview-prep-base-'));
  const guidesDir = join(work, 'content', 'guides');
  mkdirSync(guidesDir, { recursive: true });
  cpSync(join(root, 'content', 'vocabulary.yaml'), join(work, 'content', 'vocabulary.yaml'));
  for (const slug of BASE_PATH_GUIDES) {
    cpSync(join(root, 'content', 'guides', `${slug}.md`), join(guidesDir, `${slug}.md`));
    cpSync(join(root, 'content', 'guides', slug), join(guidesDir, slug), { recursive: true });
  }
  const dir = join(work, 'dist');
  const started = performance.now();
  const { code, output } = await run(
    ['scripts/build.ts', '--base', base, '--site', siteUrl, '--out', dir],
    { GUIDES_DIR: guidesDir, CACHE_DIR: join(work, 'cache') },
  );
  const buildSeconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`the build under ${base} failed (exit ${code}):\n${output.slice(-4000)}`);
  }
  const server = await startStaticServer(dir, { base });
  return {
    dir,
    base,
    siteUrl,
    server,
    buildSeconds,
    close: async () => {
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

function run(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...ASTRO_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}
