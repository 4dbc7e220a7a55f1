import { diffArrays } from 'diff';
import { transform } from 'sucrase';
import type ts from 'typescript';
import { loadTypeScript } from './load-typescript.ts';

/** A line of a guide's example that its TypeScript version changed or dropped without saying so. */
export interface DriftedLine {
  /** 0-based line in the guide's block. */
  blockLine: number;
  /** The line as the guide writes it. */
  original: string;
  /** 1-based line in the TypeScript version it sits opposite, if any. */
  tsVersionLine: number | undefined;
}

/** The marker a TypeScript version puts on (or just above) a line it deliberately changes. */
export const FIX_MARKER = /\/\/\s*fix:/i;

/** Fence languages whose blocks are TypeScript already, so their own types are stripped too. */
const TYPED_LANGUAGES = new Set(['ts', 'typescript', 'mts', 'cts']);

/**
 * TypeScript → JavaScript with the types removed, every line kept where it was and every import
 * kept (sucrase would otherwise drop imports it cannot see used, as if they were types).
 */
function stripTypes(source: string): string | undefined {
  try {
    return transform(source, {
      transforms: ['typescript'],
      disableESTransforms: true,
      keepUnusedImports: true,
    }).code;
  } catch {
    // Not a program sucrase can read: the example type check reports the syntax error at its line.
    return undefined;
  }
}

/** Expressions that parentheses around never change: `(a.b() as T).c` stripped is `(a.b()).c`. */
function needsNoParentheses(node: ts.Node, t: typeof ts): boolean {
  const k = t.SyntaxKind;
  return [
    k.Identifier,
    k.PrivateIdentifier,
    k.ThisKeyword,
    k.PropertyAccessExpression,
    k.ElementAccessExpression,
    k.CallExpression,
    k.ParenthesizedExpression,
    k.StringLiteral,
    k.NumericLiteral,
    k.NoSubstitutionTemplateLiteral,
    k.TemplateExpression,
    k.ArrayLiteralExpression,
  ].includes(node.kind);
}

/**
 * Places that take any expression whole, so parentheses there change nothing either:
 * `const a = (await read()) as T` stripped is `const a = (await read())`.
 */
function takesAnyExpression(paren: ts.ParenthesizedExpression, t: typeof ts): boolean {
  const parent = paren.parent;
  const wholeValue =
    (t.isVariableDeclaration(parent) && parent.initializer === paren) ||
    (t.isPropertyAssignment(parent) && parent.initializer === paren) ||
    ((t.isCallExpression(parent) || t.isNewExpression(parent)) &&
      (parent.arguments ?? []).some((a) => a === paren)) ||
    t.isReturnStatement(parent) ||
    t.isArrayLiteralExpression(parent) ||
    t.isTemplateSpan(parent) ||
    t.isSpreadElement(parent) ||
    (t.isBinaryExpression(parent) &&
      parent.right === paren &&
      parent.operatorToken.kind === t.SyntaxKind.EqualsToken);
  // `{` or `function` first would start a block or a declaration, not an expression.
  return (
    wholeValue &&
    !t.isObjectLiteralExpression(paren.expression) &&
    !t.isFunctionExpression(paren.expression)
  );
}

/**
 * The quick answer for most pairs: every line of the original, spacing aside, appears in order
 * among the TypeScript version's lines, so nothing can have drifted and no parse is needed.
 */
function linesInOrder(original: string, tsVersion: string): boolean {
  const squeeze = (line: string) => line.replace(/\s+/g, '');
  const lines = tsVersion.split('\n').map(squeeze);
  let at = 0;
  for (const line of original.split('\n').map(squeeze)) {
    if (line === '') continue;
    while (at < lines.length && lines[at] !== line) at++;
    if (at === lines.length) return false;
    at++;
  }
  return true;
}

/** One token of code: its text and its 0-based line. */
interface Token {
  text: string;
  line: number;
}

/**
 * A program's tokens, comments and spacing dropped, parentheses that change nothing removed, and
 * the commas types leave behind (`{ a, type B }` stripped is `{ a, }`) tidied away: the same code
 * written on one line or three gives the same tokens.
 */
