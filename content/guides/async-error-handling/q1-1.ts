// @predict
import { promisify, callbackify } from 'node:util';

interface User {
  id: number;
  name: string;
}
type Callback<T> = (err: Error | null, value?: T) => void;

// A legacy API in the Node callback convention: last argument is (err, result) => {}.
function findUser(id: number, callback: Callback<User>): void {
  setImmediate(() => {
    if (!Number.isInteger(id) || id <= 0) return callback(new RangeError(`invalid user id: ${id}`));
    callback(null, { id, name: `user-${id}` });
  });
}

// A legacy client whose method reads `this`.
const legacyClient = {
  prefix: 'cache:',
  get(this: { prefix: string }, key: string, callback: Callback<string>): void {
    setImmediate(() => callback(null, `${this.prefix}${key}`));
  },
};

// An API that does not follow the convention: separate success and failure callbacks.
function legacyPing(host: string, onSuccess: (reply: string) => void, onFailure: (err: Error) => void): void {
  setImmediate(() => (host === 'db' ? onSuccess('pong') : onFailure(new Error(`unknown host ${host}`))));
}
// Fix: TypeScript cannot type this property if its initializer calls legacyPing, so it is a named function.
function pingAsPromise(host: string): Promise<string> {
  return new Promise((resolve, reject) => legacyPing(host, resolve, reject)); // Fix: as above
}
legacyPing[promisify.custom] = pingAsPromise;

const findUserAsync = promisify(findUser);
const getAsync = promisify(legacyClient.get).bind(legacyClient); // keep `this`
const pingAsync = promisify(legacyPing); // picks up promisify.custom

console.log('user:', await findUserAsync(7));
try {
  await findUserAsync(-1);
} catch (err) {
  console.log(`caught ${(err as Error).name}: ${(err as Error).message}`); // the callback's err became a rejection
}
console.log('get with this bound:', await getAsync('session-1'));
console.log('custom promisify:', await pingAsync('db'));

// The reverse, for callers that still expect callbacks.
const legacyCount = callbackify(async (table: string) => (table === 'users' ? 42 : 0));
legacyCount('users', (err, count) => console.log('callbackified:', err, count));
