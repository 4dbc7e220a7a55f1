import express from 'express';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// RFC 7396: objects merge recursively, null deletes, anything else (arrays too) replaces.
export function applyMergePatch(target: Json | undefined, patch: Json): Json {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const isObject = target !== null && typeof target === 'object' && !Array.isArray(target);
  const result: JsonObject = isObject ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__proto__') continue; // would replace the prototype instead of adding a field
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}

const User = z.strictObject({
  id: z.string(),
  name: z.string().min(1),
  email: z.email(),
  nickname: z.string().optional(),
  address: z.strictObject({ city: z.string(), zip: z.string() }).optional(),
  tags: z.array(z.string()).max(10),
});
type User = z.infer<typeof User>;
const users = new Map<string, User>([['u1', { id: 'u1', name: 'Ada', email: 'ada@example.com', nickname: 'countess',
  address: { city: 'London', zip: 'W1' }, tags: ['admin', 'beta'] }]]);

const app = express();
app.patch('/users/:id', express.json({ type: 'application/merge-patch+json' }), (req, res) => {
  if (!req.is('application/merge-patch+json')) {
    return res.status(415).set('Accept-Patch', 'application/merge-patch+json').json({ error: 'unsupported patch format' });
  }
  const current = users.get(req.params.id);
  if (!current) return res.status(404).json({ error: 'not found' });
  const candidate = applyMergePatch(current, req.body) as { id?: Json }; // express.json only parses objects and arrays
  if (candidate.id !== current.id) return res.status(422).json({ error: 'id is read-only' });
  const result = User.safeParse(candidate); // validate the whole result, not just the patch
  if (!result.success) return res.status(422).json({ error: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
  users.set(current.id, result.data);
  res.json(result.data);
});

const server = app.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/users/u1`;
  const patch = async (body: unknown, type = 'application/merge-patch+json') => {
    const res = await fetch(url, { method: 'PATCH', headers: { 'content-type': type }, body: JSON.stringify(body) });
    const accept = res.headers.get('accept-patch');
    console.log(res.status, await res.text(), accept ? `(Accept-Patch: ${accept})` : '');
  };
  await patch({ name: 'Ada Lovelace', nickname: null, address: { city: 'Marylebone' }, tags: ['admin'] });
  await patch({ email: null });
  await patch({ id: 'u2' });
  await patch(JSON.parse('{"__proto__": {"isAdmin": true}}'));
  const polluted = applyMergePatch({}, JSON.parse('{"__proto__": {"isAdmin": true}}')) as JsonObject;
  console.log('isAdmin inherited through __proto__:', 'isAdmin' in polluted);
  await patch([{ op: 'replace', path: '/name', value: 'A.' }], 'application/json-patch+json');
  server.close();
});
