// A model of partition assignment in a consumer group: 6 partitions, a third consumer joins.
type Assignment = Map<string, number[]>;

// Range-style: contiguous blocks, recomputed from scratch on every change.
function rangeAssign(partitions: number, members: string[]): Assignment {
  const result: Assignment = new Map(members.map((m) => [m, []]));
  const per = Math.floor(partitions / members.length);
  const extra = partitions % members.length;
  let next = 0;
  members.forEach((member, i) => {
    const count = per + (i < extra ? 1 : 0);
    for (let j = 0; j < count; j++) result.get(member)!.push(next++);
  });
  return result;
}

// Sticky: members keep what they had up to their fair share; only the surplus moves.
function stickyAssign(previous: Assignment, partitions: number, members: string[]): Assignment {
  const quota = Math.ceil(partitions / members.length);
  const result: Assignment = new Map(members.map((m) => [m, []]));
  const free: number[] = [];
  for (const [member, owned] of previous) {
    for (const p of owned) {
      const mine = result.get(member);
      if (mine && mine.length < quota) mine.push(p);
      else free.push(p);
    }
  }
  for (const p of free) {
    const target = [...result.values()].reduce((a, b) => (b.length < a.length ? b : a));
    target.push(p);
  }
  return result;
}

const owners = (a: Assignment): Map<number, string> =>
  new Map([...a].flatMap(([member, ps]) => ps.map((p) => [p, member] as const)));
const moved = (before: Assignment, after: Assignment): number[] => {
  const was = owners(before);
  return [...owners(after)].filter(([p, m]) => was.get(p) !== m).map(([p]) => p).sort((x, y) => x - y);
};
const show = (a: Assignment): string => [...a].map(([m, ps]) => `${m}=[${ps.join(',')}]`).join(' ');

const before = rangeAssign(6, ['c1', 'c2']);
console.log('before      ', show(before));

const eager = rangeAssign(6, ['c1', 'c2', 'c3']);
console.log('eager/range ', show(eager), `| revoked 6 of 6, moved [${moved(before, eager).join(',')}]`);

const sticky = stickyAssign(before, 6, ['c1', 'c2', 'c3']);
const stickyMoved = moved(before, sticky);
console.log('incremental ', show(sticky), `| revoked ${stickyMoved.length} of 6, moved [${stickyMoved.join(',')}]`);
