import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../config/site.ts';
import { TS_VERSION_FILE } from '../../content/ts-version-name.ts';

/** A copy of every TypeScript version, for the "needs Node" panel's download link. */
export const getStaticPaths = (() => {
  const dir = siteConfig.guidesDir;
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .filter((entry) => ['.md', '.mdx'].some((ext) => existsSync(join(dir, entry.name + ext))))
    .flatMap((entry) =>
      readdirSync(join(dir, entry.name))
        .filter((name) => TS_VERSION_FILE.test(name))
        .map((name) => {
          const path = join(dir, entry.name, name);
          // Its own bytes: copied from the last build while they are unchanged.
          const cacheKey = createHash('sha256').update(readFileSync(path)).digest('hex');
          return { params: { file: `${entry.name}/${name}` }, cacheKey, props: { path } };
        }),
    );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = ({ props }) =>
  new Response(readFileSync(props.path, 'utf8'), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
