import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadGuides } from '../../src/content/load-guides.ts';
import { generateCorpus } from './generate-corpus.ts';

/** The reading-cost point: a large guide and one `factor` times larger, each read and checked cold. */
export interface ReadingCost {
  smallMB: number;
  smallSeconds: number;
  largeMB: number;
  largeSeconds: number;
  /** largeSeconds / smallSeconds: about `factor` when reading is linear in the guide's size. */
  ratio: number;
}

/** Questions in the smaller guide: about 2.6 MB of Markdown. */
const SMALL_QUESTIONS = 520;

export async function readingCost(factor = 4): Promise<ReadingCost> {
  const small = await readOneGuide(SMALL_QUESTIONS);
  const large = await readOneGuide(SMALL_QUESTIONS * factor);
  return {
    smallMB: round(small.bytes / 1e6),
    smallSeconds: round(small.seconds),
    largeMB: round(large.bytes / 1e6),
    largeSeconds: round(large.seconds),
    ratio: round(large.seconds / small.seconds),
  };
}

/** Generates one guide of `questions` questions and times reading and checking it, with no cache. */
async function readOneGuide(questions: number): Promise<{ bytes: number; seconds: number }> {
  const work = mkdtempSync(join(tmpdir(), 'interview-reading-'));
  try {
    const guidesDir = join(work, 'guides');
    generateCorpus(guidesDir, { questions, perGuide: questions });
    const bytes = statSync(join(guidesDir, 'guide-00000.md')).size;
    const started = performance.now();
    // Read, parse and check (every rule, no cache): what a build and the check do per guide.
    const report = loadGuides({ guidesDir, root: work });
    const seconds = (performance.now() - started) / 1000;
    if (report.diagnostics.length > 0)
      throw new Error(`the generated guide has problems: ${report.diagnostics[0]?.message}`);
    return { bytes, seconds };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** `node scripts/bench/reading-cost.ts`: the reading-cost point alone, as one JSON line. */
if (import.meta.main) console.log(JSON.stringify(await readingCost()));
