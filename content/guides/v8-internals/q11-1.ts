const small = Buffer.allocUnsafe(100);        // carved out of the shared pool
const fromString = Buffer.from('hello');      // also pooled
const zeroed = Buffer.alloc(100);             // never pooled: gets its own zero-filled memory
const large = Buffer.allocUnsafe(40 * 1024);  // at least half the pool size: its own ArrayBuffer

console.log('Buffer.poolSize:', Buffer.poolSize);
console.log('small and fromString share one ArrayBuffer:', small.buffer === fromString.buffer);
console.log('bytes that ArrayBuffer holds:', small.buffer.byteLength);
console.log('Buffer.alloc(100) backing store:', zeroed.buffer.byteLength);
console.log('allocUnsafe(40 KiB) backing store:', large.buffer.byteLength);

// A 16-byte token cut from a pooled Buffer keeps the whole pool alive while it is referenced.
const token = Buffer.from('a1b2c3d4e5f6a7b8').subarray(0, 16);
console.log('a pooled 16-byte token pins:', token.buffer.byteLength, 'bytes');
const ownCopy = Buffer.allocUnsafeSlow(16);   // unpooled, so it pins only itself
token.copy(ownCopy);
console.log('an unpooled copy pins:', ownCopy.buffer.byteLength, 'bytes');
