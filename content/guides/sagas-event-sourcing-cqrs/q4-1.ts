// A model of saga timeouts: the saga's state and deadline are stored, a sweeper acts on overdue sagas,
// and a reply that arrives after the saga gave up is handled, not ignored.
type SagaState = 'awaiting-payment' | 'confirmed' | 'cancelled';
interface SagaRecord {
  orderId: string;
  state: SagaState;
  deadline: number;
}

let now = 0; // a fake clock: the demo moves time explicitly instead of sleeping
const sagas = new Map<string, SagaRecord>();
const commands: string[] = []; // what the orchestrator asked other services to do

function start(orderId: string): void {
  sagas.set(orderId, { orderId, state: 'awaiting-payment', deadline: now + 30_000 });
  commands.push(`payments.capture(${orderId})`);
}

// Runs on a schedule in production (or as a durable timer in a workflow engine).
function sweepTimeouts(): void {
  for (const saga of sagas.values()) {
    if (saga.state === 'awaiting-payment' && now >= saga.deadline) {
      saga.state = 'cancelled';
      commands.push(`payments.cancel(${saga.orderId})`, `inventory.release(${saga.orderId})`);
    }
  }
}

function onPaymentCaptured(orderId: string): void {
  const saga = sagas.get(orderId)!;
  if (saga.state === 'awaiting-payment') {
    saga.state = 'confirmed';
    commands.push(`shipping.book(${orderId})`);
  } else if (saga.state === 'cancelled') {
    commands.push(`payments.refund(${orderId})`); // the capture raced the timeout: undo it
  } // 'confirmed': a duplicate delivery of the same reply, nothing to do
}

start('order-7');
start('order-8');
now += 10_000;
onPaymentCaptured('order-7'); // in time
now += 25_000;
sweepTimeouts(); // order-8 is 35 s old: give up
onPaymentCaptured('order-8'); // the payment service was slow, not dead
onPaymentCaptured('order-7'); // redelivered reply

for (const saga of sagas.values()) console.log(`${saga.orderId}: ${saga.state}`);
console.log('commands issued:\n  ' + commands.join('\n  '));
