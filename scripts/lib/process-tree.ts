import { readdirSync, readFileSync } from 'node:fs';

/**
 * A process's parent and state from `/proc/<pid>/stat` (Linux), or undefined once it has gone.
 * The command name in parentheses may hold spaces, so the fields are read after its last ")".
 */
export function procStat(pid: number): { ppid: number; state: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state = '', ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(ppid), state };
  } catch {
    return undefined;
  }
}

/** A process and all its descendants (Linux, from /proc). */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    // undefined: it ended while we looked
    if (stat) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop() as number;
    found.push(current);
    stack.push(...(children.get(current) ?? []));
  }
  return found;
}
