import winston from 'winston';

const SENSITIVE = new Set(['password', 'authorization', 'cookie', 'token', 'cardnumber', 'cvc']);

// Returns a redacted deep copy: never mutate the caller's objects.
function redact(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6) return '[Truncated]';
  if (Array.isArray(value)) return value.map((item: unknown) => redact(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = SENSITIVE.has(key.toLowerCase()) ? '[REDACTED]' : redact(item, depth + 1);
  }
  return copy;
}

// A winston format: top-level string keys only; the Symbol keys winston uses stay untouched.
const redactSecrets = winston.format((info) => {
  for (const key of Object.keys(info)) {
    info[key] = SENSITIVE.has(key.toLowerCase()) ? '[REDACTED]' : redact(info[key]);
  }
  return info;
});

const logger = winston.createLogger({
  level: process.env.LOG_LEVEL ?? 'info',
  defaultMeta: { service: 'checkout', version: '1.4.2' },
  format: winston.format.combine(redactSecrets(), winston.format.timestamp(), winston.format.json()),
  transports: [new winston.transports.Console()],
});

// One child per request: every line it writes carries the request's context.
const log = logger.child({ requestId: 'req-7f3a', route: 'POST /payments' });

log.debug('parsed body'); // below "info": the transport drops it (formats still run)
if (log.isDebugEnabled()) log.debug('body', { bytes: JSON.stringify({ big: 'payload' }).length }); // guard costly work
log.info('payment requested', {
  amountCents: 4200,
  card: { last4: '4242', cardNumber: '4242424242424242', cvc: '123' },
  headers: { authorization: 'Bearer secret-token', 'user-agent': 'curl/8.5' },
});
log.warn('upstream slow', { upstream: 'psp', latencyMs: 870 });
log.error('payment declined', { err: { name: 'CardDeclinedError', code: 'insufficient_funds' } });

logger.level = 'debug'; // raise verbosity at runtime, e.g. from an admin endpoint
log.debug('retry policy', { attempts: 3 });
