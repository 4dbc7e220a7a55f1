import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';

// The issuer keeps the private key; every verifier gets only the public key.
const { publicKey, privateKey } = generateKeyPairSync('ed25519');

const license = JSON.stringify({ customer: 'acme', seats: 50, expires: '2027-12-31' });
// Ed25519 hashes internally, so the digest argument is null.
const signature = sign(null, Buffer.from(license), privateKey);
console.log('signature bytes:', signature.length);
console.log('deterministic (same message, same signature):', signature.equals(sign(null, Buffer.from(license), privateKey)));

// Distribute the public key as a JWK (this is what a JWKS endpoint serves).
const jwk = publicKey.export({ format: 'jwk' });
console.log('public jwk fields:', Object.keys(jwk).sort().join(', '), '| crv:', jwk.crv);

// A verifier that only has the JWK.
const verifierKey = createPublicKey({ key: jwk, format: 'jwk' });
const check = (text: string, sig: Buffer): boolean => verify(null, Buffer.from(text), verifierKey, sig);
console.log('genuine license verifies:', check(license, signature));
console.log('seats changed to 500 verifies:', check(license.replace('50', '500'), signature));

// The verifier cannot mint licenses: it has no private key, unlike an HMAC shared secret.
console.log('verifier key type:', verifierKey.type, verifierKey.asymmetricKeyType);
