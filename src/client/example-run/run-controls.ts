import type { ExampleEditor } from './editor.ts';
import type { RunResult } from './run-example.ts';

/** Long enough for the slowest browser-runnable example on a busy machine; Stop ends it sooner. */
const TIMEOUT_MS = 20_000;

/**
 * Run, Stop, Edit and Reset for one example that runs in the page. The runner (with the type
 * stripper) and the editor are separate chunks, fetched on first use.
 */
export function wireRunControls(pair: HTMLElement): void {
  const area = pair.querySelector<HTMLElement>('.run-area');
  if (!area) return;
  area.hidden = false;
  const button = (action: string) =>
    area.querySelector<HTMLButtonElement>(`[data-action="${action}"]`) as HTMLButtonElement;
  const [run, stop, edit, reset] = ['run', 'stop', 'edit', 'reset'].map(button) as [
    HTMLButtonElement,
    HTMLButtonElement,
    HTMLButtonElement,
    HTMLButtonElement,
  ];
  const status = area.querySelector('.run-status') as HTMLElement;
  const output = area.querySelector('.run-output') as HTMLElement;
  const editorHost = area.querySelector('.run-editor') as HTMLElement;
  const expected = pair.querySelector('.example-output')?.textContent ?? '';
  const original = tsVersionSource(pair);
  let editor: ExampleEditor | undefined;
  let stopRun: (() => void) | undefined;

  run.addEventListener('click', async () => {
    stopRun?.();
    run.disabled = true;
    status.textContent = 'Loading the runner…';
    const { runExample, compareOutput } = await import('./run-example.ts');
    const code = output.querySelector('code') as HTMLElement;
    code.textContent = '';
    output.hidden = false;
    status.textContent = 'Running…';
    stop.disabled = false;
    const edited = editor !== undefined && editor.code() !== original;
    stopRun = runExample(
      editor?.code() ?? original,
      {
        onOutput(stream, text) {
          const line = document.createElement('span');
          if (stream === 'stderr') line.className = 'stderr';
          line.textContent = text;
          code.append(line);
        },
        onEnd(result) {
          stopRun = undefined;
          run.disabled = false;
          stop.disabled = true;
          const [text, state] = verdict(result, expected, edited, compareOutput);
          status.textContent = text;
          status.dataset.result = state;
        },
      },
      TIMEOUT_MS,
    );
  });
  stop.addEventListener('click', () => stopRun?.());
  edit.addEventListener('click', async () => {
    if (!editor) {
      const { openEditor } = await import('./editor.ts');
      editor = openEditor(editorHost, original, 'TypeScript version, editable');
    }
    const open = edit.getAttribute('aria-expanded') !== 'true';
    edit.setAttribute('aria-expanded', String(open));
    editorHost.hidden = !open;
    reset.disabled = !open;
    if (open) editor.focus();
  });
  reset.addEventListener('click', () => {
    editor?.replace(original);
    output.hidden = true;
    status.textContent = 'Restored the original TypeScript version';
  });
}

function verdict(
  result: RunResult,
  expected: string,
  edited: boolean,
  compare: typeof import('./run-example.ts').compareOutput,
): [text: string, state: 'match' | 'differs' | 'stopped' | 'timed-out'] {
  if (result.kind === 'stopped') return ['Stopped.', 'stopped'];
  if (result.kind === 'timed-out')
    return [`Stopped after ${TIMEOUT_MS / 1000} s without finishing.`, 'timed-out'];
  const exit = result.code === 0 ? 'Finished' : `Failed (exit code ${result.code})`;
  const comparison = compare(expected, result.stdout);
  if (comparison.matches && result.code === 0)
    return [`${exit}: the output matches the verified output.`, 'match'];
  const what = edited ? 'your edited version' : 'it';
  const where = comparison.matches
    ? 'its output matched until it failed'
    : `the output of ${what} differs from the verified output at line ${comparison.line}: expected “${comparison.expected}”, got “${comparison.actual}”`;
  return [`${exit}: ${where}.`, 'differs'];
}

/** The TypeScript version as written: its lines, without the blank lines that align it. */
function tsVersionSource(pair: HTMLElement): string {
  const pre = pair.querySelector('[data-version="tsVersion"] pre');
  const lines = [...(pre?.querySelectorAll('.line:not(.filler)') ?? [])];
  return lines.map((line) => line.textContent).join('\n');
}
