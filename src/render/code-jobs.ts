import type { Code, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ParsedGuide } from '../content/load-guides.ts';

/** A piece of code the pages will show highlighted. */
export interface CodeJob {
  code: string;
  lang: string;
}

/**
 * Every code block a guide's pages highlight (the TypeScript versions included), with the language
 * the renderer passes, so the build can highlight them ahead of time on every core.
 */
export function codeJobs(guide: ParsedGuide): CodeJob[] {
  const nodes: RootContent[] = [...guide.lede, ...(guide.quickRead?.nodes ?? [])];
  for (const section of guide.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'markdown') nodes.push(...block.nodes);
      else {
        const q = block.question;
        nodes.push(...q.quickAnswer, ...q.detailedAnswer, ...(q.codeExample ?? []), ...q.followUps);
      }
    }
  }
  const jobs: CodeJob[] = [];
  for (const node of nodes)
    visit(
      node,
      'code',
      (code: Code) => void jobs.push({ code: code.value, lang: code.lang ?? '' }),
    );
  for (const tsVersion of guide.tsVersions.values())
    jobs.push({ code: tsVersion.source, lang: 'ts' });
  return jobs;
}
