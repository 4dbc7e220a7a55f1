import { dayKey } from '../../study/days.ts';
import { retentionTradeOff } from '../../study/retention.ts';
import { intervalAt } from '../../study/schedule.ts';
import { readSettings } from '../../study/settings.ts';
import { today } from '../../study/today.ts';
import { loadLog, loadSettings, saveSettings } from './extras-store.ts';
import { loadStudyIndex } from './study-index.ts';
import { loadProgress, onProgressChange } from './store.ts';

/**
 * <study-plan>: the interview date, minutes a day, the daily new-question limit and the desired
 * retention; says what today holds and what the retention costs in reviews.
 */
class StudyPlan extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#save(form);
    });
    this.querySelector('[data-clear-date]')?.addEventListener('click', () => {
      const date = form?.elements.namedItem('interviewDate') as HTMLInputElement | null;
      if (date) date.value = '';
      if (form) this.#save(form);
    });
    const retention = form?.elements.namedItem('retention') as HTMLInputElement | null;
    retention?.addEventListener('input', () => this.#tradeOff(Number(retention.value)));
    this.#fill(form);
    onProgressChange(() => void this.#render());
    void this.#render();
    this.hidden = false;
  }

  #fill(form: HTMLFormElement | null | undefined): void {
    if (!form) return;
    const settings = loadSettings();
    const set = (name: string, value: string) => {
      const field = form.elements.namedItem(name) as HTMLInputElement | null;
      if (field) field.value = value;
    };
    set('interviewDate', settings.interviewDate ?? '');
    set('minutesPerDay', String(settings.minutesPerDay));
    set('newPerDay', String(settings.newPerDay));
    set('retention', settings.retention.toFixed(2));
    const date = form.elements.namedItem('interviewDate') as HTMLInputElement | null;
    if (date) date.min = dayKey(new Date());
    this.#tradeOff(settings.retention);
  }

  #save(form: HTMLFormElement): void {
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '');
    const date = value('interviewDate');
    const saved = loadSettings();
    delete saved.interviewDate;
    // Each field is validated like imported settings: a bad one falls back to its default.
    saveSettings(
      readSettings({
        ...saved,
        minutesPerDay: Number(value('minutesPerDay')),
        newPerDay: Number(value('newPerDay')),
        retention: Math.round(Number(value('retention')) * 100) / 100,
        ...(date === '' ? {} : { interviewDate: date }),
      }),
    );
    this.#fill(form);
    const status = this.querySelector('[data-plan-saved]');
    if (status) status.textContent = 'Plan saved.';
  }

  #tradeOff(retention: number): void {
    const text = this.querySelector('[data-trade-off]');
    if (text && retention >= 0.8 && retention <= 0.97)
      text.textContent = retentionTradeOff(retention, intervalAt);
  }

  async #render(): Promise<void> {
    const index = await loadStudyIndex().catch(() => undefined);
    if (!index) return;
    const day = today(index.questions, loadProgress(), loadSettings(), loadLog(), new Date());
    const summary = this.querySelector('[data-plan-summary]');
    if (summary) summary.textContent = day.plan.summary;
    const finish = this.querySelector<HTMLElement>('[data-plan-finish]');
    if (finish) finish.dataset.lastNewDay = day.plan.lastNewDay ? dayKey(day.plan.lastNewDay) : '';
    if (finish)
      finish.textContent = day.plan.lastNewDay
        ? `At this pace every question has been seen by ${new Intl.DateTimeFormat(undefined, { dateStyle: 'full' }).format(day.plan.lastNewDay)}, and each comes back before the interview.`
        : '';
  }
}

customElements.define('study-plan', StudyPlan);
