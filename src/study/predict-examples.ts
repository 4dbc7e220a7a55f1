import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TS_VERSION_FILE } from '../content/ts-version-name.ts';
import { readPredictMarker, sourceWithoutMarker } from '../examples/predict-marker.ts';
import type { PredictExample } from '../mock/records.ts';
import type { GuideSummary } from '../render/render-guide.ts';
import { questionId } from './ids.ts';

/**
 * A guide's examples marked `// @predict`, with code and recorded output (the check vouched for
 * both), for predict-the-output drills: read from the TypeScript versions in its folder.
 */
export function predictExamples(guide: GuideSummary, guidesDir: string): PredictExample[] {
  const dir = join(guidesDir, guide.slug);
  if (!existsSync(dir)) return [];
  const byNumber = new Map(guide.questions.map((q) => [q.number, q]));
  const examples: PredictExample[] = [];
  for (const file of readdirSync(dir).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
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
  return examples;
}
