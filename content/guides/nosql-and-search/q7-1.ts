// A model of DynamoDB conditional writes: the condition and the write are one atomic step.
interface Item { PK: string; version: number; [attr: string]: unknown }
type Condition = (existing: Item | undefined) => boolean;

class ConditionalCheckFailedException extends Error {
  override name = 'ConditionalCheckFailedException';
}

class TableModel {
  #items = new Map<string, Item>();
  writes = 0;
  failedConditions = 0;

  get(pk: string): Item | undefined {
    const item = this.#items.get(pk);
    return item && structuredClone(item);
  }

  // PutItem with a ConditionExpression; a failed condition still consumes write capacity.
  put(item: Item, condition: Condition = () => true): void {
    this.writes++;
    if (!condition(this.#items.get(item.PK))) {
      this.failedConditions++;
      throw new ConditionalCheckFailedException(`condition failed for ${item.PK}`);
    }
    this.#items.set(item.PK, structuredClone(item));
  }
}

// ConditionExpression equivalents.
const attributeNotExists: Condition = (existing) => existing === undefined; // attribute_not_exists(PK)
const versionIs = (v: number): Condition => (existing) => existing?.version === v; // #version = :expected

const table = new TableModel();

// 1. Create-if-absent: the second signup with the same email fails instead of overwriting.
for (const attempt of ['first', 'second']) {
  try {
    table.put({ PK: 'EMAIL#ada@example.com', version: 1, userId: `u-${attempt}` }, attributeNotExists);
    console.log(`${attempt} signup: created`);
  } catch (err) {
    if (!(err instanceof ConditionalCheckFailedException)) throw err;
    console.log(`${attempt} signup: email taken`);
  }
}

// 2. Optimistic locking: read, change, write only if nobody else wrote in between; retry on conflict.
table.put({ PK: 'STOCK#mug', version: 1, available: 5 });
async function reserve(worker: string, qty: number, beforeWrite: () => Promise<void>): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const current = table.get('STOCK#mug')!;
    await beforeWrite();
    if ((current.available as number) < qty) return console.log(`${worker}: not enough stock`);
    try {
      table.put({ ...current, available: (current.available as number) - qty, version: current.version + 1 }, versionIs(current.version));
      return console.log(`${worker}: reserved ${qty} on attempt ${attempt} (version ${current.version} -> ${current.version + 1})`);
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
      console.log(`${worker}: version ${current.version} is stale, retrying`);
    }
  }
}

// Both workers read version 1 before either writes (a barrier makes the race deterministic).
const bothRead = Promise.withResolvers<void>();
let reads = 0;
const barrier = async (): Promise<void> => {
  if (++reads === 2) bothRead.resolve();
  await bothRead.promise;
};
await Promise.all([reserve('worker-A', 3, barrier), reserve('worker-B', 3, barrier)]);
console.log('available:', table.get('STOCK#mug')?.available, '| writes:', table.writes, '| failed conditions:', table.failedConditions);
