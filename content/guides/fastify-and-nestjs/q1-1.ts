import Fastify from 'fastify';

const app = Fastify();

// JSON Schema for each part of the request; Ajv compiles it once, at startup.
app.post('/orders/:shopId', {
  schema: {
    params: { type: 'object', properties: { shopId: { type: 'integer' } }, required: ['shopId'] },
    querystring: { type: 'object', properties: { dryRun: { type: 'boolean', default: false } } },
    body: {
      type: 'object',
      required: ['sku', 'quantity'],
      additionalProperties: false,
      properties: {
        sku: { type: 'string', pattern: '^[a-z0-9-]+$' },
        quantity: { type: 'integer', minimum: 1, maximum: 100 },
      },
    },
  },
}, async (request) => {
  // Here params, query and body are already validated, coerced and defaulted.
  return { params: request.params, query: request.query, body: request.body };
});

const tries = [
  { url: '/orders/7?dryRun=true', payload: { sku: 'cup-1', quantity: 2 } },
  { url: '/orders/7', payload: { sku: 'cup-1', quantity: 2, price: 0 } },
  { url: '/orders/7', payload: { sku: 'cup-1', quantity: 0 } },
  { url: '/orders/7', payload: { sku: 'cup-1', quantity: '3' } },
  { url: '/orders/7', payload: { sku: 'Cup 1', quantity: 3 } },
  { url: '/orders/seven', payload: { sku: 'cup-1', quantity: 2 } },
];
for (const { url, payload } of tries) {
  const res = await app.inject({ method: 'POST', url, payload });
  console.log(res.statusCode, JSON.stringify(payload), '->', res.body);
}
await app.close();
