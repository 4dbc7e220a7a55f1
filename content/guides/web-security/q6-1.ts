import express from 'express';
import { exec, execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const uploads = mkdtempSync(join(tmpdir(), 'uploads-'));
writeFileSync(join(uploads, 'notes.txt'), 'one\ntwo\nthree\n');

const app = express();
// Vulnerable: the file name is pasted into a shell command line, so ; | $() and friends are live.
app.get('/unsafe/lines', (req, res) => {
  exec(`wc -l ${req.query.file}`, { cwd: uploads }, (err, stdout) =>
    err ? res.status(500).send('failed') : res.send(stdout.trim()));
});
// Safer: validate, then execFile (no shell) with "--" so a leading dash cannot become an option.
app.get('/lines', (req, res) => {
  const file = String(req.query.file ?? '');
  if (!/^[\w][\w.-]*$/.test(file)) return res.status(400).send('invalid file name');
  execFile('wc', ['-l', '--', file], { cwd: uploads }, (err, stdout) =>
    err ? res.status(404).send('not found') : res.send(stdout.trim()));
});

const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const payloads = ['notes.txt', 'notes.txt; echo INJECTED-$((6*7))', '-c notes.txt'];
  for (const path of ['/unsafe/lines', '/lines']) {
    for (const file of payloads) {
      const res = await fetch(`${base}${path}?file=${encodeURIComponent(file)}`);
      console.log(`${path.padEnd(13)} ${JSON.stringify(file).padEnd(37)} -> ${res.status} ${JSON.stringify(await res.text())}`);
    }
  }
  server.close();
  rmSync(uploads, { recursive: true });
});
