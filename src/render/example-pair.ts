import type { TsVersion } from '../content/ts-versions.ts';
import { escapeAttribute, escapeText, languageName } from './highlight.ts';
import { alignCodeHtml } from './aligned-code.ts';

interface PairParts {
  tsVersion: TsVersion;
  lang: string;
  originalHtml: string;
  tsVersionHtml: string;
}

/**
 * A guide's JavaScript block beside its verified TypeScript version, with the command that runs it
 * and the output it printed. Without JavaScript both versions show, one after the other; the
 * `example-pair` element turns them into tabs on narrow screens and adds copy buttons.
 */
export function examplePairHtml({
  tsVersion,
  lang,
  originalHtml,
  tsVersionHtml,
}: PairParts): string {
  const id = `ex-${tsVersion.id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
  const original = `${languageName(lang)}, as in the guide`;
  const command = `npm run example -- ${tsVersion.id}`;
  const output =
    tsVersion.expectedOutput === undefined ? '' : tsVersion.expectedOutput.replace(/\n$/, '');
  const aligned = alignCodeHtml(originalHtml, tsVersionHtml);
  return [
    `<example-pair class="example-pair" id="${escapeAttribute(id)}">`,
    `<div class="example-tablist" role="tablist" aria-label="Versions of this example" hidden>`,
    tab(id, 'original', languageName(lang), true),
    tab(id, 'tsVersion', 'TypeScript', false),
    `</div>`,
    `<div class="example-tools" hidden><span class="example-legend"><span class="legend-mark" aria-hidden="true"></span>Lines the TypeScript version adds or changes</span>`,
    `<button type="button" class="wrap-toggle" aria-pressed="false">Wrap lines</button></div>`,
    `<div class="example-panels">`,
    panel(id, 'original', original, aligned.original),
    panel(id, 'tsVersion', 'TypeScript, type-checked and run by the tests', aligned.tsVersion),
    `</div>`,
    `<div class="example-run">`,
    `<p class="example-command">Run it: <code>${escapeText(command)}</code></p>`,
    `<p class="example-output-label" id="${id}-output">Output of the TypeScript version, verified by <code>npm test</code></p>`,
    `<pre class="example-output" tabindex="0" aria-labelledby="${id}-output"><code>${escapeText(output)}</code></pre>`,
    `</div>`,
    `</example-pair>`,
  ].join('');
}

function tab(id: string, version: string, label: string, selected: boolean): string {
  return `<button type="button" role="tab" id="${id}-tab-${version}" aria-controls="${id}-${version}" aria-selected="${selected}"${selected ? '' : ' tabindex="-1"'}>${escapeText(label)}</button>`;
}

function panel(id: string, version: string, label: string, codeHtml: string): string {
  return [
    `<div class="example-panel" id="${id}-${version}" data-version="${version}">`,
    `<div class="example-bar"><span class="example-label">${escapeText(label)}</span>`,
    `<button type="button" class="copy-button" hidden>Copy<span class="visually-hidden"> the ${escapeText(label.split(',')[0] ?? '')} code</span></button></div>`,
    codeHtml,
    `</div>`,
  ].join('');
}