function codeTokens(program: string): Token[] {
  const t = loadTypeScript();
  const file = t.createSourceFile(
    'example.js',
    program,
    t.ScriptTarget.Latest,
    true,
    t.ScriptKind.JS,
  );
  const redundant = new Set<number>();
  const leaves: ts.Node[] = [];
  const walk = (node: ts.Node): void => {
    if (node.kind >= t.SyntaxKind.FirstJSDocNode && node.kind <= t.SyntaxKind.LastJSDocNode) return;
    if (
      t.isParenthesizedExpression(node) &&
      (needsNoParentheses(node.expression, t) || takesAnyExpression(node, t))
    ) {
      redundant.add(node.getStart(file));
      redundant.add(node.end - 1);
    }
    const children = node.getChildren(file);
    if (children.length === 0) {
      if (node.kind !== t.SyntaxKind.EndOfFileToken && node.end > node.pos) leaves.push(node);
      return;
    }
    for (const child of children) walk(child);
  };
  walk(file);
  const tokens: Token[] = [];
  for (const leaf of leaves) {
    const start = leaf.getStart(file);
    if (redundant.has(start)) continue;
    tokens.push({ text: leaf.getText(file), line: file.getLineAndCharacterOfPosition(start).line });
  }
  return tokens.filter((token, i) => {
    const next = tokens[i + 1]?.text;
    // `a, }` → `a }`; `import x, { } from` (its names were all types) → `import x from`.
    if (token.text === ',' && (next === '}' || next === ')' || next === ']')) return false;
    const emptyBraces = (at: number) =>
      tokens[at]?.text === '{' && tokens[at + 1]?.text === '}' && tokens[at + 2]?.text === 'from';
    if (token.text === ',' && emptyBraces(i + 1)) return false;
    return !(emptyBraces(i) || (token.text === '}' && emptyBraces(i - 1)));
  });
}

/**
 * The rule for a pair: the TypeScript version may add lines around the example (set-up, requests
 * that drive it, printing, clean-up) and may change any line it marks with `// Fix:` (on the line
 * or the line above); every other line of the original must be there as the same code once types
 * are stripped (comments, spacing, line breaks and parentheses that change nothing aside), with
 * nothing added inside it.
 */
export function driftedLines(original: string, tsVersion: string, lang = 'js'): DriftedLine[] {
  const originalLines = original.replace(/\n$/, '').split('\n');
  const typed = TYPED_LANGUAGES.has(lang.toLowerCase());
  const leftCode = typed ? stripTypes(originalLines.join('\n')) : originalLines.join('\n');
  const rightCode = stripTypes(tsVersion);
  if (leftCode === undefined || rightCode === undefined) return [];
  if (linesInOrder(leftCode, rightCode)) return [];
  const left = codeTokens(leftCode);
  const right = codeTokens(rightCode);
  const written = tsVersion.split('\n');
  const marked = (line: number) =>
    [written[line], written[line - 1]].some((l) => l !== undefined && FIX_MARKER.test(l));

  // Walk a token diff: a removed token drifts its original line; an added token drifts the
  // original line it was added into (a right line that also holds kept tokens).
  const keptFrom = new Map<number, number>(); // right line → an original line with a token kept there
  const removed: Array<{ leftLine: number; rightLine: number | undefined }> = [];
  const added: number[] = []; // right-token indexes
  let l = 0;
  let r = 0;
  for (const change of diffArrays(
    left.map((t) => t.text),
    right.map((t) => t.text),
  )) {
    if (change.removed) {
      // Opposite a removal: the tokens added in its place, or the next kept token.
      const rightLine = right[r]?.line ?? right[r - 1]?.line;
      for (let i = 0; i < change.count; i++)
        removed.push({ leftLine: (left[l + i] as Token).line, rightLine });
      l += change.count;
    } else if (change.added) {
      for (let i = 0; i < change.count; i++) added.push(r + i);
      r += change.count;
    } else {
      for (let i = 0; i < change.count; i++) {
        const rightLine = (right[r + i] as Token).line;
        if (!keptFrom.has(rightLine)) keptFrom.set(rightLine, (left[l + i] as Token).line);
      }
      l += change.count;
      r += change.count;
    }
  }
  const drifted = new Map<number, number | undefined>(); // original line → right line
  for (const { leftLine, rightLine } of removed)
    if (rightLine === undefined || !marked(rightLine))
      if (!drifted.has(leftLine)) drifted.set(leftLine, rightLine);
  for (const index of added) {
    const rightLine = (right[index] as Token).line;
    const leftLine = keptFrom.get(rightLine);
    if (leftLine !== undefined && !marked(rightLine) && !drifted.has(leftLine))
      drifted.set(leftLine, rightLine);
  }
  return [...drifted]
    .sort(([a], [b]) => a - b)
    .map(([blockLine, rightLine]) => ({
      blockLine,
      original: originalLines[blockLine] ?? '',
      tsVersionLine: rightLine === undefined ? undefined : rightLine + 1,
    }));
}
