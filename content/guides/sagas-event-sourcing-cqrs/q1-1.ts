// A model of an orchestrated saga: each step has an action and a compensation (a semantic undo).
interface SagaStep {
  name: string;
  action: () => Promise<void>;
  compensate: () => Promise<void>;
}

async function runSaga(steps: SagaStep[], log: string[]): Promise<'completed' | 'compensated'> {
  const done: SagaStep[] = [];
  for (const step of steps) {
    try {
      await step.action();
      log.push(`ok    ${step.name}`);
      done.push(step);
    } catch (err) {
      log.push(`FAIL  ${step.name}: ${(err as Error).message}`);
      // Undo the completed steps in reverse order; each compensation must be idempotent and retried until it succeeds.
      for (const previous of done.reverse()) {
        await previous.compensate();
        log.push(`undo  ${previous.name}`);
      }
      return 'compensated';
    }
  }
  return 'completed';
}

// Three services, each with its own database: no transaction spans them.
const stock = new Map([['sku-1', 5]]);
const payments: string[] = [];
function placeOrder(shippingAvailable: boolean): SagaStep[] {
  return [
    {
      name: 'reserve 2 x sku-1',
      action: async () => void stock.set('sku-1', stock.get('sku-1')! - 2),
      compensate: async () => void stock.set('sku-1', stock.get('sku-1')! + 2),
    },
    {
      name: 'charge 40.00',
      action: async () => void payments.push('charge 40.00'),
      compensate: async () => void payments.push('refund 40.00'), // a refund, not a deleted charge
    },
    {
      name: 'book courier',
      action: async () => {
        if (!shippingAvailable) throw new Error('no courier for this address');
      },
      compensate: async () => {},
    },
  ];
}

for (const shippingAvailable of [true, false]) {
  const log: string[] = [];
  const outcome = await runSaga(placeOrder(shippingAvailable), log);
  console.log(`order with courier=${shippingAvailable}: ${outcome}\n  ${log.join('\n  ')}`);
}
console.log('stock of sku-1:', stock.get('sku-1'), '| payment ledger:', payments.join(', '));
