// A model of PostgreSQL's table lock queue, with a subset of the lock modes.
type Mode = 'ACCESS SHARE' | 'ROW EXCLUSIVE' | 'SHARE UPDATE EXCLUSIVE' | 'SHARE' | 'ACCESS EXCLUSIVE';

const conflicts: Record<Mode, Mode[]> = {
  'ACCESS SHARE': ['ACCESS EXCLUSIVE'],
  'ROW EXCLUSIVE': ['SHARE', 'ACCESS EXCLUSIVE'],
  'SHARE UPDATE EXCLUSIVE': ['SHARE UPDATE EXCLUSIVE', 'SHARE', 'ACCESS EXCLUSIVE'],
  SHARE: ['ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'ACCESS EXCLUSIVE'],
  'ACCESS EXCLUSIVE': ['ACCESS SHARE', 'ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'SHARE', 'ACCESS EXCLUSIVE'],
};
const conflict = (a: Mode, b: Mode): boolean => conflicts[a].includes(b);

interface Request { who: string; mode: Mode }

class TableLockModel {
  granted: Request[] = [];
  waiting: Request[] = [];

  // A request waits if it conflicts with a holder OR with anyone already queued ahead of it.
  request(who: string, mode: Mode): void {
    const blocked = [...this.granted, ...this.waiting].some((r) => conflict(r.mode, mode));
    (blocked ? this.waiting : this.granted).push({ who, mode });
  }

  release(who: string): void {
    this.granted = this.granted.filter((r) => r.who !== who);
    this.waiting = this.waiting.filter((r) => r.who !== who); // lock_timeout: the waiter gives up
    const queue = this.waiting;
    this.waiting = [];
    for (const r of queue) this.request(r.who, r.mode);
  }

  show(label: string): void {
    console.log(`${label.padEnd(44)} running: ${this.granted.map((r) => r.who).join(', ') || '-'} | waiting: ${this.waiting.map((r) => r.who).join(', ') || '-'}`);
  }
}

console.log('=== ALTER TABLE without lock_timeout');
const t = new TableLockModel();
t.request('report (SELECT, 10 min)', 'ACCESS SHARE');
t.show('a long report is reading');
t.request('ALTER TABLE', 'ACCESS EXCLUSIVE');
t.show('migration asks for ACCESS EXCLUSIVE');
t.request('api SELECT 1', 'ACCESS SHARE');
t.request('api INSERT', 'ROW EXCLUSIVE');
t.request('api SELECT 2', 'ACCESS SHARE');
t.show('API traffic queues behind the migration');

console.log('=== same, with SET lock_timeout = \'2s\'');
const u = new TableLockModel();
u.request('report (SELECT, 10 min)', 'ACCESS SHARE');
u.request('ALTER TABLE', 'ACCESS EXCLUSIVE');
u.request('api SELECT 1', 'ACCESS SHARE');
u.request('api INSERT', 'ROW EXCLUSIVE');
u.release('ALTER TABLE'); // lock_timeout fires: the ALTER fails and will be retried later
u.show('after 2 s the ALTER gives up; traffic flows');

console.log('=== CREATE INDEX vs CREATE INDEX CONCURRENTLY');
const v = new TableLockModel();
v.request('CREATE INDEX', 'SHARE');
v.request('api INSERT', 'ROW EXCLUSIVE');
v.show('plain CREATE INDEX blocks writes');
const w = new TableLockModel();
w.request('CREATE INDEX CONCURRENTLY', 'SHARE UPDATE EXCLUSIVE');
w.request('api INSERT', 'ROW EXCLUSIVE');
w.request('api SELECT', 'ACCESS SHARE');
w.show('CONCURRENTLY lets reads and writes run');
