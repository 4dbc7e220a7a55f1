/** The localStorage key study progress is saved under. */
export const PROGRESS_KEY = 'interview-prep.progress';
