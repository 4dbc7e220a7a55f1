import express from 'express';
import { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import type { AddressInfo } from 'node:net';

interface PaymentRequest { amount: number; currency: string }
interface Payment extends PaymentRequest { id: string; status: 'succeeded' }
type Saved =
  | { state: 'processing'; fingerprint?: string }
  | { state: 'done'; fingerprint: string; status: number; body: Payment };

if (!process.env.REDIS_URL) throw new Error('REDIS_URL is not set (e.g. redis://127.0.0.1:6379)');
const redis = new Redis(process.env.REDIS_URL);
const LOCK_MS = 60_000; // a crashed request frees its key after this
const KEEP_MS = 24 * 3600_000; // how long a finished response can be replayed
const bus = new EventEmitter();
let releaseCharge: () => void = () => {};
const chargeGate = new Promise<void>((resolve) => { releaseCharge = resolve; });
let charges = 0;
async function chargeCard({ amount, currency }: PaymentRequest): Promise<Payment> { // the side effect we must not repeat
  bus.emit('charging');
  await chargeGate;
  charges += 1;
  return { id: `pay_${charges}`, amount, currency, status: 'succeeded' };
}

const app = express().use(express.json());
app.post('/payments', async (req, res) => {
  const idemKey = req.get('idempotency-key');
  if (!idemKey || !/^[\w-]{8,64}$/.test(idemKey)) return res.status(400).json({ error: 'Idempotency-Key required' });
  const client = req.get('x-client-id') ?? 'anonymous'; // scope keys per client: never share across tenants
  const key = `q2-1:idem:${client}:${idemKey}`;
  const fingerprint = createHash('sha256').update(JSON.stringify([req.method, req.path, req.body])).digest('hex');

  const claimed = await redis.set(key, JSON.stringify({ state: 'processing', fingerprint }), 'PX', LOCK_MS, 'NX');
  if (!claimed) {
    const saved = JSON.parse((await redis.get(key)) ?? '{"state":"processing"}') as Saved;
    if (saved.fingerprint && saved.fingerprint !== fingerprint) return res.status(422).json({ error: 'key reused with a different request' });
    if (saved.state === 'processing') return res.status(409).set('Retry-After', '1').json({ error: 'request in progress' });
    return res.status(saved.status).set('Idempotent-Replayed', 'true').json(saved.body);
  }
  try {
    const payment = await chargeCard(req.body as PaymentRequest);
    await redis.set(key, JSON.stringify({ state: 'done', fingerprint, status: 201, body: payment }), 'PX', KEEP_MS);
    res.status(201).json(payment);
  } catch {
    await redis.del(key); // nothing happened: let the client retry with the same key
    res.status(502).json({ error: 'payment provider unavailable' });
  }
});

const server = app.listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/payments`;
const pay = async (idemKey: string | undefined, body: PaymentRequest): Promise<string> => {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-client-id': 'shop-7', ...(idemKey && { 'idempotency-key': idemKey }) };
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return `${res.status} replayed=${res.headers.get('idempotent-replayed') ?? 'false'} ${await res.text()}`;
};
const order: PaymentRequest = { amount: 4200, currency: 'EUR' };

const first = pay('order-1001-attempt', order); // starts charging, then waits on the gate
await once(bus, 'charging');
console.log('duplicate while first is running:', await pay('order-1001-attempt', order));
releaseCharge();
console.log('first request:                    ', await first);
console.log('client retry after a timeout:     ', await pay('order-1001-attempt', order));
console.log('same key, different amount:       ', await pay('order-1001-attempt', { ...order, amount: 1 }));
console.log('no key:                           ', await pay(undefined, order));
console.log('cards charged:', charges);

await redis.del('q2-1:idem:shop-7:order-1001-attempt');
server.close();
await redis.quit();
