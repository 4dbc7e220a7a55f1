import express from 'express';
import helmet from 'helmet';
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const app = express();
app.use((req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString('base64'); // fresh, unguessable, per response
  next();
});
app.use(helmet({
  contentSecurityPolicy: {
    directives: {
      // Strict CSP: only scripts carrying this response's nonce run; 'strict-dynamic' lets them load
      // their own dependencies. 'self' is a fallback for browsers without strict-dynamic.
      // helmet types `res` as a plain ServerResponse; at runtime it is Express's response.
      scriptSrc: ["'self'", (req, res: ServerResponse) => `'nonce-${(res as express.Response).locals.cspNonce}'`, "'strict-dynamic'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
    },
  },
}));
app.get('/', (req, res) => {
  const comment = String(req.query.comment ?? ''); // pretend this slipped through unescaped
  res.type('html').send(`<!doctype html>
<script nonce="${res.locals.cspNonce}" src="/app.js"></script>
<p>${comment}</p>
<script nonce="${res.locals.cspNonce}">window.boot?.()</script>`);
});

const server = app.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/?comment=${encodeURIComponent('<script>steal(document.cookie)</script>')}`;
  const res = await fetch(url);
  const csp = res.headers.get('content-security-policy')!;
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  console.log('status', res.status);
  console.log('CSP:', csp.replace(nonce, '<nonce>').split(';').join(';\n     '));
  console.log('nonce length', nonce.length);
  // What the browser does: a <script> runs only if its nonce attribute matches the header.
  for (const [tag] of (await res.text()).matchAll(/<script[^>]*>/g)) {
    const ok = tag.includes(`nonce="${nonce}"`);
    console.log(ok ? 'runs   ' : 'BLOCKED', tag.replace(nonce, '<nonce>'));
  }
  const again = (await fetch(url)).headers.get('content-security-policy')!;
  console.log('next response has a different nonce:', !again.includes(nonce));
  server.close();
});
