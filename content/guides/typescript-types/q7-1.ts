interface User {
  id: string;
  email: string;
}

// Type predicate: returns boolean; narrows in the branch where it returned true.
function isUser(value: unknown): value is User {
  return (
    typeof value === 'object' && value !== null &&
    'id' in value && typeof value.id === 'string' &&
    'email' in value && typeof value.email === 'string'
  );
}

// Assertion function: returns only if the claim holds; narrows for the rest of the scope.
function assertIsUser(value: unknown): asserts value is User {
  if (!isUser(value)) throw new TypeError('expected a User with string id and email');
}

const inputs: unknown[] = [{ id: 'u1', email: 'ada@example.com' }, { id: 2 }, null];
const users = inputs.filter(isUser); // User[]
console.log('filtered:', users.map((u) => u.email));

// TS 5.5 infers the predicate for simple arrow functions like this one.
const ports = [8080, undefined, 9090].filter((p) => p !== undefined); // number[]
console.log('ports:', ports.map((p) => p + 1));

const body: unknown = JSON.parse('{"id":"u2","email":"linus@example.com"}');
assertIsUser(body);
console.log('asserted:', body.email.toUpperCase());

try {
  assertIsUser({ id: 'u3' });
} catch (err) {
  console.log('rejected:', (err as Error).message);
}

// The compiler trusts the predicate's body blindly: this one lies.
function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value); // forgot to check the elements
}
const mixed: unknown = ['a', 1];
if (isStringArray(mixed)) {
  try {
    console.log(mixed.map((s) => s.toUpperCase()));
  } catch (err) {
    console.log('lying guard:', (err as Error).message);
  }
}
