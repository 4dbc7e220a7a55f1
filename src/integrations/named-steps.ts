import type { AstroIntegration } from 'astro';

/**
 * The same integration, whose hook errors say which integration and which step failed
 * (`interview-prep:pagefind (astro:build:done): …`), so a failed build points at its cause.
 */
export function namedSteps(integration: AstroIntegration): AstroIntegration {
  const { name } = integration;
  const hooks: AstroIntegration['hooks'] = {};
  for (const [hook, run] of Object.entries(integration.hooks)) {
    if (typeof run !== 'function') continue;
    const wrapped = async (...args: unknown[]) => {
      try {
        return await (run as (...a: unknown[]) => unknown).apply(integration.hooks, args);
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        if (text.startsWith(`${name} (`)) throw error;
        throw new Error(`${name} (${hook}): ${text}`, { cause: error });
      }
    };
    Object.assign(hooks, { [hook]: wrapped });
  }
  return { ...integration, hooks };
}
