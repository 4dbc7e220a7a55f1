// `any` turns checking off in both directions: this bug compiles.
const loose: any = JSON.parse('{"port": "8080"}');
const port: number = loose.port; // really the string "8080"
console.log('any:', port + 1);

// `unknown` accepts every value but allows nothing until you narrow it.
function parseJson(text: string): unknown {
  return JSON.parse(text);
}

function readPort(config: unknown): number {
  if (typeof config === 'object' && config !== null && 'port' in config) {
    const value = config.port; // config: object & Record<'port', unknown>
    if (typeof value === 'number' && Number.isInteger(value)) return value;
  }
  throw new TypeError('config.port must be an integer');
}

const config = parseJson('{"port": 8080}');
// @ts-expect-error 'config' is of type 'unknown'.
console.log('unknown, unchecked access:', config.port);
console.log('unknown, narrowed:', readPort(config) + 1);
try {
  readPort(parseJson('{"port": "8080"}'));
} catch (err) {
  // Under `strict` a catch variable is `unknown` too: anything can be thrown.
  console.log('unknown, rejected:', err instanceof Error ? err.message : String(err));
}

// `never` has no values: a function that cannot return, an impossible
// intersection, and what a conditional type filters out of a union.
function fail(message: string): never {
  throw new Error(message);
}
function requireEnv(env: Record<string, string | undefined>, name: string): string {
  return env[name] ?? fail(`missing env var ${name}`); // string | never is string
}
type NotString = Exclude<string | number | boolean, string>; // number | boolean
type Impossible = string & number; // never

const allowed: NotString[] = [1, true];
// @ts-expect-error Type 'string' is not assignable to type 'never'.
const impossible: Impossible = 'x';

console.log('never:', requireEnv({ NODE_ENV: 'test' }, 'NODE_ENV'), allowed);
try {
  requireEnv({}, 'DATABASE_URL');
} catch (err) {
  console.log('never:', (err as Error).message);
}
