import { scrypt, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';

interface Params { N: number; r: number; p: number }
const CURRENT: Params = { N: 2 ** 17, r: 8, p: 1 }; // OWASP's scrypt minimum; about 128 MiB per hash
const KEY_LENGTH = 32;

// scrypt needs 128 * N * r bytes; raise maxmem or Node rejects N = 2^17 (default maxmem is 32 MiB).
function derive(password: string, salt: Buffer, { N, r, p }: Params): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: 256 * 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

// Store the parameters with the hash so they can be raised later without breaking old rows.
async function hashPassword(password: string, params: Params = CURRENT): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return `scrypt$N=${params.N},r=${params.r},p=${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

function parse(stored: string): { params: Params; salt: Buffer; key: Buffer } {
  const [scheme, paramText, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !paramText || !salt || !key) throw new Error('unknown hash format');
  const values = Object.fromEntries(paramText.split(',').map((kv) => kv.split('=')));
  return { params: { N: Number(values.N), r: Number(values.r), p: Number(values.p) }, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const { params, salt, key } = parse(stored);
  const candidate = await derive(password, salt, params);
  return timingSafeEqual(candidate, key);
}

const needsRehash = (stored: string): boolean => {
  const { params } = parse(stored);
  return params.N < CURRENT.N || params.r !== CURRENT.r || params.p !== CURRENT.p;
};

// A row written years ago with weaker parameters.
let stored = await hashPassword('correct horse battery staple', { N: 2 ** 14, r: 8, p: 1 });
console.log('stored prefix:', stored.split('$').slice(0, 2).join('$'));
console.log('wrong password:', await verifyPassword('Tr0ub4dor&3', stored));

// On a successful login we hold the plaintext: the only moment we can upgrade the hash.
if (await verifyPassword('correct horse battery staple', stored)) {
  console.log('login ok; needs rehash:', needsRehash(stored));
  if (needsRehash(stored)) stored = await hashPassword('correct horse battery staple');
}
console.log('stored prefix:', stored.split('$').slice(0, 2).join('$'), '| needs rehash:', needsRehash(stored));
console.log('same password, different salt, different hash:', (await hashPassword('x', { N: 2 ** 10, r: 8, p: 1 })) !== (await hashPassword('x', { N: 2 ** 10, r: 8, p: 1 })));
