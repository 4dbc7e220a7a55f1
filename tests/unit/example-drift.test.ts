import { describe, expect, it } from 'vitest';
import { driftedLines } from '../../src/examples/drift.ts';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('a TypeScript version keeps its original apart from marked fixes', () => {
  it('allows added lines, stripped types and lines marked // Fix:', () => {
    const original = lines('const a = 1;', 'const b = old(a);', 'console.log(b);');
    const tsVersion = lines(
      'const a: number = 1;',
      '// Fix: old() was removed; use current()',
      'const b = current(a);',
      'console.log(b);',
      "console.log('done');",
    );
    expect(driftedLines(original, tsVersion)).toEqual([]);
  });

  it('reports a changed or dropped line that carries no marker', () => {
    const original = lines(
      'const a = 1;',
      'const b = a + 1;',
      'const c = 3;',
      'console.log(a, b, c);',
    );
    const tsVersion = lines('const a: number = 1;', 'const b = a + 2;', 'console.log(a, b, c);');
    expect(driftedLines(original, tsVersion)).toEqual([
      { blockLine: 1, original: 'const b = a + 1;', tsVersionLine: 2 },
      { blockLine: 2, original: 'const c = 3;', tsVersionLine: 3 },
    ]);
  });

  it('reports code added inside a line of the original', () => {
    const original = lines('const first = rows[0];', 'console.log(first.id);');
    const tsVersion = lines('const first = rows[0] ?? { id: 0 };', 'console.log(first.id);');
    expect(driftedLines(original, tsVersion)).toEqual([
      { blockLine: 0, original: 'const first = rows[0];', tsVersionLine: 1 },
    ]);
  });

  it('ignores casts and the parentheses they need, non-null marks, generics and type imports', () => {
    const original = lines(
      "import express from 'express';",
      "import { Queue, Worker } from 'bullmq';",
      'const port = server.address().port;',
      'const first = rows[0];',
      'const cache = new Map();',
    );
    const tsVersion = lines(
      "import express, { type RequestHandler } from 'express';",
      "import { Queue, Worker, type Job } from 'bullmq';",
      "import type { AddressInfo } from 'node:net';",
      'const port = (server.address() as AddressInfo).port;',
      'const first = rows[0]!;',
      'const cache = new Map<string, Promise<Job>>();',
    );
    expect(driftedLines(original, tsVersion)).toEqual([]);
  });

  it('ignores comments, spacing and where a statement is broken across lines', () => {
    const original = lines(
      "const sign = (body) => createHmac('sha256', key).update(body).digest('hex'); // hex digest",
    );
    const tsVersion = lines(
      'const sign = (body: string): string =>',
      "  createHmac('sha256', key)",
      '    .update(body)',
      "    .digest('hex'); // a hex string",
    );
    expect(driftedLines(original, tsVersion)).toEqual([]);
  });

  it('ignores parentheses a cast needs around an await, where any expression fits', () => {
    const original = lines('const body = await res.json();', 'send(await res.json());');
    const tsVersion = lines(
      'const body = (await res.json()) as { id: string };',
      'send((await res.json()) as Payload);',
    );
    expect(driftedLines(original, tsVersion)).toEqual([]);
    // `(await x).y` is not `await x.y`.
    expect(
      driftedLines(lines('const a = await x.y;'), lines('const a = (await x).y;')),
    ).toHaveLength(1);
  });

  it('leaves a TypeScript version that does not parse to the type check, without throwing', () => {
    expect(driftedLines(lines('const a = 1;'), lines('const a: = = 1;', 'function ('))).toEqual([]);
    expect(driftedLines(lines('const a: = 1;'), lines('const a = 1;'), 'ts')).toEqual([]);
  });

  it('keeps parentheses that change the meaning', () => {
    const original = lines('const total = (a + b) * c;');
    const tsVersion = lines('const total: number = a + b * c;');
    expect(driftedLines(original, tsVersion)).toHaveLength(1);
  });

  it('strips the types of a block that is TypeScript already', () => {
    const original = lines('function id<T>(value: T): T {', '  return value;', '}');
    const tsVersion = lines(
      'function id<T>(value: T): T {',
      '  return value;',
      '}',
      'console.log(id(1));',
    );
    expect(driftedLines(original, tsVersion, 'ts')).toEqual([]);
    expect(driftedLines(lines('const x: number = 2;'), lines('const x = 3;'), 'ts')).toHaveLength(
      1,
    );
  });
});
