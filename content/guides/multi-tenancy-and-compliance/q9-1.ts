import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

interface Sealed {
  iv: Buffer;
  tag: Buffer;
  data: Buffer;
}
interface Row {
  tenantId: string;
  id: string;
  email: Sealed; // PII is stored only encrypted
}

// Model of a KMS: one data key per tenant. In production these are wrapped by a KMS key.
const tenantKeys = new Map<string, Buffer>();
const keyFor = (tenantId: string): Buffer => {
  const key = tenantKeys.get(tenantId);
  if (!key) throw new Error(`key for ${tenantId} destroyed: data unrecoverable`);
  return key;
};

// AAD binds the ciphertext to its tenant and row, so it cannot be pasted into another row.
const aad = (tenantId: string, id: string): Buffer => Buffer.from(`${tenantId}/${id}`);

function seal(tenantId: string, id: string, plaintext: string): Sealed {
  const iv = randomBytes(12); // 96-bit nonce, never reused with the same key
  const cipher = createCipheriv('aes-256-gcm', keyFor(tenantId), iv);
  cipher.setAAD(aad(tenantId, id));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), data };
}

function open(tenantId: string, id: string, sealed: Sealed): string {
  const decipher = createDecipheriv('aes-256-gcm', keyFor(tenantId), sealed.iv);
  decipher.setAAD(aad(tenantId, id));
  decipher.setAuthTag(sealed.tag);
  return Buffer.concat([decipher.update(sealed.data), decipher.final()]).toString('utf8');
}

const tryOpen = (row: Row): string => {
  try {
    return open(row.tenantId, row.id, row.email);
  } catch (err) {
    return `error: ${(err as Error).message}`;
  }
};

for (const tenantId of ['acme', 'globex']) tenantKeys.set(tenantId, randomBytes(32));

const primary: Row[] = [
  { tenantId: 'acme', id: 'u1', email: seal('acme', 'u1', 'ada@acme.test') },
  { tenantId: 'globex', id: 'u2', email: seal('globex', 'u2', 'bob@globex.test') },
];
// A backup taken last night: a deep copy we can no longer edit row by row.
const copy = (s: Sealed): Sealed => ({ iv: Buffer.from(s.iv), tag: Buffer.from(s.tag), data: Buffer.from(s.data) });
const backup: Row[] = primary.map((r) => ({ ...r, email: copy(r.email) }));

console.log('before:', primary.map(tryOpen).join(' | '));

// A row moved to another tenant fails authentication instead of decrypting.
const moved: Row = { ...primary[0]!, tenantId: 'globex', id: 'u2' };
console.log('moved :', tryOpen(moved));

// Erasure of tenant acme: destroy one 32-byte key instead of finding every copy.
tenantKeys.delete('acme');
console.log('after (primary):', primary.map(tryOpen).join(' | '));
console.log('after (backup) :', backup.map(tryOpen).join(' | '));
console.log('ciphertext bytes still present:', backup[0]!.email.data.length);
