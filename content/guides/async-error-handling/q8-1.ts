interface AppErrorOptions {
  code?: string;
  status?: number;
  expose?: boolean;
  cause?: unknown;
  details?: unknown;
}

// One base class; every subclass has a stable code, an HTTP status and an `expose` flag.
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly expose: boolean; // may the message be shown to API clients?
  readonly details: unknown;
  constructor(message: string, { code = 'INTERNAL', status = 500, expose = false, cause, details }: AppErrorOptions = {}) {
    super(message, { cause });
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.expose = expose;
    this.details = details;
  }
}
export class ValidationError extends AppError {
  constructor(message: string, details?: unknown) {
    super(message, { code: 'VALIDATION_FAILED', status: 400, expose: true, details });
  }
}
export class NotFoundError extends AppError {
  constructor(resource: string, id: string) {
    super(`${resource} ${id} not found`, { code: 'NOT_FOUND', status: 404, expose: true });
  }
}
export class DependencyError extends AppError {
  constructor(message: string, { cause }: { cause: unknown }) {
    super(message, { code: 'DEPENDENCY_UNAVAILABLE', status: 503, cause });
  }
}
// A process-wide invariant broke: state shared by every request can no longer be trusted.
export class InvariantError extends AppError {
  readonly fatal = true;
}

interface ErrorResponse {
  status: number;
  body: { code: string; message: string; details?: unknown };
  log: string;
  action?: string;
}

// Boundary: translate any error into a log entry and a safe client response.
function toResponse(err: unknown): ErrorResponse {
  const operational = err instanceof AppError;
  const chain: string[] = [];
  for (let e = err as Error | undefined; e; e = e.cause as Error | undefined) chain.push(`${e.name}: ${e.message}`);
  const body = operational && err.expose
    ? { code: err.code, message: err.message, details: err.details }
    : { code: operational ? err.code : 'INTERNAL', message: 'Something went wrong' };
  const action = err instanceof InvariantError ? 'shared state may be corrupt: alert, drain and exit'
    : operational ? undefined : 'bug confined to this request: alert, keep serving';
  return { status: operational ? err.status : 500, body, log: chain.join(' <- '), action };
}

interface Invoice {
  total: number;
}
const invoiceCache = new Map<string, Invoice>(); // empty: every lookup misses
const pool = { inUse: 0 }; // shared by every request in the process

// A repository wraps the driver error, keeping it as `cause` for the logs.
async function loadInvoice(id: string): Promise<number> {
  if (!/^inv_\d+$/.test(id)) throw new ValidationError('invalid invoice id', [{ field: 'id', value: id }]);
  if (id === 'inv_404') throw new NotFoundError('invoice', id);
  if (id === 'inv_0') { // a double release: the pool's bookkeeping is now wrong for everyone
    pool.inUse -= 1;
    if (pool.inUse < 0) throw new InvariantError(`connection pool count is ${pool.inUse}`);
  }
  try {
    if (id === 'inv_503') {
      throw Object.assign(new Error('connect ECONNREFUSED db.internal:5432'), { code: 'ECONNREFUSED' });
    }
    const invoice = invoiceCache.get(id) as Invoice; // bug: the cast hides the "not cached" case
    return invoice.total; // TypeError: a programmer error, not an operational one
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ECONNREFUSED') throw new DependencyError('invoice store unavailable', { cause: err });
    throw err; // unknown errors pass through untouched
  }
}

for (const id of ['abc', 'inv_404', 'inv_503', 'inv_1', 'inv_0']) {
  const { status, body, log, action } = await loadInvoice(id).then(() => ({}) as ErrorResponse, toResponse);
  console.log(`${id}: ${status} ${JSON.stringify(body)}`);
  console.log(`  log: ${log}${action ? `  => ${action}` : ''}`);
}
