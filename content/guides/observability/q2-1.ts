import express from 'express';
import type { Express, NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

interface Traceparent { traceId: string; parentId: string; sampled: boolean }
interface TraceCtx { service: string; traceId: string; parentId: string | null; spanId: string; sampled: boolean }

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
function parseTraceparent(header: string | undefined): Traceparent | null {
  const m = typeof header === 'string' ? TRACEPARENT.exec(header.trim()) : null;
  if (!m) return null;
  // Groups 1-4 always match; only the trailing group 5 may be missing.
  const [, version, traceId, parentId, flags, rest] = m as RegExpExecArray & [string, string, string, string, string, string | undefined];
  if (version === 'ff' || (version === '00' && rest !== undefined)) return null; // v00 is exactly 55 chars
  if (/^0+$/.test(traceId) || /^0+$/.test(parentId)) return null; // all-zero ids are invalid
  return { traceId, parentId, sampled: (parseInt(flags, 16) & 0x01) === 1 };
}

const als = new AsyncLocalStorage<TraceCtx>();
const log = (msg: string): void => console.log(JSON.stringify({ msg, ...als.getStore() }));

// Continue the caller's trace, or start one; every request gets its own span id.
const traceContext = (service: string) => (req: Request, res: Response, next: NextFunction): void => {
  const parent = parseTraceparent(req.get('traceparent'));
  const ctx: TraceCtx = {
    service,
    traceId: parent?.traceId ?? randomBytes(16).toString('hex'),
    parentId: parent?.parentId ?? null,
    spanId: randomBytes(8).toString('hex'),
    sampled: parent ? parent.sampled : true, // root decision: sample everything in this demo
  };
  res.set('x-trace-id', ctx.traceId); // handy for support tickets; not part of the standard
  als.run(ctx, next);
};

// Outgoing call: same trace id, OUR span id becomes the callee's parent id.
function propagationHeaders(req: Request): Record<string, string> {
  const { traceId, spanId, sampled } = als.getStore()!; // called inside a request, after traceContext
  const headers: Record<string, string> = { traceparent: `00-${traceId}-${spanId}-${sampled ? '01' : '00'}` };
  const tracestate = req.get('tracestate');
  if (tracestate) headers.tracestate = tracestate; // forward vendor state unchanged
  return headers;
}

const inventory = express().use(traceContext('inventory'));
inventory.get('/stock/:sku', (req, res) => {
  log('stock lookup');
  res.json({ sku: req.params.sku, ...als.getStore() });
});
const orders = express().use(traceContext('orders'));
orders.post('/orders', async (req, res) => {
  log('creating order');
  const r = await fetch(`${inventoryUrl}/stock/sku-1`, { headers: propagationHeaders(req) });
  const callee = await r.json();
  log('order created');
  res.json({ caller: als.getStore(), callee });
});

const listen = (app: Express): Promise<Server> =>
  new Promise((ok) => { const s = app.listen(0, '127.0.0.1', () => ok(s)); });
const [invServer, ordServer] = [await listen(inventory), await listen(orders)];
const [inventoryUrl, ordersUrl] = [invServer, ordServer].map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`);

const incoming = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
for (const traceparent of [incoming, '00-NOT-A-VALID-HEADER-01', incoming.replace(/-01$/, '-00')]) {
  console.log(`--- POST /orders with traceparent: ${traceparent}`);
  const { caller, callee } = await ((await fetch(`${ordersUrl}/orders`, { method: 'POST', headers: { traceparent } })).json() as Promise<{ caller: TraceCtx; callee: TraceCtx }>);
  console.log({
    continuedCallersTrace: caller.traceId === traceparent.split('-')[1],
    sameTraceAcrossServices: callee.traceId === caller.traceId,
    calleeParentIsCallerSpan: callee.parentId === caller.spanId,
    sampled: callee.sampled,
  });
}
invServer.close(); ordServer.close();
