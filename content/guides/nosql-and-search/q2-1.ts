// Lazy schema migration: documents carry schemaVersion; readers upgrade old shapes on the fly.
interface UserV1 { _id: string; schemaVersion?: 1; name: string; phone: string }
interface UserV2 { _id: string; schemaVersion: 2; firstName: string; lastName: string; phone: string }
interface UserV3 { _id: string; schemaVersion: 3; firstName: string; lastName: string; phones: { kind: string; number: string }[] }
type AnyUser = UserV1 | UserV2 | UserV3;
const CURRENT = 3;

// One small, pure, tested step per version bump; never edit a step once shipped.
const upgrade = {
  1: (u: UserV1): UserV2 => {
    const [firstName = '', ...rest] = u.name.split(' ');
    return { _id: u._id, schemaVersion: 2, firstName, lastName: rest.join(' '), phone: u.phone };
  },
  2: (u: UserV2): UserV3 => ({ _id: u._id, schemaVersion: 3, firstName: u.firstName, lastName: u.lastName, phones: [{ kind: 'mobile', number: u.phone }] }),
};

function toCurrent(doc: AnyUser): UserV3 {
  let d: AnyUser = doc;
  // Documents written before versioning existed have no field: treat them as version 1.
  if ((d.schemaVersion ?? 1) === 1) d = upgrade[1](d as UserV1);
  if (d.schemaVersion === 2) d = upgrade[2](d);
  return d as UserV3;
}

// A collection model with counters: reads upgrade in memory, writes persist the current shape.
const collection = new Map<string, AnyUser>([
  ['u1', { _id: 'u1', name: 'Ada Lovelace', phone: '+44 20 7946 0000' }],
  ['u2', { _id: 'u2', schemaVersion: 2, firstName: 'Grace', lastName: 'Hopper', phone: '+1 202 555 0100' }],
  ['u3', { _id: 'u3', schemaVersion: 3, firstName: 'Alan', lastName: 'Turing', phones: [] }],
]);

const versions = (): string => [...collection.values()].map((d) => `${d._id}:v${d.schemaVersion ?? 1}`).join(' ');
console.log('stored:', versions());

for (const id of collection.keys()) {
  const user = toCurrent(collection.get(id)!);
  console.log('read', id, '->', JSON.stringify({ v: user.schemaVersion, first: user.firstName, phones: user.phones.length }));
}

// A write path saves the upgraded document (with a filter on the old version to avoid racing a newer writer).
function save(doc: UserV3, expectedVersion: number | undefined): boolean {
  const stored = collection.get(doc._id);
  if ((stored?.schemaVersion ?? 1) !== (expectedVersion ?? 1)) return false;
  collection.set(doc._id, doc);
  return true;
}
const u1 = collection.get('u1')!;
console.log('save u1 after profile edit:', save({ ...toCurrent(u1), lastName: 'King' }, u1.schemaVersion));
console.log('stored:', versions());
// A background job converts the rest, so the upgrade code can eventually be deleted.
const remaining = [...collection.values()].filter((d) => (d.schemaVersion ?? 1) < CURRENT).length;
console.log('documents still below v3:', remaining);
