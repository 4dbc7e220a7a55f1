import { buildSchema, parse, subscribe, type ExecutionResult } from 'graphql';

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Subscription { orderStatus(orderId: ID!): OrderStatus! }
  type OrderStatus { orderId: ID! status: String! }
`);

// An in-process event source; across instances this would be Redis pub/sub or a broker topic.
type StatusEvent = { orderId: string; status: string };
const listeners = new Set<(e: StatusEvent) => void>();
const publish = (e: StatusEvent): void => listeners.forEach((l) => l(e));

async function* statusEvents(orderId: string): AsyncGenerator<{ orderStatus: StatusEvent }> {
  const queue: StatusEvent[] = [];
  let wake: (() => void) | null = null;
  const listener = (e: StatusEvent): void => {
    if (e.orderId !== orderId) return; // filter per subscriber: only this order's events
    queue.push(e);
    wake?.();
  };
  listeners.add(listener);
  try {
    while (true) {
      while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      yield { orderStatus: queue.shift()! };
    }
  } finally {
    listeners.delete(listener); // runs when the client unsubscribes (return() on the iterator)
  }
}

const rootValue = { orderStatus: ({ orderId }: { orderId: string }) => statusEvents(orderId) };
const document = parse('subscription { orderStatus(orderId: "o-7") { status } }');
const stream = await subscribe({ schema, document, rootValue }) as AsyncGenerator<ExecutionResult>;

console.log('listeners after subscribe():', listeners.size, '(a generator starts only when first read)');
const received = (async () => {
  const statuses: string[] = [];
  for await (const result of stream) {
    statuses.push((result.data as { orderStatus: { status: string } }).orderStatus.status);
    if (statuses.length === 3) break; // break calls return(): the subscription ends
  }
  return statuses;
})();

// Wait until the generator is waiting for events, so no publish happens before the subscriber listens.
await new Promise((resolve) => setImmediate(resolve));
console.log('listeners once reading:', listeners.size);
for (const status of ['paid', 'packed', 'shipped']) {
  publish({ orderId: 'o-8', status: 'ignored' });
  publish({ orderId: 'o-7', status });
}
console.log('o-7 statuses:', (await received).join(' -> '));
console.log('listeners after unsubscribe:', listeners.size);
