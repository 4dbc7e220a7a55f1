import express, { type NextFunction, type Request, type Response } from 'express';
import type { AddressInfo } from 'node:net';

class HttpError extends Error {
  status: number;
  expose: boolean;
  constructor(status: number, message: string, options?: ErrorOptions) {
    super(message, options);
    this.status = status;
    this.expose = status < 500; // same convention as http-errors
  }
}

type Order = { id: string; total: number };
const orders = new Map<string, Order>([['1', { id: '1', total: 42 }]]);
const findOrder = async (id: string): Promise<Order | undefined> => orders.get(id); // stands in for a DB call

const app = express();
app.use(express.json());

// Express 5 forwards a rejected promise (or a throw inside an async handler) to next(err).
app.get('/orders/:id', async (req, res) => {
  const order = await findOrder(req.params.id);
  if (!order) throw new HttpError(404, `order ${req.params.id} not found`);
  res.json(order);
});

app.post('/orders', (req, res) => {
  res.status(201).json({ received: req.body });
});

// Callbacks and timers run outside the handler's promise: forward their errors yourself.
app.get('/legacy', (req, res, next) => {
  setImmediate(() => next(new Error('callback API failed')));
});

// No route matched: a plain middleware at the end, not an error handler.
app.use((req, res) => {
  res.status(404).json({ error: `no route for ${req.method} ${req.path}` });
});

// What reaches the error handler: our HttpError, http-errors from body parsing, or any Error.
type ErrorWithStatus = Error & { status?: number; statusCode?: number; expose?: boolean };

// Four parameters: the arity is how Express tells an error handler apart.
app.use((err: ErrorWithStatus, req: Request, res: Response, next: NextFunction) => {
  if (res.headersSent) return next(err); // mid-stream failure: let Express abort the connection
  const status = err.status ?? err.statusCode ?? 500;
  if (status >= 500) console.log(`logged for on-call: ${req.method} ${req.path} -> ${err.message}`);
  res.status(status).json({ error: err.expose ? err.message : 'internal server error' });
});

const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const calls: Array<[method: string, path: string, body?: string]> = [
    ['GET', '/orders/1'],
    ['GET', '/orders/2'],
    ['GET', '/legacy'],
    ['GET', '/nope'],
    ['POST', '/orders', '{"total": 42,}'],
  ];
  for (const [method, path, body] of calls) {
    const res = await fetch(base + path, { method, body, headers: { 'content-type': 'application/json' } });
    console.log(`${method} ${path} -> ${res.status} ${await res.text()}`);
  }
  server.close();
});
