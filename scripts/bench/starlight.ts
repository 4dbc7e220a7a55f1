import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate-corpus.ts';

/**
 * The same synthetic corpus built by Starlight, for `npm run bench -- --starlight`: a Starlight
 * project of its own, installed once from the npm registry into the cache folder (with the Astro
 * this project uses), with the guides as Starlight docs. Its pages are the guide pages alone,
 * their code blocks drawn by Expressive Code, Starlight's own.
 */
export const STARLIGHT_VERSION = '0.42.4';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface StarlightProject {
  dir: string;
  /** Astro's command-line entry inside the project, run with this Node. */
  astro: string;
  guidesDir: string;
}

/** Installs Starlight if this cache has not yet, and gives the project a fresh copy of the corpus. */
export function starlightProject(questions: number, perGuide: number): StarlightProject {
  const astroVersion = (
    JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const dir = join(
    projectRoot,
    'node_modules/.cache/interview-prep',
    `starlight-${STARLIGHT_VERSION}-astro-${astroVersion}`,
  );
  const astro = join(dir, 'node_modules/astro/bin/astro.mjs');
  if (!existsSync(join(dir, 'node_modules/@astrojs/starlight/package.json'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
    console.error(`installing @astrojs/starlight@${STARLIGHT_VERSION} into ${dir} …`);
    const install = spawnSync(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        `astro@${astroVersion}`,
        `@astrojs/starlight@${STARLIGHT_VERSION}`,
      ],
      { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (install.status !== 0)
      throw new Error(`--starlight: npm install in ${dir} failed (exit ${install.status})`);
  }
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      '',
      "export default defineConfig({ integrations: [starlight({ title: 'Bench' })] });",
      '',
    ].join('\n'),
  );
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      '',
      'export const collections = {',
      '  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),',
      '};',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'src/content/docs/index.md'),
    '---\ntitle: Bench\n---\n\nThe synthetic guides.\n',
  );
  // A cold start: no content store, no earlier site.
  for (const stale of ['src/content/docs/guides', '.astro', 'node_modules/.astro', 'dist'])
    rmSync(join(dir, stale), { recursive: true, force: true });
  const guidesDir = join(dir, 'src/content/docs/guides');
  // The TypeScript versions are written too; Starlight's loader reads only the Markdown.
  generateCorpus(guidesDir, { questions, perGuide });
  return { dir, astro, guidesDir };
}
