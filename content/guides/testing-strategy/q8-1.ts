import assert, { type AssertionError } from 'node:assert/strict';

type Shipping = (totalCents: number) => number;

// Spec: orders of 100.00 or more ship free; below that, shipping costs 4.90.
const shippingCents: Shipping = (totalCents) => (totalCents > 10_000 ? 0 : 490); // bug: should be >=

// Executes every line and both branches: 100% line and branch coverage.
const weakSuite = (fn: Shipping): void => {
  assert.equal(fn(5_000), 490);
  assert.equal(fn(20_000), 0);
};
// Adds the boundary values the spec talks about.
const boundarySuite = (fn: Shipping): void => {
  weakSuite(fn);
  assert.equal(fn(9_999), 490);
  assert.equal(fn(10_000), 0);
};

// Mutation testing asks the opposite question: if the code were wrong, would a test fail?
const variants: Record<string, Shipping> = {
  'code as written': shippingCents,
  'mutant: >= instead of >': (t) => (t >= 10_000 ? 0 : 490),
  'mutant: threshold 10_001': (t) => (t > 10_001 ? 0 : 490),
  'mutant: always 490': () => 490,
};

for (const [suiteName, suite] of [['weak suite', weakSuite], ['boundary suite', boundarySuite]] as Array<[string, (fn: Shipping) => void]>) {
  console.log(`${suiteName}:`);
  for (const [name, fn] of Object.entries(variants)) {
    try {
      suite(fn);
      console.log(`  ${name}: all tests pass`);
    } catch (err) {
      // Every assertion in the suites throws an AssertionError.
      console.log(`  ${name}: fails (${(err as AssertionError).actual} !== ${(err as AssertionError).expected})`);
    }
  }
}
