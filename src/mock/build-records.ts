import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../config/site.ts';
import { readPredictMarker, sourceWithoutMarker } from '../examples/predict-marker.ts';
import type { Site } from '../site/load-site.ts';
import { questionId } from '../study/ids.ts';
import type { MockIndex, MockQuestion, PredictIndex } from './records.ts';
import { TS_VERSION_FILE } from '../content/ts-version-name.ts';

/**
 * Every question a mock round may draw, with what its reveal shows: each guide's as the guides
 * loader made them from the rendered guide (src/study/mock-questions.ts), so no guide is read here.
 */
export function mockIndex(site: Site): MockIndex {
  return {
    questions: site.guides.flatMap(
      (summary) => JSON.parse(site.studyJson(summary.slug, 'mock')) as MockQuestion[],
    ),
  };
}

/** Every example marked `// @predict`, with its code and recorded output (the check vouched for both). */
export function predictIndex(site: Site, guidesDir = siteConfig.guidesDir): PredictIndex {
  const examples: PredictIndex['examples'] = [];
  for (const guide of site.guides) {
    const dir = join(guidesDir, guide.slug);
    if (!existsSync(dir)) continue;
    const byNumber = new Map(guide.questions.map((q) => [q.number, q]));
    for (const file of readdirSync(dir).sort((a, b) =>
      a.localeCompare(b, 'en', { numeric: true }),
    )) {
      const name = TS_VERSION_FILE.exec(file);
      const question = name ? byNumber.get(Number(name[1])) : undefined;
      if (!name || !question) continue;
      const source = readFileSync(join(dir, file), 'utf8');
      const outputFile = join(dir, file.replace(/\.ts$/, '.output.txt'));
      const output = existsSync(outputFile) ? readFileSync(outputFile, 'utf8') : undefined;
      const { marker, problems } = readPredictMarker(source, output);
      if (!marker || problems.length > 0 || output === undefined) continue;
      examples.push({
        id: `${guide.slug}/${file.replace(/\.ts$/, '')}`,
        questionId: questionId(guide.slug, question.number),
        url: question.url,
        title: question.title,
        mode: marker.mode,
        code: sourceWithoutMarker(source, marker),
        output,
      });
    }
  }
  return { examples };
}
