import { spokenDuration } from '../../mock/countdown.ts';
import { interviewRound, type NewRound, predictRound } from '../../mock/new-round.ts';
import { newSeed } from '../../mock/random.ts';
import { ROUND_FACET_KEYS, type RoundChoice } from '../../mock/round-choice.ts';
import { finishRound, type Round, type RoundItem } from '../../mock/round-schema.ts';
import type { MockQuestion } from '../../mock/records.ts';
import type { GradeName } from '../../study/schedule.ts';
import { ClockTicker } from './clocks.ts';
import { loadMockQuestions, loadPredictExamples } from './data.ts';
import { changeMockStore, loadMockStore } from './round-store.ts';
import { pastRoundItems, summaryItems, summaryText } from './summary.ts';
import { sitePath } from '../base-path.ts';

/** Again, Hard, Good, Easy: keys 1–4 (named by the page, so the FSRS code loads only to grade). */
const GRADE_NAMES: readonly GradeName[] = JSON.parse(
  document.querySelector<HTMLElement>('mock-round')?.dataset.grades ?? '[]',
) as GradeName[];

/** Puts a grade into the study schedule, loading the FSRS code the first time. */
async function recordGrade(questionId: string, grade: GradeName): Promise<void> {
  const { recordGrade: record } = await import('./grade.ts');
  record(questionId, grade);
}

/**
 * <mock-round>: a timed round of questions drawn at random, one at a time, level and companies
 * hidden. The round lives in localStorage, so a reload resumes it and its summary stays.
 */
class MockRound extends HTMLElement {
  #ticker = new ClockTicker((text) => this.#announce(text));
  #questions = new Map<string, MockQuestion>();

