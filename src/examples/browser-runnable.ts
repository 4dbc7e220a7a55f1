import ts from 'typescript';

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

export function classifyTsVersion(id: string, source: string): RunsIn {
  const file = ts.createSourceFile('example.ts', source, ts.ScriptTarget.Latest, true);
  const reasons = new Set<string>();
  const packages = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const specifier = node.moduleSpecifier.text;
      if (!browserImport(node, specifier)) reasons.add(`imports ${specifier}`);
      if (!specifier.startsWith('node:') && !specifier.startsWith('.'))
        packages.add(packageName(specifier));
    } else if (ts.isImportEqualsDeclaration(node) || ts.isCallExpression(node)) {
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
        reasons.add('imports a module dynamically');
    } else if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text) && isFreeName(node)) {
      reasons.add(`uses Node's ${node.text}`);
    } else if (ts.isStringLiteralLike(node) && node.text.includes('REDIS_URL')) {
      reasons.add('needs a Redis server');
    } else if (ts.isMetaProperty(node)) {
      reasons.add('reads import.meta');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const known = Object.hasOwn(KNOWN_DIFFERENT, id) ? KNOWN_DIFFERENT[id] : undefined;
  if (known) reasons.add(known);
  if (reasons.size === 0) return { where: 'browser' };
  return { where: 'node', reasons: [...reasons], packages: [...packages].sort() };
}

/** An import the sandbox can satisfy: type-only, or named imports its stand-in provides. */
function browserImport(node: ts.ImportDeclaration | ts.ExportDeclaration, specifier: string) {
  if (ts.isImportDeclaration(node) && node.importClause?.isTypeOnly) return true;
  if (ts.isExportDeclaration(node)) return false;
  const provided = Object.hasOwn(BROWSER_MODULES, specifier)
    ? BROWSER_MODULES[specifier]
    : undefined;
  const clause = node.importClause;
  if (!provided || !clause || clause.name) return false;
  const bindings = clause.namedBindings;
  if (!bindings || !ts.isNamedImports(bindings)) return false;
  return bindings.elements.every(
    (element) =>
      element.isTypeOnly || provided.includes((element.propertyName ?? element.name).text),
  );
}

/** A name used as a variable, not a property (`x.process`) or a key (`{ process: 1 }`). */
function isFreeName(node: ts.Identifier): boolean {
  const parent = node.parent as ts.Node | undefined;
  if (!parent) return true;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false;
  if (ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent)) return false;
  if (ts.isMethodDeclaration(parent) && parent.name === node) return false;
  return true;
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}
