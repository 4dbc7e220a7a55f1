import Fastify from 'fastify';

// Collect pino's JSON lines instead of writing them to stdout, so we can show selected fields.
const lines: Array<Record<string, unknown>> = [];
const app = Fastify({
  logger: {
    level: 'info',
    stream: { write: (line: string) => { lines.push(JSON.parse(line)); } },
    redact: { paths: ['req.headers.authorization', 'order.card'], censor: '[redacted]' },
    serializers: {
      // The default request serializer omits headers; this one adds a few, and redact still applies.
      req: (req) => ({ method: req.method, url: req.url, headers: { authorization: req.headers.authorization, 'user-agent': req.headers['user-agent'] } }),
    },
  },
  requestIdHeader: 'x-request-id', // trust the id set by our gateway (Fastify 5 ignores the header by default)
});

app.post('/orders', async (request) => {
  const order = request.body as { sku: string; card: string };
  // request.log is a child logger: every line carries this request's reqId.
  request.log.info({ order }, 'order accepted');
  request.log.debug('below the level: never serialised');
  return { ok: true };
});

await app.inject({
  method: 'POST',
  url: '/orders',
  headers: { 'x-request-id': 'req-abc', authorization: 'Bearer secret-token', 'user-agent': 'checkout/2.1' },
  payload: { sku: 'cup', card: '4242424242424242' },
});
await app.close();
for (const { level, reqId, msg, req, res, order } of lines) {
  console.log(JSON.stringify({ level, reqId, msg, ...(req ? { req } : {}), ...(res ? { res } : {}), ...(order ? { order } : {}) }));
}
console.log('fields on every line:', Object.keys(lines[0]!).filter((k) => ['level', 'time', 'pid', 'hostname', 'reqId', 'msg'].includes(k)).join(', '));
