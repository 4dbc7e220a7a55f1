import express from 'express';
import helmet from 'helmet';
import cors from 'cors';
import type { AddressInfo } from 'node:net';

const ALLOWED_ORIGINS = new Set(['https://app.example.com', 'https://admin.example.com']);

const app = express();
app.use(helmet({
  contentSecurityPolicy: {
    useDefaults: false, // a JSON API renders nothing: allow nothing
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  },
  crossOriginResourcePolicy: { policy: 'same-site' },
}));
app.use(cors({
  origin: (origin, callback) => callback(null, origin !== undefined && ALLOWED_ORIGINS.has(origin)),
  credentials: true,
  methods: ['GET', 'POST', 'PATCH', 'DELETE'],
  allowedHeaders: ['Content-Type', 'Authorization'],
  exposedHeaders: ['X-Request-Id'],
  maxAge: 600, // seconds browsers may cache the preflight answer
}));
app.patch('/profile', (req, res) => res.json({ updated: true }));
app.get('/profile', (req, res) => res.set('X-Request-Id', 'req-1').json({ name: 'Ada' }));

const server = app.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/profile`;
  const show = (label: string, res: Response, names: string[]) => console.log(label, res.status,
    Object.fromEntries(names.map((n) => [n, res.headers.get(n)])));
  const preflight = (origin: string) => fetch(url, { method: 'OPTIONS', headers: {
    origin, 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'content-type,authorization' } });

  const corsHeaders = ['access-control-allow-origin', 'access-control-allow-credentials',
    'access-control-allow-methods', 'access-control-allow-headers', 'access-control-max-age', 'vary'];
  show('preflight from app:', await preflight('https://app.example.com'), corsHeaders);
  show('preflight from evil:', await preflight('https://evil.example'), corsHeaders.slice(0, 2));
  show('GET without Origin (curl):', await fetch(url), ['access-control-allow-origin', 'content-security-policy',
    'strict-transport-security', 'x-content-type-options', 'x-powered-by']);
  server.close();
});
