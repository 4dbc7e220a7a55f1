import Fastify from 'fastify';
import type { FastifyError } from 'fastify';

const app = Fastify();
const trace: string[] = [];
const hooks = ['onRequest', 'preParsing', 'preValidation', 'preHandler', 'preSerialization', 'onSend', 'onResponse', 'onError'] as const;
for (const name of hooks) {
  // Each hook records its name; async hooks continue when their promise resolves.
  app.addHook(name, async () => { trace.push(name); });
}
app.setErrorHandler<FastifyError>(async (error, _request, reply) => {
  trace.push('errorHandler');
  // Keep the status Fastify or the handler chose (400 for validation); unknown errors are 500s.
  const status = error.statusCode ?? 500;
  return reply.code(status).send({ error: status < 500 ? error.message : 'internal error' });
});

app.post('/orders', { schema: { body: { type: 'object', required: ['sku'], properties: { sku: { type: 'string' } } } } }, async (request) => {
  trace.push('handler');
  const { sku } = request.body as { sku: string };
  if (sku === 'taken') throw Object.assign(new Error('order already exists'), { statusCode: 409 });
  return { ok: true };
});

for (const payload of [{ sku: 'cup' }, { sku: 'taken' }, { wrong: 1 }]) {
  trace.length = 0;
  const res = await app.inject({ method: 'POST', url: '/orders', payload });
  // onResponse runs after the response is sent; inject resolves once it has finished.
  console.log(`${res.statusCode} ${JSON.stringify(payload)}\n   ${trace.join(' > ')}`);
}
await app.close();
