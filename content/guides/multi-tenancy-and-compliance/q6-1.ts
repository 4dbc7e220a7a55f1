import { LRUCache } from 'lru-cache';

interface Report {
  tenantId: string;
  total: number;
}

// Report ids are only unique inside a tenant: both tenants have a report called "monthly".
const db = new Map<string, Report>([
  ['acme/monthly', { tenantId: 'acme', total: 1200 }],
  ['globex/monthly', { tenantId: 'globex', total: 87 }],
]);
let dbReads = 0;
const loadReport = (tenantId: string, reportId: string): Report | undefined => {
  dbReads++;
  return db.get(`${tenantId}/${reportId}`);
};

// Bug: the key forgets the tenant, so the first tenant to ask fills the cache for everyone.
const unsafe = new LRUCache<string, Report>({ max: 1000 });
function getReportUnsafe(tenantId: string, reportId: string): Report | undefined {
  const key = `report:${reportId}`;
  const hit = unsafe.get(key);
  if (hit) return hit;
  const report = loadReport(tenantId, reportId);
  if (report) unsafe.set(key, report);
  return report;
}

// Fix: one key builder every caller must use; the tenant comes first, plus a per-tenant generation.
const generations = new Map<string, number>();
const tenantKey = (tenantId: string, ...parts: string[]): string =>
  ['t', tenantId, `g${generations.get(tenantId) ?? 0}`, ...parts].join(':');
// Bumping the generation orphans every key of one tenant (offboarding, restore, schema change).
const invalidateTenant = (tenantId: string): void => {
  generations.set(tenantId, (generations.get(tenantId) ?? 0) + 1);
};

const safe = new LRUCache<string, Report>({ max: 1000 });
function getReport(tenantId: string, reportId: string): Report | undefined {
  const key = tenantKey(tenantId, 'report', reportId);
  let report = safe.get(key);
  if (!report) {
    report = loadReport(tenantId, reportId);
    if (report) safe.set(key, report);
  }
  // Defence in depth: never return a cached row owned by another tenant.
  if (report && report.tenantId !== tenantId) throw new Error('cross-tenant cache hit');
  return report;
}

console.log('unsafe acme  :', JSON.stringify(getReportUnsafe('acme', 'monthly')));
console.log('unsafe globex:', JSON.stringify(getReportUnsafe('globex', 'monthly')), '<- acme data leaked');

dbReads = 0;
console.log('safe acme    :', JSON.stringify(getReport('acme', 'monthly')));
console.log('safe globex  :', JSON.stringify(getReport('globex', 'monthly')));
getReport('acme', 'monthly');
console.log('db reads after 3 safe calls:', dbReads);
invalidateTenant('acme');
getReport('acme', 'monthly');
getReport('globex', 'monthly');
console.log('db reads after invalidating acme only:', dbReads);
console.log('keys:', [...safe.keys()].sort().join(' '));
