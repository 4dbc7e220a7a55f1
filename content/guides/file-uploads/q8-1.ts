import { randomUUID } from 'node:crypto';
import { basename, join, resolve, sep } from 'node:path';

const UPLOAD_ROOT = resolve('/srv/uploads');

// Wrong: trusts the client's filename as a path (join normalises "..", resolve honours absolute paths).
const naiveJoin = (filename: string): string => join(UPLOAD_ROOT, filename);
const naiveResolve = (filename: string): string => resolve(UPLOAD_ROOT, filename);

// Right: the storage name is ours; the client's name is only metadata for display.
function storagePath(): string {
  return resolve(UPLOAD_ROOT, randomUUID());
}

// If a path must come from input (say, a tenant folder), resolve it and check it stays inside the root.
function safeJoin(root: string, ...parts: string[]): string | undefined {
  if (parts.some((p) => p.includes('\0'))) return undefined;
  const full = resolve(root, ...parts);
  return full === root || full.startsWith(root + sep) ? full : undefined;
}

// A display name: strip directories (both separators), control and bidi characters, cap the length.
function displayName(filename: string): string {
  const last = basename(filename.replaceAll('\\', '/'));
  const cleaned = last.normalize('NFC').replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return (cleaned === '' || cleaned === '.' || cleaned === '..' ? 'file' : cleaned).slice(0, 100);
}

// Content-Disposition for downloads: ASCII fallback plus RFC 5987 UTF-8 form.
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

// Show invisible characters (NUL, bidi overrides) as escapes.
const visible = (s: string): string => s.replace(/[\u0000-\u001f\u202a-\u202e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const hostile = ['../../etc/passwd', '..\\..\\windows\\win.ini', '/etc/shadow', 'report.pdf\0.png', 'invoice\u202Egnp.exe', 'résumé "final".pdf'];
for (const name of hostile) {
  console.log(visible(name));
  console.log('  naive join:   ', visible(naiveJoin(name)));
  console.log('  naive resolve:', visible(naiveResolve(name)));
  console.log('  safeJoin:     ', visible(safeJoin(UPLOAD_ROOT, 'tenant-1', name) ?? 'rejected'));
  console.log('  display name: ', displayName(name));
}
console.log('storage path is ours:', storagePath().startsWith(UPLOAD_ROOT + sep));
console.log('header:', contentDisposition(displayName('résumé "final".pdf')));
