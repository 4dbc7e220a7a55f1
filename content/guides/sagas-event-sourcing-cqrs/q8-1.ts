// A model of snapshots: load = latest snapshot + the events after it, instead of the whole stream.
interface CartEvent {
  version: number;
  type: 'ItemAdded' | 'ItemRemoved';
  sku: string;
}
interface CartState {
  items: Record<string, number>;
}
interface Snapshot {
  version: number;
  schema: number; // bump when CartState's shape changes; older snapshots are ignored and rebuilt
  state: CartState;
}

const SNAPSHOT_SCHEMA = 2;
const SNAPSHOT_EVERY = 100;

function apply(state: CartState, e: CartEvent): CartState {
  const count = (state.items[e.sku] ?? 0) + (e.type === 'ItemAdded' ? 1 : -1);
  const items = { ...state.items, [e.sku]: count };
  if (count <= 0) delete items[e.sku];
  return { items };
}

const events: CartEvent[] = Array.from({ length: 1050 }, (_, i) => ({
  version: i + 1,
  type: i % 3 === 2 ? 'ItemRemoved' : 'ItemAdded',
  sku: `sku-${i % 4}`,
}));
const snapshots: Snapshot[] = [];

// Snapshots are written after the fact (here: every 100 versions), never inside the command's transaction.
let state: CartState = { items: {} };
for (const e of events) {
  state = apply(state, e);
  if (e.version % SNAPSHOT_EVERY === 0) snapshots.push({ version: e.version, schema: SNAPSHOT_SCHEMA, state });
}

function load(useSnapshots: boolean): { state: CartState; eventsRead: number } {
  const snapshot = useSnapshots ? snapshots.filter((s) => s.schema === SNAPSHOT_SCHEMA).at(-1) : undefined;
  const tail = events.filter((e) => e.version > (snapshot?.version ?? 0));
  return { state: tail.reduce(apply, snapshot?.state ?? { items: {} }), eventsRead: tail.length };
}

const full = load(false);
const fast = load(true);
console.log('without snapshot: read', full.eventsRead, 'events ->', JSON.stringify(full.state.items));
console.log('with snapshot:    read', fast.eventsRead, 'events ->', JSON.stringify(fast.state.items));
console.log('same state:', JSON.stringify(full.state) === JSON.stringify(fast.state));
