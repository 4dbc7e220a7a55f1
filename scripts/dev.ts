import { spawn } from 'node:child_process';
import { ASTRO_ENV, binPath } from './lib/run.ts';

/**
 * `npm run dev`: Astro's dev server on 127.0.0.1, in a process group of its own that this script
 * stops whole on Ctrl-C or SIGTERM (an npm process that is stopped must not leave `astro dev`,
 * or anything it started, running). Arguments after `--` go to `astro dev` (`--port 4400`).
 */
const GRACE_MS = 5_000;

const child = spawn(
  process.execPath,
  [binPath('astro'), 'dev', '--host', '127.0.0.1', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, ...ASTRO_ENV }, detached: true },
);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  signalGroup(signal);
  // Whatever still runs after the grace period is killed, so nothing outlives this script.
  setTimeout(() => signalGroup('SIGKILL'), GRACE_MS).unref();
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGHUP', () => stop('SIGHUP'));
// npm does not pass SIGTERM on to its script: when the npm process that started us is gone, stop.
const parent = process.ppid;
setInterval(() => {
  if (!isAlive(parent)) stop('SIGTERM');
}, 250).unref();

child.on('exit', (code, signal) => {
  // The server is gone; helpers it started in its group (esbuild) go with it.
  signalGroup('SIGTERM');
  process.exit(code ?? (signal && !stopping ? 1 : 0));
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return process.ppid === pid;
  } catch {
    return false;
  }
}

function signalGroup(signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // the group has already ended
  }
}
