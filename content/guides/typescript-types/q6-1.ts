type Payment =
  | { status: 'pending'; createdAt: Date }
  | { status: 'settled'; amountCents: number; settledAt: Date }
  | { status: 'failed'; reason: string; retryable: boolean };

function assertNever(value: never): never {
  // Runs only if data that the types did not allow got in (for example unvalidated JSON).
  throw new Error(`unhandled variant: ${JSON.stringify(value)}`);
}

function describePayment(p: Payment): string {
  switch (p.status) {
    case 'pending':
      return `pending since ${p.createdAt.toISOString().slice(0, 10)}`;
    case 'settled':
      return `settled ${(p.amountCents / 100).toFixed(2)}`; // p.reason would not compile here
    case 'failed':
      return p.retryable ? `failed (will retry): ${p.reason}` : `failed: ${p.reason}`;
    default:
      return assertNever(p); // p is never: every variant was handled
  }
}

const payments: Payment[] = [
  { status: 'pending', createdAt: new Date('2026-01-05T10:00:00Z') },
  { status: 'settled', amountCents: 4250, settledAt: new Date('2026-01-06T09:30:00Z') },
  { status: 'failed', reason: 'card declined', retryable: false },
];
for (const p of payments) console.log(describePayment(p));

// Add a variant and every switch that forgot it stops compiling at assertNever.
type PaymentV2 = Payment | { status: 'refunded'; refundedCents: number };

function label(p: PaymentV2): string {
  switch (p.status) {
    case 'pending':
    case 'settled':
    case 'failed':
      return p.status;
    default:
      // @ts-expect-error Argument of type '{ status: "refunded"; ... }' is not assignable to parameter of type 'never'.
      return assertNever(p);
  }
}

try {
  console.log(label({ status: 'refunded', refundedCents: 100 }));
} catch (err) {
  console.log((err as Error).message);
}
