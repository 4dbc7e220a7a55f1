import express from 'express';
import { createHmac, createVerify, generateKeyPairSync } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SignJWT, jwtVerify, type JWTPayload } from 'jose';

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicPem = publicKey.export({ type: 'spki', format: 'pem' }); // public: anyone can fetch it
const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');

// A hand-rolled verifier with the classic mistakes. Do not ship this.
function naiveVerify(token: string): JWTPayload {
  const [h, p, sig] = token.split('.') as [string, string, string]; // assumes three parts, like the JavaScript
  const header = JSON.parse(Buffer.from(h, 'base64url').toString()) as { alg?: string };
  let valid: boolean;
  if (header.alg === 'none') valid = true;                       // trusts the token to say "no signature"
  else if (header.alg === 'HS256') valid = createHmac('sha256', publicPem).update(`${h}.${p}`).digest('base64url') === sig;
  else valid = createVerify('RSA-SHA256').update(`${h}.${p}`).verify(publicKey, sig, 'base64url');
  if (!valid) throw new Error('bad signature');
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as JWTPayload;
  if (claims.exp && claims.exp < Date.now() / 1000) throw new Error('expired'); // no exp = valid forever
  return claims;                                                   // never looks at iss or aud
}
// The fix: a maintained library, a pinned algorithm and every claim that scopes the token.
const strictVerify = async (token: string): Promise<JWTPayload> => (await jwtVerify(token, publicKey, {
  algorithms: ['RS256'], issuer: 'https://auth.example.com', audience: 'orders-api',
  requiredClaims: ['exp', 'sub'], maxTokenAge: '1h', clockTolerance: 30,
})).payload;

const app = express();
const guard = (verify: (token: string) => JWTPayload | Promise<JWTPayload>): express.RequestHandler => async (req, res) => {
  try { res.json({ sub: (await verify(req.get('authorization')?.replace(/^Bearer /, '') ?? '')).sub }); }
  catch { res.sendStatus(401); }
};
app.get('/naive/orders', guard(naiveVerify));
app.get('/strict/orders', guard(strictVerify));

const now = Math.floor(Date.now() / 1000);
const sign = (claims: JWTPayload, iat = now): Promise<string> => new SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).setIssuedAt(iat).sign(privateKey);
const unsigned = (header: object, claims: JWTPayload): string => `${b64(header)}.${b64(claims)}`;
const confused = unsigned({ alg: 'HS256' }, { sub: 'admin', iss: 'https://auth.example.com', aud: 'orders-api', iat: now, exp: now + 300 });
const base = { iss: 'https://auth.example.com', aud: 'orders-api', sub: 'alice' };
const tokens: Record<string, string> = {
  'legit, 5 min':            await sign({ ...base, exp: now + 300 }),
  'alg: none':               `${unsigned({ alg: 'none' }, { ...base, sub: 'admin' })}.`,
  'HS256 w/ public key':     `${confused}.${createHmac('sha256', publicPem).update(confused).digest('base64url')}`,
  'minted for billing-api':  await sign({ ...base, aud: 'billing-api', exp: now + 300 }),
  'no exp at all':           await sign(base),
  'issued 3h ago, exp 30d':  await sign({ ...base, exp: now + 30 * 86400 }, now - 3 * 3600),
};

const server = app.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  console.log('token'.padEnd(24), 'naive', 'strict');
  for (const [name, token] of Object.entries(tokens)) {
    const call = (path: string): Promise<number> => fetch(url + path, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
    console.log(name.padEnd(24), await call('/naive/orders'), '  ', await call('/strict/orders'));
  }
  server.close();
});
