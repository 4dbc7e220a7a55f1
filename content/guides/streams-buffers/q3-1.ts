import { Readable, Transform, Writable } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setImmediate as tick } from 'node:timers/promises';

interface Stages {
  source: Readable;
  upper: Transform;
  sink: Writable;
  out: string[];
}

function makeStages(label: string): Stages {
  const source = Readable.from(['a', 'b', 'boom', 'c', 'd']); // think: a file or a DB cursor
  source.on('close', () => console.log(`  [${label}] source closed`));
  const upper = new Transform({
    objectMode: true,
    transform(chunk: string, _encoding: BufferEncoding, callback: TransformCallback) {
      if (chunk === 'boom') return callback(new Error('bad record'));
      callback(null, chunk.toUpperCase());
    },
  });
  const out: string[] = [];
  const sink = new Writable({
    objectMode: true,
    write(chunk: string, _encoding: BufferEncoding, callback: (error?: Error | null) => void) {
      out.push(chunk);
      callback();
    },
  });
  return { source, upper, sink, out };
}

console.log('pipe():');
{
  const { source, upper, sink, out } = makeStages('pipe');
  // Without this listener the error would be unhandled and crash the process.
  upper.on('error', (err: Error) => console.log(`  transform error: ${err.message}`));
  source.pipe(upper).pipe(sink);
  for (let i = 0; i < 5; i++) await tick();
  console.log(`  wrote ${out.join('')}; source destroyed=${source.destroyed}, sink finished=${sink.writableFinished}, sink destroyed=${sink.destroyed}`);
  source.destroy(); // manual cleanup that pipe() leaves to you
  await tick();
}

console.log('pipeline():');
{
  const { source, upper, sink, out } = makeStages('pipeline');
  try {
    await pipeline(source, upper, sink);
  } catch (err) {
    console.log(`  pipeline rejected: ${(err as Error).message}`);
  }
  console.log(`  wrote ${out.join('')}; source destroyed=${source.destroyed}, sink destroyed=${sink.destroyed}`);
}
