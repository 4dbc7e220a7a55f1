import express, { type NextFunction, type Request, type Response } from 'express';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

type Order = { id: string; sku: string; createdAt: string };
export interface OrdersRepo {
  insert(order: Omit<Order, 'id'>): Promise<Order>;
  findById(id: string): Promise<Order | undefined>;
}
type Deps = { ordersRepo: OrdersRepo; clock: () => Date };

// app.ts: built from injected dependencies; never listens by itself.
export function createApp({ ordersRepo, clock }: Deps): express.Express {
  const app = express();
  app.use(express.json());
  app.use('/orders', ordersRouter({ ordersRepo, clock }));
  app.use((err: Error & { status?: number }, req: Request, res: Response, next: NextFunction) => res.status(err.status ?? 500).json({ error: err.message }));
  return app;
}

function ordersRouter({ ordersRepo, clock }: Deps): express.Router {
  const router = express.Router();
  router.post('/', async (req, res) => {
    const order = await ordersRepo.insert({ sku: req.body.sku, createdAt: clock().toISOString() });
    res.status(201).location(`/orders/${order.id}`).json(order);
  });
  router.get('/:id', async (req, res) => {
    const order = await ordersRepo.findById(req.params.id);
    if (!order) throw Object.assign(new Error('order not found'), { status: 404 });
    res.json(order);
  });
  return router;
}

// app.test.ts: a fake repository at the boundary, real HTTP in front of it.
function inMemoryOrdersRepo(): OrdersRepo {
  const rows = new Map<string, Order>();
  return {
    async insert(order) { const row = { id: String(rows.size + 1), ...order }; rows.set(row.id, row); return row; },
    async findById(id) { return rows.get(id); },
  };
}

function defineTests(): void {
  let server: Server;
  let base: string;
  before(async () => {
    const app = createApp({ ordersRepo: inMemoryOrdersRepo(), clock: () => new Date('2026-01-02T03:04:05Z') });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  test('POST /orders creates an order and points to it', async () => {
    const res = await fetch(`${base}/orders`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sku: 'MUG-01' }),
    });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('location'), '/orders/1');
    assert.deepEqual(await res.json(), { id: '1', sku: 'MUG-01', createdAt: '2026-01-02T03:04:05.000Z' });
  });

  test('GET /orders/:id returns 404 for an unknown id', async () => {
    const res = await fetch(`${base}/orders/999`);
    assert.equal(res.status, 404);
    assert.deepEqual(await res.json(), { error: 'order not found' });
  });
}

// Demo: node:test's default report prints timings, so this file runs its own tests in a
// child process through run() and prints only names and results.
if (process.env.NODE_TEST_CONTEXT) {
  defineTests();
} else {
  const { run } = await import('node:test');
  for await (const event of run({ files: [fileURLToPath(import.meta.url)] })) {
    if (event.type === 'test:pass') console.log(`pass: ${event.data.name}`);
    if (event.type === 'test:fail') {
      console.log(`FAIL: ${event.data.name}`);
      process.exitCode = 1;
    }
  }
}
