// A model of upcasting: stored events never change; old versions are converted to the current shape on read.
type StoredEvent = { type: 'CustomerRegistered'; schemaVersion: number; data: Record<string, unknown> };
interface CustomerRegisteredV3 {
  customerId: string;
  givenName: string;
  familyName: string;
  email: string;
  marketingConsent: boolean;
}

// One small function per version step; they compose, so v1 -> v2 -> v3.
const upcasters: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  // v1 -> v2: "name" was split into two fields.
  1: ({ name, ...rest }) => {
    const [givenName, ...family] = String(name).split(' ');
    return { ...rest, givenName, familyName: family.join(' ') };
  },
  // v2 -> v3: consent became explicit; customers registered before it existed did not give it.
  2: (data) => ({ ...data, marketingConsent: false }),
};
const CURRENT = 3;

function upcast(event: StoredEvent): CustomerRegisteredV3 {
  let { schemaVersion: version, data } = event;
  while (version < CURRENT) {
    const step = upcasters[version];
    if (!step) throw new Error(`no upcaster from version ${version}`);
    data = step(data);
    version++;
  }
  return data as unknown as CustomerRegisteredV3;
}

const stream: StoredEvent[] = [
  { type: 'CustomerRegistered', schemaVersion: 1, data: { customerId: 'c-1', name: 'Ada King Lovelace', email: 'ada@example.com' } },
  { type: 'CustomerRegistered', schemaVersion: 2, data: { customerId: 'c-2', givenName: 'Alan', familyName: 'Turing', email: 'alan@example.com' } },
  { type: 'CustomerRegistered', schemaVersion: 3, data: { customerId: 'c-3', givenName: 'Grace', familyName: 'Hopper', email: 'grace@example.com', marketingConsent: true } },
];
for (const event of stream) console.log(`v${event.schemaVersion} ->`, JSON.stringify(upcast(event)));
