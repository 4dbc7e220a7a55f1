// test/orders.api.test.ts: the tests run as written with `node --test`; the block at the
// bottom only makes this file a self-contained program for the guide.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';

interface Order {
  id: string;
  sku: string;
  qty: number;
}
interface OrderRepo {
  get(id: string): Promise<Order | undefined>;
  create(input: Omit<Order, 'id'>): Promise<Order>;
}
type HttpError = Error & { status?: number; type?: string };

// Normally `import { createApp } from '../src/app.ts'`: the app factory takes its dependencies.
function createApp({ orders }: { orders: OrderRepo }) {
  const app = express();
  app.use(express.json());
  app.get('/orders/:id', async (req, res) => {
    const order = await orders.get(req.params.id);
    if (!order) return res.status(404).json({ error: 'not_found' });
    res.json(order);
  });
  app.post('/orders', async (req, res) => {
    const { sku, qty } = req.body ?? {};
    if (typeof sku !== 'string' || !Number.isInteger(qty) || qty < 1) {
      return res.status(400).json({ error: 'invalid_order' });
    }
    const order = await orders.create({ sku, qty });
    res.status(201).location(`/orders/${order.id}`).json(order);
  });
  app.use((err: HttpError, req: Request, res: Response, next: NextFunction) => {
    const status = err.status ?? 500; // express.json() sets 400 and type 'entity.parse.failed'
    res.status(status).json({ error: status === 500 ? 'internal' : err.type });
  });
  return app;
}

function defineTests(): void {
  describe('orders API over real HTTP', () => {
    let server: Server, baseUrl: string;
    before(async () => {
      const rows = new Map<string, Order>(); // in-memory repository: this suite is about the HTTP layer
      const orders: OrderRepo = {
        get: async (id) => rows.get(id),
        create: async (input) => {
          const order = { id: String(rows.size + 1), ...input };
          rows.set(order.id, order);
          return order;
        },
      };
      server = createApp({ orders }).listen(0, '127.0.0.1'); // port 0: the OS picks a free port
      await once(server, 'listening');
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => new Promise((resolve) => server.close(resolve)));

    const post = (body: string) =>
      fetch(`${baseUrl}/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

    it('creates an order and reads it back', async () => {
      const created = await post(JSON.stringify({ sku: 'book-42', qty: 2 }));
      assert.equal(created.status, 201);
      assert.equal(created.headers.get('location'), '/orders/1');
      const read = await fetch(`${baseUrl}/orders/1`);
      assert.deepEqual(await read.json(), { id: '1', sku: 'book-42', qty: 2 });
    });

    it('answers 400 to invalid input and to malformed JSON', async () => {
      assert.equal((await post(JSON.stringify({ sku: 'book-42', qty: 0 }))).status, 400);
      const malformed = await post('{"sku": "book-42",');
      assert.equal(malformed.status, 400);
      assert.deepEqual(await malformed.json(), { error: 'entity.parse.failed' });
    });

    it('answers 404 for an unknown order', async () => {
      const res = await fetch(`${baseUrl}/orders/999`);
      assert.deepEqual([res.status, await res.json()], [404, { error: 'not_found' }]);
    });
  });
}

// Test harness: run the tests above in a child process through node:test's run() API and print
// a stable report (the built-in reporters end with a total duration_ms that changes every run).
if (process.env.TS_VERSION_TEST_CHILD === '1') {
  defineTests();
} else {
  const { run } = await import('node:test');
  const names: string[] = [];
  let passed = 0;
  let failed = 0;
  for await (const event of run({ files: [import.meta.filename], env: { ...process.env, TS_VERSION_TEST_CHILD: '1' } })) {
    if (event.type === 'test:start') names[event.data.nesting] = event.data.name;
    if ((event.type !== 'test:pass' && event.type !== 'test:fail') || event.data.details.type === 'suite') continue;
    const name = [...names.slice(0, event.data.nesting), event.data.name].join(' > ');
    if (event.type === 'test:pass') {
      passed++;
      console.log(`✔ ${name}`);
    } else {
      failed++;
      const { error } = event.data.details;
      const cause = error.cause instanceof Error ? error.cause : error;
      console.log(`✖ ${name}: ${cause.message.split('\n')[0]}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0) process.exitCode = 1;
}
