// A model of a consumer loop that never lets one bad record block its partition.
interface KafkaRecord {
  offset: number;
  key: string;
  value: string;
}
interface DeadLetter {
  record: KafkaRecord;
  error: string;
  attempts: number;
}

class RetryableError extends Error {}

const partition: KafkaRecord[] = [
  { offset: 0, key: 'order-1', value: '{"amount":10}' },
  { offset: 1, key: 'order-2', value: '{"amount":' }, // poison: not valid JSON, will never parse
  { offset: 2, key: 'order-3', value: '{"amount":30}' }, // fails twice (a flaky dependency), then works
  { offset: 3, key: 'order-4', value: '{"amount":40}' },
];

const flakyFailures = new Map([['order-3', 2]]);
function handle(record: KafkaRecord): number {
  const { amount } = JSON.parse(record.value) as { amount: number }; // SyntaxError: not retryable
  const left = flakyFailures.get(record.key) ?? 0;
  if (left > 0) {
    flakyFailures.set(record.key, left - 1);
    throw new RetryableError('payment service unavailable');
  }
  return amount;
}

const MAX_ATTEMPTS = 3;
const deadLetters: DeadLetter[] = [];
let committed = 0;
for (const record of partition) {
  for (let attempt = 1; ; attempt++) {
    try {
      const amount = handle(record);
      console.log(`offset ${record.offset} ${record.key}: processed amount=${amount} (attempt ${attempt})`);
      break;
    } catch (err) {
      const error = err as Error;
      const retryable = error instanceof RetryableError && attempt < MAX_ATTEMPTS;
      if (retryable) continue; // a real consumer waits with backoff here, and keeps calling poll()
      deadLetters.push({ record, error: `${error.name}: ${error.message}`, attempts: attempt });
      console.log(`offset ${record.offset} ${record.key}: sent to DLQ after ${attempt} attempt(s)`);
      break;
    }
  }
  committed = record.offset + 1; // commit only after the record is processed or safely parked
}
console.log('committed offset:', committed);
for (const d of deadLetters) console.log('DLQ:', JSON.stringify({ offset: d.record.offset, key: d.record.key, error: d.error }));
