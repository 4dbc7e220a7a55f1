import Fastify from 'fastify';

const app = Fastify();
// What the database returns: more than the client should ever see.
const users: Record<string, object> = {
  '1': { id: 1, email: 'ada@example.com', passwordHash: '$argon2id$secret', isAdmin: true, createdAt: new Date(Date.UTC(2026, 0, 2)) },
  '2': { id: '2', email: 'bob@example.com', isAdmin: 'yes', createdAt: new Date(Date.UTC(2026, 0, 3)) },
  '3': { id: 3, isAdmin: false }, // no email
};

const publicUser = {
  type: 'object',
  required: ['id', 'email'],
  properties: {
    id: { type: 'integer' },
    email: { type: 'string' },
    isAdmin: { type: 'boolean' },
    createdAt: { type: 'string', format: 'date-time' },
  },
};

app.get('/users/:id', { schema: { response: { 200: publicUser } } }, async (request) => {
  const { id } = request.params as { id: string };
  return users[id];
});
// The same data without a response schema: JSON.stringify sends everything.
app.get('/raw/users/:id', async (request) => users[(request.params as { id: string }).id]);

for (const url of ['/raw/users/1', '/users/1', '/users/2', '/users/3']) {
  const res = await app.inject({ url });
  console.log(url.padEnd(13), res.statusCode, res.body);
}
await app.close();
