import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentKey, writeCacheFile } from '../cache/disk-cache.ts';
import { siteConfig } from '../config/site.ts';
import { codeDigest } from '../content/pipeline-version.ts';
import { readPredictMarker, sourceWithoutMarker } from '../examples/predict-marker.ts';
import type { RenderedGuide } from '../render/render-guide.ts';
import type { Site } from '../site/load-site.ts';
import { effectiveTags } from '../site/question-tags.ts';
import { questionId } from '../study/ids.ts';
import { keyPoints } from './key-points.ts';
import type { MockIndex, MockQuestion, PredictIndex } from './records.ts';
import { TS_VERSION_FILE } from '../content/ts-version-name.ts';

/** Every question a mock round may draw, with what its reveal shows. Built once per build. */
export function mockIndex(site: Site): MockIndex {
  return { questions: site.guides.flatMap((summary) => guideMockQuestions(site, summary.slug)) };
}

/**
 * One guide's mock questions, kept by the guide's digest and this folder's code: a build reads a
 * guide's HTML from disk only when the guide changed, not all of them (at 2,000 questions that
 * was about 1.7 s of every build, most of a one-guide rebuild's page work).
 */
function guideMockQuestions(site: Site, slug: string): MockQuestion[] {
  const file = join(
    siteConfig.renderCacheDir,
    `${contentKey('mock', mockCodeVersion(), site.guideDigest(slug))}.mock.json`,
  );
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as MockQuestion[];
  } catch {
    // not kept yet
  }
  const questions = mockQuestions(site.renderedGuide(slug));
  writeCacheFile(file, JSON.stringify(questions));
  return questions;
}

function mockQuestions(guide: RenderedGuide): MockQuestion[] {
  return guide.questions.map((q) => ({
    id: questionId(guide.slug, q.number),
    url: q.url,
    title: q.title,
    guideTitle: guide.frontmatter.title,
    facets: {
      company: [...q.companies],
      difficulty: [q.level],
      guide: [guide.frontmatter.title],
      tag: [...effectiveTags(q, guide.frontmatter)],
    },
    quickAnswerHtml: q.quickAnswerHtml,
    keyPoints: keyPoints(q.detailedAnswerHtml),
  }));
}

let codeVersion: string | undefined;

/** A digest of this folder's code, which makes the mock questions from a guide. */
function mockCodeVersion(): string {
  // From the project, not this module's URL: in the build this code runs from a bundled chunk.
  codeVersion ??= codeDigest(join(siteConfig.root, 'src'), ['mock']);
  return codeVersion;
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
