import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep, setImmediate as yieldToLoop } from 'node:timers/promises';

const histogram = monitorEventLoopDelay({ resolution: 10 }); // samples every 10 ms, values in ns
histogram.enable();

function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {} // synchronous CPU work
}

// Another caller that wants the loop (a request, a health check): it counts the turns it gets.
let turns = 0;
let running = true;
function otherCallback(): void {
  turns++;
  if (running) setImmediate(otherCallback);
}
setImmediate(otherCallback);

async function measure(label: string, work: () => void | Promise<void>): Promise<void> {
  histogram.reset();
  await sleep(15); // the sampling timer ticks once after the reset, so its next tick measures the work
  const turnsBefore = turns;
  const before = performance.eventLoopUtilization();
  await work();
  const turnsDuringWork = turns - turnsBefore;
  await sleep(1); // one timers phase, where the overdue sampling timer records any stall
  const elu = performance.eventLoopUtilization(before); // delta since `before`
  console.log(`${label}:`);
  console.log(`  turns another callback got during the work: ${turnsDuringWork}`);
  console.log(`  event-loop utilization during the work: ${elu.utilization.toFixed(1)}`);
}

// 1) One 300 ms synchronous chunk: requests, timers and health checks all wait.
await measure('300 ms of work in one go', () => spin(300));
console.log(`  worst event-loop delay: ${histogram.max / 1e6 >= 250 ? '250 ms or more' : 'under 250 ms'}`);

// 2) The same work in 5 ms slices, yielding to the loop between slices. Its worst delay is about
// one slice on a quiet machine and whatever the scheduler adds on a busy one, so it is not printed.
await measure('same work in 60 slices of 5 ms', async () => {
  for (let i = 0; i < 60; i++) {
    spin(5);
    await yieldToLoop(); // timers and I/O callbacks run between slices
  }
});

running = false;
histogram.disable();
