import { createHash } from 'node:crypto';

// A model of a keyed partitioner: hash the key's bytes, then take it modulo the partition count.
// Kafka's Java client uses murmur2 for this; any stable hash shows the same behaviour.
function partitionFor(key: string, partitions: number): number {
  const hash = createHash('md5').update(key).digest().readUInt32BE(0);
  return hash % partitions;
}

interface OrderEvent {
  key: string;
  type: string;
}
interface StoredRecord extends OrderEvent {
  offset: number;
}

const events: OrderEvent[] = [
  { key: 'order-17', type: 'created' },
  { key: 'order-42', type: 'created' },
  { key: 'order-17', type: 'paid' },
  { key: 'order-42', type: 'cancelled' },
  { key: 'order-17', type: 'shipped' },
];

// Each partition is an append-only log; the offset is the position in that log.
const topic: StoredRecord[][] = Array.from({ length: 6 }, () => []);
for (const event of events) {
  const log = topic[partitionFor(event.key, topic.length)]!;
  log.push({ offset: log.length, ...event });
}
topic.forEach((log, partition) => {
  if (log.length > 0) console.log(`partition ${partition}:`, log.map((r) => `${r.offset}:${r.key}/${r.type}`).join('  '));
});

// Adding partitions changes key -> partition for most keys, so per-key order breaks across the change.
const keys = Array.from({ length: 1000 }, (_, i) => `order-${i}`);
const moved = keys.filter((k) => partitionFor(k, 6) !== partitionFor(k, 8)).length;
console.log(`growing the topic from 6 to 8 partitions moves ${moved} of ${keys.length} keys`);
