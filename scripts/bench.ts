import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { changeOneGuide, generateCorpus } from './bench/generate-corpus.ts';
import { readingCost } from './bench/reading-cost.ts';
import { STARLIGHT_VERSION, starlightProject } from './bench/starlight.ts';
import { processTree } from './lib/process-tree.ts';
import { ASTRO_ENV } from './lib/run.ts';

/**
 * `npm run bench -- --questions N`: generates N synthetic questions in a temporary folder, builds
 * them cold, changes one guide's answers and builds again, then its titles and builds again (every
 * page's sidebar changes), then (unless `--no-reading`) times the reading of
 * one large guide and of one four times larger, and prints one JSON line of figures. With
 * `--starlight` it then builds the same corpus with Starlight, cold and after the same edit.
 * A benchmark reports; it does not pass or fail on time.
 */
const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '2000' },
    keep: { type: 'boolean', default: false },
    reading: { type: 'boolean', default: true },
    starlight: { type: 'boolean', default: false },
  },
  allowNegative: true,
});
const questions = Number(values.questions);
if (!Number.isInteger(questions) || questions < 1) {
  console.error(`--questions: expected a whole number above 0, received "${values.questions}"`);
  process.exit(1);
}
const perGuide = 10;
const work = mkdtempSync(join(tmpdir(), 'interview-bench-'));
const guidesDir = join(work, 'content', 'guides');
const out = join(work, 'dist');
const env = { GUIDES_DIR: guidesDir, CACHE_DIR: join(work, 'cache') };

generateCorpus(guidesDir, { questions, perGuide });
const cold = await timedBuild('cold');
// The usual edit: one guide's answers and examples; only that guide's pages are rendered again.
// Starlight's rebuild (`--starlight`) measures the same edit.
const editAnswers = (dir: string) => changeOneGuide(dir, perGuide, 1, 'answers');
editAnswers(guidesDir);
const rebuild = await timedBuild('after an answers edit');
// A new guide title is on every page's sidebar, so every guide and question page is rendered again.
changeOneGuide(guidesDir, perGuide, 2, 'titles');
const retitle = await timedBuild('after a titles edit');

const pages = countFiles(out, (name) => name.endsWith('.html'));
const guidePage = readFileSync(join(out, 'guides', 'guide-00001', 'index.html'));
const figures = {
  questions,
  pages,
  coldBuildSeconds: round(cold.seconds),
  rebuildSeconds: round(rebuild.seconds),
  rebuildTitleSeconds: round(retitle.seconds),
  peakRssMB: Math.round(Math.max(cold.peakRss, rebuild.peakRss, retitle.peakRss) / 1024 / 1024),
  distMB: round(sizeOf(out) / 1024 / 1024),
  guidePageKBgz: round(gzipSync(guidePage).length / 1024),
  pagefindMB: round(sizeOf(join(out, 'pagefind')) / 1024 / 1024),
  // Each build's two steps, as the build reports them: reading the guides, then Astro.
  stepsSeconds: { cold: cold.steps, rebuild: rebuild.steps, retitle: retitle.steps },
  // CPU time (user + system) of each build's whole process tree: steadier than the wall time
  // when the machine is shared.
  cpuSeconds: { cold: cold.cpu, rebuild: rebuild.cpu, retitle: retitle.cpu },
  // The 1-minute load average as each build started and ended: the machine is shared.
  loadAverage: { cold: cold.load, rebuild: rebuild.load, retitle: retitle.load },
  // One large guide and one four times larger, each read and checked cold: linear reading gives a ratio near 4.
  reading: values.reading ? await readingCost(4) : undefined,
  starlight: values.starlight ? await starlight() : undefined,
};
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.error(`kept ${work}`);
console.log(JSON.stringify(figures));

/** Runs the real build (`scripts/build.ts`), timed, with the times of its two steps. */
async function timedBuild(
  name: string,
): Promise<Timed & { steps: { guides: number; astro: number } }> {
  const run = await timed(`ours, ${name}`, ['scripts/build.ts', '--out', out], process.cwd(), env);
  const steps = /guides ([\d.]+) s, then Astro ([\d.]+) s\./.exec(run.log);
  if (!steps)
    throw new Error(`the build did not report its steps' times:\n${run.log.slice(-2000)}`);
  return { ...run, steps: { guides: Number(steps[1]), astro: Number(steps[2]) } };
}

/** The same corpus built by Starlight, cold and after the same edit to one guide's answers. */
async function starlight() {
  const project = starlightProject(questions, perGuide);
  const build = (name: string) =>
    timed(`Starlight, ${name}`, [project.astro, 'build'], project.dir, {});
  const cold = await build('cold');
  editAnswers(project.guidesDir);
  const rebuild = await build('after an answers edit');
  return {
    version: STARLIGHT_VERSION,
    pages: countFiles(join(project.dir, 'dist'), (name) => name.endsWith('.html')),
    coldBuildSeconds: round(cold.seconds),
    rebuildSeconds: round(rebuild.seconds),
    peakRssMB: Math.round(Math.max(cold.peakRss, rebuild.peakRss) / 1024 / 1024),
    cpuSeconds: { cold: cold.cpu, rebuild: rebuild.cpu },
    loadAverage: { cold: cold.load, rebuild: rebuild.load },
  };
}

interface Timed {
  seconds: number;
  peakRss: number;
  load: number[];
  cpu: number;
  log: string;
}

/**
 * Runs a Node script with this Node, timing it and sampling the RSS of its whole process tree.
 * Each build's figures also go to stderr as it ends, so a long run shows what it has measured.
 */
async function timed(
  name: string,
  args: readonly string[],
  cwd: string,
  extraEnv: Record<string, string>,
): Promise<Timed> {
  const loadBefore = round(loadavg()[0] ?? 0);
  const cpuBefore = endedChildrenCpu();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...ASTRO_ENV, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid ?? 0))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (code !== 0) {
    console.error(log);
    throw new Error(`the benchmark build in ${cwd} failed with exit code ${code}`);
  }
  const run = {
    seconds: (performance.now() - started) / 1000,
    peakRss,
    load: [loadBefore, round(loadavg()[0] ?? 0)],
    cpu: round(endedChildrenCpu() - cpuBefore),
    log,
  };
  console.error(
    `${name}: ${round(run.seconds)} s, ${run.cpu} CPU-s, peak ${Math.round(peakRss / 2 ** 20)} MB, ` +
      `load ${run.load.join(' to ')}`,
  );
  return run;
}

/**
 * CPU seconds (user + system) of this process's children that have ended and been waited for,
 * theirs included (`cutime` and `cstime` in /proc/self/stat, in Linux's fixed 100 ticks a second).
 */
function endedChildrenCpu(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // After the command's closing parenthesis: field 3 (state) onwards; cutime and cstime are 16 and 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Resident memory of a process and all its descendants, from /proc. */
function treeRss(pid: number): number {
  let total = 0;
  for (const member of processTree(pid)) {
    try {
      const status = readFileSync(`/proc/${member}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // ended
    }
  }
  return total;
}

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((n, name) => n + sizeOf(join(path, name)), 0);
}

function countFiles(dir: string, match: (name: string) => boolean): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? countFiles(join(dir, e.name), match) : match(e.name) ? 1 : 0),
    0,
  );
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
