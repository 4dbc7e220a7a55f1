import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { TsVersion } from '../content/ts-versions.ts';
import { classifyTsVersion } from '../examples/browser-runnable.ts';
import { languageName } from './highlight.ts';
import { alignCodeHtml } from './aligned-code.ts';
import { needsNodePanel } from './needs-node.ts';
import { withTypeTargets } from './type-targets.ts';
import type { TypeInfo } from '../examples/type-info.ts';

interface PairParts {
  tsVersion: TsVersion;
  lang: string;
  originalHtml: string;
  tsVersionHtml: string;
  /** The identifiers' types and the expected errors, shown in the TypeScript pane. */
  types?: TypeInfo | undefined;
}

/** Highlighted HTML from our own highlighter, which escapes every token itself. */
const highlighted = (html: string): ElementContent => ({ type: 'raw', value: html }) as never;

/**
 * A guide's JavaScript block beside its verified TypeScript version, with the command that runs it
 * and the output it printed. Without JavaScript both versions show, one after the other; the
 * `example-pair` element turns them into tabs on narrow screens, adds copy buttons and, for an
 * example that runs in a browser, Run, Edit and Reset.
 */
export function examplePair({
  tsVersion,
  lang,
  originalHtml,
  tsVersionHtml,
  types,
}: PairParts): Element {
  const id = `ex-${tsVersion.id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
  const runsIn = classifyTsVersion(tsVersion.id, tsVersion.source, types?.runsIn);
  const output =
    tsVersion.expectedOutput === undefined ? '' : tsVersion.expectedOutput.replace(/\n$/, '');
  const aligned = withTypeTargets(alignCodeHtml(originalHtml, tsVersionHtml), types);
  return h(
    'example-pair.example-pair',
    { id, dataExample: tsVersion.id, dataRunsIn: runsIn.where },
    [
      h(
        'div.example-tablist',
        { role: 'tablist', ariaLabel: 'Versions of this example', hidden: true },
        [tab(id, 'original', languageName(lang), true), tab(id, 'tsVersion', 'TypeScript', false)],
      ),
      h('div.example-tools', { hidden: true }, [
        h('span.example-legend', [
          h('span.legend-mark', { ariaHidden: 'true' }),
          'Lines the TypeScript version adds or changes',
        ]),
        h('button.wrap-toggle', { type: 'button', ariaPressed: 'false' }, 'Wrap lines'),
      ]),
      h('div.example-panels', [
        panel(id, 'original', `${languageName(lang)}, as in the guide`, aligned.original),
        panel(id, 'tsVersion', 'TypeScript, type-checked and run by the tests', aligned.tsVersion),
      ]),
      h('div.example-run', [
        runsIn.where === 'browser' ? runControls(id) : needsNodePanel(tsVersion, runsIn),
        h('p.example-command', [
          'From a clone of the repository: ',
          h('code', `npm run example -- ${tsVersion.id}`),
        ]),
        h(
          'p.example-output-label',
          { id: `${id}-output` },
          'Output of the TypeScript version, verified by ',
          h('code', 'npm test'),
        ),
        h('pre.example-output', { tabIndex: 0, ariaLabelledBy: `${id}-output` }, h('code', output)),
      ]),
    ],
  );
}

/** Run, Stop, Edit and Reset, rendered hidden: reading needs no script, and the element shows them. */
function runControls(id: string): Element {
  return h('div.run-area', { hidden: true }, [
    h('div.run-controls', [
      h('button.run-button', { type: 'button', dataAction: 'run' }, 'Run in the page'),
      h('button', { type: 'button', dataAction: 'stop', disabled: true }, 'Stop'),
      h(
        'button',
        { type: 'button', dataAction: 'edit', ariaExpanded: 'false', ariaControls: `${id}-editor` },
        'Edit',
      ),
      h('button', { type: 'button', dataAction: 'reset', disabled: true }, 'Reset'),
      h('span.run-note', 'Runs offline in a sandbox, with types stripped'),
    ]),
    h('div.run-editor', { id: `${id}-editor`, hidden: true }),
    h('p.run-status', { role: 'status' }),
    h('pre.run-output', { tabIndex: 0, hidden: true, ariaLabel: 'Output of your run' }, h('code')),
  ]);
}

function tab(id: string, version: string, label: string, selected: boolean): Element {
  return h(
    'button',
    {
      type: 'button',
      role: 'tab',
      id: `${id}-tab-${version}`,
      ariaControls: `${id}-${version}`,
      ariaSelected: String(selected),
      tabIndex: selected ? undefined : -1,
    },
    label,
  );
}

function panel(id: string, version: string, label: string, codeHtml: string): Element {
  return h('div.example-panel', { id: `${id}-${version}`, dataVersion: version }, [
    h('div.example-bar', [
      h('span.example-label', label),
      h('button.copy-button', { type: 'button', hidden: true }, [
        'Copy',
        h('span.visually-hidden', ` the ${label.split(',')[0] ?? ''} code`),
      ]),
    ]),
    highlighted(codeHtml),
  ]);
}
