import DataLoader from 'dataloader';

interface Invoice {
  id: string;
  tenant: string;
  amount: number;
}
const table: Invoice[] = [
  { id: 'i1', tenant: 'acme', amount: 100 },
  { id: 'i2', tenant: 'acme', amount: 250 },
  { id: 'i3', tenant: 'globex', amount: 900 },
];
let dbCalls = 0;
// Like "SELECT ... WHERE id IN (...) AND tenant = $viewerTenant": rows come back in table order, missing ids are absent.
async function selectInvoices(ids: readonly string[], tenant: string): Promise<Invoice[]> {
  dbCalls++;
  return table.filter((row) => ids.includes(row.id) && row.tenant === tenant).map((row) => ({ ...row })); // fresh objects, like a driver
}

// Wrong: returns rows in database order, not key order, and shorter than the key list.
const careless = new DataLoader<string, Invoice>(async (ids) => selectInvoices(ids, 'acme'));
const wrong = await careless.loadMany(['i2', 'i1']);
console.log('careless batch fn: keys i2,i1 ->', wrong.map((r) => (r instanceof Error ? r.message : r.id)).join(' | '));

// Right: one result per key, in key order; an Error for a key fails only that key.
function invoiceLoader(viewerTenant: string): DataLoader<string, Invoice> {
  return new DataLoader(async (ids) => {
    const rows = await selectInvoices(ids, viewerTenant);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? new Error(`invoice ${id} not found`));
  });
}
const acmeLoader = invoiceLoader('acme');
const right = await acmeLoader.loadMany(['i2', 'i1', 'i3']);
console.log('keyed batch fn: keys i2,i1,i3 ->', right.map((r) => (r instanceof Error ? r.message : `${r.id}=${r.amount}`)).join(' | '));

// Cache scope: the loader caches per key. Shared across requests, it skips the tenant check.
dbCalls = 0;
const shared = invoiceLoader('globex'); // created for the first viewer, then (wrongly) reused
console.log('globex viewer:', (await shared.load('i3')).amount, '| db calls', dbCalls);
console.log('acme viewer via shared loader:', (await shared.load('i3')).amount, '| db calls', dbCalls, '<- leaked from cache');
const perRequest = invoiceLoader('acme');
console.log('acme viewer via its own loader:', await perRequest.load('i3').catch((e: Error) => e.message), '| db calls', dbCalls);

// After a mutation, clear (or prime) the key, or later loads in the same request see the old value.
table[0]!.amount = 120;
console.log('after update, cached:', (await acmeLoader.load('i1')).amount, '| cleared:', (await acmeLoader.clear('i1').load('i1')).amount);
