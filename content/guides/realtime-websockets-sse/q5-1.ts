import { once } from 'node:events';
import { Redis } from 'ioredis';
import { WebSocketServer, WebSocket } from 'ws';

const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

// One "instance" of the realtime tier: local sockets per room, Redis pub/sub between instances.
async function startInstance(name: string) {
  const publisher = new Redis(url);
  const subscriber = new Redis(url); // a subscribed connection can do nothing else
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(wss, 'listening');
  const rooms = new Map<string, Set<WebSocket>>();

  wss.on('connection', (ws, req) => {
    const room = new URL(req.url ?? '/', 'http://localhost').searchParams.get('room') ?? 'lobby';
    if (!rooms.has(room)) rooms.set(room, new Set());
    rooms.get(room)!.add(ws);
    ws.on('close', () => rooms.get(room)?.delete(ws));
    // A message from a client is published, not sent locally: every instance delivers it the same way.
    ws.on('message', (data) => void publisher.publish(`rt5:room:${room}`, JSON.stringify({ via: name, text: String(data) })));
  });

  await subscriber.psubscribe('rt5:room:*'); // short for the demo; SUBSCRIBE per joined room sends each instance only its rooms
  subscriber.on('pmessage', (_pattern, channel, message) => {
    const room = channel.slice('rt5:room:'.length);
    for (const ws of rooms.get(room) ?? []) if (ws.readyState === WebSocket.OPEN) ws.send(message);
  });

  const { port } = wss.address() as { port: number };
  return {
    port,
    async stop() {
      for (const ws of wss.clients) ws.close();
      await new Promise((resolve) => wss.close(resolve));
      await Promise.all([publisher.quit(), subscriber.quit()]);
    },
  };
}

const a = await startInstance('instance-a');
const b = await startInstance('instance-b');

// Alice's connection landed on instance A, Bob's on instance B (the load balancer chose).
async function join(user: string, port: number) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/?room=general`);
  await once(ws, 'open');
  const firstMessage = once(ws, 'message').then(([data]) => `${user} got ${String(data)}`);
  return { ws, firstMessage };
}
const alice = await join('alice', a.port);
const bob = await join('bob', b.port);

alice.ws.send('hi from alice');
console.log(await alice.firstMessage);
console.log(await bob.firstMessage);

alice.ws.close();
bob.ws.close();
await Promise.all([a.stop(), b.stop()]);
