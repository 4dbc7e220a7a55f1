// A model of choreography: no coordinator; each service reacts to events and publishes its own.
interface DomainEvent {
  type: string;
  orderId: string;
  reason?: string;
}
type Handler = (event: DomainEvent) => DomainEvent[];

// The bus delivers events one at a time in publish order, like one partition of a broker topic.
class EventBus {
  private handlers = new Map<string, Array<{ service: string; handle: Handler }>>();
  readonly trace: string[] = [];
  subscribe(type: string, service: string, handle: Handler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), { service, handle }]);
  }
  publish(first: DomainEvent): void {
    const queue = [first];
    while (queue.length > 0) {
      const event = queue.shift()!;
      this.trace.push(`${event.type}${event.reason ? ` (${event.reason})` : ''}`);
      for (const { handle } of this.handlers.get(event.type) ?? []) queue.push(...handle(event));
    }
  }
  /** Who reacts to what: the flow exists only as the sum of these subscriptions. */
  wiring(): string[] {
    return [...this.handlers].map(([type, hs]) => `${type} -> ${hs.map((h) => h.service).join(', ')}`);
  }
}

const bus = new EventBus();
const cardDeclines = new Set(['order-2']);

bus.subscribe('OrderPlaced', 'inventory', (e) => [{ type: 'StockReserved', orderId: e.orderId }]);
bus.subscribe('StockReserved', 'payments', (e) =>
  cardDeclines.has(e.orderId)
    ? [{ type: 'PaymentFailed', orderId: e.orderId, reason: 'card declined' }]
    : [{ type: 'PaymentCaptured', orderId: e.orderId }],
);
bus.subscribe('PaymentCaptured', 'orders', (e) => [{ type: 'OrderConfirmed', orderId: e.orderId }]);
// Compensation is just another reaction: inventory listens for the failure and releases its reservation.
bus.subscribe('PaymentFailed', 'inventory', (e) => [{ type: 'StockReleased', orderId: e.orderId }]);
bus.subscribe('PaymentFailed', 'orders', (e) => [{ type: 'OrderCancelled', orderId: e.orderId }]);

for (const orderId of ['order-1', 'order-2']) {
  bus.trace.length = 0;
  bus.publish({ type: 'OrderPlaced', orderId });
  console.log(`${orderId}: ${bus.trace.join(' -> ')}`);
}
console.log('wiring:\n  ' + bus.wiring().join('\n  '));
