import express from 'express';
import type { Request, RequestHandler } from 'express';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) throw new Error('REDIS_URL is not set: start redis-server and export REDIS_URL=redis://127.0.0.1:<port>');

const redis = new Redis(REDIS_URL);
const PREFIX = 'q4-1:idem:';
const TTL_SECONDS = 24 * 60 * 60;
let chargesMade = 0;

type Outcome = { status: number; body: unknown };
type IdempotencyRecord =
  | { state: 'processing'; fingerprint: string }
  | { state: 'done'; fingerprint: string; status: number; body: unknown };

// Wraps a handler that returns { status, body }, so the exact response can be stored and replayed.
const idempotent = (handler: (req: Request) => Promise<Outcome>): RequestHandler => async (req, res) => {
  const key = req.get('idempotency-key')?.replace(/^"|"$/g, ''); // the IETF draft sends a quoted string
  if (!key || !/^[\w-]{16,64}$/.test(key)) {
    res.status(400).json({ error: 'Idempotency-Key (16-64 chars) required' });
    return;
  }
  const storeKey = `${PREFIX}${res.locals.accountId}:${req.method}:${req.path}:${key}`;
  const fingerprint = createHash('sha256').update(JSON.stringify(req.body)).digest('hex');

  const processing: IdempotencyRecord = { state: 'processing', fingerprint };
  const claimed = await redis.set(storeKey, JSON.stringify(processing), 'EX', TTL_SECONDS, 'NX');
  if (!claimed) {
    const record = JSON.parse((await redis.get(storeKey)) ?? 'null') as IdempotencyRecord | null;
    if (record && record.fingerprint !== fingerprint) {
      res.status(422).json({ error: 'key reused with a different request' });
    } else if (!record || record.state === 'processing') {
      res.status(409).set('Retry-After', '1').json({ error: 'request in progress' });
    } else {
      res.status(record.status).set('Idempotent-Replayed', 'true').json(record.body);
    }
    return;
  }
  try {
    const { status, body } = await handler(req);
    const done: IdempotencyRecord = { state: 'done', fingerprint, status, body };
    if (status >= 500) await redis.del(storeKey); // a failure must stay retryable
    else await redis.set(storeKey, JSON.stringify(done), 'EX', TTL_SECONDS);
    res.status(status).json(body);
  } catch (err) {
    await redis.del(storeKey);
    throw err;
  }
};

// The card processor answers at once, except in the race below, where the demo holds it until the duplicate is refused.
let processorHold: Promise<void> = Promise.resolve();

const app = express();
app.use(express.json());
app.use((_req, res, next) => { res.locals.accountId = 'acct_42'; next(); }); // stands in for authentication
app.post('/payments', idempotent(async (req) => {
  await processorHold; // the call to the card processor
  chargesMade++;
  return { status: 201, body: { id: `pay_${chargesMade}`, amount: (req.body as { amount: number }).amount } };
}));

const server = app.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/payments`;
  const pay = async (key: string | undefined, amount: number): Promise<string> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(key && { 'idempotency-key': key }) };
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ amount }) });
    const replayed = res.headers.get('idempotent-replayed') ? ' (replayed)' : '';
    return `${res.status} ${await res.text()}${replayed}`;
  };
  const clearKeys = async () => {
    const keys = await redis.keys(`${PREFIX}acct_42:*`);
    if (keys.length > 0) await redis.del(...keys);
  };
  await clearKeys(); // start clean even if an earlier run was interrupted
  console.log('no key:           ', await pay(undefined, 500));
  console.log('first attempt:    ', await pay('checkout-7f3a-attempt', 500));
  console.log('retry, same body: ', await pay('checkout-7f3a-attempt', 500));
  console.log('same key, new body:', await pay('checkout-7f3a-attempt', 900));
  const hold = Promise.withResolvers<void>();
  processorHold = hold.promise;
  const racing = [pay('basket-91c2-attempt', 300), pay('basket-91c2-attempt', 300)];
  await Promise.race(racing); // the duplicate is answered while the first charge is still in progress
  hold.resolve();
  console.log('two at once:      ', (await Promise.all(racing)).map((r) => r.slice(0, 3)).sort());
  console.log('charges made:', chargesMade);
  await clearKeys();
  server.close();
  await redis.quit();
});
