import fs, { mkdirSync, readdirSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { link, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Pages a build keeps from the last one are hard links to Astro's copies, not new copies.
 *
 * With `experimental.incrementalBuild`, Astro keeps every keyed page it renders in its cache
 * (`<cacheDir>/dist/`) and, in a later build, copies each page whose key is unchanged from there
 * into the output folder, unless the output already holds that file. At 2,000 questions that is
 * 4,400 files and 330 MB written by every build after a one-guide edit: 1.5 to 2.7 s here, most
 * of it waiting on the disk. So while Astro starts, this integration empties the output folder
 * itself and links every file of Astro's cache into it; Astro then finds the unchanged pages in
 * place and renders the others over them. After the build, the linked files Astro did not produce
 * (their paths are gone from `getStaticPaths`) are removed, before any later step reads the site.
 *
 * A linked file is shared by Astro's cache, this build's output and the site being served. No
 * write may change it in place: during a build, `fs.promises.writeFile` (how Astro writes a page
 * and its cache copy) replaces any file under those folders (unlink, then write) instead of
 * truncating it. tests/e2e/dev-server.spec.ts checks that a build leaves every file of the site it
 * replaces as it was.
 */
export function keptPages(): AstroIntegration {
  let building = false;
  let outDir = '';
  let linking: Promise<string[]> = Promise.resolve([]);
  let linked: string[] = [];
  let restoreWrites: (() => void) | undefined;
  return {
    name: 'interview-prep:kept-pages',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        building = command === 'build';
        // The integration empties the output itself, so Astro must not do it after the links
        // are made. Set on every build, not only on those that link: Astro's cache is keyed by
        // its configuration, which must not change between a first build and the next.
        if (building) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        if (!building) return;
        outDir = resolve(fileURLToPath(config.outDir));
        const cacheCopies = fileURLToPath(new URL('dist/', config.cacheDir));
        emptyFolder(outDir);
        restoreWrites = replaceOnWrite([outDir, cacheCopies]);
        // Made while Astro starts up and loads the content (no page is written before
        // astro:build:start, which waits for them).
        if (config.experimental.incrementalBuild) linking = linkFiles(cacheCopies, outDir);
      },
      'astro:build:start': async ({ logger }) => {
        linked = await linking;
        if (linked.length > 0)
          logger.info(`${linked.length} pages of the last build linked in place`);
      },
      'astro:build:done': ({ assets, logger }) => {
        restoreWrites?.();
        const removed = removeUnproduced(outDir, linked, assets);
        if (removed > 0) logger.info(`${removed} pages no longer built removed`);
      },
    },
  };
}

/** Empties a folder as Astro's own build would (keeping a `.git`), creating it if missing. */
export function emptyFolder(folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder)) {
    if (name !== '.git') rmSync(join(folder, name), { recursive: true, force: true });
  }
}

/**
 * Links every file under `from` to the same path under `to`; returns the links made. A file that
 * cannot be linked is left to Astro, which copies it if it needs it; linking stops at the first
 * file on another filesystem (then none can be linked). It never rejects, so every link made is
 * in the list the build later checks. The links are made a few folders at a time, off the main
 * thread.
 */
export async function linkFiles(from: string, to: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(from, { recursive: true, withFileTypes: true });
  } catch {
    return []; // no cache yet
  }
  const byFolder = new Map<string, string[]>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const folder = join(to, relative(from, entry.parentPath));
    const names = byFolder.get(folder);
    if (names) names.push(entry.name);
    else byFolder.set(folder, [entry.name]);
  }
  const folders = [...byFolder];
  const made: string[] = [];
  let otherFilesystem = false;
  let next = 0;
  const linkFolders = async () => {
    while (next < folders.length && !otherFilesystem) {
      const [folder, names] = folders[next++] as [string, string[]];
      try {
        await mkdir(folder, { recursive: true });
      } catch {
        continue; // its files are left to Astro
      }
      for (const name of names) {
        const target = join(folder, name);
        try {
          await link(join(from, relative(to, folder), name), target);
          made.push(target);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EXDEV') otherFilesystem = true;
          if (otherFilesystem) break;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, linkFolders));
  return made;
}

/**
 * Removes the linked files that the build did not produce (`assets`: every file Astro wrote or
 * kept, by route), and the folders that leaves empty. Returns how many were removed.
 */
export function removeUnproduced(
  outDir: string,
  linked: readonly string[],
  assets: ReadonlyMap<string, readonly URL[]> | undefined,
): number {
  if (linked.length === 0) return 0;
  if (!(assets instanceof Map)) {
    throw new Error('Astro did not list the files it built, so the kept pages cannot be checked');
  }
  const produced = new Set<string>();
  for (const urls of assets.values()) for (const url of urls) produced.add(fileURLToPath(url));
  let removed = 0;
  for (const file of linked) {
    if (produced.has(file)) continue;
    unlinkSync(file);
    removed += 1;
    removeEmptyFolders(dirname(file), outDir);
  }
  return removed;
}

function removeEmptyFolders(folder: string, root: string): void {
  const inside = resolve(root) + sep;
  for (let current = folder; current.startsWith(inside); current = dirname(current)) {
    try {
      rmdirSync(current);
    } catch {
      return; // not empty
    }
  }
}

/**
 * Until the returned function is called, `fs.promises.writeFile` to a path under one of `folders`
 * first removes the file there, so the write makes a new file and never changes one that other
 * paths link to.
 */
export function replaceOnWrite(folders: readonly string[]): () => void {
  const roots = folders.map((folder) => resolve(folder) + sep);
  const promises = fs.promises;
  const write = promises.writeFile;
  const replacing: typeof write = async (file, data, options) => {
    const path =
      typeof file === 'string' ? resolve(file) : file instanceof URL ? fileURLToPath(file) : '';
    if (roots.some((root) => path.startsWith(root))) await promises.rm(path, { force: true });
    return write(file, data, options);
  };
  promises.writeFile = replacing;
  return () => {
    if (promises.writeFile === replacing) promises.writeFile = write;
  };
}
