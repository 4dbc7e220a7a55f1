import express, { type Response } from 'express';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = mkdtempSync(path.join(tmpdir(), 'app-'));
const UPLOADS = path.join(root, 'uploads');
mkdirSync(UPLOADS);
mkdirSync(path.join(root, 'uploads-archive'));
writeFileSync(path.join(UPLOADS, 'report.txt'), 'quarterly report');
writeFileSync(path.join(root, 'secrets.env'), 'DB_PASSWORD=hunter2');
writeFileSync(path.join(root, 'uploads-archive', 'old.txt'), 'archived, not public');

const app = express();
const send = (res: Response, file: string) => readFile(file, 'utf8').then((t) => res.send(t), () => res.sendStatus(404));

// Vulnerable: join() happily walks out of the folder with "..".
app.get('/unsafe', (req, res) => send(res, path.join(UPLOADS, String(req.query.name))));
// Subtly broken: a prefix check without the trailing separator also matches "uploads-archive".
app.get('/prefix', (req, res) => {
  const file = path.resolve(UPLOADS, String(req.query.name));
  return file.startsWith(UPLOADS) ? send(res, file) : res.sendStatus(403);
});
// Safe: resolve, then require the result to be *inside* the folder (separator included).
// (Add fs.realpath on both sides if the folder may contain symlinks.)
app.get('/safe', (req, res) => {
  const file = path.resolve(UPLOADS, String(req.query.name));
  if (!file.startsWith(UPLOADS + path.sep)) return res.sendStatus(403);
  send(res, file);
});
// Also safe: let Express do it. sendFile with `root` rejects ".." segments with 403.
app.get('/static', (req, res) => res.sendFile(String(req.query.name), { root: UPLOADS }, (err?: Error & { status?: number }) => {
  if (err && !res.headersSent) res.sendStatus(err.status ?? 404);
}));

const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const names = ['report.txt', '../secrets.env', '../uploads-archive/old.txt', path.join(root, 'secrets.env')];
  for (const route of ['/unsafe', '/prefix', '/safe', '/static']) {
    for (const name of names) {
      const res = await fetch(`${base}${route}?name=${encodeURIComponent(name)}`);
      const shown = name.startsWith(root) ? '<absolute path>/secrets.env' : name;
      console.log(`${route.padEnd(7)} ${shown.padEnd(28)} -> ${res.status} ${res.ok ? await res.text() : ''}`.trimEnd());
    }
  }
  server.close();
  rmSync(root, { recursive: true });
});
