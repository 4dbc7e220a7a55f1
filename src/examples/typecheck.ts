import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import type { Diagnostic } from '../content/diagnostics.ts';
import type { TsVersion } from '../content/ts-versions.ts';

/**
 * Type-checks every TypeScript version under `content/tsconfig.json` (strict) in one program and reports each
 * error at the guide block the TypeScript version ports, naming the TypeScript version's own file and line.
 */
export function typecheckTsVersions(
  tsVersions: readonly TsVersion[],
  tsconfigPath: string,
  root: string,
): Diagnostic[] {
  if (tsVersions.length === 0) return [];
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfigPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) return [];
  const byPath = new Map(tsVersions.map((t) => [resolve(t.path), t]));
  const program = ts.createProgram({
    rootNames: [...byPath.keys()],
    options: { ...config.options, noEmit: true },
  });
  const diagnostics: Diagnostic[] = [];
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    const tsVersion = d.file ? byPath.get(resolve(d.file.fileName)) : undefined;
    if (!tsVersion || !d.file || d.start === undefined) {
      const where = d.file
        ? relative(root, d.file.fileName)
        : relative(root, dirname(tsconfigPath));
      diagnostics.push({
        file: where,
        line: 1,
        field: 'TypeScript',
        message: `expected the examples to type-check, received TS${d.code}: ${message}`,
      });
      continue;
    }
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    diagnostics.push({
      file: tsVersion.block.file,
      line: tsVersion.block.line,
      field: `TypeScript version ${tsVersion.id}`,
      message: `expected ${tsVersion.file} to type-check under tsc --strict, received TS${d.code} at ${tsVersion.file}:${line + 1}:${character + 1}: ${message}`,
    });
  }
  return diagnostics;
}
