import cluster from 'node:cluster';
import type { Worker as ClusterWorker } from 'node:cluster';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';

const WORKERS = 2; // in production: os.availableParallelism(), or 1 per container

if (cluster.isPrimary) {
  const workers: ClusterWorker[] = Array.from({ length: WORKERS }, () => cluster.fork());
  // listen(0) in the workers still yields one shared port, chosen by the primary.
  const port = await new Promise<number>((resolve) => {
    let ready = 0;
    cluster.on('listening', (_worker: ClusterWorker, address: AddressInfo) => ++ready === WORKERS && resolve(address.port));
  });
  console.log(`${WORKERS} workers listening on one shared port`);

  const get = (agent: Agent | false): Promise<string> =>
    new Promise((resolve, reject) => {
      request({ host: '127.0.0.1', port, agent }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => resolve(body));
      }).on('error', reject).end();
    });
  const spread = (ids: string[]): string =>
    Object.values(Object.groupBy(ids, (id) => id)).map((g) => g!.length).sort().join(' + ');

  // A new connection per request: the primary deals connections out round-robin.
  const fresh: string[] = [];
  for (let i = 0; i < 6; i++) fresh.push(await get(false));
  console.log('new connection each time: 6 requests split', spread(fresh));

  // One kept-alive connection: every request lands on the worker that accepted it.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const reused: string[] = [];
  for (let i = 0; i < 6; i++) reused.push(await get(agent));
  console.log('one keep-alive connection: 6 requests split', spread(reused));
  agent.destroy();

  // Graceful stop: workers close their servers, finish in-flight requests, then exit.
  const exits = workers.map((worker) => once(worker, 'exit'));
  cluster.disconnect();
  console.log('exit codes:', (await Promise.all(exits)).map(([code]) => code as number));
} else {
  createServer((req, res) => res.end(`w${cluster.worker!.id}`)).listen(0, '127.0.0.1');
}
