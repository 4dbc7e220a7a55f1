// @predict
// Type-level tests: a mismatch is a compile error, checked by tsc in CI.
type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends (<X>() => X extends B ? 1 : 2) ? true : false;
type Expect<T extends true> = T;

// Distribution: a naked type parameter is checked member by member.
type IsString<T> = T extends string ? 'yes' : 'no';
type Wrapped<T> = [T] extends [string] ? 'yes' : 'no'; // [T] switches distribution off

type _t1 = Expect<Equal<IsString<string | number>, 'yes' | 'no'>>;
type _t2 = Expect<Equal<Wrapped<string | number>, 'no'>>;
type _t3 = Expect<Equal<IsString<never>, never>>; // an empty union maps to never
type _t4 = Expect<Equal<Wrapped<never>, 'yes'>>;

// infer: name a piece of the matched type and use it in the true branch.
type ElementOf<T> = T extends readonly (infer E)[] ? E : never;
type Unwrap<T> = T extends PromiseLike<infer V> ? Unwrap<V> : T;
type FirstArg<F> = F extends (first: infer A, ...rest: never[]) => unknown ? A : never;

type _t5 = Expect<Equal<ElementOf<readonly ['a', 1]>, 'a' | 1>>;
type _t6 = Expect<Equal<Unwrap<Promise<Promise<number>>>, number>>;
type _t7 = Expect<Equal<FirstArg<(id: string, force: boolean) => void>, string>>;

// infer inside template literal types: parse route parameters out of a path.
type RouteParams<P extends string> =
  P extends `${string}:${infer Name}/${infer Rest}` ? Name | RouteParams<Rest>
  : P extends `${string}:${infer Name}` ? Name
  : never;

type _t8 = Expect<Equal<RouteParams<'/users/:userId/orders/:orderId'>, 'userId' | 'orderId'>>;

function buildPath<P extends string>(pattern: P, params: Record<RouteParams<P>, string>): string {
  const values: Record<string, string> = params;
  return pattern.replace(/:(\w+)/g, (_match, name: string) => encodeURIComponent(values[name] ?? ''));
}

console.log(buildPath('/users/:userId/orders/:orderId', { userId: 'u 1', orderId: '42' }));
// @ts-expect-error Property 'orderId' is missing
console.log(buildPath('/users/:userId/orders/:orderId', { userId: 'u1' }));
