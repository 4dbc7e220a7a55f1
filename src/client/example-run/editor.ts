import { javascript } from '@codemirror/lang-javascript';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { basicSetup, EditorView } from 'codemirror';
import { TOKEN_CLASSES } from '../../render/token-classes.ts';

export interface ExampleEditor {
  code(): string;
  replace(code: string): void;
  focus(): void;
}

/** The site's colours, so the editor reads right in light and dark schemes. */
const siteTheme = EditorView.theme({
  '&': { color: 'var(--code-fg)', backgroundColor: 'var(--code-bg)', fontSize: '0.875rem' },
  '.cm-content': { fontFamily: 'var(--mono)', caretColor: 'var(--fg)' },
  '.cm-gutters': { backgroundColor: 'var(--bg)', color: 'var(--muted)', border: 'none' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'transparent' },
  '&.cm-focused': { outline: '2px solid var(--focus, currentColor)' },
});

/** The same token colours as the highlighted panes (one table), whose contrast is checked in both schemes. */
const siteHighlight = HighlightStyle.define([
  ...TOKEN_CLASSES.map(({ tag, class: name }) => ({
    tag,
    color: `var(--tk-${name})`,
    // As the panes show comments (code.css).
    ...(name === 'c' ? { fontStyle: 'italic' } : {}),
  })),
  { tag: tags.invalid, color: 'var(--danger)' },
]);

/** CodeMirror 6 with TypeScript highlighting; loaded only when a reader first presses Edit. */
export function openEditor(parent: HTMLElement, doc: string, label: string): ExampleEditor {
  const view = new EditorView({
    doc,
    parent,
    extensions: [
      basicSetup,
      javascript({ typescript: true }),
      syntaxHighlighting(siteHighlight),
      siteTheme,
      // Long lines wrap, so the editor is never a scrolling region a keyboard cannot reach.
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': label }),
    ],
  });
  return {
    code: () => view.state.doc.toString(),
    replace: (code) =>
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } }),
    focus: () => view.focus(),
  };
}
