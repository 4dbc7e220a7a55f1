import express from 'express';
import type { AddressInfo } from 'node:net';

// One encoder per output context. None of them is interchangeable with another.
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: unknown): string => String(s).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!); // text and quoted attributes
const jsonForScript = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c');               // data inside <script>
const safeUrl = (u: string): string => {                                                                // URL attributes: allow-list schemes
  try { return ['http:', 'https:'].includes(new URL(u).protocol) ? u : '#'; } catch { return '#'; }
};

const app = express();
app.get('/unsafe', (req, res) => {
  const { name = '', site = '' } = req.query as Record<string, string | undefined>;
  res.type('html').send([
    `<h1>Hello ${name}</h1>`,
    `<a href="${site}">website</a>`,
    `<script>const profile = { name: "${name}" };</script>`,
  ].join('\n'));
});
app.get('/safe', (req, res) => {
  const name = String(req.query.name ?? '');
  const site = String(req.query.site ?? '');
  res.type('html').send([
    `<h1>Hello ${escapeHtml(name)}</h1>`,
    `<a href="${escapeHtml(safeUrl(site))}">website</a>`,
    `<script>const profile = ${jsonForScript({ name })};</script>`,
  ].join('\n'));
});

const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const attacks = [
    { name: '<img src=x onerror=alert(1)>', site: 'https://ok.example' },       // HTML body
    { name: '"};alert(1);//', site: 'javascript:alert(1)' },                      // JS string + URL scheme
    { name: '</script><script>alert(1)</script>', site: '" onmouseover="alert(1)' }, // breaks out of <script> / attribute
  ];
  for (const attack of attacks) {
    for (const path of ['/unsafe', '/safe']) {
      const res = await fetch(`${base}${path}?${new URLSearchParams(attack)}`);
      console.log(`--- ${path} ${res.status} ${res.headers.get('content-type')}\n${await res.text()}`);
    }
  }
  server.close();
});
