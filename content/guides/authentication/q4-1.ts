import express from 'express';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';

const b64url = (buf: Buffer): string => buf.toString('base64url');
const s256 = (verifier: string): string => b64url(createHash('sha256').update(verifier).digest());

// --- Authorization server (normally Okta, Auth0, Entra ID, Keycloak ...) ---
interface PendingCode { clientId: string; redirectUri: string; challenge: string; exp: number }
const clients = new Map([['spa-client', { redirectUris: ['https://app.example/callback'] }]]);
const codes = new Map<string, PendingCode>();
const as = express();
as.get('/authorize', (req, res) => {
  // A query value may be missing or repeated (?state=a&state=b gives an array): take one string or ''.
  const q = (name: string): string => (typeof req.query[name] === 'string' ? req.query[name] : '');
  const [clientId, redirectUri, state, challenge] = [q('client_id'), q('redirect_uri'), q('state'), q('code_challenge')];
  const client = clients.get(clientId);
  // Exact string match on redirect_uri: no prefixes, no wildcards.
  if (!client || !client.redirectUris.includes(redirectUri)) return res.status(400).send('bad client/redirect');
  if (q('code_challenge_method') !== 'S256' || !challenge) return res.status(400).send('PKCE S256 required');
  const code = b64url(randomBytes(32)); // (user login and consent skipped in this demo)
  codes.set(code, { clientId, redirectUri, challenge, exp: Date.now() + 60_000 });
  res.redirect(302, `${redirectUri}?${new URLSearchParams({ code, state })}`);
});
as.post('/token', express.urlencoded({ extended: false }), (req, res) => {
  const { grant_type, code, redirect_uri, client_id, code_verifier = '' } = req.body;
  const entry = codes.get(code);
  codes.delete(code); // single use, even when the attempt fails
  const expected = Buffer.from(entry?.challenge ?? '');
  const actual = Buffer.from(s256(code_verifier));
  const ok = grant_type === 'authorization_code' && entry && entry.exp > Date.now() && entry.clientId === client_id &&
    entry.redirectUri === redirect_uri && actual.length === expected.length && timingSafeEqual(actual, expected);
  if (!ok) return res.status(400).json({ error: 'invalid_grant' });
  res.json({ access_token: b64url(randomBytes(32)), token_type: 'Bearer', expires_in: 600 });
});
const server = as.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const AS = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// --- Client: one login attempt; verifier and state live in the user's session, never in the URL ---
async function authorize(): Promise<{ code: string; verifier: string }> {
  const verifier = b64url(randomBytes(32)); // 43 chars, within RFC 7636's 43..128
  const state = b64url(randomBytes(16));
  const url = `${AS}/authorize?${new URLSearchParams({ response_type: 'code', client_id: 'spa-client',
    redirect_uri: 'https://app.example/callback', scope: 'openid profile', state,
    code_challenge: s256(verifier), code_challenge_method: 'S256' })}`;
  const res = await fetch(url, { redirect: 'manual' }); // the browser would follow this redirect
  const back = new URL(res.headers.get('location')!); // a 302 always carries Location
  console.log('authorize', res.status, '->', back.origin + back.pathname, '| state ok:', back.searchParams.get('state') === state);
  return { code: back.searchParams.get('code')!, verifier };
}
const exchange = (code: string, verifier: string): Promise<Response> => fetch(`${AS}/token`, { method: 'POST', body: new URLSearchParams({
  grant_type: 'authorization_code', code, redirect_uri: 'https://app.example/callback', client_id: 'spa-client', code_verifier: verifier }) });

const first = await authorize();
const ok = await exchange(first.code, first.verifier);
const tokens = await ok.json() as { access_token: string; token_type: string; expires_in: number };
console.log('token    ', ok.status, tokens.token_type, 'expires_in', tokens.expires_in, 'access_token length', tokens.access_token.length);
const replay = await exchange(first.code, first.verifier);
console.log('replay   ', replay.status, await replay.json());

const second = await authorize(); // attacker intercepts this code but never saw the verifier
const stolen = await exchange(second.code, b64url(randomBytes(32)));
console.log('stolen   ', stolen.status, await stolen.json());
console.log('no PKCE  ', (await fetch(`${AS}/authorize?client_id=spa-client&redirect_uri=https://app.example/callback&state=x`)).status);
server.close();
