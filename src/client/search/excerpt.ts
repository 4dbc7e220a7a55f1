const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Pagefind's escaped text back to text: only the entities it writes, and numeric ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return Object.hasOwn(ENTITIES, name) ? (ENTITIES[name] as string) : whole;
  });
}

/**
 * An excerpt as text with its `<mark>`s, built node by node: whatever else the index holds is shown
 * as text, never parsed as HTML.
 */
export function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
      continue;
    }
    if (part === '') continue;
    const text = document.createTextNode(decodeEntities(part));
    if (!marked) nodes.push(text);
    else {
      const mark = document.createElement('mark');
      mark.append(text);
      nodes.push(mark);
    }
  }
  return nodes;
}
