type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends (<X>() => X extends B ? 1 : 2) ? true : false;
type Expect<T extends true> = T;

interface AppEvents {
  userCreated: { id: string; email: string };
  orderPaid: { orderId: string; cents: number };
}

// Key remapping with `as` + template literal types: userCreated -> onUserCreated.
type Handlers<E> = {
  [K in keyof E as `on${Capitalize<K & string>}`]: (payload: E[K]) => void;
};

// Remapping a key to never removes it: keep only the keys whose value matches V.
type KeysOfType<T, V> = keyof { [K in keyof T as T[K] extends V ? K : never]: T[K] };

// Modifiers: -readonly and -? strip them, a homomorphic map keeps the rest.
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

type _t1 = Expect<Equal<keyof Handlers<AppEvents>, 'onUserCreated' | 'onOrderPaid'>>;
type _t2 = Expect<Equal<KeysOfType<AppEvents['orderPaid'], number>, 'cents'>>;
type _t3 = Expect<Equal<Mutable<Readonly<{ a?: number }>>, { a?: number }>>;

class TypedEmitter<E extends object> {
  #listeners: { [K in keyof E]?: Array<(payload: E[K]) => void> } = {};

  on<K extends keyof E>(event: K, listener: (payload: E[K]) => void): this {
    (this.#listeners[event] ??= []).push(listener);
    return this;
  }

  emit<K extends keyof E>(event: K, payload: E[K]): void {
    for (const listener of this.#listeners[event] ?? []) listener(payload);
  }
}

const bus = new TypedEmitter<AppEvents>();
bus.on('orderPaid', (p) => console.log(`paid ${p.orderId}: ${(p.cents / 100).toFixed(2)}`));
bus.emit('orderPaid', { orderId: 'o-7', cents: 1999 });
// @ts-expect-error Property 'cents' is missing
bus.emit('orderPaid', { orderId: 'o-8' });
// @ts-expect-error Argument of type '"orderRefunded"' is not assignable
bus.on('orderRefunded', () => {});

const handlers: Handlers<AppEvents> = {
  onUserCreated: (u) => console.log(`welcome mail to ${u.email}`),
  onOrderPaid: (o) => console.log(`receipt for ${o.orderId}`),
};
handlers.onUserCreated({ id: 'u1', email: 'ada@example.com' });
console.log(Object.keys(handlers));
