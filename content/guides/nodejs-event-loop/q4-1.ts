import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep, setImmediate as yieldToLoop } from 'node:timers/promises';

const histogram = monitorEventLoopDelay({ resolution: 10 }); // samples every 10 ms, values in ns
histogram.enable();

function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {} // synchronous CPU work
}

async function measure(label: string, work: () => void | Promise<void>): Promise<void> {
  histogram.reset();
  await sleep(50); // let the loop settle
  const before = performance.eventLoopUtilization();
  const samplesBefore = histogram.count;
  await work();
  const samplesDuringWork = histogram.count - samplesBefore; // the sampling timer runs only when the loop is free
  await sleep(50);
  const elu = performance.eventLoopUtilization(before); // delta since `before`
  console.log(`${label}:`);
  console.log(`  delay samples taken during the work: ${samplesDuringWork === 0 ? 'none' : 'several'}`);
  console.log(`  worst event-loop delay of 250 ms or more: ${histogram.max / 1e6 >= 250}`);
  console.log(`  event-loop utilization above 0.5: ${elu.utilization > 0.5}`);
}

// 1) One 300 ms synchronous chunk: requests, timers and health checks all wait.
await measure('300 ms of work in one go', () => spin(300));

// 2) The same work in 5 ms slices, yielding to the loop between slices.
await measure('same work in 5 ms slices', async () => {
  for (let i = 0; i < 60; i++) {
    spin(5);
    await yieldToLoop(); // timers and I/O callbacks run between slices
  }
});

histogram.disable();
