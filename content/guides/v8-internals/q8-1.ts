import { getHeapSnapshot } from 'node:v8';

interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

// Counts live objects per constructor name, from one heap snapshot (the .heapsnapshot format).
async function countLive(names: string[]): Promise<Record<string, number>> {
  const chunks: Buffer[] = [];
  for await (const chunk of getHeapSnapshot()) chunks.push(chunk as Buffer);
  const snap = JSON.parse(Buffer.concat(chunks).toString('utf8')) as HeapSnapshotJson;
  const fields = snap.snapshot.meta.node_fields;
  const typeNames = snap.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const counts: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]));
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = typeNames[snap.nodes[i + typeAt]!];
    const constructorName = snap.strings[snap.nodes[i + nameAt]!]!;
    if (type === 'object' && constructorName in counts) counts[constructorName]! += 1;
  }
  return counts;
}

class SharedScopePayload { rows = new Array<number>(1000).fill(0); }
class OwnScopePayload { rows = new Array<number>(1000).fill(0); }
const onDone: (() => string)[] = [];   // long-lived, like listeners on a shared emitter

function handleWithSharedContext(): number {
  const payload = new SharedScopePayload();
  const size = () => payload.rows.length;   // a closure that uses payload puts it in the scope's context
  onDone.push(() => 'done');                 // never mentions payload, yet keeps that context alive
  return size();
}

function handleWithoutSharedContext(): number {
  const payload = new OwnScopePayload();     // no closure uses it: an ordinary local, freed after return
  onDone.push(() => 'done');
  return payload.rows.length;
}

const tracked = ['SharedScopePayload', 'OwnScopePayload'];
const before = await countLive(tracked);
for (let i = 0; i < 200; i++) {
  handleWithSharedContext();
  handleWithoutSharedContext();
}
const after = await countLive(tracked);
console.log('callbacks kept:', onDone.length);
for (const name of tracked) {
  const grew = after[name]! > before[name]! ? '(grew)' : "(didn't grow)";
  console.log(`${name} live: ${before[name]} -> ${after[name]} ${grew}`);
}
