import { GRADES, type GradeName, retrievability } from '../../study/schedule.ts';
import { untilNextReview } from '../../study/due.ts';
import type { CardContent } from '../../study/card-content-schema.ts';
import type { StudyQuestion } from '../../study/index-schema.ts';
import { entryFor } from '../../study/question-table.ts';
import { buildSession, sessionParams } from '../../study/session.ts';
import { today } from '../../study/today.ts';
import '../example-pair.ts';
import { exportToAnki } from './anki-export.ts';
import { cardContent, fragment } from './card-content.ts';
import { loadLog, loadSettings } from './extras-store.ts';
import { keepFiltersInOptions, textMatches } from './practice-options.ts';
import { practiceScope } from './practice-queue.ts';
import { type GradedCard, summaryRows } from './practice-summary.ts';
import { loadStudyIndex } from './study-index.ts';
import { loadProgress } from './store.ts';
import { recordGrade } from './grading.ts';
import { sitePath } from '../base-path.ts';

/**
 * <practice-session>: a session over the questions the URL selects, started at once. Each card
 * shows the question, then (Space) the Quick Answer, the Detailed Answer and code, and the
 * follow-ups one at a time; grading Again / Hard / Good / Easy (keys 1–4) schedules the next
 * review with FSRS, and the session ends with what was graded and when each comes back.
 */
class PracticeSession extends HTMLElement {
  #queue: StudyQuestion[] = [];
  #matching: StudyQuestion[] = [];
  /** Every question of the site: the plan counts over the whole bank. */
  #bank: StudyQuestion[] = [];
  #position = 0;
  #stage = 0;
  #content: Promise<CardContent> | undefined;
  #graded: GradedCard[] = [];
  /** Reveals and grades, run one after another in the order they were asked for. */
  #actions: Promise<void> = Promise.resolve();

