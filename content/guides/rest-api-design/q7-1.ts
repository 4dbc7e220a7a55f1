import express, { type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';

const PROBLEMS = 'https://api.example.com/problems/';

type ProblemInit = { type?: string; title: string; status: number; detail?: string; [extension: string]: unknown };

class Problem extends Error {
  declare type: string;
  declare title: string;
  declare status: number;
  declare detail: string | undefined;
  declare extensions: Record<string, unknown>;
  constructor({ type = 'about:blank', title, status, detail, ...extensions }: ProblemInit) {
    super(detail ?? title);
    Object.assign(this, { type, title, status, detail, extensions });
  }
}

const app = express();
app.use(express.json());

app.post('/transfers', (req, res) => {
  const { amount, to } = req.body ?? {};
  const errors: Array<{ pointer: string; detail: string }> = [];
  if (!Number.isInteger(amount) || amount <= 0) errors.push({ pointer: '#/amount', detail: 'must be a positive integer in cents' });
  if (typeof to !== 'string') errors.push({ pointer: '#/to', detail: 'is required' });
  if (errors.length > 0) {
    throw new Problem({ type: `${PROBLEMS}validation-error`, title: 'Your request is not valid', status: 422,
      detail: `${errors.length} field(s) failed validation`, errors });
  }
  const balance = 3_000;
  if (amount > balance) {
    throw new Problem({ type: `${PROBLEMS}insufficient-funds`, title: 'Insufficient funds', status: 422,
      detail: `The balance is ${balance} cents; the transfer needs ${amount}.`, balance });
  }
  res.status(201).json({ id: 'tr_1', amount, to });
});
app.get('/reports/broken', () => { throw new Error('connection to warehouse refused at 10.0.3.7:5432'); });

app.use((req, _res, next) => next(new Problem({ status: 404, title: 'Not Found', detail: `No route for ${req.method} ${req.path}` })));

app.use((err: any, _req: Request, res: Response, _next: NextFunction) => { // Express passes whatever was thrown
  const instance = `urn:uuid:${randomUUID()}`;
  const problem = err instanceof Problem ? err
    : err.type === 'entity.parse.failed' ? new Problem({ status: 400, title: 'Bad Request', detail: 'The body is not valid JSON.' })
    : new Problem({ status: 500, title: 'Internal Server Error', detail: 'An unexpected error occurred.' });
  if (problem.status >= 500) console.log(`[log] ${instance} ${err.stack.split('\n')[0]}`); // details stay in logs
  res.status(problem.status).type('application/problem+json').json({
    type: problem.type, title: problem.title, status: problem.status, detail: problem.detail, instance, ...problem.extensions,
  });
});

const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (body: string) => fetch(`${base}/transfers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const requests = [() => post('{"amount": -5}'), () => post('{"amount": 12000, "to": "acc_9"}'), () => post('{"amount":'),
    () => fetch(`${base}/reports/broken`), () => fetch(`${base}/nope`)];
  for (const send of requests) {
    const res = await send();
    console.log(res.status, res.headers.get('content-type'), await res.text());
  }
  server.close();
});
