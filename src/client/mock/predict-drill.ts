import { normaliseOutput } from '../../examples/normalise-output.ts';
import {
  comparePrediction,
  type PredictionResult,
  predictionGrade,
} from '../../mock/prediction.ts';
import { shuffled } from '../../mock/random.ts';
import type { PredictExample } from '../../mock/records.ts';

export interface DrillOptions {
  /** Orders the choices of an "order" drill the same way on every reload. */
  seed: number;
  /** Lines already typed or chosen (newline-joined), from before a reload. */
  saved: string;
  /** True once the prediction was checked: the result is shown again, not graded twice. */
  graded: boolean;
  onInput: (answer: string) => void;
  onResult: (result: PredictionResult, grade: 'Again' | 'Hard' | 'Good') => Promise<void>;
}

let drills = 0;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * A predict-the-output drill: the code, one field per printed line (typed, or chosen from the
 * printed lines for an ordering), then each line marked right or wrong against the recorded output.
 */
export function renderDrill(
  host: HTMLElement,
  example: PredictExample,
  options: DrillOptions,
): void {
  const id = `drill-${++drills}`;
  const expected = normaliseOutput(example.output).split('\n');
  const saved = options.saved.split('\n');
  const code = element(
    'pre',
    { className: 'mock-code', tabIndex: 0 },
    element('code', { textContent: example.code }),
  );
  code.setAttribute('aria-label', `Code of ${example.id}`);
  const choices = [...new Set(shuffled(expected, options.seed))];
  const fields = expected.map((_, i) => {
    const fieldId = `${id}-line-${i + 1}`;
    const label = element('label', { htmlFor: fieldId, textContent: `Line ${i + 1}` });
    let field: HTMLInputElement | HTMLSelectElement;
    if (example.mode === 'order') {
      field = element(
        'select',
        { id: fieldId },
        element('option', { value: '', textContent: 'Choose a line…' }),
      );
      for (const choice of choices)
        field.append(element('option', { value: choice, textContent: choice }));
    } else {
      field = element('input', {
        id: fieldId,
        type: 'text',
        autocomplete: 'off',
        spellcheck: false,
      });
    }
    field.value = saved[i] ?? '';
    return { row: element('li', {}, label, field), field };
  });
  const how =
    example.mode === 'order'
      ? 'Put the printed lines in the order the program prints them.'
      : 'Type each line the program prints (spacing inside a line does not matter).';
  const legend = element('legend', {
    textContent: `What it prints: ${expected.length} line${expected.length === 1 ? '' : 's'}`,
  });
  const form = element(
    'form',
    { className: 'predict-form' },
    element(
      'fieldset',
      {},
      legend,
      element('p', { className: 'muted', textContent: how }),
      element('ol', { className: 'predict-lines' }, ...fields.map((f) => f.row)),
    ),
    element(
      'p',
      {},
      element('button', {
        type: 'submit',
        className: 'primary',
        textContent: 'Check my prediction',
      }),
    ),
  );
  const result = element('section', { className: 'predict-result', tabIndex: -1, hidden: true });
  result.setAttribute('aria-labelledby', `${id}-result`);
  const values = () => fields.map((f) => f.field.value);
  form.addEventListener('input', () => options.onInput(values().join('\n')));
  const check = (record: boolean) => {
    const outcome = comparePrediction(example.output, values());
    showResult(result, `${id}-result`, outcome);
    for (const { field } of fields) field.disabled = true;
    form.querySelector('button')?.setAttribute('hidden', '');
    if (record) {
      result.focus();
      void options.onResult(outcome, predictionGrade(outcome));
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    check(true);
  });
  host.replaceChildren(code, form, result);
  if (options.graded) check(false);
}

function showResult(section: HTMLElement, headingId: string, outcome: PredictionResult): void {
  const heading = element('h3', {
    id: headingId,
    textContent: `${outcome.right} of ${outcome.total} lines right`,
  });
  const rows = outcome.lines.map((line, i) => {
    const mark = element('span', {
      className: `predict-mark ${line.right ? 'is-right' : 'is-wrong'}`,
      textContent: line.right ? '✓ Right' : '✗ Wrong',
    });
    const row = element(
      'li',
      { className: line.right ? 'is-right' : 'is-wrong' },
      mark,
      ` Line ${i + 1}: `,
      element('code', { textContent: line.predicted || '(empty)' }),
    );
    if (!line.right)
      row.append(
        element(
          'span',
          { className: 'predict-expected' },
          ' printed ',
          element('code', { textContent: line.expected }),
        ),
      );
    return row;
  });
  section.replaceChildren(heading, element('ol', { className: 'predict-results' }, ...rows));
  section.hidden = false;
}
