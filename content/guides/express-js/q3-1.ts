import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import winston from 'winston';

const { combine, timestamp, json } = winston.format;
const rootLogger = winston.createLogger({
  level: 'info',
  format: combine(timestamp(), json()),
  defaultMeta: { service: 'orders-api' },
  transports: [new winston.transports.Console()],
});

type RequestContext = { requestId: string; logger: winston.Logger };
const requestContext = new AsyncLocalStorage<RequestContext>();
// Any module calls log(); inside a request it gets that request's child logger.
export const log = (): winston.Logger => requestContext.getStore()?.logger ?? rootLogger;

const ACCEPTED_ID = /^[\w.:-]{1,128}$/; // the header ends up in logs: never trust it blindly

export function requestTracing(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.get('x-request-id');
  const requestId = incoming && ACCEPTED_ID.test(incoming) ? incoming : randomUUID();
  const logger = rootLogger.child({ requestId });
  const { method, path } = req; // captured before routers rewrite req.url
  const startedAt = process.hrtime.bigint();

  res.set('x-request-id', requestId);
  res.on('finish', () => {
    const durationMs = Math.round(Number(process.hrtime.bigint() - startedAt) / 1e5) / 10; // a number, 0.1 ms steps
    logger.info('request completed', { method, path, status: res.statusCode, durationMs });
  });
  res.on('close', () => {
    if (!res.writableFinished) logger.warn('client closed connection early', { method, path });
  });
  requestContext.run({ requestId, logger }, next);
}

type Order = { id: string; total: number };

// A data-access function that knows nothing about req, yet logs with the request id.
async function findOrder(id: string): Promise<Order | undefined> {
  log().info('querying orders', { orderId: id });
  await sleep(10);
  return id === '42' ? { id, total: 99 } : undefined;
}

const app = express();
app.use(requestTracing);
app.get('/orders/:id', async (req, res) => {
  const order = await findOrder(req.params.id);
  if (!order) log().warn('order not found', { orderId: req.params.id });
  res.status(order ? 200 : 404).json(order ?? { error: 'not found' });
});

const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const requests: Array<[string, Record<string, string>]> = [
    ['/orders/42', { 'x-request-id': 'checkout-7f3a' }],
    ['/orders/7', { 'x-request-id': 'bad id!' }],
  ];
  for (const [path, headers] of requests) {
    const res = await fetch(base + path, { headers });
    console.log(`client: ${path} -> ${res.status}, x-request-id: ${res.headers.get('x-request-id')}`);
  }
  server.close();
});
