import { type ChildProcess, spawn } from 'node:child_process';
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
  return startNode(script, args, env).exited;
}

/** A Node process started by `startNode`. */
export interface Started {
  child: ChildProcess;
  /** Its exit code (1 if a signal ended it). */
  exited: Promise<number>;
  /** Shows the output held back so far, and the rest as it comes. */
  release(): void;
}

/**
 * Starts a Node script with this Node. With `hold`, its output is kept back until `release()`
 * (a process started early, whose output must not mix with the report of the step before it);
 * with `ipc`, it may send messages to this process.
 */
export function startNode(
  script: string,
  args: readonly string[],
  env: Record<string, string> = {},
  { hold = false, ipc = false }: { hold?: boolean; ipc?: boolean } = {},
): Started {
  const output = hold ? 'pipe' : 'inherit';
  const child = spawn(process.execPath, [script, ...args], {
    stdio: ['inherit', output, output, ...(ipc ? (['ipc'] as const) : [])],
    env: {
      ...process.env,
      ...ASTRO_ENV,
      // Piped output is not a terminal: keep the colours a terminal would have shown.
      ...(hold && process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
      ...env,
    },
  });
  const held: Array<[NodeJS.WriteStream, Buffer]> = [];
  let released = !hold;
  const forward = (to: NodeJS.WriteStream) => (chunk: Buffer) =>
    released ? to.write(chunk) : held.push([to, chunk]);
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));
  const exited = new Promise<number>((resolve) =>
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
  return {
    child,
    exited,
    release() {
      if (released) return;
      released = true;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
    },
  };
}
