import express from 'express';
import { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import type { AddressInfo } from 'node:net';

interface PaymentRequest { amount: number; currency: string }
interface Payment extends PaymentRequest { id: string; status: 'succeeded' }
type Saved =
  | { state: 'processing' | 'unknown'; fingerprint: string }
  | { state: 'done'; fingerprint: string; status: number; body: Payment };

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const KEEP_MS = 24 * 3600_000; // claims and results live this long: no timer ever frees a claim early
const bus = new EventEmitter();
let releaseCharge!: () => void;
const chargeGate = new Promise<void>((resolve) => { releaseCharge = resolve; });

// A model of the payment provider: it deduplicates on the key we pass it, and can be asked what happened.
const provider = { ledger: new Map<string, Payment>(), failNext: '' as '' | 'refused' | 'timeout-after-charge' };
async function chargeCard({ amount, currency }: PaymentRequest, downstreamKey: string): Promise<Payment> {
  bus.emit('charging');
  await chargeGate;
  const fault = provider.failNext;
  provider.failNext = '';
  if (fault === 'refused') throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }); // nothing was sent
  let payment = provider.ledger.get(downstreamKey);
  if (!payment) {
    payment = { id: `pay_${provider.ledger.size + 1}`, amount, currency, status: 'succeeded' };
    provider.ledger.set(downstreamKey, payment);
  }
  if (fault === 'timeout-after-charge') throw new DOMException('provider did not answer', 'TimeoutError'); // charged, reply lost
  return payment;
}
const lookupCharge = async (downstreamKey: string): Promise<Payment | null> => provider.ledger.get(downstreamKey) ?? null;
const finish = (key: string, fingerprint: string, payment: Payment) =>
  redis.set(key, JSON.stringify({ state: 'done', fingerprint, status: 201, body: payment }), 'PX', KEEP_MS);

const app = express().use(express.json());
app.post('/payments', async (req, res) => {
  const idemKey = req.get('idempotency-key');
  if (!idemKey || !/^[\w-]{8,64}$/.test(idemKey)) return res.status(400).json({ error: 'Idempotency-Key required' });
  const client = req.get('x-client-id') ?? 'anonymous'; // scope keys per client: never share across tenants
  const key = `q2-1:idem:${client}:${idemKey}`;
  const fingerprint = createHash('sha256').update(JSON.stringify([req.method, req.path, req.body])).digest('hex');

  const claimed = await redis.set(key, JSON.stringify({ state: 'processing', fingerprint }), 'PX', KEEP_MS, 'NX');
  if (!claimed) {
    const saved = JSON.parse((await redis.get(key)) ?? 'null') as Saved | null;
    if (!saved) return res.status(409).set('Retry-After', '1').json({ error: 'request in progress' });
    if (saved.fingerprint !== fingerprint) return res.status(422).json({ error: 'key reused with a different request' });
    if (saved.state !== 'done') return res.status(409).set('Retry-After', '1').json({ error: `request ${saved.state === 'unknown' ? 'outcome being confirmed' : 'in progress'}` });
    return res.status(saved.status).set('Idempotent-Replayed', 'true').json(saved.body);
  }
  try {
    const payment = await chargeCard(req.body as PaymentRequest, key); // the same key downstream: the provider dedupes too
    await finish(key, fingerprint, payment);
    res.status(201).json(payment);
  } catch (err) {
    if ((err as { code?: string }).code === 'ECONNREFUSED') { // provably nothing sent: release the claim
      await redis.del(key);
      return res.status(503).set('Retry-After', '1').json({ error: 'provider unavailable, nothing charged' });
    }
    // Ambiguous (timeout, 5xx after sending, crash): the charge may exist. Keep the claim; reconciliation decides.
    await redis.set(key, JSON.stringify({ state: 'unknown', fingerprint }), 'PX', KEEP_MS);
    res.status(502).json({ error: 'outcome unknown: retry later with the same key' });
  }
});

// Run by a job for 'unknown' records, and for 'processing' ones older than any request can take (a crash).
async function reconcile(key: string): Promise<string> {
  const saved = JSON.parse((await redis.get(key)) ?? 'null') as Saved | null;
  if (!saved || saved.state === 'done') return 'nothing to do';
  const payment = await lookupCharge(key); // ask the provider what happened under our key
  if (payment) { await finish(key, saved.fingerprint, payment); return `charged as ${payment.id}: stored for replay`; }
  await redis.del(key); // the provider confirms nothing happened: the key is free again
  return 'not charged: key released';
}

const server = app.listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/payments`;
const pay = async (idemKey: string | undefined, body: PaymentRequest): Promise<string> => {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-client-id': 'shop-7', ...(idemKey && { 'idempotency-key': idemKey }) };
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return `${res.status} replayed=${res.headers.get('idempotent-replayed') ?? 'false'} ${await res.text()}`;
};
const order: PaymentRequest = { amount: 4200, currency: 'EUR' };

const first = pay('order-1001', order); // starts charging, then waits on the gate
await once(bus, 'charging');
console.log('duplicate while first is running:', await pay('order-1001', order));
releaseCharge();
console.log('first request:                    ', await first);
console.log('client retry after a timeout:     ', await pay('order-1001', order));
console.log('same key, different amount:       ', await pay('order-1001', { ...order, amount: 1 }));
console.log('no key:                           ', await pay(undefined, order));

provider.failNext = 'refused';
console.log('provider refused the connection:  ', await pay('order-1002', order));
console.log('retry, same key:                  ', await pay('order-1002', order));

provider.failNext = 'timeout-after-charge';
console.log('provider timed out after charging:', await pay('order-1003', order));
console.log('retry before reconciliation:      ', await pay('order-1003', order));
console.log('reconcile order-1003:             ', await reconcile('q2-1:idem:shop-7:order-1003'));
console.log('retry after reconciliation:       ', await pay('order-1003', order));
console.log(`provider charges: ${provider.ledger.size} for 3 orders`);

await redis.del(...['order-1001', 'order-1002', 'order-1003'].map((k) => `q2-1:idem:shop-7:${k}`));
server.close();
await redis.quit();
