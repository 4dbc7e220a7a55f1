// A model of a partition leader that deduplicates by (producerId, sequence), as an idempotent producer relies on.
interface ProducedRecord {
  producerId: number;
  sequence: number;
  value: string;
}

class PartitionLeader {
  log: string[] = [];
  private lastSequence = new Map<number, number>();
  private readonly dedupe: boolean;
  constructor(dedupe: boolean) {
    this.dedupe = dedupe;
  }

  append(record: ProducedRecord): 'appended' | 'duplicate' {
    const last = this.lastSequence.get(record.producerId) ?? -1;
    if (this.dedupe && record.sequence <= last) return 'duplicate';
    this.lastSequence.set(record.producerId, Math.max(last, record.sequence));
    this.log.push(record.value);
    return 'appended';
  }
}

// The producer sends, the leader appends, the acknowledgement is lost, the producer retries the same batch.
function sendWithLostAck(leader: PartitionLeader): string[] {
  const outcomes: string[] = [];
  const records = ['debit:100', 'credit:100'].map((value, sequence) => ({ producerId: 7, sequence, value }));
  for (const record of records) {
    outcomes.push(leader.append(record)); // first attempt: written, ack lost on the way back
    outcomes.push(leader.append(record)); // retry after the request timeout
  }
  return outcomes;
}

for (const dedupe of [false, true]) {
  const leader = new PartitionLeader(dedupe);
  const outcomes = sendWithLostAck(leader);
  console.log(`enable.idempotence=${dedupe}`.padEnd(25), outcomes.join(' '), '| log:', leader.log.join(' '));
}

// Transactions: records of an aborted transaction stay in the log, and read_committed consumers skip them.
interface TxRecord {
  txId: string;
  value: string;
}
const log: TxRecord[] = [
  { txId: 't1', value: 'order-1:reserved' },
  { txId: 't2', value: 'order-2:reserved' },
  { txId: 't1', value: 'order-1:charged' },
];
const outcome = new Map([['t1', 'commit'], ['t2', 'abort']]); // the commit/abort markers the coordinator writes
const readUncommitted = log.map((r) => r.value);
const readCommitted = log.filter((r) => outcome.get(r.txId) === 'commit').map((r) => r.value);
console.log('read_uncommitted sees:', readUncommitted.join(', '));
console.log('read_committed sees:  ', readCommitted.join(', '));
