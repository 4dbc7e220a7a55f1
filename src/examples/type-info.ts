import type ts from 'typescript';
import { type RunsIn, runsInOf } from './browser-runnable.ts';
import { expectedErrors } from './expected-errors.ts';

/** The type shown for one identifier of a TypeScript version, at its place in the file (0-based). */
export interface TypeHover {
  line: number;
  character: number;
  length: number;
  /** Quick-info style: `const queue: Queue`, `(parameter) n: number`, `(method) Queue.offer(id: number): boolean`. */
  text: string;
}

/** An error the TypeScript version expects (`// @errors: 2345`), shown under its line. */
export interface ShownError {
  line: number;
  character: number;
  length: number;
  code: number;
  message: string;
}

export interface TypeInfo {
  hovers: TypeHover[];
  errors: ShownError[];
  /** Where it runs, read from the file the program parsed (none for a file not in the program). */
  runsIn?: RunsIn;
}

/**
 * Every identifier's type in one checked file, worded like the language service's quick info, and
 * the errors it expects. The words come from the type checker directly: the language service's
 * quick info costs about ten times as much per identifier (see README, "Types you can see").
 */
export function extractTypeInfo(
  compiler: typeof ts,
  program: ts.Program,
  file: ts.SourceFile,
): TypeInfo {
  const checker = program.getTypeChecker();
  const hovers: TypeHover[] = [];
  const visit = (node: ts.Node): void => {
    if (compiler.isIdentifier(node)) {
      const text = hoverText(compiler, checker, node);
      if (text !== undefined) {
        const start = node.getStart(file);
        const { line, character } = file.getLineAndCharacterOfPosition(start);
        hovers.push({ line, character, length: node.end - start, text });
      }
      return;
    }
    // Comments and JSDoc are not code a reader hovers.
    if (compiler.isJSDoc(node)) return;
    compiler.forEachChild(node, visit);
  };
  visit(file);
  return { hovers, errors: shownErrors(compiler, program, file), runsIn: runsInOf(compiler, file) };
}

/** Only the errors named by the file's `// @errors` line are shown; others fail the check instead. */
function shownErrors(compiler: typeof ts, program: ts.Program, file: ts.SourceFile): ShownError[] {
  const expected = expectedErrors(file.text);
  if (!expected) return [];
  return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]
    .filter((d) => d.start !== undefined && expected.codes.includes(d.code))
    .map((d) => {
      const { line, character } = file.getLineAndCharacterOfPosition(d.start ?? 0);
      const message = compiler.flattenDiagnosticMessageText(d.messageText, ' ');
      return { line, character, length: d.length ?? 0, code: d.code, message };
    });
}

function hoverText(
  compiler: typeof ts,
  checker: ts.TypeChecker,
  node: ts.Identifier,
): string | undefined {
  const found = checker.getSymbolAtLocation(node);
  if (!found) return undefined;
  const { SymbolFlags: F } = compiler;
  const isAlias = (found.flags & F.Alias) !== 0;
  const symbol = isAlias ? checker.getAliasedSymbol(found) : found;
  if (checker.isUnknownSymbol(symbol)) return undefined;
  const text = describe(compiler, checker, symbol, node);
  return text === undefined ? undefined : isAlias ? `(alias) ${text}` : text;
}

