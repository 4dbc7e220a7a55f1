import { DatabaseSync } from 'node:sqlite';

interface AccountRow {
  id: string;
  balance_cents: number;
}

const db = new DatabaseSync(':memory:');
db.exec(`
  CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    balance_cents INTEGER NOT NULL CHECK (balance_cents >= 0)  -- consistency rule enforced by the DB
  );
  INSERT INTO accounts VALUES ('alice', 10000), ('bob', 2500);
`);

// Run fn inside a transaction: commit if it returns, roll back if it throws.
function transaction<T>(fn: () => T): T {
  db.exec('BEGIN IMMEDIATE'); // SQLite: take the write lock now rather than on the first write
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (err) {
    db.exec('ROLLBACK');
    throw err;
  }
}

const credit = db.prepare('UPDATE accounts SET balance_cents = balance_cents + ? WHERE id = ?');
const debit = db.prepare('UPDATE accounts SET balance_cents = balance_cents - ? WHERE id = ?');
const balances = (): string =>
  (db.prepare('SELECT id, balance_cents FROM accounts ORDER BY id').all() as unknown as AccountRow[])
    .map((r) => `${r.id}=${r.balance_cents}`)
    .join(' ');

function transfer(from: string, to: string, cents: number): void {
  transaction(() => {
    credit.run(cents, to); // credit first on purpose: the debit below may still fail
    const { changes } = debit.run(cents, from);
    if (changes !== 1) throw new Error(`no account ${from}`);
  });
}

console.log('start:           ', balances());
transfer('alice', 'bob', 3000);
console.log('after 3000 a->b: ', balances());

for (const [from, to, cents] of [['bob', 'alice', 999999], ['carol', 'bob', 100]] as [string, string, number][]) {
  try {
    transfer(from, to, cents);
  } catch (err) {
    console.log(`transfer ${from}->${to} ${cents} failed: ${(err as Error).message}`);
  }
  console.log('balances now:    ', balances(), '(the credit was rolled back too)');
}
db.close();
