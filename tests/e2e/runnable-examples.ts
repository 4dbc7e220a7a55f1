import { classifyTsVersion } from '../../src/examples/browser-runnable.ts';
import { questionUrl } from '../../src/site/urls.ts';
import { guides } from './site-data.ts';

/** A TypeScript version as the tests meet it on its question's page. */
export interface PageExample {
  id: string;
  path: string;
  runsIn: 'browser' | 'node';
}

export const pageExamples: PageExample[] = guides.flatMap((guide) =>
  [...guide.tsVersions.values()].map((tsVersion) => {
    const number = Number(/\/q(\d+)-\d+$/.exec(tsVersion.id)?.[1]);
    const question = guide.questions.find((q) => q.meta.number === number);
    return {
      id: tsVersion.id,
      path: questionUrl(guide.slug, number, question?.meta.title ?? ''),
      runsIn: classifyTsVersion(tsVersion.id, tsVersion.source).where,
    };
  }),
);

export const browserExamples = pageExamples.filter((e) => e.runsIn === 'browser');
