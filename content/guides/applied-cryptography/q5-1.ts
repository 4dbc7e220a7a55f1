import { randomBytes, randomInt, randomUUID } from 'node:crypto';

// Modulo bias: 256 byte values do not split evenly into 10 digits.
const counts = new Array<number>(10).fill(0);
for (let byte = 0; byte < 256; byte++) counts[byte % 10]!++;
console.log('byte % 10, how many byte values land on each digit:', counts.join(' '));

// randomInt uses rejection sampling, so every value in [min, max) is equally likely.
const draws = Array.from({ length: 1000 }, () => randomInt(0, 10));
console.log('randomInt(0, 10) stays in range:', draws.every((d) => d >= 0 && d < 10));

// A session or reset token: 32 bytes = 256 bits from the OS CSPRNG, URL-safe text.
const token = randomBytes(32).toString('base64url');
console.log('token chars:', token.length, '| url-safe:', /^[A-Za-z0-9_-]+$/.test(token));

// randomUUID is version 4: 122 random bits; fine as an id, not a substitute for a secret key.
const id = randomUUID();
console.log('uuid version nibble:', id[14], '| length:', id.length);

// A 6-digit one-time code: use randomInt, then store only a hash and limit attempts.
const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
console.log('otp digits:', code.length);
