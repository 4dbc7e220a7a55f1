import { buildSchema, graphql, GraphQLError, type ExecutionResult } from 'graphql';

const schema = buildSchema(`
  type Query {
    me: User
    orders: [Order!]
  }
  type User {
    name: String!
    creditScore: Int
  }
  type Order {
    id: ID!
    total: Int!
  }
`);

const rootValue = {
  me: () => ({
    name: 'Ada',
    // An expected, client-facing error: a GraphQLError with a code in extensions.
    creditScore: () => {
      throw new GraphQLError('Not allowed to see the credit score', { extensions: { code: 'FORBIDDEN' } });
    },
  }),
  orders: () => [
    { id: 'o1', total: () => 1200 },
    // An unexpected failure inside a non-null field: null cannot go in "total: Int!".
    { id: 'o2', total: () => { throw new Error('connect ECONNREFUSED 10.0.3.7:5432 (pricing-db)'); } },
  ],
};

// Mask anything that is not a deliberate client error before it leaves the server; log the original.
function maskErrors(result: ExecutionResult): ExecutionResult {
  const errors = result.errors?.map((err) => {
    const deliberate = err.originalError instanceof GraphQLError || err.originalError === undefined;
    if (deliberate) return err;
    console.log('(server log)', err.path?.join('.'), '->', err.originalError?.message);
    return new GraphQLError('Internal server error', { path: err.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
  return errors ? { ...result, errors } : result;
}

const result = maskErrors(await graphql({ schema, rootValue, source: '{ me { name creditScore } orders { id total } }' }));
console.log('data:', JSON.stringify(result.data));
for (const err of result.errors ?? []) {
  console.log('error:', JSON.stringify({ message: err.message, path: err.path, code: err.extensions?.code }));
}
