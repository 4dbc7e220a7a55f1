import { Readable, Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';

type CsvRow = Record<string, string>;
interface ParsedRow {
  id: number;
  [column: string]: string | number;
}

// Bytes in, one plain object per CSV line out.
class CsvToObjects extends Transform {
  #decoder = new StringDecoder('utf8'); // keeps a multi-byte character split across chunks
  #partial = ''; // an unfinished line carried over to the next chunk
  #headers: string[] | null = null;

  constructor() {
    super({ readableObjectMode: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const lines = (this.#partial + this.#decoder.write(chunk)).split('\n');
    this.#partial = lines.pop()!; // split() always returns at least one element
    try {
      for (const line of lines) this.#pushRow(line);
      callback();
    } catch (err) {
      callback(err as Error); // fails the whole pipeline
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.#pushRow(this.#partial + this.#decoder.end()); // the last line may lack "\n"
      callback();
    } catch (err) {
      callback(err as Error);
    }
  }

  #pushRow(rawLine: string): void {
    const line = rawLine.replace(/\r$/, '');
    if (line === '') return;
    const cells = line.split(','); // no quoted fields: use a real CSV parser for those
    if (this.#headers === null) {
      this.#headers = cells;
      return;
    }
    if (cells.length !== this.#headers.length) throw new Error(`expected ${this.#headers.length} cells: ${line}`);
    this.push(Object.fromEntries(this.#headers.map((name, i) => [name, cells[i]!])) satisfies CsvRow);
  }
}

// Arbitrary chunk boundaries, as a file or socket would deliver them:
// the first cut falls inside a line, the second inside the two bytes of "ë".
const csv = Buffer.from('id,name,city\r\n1,Zoë,Paris\r\n2,René,Lyon\r\n3,Ana,Porto');
const chunks = [csv.subarray(0, 9), csv.subarray(9, 19), csv.subarray(19)];

await pipeline(
  Readable.from(chunks),
  new CsvToObjects(),
  async function* (rows: AsyncIterable<CsvRow>): AsyncGenerator<ParsedRow> { // an async generator is a transform stage as well
    for await (const row of rows) yield { ...row, id: Number(row.id) };
  },
  async function (rows: AsyncIterable<ParsedRow>) { // and an async function can be the final consumer
    for await (const row of rows) console.log(JSON.stringify(row));
  },
);
