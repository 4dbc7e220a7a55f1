import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';

interface Page {
  items: number[];
  next: string | null;
}

// A fake paginated API: 3 pages of 2 orders each, addressed by cursor.
const pages: Record<string, Page> = { start: { items: [101, 102], next: 'p2' }, p2: { items: [103, 104], next: 'p3' }, p3: { items: [105, 106], next: null } };
async function fetchPage(cursor: string): Promise<Page> {
  await nextTurn();
  console.log(`  fetched page ${cursor}`);
  return pages[cursor]!;
}

// An async generator hides pagination; pages are fetched only when the consumer asks.
async function* listOrders(): AsyncGenerator<number> {
  let cursor: string | null = 'start';
  try {
    while (cursor) {
      const page: Page = await fetchPage(cursor);
      yield* page.items;
      cursor = page.next;
    }
  } finally {
    console.log('  generator finally: release cursor / connection');
  }
}

console.log('find the first order above 102:');
for await (const orderId of listOrders()) {
  if (orderId > 102) {
    console.log(`  found ${orderId}`);
    break; // calls the generator's return(): its finally block runs, page 3 is never fetched
  }
}

console.log('collect everything with Array.fromAsync:');
console.log(`  ${(await Array.fromAsync(listOrders())).join(',')}`);

console.log('readable streams are async iterable too:');
const lines = Readable.from(['alpha\n', 'beta\n']);
for await (const chunk of lines) console.log(`  chunk: ${(chunk as string).trim()}`);

console.log('errors thrown by the producer surface at the for await line:');
async function* failing(): AsyncGenerator<number> {
  yield 1;
  throw new Error('cursor expired');
}
try {
  for await (const value of failing()) console.log(`  got ${value}`);
} catch (err) {
  console.log(`  caught: ${(err as Error).message}`);
}
