import { basename } from 'node:path';
import type { TsVersion } from '../content/ts-versions.ts';
import { TS_VERSION_FILE } from '../content/ts-version-name.ts';
import { readPredictMarker, sourceWithoutMarker } from '../examples/predict-marker.ts';
import type { PredictExample } from '../mock/records.ts';
import type { GuideSummary } from '../render/render-guide.ts';
import { questionId } from './ids.ts';

/**
 * A guide's examples marked `// @predict`, with code and recorded output (the check vouched for
 * both), for predict-the-output drills: from the TypeScript versions the check read, in the order
 * of their questions and blocks.
 */
export function predictExamples(
  guide: GuideSummary,
  tsVersions: Iterable<TsVersion>,
): PredictExample[] {
  const byNumber = new Map(guide.questions.map((q) => [q.number, q]));
  const numbered = [...tsVersions].flatMap((tsVersion) => {
    const name = TS_VERSION_FILE.exec(basename(tsVersion.path));
    return name ? [{ tsVersion, question: Number(name[1]), block: Number(name[2]) }] : [];
  });
  numbered.sort((a, b) => a.question - b.question || a.block - b.block);
  return numbered.flatMap(({ tsVersion, question: number }) => {
    const question = byNumber.get(number);
    const output = tsVersion.expectedOutput;
    const { marker, problems } = readPredictMarker(tsVersion.source, output);
    if (!question || !marker || problems.length > 0 || output === undefined) return [];
    return [
      {
        id: tsVersion.id,
        questionId: questionId(guide.slug, question.number),
        url: question.url,
        title: question.title,
        mode: marker.mode,
        code: sourceWithoutMarker(tsVersion.source, marker),
        output,
      },
    ];
  });
}
