interface Job {
  tenantId: string;
  name: string;
  cost: number; // e.g. expected CPU-seconds or rows
}
interface TenantQueue {
  weight: number;
  deficit: number;
  jobs: Job[];
  creditedThisTurn: boolean;
}

// Deficit round robin: each tenant's turn adds quantum × weight credit; it runs jobs while credit lasts.
class FairQueue {
  tenants = new Map<string, TenantQueue>();
  active: string[] = []; // tenants with queued work, in round-robin order
  readonly quantum: number;
  constructor(quantum: number) {
    this.quantum = quantum;
  }
  enqueue(job: Job, weight = 1): void {
    let q = this.tenants.get(job.tenantId);
    if (!q) this.tenants.set(job.tenantId, (q = { weight, deficit: 0, jobs: [], creditedThisTurn: false }));
    if (q.jobs.length === 0) this.active.push(job.tenantId);
    q.jobs.push(job);
  }
  dequeue(): Job | undefined {
    while (this.active.length > 0) {
      const tenantId = this.active[0]!;
      const q = this.tenants.get(tenantId)!;
      if (!q.creditedThisTurn) {
        q.deficit += this.quantum * q.weight;
        q.creditedThisTurn = true;
      }
      const head = q.jobs[0]!;
      if (head.cost <= q.deficit) {
        q.jobs.shift();
        q.deficit -= head.cost;
        if (q.jobs.length === 0) {
          // An idle tenant keeps no credit: it cannot save up a burst.
          q.deficit = 0;
          q.creditedThisTurn = false;
          this.active.shift();
        }
        return head;
      }
      // Not enough credit left: end this turn and move to the back.
      q.creditedThisTurn = false;
      this.active.push(this.active.shift()!);
    }
    return undefined;
  }
}

const fifo: Job[] = [];
const fair = new FairQueue(2);
const submit = (tenantId: string, count: number, cost: number, weight: number): void => {
  for (let i = 1; i <= count; i++) {
    const job = { tenantId, name: `${tenantId}${i}`, cost };
    fifo.push(job);
    fair.enqueue(job, weight);
  }
};

// bulk floods first with 8 cheap jobs; two small tenants arrive just after; "paid" has weight 2.
submit('bulk', 8, 1, 1);
submit('tiny', 2, 1, 1);
submit('paid', 4, 1, 2);
submit('heavy', 2, 3, 1); // each job costs 3: it needs two turns of credit per job

const order: string[] = [];
for (let job = fair.dequeue(); job; job = fair.dequeue()) order.push(job.name);

console.log('fifo:', fifo.map((j) => j.name).join(' '));
console.log('fair:', order.join(' '));
const position = (name: string, list: string[]): number => list.indexOf(name) + 1;
for (const name of ['tiny2', 'paid4', 'heavy2']) {
  console.log(`${name.padEnd(6)} finishes at slot ${position(name, fifo.map((j) => j.name))} (fifo) vs ${position(name, order)} (fair)`);
}
