import assert from 'node:assert/strict';

interface User {
  id: string;
  email: string;
  role: 'member' | 'admin';
  createdAt: Date;
}
interface OrderLine {
  sku: string;
  qty: number;
  unitCents: number;
}
interface Order {
  id: string;
  customerId: string;
  status: 'pending' | 'paid';
  currency: 'EUR' | 'USD';
  lines: OrderLine[];
}

// Builder function: valid defaults, deterministic unique ids, override only what matters.
let userSeq = 0;
function aUser(overrides: Partial<User> = {}): User {
  userSeq += 1;
  return {
    id: `usr_${String(userSeq).padStart(4, '0')}`,
    email: `user${userSeq}@example.test`,
    role: 'member',
    createdAt: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}

// Fluent builder for an aggregate with structure (an order with lines).
class OrderBuilder {
  #order: Order = { id: 'ord_0001', customerId: 'usr_0000', status: 'pending', currency: 'EUR', lines: [] };
  for(user: User): this { this.#order.customerId = user.id; return this; }
  withLine(sku: string, qty = 1, unitCents = 1000): this { this.#order.lines.push({ sku, qty, unitCents }); return this; }
  paid(): this { this.#order.status = 'paid'; return this; }
  build(): Order { return structuredClone(this.#order); } // a fresh copy: tests cannot share state
}
const anOrder = () => new OrderBuilder();

// Code under test.
const totalCents = (order: Order) => order.lines.reduce((sum, l) => sum + l.qty * l.unitCents, 0);
function canRefund(order: Order, user: User): boolean {
  if (order.status !== 'paid') return false;
  return user.role === 'admin' || order.customerId === user.id;
}

// Each test states only the facts it depends on.
const customer = aUser();
const order = anOrder().for(customer).withLine('book', 2, 1500).withLine('pen', 1, 250).paid().build();

const cases: Array<[string, () => void]> = [
  ['total sums qty x unit price', () => assert.equal(totalCents(order), 3250)],
  ['customer may refund own paid order', () => assert.equal(canRefund(order, customer), true)],
  ['admin may refund any paid order', () => assert.equal(canRefund(order, aUser({ role: 'admin' })), true)],
  ['another member may not', () => assert.equal(canRefund(order, aUser()), false)],
  ['unpaid order is not refundable', () => assert.equal(canRefund(anOrder().for(customer).build(), customer), false)],
];
for (const [name, test] of cases) {
  test();
  console.log(`ok - ${name}`);
}
console.log(aUser({ email: 'ada@example.test' }));
