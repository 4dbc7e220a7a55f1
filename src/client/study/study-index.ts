import { type StudyIndex, StudyIndexSchema } from '../../study/index-schema.ts';
import { sitePath } from '../base-path.ts';

let loading: Promise<StudyIndex> | undefined;

/** The list of all questions (`/study/questions.json`), fetched once and validated. */
export function loadStudyIndex(): Promise<StudyIndex> {
  loading ??= fetch(sitePath('/study/questions.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`the question list answered ${response.status}`);
      return response.json();
    })
    .then((data: unknown) => StudyIndexSchema.parse(data));
  return loading;
}
