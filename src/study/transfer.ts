import * as z from 'zod/mini';
import { migrateV1 } from './progress.ts';
import { CURRENT_VERSION, type Progress, QuestionIdSchema, QuestionProgressSchema, StoredProgressV1Schema } from './schema.ts';

/** The file a candidate downloads: their whole progress, with what made it. */
export const ExportFileSchema = z.object({
  app: z.literal('interview-prep'),
  exportedAt: z.iso.datetime(),
  version: z.literal(CURRENT_VERSION),
  questions: z.record(QuestionIdSchema, QuestionProgressSchema),
});

export function exportProgress(progress: Progress, now: Date = new Date()): string {
  return `${JSON.stringify({ app: 'interview-prep', exportedAt: now.toISOString(), version: CURRENT_VERSION, questions: progress.questions }, null, 2)}\n`;
}

export type ImportResult = { ok: true; progress: Progress; count: number } | { ok: false; message: string };

/**
 * Reads an exported file strictly: anything that does not validate rejects the whole file with a
 * message naming the problem, so an import never half-applies.
 */
export function parseImport(text: string, now: Date = new Date()): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a progress export: it is not valid JSON. Nothing was changed.' };
  }
  const v1 = StoredProgressV1Schema.safeParse(data);
  if (v1.success) {
    const progress = migrateV1(v1.data, now);
    return { ok: true, progress, count: Object.keys(progress.questions).length };
  }
  const parsed = ExportFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join(' › ')}` : '';
    const app = typeof data === 'object' && data !== null && (data as { app?: unknown }).app === 'interview-prep';
    const what = app ? `it has an invalid value${where} (${issue?.message ?? 'unknown problem'})` : 'it is not a progress export from this site';
    return { ok: false, message: `This file could not be imported: ${what}. Nothing was changed.` };
  }
  return { ok: true, progress: { version: CURRENT_VERSION, questions: parsed.data.questions }, count: Object.keys(parsed.data.questions).length };
}