/** The quick-info words for a symbol seen at one place (narrowed types, the overload a call picks). */
function describe(
  compiler: typeof ts,
  checker: ts.TypeChecker,
  symbol: ts.Symbol,
  node: ts.Identifier,
): string | undefined {
  const { SymbolFlags: F } = compiler;
  const name = symbol.getName();
  const flags = symbol.flags;
  const typeHere = () => checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, node));
  const typeParameters = (declared: ts.Type) => {
    const params = (declared as ts.InterfaceType).typeParameters;
    return params?.length ? `<${params.map((p) => checker.typeToString(p)).join(', ')}>` : '';
  };
  // `Date.now()` reads the variable `Date`, not the interface of the same name.
  const asValue = flags & F.Variable && !compiler.isPartOfTypeNode(node);
  if (asValue) return variableText(compiler, symbol, name, typeHere);
  if (flags & F.Class)
    return `class ${name}${typeParameters(checker.getDeclaredTypeOfSymbol(symbol))}`;
  if (flags & F.Interface)
    return `interface ${name}${typeParameters(checker.getDeclaredTypeOfSymbol(symbol))}`;
  if (flags & F.TypeAlias)
    return `type ${name} = ${checker.typeToString(checker.getDeclaredTypeOfSymbol(symbol), undefined, compiler.TypeFormatFlags.InTypeAlias)}`;
  if (flags & F.TypeParameter) return `(type parameter) ${name}`;
  if (flags & (F.ValueModule | F.NamespaceModule)) return `module ${name}`;
  if (flags & (F.Method | F.Function)) {
    const owner =
      flags & F.Method ? `(method) ${ownerName(compiler, checker, symbol, node)}` : 'function ';
    return `${owner}${name}${signatureHere(compiler, checker, symbol, node)}`;
  }
  if (flags & (F.Property | F.Accessor)) {
    const optional = flags & F.Optional ? '?' : '';
    return `(property) ${ownerName(compiler, checker, symbol, node)}${name}${optional}: ${typeHere()}`;
  }
  if (flags & F.Variable) return variableText(compiler, symbol, name, typeHere);
  return undefined;
}

function variableText(
  compiler: typeof ts,
  symbol: ts.Symbol,
  name: string,
  typeHere: () => string,
): string {
  const declaration = symbol.valueDeclaration;
  if (declaration && compiler.isParameter(declaration)) return `(parameter) ${name}: ${typeHere()}`;
  return `${variableKeyword(compiler, declaration)} ${name}: ${typeHere()}`;
}

function variableKeyword(compiler: typeof ts, declaration: ts.Declaration | undefined): string {
  if (!declaration) return 'var';
  const flags = compiler.getCombinedNodeFlags(declaration);
  return flags & compiler.NodeFlags.Const
    ? 'const'
    : flags & compiler.NodeFlags.Let
      ? 'let'
      : 'var';
}

/** `Queue.` for a member: the type it is read from when that is its class (`Array<number>.`), else its declaring type. */
function ownerName(
  compiler: typeof ts,
  checker: ts.TypeChecker,
  symbol: ts.Symbol,
  node: ts.Identifier,
): string {
  const parent = (symbol as ts.Symbol & { parent?: ts.Symbol }).parent;
  // Object literal types have no name worth showing (`__type`, `__object`).
  if (!parent || parent.getName().startsWith('__')) return '';
  const access = node.parent;
  if (access && compiler.isPropertyAccessExpression(access) && access.name === node) {
    const receiver = checker.getTypeAtLocation(access.expression);
    const args =
      receiver.getSymbol() === parent &&
      ((receiver as ts.ObjectType).objectFlags ?? 0) & compiler.ObjectFlags.Reference
        ? checker.getTypeArguments(receiver as ts.TypeReference)
        : [];
    if (args.length > 0)
      return `${parent.getName()}<${args.map((t) => checker.typeToString(t)).join(', ')}>.`;
  }
  return `${parent.getName()}.`;
}

/** The signature a call at this place resolves to, or the first one declared; `(+N overloads)` as the language service says. */
function signatureHere(
  compiler: typeof ts,
  checker: ts.TypeChecker,
  symbol: ts.Symbol,
  node: ts.Identifier,
): string {
  const call = callAround(compiler, node);
  const declared = checker.getSignaturesOfType(
    checker.getTypeOfSymbolAtLocation(symbol, node),
    compiler.SignatureKind.Call,
  );
  const signature = (call && checker.getResolvedSignature(call)) ?? declared[0];
  if (!signature)
    return `: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, node))}`;
  const overloads =
    declared.length > 1
      ? ` (+${declared.length - 1} overload${declared.length > 2 ? 's' : ''})`
      : '';
  return `${checker.signatureToString(signature)}${overloads}`;
}

/** The call whose callee is this name (`f(…)`, `a.f(…)`). */
function callAround(compiler: typeof ts, node: ts.Identifier): ts.CallExpression | undefined {
  let callee: ts.Node = node;
  if (node.parent && compiler.isPropertyAccessExpression(node.parent) && node.parent.name === node)
    callee = node.parent;
  const call = callee.parent;
  return call && compiler.isCallExpression(call) && call.expression === callee ? call : undefined;
}
