import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setImmediate as yieldToLoop, setTimeout as sleep } from 'node:timers/promises';

const delay = monitorEventLoopDelay({ resolution: 10 }); // samples how late a 10 ms timer fires
delay.enable();

function blockFor(ms: number): void { // synchronous CPU work, e.g. a big JSON.stringify or a sync crypto call
  const end = performance.now() + ms;
  while (performance.now() < end);
}

async function measure(workload: () => Promise<void>): Promise<{ elu: string; worstDelayMs: number }> {
  delay.reset();
  await sleep(15); // one sampling tick after the reset, so the next tick measures the workload
  const before = performance.eventLoopUtilization();
  await workload();
  await sleep(1); // one timers phase, where an overdue sampling tick records a stall that just ended
  const { utilization } = performance.eventLoopUtilization(before); // delta since `before`
  // ELU bucketed so the output is stable; in production export the raw numbers as metrics.
  const elu = utilization < 0.3 ? 'low (<0.3)' : utilization > 0.8 ? 'saturated (>0.8)' : 'medium';
  return { elu, worstDelayMs: delay.max / 1e6 }; // the histogram is in nanoseconds
}

// Mostly waiting on I/O: the loop is free, this instance can take more traffic.
const io = await measure(async () => {
  for (let i = 0; i < 10; i++) await sleep(30);
});

// Similar wall time, but each "request" burns 200 ms of CPU on the main thread.
const cpu = await measure(async () => {
  for (let i = 0; i < 3; i++) {
    blockFor(200);
    await yieldToLoop();
  }
});
delay.disable();

console.log(`I/O-bound (waiting)    ELU ${io.elu}`);
console.log(`CPU-bound (blocking)   ELU ${cpu.elu}, worst loop delay ${cpu.worstDelayMs >= 150 ? '150 ms or more' : 'under 150 ms'} (each block is 200 ms)`);
// The I/O-bound run's delay is left out: when other processes saturate the CPU, even an idle
// process's timers fire late, so its delay rises while its ELU stays near 0.
