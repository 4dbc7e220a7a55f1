import { availableParallelism } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { siteConfig } from '../src/config/site.ts';
import { loadGuides } from '../src/content/load-guides.ts';
import type { TsVersion } from '../src/content/ts-versions.ts';
import { firstDifference, normaliseOutput } from '../src/examples/normalise-output.ts';
import {
  hasRedisServer,
  REDIS_MISSING,
  startRedis,
  type RedisHandle,
} from '../src/examples/redis-server.ts';
import { runTsVersion, type TsVersionRun } from '../src/examples/run-ts-version.ts';
import { selectTsVersions, usesRedis } from '../src/examples/select.ts';

/**
 * `npm run examples`: runs every TypeScript example in parallel and compares its output with the
 * recorded one. `npm run example -- <guide>/<question>`: runs the chosen ones, showing their output.
 * `--update` records the real output instead of comparing.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    update: { type: 'boolean', default: false },
    // A hang guard, not a speed test: the scrypt example alone took 44 s with both cores saturated.
    timeout: { type: 'string', default: '120000' },
    concurrency: { type: 'string', default: String(Math.max(2, availableParallelism() * 2)) },
    json: { type: 'string' },
    dir: { type: 'string' },
  },
});

interface Outcome {
  tsVersion: TsVersion;
  run: TsVersionRun;
  ok: boolean;
  reason: string;
}

const single = positionals.length > 0;
const result = loadGuides({
  root: siteConfig.root,
  guidesDir: values.dir ? resolve(values.dir) : siteConfig.guidesDir,
});
let tsVersions = result.tsVersions;
if (single) {
  tsVersions = positionals.flatMap((selector) => {
    const chosen = selectTsVersions(result.tsVersions, selector);
    if (chosen.length === 0) {
      console.error(
        `${selector}: expected <guide>/<question> naming an example (like express-js/q1-1 or express-js/q1), received no match`,
      );
      process.exit(1);
    }
    return chosen;
  });
}
if (result.diagnostics.length > 0) {
  console.warn(
    `note: the guides have ${result.diagnostics.length} problem(s); "npm run check" lists them. Running the examples that exist.\n`,
  );
}
if (tsVersions.length === 0) {
  console.log('No TypeScript examples found.');
  finish([]);
}

let redis: RedisHandle | undefined;
if (tsVersions.some(usesRedis)) {
  if (!hasRedisServer()) {
    console.error(REDIS_MISSING);
    process.exit(1);
  }
  redis = await startRedis();
}

const outcomes: Outcome[] = [];
try {
  const queue = [...tsVersions];
  const workers = Array.from(
    { length: Math.min(Number(values.concurrency), queue.length) },
    async () => {
      for (let tsVersion = queue.shift(); tsVersion; tsVersion = queue.shift()) {
        if (single)
          console.log(
            `\n$ node ${tsVersion.file}${redis && usesRedis(tsVersion) ? `   (REDIS_URL=${redis.url})` : ''}\n`,
          );
        const run = await runTsVersion(tsVersion.path, {
          cwd: siteConfig.root,
          timeoutMs: Number(values.timeout),
          env: redis ? { REDIS_URL: redis.url } : {},
          echo: single,
        });
        outcomes.push(judge(tsVersion, run));
      }
    },
  );
  await Promise.all(workers);
} finally {
  await redis?.stop();
}
outcomes.sort((a, b) => a.tsVersion.id.localeCompare(b.tsVersion.id, 'en', { numeric: true }));
report(outcomes);
finish(outcomes);

function judge(tsVersion: TsVersion, run: TsVersionRun): Outcome {
  const fail = (reason: string) => ({ tsVersion, run, ok: false, reason });
  if (run.timedOut) return fail(`timed out after ${Number(values.timeout) / 1000} s`);
  if (run.exitCode !== 0) return fail(`exited with ${run.signal ?? `code ${run.exitCode}`}`);
  if (values.update) {
    writeFileSync(
      join(resolve(tsVersion.path, '..'), `${tsVersion.id.split('/').pop()}.output.txt`),
      run.stdout,
    );
    return { tsVersion, run, ok: true, reason: 'recorded' };
  }
  if (tsVersion.expectedOutput === undefined)
    return fail(`no recorded output: run "npm run example -- ${tsVersion.id} --update"`);
  const difference = firstDifference(
    normaliseOutput(tsVersion.expectedOutput),
    normaliseOutput(run.stdout),
  );
  if (difference)
    return fail(
      `output differs at line ${difference.line}: expected ${JSON.stringify(difference.expected)}, received ${JSON.stringify(difference.actual)}`,
    );
  return { tsVersion, run, ok: true, reason: 'pass' };
}

function report(list: readonly Outcome[]): void {
  const width = Math.max(7, ...list.map((o) => o.tsVersion.id.length));
  console.log(`\n${'example'.padEnd(width)}  result    time`);
  for (const o of list) {
    console.log(
      `${o.tsVersion.id.padEnd(width)}  ${(o.ok ? o.reason : 'FAIL').padEnd(8)}  ${(o.run.durationMs / 1000).toFixed(1).padStart(5)} s`,
    );
  }
  for (const o of list.filter((x) => !x.ok)) {
    console.log(
      `\n✗ ${o.tsVersion.id} (${o.tsVersion.file}, for ${o.tsVersion.block.file}:${o.tsVersion.block.line}): ${o.reason}`,
    );
    if (!single) {
      console.log(indent('stdout', o.run.stdout));
      console.log(indent('stderr', o.run.stderr));
    }
  }
}

function indent(label: string, text: string): string {
  const body = text.trimEnd();
  return body === ''
    ? `  ${label}: (empty)`
    : `  ${label}:\n${body
        .split('\n')
        .map((l) => `    | ${l}`)
        .join('\n')}`;
}

function finish(list: readonly Outcome[]): never {
  const passed = list.filter((o) => o.ok).length;
  const failed = list.length - passed;
  if (values.json) {
    mkdirSync(resolve(values.json, '..'), { recursive: true });
    writeFileSync(
      values.json,
      JSON.stringify(
        {
          passed,
          failed,
          examples: list.map((o) => ({
            id: o.tsVersion.id,
            ok: o.ok,
            reason: o.reason,
            ms: Math.round(o.run.durationMs),
          })),
        },
        null,
        2,
      ),
    );
  }
  console.log(`\n${passed} examples passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}
