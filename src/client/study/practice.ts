import { GRADES, type GradeName, gradeQuestion, untilNextReview } from '../../study/schedule.ts';
import type { StudyQuestion } from '../../study/index-schema.ts';
import { entryFor } from '../../study/question-table.ts';
import '../example-pair.ts';
import { selectForPractice } from './practice-queue.ts';
import { loadStudyIndex } from './study-index.ts';
import { changeProgress, loadProgress } from './store.ts';
import { sitePath } from '../base-path.ts';

interface CardContent {
  quick: Node[];
  detail: Node[];
  followUps: string[];
}

/**
 * <practice-session>: a drill over the questions the URL selects. Each card shows the question,
 * then (Space) the Quick Answer, the Detailed Answer and code, and the follow-ups one at a time;
 * grading Again / Hard / Good / Easy (keys 1–4) schedules the next review with FSRS.
 */
class PracticeSession extends HTMLElement {
  #queue: StudyQuestion[] = [];
  #position = 0;
  #stage = 0;
  #content: Promise<CardContent> | undefined;
  #next: Promise<CardContent> | undefined;
  #tally = new Map<GradeName, number>();

  connectedCallback(): void {
    this.hidden = false;
    this.#part('start')?.addEventListener('click', () => this.#start());
    this.#part('reveal')?.addEventListener('click', () => void this.#reveal());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-grade]')) {
      button.addEventListener('click', () => this.#grade(button.dataset.grade as GradeName));
    }
    document.addEventListener('keydown', (event) => this.#onKey(event));
    void this.#prepare();
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T | null {
    return this.querySelector<T>(`[data-${name}]`);
  }

  #announce(text: string): void {
    const live = this.#part('live');
    if (live) live.textContent = text;
  }

  async #prepare(): Promise<void> {
    const summary = this.#part('summary');
    const index = await loadStudyIndex().catch(() => undefined);
    if (!index) {
      if (summary)
        summary.textContent =
          'The question list could not be loaded. Reload the page to try again.';
      return;
    }
    const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    const found = query === '' ? undefined : await this.#textMatches(query);
    if (query !== '' && !found) {
      if (summary)
        summary.textContent =
          'The search index could not be loaded, so the questions matching the search words are unknown. Reload the page to try again.';
      return;
    }
    const selection = selectForPractice(
      index.questions,
      location.search,
      loadProgress(),
      new Date(),
      found,
    );
    this.#queue = selection.session;
    const start = this.#part<HTMLButtonElement>('start');
    if (summary) {
      summary.textContent =
        selection.matching.length === 0
          ? `No questions match (${selection.description}).`
          : `${selection.matching.length} question${selection.matching.length === 1 ? '' : 's'} match (${selection.description}): ${selection.due} due today, ${selection.fresh} not practised yet. This session has ${this.#queue.length}.`;
    }
    if (start) start.disabled = this.#queue.length === 0;
  }

