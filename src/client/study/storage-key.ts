/** The localStorage key study progress is saved under. */
export const PROGRESS_KEY = 'interview-prep.progress';
/** Study settings (retention, plan, last export) and the bounded review log. */
export const SETTINGS_KEY = 'interview-prep.settings';
export const REVIEWS_KEY = 'interview-prep.reviews';
