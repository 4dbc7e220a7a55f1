// A model of durable execution: workflow code is re-run from the top after a crash, and every activity
// result already in the history is replayed instead of being executed again.
interface HistoryEntry {
  activity: string;
  result: string;
}

class WorkflowContext {
  private position = 0;
  readonly executed: string[] = [];
  private readonly history: HistoryEntry[];
  private readonly crashAfter: number;
  constructor(history: HistoryEntry[], crashAfter = Infinity) {
    this.history = history;
    this.crashAfter = crashAfter;
  }
  async activity(name: string, run: () => Promise<string>): Promise<string> {
    const recorded = this.history[this.position];
    if (recorded) {
      // Replay: the workflow must ask for the same activity in the same order, or it is not deterministic.
      if (recorded.activity !== name) throw new Error(`non-deterministic workflow: expected ${recorded.activity}, got ${name}`);
      this.position++;
      return recorded.result;
    }
    if (this.history.length >= this.crashAfter) throw new Error('worker crashed');
    const result = await run(); // only new work reaches the outside world
    this.executed.push(name);
    this.history.push({ activity: name, result }); // persisted before the workflow continues
    this.position++;
    return result;
  }
}

const sideEffects: string[] = [];
async function orderWorkflow(ctx: WorkflowContext, orderId: string): Promise<string> {
  const reservation = await ctx.activity('reserveStock', async () => (sideEffects.push('reserve'), `res-${orderId}`));
  const payment = await ctx.activity('chargeCard', async () => (sideEffects.push('charge'), `pay-${orderId}`));
  const shipment = await ctx.activity('bookCourier', async () => (sideEffects.push('book'), `ship-${orderId}`));
  return `${reservation} ${payment} ${shipment}`;
}

const history: HistoryEntry[] = []; // the engine stores this durably, per workflow run
const first = new WorkflowContext(history, 2);
await orderWorkflow(first, 'o-1').catch((err: Error) => console.log('attempt 1:', err.message, '| executed:', first.executed.join(', ')));

const second = new WorkflowContext(history);
const result = await orderWorkflow(second, 'o-1');
console.log('attempt 2: executed:', second.executed.join(', '), '| result:', result);
console.log('side effects in the world:', sideEffects.join(', '));

// Changing the code under a running workflow breaks replay: versioning exists for this.
async function reorderedWorkflow(ctx: WorkflowContext): Promise<void> {
  await ctx.activity('chargeCard', async () => 'x');
}
await reorderedWorkflow(new WorkflowContext([...history])).catch((err: Error) => console.log('new code, old history:', err.message));
