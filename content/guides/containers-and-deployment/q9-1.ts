import { mkdtempSync, writeFileSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Config { port: number; databaseUrl: string; logLevel: 'debug' | 'info' | 'warn'; dbPassword: string }

// Read everything once at startup, validate it, and fail with every problem listed.
function loadConfig(env: Record<string, string | undefined>, secretsDir: string): Config {
  const problems: string[] = [];
  const port = Number(env.PORT ?? '8080');
  if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(`PORT: expected 1-65535, received "${env.PORT}"`);
  const databaseUrl = env.DATABASE_URL ?? '';
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL: expected a postgres:// URL');
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!['debug', 'info', 'warn'].includes(logLevel)) problems.push(`LOG_LEVEL: expected debug | info | warn, received "${logLevel}"`);
  // Secrets come from files mounted by the platform (Kubernetes Secret volume, Docker secrets), not from env.
  const secretFile = join(secretsDir, 'db-password');
  const dbPassword = existsSync(secretFile) ? readFileSync(secretFile, 'utf8').trim() : '';
  if (!dbPassword) problems.push(`db-password: expected a non-empty file at ${secretFile.replace(secretsDir, '<secrets>')}`);
  if (problems.length > 0) throw new Error(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
  return { port, databaseUrl, logLevel, dbPassword } as Config; // logLevel was checked above
}

// What the service logs at startup: every setting, secrets masked.
function describe(config: Config): string {
  return JSON.stringify({ ...config, dbPassword: `[secret, ${config.dbPassword.length} chars]` });
}

const secretsDir = mkdtempSync(join(tmpdir(), 'deploy-q9-'));
try {
  loadConfig({ PORT: '80a', LOG_LEVEL: 'verbose' }, secretsDir);
} catch (error) {
  console.log((error as Error).message);
}
writeFileSync(join(secretsDir, 'db-password'), 's3cr3t-from-vault\n');
const config = loadConfig({ PORT: '3000', DATABASE_URL: 'postgres://orders@db:5432/orders' }, secretsDir);
console.log('started with', describe(config));
rmSync(secretsDir, { recursive: true, force: true });
