import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGuides } from '../../src/content/load-guides.ts';
import { classifyTsVersion } from '../../src/examples/browser-runnable.ts';
import { expectedErrors, unexpectedErrors } from '../../src/examples/expected-errors.ts';
import { typeInfoFor, typeInfoOptions } from '../../src/examples/type-info-cache.ts';
import { examplesTsconfig, typecheckTsVersions } from '../../src/examples/typecheck.ts';
import { fixturesDir, projectRoot } from '../helpers/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'type-info-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Types of one source under the examples' real tsconfig and the real compiler. */
function typesOf(name: string, source: string, cacheDir?: string) {
  const path = join(work, name);
  writeFileSync(path, source);
  const [info] = typeInfoFor([{ path, source }], typeInfoOptions(cacheDir, projectRoot));
  if (!info) throw new Error('no type info');
  const at = (line: number, word: string) => {
    const character = (source.split('\n')[line] ?? '').indexOf(word);
    return info.hovers.find((h) => h.line === line && h.character === character)?.text;
  };
  return { info, at };
}

const QUEUE = `class Queue<T> {
  items: T[] = [];
  offer(item: T): boolean {
    this.items.push(item);
    return true;
  }
}
const queue = new Queue<number>();
queue.offer(2);
const first = queue.items[0];
if (first !== undefined) console.log(first.toFixed(1));
const total = [1, 2].reduce((sum, n) => sum + n, 0);
console.log(Date.now() > 0, total);
`;

describe('the types of a TypeScript version', () => {
  const { at } = typesOf('queue.ts', QUEUE);

  it('words each kind of identifier as quick info does', () => {
    expect(at(0, 'Queue')).toBe('class Queue<T>');
    expect(at(1, 'items')).toBe('(property) Queue.items: T[]');
    expect(at(2, 'offer')).toBe('(method) Queue.offer(item: T): boolean');
    expect(at(2, 'item')).toBe('(parameter) item: T');
    expect(at(7, 'queue')).toBe('const queue: Queue<number>');
    expect(at(11, 'sum')).toBe('(parameter) sum: number');
    expect(at(12, 'Date')).toBe('var Date: DateConstructor');
    expect(at(12, 'now')).toBe('(method) DateConstructor.now(): number');
  });

  it('shows a call with the type arguments it was made with, and narrowed types where they narrow', () => {
    expect(at(8, 'offer')).toBe('(method) Queue<number>.offer(item: number): boolean');
    expect(at(9, 'first')).toBe('const first: number | undefined');
    expect(at(10, 'first')).toBe('const first: number | undefined');
    expect(at(10, 'toFixed')).toMatch(/^\(method\) Number\.toFixed\(fractionDigits\?: number/);
  });

  it('keeps results by content on disk, so an unchanged file is not computed again', () => {
    const cacheDir = join(work, 'cache');
    const source = 'const answer = 42;\n';
    typesOf('cached.ts', source, cacheDir);
    const again = typeInfoFor(
      [{ path: join(work, 'cached.ts'), source }],
      typeInfoOptions(cacheDir, projectRoot),
    );
    expect(again[0]?.hovers.map((h) => h.text)).toEqual(['const answer: 42']);
    const entries = readdirSync(join(cacheDir, 'types'));
    expect(entries).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(cacheDir, 'types', entries[0] ?? ''), 'utf8'))).toEqual(
      again[0],
    );
  });
});

describe('where a TypeScript version runs, found by the type pass', () => {
  // The build reads it from the file the type program already parsed; it must agree with parsing
  // the source alone, which is what a build without the types would do.
  const sources = {
    browser: 'const n: number = 1;\nconsole.log(n, { process: 1 });\n',
    node: [
      "import express from 'express';",
      "import { performance } from 'node:perf_hooks';",
      "const url: string | undefined = process.env['REDIS_URL'];",
      "const later = await import('node:os');",
      'console.log(express, performance, url, later, import.meta.url);',
      '',
    ].join('\n'),
    standIns: [
      "import { setTimeout as sleep } from 'node:timers/promises';",
      'await sleep(1);',
      'export {};',
      '',
    ].join('\n'),
  };

  it.each(Object.entries(sources))('agrees with parsing the source alone: %s', (name, source) => {
    const { info } = typesOf(`runs-${name}.ts`, source);
    expect(info.runsIn).toBeDefined();
    expect(info.runsIn).toEqual(classifyTsVersion('guide/q1-1', source));
    expect(classifyTsVersion('guide/q1-1', source, info.runsIn)).toEqual(info.runsIn);
  });

  it('tells a Node-only version apart, with its reasons and packages', () => {
    const { info } = typesOf('runs-node-reasons.ts', sources.node);
    expect(info.runsIn).toEqual({
      where: 'node',
      reasons: [
        'imports express',
        "uses Node's process",
        'needs a Redis server',
        'imports a module dynamically',
        'reads import.meta',
      ],
      packages: ['express'],
    });
  });
});

describe('// @errors', () => {
  const source = `// @errors: 2532
const table: Record<string, number> = { a: 1 };
console.log(table['b'] * 2);
`;

  it('reads the expected codes from the directive, and only those errors are shown', () => {
    expect(expectedErrors(source)).toEqual({ codes: [2532], line: 1 });
    expect(expectedErrors('// @errors: 2345, 2322\nx')).toEqual({ codes: [2345, 2322], line: 1 });
    expect(expectedErrors('const x = 1;\n')).toBeUndefined();
    const { info } = typesOf('errors.ts', source);
    expect(info.errors).toEqual([
      {
        line: 2,
        character: 12,
        length: 10,
        code: 2532,
        message: "Object is possibly 'undefined'.",
      },
    ]);
    expect(typesOf('no-directive.ts', source.split('\n').slice(1).join('\n')).info.errors).toEqual(
      [],
    );
  });

  it('splits errors into the unexpected ones and the expected codes that never came', () => {
    const errors = [{ code: 2532 }, { code: 2345 }];
    expect(unexpectedErrors(errors, { codes: [2532, 7006], line: 1 })).toEqual({
      unexpected: [{ code: 2345 }],
      missing: [7006],
    });
    expect(unexpectedErrors(errors, undefined).unexpected).toHaveLength(2);
  });

  /** The fixture guide's TypeScript version (an error TS2322 on line 1) with a directive put first. */
  function checkWith(directive: string) {
    const guidesDir = join(work, `guides-${directive.replace(/\W+/g, '-')}`);
    cpSync(join(fixturesDir, 'typecheck/ts-version-type-error'), guidesDir, { recursive: true });
    const file = join(guidesDir, 'ts-version-type-error/q1-1.ts');
    const code = readFileSync(file, 'utf8');
    writeFileSync(file, `${directive}\n${code}`);
    const { tsVersions } = loadGuides({ guidesDir, root: work });
    return typecheckTsVersions(tsVersions, examplesTsconfig(projectRoot), work).map(
      (d) => d.message,
    );
  }

  it('lets the type check pass a file whose errors are exactly the expected ones', () => {
    expect(checkWith('// @errors: 2322')).toEqual([]);
  });

  it('still fails on an error the directive does not name', () => {
    const messages = checkWith('// @errors: 2345');
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/received TS2322 at /);
    expect(messages[1]).toMatch(
      /expected error TS2345 in .*q1-1\.ts, as its "\/\/ @errors" line \(.*q1-1\.ts:1\) says, received no TS2345 error/,
    );
  });
});
