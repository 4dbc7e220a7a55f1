import { createHash } from 'node:crypto';

interface Flag {
  key: string;
  enabled: boolean; // the kill switch: false turns the feature off for everyone, at once
  rolloutPercent: number; // 0-100, in steps of 0.01
  allow?: string[]; // users always in (staff, beta testers)
  deny?: string[]; // users always out
}
interface User { id: string }

// Stable bucket 0-9999 per (flag, user): the same user always lands in the same bucket for a flag,
// and different flags (different salt) put the same user in unrelated buckets.
function bucket(flagKey: string, userId: string): number {
  const digest = createHash('sha256').update(`${flagKey}:${userId}`).digest();
  return digest.readUInt32BE(0) % 10_000;
}

function isOn(flag: Flag, user: User): boolean {
  if (!flag.enabled) return false;
  if (flag.deny?.includes(user.id)) return false;
  if (flag.allow?.includes(user.id)) return true;
  return bucket(flag.key, user.id) < flag.rolloutPercent * 100;
}

const users: User[] = Array.from({ length: 10_000 }, (_, i) => ({ id: `user-${i}` }));
const onAt = (flag: Flag): Set<string> => new Set(users.filter((u) => isOn(flag, u)).map((u) => u.id));

const checkout: Flag = { key: 'new-checkout', enabled: true, rolloutPercent: 10, allow: ['user-42'] };
const at10 = onAt(checkout);
const at25 = onAt({ ...checkout, rolloutPercent: 25 });
console.log('10% rollout:', at10.size, 'of', users.length, 'users | user-42 (allow list) on:', at10.has('user-42'));
console.log('25% rollout:', at25.size, 'users | everyone from the 10% stayed on:', [...at10].every((id) => at25.has(id)));
console.log('same answer on every call and every server:', isOn(checkout, { id: 'user-7' }) === isOn(checkout, { id: 'user-7' }));

// A second flag at 10% picks a different 10%, so one unlucky group does not get every experiment.
const search = onAt({ key: 'new-search', enabled: true, rolloutPercent: 10 });
console.log('users in both 10% rollouts:', [...at10].filter((id) => search.has(id)).length, '(about 1% expected if independent)');
console.log('kill switch:', onAt({ ...checkout, enabled: false }).size, 'users on');
