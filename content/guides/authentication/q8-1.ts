import express, { type NextFunction, type Request, type Response } from 'express';
import type { AddressInfo } from 'node:net';

type Role = 'viewer' | 'editor' | 'admin';
type Perm = 'doc:read' | 'doc:write' | 'doc:delete';
interface User { id: string; tenant: string; roles: Role[] }
interface Doc { id: string; tenant: string; ownerId: string; locked: boolean }
// What authenticate and loadDoc attach to a request.
declare global {
  namespace Express {
    interface Request {
      user?: User;
      doc?: Doc;
    }
  }
}

const users: Record<string, User> = {
  alice: { id: 'alice', tenant: 't1', roles: ['editor'] },
  bob:   { id: 'bob',   tenant: 't1', roles: ['viewer'] },
  carol: { id: 'carol', tenant: 't2', roles: ['admin'] },
  dana:  { id: 'dana',  tenant: 't1', roles: ['admin'] },
};
const docs = new Map<string, Doc>([
  ['d1', { id: 'd1', tenant: 't1', ownerId: 'alice', locked: false }],
  ['d2', { id: 'd2', tenant: 't1', ownerId: 'dana',  locked: true }],
]);

// RBAC: role -> permissions. Coarse, easy to audit ("who can delete?").
const ROLE_PERMS: Record<Role, Perm[]> = { viewer: ['doc:read'], editor: ['doc:read', 'doc:write'], admin: ['doc:read', 'doc:write', 'doc:delete'] };
const hasPerm = (user: User, perm: Perm): boolean => user.roles.some((r) => ROLE_PERMS[r]?.includes(perm));

// ABAC: a policy over attributes of subject, resource and context. Fine-grained, lives in one place.
function canWrite(user: User, doc: Doc): boolean {
  if (doc.locked) return false;                        // resource attribute
  if (doc.ownerId === user.id) return true;            // relationship attribute
  return hasPerm(user, 'doc:delete');                   // admins of the same tenant may edit anything
}

const authenticate = (req: Request, res: Response, next: NextFunction) => { // demo only: real apps verify a session or token here
  const user = users[req.get('x-user') ?? ''];
  if (!user) return res.sendStatus(401);                // 401 = we do not know who you are
  req.user = user;
  next();
};
// req.user is set: authenticate runs before every route.
const requirePerm = (perm: Perm) => (req: Request, res: Response, next: NextFunction) => (hasPerm(req.user!, perm) ? next() : res.sendStatus(403));
const loadDoc = (req: Request, res: Response, next: NextFunction) => {
  const doc = docs.get(req.params.id as string); // loadDoc is mounted only on /docs/:id
  // Tenant isolation first; answer 404, not 403, so other tenants cannot probe which ids exist.
  if (!doc || doc.tenant !== req.user!.tenant) return res.sendStatus(404);
  req.doc = doc;
  next();
};

const app = express();
app.use(authenticate);
app.get('/docs/:id', requirePerm('doc:read'), loadDoc, (req, res) => res.json(req.doc));
app.patch('/docs/:id', requirePerm('doc:write'), loadDoc, (req, res) =>
  canWrite(req.user!, req.doc!) ? res.sendStatus(204) : res.sendStatus(403));
app.delete('/docs/:id', requirePerm('doc:delete'), loadDoc, (req, res) => res.sendStatus(204));

const server = app.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tries: Array<[string, string, string]> = [['GET', 'd1', ''], ['GET', 'd1', 'bob'], ['PATCH', 'd1', 'bob'], ['PATCH', 'd1', 'alice'],
    ['PATCH', 'd2', 'alice'], ['PATCH', 'd2', 'dana'], ['DELETE', 'd1', 'alice'], ['GET', 'd1', 'carol'], ['DELETE', 'd1', 'dana']];
  for (const [method, id, who] of tries) {
    const res = await fetch(`${url}/docs/${id}`, { method, headers: who ? { 'x-user': who } : {} });
    console.log(`${(who || 'anonymous').padEnd(9)} ${method.padEnd(6)} ${id} -> ${res.status}`);
  }
  server.close();
});