  connectedCallback(): void {
    this.hidden = false;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-preset]'))
      button.addEventListener(
        'click',
        () => void this.#startInterview(JSON.parse(button.dataset.preset ?? '{}') as RoundChoice),
      );
    this.#part<HTMLFormElement>('custom')?.addEventListener('submit', (event) => {
      event.preventDefault();
      const form = new FormData(event.target as HTMLFormElement);
      const filters: RoundChoice['filters'] = {};
      for (const key of ROUND_FACET_KEYS) {
        const value = form.get(key);
        if (typeof value === 'string' && value !== '') filters[key] = value;
      }
      void this.#startInterview({ minutes: Number(form.get('minutes')), filters });
    });
    this.#part('predict-start')?.addEventListener('click', () => void this.#startPredict());
    this.#part('reveal')?.addEventListener('click', () => this.#reveal());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-grade]'))
      button.addEventListener('click', () => void this.#grade(button.dataset.grade as GradeName));
    this.#part('next')?.addEventListener('click', () => this.#advance());
    this.#part('end')?.addEventListener('click', () => this.#finish());
    this.#part('again')?.addEventListener('click', () => this.#showSetup());
    this.#part<HTMLTextAreaElement>('answer')?.addEventListener('input', (event) =>
      this.#saveAnswer((event.target as HTMLTextAreaElement).value),
    );
    document.addEventListener('keydown', (event) => this.#onKey(event));
    void this.#open();
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T | null {
    return this.querySelector<T>(`[data-${name}]`);
  }

  #announce(text: string): void {
    const live = this.#part('live');
    if (live) live.textContent = text;
  }

  #show(view: 'setup' | 'card' | 'summary'): void {
    for (const name of ['setup', 'card', 'summary'] as const)
      this.#part(name)?.toggleAttribute('hidden', name !== view);
    if (view !== 'card') this.#ticker.stop();
  }

  async #open(): Promise<void> {
    const wanted = new URLSearchParams(location.search).get('round');
    const store = loadMockStore();
    const stored = wanted ? store.rounds.find((r) => r.id === wanted) : undefined;
    if (stored) return this.#showSummary(stored);
    const example = new URLSearchParams(location.search).get('predict');
    if (example && !store.active) return this.#startPredict(example);
    if (store.active) return this.#showItem(store.active);
    this.#showSetup();
  }

  #showSetup(): void {
    this.#show('setup');
    const rounds = loadMockStore().rounds;
    const list = this.#part('past-list');
    this.#part('past')?.toggleAttribute('hidden', rounds.length === 0);
    list?.replaceChildren(...pastRoundItems(rounds, GRADE_NAMES));
  }

  #seed(): number {
    const pinned = Number(new URLSearchParams(location.search).get('seed'));
    return Number.isInteger(pinned) && pinned > 0 ? pinned : newSeed();
  }

  async #startInterview(choice: RoundChoice): Promise<void> {
    const index = await loadMockQuestions().catch(() => undefined);
    if (!index)
      return this.#announce('The questions could not be loaded. Reload the page to try again.');
    const round = interviewRound(index.questions, choice, this.#seed());
    if (round) return this.#begin(round);
    const message = this.#part('custom-message');
    if (message) message.textContent = 'No question matches all of these; loosen a filter.';
  }

  async #startPredict(only?: string): Promise<void> {
    const index = await loadPredictExamples().catch(() => undefined);
    if (!index)
      return this.#announce('The examples could not be loaded. Reload the page to try again.');
    this.#begin(predictRound(index.examples, this.#seed(), only));
  }

  #begin(round: NewRound): void {
    const startedAt = Date.now();
    const active: Round = { ...round, id: `${startedAt}-${round.seed}`, startedAt, position: 0 };
    changeMockStore((store) => ({ ...store, active }));
    this.#showItem(active);
  }

  /** Saves a change to the round under way and returns it. */
  #change(update: (round: Round) => Round): Round | undefined {
    const store = changeMockStore((s) => (s.active ? { ...s, active: update(s.active) } : s));
    return store.active;
  }

  #changeItem(update: (item: RoundItem) => RoundItem): Round | undefined {
    return this.#change((round) => ({
      ...round,
      items: round.items.map((item, i) => (i === round.position ? update(item) : item)),
    }));
  }

  #saveAnswer(answer: string): void {
    this.#changeItem((item) => ({ ...item, answer: answer.slice(0, 20_000) }));
  }

  async #showItem(stored: Round): Promise<void> {
    const round =
      stored.items[stored.position]?.shownAt === undefined
        ? (this.#changeItem((item) => ({ ...item, shownAt: Date.now() })) ?? stored)
        : stored;
    const item = round.items[round.position];
    if (!item) return this.#finish();
    this.#show('card');
    const of = `${round.position + 1} of ${round.items.length}`;
    this.#text('position', `${round.kind === 'predict' ? 'Example' : 'Question'} ${of}`);
    this.#text('title', item.title);
    const answer = this.#part<HTMLTextAreaElement>('answer');
    if (answer) answer.value = item.answer;
    for (const name of ['reveal-part', 'grades', 'next'])
      this.#part(name)?.setAttribute('hidden', '');
    this.#part('answer-part')?.toggleAttribute('hidden', round.kind === 'predict');
    this.#part('predict-part')?.toggleAttribute('hidden', round.kind !== 'predict');
    this.#part('reveal')?.toggleAttribute('hidden', round.kind === 'predict');
    const last = round.position === round.items.length - 1;
    this.#text('next', last ? 'See the summary' : 'Next example');
    this.#ticker.start([
      {
        countdown: { startedAt: item.shownAt ?? Date.now(), durationMs: round.questionMs },
        name: 'this question',
        element: this.#part('question-clock'),
      },
      {
        countdown: { startedAt: round.startedAt, durationMs: round.roundMs },
        name: 'the round',
        element: this.#part('round-clock'),
      },
    ]);
    this.#part('title')?.focus();
    this.#announce(
      `${round.kind === 'predict' ? 'Example' : 'Question'} ${of}: ${item.title}. ${spokenDuration(round.questionMs)} for it.`,
    );
    if (round.kind === 'predict') await this.#showDrill(round, item);
    else {
      const index = await loadMockQuestions().catch(() => undefined);
      for (const q of index?.questions ?? []) this.#questions.set(q.id, q);
      this.#text('topic', this.#questions.get(item.id)?.guideTitle ?? '');
      if (item.revealedAt !== undefined) this.#reveal();
    }
  }

  async #showDrill(round: Round, item: RoundItem): Promise<void> {
    const [{ renderDrill }, index] = await Promise.all([
      import('./predict-drill.ts'),
      loadPredictExamples(),
    ]);
    const example = index.examples.find((e) => e.id === item.id);
    const host = this.#part('predict-part');
    if (!example || !host) return;
    this.#text('topic', 'What does this program print?');
    renderDrill(host, example, {
      seed: round.seed + round.position,
      saved: item.answer,
      graded: item.grade !== undefined,
      onInput: (answer) => this.#saveAnswer(answer),
      onResult: async (result, grade) => {
        this.#changeItem((it) => ({
          ...it,
          revealedAt: it.revealedAt ?? Date.now(),
          grade,
          score: { right: result.right, total: result.total },
        }));
        if (item.grade === undefined) await recordGrade(item.questionId, grade);
        this.#part('next')?.removeAttribute('hidden');
        this.#announce(
          `${result.right} of ${result.total} lines right. Graded ${grade} in your review schedule.`,
        );
      },
    });
  }

  #text(name: string, text: string): void {
    const part = this.#part(name);
    if (part) part.textContent = text;
  }

  #reveal(): void {
    const round = this.#changeItem((item) => ({
      ...item,
      revealedAt: item.revealedAt ?? Date.now(),
    }));
    const item = round?.items[round.position];
    const question = item ? this.#questions.get(item.id) : undefined;
    if (!item || !question) return;
    const quick = this.#part('quick');
    if (quick) quick.innerHTML = question.quickAnswerHtml; // the site's own sanitised HTML
    this.#part('points')?.replaceChildren(
      ...question.keyPoints.map((point) => {
        const li = document.createElement('li');
        li.textContent = point;
        return li;
      }),
    );
    this.#part<HTMLAnchorElement>('full')?.setAttribute('href', sitePath(question.url));
    const part = this.#part('reveal-part');
    part?.removeAttribute('hidden');
    this.#part('grades')?.removeAttribute('hidden');
    this.#part('reveal')?.setAttribute('hidden', '');
    part?.focus();
    this.#announce('Answer shown. Compare it with yours and grade yourself with 1 to 4.');
  }

  async #grade(grade: GradeName): Promise<void> {
    const round = loadMockStore().active;
    const item = round?.items[round.position];
    if (!item || item.revealedAt === undefined || round?.kind !== 'interview' || item.grade) return;
    this.#changeItem((it) => ({ ...it, grade }));
    await recordGrade(item.questionId, grade);
    this.#advance();
  }

  #advance(): void {
    const round = this.#change((r) => ({ ...r, position: r.position + 1 }));
    if (!round || round.position >= round.items.length) return this.#finish();
    void this.#showItem(round);
  }

  #finish(): void {
    const now = Date.now();
    const active = loadMockStore().active;
    if (!active) return this.#showSetup();
    const done = { ...active, finishedAt: now };
    changeMockStore((store) => finishRound(store, done, now));
    history.replaceState(null, '', sitePath(`/mock/?round=${encodeURIComponent(done.id)}`));
    this.#showSummary(done);
    this.#announce(`Round finished. ${summaryText(done, GRADE_NAMES)}`);
  }

  #showSummary(round: Round): void {
    this.#show('summary');
    this.#text('summary-text', summaryText(round, GRADE_NAMES));
    this.#part('summary-list')?.replaceChildren(...summaryItems(round));
    this.querySelector<HTMLElement>('#mock-summary')?.focus();
  }

  #onKey(event: KeyboardEvent): void {
    if (this.#part('grades')?.hidden !== false || event.ctrlKey || event.metaKey || event.altKey)
      return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    const grade = GRADE_NAMES[Number(event.key) - 1];
    if (grade && /^[1-4]$/.test(event.key)) {
      event.preventDefault();
      void this.#grade(grade);
    }
  }
}

customElements.define('mock-round', MockRound);
