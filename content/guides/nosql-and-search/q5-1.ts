// A model of a DynamoDB single table: items sorted by SK within each PK; Query = one PK, an SK condition.
interface Item { PK: string; SK: string; GSI1PK?: string; GSI1SK?: string; [attr: string]: unknown }

class TableModel {
  #items = new Map<string, Item>();
  consumedQueries = 0;

  put(item: Item): void {
    this.#items.set(`${item.PK}|${item.SK}`, item);
  }

  // Query touches one partition key and returns items in sort-key order.
  query(pk: string, skBeginsWith = '', index: 'table' | 'GSI1' = 'table'): Item[] {
    this.consumedQueries++;
    const pkOf = (i: Item) => (index === 'table' ? i.PK : i.GSI1PK);
    const skOf = (i: Item) => (index === 'table' ? i.SK : i.GSI1SK) ?? '';
    return [...this.#items.values()]
      .filter((i) => pkOf(i) === pk && skOf(i).startsWith(skBeginsWith))
      .sort((a, b) => (skOf(a) < skOf(b) ? -1 : skOf(a) > skOf(b) ? 1 : 0));
  }
}

// Key design: one customer's profile and orders share a partition; ISO dates sort as strings.
const keys = {
  customer: (id: string) => ({ PK: `CUSTOMER#${id}`, SK: 'PROFILE' }),
  order: (customerId: string, orderId: string, date: string, status: string) => ({
    PK: `CUSTOMER#${customerId}`,
    SK: `ORDER#${date}#${orderId}`,
    GSI1PK: `STATUS#${status}`, // second access pattern: orders by status, newest first
    GSI1SK: `${date}#${orderId}`,
  }),
  item: (orderId: string, sku: string) => ({ PK: `ORDER#${orderId}`, SK: `ITEM#${sku}` }),
};

const table = new TableModel();
table.put({ ...keys.customer('42'), name: 'Ada', tier: 'gold' });
table.put({ ...keys.order('42', 'o-1', '2026-10-02', 'SHIPPED'), total: 30 });
table.put({ ...keys.order('42', 'o-2', '2026-11-15', 'PENDING'), total: 12 });
table.put({ ...keys.order('42', 'o-3', '2026-11-28', 'PENDING'), total: 99 });
table.put({ ...keys.order('7', 'o-4', '2026-11-20', 'PENDING'), total: 5 });
table.put({ ...keys.item('o-3', 'mug'), qty: 2 });
table.put({ ...keys.item('o-3', 'tea'), qty: 1 });

// Access pattern 1: customer page = profile + orders, one Query.
const page = table.query('CUSTOMER#42');
console.log('customer 42, one query:', page.map((i) => i.SK).join(', '));

// Access pattern 2: orders in November, using the sort-key prefix.
console.log('november orders:', table.query('CUSTOMER#42', 'ORDER#2026-11').map((i) => i.SK.split('#')[2]).join(', '));

// Access pattern 3: all pending orders, via the GSI (eventually consistent in DynamoDB).
console.log('pending (GSI1):', table.query('STATUS#PENDING', '', 'GSI1').map((i) => i.GSI1SK).join(', '));

// Access pattern 4: one order's line items.
console.log('items of o-3:', table.query('ORDER#o-3', 'ITEM#').map((i) => `${i.SK.slice(5)} x${i.qty}`).join(', '));
console.log('queries used:', table.consumedQueries);
