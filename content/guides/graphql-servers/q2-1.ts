import DataLoader from 'dataloader';
import { graphql, GraphQLID, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';

// A fake database that logs every query it receives.
const users = new Map([
  ['u1', { id: 'u1', name: 'Ada' }],
  ['u2', { id: 'u2', name: 'Grace' }],
  ['u3', { id: 'u3', name: 'Alan' }],
]);
const posts = Array.from({ length: 10 }, (_, i) => ({ id: `p${i + 1}`, title: `Post ${i + 1}`, authorId: `u${(i % 3) + 1}` }));
let queries: string[] = [];
const db = {
  async postsLatest(limit: number) {
    queries.push(`SELECT * FROM posts LIMIT ${limit}`);
    return posts.slice(0, limit);
  },
  async userById(id: string) {
    queries.push(`SELECT * FROM users WHERE id = '${id}'`);
    return users.get(id) ?? null;
  },
  async usersByIds(ids: readonly string[]) {
    queries.push(`SELECT * FROM users WHERE id IN (${ids.map((id) => `'${id}'`).join(', ')})`);
    return ids.map((id) => users.get(id) ?? null); // same order and length as the keys
  },
};

interface Context {
  batched: boolean;
  userLoader: DataLoader<string, { id: string; name: string } | null>;
}

const User = new GraphQLObjectType({ name: 'User', fields: { id: { type: new GraphQLNonNull(GraphQLID) }, name: { type: GraphQLString } } });
const Post = new GraphQLObjectType<{ authorId: string }, Context>({
  name: 'Post',
  fields: {
    title: { type: GraphQLString },
    // Called once per post: 10 posts -> 10 lookups, unless a loader collects them into one batch.
    author: { type: User, resolve: (post, _args, ctx) => (ctx.batched ? ctx.userLoader.load(post.authorId) : db.userById(post.authorId)) },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { latestPosts: { type: new GraphQLList(Post), resolve: () => db.postsLatest(10) } } }),
});

const source = '{ latestPosts { title author { name } } }';
for (const batched of [false, true]) {
  queries = [];
  // A new loader per request: its cache must never outlive the request or be shared between users.
  const contextValue: Context = { batched, userLoader: new DataLoader((ids) => db.usersByIds(ids)) };
  const result = await graphql({ schema, source, contextValue });
  const authors = (result.data!.latestPosts as Array<{ author: { name: string } }>).map((p) => p.author.name);
  console.log(`${batched ? 'with DataLoader' : 'naive'}: ${queries.length} queries, authors ${authors.join(',')}`);
  for (const q of queries.slice(0, 3)) console.log('   ', q);
  if (queries.length > 3) console.log(`    ... ${queries.length - 3} more`);
}
