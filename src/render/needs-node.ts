import type { Element } from 'hast';
import { h } from 'hastscript';
import packageJson from '../../package.json' with { type: 'json' };
import type { TsVersion } from '../content/ts-versions.ts';
import type { RunsIn } from '../examples/browser-runnable.ts';

const VERSIONS: Readonly<Record<string, string>> = {
  ...packageJson.devDependencies,
  ...packageJson.dependencies,
};

/** Where the build writes a copy of each TypeScript version for download. */
export function downloadPath(tsVersionId: string): string {
  return `/examples/${tsVersionId}.ts`;
}

/**
 * For an example that needs Node: why, and what works instead: the file, the packages it
 * imports (at the versions the tests ran), and a Node that runs TypeScript by itself.
 */
export function needsNodePanel(
  tsVersion: TsVersion,
  runsIn: Extract<RunsIn, { where: 'node' }>,
): Element {
  const fileName = tsVersion.id.split('/').at(-1) ?? tsVersion.id;
  const install = runsIn.packages.map((name) =>
    Object.hasOwn(VERSIONS, name) ? `${name}@${VERSIONS[name]}` : name,
  );
  const redis = runsIn.reasons.includes('needs a Redis server');
  return h('div.needs-node', [
    h('p.needs-node-title', [
      h('strong', 'Runs with Node, not in the page: '),
      `it ${joinWords(runsIn.reasons)}.`,
    ]),
    h('ol.needs-node-steps', [
      h('li', [
        'Download ',
        h('a', { href: downloadPath(tsVersion.id), download: `${fileName}.ts` }, `${fileName}.ts`),
        '.',
      ]),
      install.length > 0
        ? h('li', ['Install what it imports: ', h('code', `npm install ${install.join(' ')}`)])
        : undefined,
      redis
        ? h('li', [
            'Start a Redis server and point the example at it: ',
            h('code', 'REDIS_URL=redis://127.0.0.1:6379'),
          ])
        : undefined,
      h('li', [
        'Run it with Node 22.18 or later (or 23.6 and later), which strips TypeScript types by itself: ',
        h('code', `node ${fileName}.ts`),
        '. Node 20 refuses a .ts file.',
      ]),
    ]),
  ]);
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
