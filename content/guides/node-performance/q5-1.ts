import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setImmediate as yieldToLoop, setTimeout as sleep } from 'node:timers/promises';

const delay = monitorEventLoopDelay({ resolution: 10 }); // samples how late a 10 ms timer fires
delay.enable();

function blockFor(ms: number): void { // synchronous CPU work, e.g. a big JSON.stringify or a sync crypto call
  const end = performance.now() + ms;
  while (performance.now() < end);
}

async function measure(label: string, workload: () => Promise<void>): Promise<void> {
  delay.reset();
  const before = performance.eventLoopUtilization();
  await workload();
  const { utilization } = performance.eventLoopUtilization(before); // delta since `before`
  const p99ms = delay.percentile(99) / 1e6; // the histogram is in nanoseconds
  // Bucketed so the output is stable; in production export the raw numbers as metrics.
  const elu = utilization < 0.3 ? 'low (<0.3)' : utilization > 0.8 ? 'saturated (>0.8)' : 'medium';
  const lag = p99ms < 100 ? 'fine (<100 ms)' : 'bad (>=100 ms)';
  console.log(`${label.padEnd(24)} ELU ${elu.padEnd(17)} p99 loop delay ${lag}`);
}

// Mostly waiting on I/O: the loop is free, this instance can take more traffic.
await measure('I/O-bound (waiting)', async () => {
  for (let i = 0; i < 10; i++) await sleep(30);
});

// Similar wall time, but each "request" burns 200 ms of CPU on the main thread.
await measure('CPU-bound (blocking)', async () => {
  for (let i = 0; i < 3; i++) {
    blockFor(200);
    await yieldToLoop();
  }
});

delay.disable();
