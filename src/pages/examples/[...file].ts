import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../config/site.ts';

/** A copy of every TypeScript version, for the "needs Node" panel's download link. */
export const getStaticPaths = (() => {
  const dir = siteConfig.guidesDir;
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .filter((entry) => ['.md', '.mdx'].some((ext) => existsSync(join(dir, entry.name + ext))))
    .flatMap((entry) =>
      readdirSync(join(dir, entry.name))
        .filter((name) => /^q\d+-\d+\.ts$/.test(name))
        .map((name) => ({
          params: { file: `${entry.name}/${name}` },
          props: { path: join(dir, entry.name, name) },
        })),
    );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = ({ props }) =>
  new Response(readFileSync(props.path, 'utf8'), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
