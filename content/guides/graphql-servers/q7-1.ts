import { buildSchema, graphql } from 'graphql';

const schema = buildSchema(`
  type Query { orders(first: Int!, after: String): OrderConnection! }
  type OrderConnection { edges: [OrderEdge!]! pageInfo: PageInfo! }
  type OrderEdge { cursor: String! node: Order! }
  type Order { id: ID! createdAt: String! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
`);

// Newest first, ties broken by id: the sort key must be unique for keyset pagination to be stable.
const orders = Array.from({ length: 7 }, (_, i) => ({ id: `o${i + 1}`, createdAt: `2026-11-0${Math.floor(i / 2) + 1}` }))
  .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));

// The cursor is opaque to clients: base64url of the sort key of the last row they saw.
const encode = (o: { id: string; createdAt: string }): string => Buffer.from(JSON.stringify([o.createdAt, o.id])).toString('base64url');
const decode = (cursor: string): [string, string] => JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];

const rootValue = {
  orders: ({ first, after }: { first: number; after?: string }) => {
    if (first < 1 || first > 50) throw new Error('first must be between 1 and 50');
    // Equivalent SQL: WHERE (created_at, id) < ($1, $2) ORDER BY created_at DESC, id DESC LIMIT first + 1
    const start = after ? decode(after) : null;
    const rest = start ? orders.filter((o) => o.createdAt < start[0] || (o.createdAt === start[0] && o.id < start[1])) : orders;
    const page = rest.slice(0, first + 1); // one extra row tells us whether there is a next page
    const edges = page.slice(0, first).map((node) => ({ cursor: encode(node), node }));
    return { edges, pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  },
};

const source = 'query($after: String) { orders(first: 3, after: $after) { edges { node { id createdAt } } pageInfo { hasNextPage endCursor } } }';
type Page = { orders: { edges: Array<{ node: { id: string; createdAt: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
let after: string | null = null;
for (let page = 1; ; page++) {
  const result = await graphql({ schema, rootValue, source, variableValues: { after } });
  const { edges, pageInfo } = (result.data as Page).orders;
  console.log(`page ${page}:`, edges.map((e) => `${e.node.id}@${e.node.createdAt}`).join(' '), '| hasNextPage', pageInfo.hasNextPage);
  if (!pageInfo.hasNextPage) break;
  after = pageInfo.endCursor;
}
