import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Code, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { readPredictMarker } from '../examples/predict-marker.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import type { ParsedQuestion } from './questions.ts';

/** Fence languages whose blocks need a TypeScript version beside them. */
export const TS_VERSION_LANGUAGES = new Set(['js', 'javascript', 'mjs', 'cjs', 'ts', 'typescript', 'mts', 'cts']);

/** The runnable TypeScript version of one JavaScript or TypeScript block. */
export interface TsVersion {
  /** `<guide>/q<N>-<k>`: what `npm run example --` takes. */
  id: string;
  /** Absolute path of the `.ts` file. */
  path: string;
  /** Path relative to the project root, for messages. */
  file: string;
  source: string;
  /** The recorded, verified stdout (`q<N>-<k>.output.txt`), if recorded. */
  expectedOutput: string | undefined;
  /** The guide file and line of the block it ports. */
  block: { file: string; line: number; lang: string };
}

export function needsTsVersion(node: Code): boolean {
  return TS_VERSION_LANGUAGES.has((node.lang ?? '').toLowerCase());
}

/** The js/ts blocks of a question in document order, nested ones (in lists) included. */
export function tsVersionBlocks(question: ParsedQuestion): Code[] {
  const blocks: Code[] = [];
  const parts: RootContent[] = [...question.detailedAnswer, ...(question.codeExample ?? [])];
  for (const node of parts) {
    visit(node, 'code', (code: Code) => {
      if (needsTsVersion(code)) blocks.push(code);
    });
  }
  return blocks;
}

interface TsVersionContext {
  root: string;
  guidesDir: string;
  /** The guide's file name without extension: its TypeScript versions live in a folder of that name. */
  baseName: string;
  guideFile: string;
}

/**
 * Pairs every js/ts block in the guide's questions with `<guide>/q<N>-<k>.ts`, reporting blocks
 * without a TypeScript version, TypeScript versions without a block, TypeScript versions without recorded output, and js/ts code outside questions.
 */
export function collectTsVersions(questions: readonly ParsedQuestion[], strayBlocks: readonly Code[], context: TsVersionContext, sink: DiagnosticSink): Map<Code, TsVersion> {
  const dir = join(context.guidesDir, context.baseName);
  const onDisk = new Set(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')) : []);
  const relativeDir = relative(context.root, dir).split('\\').join('/');
  const tsVersions = new Map<Code, TsVersion>();

  for (const block of strayBlocks) {
    sink.report(block.position?.start.line ?? 1, 'code', 'JavaScript and TypeScript examples inside a question', `a ${block.lang} block outside any question`, 'move it into a question, or use another fence language if it is not meant to run');
  }
  for (const question of questions) {
    tsVersionBlocks(question).forEach((block, index) => {
      const name = `q${question.meta.number}-${index + 1}`;
      const line = block.position?.start.line ?? question.line;
      const fileName = `${name}.ts`;
      const field = `Question ${question.meta.number} › TypeScript version`;
      if (!onDisk.has(fileName)) {
        sink.report(line, field, `${relativeDir}/${fileName}, a TypeScript version of this ${block.lang} block`, 'no such file', 'write it as a program that runs with "node" and prints what the example shows (see README, "TypeScript examples")');
        return;
      }
      onDisk.delete(fileName);
      const path = join(dir, fileName);
      const outputPath = join(dir, `${name}.output.txt`);
      const expectedOutput = existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : undefined;
      if (expectedOutput === undefined) {
        sink.report(line, field, `${relativeDir}/${name}.output.txt, the output ${fileName} prints`, 'no such file', `record it with "npm run example -- ${context.baseName}/${name} --update"`);
      }
      const source = readFileSync(path, 'utf8');
      // A "// @predict" marker makes the example a predict-the-output drill; report a bad one at its line.
      for (const problem of readPredictMarker(source, expectedOutput).problems)
        sink.items.push({ file: `${relativeDir}/${fileName}`, line: problem.line, field: 'predict marker', message: `expected ${problem.expected}, received ${problem.received}`, hint: problem.hint.replace('<guide>/q<N>-<k>', `${context.baseName}/${name}`) });
      tsVersions.set(block, {
        id: `${context.baseName}/${name}`,
        path,
        file: `${relativeDir}/${fileName}`,
        source,
        expectedOutput,
        block: { file: context.guideFile, line, lang: block.lang ?? '' },
      });
    });
  }
  for (const orphan of [...onDisk].sort()) {
    const orphanSink = { file: `${relativeDir}/${orphan}` };
    sink.items.push({
      file: orphanSink.file,
      line: 1,
      field: 'TypeScript version',
      message: `expected a js/ts block in ${context.guideFile} that this file ports (q<N>-<k>: question N, its k-th js/ts block), received a file no block uses`,
      hint: 'rename it to match its block, or delete it',
    });
  }
  return tsVersions;
}
