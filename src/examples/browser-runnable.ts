import type ts from 'typescript';
import { loadTypeScript } from './load-typescript.ts';

/**
 * Where a TypeScript version can run: in the page (a sandboxed iframe, types stripped) or only
 * under Node. Decided from the program's own text, once per build.
 */
export type RunsIn =
  | { where: 'browser' }
  | {
      where: 'node';
      /** Why, in words a reader follows: "imports node:http", "reads process.env". */
      reasons: string[];
      /** Bare package names it imports (`express`, not `node:*`), for the dependency list. */
      packages: string[];
    };

/**
 * Node modules with a faithful browser stand-in in the sandbox (`workerBoot` in `src/client/example-run/sandbox-boot.ts`),
 * each with the only names the stand-in provides.
 */
export const BROWSER_MODULES: Readonly<Record<string, readonly string[]>> = {
  'node:timers/promises': ['setTimeout'],
  'node:perf_hooks': ['performance'],
};

/** Globals that exist only in Node, or behave differently in a page. */
const NODE_GLOBALS = new Set([
  'process',
  'Buffer',
  'setImmediate',
  'clearImmediate',
  'require',
  'module',
  'exports',
  '__dirname',
  '__filename',
  'global',
]);

/** Examples whose output in Chromium differs from Node's for a reason no rule above catches. */
const KNOWN_DIFFERENT: Readonly<Record<string, string>> = {};

/**
 * Where a TypeScript version runs. The build's type pass finds it from the file its program has
 * already parsed (`runsInOf`, kept with the types) and passes it as `found`; without it the source
 * is parsed here.
 */
export function classifyTsVersion(id: string, source: string, found?: RunsIn): RunsIn {
  const runsIn = found ?? parsedHere(source);
  const known = Object.hasOwn(KNOWN_DIFFERENT, id) ? KNOWN_DIFFERENT[id] : undefined;
  if (!known) return runsIn;
  const reasons = runsIn.where === 'node' ? [...runsIn.reasons, known] : [known];
  return { where: 'node', reasons, packages: runsIn.where === 'node' ? runsIn.packages : [] };
}

function parsedHere(source: string): RunsIn {
  const compiler = loadTypeScript();
  const file = compiler.createSourceFile('example.ts', source, compiler.ScriptTarget.Latest, true);
  return runsInOf(compiler, file);
}

/** Where a parsed TypeScript version runs, from its syntax alone (`file` must have parent nodes set). */
export function runsInOf(compiler: typeof ts, file: ts.SourceFile): RunsIn {
  const reasons = new Set<string>();
  const packages = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      (compiler.isImportDeclaration(node) || compiler.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      compiler.isStringLiteral(node.moduleSpecifier)
    ) {
      const specifier = node.moduleSpecifier.text;
      if (!browserImport(compiler, node, specifier)) reasons.add(`imports ${specifier}`);
      if (!specifier.startsWith('node:') && !specifier.startsWith('.'))
        packages.add(packageName(specifier));
    } else if (compiler.isImportEqualsDeclaration(node) || compiler.isCallExpression(node)) {
      if (
        compiler.isCallExpression(node) &&
        node.expression.kind === compiler.SyntaxKind.ImportKeyword
      )
        reasons.add('imports a module dynamically');
    } else if (
      compiler.isIdentifier(node) &&
      NODE_GLOBALS.has(node.text) &&
      isFreeName(compiler, node)
    ) {
      reasons.add(`uses Node's ${node.text}`);
    } else if (compiler.isStringLiteralLike(node) && node.text.includes('REDIS_URL')) {
      reasons.add('needs a Redis server');
    } else if (compiler.isMetaProperty(node)) {
      reasons.add('reads import.meta');
    }
    compiler.forEachChild(node, visit);
  };
  visit(file);
  if (reasons.size === 0) return { where: 'browser' };
  return { where: 'node', reasons: [...reasons], packages: [...packages].sort() };
}

/** An import the sandbox can satisfy: type-only, or named imports its stand-in provides. */
function browserImport(
  compiler: typeof ts,
  node: ts.ImportDeclaration | ts.ExportDeclaration,
  specifier: string,
) {
  if (compiler.isImportDeclaration(node) && node.importClause?.isTypeOnly) return true;
  if (compiler.isExportDeclaration(node)) return false;
  const provided = Object.hasOwn(BROWSER_MODULES, specifier)
    ? BROWSER_MODULES[specifier]
    : undefined;
  const clause = node.importClause;
  if (!provided || !clause || clause.name) return false;
  const bindings = clause.namedBindings;
  if (!bindings || !compiler.isNamedImports(bindings)) return false;
  return bindings.elements.every(
    (element) =>
      element.isTypeOnly || provided.includes((element.propertyName ?? element.name).text),
  );
}

/** A name used as a variable, not a property (`x.process`) or a key (`{ process: 1 }`). */
function isFreeName(compiler: typeof ts, node: ts.Identifier): boolean {
  const parent = node.parent as ts.Node | undefined;
  if (!parent) return true;
  if (compiler.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (compiler.isPropertyAssignment(parent) && parent.name === node) return false;
  if (compiler.isPropertySignature(parent) || compiler.isPropertyDeclaration(parent)) return false;
  if (compiler.isMethodDeclaration(parent) && parent.name === node) return false;
  return true;
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}
