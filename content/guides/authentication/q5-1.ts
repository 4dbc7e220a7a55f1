import { generateKeyPair, exportJWK, createLocalJWKSet, SignJWT, jwtVerify, type JWTPayload } from 'jose';

const ISSUER = 'https://idp.example.com';
const CLIENT_ID = 'web-app';
const NOW = 1_800_000_000; // fixed clock so the output is deterministic

// The IdP's signing key; its public half is what /.well-known/jwks.json would publish.
const idp = await generateKeyPair('RS256');
const jwk = { ...(await exportJWK(idp.publicKey)), kid: 'key-2026-11', alg: 'RS256', use: 'sig' };
const JWKS = createLocalJWKSet({ keys: [jwk] }); // production: createRemoteJWKSet(new URL(jwks_uri))

interface MintOptions { iss?: string; aud?: string; nonce?: string; exp?: number; key?: CryptoKey; kid?: string }
const mint = ({ iss = ISSUER, aud = CLIENT_ID, nonce = 'n-0S6_WzA2Mj', exp = NOW + 300, key = idp.privateKey, kid = 'key-2026-11' }: MintOptions = {}): Promise<string> =>
  new SignJWT({ nonce }).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuer(iss).setAudience(aud).setSubject('user-42').setIssuedAt(NOW).setExpirationTime(exp).sign(key);

async function validateIdToken(idToken: string, expectedNonce: string): Promise<JWTPayload> {
  const { payload } = await jwtVerify(idToken, JWKS, {
    algorithms: ['RS256'],          // what this IdP is registered to use, never "whatever the header says"
    issuer: ISSUER,                 // exact match with the discovery document's issuer
    audience: CLIENT_ID,            // the token was minted for *this* client
    requiredClaims: ['sub', 'iat', 'exp', 'nonce'],
    clockTolerance: 30,
    currentDate: new Date((NOW + 60) * 1000),
  });
  if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload['azp'] !== CLIENT_ID) throw new Error('azp mismatch');
  if (payload['nonce'] !== expectedNonce) throw new Error('nonce mismatch (replayed or injected token)');
  return payload;
}

const attacker = await generateKeyPair('RS256');
const cases: Record<string, string> = {
  'valid token': await mint(),
  'other audience': await mint({ aud: 'another-app' }),
  'other issuer': await mint({ iss: 'https://evil.example' }),
  'expired': await mint({ exp: NOW - 120 }),
  'replayed nonce': await mint({ nonce: 'from-an-old-login' }),
  'forged signature': await mint({ key: attacker.privateKey }),
  'unknown kid': await mint({ key: attacker.privateKey, kid: 'attacker-key' }),
};
for (const [name, token] of Object.entries(cases)) {
  try {
    const claims = await validateIdToken(token, 'n-0S6_WzA2Mj');
    console.log(`${name.padEnd(16)} OK sub=${claims.sub}`);
  } catch (err) {
    const e = err as Error & { code?: string; claim?: string };
    console.log(`${name.padEnd(16)} REJECTED`, e.code ? `${e.code} ${e.claim ?? ''}`.trim() : e.message);
  }
}
