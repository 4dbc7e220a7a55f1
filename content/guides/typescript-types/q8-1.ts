type Route = { method: 'GET' | 'POST'; path: `/${string}` };

// 1. Annotation: checked, but the variable's type IS the annotation.
const annotated: Record<string, Route> = {
  health: { method: 'GET', path: '/health' },
  createUser: { method: 'POST', path: '/users' },
};
const typo = annotated.helth; // compiles: any key allowed; typed Route | undefined only under noUncheckedIndexedAccess
console.log('annotation, typo key:', typo);

// 2. satisfies: checked the same way, but the inferred, narrower type is kept.
const routes = {
  health: { method: 'GET', path: '/health' },
  createUser: { method: 'POST', path: '/users' },
} satisfies Record<string, Route>;
const method: 'GET' = routes.health.method; // literal type survived
// @ts-expect-error Property 'helth' does not exist
console.log('satisfies:', method, Object.keys(routes), routes.helth);

// @ts-expect-error Type '"DELETE"' is not assignable to type '"GET" | "POST"'.
const broken = { purge: { method: 'DELETE', path: '/cache' } } satisfies Record<string, Route>;

// 3. as const: deepest literal types and readonly, but checks nothing on its own.
//    Combined with satisfies, you get both. This is the usual enum replacement.
const OrderStatus = {
  Pending: 'pending',
  Shipped: 'shipped',
  Cancelled: 'cancelled',
} as const satisfies Record<string, string>;
type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus]; // 'pending' | 'shipped' | 'cancelled'

function canCancel(status: OrderStatus): boolean {
  return status === OrderStatus.Pending;
}
console.log('as const:', canCancel(OrderStatus.Pending), canCancel('shipped'));
// @ts-expect-error Argument of type '"lost"' is not assignable to parameter of type 'OrderStatus'.
canCancel('lost');
console.log('runtime values for validation:', Object.values(OrderStatus));

// A type assertion is none of these: it silences the checker.
const unchecked = {} as Route;
console.log('as Route:', unchecked.method, broken.purge.method);
