// A model of NestJS modules and dependency injection in plain TypeScript (Nest itself uses decorators).
type Factory = (...deps: any[]) => unknown;
interface ProviderDef { token: string; deps?: string[]; factory: Factory }
interface ModuleDef { name: string; imports?: ModuleDef[]; providers?: ProviderDef[]; exports?: string[] }

class Injector {
  private readonly instances = new Map<ProviderDef, unknown>(); // one instance per provider: singletons

  // A module sees its own providers plus what the modules it imports export.
  private find(mod: ModuleDef, token: string): { provider: ProviderDef; owner: ModuleDef } | undefined {
    const own = mod.providers?.find((p) => p.token === token);
    if (own) return { provider: own, owner: mod };
    for (const imported of mod.imports ?? []) {
      if (imported.exports?.includes(token)) return this.find(imported, token);
    }
    return undefined;
  }

  get(mod: ModuleDef, token: string): unknown {
    const found = this.find(mod, token);
    if (!found) throw new Error(`cannot resolve ${token} in ${mod.name}: provide it there or import a module that exports it`);
    const { provider, owner } = found;
    if (!this.instances.has(provider)) {
      // Dependencies are resolved in the module that declares the provider, not the one asking.
      const deps = (provider.deps ?? []).map((dep) => this.get(owner, dep));
      this.instances.set(provider, provider.factory(...deps));
    }
    return this.instances.get(provider);
  }
}

// PaymentsModule keeps its HTTP client private and exports only the service.
const PaymentsModule: ModuleDef = {
  name: 'PaymentsModule',
  providers: [
    { token: 'PaymentsHttpClient', factory: () => ({ charge: (cents: number) => `charged ${cents}` }) },
    { token: 'PaymentsService', deps: ['PaymentsHttpClient'], factory: (http) => ({ pay: (cents: number) => http.charge(cents) }) },
  ],
  exports: ['PaymentsService'],
};
const OrdersModule: ModuleDef = {
  name: 'OrdersModule',
  imports: [PaymentsModule],
  providers: [
    { token: 'OrdersService', deps: ['PaymentsService'], factory: (payments) => ({ checkout: () => payments.pay(1200) }) },
  ],
};

const injector = new Injector();
const orders = injector.get(OrdersModule, 'OrdersService') as { checkout(): string };
console.log('OrdersService.checkout() ->', orders.checkout());
console.log('same instance on every get:', orders === injector.get(OrdersModule, 'OrdersService'));
try {
  injector.get(OrdersModule, 'PaymentsHttpClient'); // not exported by PaymentsModule
} catch (error) {
  console.log((error as Error).message);
}
// Tests swap a provider without touching the code that depends on it (Nest: overrideProvider).
const testModule: ModuleDef = { ...OrdersModule, imports: [], providers: [...OrdersModule.providers!, { token: 'PaymentsService', factory: () => ({ pay: () => 'fake payment' }) }] };
console.log('with a fake PaymentsService ->', (new Injector().get(testModule, 'OrdersService') as { checkout(): string }).checkout());
