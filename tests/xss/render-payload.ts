import { DiagnosticSink, type Diagnostic } from '../../src/content/diagnostics.ts';
import { parseGuide } from '../../src/content/load-guides.ts';
import { buildGuideTrees, guideFragments } from '../../src/render/guide-trees.ts';
import { fragmentHtml } from '../../src/render/markdown-html.ts';
import { guideWith, type Payload } from './payloads.ts';

/** What the check says of a payload's guide, and the HTML the renderer writes from the same trees. */
export async function checkAndRender(
  payload: Payload,
): Promise<{ diagnostics: Diagnostic[]; html: string }> {
  const file = `hostile/${payload.name}.${payload.mdx ? 'mdx' : 'md'}`;
  const sink = new DiagnosticSink(file);
  const guideFiles = new Map([[`${payload.name}.md`, payload.name]]);
  const context = {
    file,
    slug: payload.name,
    isMdx: payload.mdx === true,
    guideFiles,
    tsVersions: {
      root: '/nonexistent',
      guidesDir: '/nonexistent',
      baseName: payload.name,
      guideFile: file,
    },
  };
  const guide = parseGuide(new TextEncoder().encode(guideWith(payload)), context, sink);
  if (!guide) return { diagnostics: sink.items, html: '' };
  const fragments = guideFragments(buildGuideTrees(guide, guideFiles));
  const html = (await Promise.all(fragments.map((f) => fragmentHtml(f, {})))).join('\n');
  return { diagnostics: sink.items, html };
}
