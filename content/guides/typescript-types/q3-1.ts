// @predict
// K is constrained by T, and both are inferred from the arguments.
function pluck<T, K extends keyof T>(items: readonly T[], key: K): T[K][] {
  return items.map((item) => item[key]);
}

const users = [
  { id: 1, name: 'Ada', admin: true },
  { id: 2, name: 'Linus', admin: false },
];
const names = pluck(users, 'name'); // string[]
const flags = pluck(users, 'admin'); // boolean[]
console.log(names, flags);
// @ts-expect-error Argument of type '"email"' is not assignable to parameter of type '"id" | "name" | "admin"'.
pluck(users, 'email');

// A constraint states the minimum the body needs; T keeps the caller's exact type.
function longest<T extends { length: number }>(a: T, b: T): T {
  return a.length >= b.length ? a : b;
}
const arr = longest([1, 2, 3], [4]); // number[]
const str = longest('abc', 'de'); // T = 'abc' | 'de'
console.log(arr, str);
// @ts-expect-error Argument of type 'number' is not assignable to parameter of type '{ length: number; }'.
longest(10, 20);

// `const` type parameters (TS 5.0) infer literal, readonly types without `as const` at the call site.
function defineRoutes<const T extends readonly string[]>(paths: T): T {
  return paths;
}
const routes = defineRoutes(['/users', '/orders']);
type RoutePath = (typeof routes)[number]; // '/users' | '/orders'
const home: RoutePath = '/users';
console.log(routes, home);

// NoInfer (TS 5.4) stops the second argument from widening S.
function createMachine<S extends string>(states: readonly S[], initial: NoInfer<S>) {
  return { states, current: initial };
}
console.log(createMachine(['idle', 'running'], 'idle'));
// @ts-expect-error Argument of type '"stopped"' is not assignable to parameter of type '"idle" | "running"'.
createMachine(['idle', 'running'], 'stopped');
