// Reads EXPLAIN (ANALYZE, FORMAT JSON) output and points at what matters.
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Plan Rows': number; // the planner's estimate, per loop
  'Actual Rows': number; // the real count, averaged per loop
  'Actual Loops': number;
  'Actual Total Time': number; // ms per loop, including children
  'Rows Removed by Filter'?: number; // per loop
  Plans?: PlanNode[];
}

// A captured plan for: orders of one customer in the last 30 days, with their line items.
const plan: PlanNode = {
  'Node Type': 'Nested Loop', 'Plan Rows': 12, 'Actual Rows': 4810, 'Actual Loops': 1, 'Actual Total Time': 912.4,
  Plans: [
    {
      'Node Type': 'Seq Scan', 'Relation Name': 'orders', 'Plan Rows': 3, 'Actual Rows': 962, 'Actual Loops': 1,
      'Actual Total Time': 641.7, 'Rows Removed by Filter': 4_999_038,
    },
    {
      'Node Type': 'Index Scan', 'Relation Name': 'order_items', 'Index Name': 'order_items_order_id_idx',
      'Plan Rows': 4, 'Actual Rows': 5, 'Actual Loops': 962, 'Actual Total Time': 0.27,
    },
  ],
};

interface Finding { node: string; totalRows: number; estimateRatio: string; selfMs: number; notes: string[] }

function analyse(node: PlanNode, out: Finding[] = []): Finding[] {
  const loops = node['Actual Loops'];
  // Actual rows and times are per loop: multiply by loops to get totals.
  const totalRows = node['Actual Rows'] * loops;
  const totalMs = node['Actual Total Time'] * loops;
  const childMs = (node.Plans ?? []).reduce((sum, c) => sum + c['Actual Total Time'] * c['Actual Loops'], 0);
  const estimate = node['Plan Rows'] * loops;
  const ratio = Math.max(totalRows, 1) / Math.max(estimate, 1);
  const notes: string[] = [];
  if (ratio >= 10 || ratio <= 0.1) notes.push(`estimate off by ${ratio >= 1 ? ratio.toFixed(0) : (1 / ratio).toFixed(0)}x: check statistics (ANALYZE, extended stats)`);
  const removed = (node['Rows Removed by Filter'] ?? 0) * loops;
  if (removed > 10 * totalRows && removed > 10_000) notes.push(`read ${removed.toLocaleString('en-US')} rows to keep ${totalRows.toLocaleString('en-US')}: an index on the filter columns`);
  if (loops > 100) notes.push(`runs ${loops} times: cost is per loop x loops`);
  const name = [node['Node Type'], node['Relation Name'] && `on ${node['Relation Name']}`, node['Index Name'] && `using ${node['Index Name']}`].filter(Boolean).join(' ');
  out.push({ node: name, totalRows, estimateRatio: `${estimate} est / ${totalRows} actual`, selfMs: Math.round(totalMs - childMs), notes });
  for (const child of node.Plans ?? []) analyse(child, out);
  return out;
}

for (const f of analyse(plan)) {
  console.log(`${f.node}: rows ${f.estimateRatio}, self time about ${f.selfMs} ms`);
  for (const note of f.notes) console.log(`  - ${note}`);
}
