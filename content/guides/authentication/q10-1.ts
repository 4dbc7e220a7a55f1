import express from 'express';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';

// HOTP (RFC 4226): HMAC over an 8-byte counter, then "dynamic truncation" to N digits.
function hotp(key: Buffer, counter: number, digits = 6, algorithm = 'sha1'): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(msg).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const bin = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(bin).padStart(digits, '0');
}
// TOTP (RFC 6238): the counter is the number of 30-second steps since the Unix epoch.
const totp = (key: Buffer, unixSeconds: number, digits = 6): string => hotp(key, Math.floor(unixSeconds / 30), digits);

// RFC 6238 appendix B test vectors (SHA-1, 8 digits, ASCII key "12345678901234567890").
const rfcKey = Buffer.from('12345678901234567890');
for (const t of [59, 1111111109, 1234567890, 20000000000]) console.log('RFC vector', t, totp(rfcKey, t, 8));

interface MfaUser { key: Buffer; lastStep: number }
type Verdict = 'ok' | 'replayed' | 'invalid';

// Verifier: accept one step of clock drift either way, constant-time compare, never accept a step twice.
function verifyTotp(user: MfaUser, code: unknown, unixSeconds: number): Verdict {
  const now = Math.floor(unixSeconds / 30);
  for (const step of [now - 1, now, now + 1]) {
    const expected = Buffer.from(hotp(user.key, step));
    const given = Buffer.from(String(code));
    if (given.length === expected.length && timingSafeEqual(given, expected)) {
      if (step <= user.lastStep) return 'replayed';  // the code was already used: reject
      user.lastStep = step;                          // persist this atomically in a real store
      return 'ok';
    }
  }
  return 'invalid';
}

const user: MfaUser = { key: Buffer.from('demo-secret-20-bytes'), lastStep: 0 }; // real keys: randomBytes(20), stored encrypted
let clock = 1_750_000_000; // fixed "now" so the demo is deterministic
const app = express();
app.use(express.json());
app.post('/mfa/verify', (req, res) => {
  const result = verifyTotp(user, req.body.code, clock);
  res.status(result === 'ok' ? 204 : 401).json({ result });
});

const server = app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const verify = async (code: string): Promise<string> => {
  const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mfa/verify`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  return res.status === 204 ? '204 ok' : `${res.status} ${((await res.json()) as { result: Verdict }).result}`;
};
const phoneCode = totp(user.key, clock - 25);   // phone clock 25 s behind: previous step
console.log('phone shows', phoneCode, '->', await verify(phoneCode));
console.log('same code again ->', await verify(phoneCode));
console.log('wrong code      ->', await verify('000000'));
clock += 120;                                    // four steps later the old code is outside the window
console.log('old code later  ->', await verify(totp(user.key, clock - 120)));
console.log('current code    ->', await verify(totp(user.key, clock)));
server.close();
