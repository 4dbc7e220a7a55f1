import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// A model of a KMS: key-encryption keys (KEKs) never leave it; callers get data keys.
class KmsModel {
  #keks = new Map<string, Buffer>();
  calls = { generateDataKey: 0, decrypt: 0 };

  createKey(keyId: string): void {
    this.#keks.set(keyId, randomBytes(32));
  }

  // Returns a fresh data key twice: in plaintext (use, then forget) and wrapped under the KEK (store).
  generateDataKey(keyId: string, context: Record<string, string>): { plaintext: Buffer; wrapped: Buffer } {
    this.calls.generateDataKey++;
    const plaintext = randomBytes(32);
    return { plaintext, wrapped: Buffer.concat([Buffer.from(keyId.padEnd(16)), gcmSeal(this.#kek(keyId), plaintext, contextBytes(context))]) };
  }

  // The encryption context is AAD: the wrapped key only unwraps for the same context.
  decrypt(wrapped: Buffer, context: Record<string, string>): Buffer {
    this.calls.decrypt++;
    const keyId = wrapped.subarray(0, 16).toString().trim();
    return gcmOpen(this.#kek(keyId), wrapped.subarray(16), contextBytes(context));
  }

  #kek(keyId: string): Buffer {
    const kek = this.#keks.get(keyId);
    if (!kek) throw new Error(`no such key ${keyId}`);
    return kek;
  }
}

const contextBytes = (context: Record<string, string>): Buffer =>
  Buffer.from(JSON.stringify(Object.entries(context).sort(([a], [b]) => a.localeCompare(b))));

function gcmSeal(key: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function gcmOpen(key: Buffer, blob: Buffer, aad: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(0, 12), { authTagLength: 16 });
  decipher.setAAD(aad);
  decipher.setAuthTag(blob.subarray(12, 28));
  return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]);
}

// --- application side: one data key per record; the database stores only wrapped keys ---
interface StoredRecord { id: string; tenant: string; wrappedKey: Buffer; payload: Buffer }
const kms = new KmsModel();
kms.createKey('tenant-kek');

function encryptRecord(id: string, tenant: string, document: object): StoredRecord {
  const context = { tenant, recordId: id };
  const { plaintext, wrapped } = kms.generateDataKey('tenant-kek', context);
  const payload = gcmSeal(plaintext, Buffer.from(JSON.stringify(document)), Buffer.from(id));
  plaintext.fill(0); // best effort: drop the plaintext key as soon as it is used
  return { id, tenant, wrappedKey: wrapped, payload };
}

function decryptRecord(record: StoredRecord): unknown {
  const dataKey = kms.decrypt(record.wrappedKey, { tenant: record.tenant, recordId: record.id });
  return JSON.parse(gcmOpen(dataKey, record.payload, Buffer.from(record.id)).toString('utf8'));
}

const rows = [1, 2, 3].map((n) => encryptRecord(`doc-${n}`, 'acme', { ssn: `000-00-000${n}` }));
console.log('stored row keys:', Object.keys(rows[0]!).join(', '));
console.log('wrapped data key bytes:', rows[0]!.wrappedKey.length, '(16 key id + 12 iv + 16 tag + 32 key)');
console.log('decrypted doc-2:', JSON.stringify(decryptRecord(rows[1]!)));

// A row copied into another tenant fails: the context no longer matches.
try {
  decryptRecord({ ...rows[0]!, tenant: 'globex' });
} catch (err) {
  console.log('row moved to tenant globex:', (err as Error).message);
}
console.log('kms calls:', JSON.stringify(kms.calls));
