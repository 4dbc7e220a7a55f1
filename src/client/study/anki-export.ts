import { ankiFile } from '../../study/anki.ts';
import type { StudyQuestion } from '../../study/index-schema.ts';
import { cardContent } from './card-content.ts';
import { download } from './download.ts';
import { sitePath } from '../base-path.ts';

/** Builds the Anki import file for `questions` from the built answers and downloads it. */
export async function exportToAnki(
  questions: readonly StudyQuestion[],
  name: string,
): Promise<void> {
  const notes = await Promise.all(
    questions.map(async (q) => ({
      question: q.title,
      quickAnswerHtml: (await cardContent(q)).quickAnswerHtml,
      url: new URL(sitePath(q.url), location.href).href,
      level: q.level,
      guide: q.guide,
      topics: q.tags,
      companies: q.companies,
    })),
  );
  download(ankiFile(notes, 'Interview Prep'), `${name}.txt`, 'text/plain');
}
