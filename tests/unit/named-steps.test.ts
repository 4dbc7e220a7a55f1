import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { namedSteps } from '../../src/integrations/named-steps.ts';

const failing = (message: string): AstroIntegration => ({
  name: 'interview-prep:example',
  hooks: {
    'astro:build:done': () => {
      throw new Error(message);
    },
    'astro:build:start': () => undefined,
  },
});

type Hook = (...args: unknown[]) => Promise<unknown>;
const hook = (integration: AstroIntegration, name: string) =>
  (integration.hooks as Record<string, Hook>)[name] as Hook;

/** The error a hook fails with. */
async function failure(run: Promise<unknown>): Promise<Error> {
  try {
    await run;
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('the hook did not fail with an Error');
}

describe('integration errors', () => {
  it('name the integration and the step that failed, keeping the cause', async () => {
    const wrapped = namedSteps(failing('the index could not be written'));
    const error = await failure(hook(wrapped, 'astro:build:done')());
    expect(error.message).toBe(
      'interview-prep:example (astro:build:done): the index could not be written',
    );
    expect((error.cause as Error).message).toBe('the index could not be written');
  });

  it('leave an error that already names them as it is, and pass results through', async () => {
    const named = 'interview-prep:example (write files): disk full';
    const error = await failure(hook(namedSteps(failing(named)), 'astro:build:done')());
    expect(error.message).toBe(named);
    await expect(hook(namedSteps(failing('x')), 'astro:build:start')()).resolves.toBeUndefined();
  });
});
