import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Code, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { readPredictMarker } from '../examples/predict-marker.ts';
import { type Diagnostic, diagnostic, DiagnosticSink } from './diagnostics.ts';
import type { CheckableQuestion } from './questions.ts';
import { RECORDED_OUTPUT_FILE, TS_VERSION_FILE, tsVersionName } from './ts-version-name.ts';

/** Fence languages whose blocks need a TypeScript version beside them. */
export const TS_VERSION_LANGUAGES = new Set([
  'js',
  'javascript',
  'mjs',
  'cjs',
  'ts',
  'typescript',
  'mts',
  'cts',
]);

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
export function tsVersionBlocks(question: CheckableQuestion): Code[] {
  const blocks: Code[] = [];
  const parts: RootContent[] = [...question.detailedAnswer, ...(question.codeExample ?? [])];
  for (const node of parts) {
    visit(node, 'code', (code: Code) => {
      if (needsTsVersion(code)) blocks.push(code);
    });
  }
  return blocks;
}

export interface TsVersionContext {
  root: string;
  guidesDir: string;
  /** The guide's file name without extension: its TypeScript versions live in a folder of that name. */
  baseName: string;
  guideFile: string;
}

/**
 * The TypeScript-example pass, run over a parsed guide's questions (those with problems too):
 * pairs every js/ts block with `<guide>/q<N>-<k>.ts`, reporting blocks without a TypeScript
 * version, TypeScript versions without a block, TypeScript versions without recorded output and
 * recorded outputs without a TypeScript version or a block. A file is not called unused while its
 * question's parts could not all be read, or while a question heading without a number could be
 * its question: the problem reported there may be what hides its block.
 */
export function discoverTsVersions(
  questions: readonly CheckableQuestion[],
  context: TsVersionContext,
  { unnumbered = false }: { unnumbered?: boolean } = {},
): { tsVersions: Map<Code, TsVersion>; diagnostics: Diagnostic[] } {
  const sink = new DiagnosticSink(context.guideFile);
  const dir = join(context.guidesDir, context.baseName);
  const files = existsSync(dir) ? readdirSync(dir) : [];
  const onDisk = new Set(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')));
  const present = new Set(files);
  const outputs = files.filter((f) => RECORDED_OUTPUT_FILE.test(f));
  /** Names the blocks give their TypeScript versions, found on disk or not. */
  const named = new Set<string>();
  const relativeDir = relative(context.root, dir).split('\\').join('/');
  const tsVersions = new Map<Code, TsVersion>();

  for (const question of questions) {
    tsVersionBlocks(question).forEach((block, index) => {
      const name = tsVersionName(question.meta.number, index + 1);
      named.add(name);
      const line = block.position?.start.line ?? question.line;
      const fileName = `${name}.ts`;
      const field = `Question ${question.meta.number} › TypeScript version`;
      if (!onDisk.has(fileName)) {
        sink.add('example.missing-ts-version', line, field, {
          file: `${relativeDir}/${fileName}`,
          lang: block.lang ?? '',
        });
        return;
      }
      onDisk.delete(fileName);
      const path = join(dir, fileName);
      const outputPath = join(dir, `${name}.output.txt`);
      const expectedOutput = existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : undefined;
      if (expectedOutput === undefined) {
        sink.add('example.missing-output', line, field, {
          file: `${relativeDir}/${name}.output.txt`,
          tsFile: fileName,
          id: `${context.baseName}/${name}`,
        });
      }
      const source = readFileSync(path, 'utf8');
      // A "// @predict" marker makes the example a predict-the-output drill; a bad one is reported at its line.
      for (const { kind, line: markerLine, expected, received, hint } of readPredictMarker(
        source,
        expectedOutput,
        `${context.baseName}/${name}`,
      ).problems)
        sink.items.push({
          kind,
          file: `${relativeDir}/${fileName}`,
          line: markerLine,
          field: 'predict marker',
          message: `expected ${expected}, received ${received}`,
          hint,
        });
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
  const unread = new Set(questions.filter((q) => !q.partsRead).map((q) => q.meta.number));
  const numbers = new Set(questions.map((q) => q.meta.number));
  // A question whose parts could not all be read, or whose heading has no number, may be the one
  // a file belongs to.
  const mayBelong = (number: number) => unread.has(number) || (unnumbered && !numbers.has(number));
  for (const orphan of [...onDisk].sort()) {
    if (mayBelong(Number(TS_VERSION_FILE.exec(orphan)?.[1]))) continue;
    sink.items.push(
      diagnostic(
        { file: `${relativeDir}/${orphan}`, line: 1, field: 'TypeScript version' },
        'example.orphan-ts-version',
        { guideFile: context.guideFile },
      ),
    );
  }
  // An output whose TypeScript version is gone. One whose block still names it is not reported:
  // the missing TypeScript version is, at the block.
  for (const output of outputs.sort()) {
    const name = output.slice(0, -'.output.txt'.length);
    if (present.has(`${name}.ts`) || named.has(name)) continue;
    if (mayBelong(Number(RECORDED_OUTPUT_FILE.exec(output)?.[1]))) continue;
    sink.items.push(
      diagnostic(
        { file: `${relativeDir}/${output}`, line: 1, field: 'recorded output' },
        'example.orphan-output',
        { tsFile: `${name}.ts` },
      ),
    );
  }
  return { tsVersions, diagnostics: sink.items };
}
