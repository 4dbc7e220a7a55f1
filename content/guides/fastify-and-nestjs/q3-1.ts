import Fastify from 'fastify';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance { db?: { query: (sql: string) => string }; audit?: string }
}

const app = Fastify();

// An encapsulated plugin: its decorators, hooks and routes stay inside its own context.
const adminRoutes: FastifyPluginAsync = async (admin) => {
  admin.decorate('audit', 'admin-audit-log');
  admin.addHook('onRequest', async (request, reply) => {
    if (request.headers['x-role'] !== 'admin') return reply.code(403).send({ error: 'admins only' });
  });
  admin.get('/stats', async () => ({ audit: admin.audit, db: admin.db?.query('select 1') }));
};

// A shared plugin: fastify-plugin does exactly this, marking the function so it is not encapsulated.
const dbPlugin: FastifyPluginAsync = async (instance) => {
  instance.decorate('db', { query: (sql: string) => `result of ${sql}` });
};
Object.assign(dbPlugin, { [Symbol.for('skip-override')]: true });

await app.register(dbPlugin); // decorates the root, so every plugin sees app.db
await app.register(adminRoutes, { prefix: '/admin' });
app.get('/public', async () => ({ audit: app.audit ?? 'not visible here', db: app.db?.query('select 2') }));

const show = async (url: string, headers: Record<string, string> = {}): Promise<void> => {
  const res = await app.inject({ url, headers });
  console.log(url.padEnd(12), JSON.stringify(headers).padEnd(18), res.statusCode, res.body);
};
await show('/admin/stats');
await show('/admin/stats', { 'x-role': 'admin' });
await show('/public'); // the admin hook does not run here, and admin's decorator is invisible
console.log('root has db:', app.hasDecorator('db'), '| root has audit:', app.hasDecorator('audit'));
await app.close();