  connectedCallback(): void {
    this.hidden = false;
    this.#part('reveal')?.addEventListener('click', () => this.#then(() => this.#reveal()));
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-grade]')) {
      button.addEventListener('click', () =>
        this.#then(() => this.#grade(button.dataset.grade as GradeName)),
      );
    }
    this.#part('anki')?.addEventListener('click', () => void this.#anki());
    document.addEventListener('keydown', (event) => this.#onKey(event));
    const options = this.#part<HTMLFormElement>('options');
    if (options) keepFiltersInOptions(options, location.search);
    void this.#prepare();
  }

  /**
   * A reveal waits for the card's answer to load, which can take a moment on a slow machine. A
   * grade key pressed meanwhile (Space, then 4 at once) must not be lost or applied to the wrong
   * card, so every action waits for the ones before it.
   */
  #then(action: () => void | Promise<void>): void {
    this.#actions = this.#actions.then(action).catch(() => undefined);
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T | null {
    return this.querySelector<T>(`[data-${name}]`);
  }

  #text(name: string, text: string): void {
    const part = this.#part(name);
    if (part) part.textContent = text;
  }

  #announce(text: string): void {
    this.#text('live', text);
  }

  async #prepare(): Promise<void> {
    const index = await loadStudyIndex().catch(() => undefined);
    if (!index)
      return this.#text(
        'summary',
        'The question list could not be loaded. Reload the page to try again.',
      );
    const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    const found =
      query === ''
        ? undefined
        : await textMatches(query, JSON.parse(this.dataset.synonyms ?? '[]') as string[][]);
    if (query !== '' && !found)
      return this.#text(
        'summary',
        'The search index could not be loaded, so the questions matching the search words are unknown. Reload the page to try again.',
      );
    const now = new Date();
    const progress = loadProgress();
    const scope = practiceScope(index.questions, location.search, progress, now, found);
    this.#matching = scope.matching;
    this.#bank = index.questions;
    const day = today(index.questions, progress, loadSettings(), loadLog(), now);
    const session = buildSession(scope.matching, progress, now, {
      ...sessionParams(location.search),
      newAllowance: day.newAllowance,
      onlyDue: scope.onlyDue,
      sweep: day.sweep,
      retrievability: (id) => retrievability(entryFor(progress, id)?.card, now),
      random: Math.random,
    });
    this.#queue = session.cards;
    this.#text('anki-count', `${scope.matching.length}`);
    const anki = this.#part<HTMLButtonElement>('anki');
    if (anki) anki.disabled = scope.matching.length === 0;
    const n = scope.matching.length;
    this.#text(
      'summary',
      n === 0
        ? `No questions match (${scope.description}).`
        : `${n} question${n === 1 ? '' : 's'} match (${scope.description}): ${session.due} due, ${session.fresh} new for today. ${
            session.ahead
              ? 'Nothing is due and today’s new questions are done, so this session reviews ahead.'
              : ''
          }`.trim(),
    );
    if (this.#queue.length > 0) this.#start();
    else if (n > 0)
      this.#text('summary', `${this.#part('summary')?.textContent ?? ''} Nothing to practise now.`);
  }

  #start(): void {
    this.#position = 0;
    this.#graded = [];
    this.#part('done')?.setAttribute('hidden', '');
    this.#part('card')?.removeAttribute('hidden');
    this.#show();
  }

  #show(): void {
    const question = this.#queue[this.#position];
    if (!question) return this.#finish();
    this.#stage = 0;
    this.#content = cardContent(question);
    this.#text('title', question.title);
    const link = this.#part<HTMLAnchorElement>('open');
    if (link) link.href = sitePath(question.url);
    this.#text(
      'meta',
      [question.guideTitle, question.level, question.frequency, question.companies.join(', ')]
        .filter(Boolean)
        .join(' · '),
    );
    this.#text('position', `Question ${this.#position + 1} of ${this.#queue.length}`);
    for (const name of ['quick', 'detail', 'followups', 'grades'])
      this.#part(name)?.setAttribute('hidden', '');
    this.#part('followup-list')?.replaceChildren();
    this.#setReveal('Show the quick answer');
    this.#part('title')?.focus();
    this.#announce(
      `Question ${this.#position + 1} of ${this.#queue.length}: ${question.title}. Press Space to show the quick answer.`,
    );
  }

  #setReveal(label: string | undefined): void {
    const reveal = this.#part<HTMLButtonElement>('reveal');
    if (!reveal) return;
    reveal.disabled = label === undefined;
    const text = reveal.querySelector('[data-reveal-label]');
    if (text) text.textContent = label ?? 'Everything is shown';
  }

  async #reveal(): Promise<void> {
    const content = await this.#content?.catch(() => undefined);
    if (!content) {
      this.#announce('The answer could not be loaded. Reload the page to try again.');
      return;
    }
    if (this.#stage === 0) {
      this.#part('quick-body')?.replaceChildren(fragment(content.quickAnswerHtml));
      this.#part('quick')?.removeAttribute('hidden');
      this.#part('grades')?.removeAttribute('hidden');
      this.#stage = 1;
      this.#setReveal('Show the detailed answer');
      this.#bringIntoView(this.#part('quick'));
      this.#announce(
        'Quick answer shown. Grade yourself with 1 to 4, or press Space for the detailed answer.',
      );
    } else if (this.#stage === 1) {
      const detail = fragment(content.detailedAnswerHtml);
      if (content.codeExampleHtml !== undefined) {
        const heading = document.createElement('h4');
        heading.textContent = 'Code example';
        detail.append(heading, fragment(content.codeExampleHtml));
      }
      this.#part('detail-body')?.replaceChildren(detail);
      this.#part('detail')?.removeAttribute('hidden');
      this.#stage = 2;
      const count = content.followUpsHtml.length;
      this.#setReveal(count > 0 ? `Show follow-up 1 of ${count}` : undefined);
      this.#bringIntoView(this.#part('detail'));
      this.#announce('Detailed answer shown.');
    } else {
      const shown = this.#stage - 2;
      const next = content.followUpsHtml[shown];
      if (next === undefined) return;
      const item = document.createElement('li');
      item.append(fragment(next));
      this.#part('followup-list')?.append(item);
      this.#part('followups')?.removeAttribute('hidden');
      this.#stage++;
      const count = content.followUpsHtml.length;
      this.#setReveal(shown + 1 < count ? `Show follow-up ${shown + 2} of ${count}` : undefined);
      item.tabIndex = -1;
      this.#bringIntoView(item);
      this.#announce(`Follow-up ${shown + 1}: ${item.textContent ?? ''}`);
    }
  }

  /** A revealed part may land far below the fold: scroll to it and move focus there. */
  #bringIntoView(part: HTMLElement | null | undefined): void {
    if (!part) return;
    part.focus({ preventScroll: true });
    part.scrollIntoView({
      block: 'start',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
  }

  #grade(grade: GradeName): void {
    const question = this.#queue[this.#position];
    if (!question || this.#stage === 0) return;
    const now = new Date();
    const progress = recordGrade(this.#bank, question.id, grade, now);
    const due = entryFor(progress, question.id)?.card?.due;
    this.#graded.push({ question, grade, due });
    this.#position++;
    this.#show();
    const when = due ? `back ${untilNextReview(due, now)}` : '';
    this.#text('last-grade', `Graded “${question.title}” ${grade}: ${when}.`);
    if (this.#position < this.#queue.length)
      this.#announce(
        `Graded ${grade}, ${when}. Question ${this.#position + 1} of ${this.#queue.length}: ${this.#queue[this.#position]?.title ?? ''}.`,
      );
  }

  #finish(): void {
    this.#part('card')?.setAttribute('hidden', '');
    this.#part('done')?.removeAttribute('hidden');
    const tally = GRADES.map(
      (g) => `${this.#graded.filter((c) => c.grade === g.name).length} ${g.name}`,
    ).join(', ');
    const count = this.#graded.length;
    this.#text('result', `You practised ${count} question${count === 1 ? '' : 's'}: ${tally}.`);
    this.#part('summary-rows')?.replaceChildren(...summaryRows(this.#graded, new Date()));
    this.#part('done-heading')?.focus();
    this.#announce(`Session finished. ${this.#part('result')?.textContent ?? ''}`);
  }

  async #anki(): Promise<void> {
    const button = this.#part<HTMLButtonElement>('anki');
    if (button) button.disabled = true;
    try {
      await exportToAnki(
        this.#matching,
        `interview-prep-anki-${new Date().toISOString().slice(0, 10)}`,
      );
      this.#text('anki-status', `Saved ${this.#matching.length} notes for Anki.`);
    } catch {
      this.#text(
        'anki-status',
        'The answers could not be loaded, so no file was made. Reload the page to try again.',
      );
    } finally {
      if (button) button.disabled = false;
    }
  }

  #onKey(event: KeyboardEvent): void {
    if (this.#part('card')?.hidden !== false || event.ctrlKey || event.metaKey || event.altKey)
      return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (event.key === ' ' && !target?.closest('button, a, summary')) {
      event.preventDefault();
      this.#then(() => this.#reveal());
      return;
    }
    // Whether the answer is shown yet is decided when the grade runs, after any pending reveal.
    const grade = GRADES.find((g) => g.key === event.key);
    if (grade) {
      event.preventDefault();
      this.#then(() => this.#grade(grade.name));
    }
  }
}

customElements.define('practice-session', PracticeSession);
