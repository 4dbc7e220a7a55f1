import { Worker, isMainThread } from 'node:worker_threads';

if (!isMainThread) {
  // A runaway job that keeps everything it builds.
  const kept: { batch: number; i: number }[][] = [];
  for (let batch = 1; ; batch++) kept.push(Array.from({ length: 100_000 }, (_, i) => ({ batch, i })));
} else {
  const MB = 1024 * 1024;
  type Usage = NodeJS.MemoryUsage;
  const grew = (before: Usage, after: Usage, key: keyof Usage): number => Math.round((after[key] - before[key]) / MB);

  // 1) Heap vs RSS: Buffer memory lives outside the V8 heap that --max-old-space-size caps,
  //    but the container's memory limit counts all of it.
  const before = process.memoryUsage();
  const blobs = Array.from({ length: 4 }, () => Buffer.alloc(16 * MB, 1)); // 64 MB, pages touched
  const after = process.memoryUsage();
  console.log(`${blobs.length} Buffers of 16 MB:`);
  console.log('  heapUsed grew by less than 8 MB:', grew(before, after, 'heapUsed') < 8);
  console.log('  arrayBuffers grew by at least 64 MB:', grew(before, after, 'arrayBuffers') >= 64);
  console.log('  rss grew by at least 60 MB:', grew(before, after, 'rss') >= 60);

  // 2) A heap cap turns a slow leak into a fast, visible failure. resourceLimits is the
  //    per-worker version of --max-old-space-size; the main thread survives the crash.
  const worker = new Worker(new URL(import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 32 } });
  worker.on('error', (err: NodeJS.ErrnoException) => console.log('worker error:', err.code));
  worker.on('exit', (code: number) => {
    console.log('worker exit code:', code);
    console.log('main thread still serving, process.exitCode =', process.exitCode ?? 0);
  });
}
