import { scrypt, randomBytes, timingSafeEqual, type BinaryLike, type ScryptOptions } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: BinaryLike, salt: BinaryLike, keylen: number, options: ScryptOptions) => Promise<Buffer>;
// OWASP minimum for scrypt: N=2^17, r=8, p=1 (128 MiB per hash, so raise maxmem from its 32 MiB default).
const PARAMS = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LEN = 32;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16); // unique per password: identical passwords get different hashes
  const key = await scryptAsync(password.normalize('NFKC'), salt, KEY_LEN, { ...PARAMS, maxmem: 256 * 1024 * 1024 });
  // Self-describing format: algorithm and cost travel with the hash, so you can raise them later.
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<{ ok: boolean; rehash: boolean }> {
  const [alg, N, r, p, saltB64, keyB64] = stored.split('$');
  if (alg !== 'scrypt' || !keyB64) return { ok: false, rehash: false };
  const expected = Buffer.from(keyB64, 'base64url');
  const params = { N: Number(N), r: Number(r), p: Number(p), maxmem: 256 * 1024 * 1024 };
  const actual = await scryptAsync(password.normalize('NFKC'), Buffer.from(saltB64!, 'base64url'), expected.length, params); // saltB64 is there when keyB64 is
  // Constant-time comparison: no early exit on the first differing byte.
  const ok = timingSafeEqual(actual, expected);
  const rehash = ok && (params.N !== PARAMS.N || params.r !== PARAMS.r || params.p !== PARAMS.p);
  return { ok, rehash };
}

// The async calls run on libuv's thread pool, so independent hashes proceed in parallel.
const [a, b] = await Promise.all([hashPassword('correct horse battery staple'), hashPassword('correct horse battery staple')]);
console.log('prefix:', a.split('$').slice(0, 4).join('$'), '| fields:', a.split('$').length);
console.log('same password, same hash?', a === b);
const [right, wrong] = await Promise.all([verifyPassword('correct horse battery staple', a), verifyPassword('Correct horse battery staple', a)]);
console.log('right password:', right);
console.log('wrong password:', wrong);

// A hash made with yesterday's weaker cost still verifies, and is flagged for upgrade on login.
const salt = randomBytes(16);
const weak = await scryptAsync('hunter2', salt, KEY_LEN, { N: 2 ** 14, r: 8, p: 1 });
const legacy = ['scrypt', 2 ** 14, 8, 1, salt.toString('base64url'), weak.toString('base64url')].join('$');
console.log('legacy hash:', await verifyPassword('hunter2', legacy));
