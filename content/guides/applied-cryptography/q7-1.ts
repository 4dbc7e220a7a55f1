import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Model of a KMS key with versions. Wrapped keys start with the version that wrapped them.
class RotatingKekModel {
  #versions = new Map<number, Buffer>();
  primary = 0;

  rotate(): number {
    this.primary++;
    this.#versions.set(this.primary, randomBytes(32));
    return this.primary;
  }

  wrap(dataKey: Buffer): Buffer {
    return Buffer.concat([Buffer.from([this.primary]), seal(this.#version(this.primary), dataKey)]);
  }

  unwrap(wrapped: Buffer): Buffer {
    return open(this.#version(wrapped[0]!), wrapped.subarray(1));
  }

  // Like KMS ReEncrypt: unwrap and wrap under the primary version inside the KMS.
  rewrap(wrapped: Buffer): Buffer {
    return wrapped[0] === this.primary ? wrapped : this.wrap(this.unwrap(wrapped));
  }

  destroy(version: number): void {
    this.#versions.delete(version);
  }

  #version(v: number): Buffer {
    const key = this.#versions.get(v);
    if (!key) throw new Error(`key version ${v} is destroyed`);
    return key;
  }
}

function seal(key: Buffer, plaintext: Buffer): Buffer {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  const body = Buffer.concat([c.update(plaintext), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]);
}

function open(key: Buffer, blob: Buffer): Buffer {
  const d = createDecipheriv('aes-256-gcm', key, blob.subarray(0, 12), { authTagLength: 16 });
  d.setAuthTag(blob.subarray(12, 28));
  return Buffer.concat([d.update(blob.subarray(28)), d.final()]);
}

interface Row { id: number; wrappedKey: Buffer; payload: Buffer }
const kek = new RotatingKekModel();
kek.rotate();

const insert = (id: number, text: string): Row => {
  const dataKey = randomBytes(32);
  return { id, wrappedKey: kek.wrap(dataKey), payload: seal(dataKey, Buffer.from(text)) };
};
const read = (row: Row): string => open(kek.unwrap(row.wrappedKey), row.payload).toString();
const versions = (rows: Row[]): string => rows.map((r) => `v${r.wrappedKey[0]}`).join(' ');

const rows = [insert(1, 'alpha'), insert(2, 'bravo'), insert(3, 'charlie')];
console.log('before rotation:', versions(rows));

kek.rotate(); // new writes use v2 at once; old rows still unwrap with v1
rows.push(insert(4, 'delta'));
console.log('after rotation: ', versions(rows), '| all readable:', rows.every((r) => read(r).length > 0));

// Background job: rewrap only the small wrapped keys; the payloads are not touched.
const payloadsBefore = rows.map((r) => r.payload.toString('hex'));
for (const row of rows) row.wrappedKey = kek.rewrap(row.wrappedKey);
console.log('after rewrap:   ', versions(rows), '| payloads unchanged:', rows.every((r, i) => r.payload.toString('hex') === payloadsBefore[i]));

kek.destroy(1); // safe only once nothing references v1
console.log('v1 destroyed, reads:', rows.map(read).join(' '));

// Crypto-shredding: destroying the only version a row depends on makes that row unreadable.
kek.destroy(2);
try {
  read(rows[0]!);
} catch (err) {
  console.log('after destroying v2:', (err as Error).message);
}
