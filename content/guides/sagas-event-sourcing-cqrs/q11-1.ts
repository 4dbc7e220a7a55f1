// @predict
// A model of read-your-writes on an eventually consistent read model: the command returns the position
// of its event, and the query waits (event-driven, with a deadline) until the projection has reached it.
import { EventEmitter, once } from 'node:events';

const log: Array<{ position: number; userId: string; displayName: string }> = [];
const readModel = new Map<string, string>();
let checkpoint = 0;
const progress = new EventEmitter();

function renameUser(userId: string, displayName: string): number {
  log.push({ position: log.length + 1, userId, displayName });
  return log.length; // returned to the client, e.g. as a header or in the response body
}

// The projector runs asynchronously; here we step it by hand to make the lag visible.
function projectNext(): void {
  const e = log[checkpoint];
  if (!e) return;
  readModel.set(e.userId, e.displayName);
  checkpoint = e.position;
  progress.emit('advanced', checkpoint);
}

async function getDisplayName(userId: string, minPosition = 0): Promise<string> {
  const deadline = AbortSignal.timeout(2_000); // give up and fall back rather than hang
  while (checkpoint < minPosition) await once(progress, 'advanced', { signal: deadline });
  return readModel.get(userId) ?? '(none)';
}

renameUser('u-1', 'Ada');
projectNext();
const position = renameUser('u-1', 'Ada Lovelace');

console.log('plain read right after the write:', await getDisplayName('u-1'), `(projection at ${checkpoint}, write at ${position})`);
const consistentRead = getDisplayName('u-1', position);
projectNext(); // the projector catches up
console.log('read with minPosition:           ', await consistentRead, `(projection at ${checkpoint})`);
