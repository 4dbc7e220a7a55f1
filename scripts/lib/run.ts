import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Astro must never background itself from our scripts. */
export const ASTRO_ENV = {
  ASTRO_PREVIEW_BACKGROUND: '0',
  ASTRO_DEV_BACKGROUND: '0',
  ASTRO_TELEMETRY_DISABLED: '1',
};

/** Path of a package's command-line entry, run with this same Node. */
export function binPath(pkg: string, bin: string = pkg): string {
  // Read the manifest directly: some packages do not export ./package.json.
  const manifestPath = join(projectRoot, 'node_modules', pkg, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin];
  if (!relative) throw new Error(`${pkg} has no "${bin}" command`);
  return join(dirname(manifestPath), relative);
}

/** Runs a Node script with this Node, output shown as it comes; resolves to the exit code. */
export function runNode(
  script: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      stdio: 'inherit',
      env: { ...process.env, ...ASTRO_ENV, ...env },
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
