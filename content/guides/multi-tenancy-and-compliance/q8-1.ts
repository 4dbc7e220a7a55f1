import winston from 'winston';

// Keys whose values never reach a log, wherever they appear (compared lower-cased).
const SECRET_KEYS = new Set(['password', 'authorization', 'cookie', 'cardnumber', 'ssn', 'apikey']);
const EMAIL = /[^\s@"]+@[^\s@"]+\.[a-z]{2,}/gi;

// Returns a redacted copy: the caller's object is never changed.
function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(EMAIL, '[email]');
  if (value === null || typeof value !== 'object') return value;
  if (depth >= 8) return '[Truncated]'; // deep or cyclic input must not hang the logger
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEYS.has(key.toLowerCase()) ? '[Redacted]' : scrub(item, depth + 1);
  }
  return out;
}

const redact = winston.format((info) => {
  for (const key of Object.keys(info)) {
    if (key === 'level') continue;
    info[key] = SECRET_KEYS.has(key.toLowerCase()) ? '[Redacted]' : scrub(info[key]);
  }
  return info;
});

const logger = winston.createLogger({
  level: 'info',
  format: winston.format.combine(redact(), winston.format.json()),
  transports: [new winston.transports.Console()],
});

const signup = {
  tenantId: 'acme',
  user: { id: 'u-17', email: 'ada@example.com', password: 'hunter2' },
  payment: { cardNumber: '4111111111111111', last4: '1111' },
  headers: { Authorization: 'Bearer abc.def.ghi', 'user-agent': 'curl/8' },
};

logger.info('signup', signup);
logger.warn('password reset requested for ada@example.com', { tenantId: 'acme', userId: 'u-17' });
logger.error('payment failed', { err: { message: 'card declined', apiKey: 'sk_live_123' } });

// Through the same logger, so the line order on stdout is fixed.
logger.info('check', { callerObjectUntouched: signup.user.password === 'hunter2' });
