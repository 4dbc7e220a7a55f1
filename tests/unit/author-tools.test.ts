import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runGuideCheck } from '../../scripts/check-guides.ts';
import { scaffoldGuide } from '../../src/content/scaffold.ts';
import {
  FRONTMATTER_JSON_SCHEMA_FILE,
  frontmatterJsonSchema,
} from '../../src/content/schema/frontmatter-json-schema.ts';
import { projectRoot } from '../helpers/fixtures.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function guidesFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'new-guide-'));
  folders.push(folder);
  return join(folder, 'guides');
}

describe('npm run new -- <slug>', () => {
  it('scaffolds a guide with one question and its TypeScript version that passes the check', () => {
    const guidesDir = guidesFolder();
    const { written, refused } = scaffoldGuide(guidesDir, 'http-caching', projectRoot);
    expect(refused).toBeUndefined();
    expect(written.map((f) => f.split('/').slice(-2).join('/'))).toEqual([
      'guides/http-caching.md',
      'http-caching/q1-1.ts',
      'http-caching/q1-1.output.txt',
    ]);
    const text = readFileSync(join(guidesDir, 'http-caching.md'), 'utf8');
    expect(text).toContain('### Question 1: What is Http Caching and when would you use it?');
    expect(text).toMatch(
      /^# yaml-language-server: \$schema=.*schema\/guide-frontmatter\.schema\.json$/m,
    );
    const { ok, output } = runGuideCheck(guidesDir, { typecheck: true, root: projectRoot });
    expect(output).toMatch(/✓ 1 guide checked, no problems found\.$/);
    expect(ok).toBe(true);
  }, 120_000); // a compiler run on a machine whose cores may all be busy

  it('refuses a slug a guide already has, with one line, and leaves the guide alone', () => {
    const guidesDir = guidesFolder();
    scaffoldGuide(guidesDir, 'streams', projectRoot);
    writeFileSync(join(guidesDir, 'streams.md'), 'mine');
    const { written, refused } = scaffoldGuide(guidesDir, 'streams', projectRoot);
    expect(written).toEqual([]);
    expect(refused).toMatch(
      /streams\.md:1: slug: expected a slug no guide uses yet, received "streams", which .*streams\.md already has; hint: choose another slug, or edit the existing guide \(see README#checking-a-guide\)$/,
    );
    expect(refused?.split('\n')).toHaveLength(1);
    expect(readFileSync(join(guidesDir, 'streams.md'), 'utf8')).toBe('mine');
  });

  it.each(['Bad Slug', '_draft', 'trailing-', '../escape', 'UPPER'])(
    'refuses the invalid slug %j with one line',
    (slug) => {
      const { written, refused } = scaffoldGuide(guidesFolder(), slug, projectRoot);
      expect(written).toEqual([]);
      expect(refused).toContain(
        `slug: expected a slug in kebab-case (lower-case words joined by "-", like "http-caching"), received ${JSON.stringify(slug)}`,
      );
      expect(refused?.split('\n')).toHaveLength(1);
    },
  );
});

describe('the frontmatter JSON Schema for editors', () => {
  it('is committed as generated from the zod schema (run "npm run schema" after changing it)', () => {
    const committed = readFileSync(join(projectRoot, FRONTMATTER_JSON_SCHEMA_FILE), 'utf8');
    expect(committed).toBe(frontmatterJsonSchema());
  });

  it('names every key, requires all but questionCount, and refuses unknown keys', () => {
    const schema = JSON.parse(frontmatterJsonSchema()) as {
      properties: Record<string, { enum?: string[] }>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toContain('questionCount');
    expect(schema.required).not.toContain('questionCount');
    expect(schema.required).toContain('lastUpdated');
    expect(schema.properties.difficulty?.enum).toEqual(['beginner', 'intermediate', 'advanced']);
    expect(schema.additionalProperties).toBe(false);
  });
});
