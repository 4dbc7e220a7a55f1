/** What the sandbox posts to the page. */
export type SandboxMessage =
  | { kind: 'ready' }
  | { kind: 'output'; stream: 'stdout' | 'stderr'; text: string }
  | { kind: 'exit'; code: number };

/** What the page posts to the sandbox: the worker's whole script, set-up and program. */
export interface SandboxProgram {
  kind: 'program';
  code: string;
}

/**
 * Runs in the sandboxed iframe (given as source text, so it closes over nothing): starts the
 * program in a worker, so an endless loop blocks neither the page nor its Stop button, and
 * passes the worker's messages up to the page.
 */
export function sandboxBoot(): void {
  const send = (message: SandboxMessage) => parent.postMessage(message, '*');
  window.addEventListener('message', (event: MessageEvent<SandboxProgram>) => {
    if (event.source !== parent || event.data?.kind !== 'program') return;
    const program = new Blob([event.data.code], { type: 'text/javascript' });
    // A classic worker: Chromium refuses module workers to a document with an opaque origin.
    const worker = new Worker(URL.createObjectURL(program));
    worker.addEventListener('message', (message: MessageEvent<SandboxMessage>) =>
      send(message.data),
    );
    // A script that does not parse never reaches its own error handler.
    worker.addEventListener('error', (error) => {
      send({
        kind: 'output',
        stream: 'stderr',
        text: `${error.message || 'The program failed to load'}\n`,
      });
      send({ kind: 'exit', code: 1 });
    });
  });
  send({ kind: 'ready' });
}

/**
 * Runs first in the worker (as source text): captures the console as Node prints it, keeps count
 * of pending timers so it can tell when the program has finished the way Node would (nothing left
 * to wait for), reports an uncaught error as a crash, and gives the program its `require`: the
 * browser stand-ins for the Node modules listed in `src/examples/browser-runnable.ts`.
 */
export function workerBoot(format: (args: readonly unknown[]) => string): void {
  const scope = globalThis as unknown as Worker & typeof globalThis;
  const send = (message: SandboxMessage) => scope.postMessage(message);
  type TimerId = ReturnType<typeof setTimeout>;
  const pending = new Set<TimerId>();
  const nativeSetTimeout = setTimeout;
  const nativeClearTimeout = clearTimeout;
  const nativeSetInterval = setInterval;
  const nativeClearInterval = clearInterval;
  let exited = false;
  const exit = (code: number) => {
    if (exited) return;
    exited = true;
    send({ kind: 'exit', code });
  };
  Object.assign(scope, {
    setTimeout(callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) {
      const id = nativeSetTimeout(() => {
        pending.delete(id);
        callback(...args);
      }, ms);
      pending.add(id);
      return id;
    },
    clearTimeout(id: TimerId) {
      pending.delete(id);
      nativeClearTimeout(id);
    },
    setInterval(callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) {
      const id = nativeSetInterval(() => callback(...args), ms) as unknown as TimerId;
      pending.add(id);
      return id;
    },
    clearInterval(id: TimerId) {
      pending.delete(id);
      nativeClearInterval(id as unknown as ReturnType<typeof setInterval>);
    },
  });
  const write =
    (stream: 'stdout' | 'stderr') =>
    (...args: unknown[]) =>
      send({ kind: 'output', stream, text: `${format(args)}\n` });
  Object.assign(console, {
    log: write('stdout'),
    info: write('stdout'),
    debug: write('stdout'),
    error: write('stderr'),
    warn: write('stderr'),
    trace: write('stderr'),
  });
  const crash = (error: unknown) => {
    send({ kind: 'output', stream: 'stderr', text: `Uncaught ${format([error])}\n` });
    exit(1);
  };
  scope.addEventListener('error', (event) => {
    event.preventDefault();
    crash(event.error ?? event.message);
  });
  scope.addEventListener('unhandledrejection', (event) =>
    crash((event as PromiseRejectionEvent).reason),
  );
  /** Done once no timer is pending for two turns of the event loop, as Node exits when idle. */
  const whenIdle = (quietTurns: number) =>
    nativeSetTimeout(() => {
      if (exited) return;
      if (pending.size > 0) whenIdle(0);
      else if (quietTurns >= 1) exit(0);
      else whenIdle(quietTurns + 1);
    }, 5);
  const modules: Record<string, object> = {
    'node:timers/promises': {
      setTimeout: (ms?: number, value?: unknown, options?: { signal?: AbortSignal }) =>
        new Promise((resolve, reject) => {
          const signal = options?.signal;
          if (signal?.aborted) return reject(signal.reason);
          const id = scope.setTimeout(() => resolve(value), ms);
          signal?.addEventListener('abort', () => (scope.clearTimeout(id), reject(signal.reason)), {
            once: true,
          });
        }),
    },
    'node:perf_hooks': { performance },
  };
  Object.assign(scope, {
    exampleRequire(name: string) {
      if (!Object.hasOwn(modules, name))
        throw new Error(`Cannot find module '${name}' in the page`);
      return modules[name];
    },
    // Called once the program's top level (awaits included) has settled.
    exampleFinished: () => whenIdle(0),
    exampleCrashed: crash,
  });
}
