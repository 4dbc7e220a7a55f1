import { describe, expect, it } from 'vitest';
import { classifyTsVersion } from '../../src/examples/browser-runnable.ts';

const classify = (source: string) => classifyTsVersion('guide/q1-1', source);

describe('which TypeScript versions run in the page', () => {
  it('runs a program with no imports and no Node globals', () => {
    expect(classify('const n: number = 1;\nconsole.log(n, { process: 1 }, obj.process);')).toEqual({
      where: 'browser',
    });
  });

  it('runs imports that have a faithful stand-in, and type-only imports', () => {
    const source = [
      "import { setTimeout as sleep } from 'node:timers/promises';",
      "import { performance } from 'node:perf_hooks';",
      "import type { Request } from 'express';",
      'await sleep(1);',
    ].join('\n');
    expect(classify(source)).toEqual({ where: 'browser' });
  });

  it('sends Node modules, packages and Node globals to Node, with reasons and packages', () => {
    const source = [
      "import express from 'express';",
      "import { setInterval } from 'node:timers/promises';",
      "import { Queue } from '@scope/pkg/sub';",
      'process.exitCode = 1;',
      'const url = process.env.REDIS_URL;',
      "setImmediate(() => console.log('later'));",
    ].join('\n');
    expect(classify(source)).toEqual({
      where: 'node',
      reasons: [
        'imports express',
        'imports node:timers/promises',
        'imports @scope/pkg/sub',
        "uses Node's process",
        "uses Node's setImmediate",
      ],
      packages: ['@scope/pkg', 'express'],
    });
  });

  it('does not run programs that read Redis or import.meta', () => {
    const redis = classify("const key = 'REDIS_URL';");
    expect(redis.where === 'node' && redis.reasons).toEqual(['needs a Redis server']);
    const meta = classify('console.log(import.meta.dirname);');
    expect(meta.where === 'node' && meta.reasons).toEqual(['reads import.meta']);
  });
});
