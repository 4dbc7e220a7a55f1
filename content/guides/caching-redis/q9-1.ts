// Redis Cluster: slot = CRC16-XMODEM(hashed part of key) mod 16384.
function crc16(buf: Uint8Array): number {
  let crc = 0;
  for (const byte of buf) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

// Hash tag rule: if the key has "{...}" with at least one character inside, only that part is hashed
// (the first "{" and the first "}" after it).
function keySlot(key: string): number {
  const open = key.indexOf('{');
  if (open !== -1) {
    const close = key.indexOf('}', open + 1);
    if (close > open + 1) key = key.slice(open + 1, close);
  }
  return crc16(Buffer.from(key)) % 16384;
}

for (const key of [
  'user:42:profile',
  '{user:42}:profile', // same tag -> same slot: MULTI, Lua and MGET across them work
  '{user:42}:cart',
  '{}user', // empty tag: the whole key is hashed
  'product:7#0', // copies of a hot key WITHOUT a shared tag spread over slots
  'product:7#1',
  'product:7#2',
  'product:7#3',
]) {
  console.log(key.padEnd(18), keySlot(key));
}
