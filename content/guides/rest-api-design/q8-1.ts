import express, { type NextFunction, type Request, type Response } from 'express';
import type { AddressInfo } from 'node:net';

type Money = { value: number; currency: string };
type Body = Record<string, unknown>;
type VersionChange = { version: string; summary: string; downgrade: (body: Body) => Body };

// Newest first. Each breaking change knows how to turn its version's response into the previous shape.
const CHANGES: VersionChange[] = [
  { version: '2026-09-01', summary: 'amount became { value, currency }',
    downgrade: ({ amount, ...rest }) => ({ ...rest, amount: (amount as Money).value, currency: (amount as Money).currency }) },
  { version: '2026-03-01', summary: 'state was renamed to status',
    downgrade: ({ status, ...rest }) => ({ ...rest, state: status }) },
];
const OLDEST = '2025-06-01';
const LATEST = CHANGES[0]!.version;
const SUPPORTED = [LATEST, ...CHANGES.slice(1).map((c) => c.version), OLDEST];
const DEPRECATED = new Map([[OLDEST, { since: '2026-06-01T00:00:00Z', sunset: '2027-06-01T00:00:00Z' }]]);

function apiVersion(req: Request, res: Response, next: NextFunction) {
  const version: string = req.get('api-version') ?? res.locals.account.pinnedVersion ?? LATEST;
  if (!SUPPORTED.includes(version)) return res.status(400).json({ error: `unknown Api-Version ${version}`, supported: SUPPORTED });
  res.locals.version = version;
  res.set('Api-Version', version);
  const deprecation = DEPRECATED.get(version);
  if (deprecation) {
    res.set('Deprecation', `@${Date.parse(deprecation.since) / 1000}`);   // RFC 9745 structured date
    res.set('Sunset', new Date(deprecation.sunset).toUTCString());         // RFC 8594 HTTP-date
    res.set('Link', '<https://developer.example.com/versions>; rel="deprecation"; type="text/html"');
  }
  next();
}

// The core always builds the newest shape; older versions are derived from it.
const render = (body: Body, version: string): Body =>
  CHANGES.filter((c) => c.version > version).reduce((b, c) => c.downgrade(b), body);

const app = express();
app.use((_req, res, next) => { res.locals.account = { id: 'acct_1', pinnedVersion: '2026-03-01' }; next(); });
app.use(apiVersion);
app.get('/payments/:id', (req, res) => {
  const payment = { id: req.params.id, status: 'succeeded', amount: { value: 1299, currency: 'eur' } };
  res.json(render(payment, res.locals.version));
});

const server = app.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/payments/pay_1`;
  for (const version of [undefined, LATEST, OLDEST, '2024-01-01']) {
    const res = await fetch(url, { headers: version ? { 'api-version': version } : {} });
    console.log(`Api-Version ${version ?? '(none: account pin)'} -> ${res.status} ${await res.text()}`);
    for (const h of ['api-version', 'deprecation', 'sunset', 'link']) if (res.headers.has(h)) console.log(`  ${h}: ${res.headers.get(h)}`);
  }
  server.close();
});
