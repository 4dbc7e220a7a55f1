import os from 'node:os';

// cgroup v2 writes the CPU limit as "<quota> <period>" in /sys/fs/cgroup/cpu.max ("max" = no limit).
function cpusFromCpuMax(cpuMax: string): number | null {
  const [quota, period] = cpuMax.trim().split(/\s+/);
  if (quota === 'max' || quota === undefined || period === undefined) return null;
  return Number(quota) / Number(period);
}

// How many busy threads to run: what the quota allows, rounded down, at least one.
// Node 24's os.availableParallelism() applies the same rule on Linux (libuv reads the cgroup quota).
function workerCount(cpuMax: string, availableParallelism: number): number {
  const quota = cpusFromCpuMax(cpuMax);
  const cpus = quota === null ? availableParallelism : Math.min(availableParallelism, quota);
  return Math.max(1, Math.floor(cpus));
}

// A 16-core node; the container's limit decides what this process may use.
const nodeCores = 16;
const samples: Array<[string, string]> = [
  ['no CPU limit', 'max 100000'],
  ['limits.cpu: 2', '200000 100000'],
  ['limits.cpu: 1500m', '150000 100000'],
  ['limits.cpu: 500m', '50000 100000'],
];
for (const [label, cpuMax] of samples) {
  console.log(label.padEnd(18), `cpu.max "${cpuMax}"`.padEnd(24), '-> CPUs:', String(cpusFromCpuMax(cpuMax) ?? nodeCores).padEnd(4), 'workers:', workerCount(cpuMax, nodeCores));
}
// os.cpus() lists the host's CPUs; availableParallelism() also respects affinity (taskset, cpuset) and quota.
console.log('os.availableParallelism() <= os.cpus().length here:', os.availableParallelism() <= os.cpus().length);
