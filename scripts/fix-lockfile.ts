import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The npm registry this project installs from lacks some platform binaries of a few packages at
 * the versions we use (e.g. @rollup/rollup-darwin-arm64), so `npm install` leaves them out of
 * package-lock.json and `npm ci` then refuses the lock file. This adds each missing optional
 * platform package as an entry npm skips on other platforms (os/cpu/libc from its manifest).
 * Run it after `npm install` changes the lock file: `node scripts/fix-lockfile.ts`.
 */
interface LockNode {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
}

const lockPath = 'package-lock.json';
const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { packages: Record<string, LockNode> };
const added: string[] = [];
for (const [path, node] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(node.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    const platform = JSON.parse(
      execFileSync('npm', ['view', name, 'os', 'cpu', 'libc', '--json'], { encoding: 'utf8' }) ||
        '{}',
    ) as Pick<LockNode, 'os' | 'cpu' | 'libc'>;
    const entry: LockNode = {
      version: spec.replace(/^[\^~=]/, ''),
      ...(node.dev ? { dev: true } : {}),
      optional: true,
      ...platform,
    };
    lock.packages[hoisted] = entry;
    added.push(`${name}@${entry.version}`);
  }
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
  ),
);
writeFileSync(lockPath, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(
  added.length === 0
    ? 'package-lock.json: nothing missing.'
    : `package-lock.json: added ${added.length} platform packages npm skips here:\n  ${added.join('\n  ')}`,
);
