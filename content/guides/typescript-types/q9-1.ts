// @predict
// A phantom property that exists only in the type system (declare emits nothing).
declare const brand: unique symbol;
type Brand<T, Name extends string> = T & { readonly [brand]: Name };

type UserId = Brand<string, 'UserId'>;
type OrderId = Brand<string, 'OrderId'>;
type Cents = Brand<number, 'Cents'>;

// Smart constructors are the only sanctioned way in: validate once, then trust the type.
function parseUserId(raw: string): UserId {
  if (!/^usr_[a-z0-9]{6}$/.test(raw)) throw new TypeError(`invalid user id: ${raw}`);
  return raw as UserId;
}
function parseOrderId(raw: string): OrderId {
  if (!/^ord_[a-z0-9]{6}$/.test(raw)) throw new TypeError(`invalid order id: ${raw}`);
  return raw as OrderId;
}
const cents = (n: number): Cents => {
  if (!Number.isSafeInteger(n)) throw new RangeError(`cents must be an integer: ${n}`);
  return n as Cents;
};
const addCents = (a: Cents, b: Cents): Cents => (a + b) as Cents; // a + b alone is a plain number

function refund(orderId: OrderId, requestedBy: UserId, amount: Cents): string {
  return `refund ${amount} cents on ${orderId}, requested by ${requestedBy}`;
}

const user = parseUserId('usr_a1b2c3');
const order = parseOrderId('ord_x9y8z7');
console.log(refund(order, user, addCents(cents(1000), cents(250))));

// @ts-expect-error Argument of type 'UserId' is not assignable to parameter of type 'OrderId'.
console.log(refund(user, order, cents(1)));
// @ts-expect-error Argument of type 'string' is not assignable to parameter of type 'OrderId'.
refund('ord_unchecked', user, cents(1));
// @ts-expect-error Argument of type 'number' is not assignable to parameter of type 'Cents'.
refund(order, user, 12.5);

// At runtime a branded value is the plain primitive: no wrapper, no cost.
console.log(typeof user, JSON.stringify({ user, order }));
try {
  parseUserId('42');
} catch (err) {
  console.log((err as Error).message);
}
