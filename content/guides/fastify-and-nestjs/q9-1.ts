// A model of NestJS injection scopes in plain TypeScript: DEFAULT (singleton), REQUEST and TRANSIENT.
type Scope = 'singleton' | 'request' | 'transient';
interface ProviderDef { token: string; scope?: Scope; deps?: string[]; factory: (...deps: any[]) => unknown }

const rank: Record<Scope, number> = { singleton: 0, request: 1, transient: 2 };
let created = 0;

class Container {
  private readonly providers = new Map<string, ProviderDef>();
  private readonly singletons = new Map<string, unknown>();
  register(def: ProviderDef): void { this.providers.set(def.token, def); }
  declaredScope(token: string): Scope { return this.providers.get(token)!.scope ?? 'singleton'; }

  // Scope bubbles up: a provider lives no longer than the shortest-lived thing it depends on.
  scopeOf(token: string): Scope {
    const def = this.providers.get(token)!;
    const declared = this.declaredScope(token);
    const inherited = (def.deps ?? []).map((d) => this.scopeOf(d)).filter((s) => s !== 'transient');
    return [declared, ...inherited].reduce((a, b) => (rank[b] > rank[a] ? b : a));
  }

  // Each incoming request gets its own cache for request-scoped instances.
  forRequest(request: { id: string }): { get(token: string): any } {
    const perRequest = new Map<string, unknown>([['REQUEST', request]]);
    const get = (token: string): any => {
      const def = this.providers.get(token)!;
      const scope = this.scopeOf(token);
      const cache = scope === 'singleton' ? this.singletons : scope === 'request' ? perRequest : undefined;
      if (cache?.has(token)) return cache.get(token);
      created++;
      const instance = def.factory(...(def.deps ?? []).map(get));
      cache?.set(token, instance);
      return instance;
    };
    return { get };
  }
}

const c = new Container();
c.register({ token: 'REQUEST', scope: 'request', factory: () => undefined }); // supplied per request
c.register({ token: 'Config', factory: () => ({ region: 'eu' }) });
c.register({ token: 'TenantContext', scope: 'request', deps: ['REQUEST'], factory: (req) => ({ tenant: `tenant-of-${req.id}` }) });
// Declared as a singleton, but it injects TenantContext, so it becomes request-scoped too.
c.register({ token: 'OrdersRepository', deps: ['TenantContext', 'Config'], factory: (t, cfg) => ({ where: `${t.tenant}@${cfg.region}` }) });
c.register({ token: 'Logger', scope: 'transient', factory: () => ({ id: created }) });
c.register({ token: 'OrdersService', deps: ['OrdersRepository', 'Logger'], factory: (repo, log) => ({ repo, log }) });

for (const token of ['Config', 'TenantContext', 'OrdersRepository', 'Logger', 'OrdersService']) {
  console.log(token.padEnd(16), 'declared:', c.declaredScope(token).padEnd(9), 'effective:', c.scopeOf(token));
}
const before = created;
const a1 = c.forRequest({ id: 'a' });
const a = a1.get('OrdersService');
const b = c.forRequest({ id: 'b' }).get('OrdersService');
console.log('request a sees', a.repo.where, '| request b sees', b.repo.where);
console.log('same OrdersService within request a:', a === a1.get('OrdersService'), '| across requests:', a === b);
console.log('Config shared across requests:', c.forRequest({ id: 'c' }).get('Config') === a1.get('Config'));
console.log('instances created for 2 requests:', created - before, '(Config once, the other four once per request)');
