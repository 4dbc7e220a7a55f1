import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { type Diagnostic, diagnostic } from './diagnostics.ts';
import type { GuideFiles } from './links.ts';
import { slugify } from './slug.ts';

/** Where the guides are. */
export interface GuideFolder {
  /** Folder holding the guides. */
  guidesDir: string;
  /** Project root: file paths in messages are relative to it. */
  root: string;
}

const GUIDE_EXTENSIONS = new Set(['.md', '.mdx']);

/** Guide files: `.md`/`.mdx` directly in the folder; names starting with `_` or `.` are drafts. */
export function listGuideFiles(guidesDir: string): string[] {
  return findGuideFiles(guidesDir).names;
}

/**
 * Guide files, with links followed when they stay inside the folder; a link that leads out of it
 * (or nowhere) is refused, never skipped without a word.
 */
export function findGuideFiles(
  guidesDir: string,
  root = guidesDir,
): { names: string[]; refused: Array<{ name: string; reason: string }> } {
  const names: string[] = [];
  const refused: Array<{ name: string; reason: string }> = [];
  const folder = realpathSync(guidesDir);
  for (const entry of readdirSync(guidesDir, { withFileTypes: true })) {
    if (!GUIDE_EXTENSIONS.has(extname(entry.name)) || /^[_.]/.test(entry.name)) continue;
    if (entry.isFile()) names.push(entry.name);
    else if (entry.isSymbolicLink()) {
      const target = linkTarget(join(guidesDir, entry.name));
      if (target && target.startsWith(folder + sep) && statSync(target).isFile())
        names.push(entry.name);
      else
        refused.push({
          name: entry.name,
          reason: target
            ? `a link to ${relative(realpathSync(root), target).split(sep).join('/')}, outside the folder`
            : 'a link to nothing',
        });
    }
  }
  return { names: names.sort(), refused };
}

function linkTarget(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** Every guide file's name mapped to its slug: what links may point at. */
export function guideFileMap(names: readonly string[]): GuideFiles {
  return new Map(names.map((name) => [name, slugify(name.slice(0, -extname(name).length))]));
}

/** A guide's path relative to the project root, as messages name it. */
export function guidePath({ guidesDir, root }: GuideFolder, name: string): string {
  return relative(root, join(guidesDir, name)).split('\\').join('/');
}

/** Problems of the folder itself: links that lead out of it, and two files behind one page address (both named). */
export function fileDiagnostics(
  options: GuideFolder,
  names: readonly string[],
  refused: ReadonlyArray<{ name: string; reason: string }>,
  guideFiles: GuideFiles,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = refused.map(({ name, reason }) =>
    diagnostic({ file: guidePath(options, name), line: 1, field: 'file' }, 'file.link-outside', {
      folder: relative(options.root, options.guidesDir) || '.',
      found: reason,
    }),
  );
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const slug = guideFiles.get(name) ?? name;
    const clash = bySlug.get(slug);
    if (clash) {
      const address = `/guides/${slug}/`;
      diagnostics.push(
        diagnostic(
          { file: guidePath(options, clash), line: 1, field: 'file name' },
          'file.slug-clash',
          { address, other: name },
        ),
      );
      diagnostics.push(
        diagnostic(
          { file: guidePath(options, name), line: 1, field: 'file name' },
          'file.slug-clash',
          { address, other: clash },
        ),
      );
    }
    bySlug.set(slug, name);
  }
  return diagnostics;
}

/** Files whose page address an earlier file (by name) already has. */
export function repeatedSlugs(names: readonly string[], guideFiles: GuideFiles): Set<string> {
  const seen = new Set<string>();
  const repeats = new Set<string>();
  for (const name of names) {
    const slug = guideFiles.get(name) ?? name;
    if (seen.has(slug)) repeats.add(name);
    seen.add(slug);
  }
  return repeats;
}
