import { Session } from 'node:inspector/promises';
import type { Profiler } from 'node:inspector';

// The code under suspicion: a request handler with an accidental O(n^2) hot spot.
function slugify(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
function dedupeSlugs(titles: string[]): string[] {
  const slugs: string[] = [];
  for (const title of titles) {
    const slug = slugify(title);
    if (!slugs.includes(slug)) slugs.push(slug); // linear scan inside a loop
  }
  return slugs;
}
function handleRequest(): number {
  const titles = Array.from({ length: 6_000 }, (_, i) => `Product ${i % 4_500} – Limited Edition!`);
  return dedupeSlugs(titles).length;
}

// Same data as `node --cpu-prof app.js`, collected in-process for just the code we care about.
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 }); // microseconds
await session.post('Profiler.start');
const unique = handleRequest();
const { profile } = await session.post('Profiler.stop');
session.disconnect();

// Self time per function: what a flame graph shows as the widest plateaus at the top.
const selfSamples = new Map<string, number>();
const byId = new Map<number, Profiler.ProfileNode>(profile.nodes.map((node) => [node.id, node]));
for (const id of profile.samples!) {
  const name = byId.get(id)!.callFrame.functionName || '(anonymous)';
  selfSamples.set(name, (selfSamples.get(name) ?? 0) + 1);
}
const [[hottest, count]] = [...selfSamples].sort((a, b) => b[1] - a[1]) as [[string, number]];
console.log('unique slugs:', unique);
console.log('hottest function by self time:', hottest);
console.log('share of samples above 50%:', count / profile.samples!.length > 0.5);
