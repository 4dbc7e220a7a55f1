import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, withStoreLock } from '../../src/cache/store-lock.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'store-lock-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lockModule = resolve('src/cache/store-lock.ts');

/**
 * Another process that takes the lock, says so on stdout, and keeps it until its stdin closes:
 * the test decides when it lets go, so nothing depends on how fast the machine is.
 */
function holder(): { child: ChildProcess; holding: Promise<void> } {
  const script = `
    import { withStoreLock } from ${JSON.stringify(lockModule)};
    await withStoreLock(process.argv[1], async () => {
      process.stdout.write('holding\\n');
      await new Promise((done) => process.stdin.on('end', done).resume());
    });`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, dir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const holding = new Promise<void>((done, fail) => {
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('holding') && done());
    child.on('exit', (code) => fail(new Error(`the holder ended first (${code})`)));
  });
  return { child, holding };
}

describe('withStoreLock', () => {
  it('waits while another process holds the lock, and runs once it lets go', async () => {
    const other = holder();
    await other.holding;
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(String(other.child.pid));
    const events: string[] = [];
    const mine = withStoreLock(dir, async () => {
      events.push('ran');
      return readFileSync(join(dir, LOCK_FILE), 'utf8');
    });
    // However long this takes, the work cannot start while the other process holds the lock.
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toEqual([]);
    events.push('released');
    other.child.stdin?.end();
    expect(await mine).toBe(String(process.pid));
    expect(events).toEqual(['released', 'ran']);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('takes over a lock whose process has ended', async () => {
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    writeFileSync(join(dir, LOCK_FILE), ended.stdout);
    expect(await withStoreLock(dir, async () => 'ran')).toBe('ran');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('takes over a lock file that names no process', async () => {
    writeFileSync(join(dir, LOCK_FILE), 'not a process id');
    expect(await withStoreLock(dir, async () => 'ran')).toBe('ran');
  });

  it('lets go when the work fails', async () => {
    await expect(
      withStoreLock(dir, async () => {
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    expect(await withStoreLock(dir, async () => 'again')).toBe('again');
  });

  it('runs one piece of work at a time within a process too', async () => {
    const order: string[] = [];
    let letGo: () => void = () => undefined;
    const first = withStoreLock(dir, async () => {
      order.push('first starts');
      await new Promise<void>((r) => (letGo = r));
      order.push('first ends');
    });
    const second = withStoreLock(dir, async () => void order.push('second'));
    await new Promise((r) => setTimeout(r, 200));
    letGo();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second']);
  });
});
