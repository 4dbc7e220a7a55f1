import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { buildSchema, graphql, OperationTypeNode, parse, getOperationAST } from 'graphql';

const schema = buildSchema(`
  type Query { product(id: ID!): Product }
  type Product { id: ID! name: String! priceCents: Int! }
  type Mutation { renameProduct(id: ID!, name: String!): Product }
`);
const rootValue = {
  product: ({ id }: { id: string }) => ({ id, name: 'Espresso cup', priceCents: 1200 }),
  renameProduct: ({ id, name }: { id: string; name: string }) => ({ id, name, priceCents: 1200 }),
};

// Built from the client's code at build time: only these documents may run in production.
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const documents = [
  'query Product($id: ID!) { product(id: $id) { name priceCents } }',
  'mutation Rename($id: ID!, $name: String!) { renameProduct(id: $id, name: $name) { name } }',
];
const allowlist = new Map(documents.map((doc) => [sha256(doc), doc]));

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let body: { query?: string; id?: string; variables?: Record<string, unknown> } = {};
  if (req.method === 'POST') {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    body = JSON.parse(raw) as typeof body;
  } else {
    body = { id: url.searchParams.get('id') ?? undefined, variables: JSON.parse(url.searchParams.get('variables') ?? '{}') };
  }
  const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(payload));
  };

  if (body.query !== undefined) return send(400, { errors: [{ message: 'Only persisted documents are accepted', extensions: { code: 'PERSISTED_QUERY_REQUIRED' } }] });
  const source = allowlist.get(body.id ?? '');
  if (!source) return send(400, { errors: [{ message: 'Unknown document id', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });

  // GET may only run queries (a GET that mutates could be triggered by a link or cached by a CDN).
  const operation = getOperationAST(parse(source))?.operation;
  if (req.method === 'GET' && operation !== OperationTypeNode.QUERY) return send(405, { errors: [{ message: 'Use POST for mutations' }] });
  const result = await graphql({ schema, rootValue, source, variableValues: body.variables });
  // A short public max-age is safe only for data that is the same for every user.
  send(200, result, req.method === 'GET' && !result.errors ? { 'cache-control': 'public, max-age=60' } : {});
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;

async function show(label: string, response: Promise<Response>): Promise<void> {
  const res = await response;
  console.log(label.padEnd(24), res.status, res.headers.get('cache-control') ?? '-', await res.text());
}
const id = sha256(documents[0]!);
await show('GET by id', fetch(`${base}?id=${id}&variables=${encodeURIComponent('{"id":"42"}')}`));
await show('POST by id', fetch(base, { method: 'POST', body: JSON.stringify({ id, variables: { id: '42' } }) }));
await show('POST arbitrary query', fetch(base, { method: 'POST', body: JSON.stringify({ query: '{ product(id: "42") { name } }' }) }));
await show('GET a mutation by id', fetch(`${base}?id=${sha256(documents[1]!)}&variables=${encodeURIComponent('{"id":"42","name":"Mug"}')}`));
await show('GET unknown id', fetch(`${base}?id=${sha256('{ __schema { types { name } } }')}`));

server.closeAllConnections();
server.close();
