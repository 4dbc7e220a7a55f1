import { createHash } from 'node:crypto';

// Model: DynamoDB hashes the partition key to pick a partition; one partition takes about 1,000 writes/s.
const PARTITIONS = 8;
const WRITE_LIMIT_PER_PARTITION = 1_000;
const partitionOf = (pk: string): number => createHash('md5').update(pk).digest().readUInt32BE(0) % PARTITIONS;

function load(keys: string[]): number[] {
  const perPartition = new Array<number>(PARTITIONS).fill(0);
  for (const k of keys) perPartition[partitionOf(k)]!++;
  return perPartition;
}

const report = (label: string, keys: string[]): void => {
  const perKey = new Map<string, number>();
  for (const k of keys) perKey.set(k, (perKey.get(k) ?? 0) + 1);
  const hottestKey = Math.max(...perKey.values());
  const hottest = Math.max(...load(keys));
  console.log(label.padEnd(28), 'hottest key:', String(hottestKey).padStart(4), '| hottest partition:', String(hottest).padStart(4), 'writes/s |', hottest > WRITE_LIMIT_PER_PARTITION ? 'THROTTLED' : 'ok');
};

// 4,000 votes per second for one poll during a live event.
const votes = 4_000;
report('PK = POLL#final', Array.from({ length: votes }, () => 'POLL#final'));

// Write sharding: append a suffix 0..N-1 chosen per write (random or round-robin).
const SHARDS = 40;
report(`PK = POLL#final#<0..${SHARDS - 1}>`, Array.from({ length: votes }, (_, i) => `POLL#final#${i % SHARDS}`));

// The cost: reading the total needs one Query per shard (or a periodic aggregate item).
const shardKeys = Array.from({ length: SHARDS }, (_, s) => `POLL#final#${s}`);
console.log('reads to total the poll:', shardKeys.length, 'queries (run in parallel), or 1 read of an aggregate updated from the stream');
