import { randomUUIDv7 } from 'node:crypto'; // Node >= 24.16 (RFC 9562 version 7)

// Snowflake layout: 41 bits ms since a custom epoch | 10 bits worker | 12 bits sequence.
const EPOCH = 1_704_067_200_000n; // 2024-01-01T00:00:00Z: 2^41 ms from here lasts ~69 years
class Snowflake {
  #lastMs = -1n;
  #seq = 0n;
  readonly workerId: bigint;
  readonly now: () => bigint;
  constructor(workerId: number, now: () => bigint = () => BigInt(Date.now())) {
    if (!Number.isInteger(workerId) || workerId < 0 || workerId > 1023) throw new RangeError('workerId needs 10 bits');
    this.workerId = BigInt(workerId); // must be unique per live process: lease it (e.g. from etcd/ZooKeeper)
    this.now = now;
  }
  next(): bigint {
    let ms = this.now();
    if (ms < this.#lastMs) throw new Error(`clock moved back ${this.#lastMs - ms} ms: refusing to risk duplicates`);
    if (ms === this.#lastMs) {
      this.#seq = (this.#seq + 1n) & 0xfffn;
      if (this.#seq === 0n) while ((ms = this.now()) <= this.#lastMs); // 4096 ids this ms: wait for the next
    } else {
      this.#seq = 0n;
    }
    this.#lastMs = ms;
    return ((ms - EPOCH) << 22n) | (this.workerId << 12n) | this.#seq;
  }
  static decode(id: bigint): { at: string; worker: number; seq: number } {
    return { at: new Date(Number((id >> 22n) + EPOCH)).toISOString(), worker: Number((id >> 12n) & 0x3ffn), seq: Number(id & 0xfffn) };
  }
}

const ticks = [1_767_225_600_000n, 1_767_225_600_000n, 1_767_225_600_000n, 1_767_225_600_001n, 1_767_225_599_990n];
const gen = new Snowflake(42, () => ticks.shift()!); // one tick per next() call below, five in all
const ids = Array.from({ length: 4 }, () => gen.next());
for (const id of ids) console.log(`${id}`, JSON.stringify(Snowflake.decode(id)));
try { gen.next(); } catch (err) { console.log('NTP step back:', (err as Error).message); }
console.log('as a JS number:', Number(ids[1]), '| exact?', BigInt(Number(ids[1])) === ids[1], '-> send it as a string in JSON');

// UUIDv7: 48-bit Unix ms timestamp, then random bits. No coordination, 16 bytes, time-ordered.
const u = randomUUIDv7();
const msOf = (uuid: string): number => parseInt(uuid.replaceAll('-', '').slice(0, 12), 16);
console.log(u, '| version', u[14], '| variant ok', '89ab'.includes(u[19]!), '| ms ~ now', Math.abs(msOf(u) - Date.now()) < 5_000);
const many = Array.from({ length: 2_000 }, () => randomUUIDv7());
let crossMsInversions = 0, sameMsInversions = 0;
for (let i = 1; i < many.length; i++) {
  if (many[i]! > many[i - 1]!) continue;
  if (msOf(many[i]!) === msOf(many[i - 1]!)) sameMsInversions++; else crossMsInversions++;
}
console.log('out of order across milliseconds:', crossMsInversions, '| within one millisecond:', sameMsInversions > 0 ? 'yes' : 'no');
