import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { test } from 'node:test';
import assert from 'node:assert/strict';

interface PriceStore { get(sku: string): Promise<number | undefined> }

// The app is built by a function, so each test gets a fresh instance with its own dependencies.
function buildApp(prices: PriceStore): FastifyInstance {
  const app = Fastify();
  app.get('/prices/:sku', {
    schema: { params: { type: 'object', properties: { sku: { type: 'string', minLength: 3 } } } },
  }, async (request, reply) => {
    const { sku } = request.params as { sku: string };
    const cents = await prices.get(sku);
    if (cents === undefined) return reply.code(404).send({ error: `no price for ${sku}` });
    return { sku, cents };
  });
  return app;
}

const fakePrices: PriceStore = { get: async (sku) => (sku === 'cup' ? 1200 : undefined) };

test('returns a known price', async (t) => {
  const app = buildApp(fakePrices);
  t.after(() => app.close());
  const res = await app.inject({ method: 'GET', url: '/prices/cup' }); // no port, no socket
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.json(), { sku: 'cup', cents: 1200 });
  assert.match(String(res.headers['content-type']), /application\/json/);
});

test('404 for an unknown sku', async (t) => {
  const app = buildApp(fakePrices);
  t.after(() => app.close());
  const res = await app.inject().get('/prices/mug'); // chainable form
  assert.equal(res.statusCode, 404);
  assert.equal(res.json().error, 'no price for mug');
});

test('400 from the schema before the handler runs', async (t) => {
  let calls = 0;
  const app = buildApp({ get: async () => { calls++; return 1; } });
  t.after(() => app.close());
  const res = await app.inject({ url: '/prices/x' });
  assert.equal(res.statusCode, 400);
  assert.equal(calls, 0);
});
