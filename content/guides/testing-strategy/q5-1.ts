// test/determinism.test.ts: the tests run as written with `node --test`; the block at the
// bottom only makes this file a self-contained program for the guide.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

// 1. Time: the code asks an injected clock instead of calling Date.now() itself.
function createSessionStore({ ttlMs, now = Date.now }: { ttlMs: number; now?: () => number }) {
  const expiries = new Map<string, number>();
  return {
    create: (id: string) => expiries.set(id, now() + ttlMs),
    isValid: (id: string) => (expiries.get(id) ?? -Infinity) > now(),
  };
}

// 2. Randomness: inject the generator; tests pass a seeded one (a tiny LCG here).
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const backoffDelays = (attempts: number, random: () => number = Math.random): number[] =>
  Array.from({ length: attempts }, (_, i) => Math.round(100 * 2 ** i * (0.5 + random() / 2)));

// 3. Timers: code that waits, tested with node:test's mock timers instead of real sleeps.
function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: NodeJS.Timeout | undefined;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

function defineTests(): void {
  describe('deterministic tests', () => {
    it('expires a session exactly at its TTL', () => {
      let clock = 1_000_000;
      const store = createSessionStore({ ttlMs: 500, now: () => clock });
      store.create('s1');
      clock += 499;
      assert.equal(store.isValid('s1'), true);
      clock += 1;
      assert.equal(store.isValid('s1'), false);
    });

    it('produces the same jitter for the same seed, within bounds', () => {
      const delays = backoffDelays(4, seeded(42));
      assert.deepEqual(delays, backoffDelays(4, seeded(42)));
      delays.forEach((d, i) => assert.ok(d >= 50 * 2 ** i && d <= 100 * 2 ** i, `delay ${i} = ${d}`));
    });

    it('debounces without sleeping', (t) => {
      t.mock.timers.enable({ apis: ['setTimeout'] });
      const saved: string[] = [];
      const save = debounce((value: string) => saved.push(value), 200);
      save('a');
      t.mock.timers.tick(150);
      save('b'); // restarts the 200 ms window
      t.mock.timers.tick(199);
      assert.deepEqual(saved, []);
      t.mock.timers.tick(1);
      assert.deepEqual(saved, ['b']);
    });
  });
}

// Test harness: run the tests above in a child process through node:test's run() API and print
// a stable report (the built-in reporters end with a total duration_ms that changes every run).
if (process.env.TS_VERSION_TEST_CHILD === '1') {
  defineTests();
} else {
  const { run } = await import('node:test');
  const names: string[] = [];
  let passed = 0;
  let failed = 0;
  for await (const event of run({ files: [import.meta.filename], env: { ...process.env, TS_VERSION_TEST_CHILD: '1' } })) {
    if (event.type === 'test:start') names[event.data.nesting] = event.data.name;
    if ((event.type !== 'test:pass' && event.type !== 'test:fail') || event.data.details.type === 'suite') continue;
    const name = [...names.slice(0, event.data.nesting), event.data.name].join(' > ');
    if (event.type === 'test:pass') {
      passed++;
      console.log(`✔ ${name}`);
    } else {
      failed++;
      const { error } = event.data.details;
      const cause = error.cause instanceof Error ? error.cause : error;
      console.log(`✖ ${name}: ${cause.message.split('\n')[0]}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0) process.exitCode = 1;
}
