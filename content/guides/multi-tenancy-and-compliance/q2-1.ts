import express from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AddressInfo } from 'node:net';

interface TenantContext {
  tenantId: string;
  requestId: string;
}
interface Order {
  tenantId: string;
  id: string;
}

const tenantStorage = new AsyncLocalStorage<TenantContext>();

// Fail closed: code that runs outside a request must not guess a tenant.
function currentTenant(): TenantContext {
  const ctx = tenantStorage.getStore();
  if (!ctx) throw new Error('no tenant context: called outside a request');
  return ctx;
}

// Stands in for a verified credential lookup (API key table or a JWT claim).
const apiKeys = new Map([
  ['key-acme', 'acme'],
  ['key-globex', 'globex'],
]);

// A barrier that opens once both requests are inside the data layer, so they really interleave.
let arrived = 0;
let openBarrier: () => void = () => {};
const barrier = new Promise<void>((resolve) => (openBarrier = resolve));

const orders: Order[] = [
  { tenantId: 'acme', id: 'o-1' },
  { tenantId: 'globex', id: 'o-2' },
  { tenantId: 'acme', id: 'o-3' },
];

// The data layer reads the tenant itself: no caller can forget to pass it.
async function listOrders(): Promise<string[]> {
  if (++arrived === 2) openBarrier();
  await barrier; // both requests are suspended here at the same time
  const { tenantId } = currentTenant(); // still the right tenant after the await
  return orders.filter((o) => o.tenantId === tenantId).map((o) => o.id);
}

const app = express();

app.use((req, res, next) => {
  const tenantId = apiKeys.get(req.get('x-api-key') ?? '');
  if (!tenantId) {
    res.status(401).json({ error: 'unknown api key' });
    return;
  }
  // Everything called from next(), sync or async, sees this store.
  tenantStorage.run({ tenantId, requestId: req.get('x-request-id') ?? 'none' }, next);
});

app.get('/orders', async (req, res) => {
  const ids = await listOrders();
  const { tenantId, requestId } = currentTenant();
  res.json({ tenantId, requestId, orders: ids });
});

const server = app.listen(0, '127.0.0.1');
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const call = async (key: string, requestId: string): Promise<string> => {
  const res = await fetch(`${base}/orders`, { headers: { 'x-api-key': key, 'x-request-id': requestId } });
  return `${res.status} ${await res.text()}`;
};

// Two tenants at once: each response must carry only its own tenant's rows.
const [acme, globex] = await Promise.all([call('key-acme', 'req-a'), call('key-globex', 'req-g')]);
console.log(acme);
console.log(globex);
console.log(await call('key-unknown', 'req-x'));

try {
  await listOrders(); // a startup script or a timer: no request, no tenant
} catch (err) {
  console.log('outside a request:', (err as Error).message);
}

server.close();
