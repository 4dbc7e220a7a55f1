import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../deploy/headers-file.ts';

/** Writes `_headers` (Netlify, Cloudflare Pages) into the built site, for the base it was built for. */
export function staticHostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'interview-prep:static-host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(base));
      },
    },
  };
}
