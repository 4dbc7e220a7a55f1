import express, { type RequestHandler } from 'express';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

const CreateOrder = z.strictObject({              // unknown keys are rejected (no mass assignment)
  customerId: z.uuid(),
  items: z.array(z.strictObject({
    sku: z.string().regex(/^[A-Z0-9-]{3,32}$/),
    quantity: z.int().min(1).max(100),
  })).min(1).max(50),
  giftMessage: z.string().trim().max(200).optional(),
});

const ListOrders = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(['open', 'shipped', 'cancelled']).optional(),
  includeItems: z.stringbool().default(false),    // "false" -> false, unlike z.coerce.boolean()
});

type Part = 'body' | 'query' | 'params';
type Schemas = Partial<Record<Part, z.ZodType>>;
type Parsed<S extends Schemas> = { [K in keyof S]: S[K] extends z.ZodType ? z.output<S[K]> : never };
type Issue = { in: Part; path: string; message: string };

// One factory for body, query and params. Express 5's req.query is a getter, so parsed
// values go to res.locals instead of being written back onto req.
const validate = <S extends Schemas>(schemas: S): RequestHandler => (req, res, next) => {
  const input: Partial<Record<Part, unknown>> = {};
  const issues: Issue[] = [];
  for (const [part, schema] of Object.entries(schemas) as Array<[Part, z.ZodType]>) {
    const result = schema.safeParse(req[part]);
    if (result.success) input[part] = result.data;
    else issues.push(...result.error.issues.map((i) => ({ in: part, path: i.path.join('.'), message: i.message })));
  }
  if (issues.length > 0) return res.status(400).json({ error: 'invalid_request', issues });
  res.locals.input = input as Parsed<S>;
  next();
};

const app = express();
app.use(express.json({ limit: '100kb' }));
app.post('/orders', validate({ body: CreateOrder }), (req, res) => {
  const { body } = res.locals.input as Parsed<{ body: typeof CreateOrder }>;
  res.status(201).json({ lines: body.items.length, giftMessage: body.giftMessage ?? null });
});
app.get('/orders', validate({ query: ListOrders }), (req, res) => res.json((res.locals.input as Parsed<{ query: typeof ListOrders }>).query));

const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (body: unknown) => fetch(`${base}/orders`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  const good = { customerId: '6f1c2a4e-8b7d-4c3a-9e5f-1a2b3c4d5e6f', items: [{ sku: 'MUG-01', quantity: 2 }], giftMessage: '  Enjoy!  ' };
  const bad = { customerId: 'abc', items: [{ sku: 'MUG-01', quantity: 0 }], price: 0 };
  for (const res of [await post(good), await post(bad), await fetch(`${base}/orders?limit=5&includeItems=false`),
    await fetch(`${base}/orders?limit=500&status=lost`)]) {
    console.log(res.status, JSON.stringify(await res.json(), null, 1).replace(/\n\s*/g, ' '));
  }
  server.close();
});
