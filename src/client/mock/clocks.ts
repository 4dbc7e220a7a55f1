import {
  type Countdown,
  countdownAt,
  formatClock,
  type Milestone,
  milestonesBetween,
  spokenDuration,
} from '../../mock/countdown.ts';

const SAID: Record<Milestone, (what: string, duration: number) => string> = {
  halfway: (what, duration) => `Halfway through ${what}: ${spokenDuration(duration / 2)} left.`,
  'five-minutes': (what) => `5 minutes left for ${what}.`,
  'one-minute': (what) => `1 minute left for ${what}.`,
  'time-up': (what) => `Time is up for ${what}.`,
};

export interface Clock {
  countdown: Countdown;
  /** "this question", "the round": how announcements name it. */
  name: string;
  element: HTMLElement | null;
}

/**
 * Ticks once a second: redraws each visible countdown (a `role="timer"`, which screen readers do
 * not read out on each change) and returns the milestones passed since the last tick, in words.
 */
export class ClockTicker {
  #clocks: Clock[] = [];
  #last = 0;
  #interval: ReturnType<typeof setInterval> | undefined;
  readonly #announce: (text: string) => void;

  constructor(announce: (text: string) => void) {
    this.#announce = announce;
  }

  start(clocks: Clock[]): void {
    this.stop();
    this.#clocks = clocks;
    this.#last = Date.now();
    this.#draw(this.#last);
    this.#interval = setInterval(() => this.#tick(), 1000);
  }

  stop(): void {
    if (this.#interval !== undefined) clearInterval(this.#interval);
    this.#interval = undefined;
  }

  #tick(): void {
    const now = Date.now();
    const said = this.#clocks.flatMap((clock) =>
      milestonesBetween(clock.countdown, this.#last, now).map((m) =>
        SAID[m](clock.name, clock.countdown.durationMs),
      ),
    );
    this.#last = now;
    this.#draw(now);
    if (said.length > 0) this.#announce(said.join(' '));
  }

  #draw(now: number): void {
    for (const clock of this.#clocks) {
      if (!clock.element) continue;
      const state = countdownAt(clock.countdown, now);
      clock.element.textContent = formatClock(state.remainingMs);
      clock.element.classList.toggle('is-low', state.remainingMs <= 60_000);
      clock.element.classList.toggle('is-up', state.expired);
    }
  }
}
