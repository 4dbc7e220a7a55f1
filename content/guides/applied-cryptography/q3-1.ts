import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 1; // first byte of every blob, so the format can change later
const IV_LENGTH = 12; // 96-bit nonce: the size GCM is designed for
const TAG_LENGTH = 16; // full 128-bit tag; never truncate

// Layout: version (1) | iv (12) | tag (16) | ciphertext. AAD binds the blob to its context.
function seal(key: Buffer, plaintext: string, aad: string): Buffer {
  const iv = randomBytes(IV_LENGTH); // fresh random nonce for every message under this key
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ciphertext]);
}

function open(key: Buffer, blob: Buffer, aad: string): string {
  if (blob[0] !== VERSION) throw new Error('unknown version');
  const iv = blob.subarray(1, 1 + IV_LENGTH);
  const tag = blob.subarray(1 + IV_LENGTH, 1 + IV_LENGTH + TAG_LENGTH);
  const ciphertext = blob.subarray(1 + IV_LENGTH + TAG_LENGTH);
  // authTagLength makes Node reject a truncated tag instead of accepting it.
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  // final() throws if the tag does not match: nothing decrypted is trusted before that.
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
}

const attempt = (label: string, fn: () => string): void => {
  try {
    console.log(label.padEnd(28), 'ok:', fn());
  } catch (err) {
    console.log(label.padEnd(28), 'rejected:', (err as Error).message);
  }
};

const key = randomBytes(32);
const blob = seal(key, 'iban=DE89370400440532013000', 'users/42/iban');
console.log('blob bytes:', blob.length, '(1 + 12 + 16 + 27)');

attempt('correct key and AAD', () => open(key, blob, 'users/42/iban'));
attempt('copied to another row', () => open(key, blob, 'users/43/iban'));
const flipped = Buffer.from(blob);
flipped[flipped.length - 1]! ^= 1;
attempt('one ciphertext bit flipped', () => open(key, flipped, 'users/42/iban'));
attempt('truncated tag', () => {
  const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(1, 13), { authTagLength: TAG_LENGTH });
  decipher.setAuthTag(blob.subarray(13, 17));
  return 'accepted';
});

// Nonce reuse: two messages under the same key and IV leak the XOR of their plaintexts.
const iv = randomBytes(IV_LENGTH);
const encryptWithIv = (text: string): Buffer => {
  const c = createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([c.update(text, 'utf8'), c.final()]);
};
const a = 'transfer 100 to alice';
const b = 'transfer 999 to mallo';
const ca = encryptWithIv(a);
const cb = encryptWithIv(b);
// An eavesdropper who knows (or guesses) message a recovers message b without the key.
const recovered = Buffer.from(ca.map((byte, i) => byte ^ cb[i]! ^ a.charCodeAt(i))).toString('utf8');
console.log('nonce reuse recovers:', recovered);
