import { appendReview, readLog, type Review } from '../../study/review-log.ts';
import { readSettings, type StudySettings } from '../../study/settings.ts';
import { REVIEWS_KEY, SETTINGS_KEY } from './storage-key.ts';
import { notifyChange } from './store.ts';

// Settings and the review log live beside progress, each validated on every read like it.

function readJson(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

function writeJson(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage refused (private mode, full): the page keeps working; store.ts reports it once.
  }
  notifyChange();
}

export function loadSettings(): StudySettings {
  return readSettings(readJson(SETTINGS_KEY));
}

export function saveSettings(settings: StudySettings): void {
  writeJson(SETTINGS_KEY, settings);
}

export function changeSettings(change: Partial<StudySettings>): StudySettings {
  const next = { ...loadSettings(), ...change };
  saveSettings(next);
  return next;
}

export function loadLog(): Review[] {
  return readLog(readJson(REVIEWS_KEY));
}

export function saveLog(reviews: readonly Review[]): void {
  writeJson(REVIEWS_KEY, reviews);
}

export function logReview(review: Review): void {
  saveLog(appendReview(loadLog(), review));
}
