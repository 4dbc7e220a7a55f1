import { describe, expect, it } from 'vitest';
import { programBatches } from '../../src/examples/type-info-cache.ts';
import { SECOND_TYPES_WORKER_FROM, typeShares } from '../../src/examples/type-info-pool.ts';

const jobs = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ path: `/g/q${i}.ts`, source: `const n${i} = ${i};` }));

describe('typeShares: the TypeScript versions to type, one share per types worker', () => {
  it('gives a bank below the threshold to one worker', () => {
    const few = jobs(SECOND_TYPES_WORKER_FROM - 1);
    expect(typeShares(few, 2)).toEqual([few]);
  });

  it('splits a large bank in two contiguous shares of whole programs, each version once, in order', () => {
    const many = jobs(SECOND_TYPES_WORKER_FROM + 150);
    const shares = typeShares(many, 2);
    expect(shares).toHaveLength(2);
    expect(shares.flat()).toEqual(many);
    // The programs the two workers make are those one worker would make: the same types.
    expect(shares.flatMap((share) => programBatches(share))).toEqual(programBatches(many));
    const [first = [], second = []] = shares;
    expect(Math.abs(first.length - second.length)).toBeLessThanOrEqual(
      programBatches(many)[0]?.length ?? 0,
    );
  });

  it('keeps one worker on one core', () => {
    const many = jobs(SECOND_TYPES_WORKER_FROM * 2);
    expect(typeShares(many, 1)).toEqual([many]);
  });
});
