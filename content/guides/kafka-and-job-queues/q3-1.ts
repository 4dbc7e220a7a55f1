// A model of one partition and one consumer that crashes in the middle of a batch.
// `committed` is what the group coordinator stores: the offset of the NEXT record to read.
const partition = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5'];

type Strategy = 'commit-then-process' | 'process-then-commit';

function consume(strategy: Strategy, crashAfter: number): { effects: string[]; committed: number } {
  let committed = 0;
  const effects: string[] = [];

  // First consumer: polls a batch of everything from the committed offset, crashes part-way through.
  const batch = partition.slice(committed);
  if (strategy === 'commit-then-process') committed += batch.length;
  batch.slice(0, crashAfter).forEach((m) => effects.push(m));
  // (crash here: a process-then-commit consumer never reaches its commit)

  // After the rebalance, another consumer resumes from the committed offset.
  for (const m of partition.slice(committed)) effects.push(m);
  committed = partition.length;
  return { effects, committed };
}

for (const strategy of ['commit-then-process', 'process-then-commit'] as const) {
  const { effects } = consume(strategy, 3);
  const lost = partition.filter((m) => !effects.includes(m));
  const duplicated = partition.filter((m) => effects.filter((e) => e === m).length > 1);
  console.log(`${strategy.padEnd(20)} effects=${effects.join(',')}`);
  console.log(`${''.padEnd(20)} lost=[${lost.join(',')}] duplicated=[${duplicated.join(',')}]`);
}
