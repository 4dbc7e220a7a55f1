import express from 'express';
import type { AddressInfo } from 'node:net';

const app = express();
app.get('/login', (req, res) => {
  // Session cookie: not readable by JS, HTTPS only, not sent on cross-site subresource/POST requests,
  // and __Host- pins it to this exact host (no Domain) and Path=/.
  res.cookie('__Host-sid', 'opaque-session-id', {
    httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 8 * 60 * 60 * 1000,
  });
  // A UI preference that front-end JS must read: no secret inside, so HttpOnly is not needed.
  res.cookie('theme', 'dark', { secure: true, sameSite: 'lax', path: '/' });
  // A mistake: __Host- with a Domain attribute. Browsers silently drop this cookie.
  res.cookie('__Host-broken', 'x', { secure: true, domain: 'example.com', path: '/' });
  res.sendStatus(204);
});

// What a browser enforces for the prefixes (RFC 6265bis), as a quick lint for our own headers.
function lintPrefix(setCookie: string): string {
  const [pair, ...attrs] = setCookie.split('; ') as [string, ...string[]]; // split always returns one part or more
  const name = pair.slice(0, pair.indexOf('='));
  const has = (a: string): boolean => attrs.some((x) => x.toLowerCase().startsWith(a));
  if (name.startsWith('__Host-')) {
    if (!has('secure')) return 'rejected: __Host- needs Secure';
    if (has('domain=')) return 'rejected: __Host- forbids Domain';
    if (!attrs.includes('Path=/')) return 'rejected: __Host- needs Path=/';
  }
  if (name.startsWith('__Secure-') && !has('secure')) return 'rejected: __Secure- needs Secure';
  return 'accepted';
}

const server = app.listen(0, '127.0.0.1', async () => {
  const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/login`);
  console.log('status', res.status);
  for (const c of res.headers.getSetCookie()) {
    const shown = c.split('; ').filter((a) => !a.startsWith('Expires=')).join('; ');
    console.log(`${shown}\n  -> ${lintPrefix(c)}`);
  }
  server.close();
});
