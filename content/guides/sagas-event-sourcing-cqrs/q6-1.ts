// A model of the transactional outbox: the business row and the event row commit together;
// a relay publishes outbox rows afterwards and may publish one twice, so the consumer deduplicates.
interface OutboxRow {
  id: number;
  topic: string;
  payload: string;
  publishedAt: number | null;
}

const db = { orders: new Map<string, string>(), outbox: [] as OutboxRow[] };
let nextOutboxId = 1;

// Stands in for BEGIN ... COMMIT: both writes happen, or neither does.
function placeOrder(orderId: string, failBeforeCommit = false): void {
  const staged = { orders: new Map(db.orders), outbox: [...db.outbox] };
  staged.orders.set(orderId, 'placed');
  staged.outbox.push({ id: nextOutboxId++, topic: 'orders', payload: `OrderPlaced:${orderId}`, publishedAt: null });
  if (failBeforeCommit) throw new Error('crash before COMMIT');
  Object.assign(db, staged);
}

const broker: string[] = [];
function relayOnce(crashBeforeMarking = false): void {
  for (const row of db.outbox.filter((r) => r.publishedAt === null)) {
    broker.push(`${row.id}:${row.payload}`);
    if (crashBeforeMarking) return; // published, but not marked: the next run publishes it again
    row.publishedAt = row.id; // a timestamp in a real table
  }
}

const seen = new Set<number>();
const handled: string[] = [];
function consume(message: string): void {
  const id = Number(message.split(':')[0]);
  if (seen.has(id)) return; // dedupe on the outbox id (stored in the consumer's own database)
  seen.add(id);
  handled.push(message);
}

placeOrder('o-1');
try {
  placeOrder('o-2', true);
} catch (err) {
  console.log('o-2:', (err as Error).message, '-> no order row, no event');
}
placeOrder('o-3');
relayOnce(true);
relayOnce();
broker.forEach(consume);
console.log('orders:', [...db.orders.keys()].join(', '));
console.log('published (at least once):', broker.join(', '));
console.log('handled (exactly once):   ', handled.join(', '));
