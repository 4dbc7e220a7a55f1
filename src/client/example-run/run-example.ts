import { transform } from 'sucrase';
import { firstDifference, normaliseOutput } from '../../examples/normalise-output.ts';
import { formatLog } from './format-log.ts';
import { type SandboxMessage, sandboxBoot, workerBoot } from './sandbox-boot.ts';

export interface RunHandlers {
  onOutput(stream: 'stdout' | 'stderr', text: string): void;
  onEnd(result: RunResult): void;
}

export type RunResult =
  | { kind: 'exited'; code: number; stdout: string }
  | { kind: 'timed-out'; stdout: string }
  | { kind: 'stopped'; stdout: string };

/** A sandbox with no network and no access to the site's storage; the iframe's own origin is opaque. */
const CSP = "default-src 'none'; script-src 'unsafe-inline' blob:; worker-src blob:";

function sandboxDocument(): string {
  return `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><script>(${sandboxBoot.toString()})()</script>`;
}

/**
 * The worker's script: set-up first, then the program as the body of an async function (so its
 * top-level awaits work in a classic worker), its imports turned into calls to the sandbox's require.
 */
function workerScript(program: string): string {
  return [
    `(${workerBoot.toString()})(${formatLog.toString()});`,
    '(async (require, exports) => {',
    program,
    '})(globalThis.exampleRequire, {}).then(() => globalThis.exampleFinished(), (error) => globalThis.exampleCrashed(error));',
  ].join('\n');
}

/** TypeScript → JavaScript by removing the types (the examples use only erasable syntax), imports as require calls. */
export function stripTypes(source: string): string {
  return transform(source, { transforms: ['typescript', 'imports'], disableESTransforms: true })
    .code;
}

/**
 * Runs one program in a fresh sandboxed iframe, streaming its console, until it finishes, throws,
 * reaches the time limit or is stopped. Returns the stop function.
 */
export function runExample(source: string, handlers: RunHandlers, timeoutMs: number): () => void {
  let stdout = '';
  let code: string;
  try {
    code = stripTypes(source);
  } catch (error) {
    handlers.onOutput('stderr', `${(error as Error).message}\n`);
    handlers.onEnd({ kind: 'exited', code: 1, stdout });
    return () => {};
  }
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.hidden = true;
  frame.title = 'Example sandbox';
  frame.srcdoc = sandboxDocument();
  const end = (result: RunResult) => {
    window.removeEventListener('message', onMessage);
    clearTimeout(timer);
    frame.remove();
    handlers.onEnd(result);
  };
  const onMessage = (event: MessageEvent<SandboxMessage>) => {
    // Only this run's sandbox, whose origin is opaque ("null"), may talk to us.
    if (event.source !== frame.contentWindow || event.origin !== 'null') return;
    const message = event.data;
    if (message.kind === 'ready')
      frame.contentWindow?.postMessage({ kind: 'program', code: workerScript(code) }, '*');
    else if (message.kind === 'output') {
      if (message.stream === 'stdout') stdout += message.text;
      handlers.onOutput(message.stream, message.text);
    } else if (message.kind === 'exit') end({ kind: 'exited', code: message.code, stdout });
  };
  window.addEventListener('message', onMessage);
  const timer = setTimeout(() => end({ kind: 'timed-out', stdout }), timeoutMs);
  document.body.append(frame);
  return () => end({ kind: 'stopped', stdout });
}

/** Whether a run printed what the tests verified, after the same normalisation the tests use. */
export function compareOutput(
  expected: string,
  actual: string,
): { matches: true } | { matches: false; line: number; expected: string; actual: string } {
  const difference = firstDifference(normaliseOutput(expected), normaliseOutput(actual));
  return difference ? { matches: false, ...difference } : { matches: true };
}
