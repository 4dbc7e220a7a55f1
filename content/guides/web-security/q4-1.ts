import express, { type RequestHandler } from 'express';
import cors from 'cors';
import type { AddressInfo } from 'node:net';

const ALLOWED = new Set(['https://app.example', 'https://admin.example']);
const strict = cors({
  origin: (origin, cb) => cb(null, origin !== undefined && ALLOWED.has(origin)), // exact match, no regex on suffixes
  credentials: true,                      // browser may send cookies and expose the response
  methods: ['GET', 'PUT'],
  allowedHeaders: ['Content-Type'],
  maxAge: 600,                            // cache the preflight for 10 minutes
});
const reflectAll = cors({ origin: true, credentials: true }); // DON'T: echoes any Origin back

const app = express();
let handlerRuns = 0;
const profile: RequestHandler = (req, res) => { handlerRuns++; res.json({ email: 'alice@example.com' }); };
// cors() adds Vary: Origin only when it allows the origin; vary every response so a shared cache
// never serves an allowed response to a disallowed origin, or the other way round.
app.use((req, res, next) => { res.vary('Origin'); next(); });
app.use('/strict', strict);
app.get('/strict/me', profile);
app.put('/strict/me', profile);
app.use('/reflect', reflectAll);
app.get('/reflect/me', profile);

const show = (label: string, res: Response): void => {
  const headers = [...res.headers].filter(([k]) => k.startsWith('access-control-') || k === 'vary');
  console.log(`${label} -> ${res.status}`);
  for (const [k, v] of headers) console.log(`    ${k}: ${v}`);
  if (!res.headers.has('access-control-allow-origin')) console.log('    (no Access-Control-Allow-Origin: the browser hides the response from the page)');
};

const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  show('preflight PUT from app.example', await fetch(`${base}/strict/me`, { method: 'OPTIONS', headers: {
    origin: 'https://app.example', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' } }));
  show('GET from app.example', await fetch(`${base}/strict/me`, { headers: { origin: 'https://app.example' } }));
  show('GET from evil.example', await fetch(`${base}/strict/me`, { headers: { origin: 'https://evil.example' } }));
  console.log(`    ...but the handler still ran ${handlerRuns} times: CORS limits reading, not sending`);
  show('reflecting config, GET from evil.example', await fetch(`${base}/reflect/me`, { headers: { origin: 'https://evil.example' } }));
  console.log('    -> evil.example can now read alice\'s data with her cookies');
  server.close();
});
