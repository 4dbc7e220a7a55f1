// CI gate: fail the build when the lockfile lets in code nobody reviewed.
// In CI you would read the real files: JSON.parse(readFileSync('package-lock.json', 'utf8')).
interface LockEntry { version?: string; resolved?: string; integrity?: string; hasInstallScript?: boolean; link?: boolean; name?: string; dependencies?: Record<string, string> }
interface Lockfile { lockfileVersion: number; packages: Record<string, LockEntry> }
interface PackageJson { name: string; allowScripts?: Record<string, boolean> }

const pkg: PackageJson = { name: 'checkout-api', allowScripts: { esbuild: true } };
const lock: Lockfile = {
  lockfileVersion: 3,
  packages: {
    '': { name: 'checkout-api', dependencies: { express: '^5.3.0', esbuild: '^0.25.0', 'color-utilz': '^1.0.0' } },
    'node_modules/express': { version: '5.3.0', resolved: 'https://registry.npmjs.org/express/-/express-5.3.0.tgz', integrity: 'sha512-AAAA' },
    'node_modules/esbuild': { version: '0.25.0', resolved: 'https://registry.npmjs.org/esbuild/-/esbuild-0.25.0.tgz', integrity: 'sha512-BBBB', hasInstallScript: true },
    'node_modules/color-utilz': { version: '1.0.3', resolved: 'https://registry.npmjs.org/color-utilz/-/color-utilz-1.0.3.tgz', integrity: 'sha512-CCCC', hasInstallScript: true },
    'node_modules/left-padder': { version: '2.0.0', resolved: 'git+ssh://git@github.com/someone/left-padder.git#3f2a91c' },
    'node_modules/@corp/auth': { version: '1.4.0', resolved: 'http://npm.corp.example/@corp/auth/-/auth-1.4.0.tgz', integrity: 'sha1-DDDD' },
  },
};

function auditLock(lock: Lockfile, pkg: PackageJson, trustedRegistries = ['https://registry.npmjs.org/']): Array<[string, string]> {
  const findings: Array<[string, string]> = [];
  if (lock.lockfileVersion < 2) findings.push(['lockfile', 'lockfileVersion < 2: regenerate with a current npm']);
  for (const [path, meta] of Object.entries(lock.packages)) {
    if (path === '') continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (meta.link) continue; // workspace symlink, reviewed with the repo itself
    if (!meta.resolved || !trustedRegistries.some((r) => meta.resolved!.startsWith(r))) {
      findings.push([name, `resolved outside trusted registries: ${meta.resolved ?? '(none)'}`]);
    }
    if (!meta.integrity) findings.push([name, 'no integrity hash: content is not pinned']);
    else if (!meta.integrity.startsWith('sha512-')) findings.push([name, `weak integrity ${meta.integrity.split('-')[0]}`]);
    if (meta.hasInstallScript && pkg.allowScripts?.[name] !== true) {
      findings.push([name, 'runs an install script that is not in allowScripts']);
    }
  }
  return findings.sort(([a], [b]) => a.localeCompare(b));
}

const findings = auditLock(lock, pkg);
for (const [name, problem] of findings) console.log(`${name.padEnd(12)} ${problem}`);
console.log(findings.length ? `FAIL: ${findings.length} findings` : 'OK'); // in CI also: process.exitCode = 1

export {}; // keeps this file a module, so its names do not leak into other examples
