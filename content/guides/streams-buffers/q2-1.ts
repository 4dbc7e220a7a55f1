import { Writable } from 'node:stream';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

interface ProduceResult {
  peakBuffered: number;
  pauses: number;
}

// A deliberately slow destination: each chunk takes 2 ms to "flush".
function slowSink(): Writable {
  return new Writable({
    highWaterMark: 8, // bytes; the default is 64 KiB
    write(_chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void) {
      setTimeout(callback, 2);
    },
  });
}

async function produce(sink: Writable, { respectBackpressure }: { respectBackpressure: boolean }): Promise<ProduceResult> {
  let peakBuffered = 0;
  let pauses = 0;
  for (let i = 0; i < 20; i++) {
    const ok = sink.write(`row${String(i).padStart(2, '0')}\n`); // 6 bytes per row
    peakBuffered = Math.max(peakBuffered, sink.writableLength);
    if (!ok && respectBackpressure) {
      if (pauses === 0) console.log(`  write #${i + 1} returned false at ${sink.writableLength} buffered bytes`);
      pauses++;
      await once(sink, 'drain'); // resume only once the buffer has emptied
    }
  }
  sink.end();
  await finished(sink);
  return { peakBuffered, pauses };
}

console.log('ignoring write() return value:');
console.log(' ', await produce(slowSink(), { respectBackpressure: false }));
console.log('waiting for drain:');
console.log(' ', await produce(slowSink(), { respectBackpressure: true }));
