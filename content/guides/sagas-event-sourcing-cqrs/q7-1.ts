// A model of an event store: append-only streams with optimistic concurrency on the stream version.
interface StoredEvent {
  stream: string;
  version: number;
  type: 'Opened' | 'Deposited' | 'Withdrawn';
  amount: number;
}

class ConcurrencyError extends Error {}

class EventStore {
  private events: StoredEvent[] = [];
  read(stream: string): StoredEvent[] {
    return this.events.filter((e) => e.stream === stream);
  }
  // Append only if nobody else wrote to the stream since we read it (a unique (stream, version) key in SQL).
  append(stream: string, expectedVersion: number, newEvents: Array<Omit<StoredEvent, 'stream' | 'version'>>): number {
    const current = this.read(stream).length;
    if (current !== expectedVersion) throw new ConcurrencyError(`expected version ${expectedVersion}, stream is at ${current}`);
    newEvents.forEach((e, i) => this.events.push({ ...e, stream, version: current + i + 1 }));
    return current + newEvents.length;
  }
}

// State is a left fold over the events; the decision uses that state.
function balanceOf(events: StoredEvent[]): number {
  return events.reduce((sum, e) => (e.type === 'Withdrawn' ? sum - e.amount : sum + e.amount), 0);
}
function withdraw(store: EventStore, account: string, amount: number, loaded = store.read(account)): string {
  const balance = balanceOf(loaded);
  if (amount > balance) return `rejected: balance ${balance} < ${amount}`;
  const version = store.append(account, loaded.length, [{ type: 'Withdrawn', amount }]);
  return `withdrew ${amount}, stream at version ${version}`;
}

const store = new EventStore();
store.append('acct-1', 0, [{ type: 'Opened', amount: 0 }, { type: 'Deposited', amount: 100 }]);

// Two requests load the same state, both see 100, both try to withdraw 80.
const loadedByA = store.read('acct-1');
const loadedByB = store.read('acct-1');
console.log('A:', withdraw(store, 'acct-1', 80, loadedByA));
try {
  console.log('B:', withdraw(store, 'acct-1', 80, loadedByB));
} catch (err) {
  console.log('B:', (err as Error).message, '-> reload and decide again');
  console.log('B retry:', withdraw(store, 'acct-1', 80));
}
console.log('events:', store.read('acct-1').map((e) => `${e.version}:${e.type}(${e.amount})`).join(' '));
console.log('balance:', balanceOf(store.read('acct-1')));
