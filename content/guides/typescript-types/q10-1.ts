import express from 'express';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

// One schema is the runtime check AND the source of the static types.
const CreateOrder = z.object({
  customerId: z.string().regex(/^usr_[a-z0-9]{6}$/),
  items: z.array(z.object({ sku: z.string().min(1), qty: z.int().positive() })).min(1),
  currency: z.enum(['EUR', 'USD']).default('EUR'),
  deliverAfter: z.iso.datetime().transform((s) => new Date(s)),
});
type CreateOrderInput = z.input<typeof CreateOrder>; // what clients send: currency optional, deliverAfter string
type CreateOrder = z.output<typeof CreateOrder>; // same as z.infer: currency required, deliverAfter Date

const exampleInput: CreateOrderInput = {
  customerId: 'usr_a1b2c3',
  items: [{ sku: 'book-42', qty: 2 }],
  deliverAfter: '2026-12-01T09:00:00Z',
};

const app = express();
app.use(express.json());
app.post('/orders', (req, res) => {
  const result = CreateOrder.safeParse(req.body); // req.body is any: never trust it as-is
  if (!result.success) {
    res.status(400).json({ errors: z.flattenError(result.error).fieldErrors });
    return;
  }
  const order: CreateOrder = result.data;
  res.status(201).json({
    currency: order.currency,
    weekday: order.deliverAfter.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' }),
  });
});

const server = app.listen(0, '127.0.0.1');
await new Promise<void>((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;

async function post(body: unknown): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${port}/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  console.log(res.status, JSON.stringify(await res.json()));
}

await post(exampleInput);
await post({ customerId: 'alice', items: [], deliverAfter: 'tomorrow' });

// A cast compiles but proves nothing: the string is still a string at runtime.
const trusted = JSON.parse(JSON.stringify(exampleInput)) as CreateOrder;
console.log('cast:', typeof trusted.deliverAfter, 'currency:', trusted.currency);

server.close();
