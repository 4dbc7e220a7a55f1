// @predict
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

// alloc() zero-fills; allocUnsafe() may hand back old memory, so overwrite every byte first.
const zeroed: Buffer = Buffer.alloc(4);
const recycled: Buffer = Buffer.allocUnsafe(4).fill(0);
console.log('alloc:', zeroed, '| allocUnsafe after fill:', recycled.equals(zeroed));

// length counts UTF-16 code units; byteLength counts encoded bytes.
for (const text of ['cafe', 'café', '€5', '👍']) {
  console.log(`${JSON.stringify(text)}: length=${text.length} utf8=${Buffer.byteLength(text)} bytes`);
}

// The same bytes in different encodings.
const euro = Buffer.from('€');
console.log('hex:', euro.toString('hex'), '| base64:', euro.toString('base64'), '| bytes:', [...euro]);
console.log('UTF-8 bytes read as latin1:', Buffer.from('café').toString('latin1'));

// subarray() is a view on the same memory, not a copy.
const word = Buffer.from('node');
word.subarray(0, 1)[0] = 0x4e; // 'N'
console.log('after writing through a view:', word.toString());

// A multi-byte character split across two chunks.
const chunks: Buffer[] = [euro.subarray(0, 1), euro.subarray(1)];
console.log('toString per chunk:', JSON.stringify(chunks.map((c) => c.toString('utf8')).join('')));

const decoder = new StringDecoder('utf8');
const decoded = chunks.map((c) => decoder.write(c)).join('') + decoder.end();
console.log('StringDecoder:', JSON.stringify(decoded));

const stream = Readable.from(chunks, { objectMode: false });
stream.setEncoding('utf8'); // uses a StringDecoder internally
let viaStream = '';
for await (const piece of stream as AsyncIterable<string>) viaStream += piece;
console.log('setEncoding:', JSON.stringify(viaStream));
