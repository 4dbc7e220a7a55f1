// @predict
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

const message = 'amount=100&to=alice';
const forged = 'amount=9999&to=mallory';

// Hash: no key. Anyone can compute it, including whoever changed the message.
const sha256 = (m: string): string => createHash('sha256').update(m).digest('hex');
console.log('hash: same input, same digest:', sha256(message) === sha256(message));
console.log('hash: attacker recomputes it for the forgery:', sha256(forged).length === 64);

// HMAC: a keyed hash. Only holders of the key can produce a tag that verifies.
const macKey = randomBytes(32);
const hmac = (m: string): string => createHmac('sha256', macKey).update(m).digest('hex');
const tag = hmac(message);
console.log('hmac: tag verifies the original:', tag === hmac(message));
console.log('hmac: tag verifies the forgery:', tag === hmac(forged));

// Encryption: reversible with the key; AES-GCM also authenticates what it decrypts.
const encKey = randomBytes(32);
const iv = randomBytes(12);
const cipher = createCipheriv('aes-256-gcm', encKey, iv);
const ciphertext = Buffer.concat([cipher.update(message, 'utf8'), cipher.final()]);
const authTag = cipher.getAuthTag();
console.log('encrypt: ciphertext hides the text:', !ciphertext.toString('utf8').includes('alice'));
const decipher = createDecipheriv('aes-256-gcm', encKey, iv, { authTagLength: 16 });
decipher.setAuthTag(authTag);
console.log('decrypt:', Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8'));
