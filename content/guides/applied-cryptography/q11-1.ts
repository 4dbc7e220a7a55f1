import { createCipheriv, createHmac, randomBytes } from 'node:crypto';

// Two independent keys: one encrypts, one only computes the search index.
const encryptionKey = randomBytes(32);
const indexKey = randomBytes(32);

const normalise = (email: string): string => email.trim().toLowerCase();

// Blind index: a keyed hash of the normalised value, truncated to 8 bytes on purpose.
const blindIndex = (email: string): string =>
  createHmac('sha256', indexKey).update(normalise(email)).digest().subarray(0, 8).toString('hex');

function encrypt(text: string, aad: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', encryptionKey, iv, { authTagLength: 16 });
  c.setAAD(Buffer.from(aad));
  const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
}

interface UserRow { id: number; emailCiphertext: string; emailIndex: string }
const table: UserRow[] = [];
const insert = (id: number, email: string): void => {
  table.push({ id, emailCiphertext: encrypt(email, `users/${id}/email`), emailIndex: blindIndex(email) });
};
insert(1, 'Ada@Example.com');
insert(2, 'grace@example.com');
insert(3, 'ada@example.com '); // same person's address typed differently

// Equality lookup uses the index column (which a real database indexes), never the ciphertext.
const findByEmail = (email: string): number[] => table.filter((r) => r.emailIndex === blindIndex(email)).map((r) => r.id);
console.log('lookup ada@example.com ->', findByEmail('ada@example.com').join(', '));
console.log('ciphertexts of rows 1 and 3 equal:', table[0]!.emailCiphertext === table[2]!.emailCiphertext);
console.log('indexes of rows 1 and 3 equal:', table[0]!.emailIndex === table[2]!.emailIndex);
// What it leaks: anyone with the table sees which rows share an email, not what the email is.
const groups = new Map<string, number>();
for (const r of table) groups.set(r.emailIndex, (groups.get(r.emailIndex) ?? 0) + 1);
console.log('distinct emails visible to a DB reader:', groups.size, 'of', table.length, 'rows');
