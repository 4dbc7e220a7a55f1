import express from 'express';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

const TOLERANCE_S = 300; // reject signatures older or newer than five minutes: bounds replays
const secrets = ['whsec_new_2026_11', 'whsec_old_2026_05']; // during a rotation both are accepted
let nowS = 1_764_500_000; // a fixed clock keeps the demo repeatable; production uses Date.now()

// Sender side: sign "id.timestamp.body" so none of the three can be changed or swapped.
function sign(secret: string, id: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${id}.${timestamp}.${body}`).digest('base64');
}

const processed = new Set<string>(); // production: a unique index or SET NX with a TTL longer than the retry window
const queue: Array<{ id: string; type: string }> = []; // production: a durable queue; the handler only enqueues

const app = express();
// express.raw keeps the exact bytes that were signed: re-serialised JSON would not match.
app.post('/webhooks/payments', express.raw({ type: 'application/json', limit: '256kb' }), (req, res) => {
  const id = req.get('webhook-id') ?? '';
  const timestamp = Number(req.get('webhook-timestamp'));
  const body = req.body instanceof Buffer ? req.body.toString('utf8') : '';
  if (!id || !Number.isInteger(timestamp) || Math.abs(nowS - timestamp) > TOLERANCE_S) {
    return res.status(400).json({ error: 'timestamp outside tolerance' });
  }
  const given = (req.get('webhook-signature') ?? '').split(' ').map((s) => Buffer.from(s.replace(/^v1,/, ''), 'base64'));
  const valid = secrets.some((secret) => {
    const expected = Buffer.from(sign(secret, id, timestamp, body), 'base64');
    return given.some((g) => g.length === expected.length && timingSafeEqual(g, expected)); // constant-time compare
  });
  if (!valid) return res.status(400).json({ error: 'bad signature' });
  if (processed.has(id)) return res.status(200).json({ status: 'duplicate, already handled' }); // at-least-once delivery
  processed.add(id);
  queue.push({ id, type: (JSON.parse(body) as { type: string }).type });
  res.status(200).json({ status: 'accepted' }); // answer fast; the work happens from the queue
});

const server = app.listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/payments`;

async function deliver(label: string, { id, body, timestamp = nowS, secret = secrets[1]!, tamper }: {
  id: string; body: string; timestamp?: number; secret?: string; tamper?: (body: string) => string;
}): Promise<void> {
  const signature = `v1,${sign(secret, id, timestamp, body)}`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature },
    body: tamper ? tamper(body) : body,
  });
  console.log(label.padEnd(44), res.status, await res.text());
}

const event = JSON.stringify({ type: 'payment.succeeded', data: { id: 'pay_81', amount: 4200 } });
await deliver('signed with the old secret', { id: 'evt_1', body: event });
await deliver('same event redelivered', { id: 'evt_1', body: event });
await deliver('signed with the new secret', { id: 'evt_2', body: event, secret: secrets[0] });
await deliver('amount changed in transit', { id: 'evt_3', body: event, tamper: (b) => b.replace('4200', '1') });
await deliver('same JSON, different bytes (re-serialised)', { id: 'evt_4', body: event, tamper: (b) => JSON.stringify(JSON.parse(b), null, 1) });
await deliver('captured and replayed 10 minutes later', { id: 'evt_5', body: event, timestamp: nowS - 600 });
nowS += 60;
await deliver('valid, one minute of clock skew', { id: 'evt_6', body: event, timestamp: nowS - 60 });
console.log('queued for processing:', queue.map((e) => e.id).join(', '));
server.close();
