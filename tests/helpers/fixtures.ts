import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatDiagnostic } from '../../src/content/diagnostics.ts';
import { loadGuides, type LoadResult } from '../../src/content/load-guides.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const fixturesDir = join(projectRoot, 'tests/fixtures');

/** Scenario folders under tests/fixtures/<kind>/, each a small guide folder. */
export function scenarios(kind: 'valid' | 'invalid'): string[] {
  return readdirSync(join(fixturesDir, kind)).sort();
}

export function scenarioDir(kind: 'valid' | 'invalid', name: string): string {
  return join(fixturesDir, kind, name);
}

export function loadScenario(kind: 'valid' | 'invalid', name: string): LoadResult {
  return loadGuides({ guidesDir: scenarioDir(kind, name), root: projectRoot });
}

export function messages(result: LoadResult): string[] {
  return result.diagnostics.map(formatDiagnostic);
}
