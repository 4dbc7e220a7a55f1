import express from 'express';
import type { AddressInfo } from 'node:net';
import * as z from 'zod';

type Obj = Record<string, unknown>;

// The classic bug: a recursive merge that follows whatever keys the input contains.
function naiveMerge(target: Obj, source: Obj): Obj {
  for (const key in source) {
    if (source[key] && typeof source[key] === 'object') {
      target[key] ??= {};
      naiveMerge(target[key] as Obj, source[key] as Obj); // key "__proto__" makes target[key] === Object.prototype
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

// Fix 1: validate the shape. Unknown keys (including __proto__ and constructor) are rejected.
const SettingsPatch = z.strictObject({
  theme: z.enum(['light', 'dark']).optional(),
  notifications: z.strictObject({ email: z.boolean().optional(), sms: z.boolean().optional() }).optional(),
});
// Fix 2 (defence in depth): a merge that refuses prototype-reaching keys and only walks own props.
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
function safeMerge(target: Obj, source: Obj): Obj {
  for (const key of Object.keys(source)) {
    if (FORBIDDEN.has(key)) continue;
    const value = source[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!Object.hasOwn(target, key)) target[key] = {};
      safeMerge(target[key] as Obj, value as Obj);
    } else target[key] = value;
  }
  return target;
}

const settings: Obj = { theme: 'light', notifications: { email: true } };
const app = express();
app.use(express.json());
app.patch('/unsafe/settings', (req, res) => res.json(naiveMerge(settings, req.body)));
app.patch('/settings', (req, res) => {
  const parsed = SettingsPatch.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.issues.map((i) => i.message) });
  res.json(safeMerge(settings, parsed.data));
});
app.get('/admin', (req, res) => {
  const session: Obj = { user: 'guest' };            // a plain object: inherits from Object.prototype
  res.sendStatus(session.isAdmin ? 200 : 403);       // Object.hasOwn(session, 'isAdmin') would not be fooled
});

const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const patch = (path: string, body: string): Promise<Response> => fetch(base + path, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body });
  for (const body of ['{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"isAdmin":true}}}']) {
    for (const path of ['/settings', '/unsafe/settings']) {
      const res = await patch(path, body);
      const admin = (await fetch(`${base}/admin`)).status;
      console.log(`${path.padEnd(17)} ${body.padEnd(47)} -> ${res.status} | GET /admin ${admin} | ({}).isAdmin = ${({} as Obj).isAdmin}`);
      delete (Object.prototype as Obj).isAdmin;      // clean up so the next attempt starts fresh
    }
  }
  console.log('valid patch ->', (await patch('/settings', '{"theme":"dark","notifications":{"sms":true}}')).status, JSON.stringify(settings));
  server.close();
});
