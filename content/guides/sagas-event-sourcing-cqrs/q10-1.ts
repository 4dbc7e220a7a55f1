// A model of CQRS: commands append events to the write side; a projection turns them into a read model
// shaped for one query, and remembers its checkpoint (the last global position it applied).
interface OrderEvent {
  position: number;
  type: 'OrderPlaced' | 'OrderShipped';
  orderId: string;
  customer: string;
  totalCents?: number;
}

const log: OrderEvent[] = [];
function append(e: Omit<OrderEvent, 'position'>): void {
  log.push({ ...e, position: log.length + 1 });
}

// Read model for "customer dashboard": open orders and lifetime spend per customer.
interface Dashboard {
  openOrders: number;
  spentCents: number;
}
class DashboardProjection {
  rows = new Map<string, Dashboard>();
  checkpoint = 0; // stored in the same transaction as the rows in a real read database
  catchUp(events: OrderEvent[]): number {
    let applied = 0;
    for (const e of events) {
      if (e.position <= this.checkpoint) continue; // already applied: replays are harmless
      const row = this.rows.get(e.customer) ?? { openOrders: 0, spentCents: 0 };
      if (e.type === 'OrderPlaced') this.rows.set(e.customer, { openOrders: row.openOrders + 1, spentCents: row.spentCents + (e.totalCents ?? 0) });
      if (e.type === 'OrderShipped') this.rows.set(e.customer, { ...row, openOrders: row.openOrders - 1 });
      this.checkpoint = e.position;
      applied++;
    }
    return applied;
  }
}

append({ type: 'OrderPlaced', orderId: 'o-1', customer: 'ana', totalCents: 1200 });
append({ type: 'OrderPlaced', orderId: 'o-2', customer: 'ben', totalCents: 5000 });
append({ type: 'OrderShipped', orderId: 'o-1', customer: 'ana' });

const projection = new DashboardProjection();
console.log('applied', projection.catchUp(log), '| checkpoint', projection.checkpoint, '|', JSON.stringify([...projection.rows]));
append({ type: 'OrderPlaced', orderId: 'o-3', customer: 'ana', totalCents: 800 });
console.log('applied', projection.catchUp(log), '| checkpoint', projection.checkpoint, '|', JSON.stringify([...projection.rows]));
console.log('applied', projection.catchUp(log), '(same events delivered again)');

// A new query need: build a second read model from the same history, no migration of the first.
const rebuilt = new DashboardProjection();
rebuilt.catchUp(log);
console.log('rebuilt from position 0 matches:', JSON.stringify([...rebuilt.rows]) === JSON.stringify([...projection.rows]));
