import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { SignJWT, UnsecuredJWT, createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import type { AddressInfo } from 'node:net';

declare global {
  namespace Express {
    interface Request { auth?: { subject: string | undefined; scopes: Set<string> } }
  }
}

// Demo: a local authorization server (issuer) publishes its signing key as a JWKS on loopback.
const { publicKey, privateKey } = await generateKeyPair('RS256');
const publicJwk = { ...(await exportJWK(publicKey)), kid: 'key-2026-11', alg: 'RS256', use: 'sig' };
const issuerApp = express();
issuerApp.get('/.well-known/jwks.json', (_req, res) => res.json({ keys: [publicJwk] }));
const issuerServer = issuerApp.listen(0, '127.0.0.1');
await new Promise((resolve) => issuerServer.once('listening', resolve));

const ISSUER = `http://127.0.0.1:${(issuerServer.address() as AddressInfo).port}/`; // e.g. https://login.example.com/
const AUDIENCE = 'https://api.example.com/orders';   // this API's identifier at the issuer
const jwks = createRemoteJWKSet(new URL('.well-known/jwks.json', ISSUER)); // cached, refetched on new kid

// Errors that mean "bad token". Anything else (JWKS down, timeouts) is our fault: 5xx.
const TOKEN_ERRORS = new Set([
  'ERR_JWT_EXPIRED', 'ERR_JWT_CLAIM_VALIDATION_FAILED', 'ERR_JWT_INVALID', 'ERR_JWS_INVALID',
  'ERR_JWS_SIGNATURE_VERIFICATION_FAILED', 'ERR_JOSE_ALG_NOT_ALLOWED', 'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JOSE_NOT_SUPPORTED',
]);

function challenge(res: Response, status: 401 | 403, error?: string, extra = ''): void {
  const code = error ? `, error="${error}"` : '';
  res.set('WWW-Authenticate', `Bearer realm="orders"${code}${extra}`);
  res.status(status).json({ error: error ?? 'unauthorized' });
}

export async function authenticate(req: Request, res: Response, next: NextFunction): Promise<void> {
  const [scheme, token] = (req.get('authorization') ?? '').split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) return challenge(res, 401); // no credentials: no error code
  try {
    const { payload } = await jwtVerify(token, jwks, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['RS256'],       // allow-list: the token's own alg header never decides
      requiredClaims: ['exp', 'sub'],
      clockTolerance: 5,           // seconds of skew between our clock and the issuer's
    });
    const granted = payload.scope ?? payload.scp ?? []; // a space-separated string or an array, per issuer
    const scopes = Array.isArray(granted) ? granted.map(String) : String(granted).split(' ');
    req.auth = { subject: payload.sub, scopes: new Set(scopes) };
    next();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code !== 'string' || !TOKEN_ERRORS.has(code)) return next(err);
    console.info(`token rejected: ${code}`); // log the reason, never the token
    challenge(res, 401, 'invalid_token');
  }
}

export const requireScope = (...needed: string[]) => (req: Request, res: Response, next: NextFunction): void => {
  if (needed.every((scope) => req.auth?.scopes.has(scope))) return next();
  challenge(res, 403, 'insufficient_scope', `, scope="${needed.join(' ')}"`);
};

export const app = express();
app.use('/orders', authenticate);
app.get('/orders', requireScope('orders:read'), (req, res) => {
  res.json({ owner: req.auth?.subject, orders: [] });
});
app.post('/orders', requireScope('orders:write'), (_req, res) => res.status(201).json({ created: true }));

// Demo: the issuer mints tokens; the API accepts or rejects them.
const now = Math.floor(Date.now() / 1000);
const issue = (claims: Record<string, unknown>, { aud = AUDIENCE, exp = now + 300 } = {}) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: publicJwk.kid }).setIssuer(ISSUER)
    .setAudience(aud).setSubject('user-123').setIssuedAt(now - 10).setExpirationTime(exp).sign(privateKey);
const hmacForgery = await new SignJWT({ scope: 'orders:read' }).setProtectedHeader({ alg: 'HS256' })
  .setIssuer(ISSUER).setAudience(AUDIENCE).setSubject('attacker').setExpirationTime(now + 300)
  .sign(new TextEncoder().encode('a-secret-the-attacker-chose-32by'));
const unsigned = new UnsecuredJWT({ scope: 'orders:read' }).setIssuer(ISSUER).setAudience(AUDIENCE)
  .setSubject('attacker').setExpirationTime(now + 300).encode();

const cases: Array<[label: string, method: string, token?: string]> = [
  ['no Authorization header', 'GET'],
  ['scope orders:read', 'GET', await issue({ scope: 'orders:read' })],
  ['scope orders:read', 'POST', await issue({ scope: 'orders:read' })],
  ['scp ["orders:write"]', 'POST', await issue({ scp: ['orders:write'] })],
  ['scp "orders:read orders:write"', 'POST', await issue({ scp: 'orders:read orders:write' })],
  ['expired a minute ago', 'GET', await issue({ scope: 'orders:read' }, { exp: now - 60 })],
  ['audience is another API', 'GET', await issue({ scope: 'orders:read' }, { aud: 'https://api.example.com/billing' })],
  ['HS256 forgery', 'GET', hmacForgery],
  ['alg "none"', 'GET', unsigned],
];
const apiServer = app.listen(0, '127.0.0.1');
await new Promise((resolve) => apiServer.once('listening', resolve));
const api = `http://127.0.0.1:${(apiServer.address() as AddressInfo).port}/orders`;
for (const [label, method, token] of cases) {
  const res = await fetch(api, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });
  console.log(`${method} ${label} -> ${res.status} ${await res.text()}`);
  const challengeHeader = res.headers.get('www-authenticate');
  if (challengeHeader) console.log(`  WWW-Authenticate: ${challengeHeader}`);
}
apiServer.close();
issuerServer.close();
