import { loadProgress } from './store.ts';

/**
 * Study tools load after the page is idle, and only the parts the page uses. Reading the saved
 * progress once here means damaged data is repaired, and reported, on any page.
 */
loadProgress();
// Totals count only the site's questions: fetch their list beside the code that needs it.
if (
  document.querySelector(
    'study-progress, study-overview, progress-manager, practice-session, study-plan, progress-dashboard',
  )
)
  void import('./study-index.ts').then(({ loadStudyIndex }) =>
    loadStudyIndex().catch(() => undefined),
  );
const parts: Array<[string, () => Promise<unknown>]> = [
  ['study-controls', () => import('./question-controls.ts')],
  ['study-list', () => import('./study-list.ts')],
  ['study-progress', () => import('./guide-progress.ts')],
  ['study-overview', () => import('./overview.ts')],
  ['practice-session', () => import('./practice.ts')],
  ['progress-manager', () => import('./progress-manager.ts')],
  ['study-plan', () => import('./plan-settings.ts')],
  ['progress-dashboard', () => import('./dashboard.ts')],
];
await Promise.all(parts.filter(([tag]) => document.querySelector(tag)).map(([, load]) => load()));