  /** The paths of the questions the search page finds for these words (Pagefind, synonyms applied). */
  async #textMatches(query: string): Promise<Set<string> | undefined> {
    try {
      const [{ loadPagefind }, { searchWithSynonyms }] = await Promise.all([
        import('../search/pagefind.ts'),
        import('../search/run-query.ts'),
      ]);
      const pagefind = await loadPagefind();
      const synonyms = JSON.parse(this.dataset.synonyms ?? '[]') as string[][];
      const search = await searchWithSynonyms(pagefind, query, {}, synonyms);
      const data = await Promise.all(search.results.map((r) => r.data()));
      return new Set(data.map((d) => new URL(d.url, location.href).pathname));
    } catch {
      return undefined;
    }
  }

  #start(): void {
    this.#position = 0;
    this.#tally.clear();
    this.#part('setup')?.setAttribute('hidden', '');
    this.#part('done')?.setAttribute('hidden', '');
    this.#part('card')?.removeAttribute('hidden');
    this.#show();
  }

  #show(): void {
    const question = this.#queue[this.#position];
    if (!question) return this.#finish();
    this.#stage = 0;
    this.#content = this.#next ?? fetchContent(question.url);
    const following = this.#queue[this.#position + 1];
    this.#next = following ? fetchContent(following.url) : undefined;
    const title = this.#part('title');
    if (title) title.textContent = question.title;
    const meta = this.#part('meta');
    if (meta)
      meta.textContent = [
        question.guideTitle,
        question.level,
        question.frequency,
        question.companies.join(', '),
      ]
        .filter(Boolean)
        .join(' · ');
    const position = this.#part('position');
    if (position) position.textContent = `Question ${this.#position + 1} of ${this.#queue.length}`;
    for (const name of ['quick', 'detail', 'followups', 'grades'])
      this.#part(name)?.setAttribute('hidden', '');
    this.#part('followup-list')?.replaceChildren();
    this.#setReveal('Show the quick answer');
    title?.focus();
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
    const content = await this.#content;
    if (!content) return;
    if (this.#stage === 0) {
      this.#fill('quick-body', content.quick);
      this.#part('quick')?.removeAttribute('hidden');
      this.#part('grades')?.removeAttribute('hidden');
      this.#stage = 1;
      this.#setReveal('Show the detailed answer');
      this.#bringIntoView(this.#part('quick'));
      this.#announce(
        'Quick answer shown. Grade yourself with 1 to 4, or press Space for the detailed answer.',
      );
    } else if (this.#stage === 1) {
      this.#fill('detail-body', content.detail);
      this.#part('detail')?.removeAttribute('hidden');
      this.#stage = 2;
      this.#setReveal(
        content.followUps.length > 0
          ? `Show follow-up 1 of ${content.followUps.length}`
          : undefined,
      );
      this.#bringIntoView(this.#part('detail'));
      this.#announce('Detailed answer shown.');
    } else {
      const shown = this.#stage - 2;
      const next = content.followUps[shown];
      if (next === undefined) return;
      const item = document.createElement('li');
      item.innerHTML = next;
      this.#part('followup-list')?.append(item);
      this.#part('followups')?.removeAttribute('hidden');
      this.#stage++;
      const left = content.followUps.length - shown - 1;
      this.#setReveal(
        left > 0 ? `Show follow-up ${shown + 2} of ${content.followUps.length}` : undefined,
      );
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

  #fill(name: string, nodes: Node[]): void {
    this.#part(name)?.replaceChildren(...nodes.map((n) => n.cloneNode(true)));
  }

  #grade(grade: GradeName): void {
    const question = this.#queue[this.#position];
    if (!question || this.#stage === 0) return;
    const progress = changeProgress((p) => gradeQuestion(p, question.id, grade));
    this.#tally.set(grade, (this.#tally.get(grade) ?? 0) + 1);
    const due = entryFor(progress, question.id)?.card?.due;
    this.#position++;
    this.#show();
    const when = due ? `next review ${untilNextReview(due)}` : '';
    const after = this.#part('last-grade');
    if (after) after.textContent = `Graded “${question.title}” ${grade}: ${when}.`;
    if (this.#position < this.#queue.length)
      this.#announce(
        `Graded ${grade}, ${when}. Question ${this.#position + 1} of ${this.#queue.length}: ${this.#queue[this.#position]?.title ?? ''}.`,
      );
  }

  #finish(): void {
    this.#part('card')?.setAttribute('hidden', '');
    const done = this.#part('done');
    done?.removeAttribute('hidden');
    const result = this.#part('result');
    const tally = GRADES.map((g) => `${this.#tally.get(g.name) ?? 0} ${g.name}`).join(', ');
    if (result)
      result.textContent = `You practised ${this.#queue.length} question${this.#queue.length === 1 ? '' : 's'}: ${tally}.`;
    this.#part('done-heading')?.focus();
    this.#announce(`Session finished. ${result?.textContent ?? ''}`);
  }

  #onKey(event: KeyboardEvent): void {
    if (this.#part('card')?.hidden !== false || event.ctrlKey || event.metaKey || event.altKey)
      return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (event.key === ' ' && !target?.closest('button, a, summary')) {
      event.preventDefault();
      void this.#reveal();
      return;
    }
    const grade = GRADES.find((g) => g.key === event.key);
    if (grade && this.#stage > 0) {
      event.preventDefault();
      this.#grade(grade.name);
    }
  }
}

/** The parts of a question page a drill reveals (pages are precached, so this works offline). */
async function fetchContent(url: string): Promise<CardContent> {
  const response = await fetch(sitePath(url));
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const part = (id: string) => {
    const section = doc.querySelector(`section[aria-labelledby="${id}"]`);
    return section
      ? [...section.childNodes].filter((n) => !(n instanceof Element && n.id === id))
      : [];
  };
  const detail = part('detailed-answer');
  const code = part('code-example');
  if (code.length > 0) {
    const heading = doc.createElement('h4');
    heading.textContent = 'Code example';
    detail.push(heading, ...code);
  }
  return {
    quick: part('quick-answer').map((n) => document.importNode(n, true)),
    detail: detail.map((n) => document.importNode(n, true)),
    followUps: [...doc.querySelectorAll('.follow-ups > li')].map((li) => li.innerHTML),
  };
}

customElements.define('practice-session', PracticeSession);
