import { describe, expect, it } from 'vitest';
import { sortDiagnostics, formatDiagnostic } from '../../src/content/diagnostics.ts';
import { loadScenario, scenarios } from '../helpers/fixtures.ts';

describe('each malformed guide is reported with its file, line and field', () => {
  for (const name of scenarios('invalid')) {
    it(name, () => {
      const result = loadScenario('invalid', name);
      expect(result.diagnostics.length).toBeGreaterThan(0);
      for (const d of result.diagnostics) {
        expect(d.file).toMatch(
          new RegExp(
            `^tests/fixtures/invalid/${name}/([^/]+\\.mdx?|[^/]+/q\\d+-\\d+\\.(ts|output\\.txt))$`,
          ),
        );
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.message).toMatch(/^expected .+, received .+/);
      }
      expect(sortDiagnostics(result.diagnostics).map(formatDiagnostic)).toMatchSnapshot();
    });
  }
});

describe('valid guides with unusual but legal values pass', () => {
  for (const name of scenarios('valid')) {
    it(name, () => {
      const result = loadScenario('valid', name);
      expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
      expect(result.guides.length).toBe(result.fileCount);
    });
  }
});
