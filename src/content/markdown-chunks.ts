/**
 * Where a guide body can be cut into parts that parse alone to the same tree as the whole: before
 * each `##`/`###` heading at the start of a line that follows a blank line, outside fenced code.
 * micromark's cost grows faster than the text (each closed list copies the document's event list),
 * so a long guide parsed whole costs far more than its sections parsed one by one.
 * Returns the start offsets of the parts (the first is 0), or only `[0]` when the body has something
 * that may reach across a heading: link reference definitions (used anywhere) or raw HTML blocks
 * that may span blank lines.
 */
export function sectionStarts(body: string): number[] {
  if (/^ {0,3}(\[[^\]\n]+\]:|<(!|\?|script|pre|style|textarea))/im.test(body)) return [0];
  const starts = [0];
  let fence: { char: string; length: number } | undefined;
  let previousBlank = true;
  let offset = 0;
  for (const line of body.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence) {
      if (marker?.[1]?.[0] === fence.char && marker[1].length >= fence.length && !marker[2]?.trim())
        fence = undefined;
    } else if (marker && !(marker[1]?.[0] === '`' && marker[2]?.includes('`'))) {
      fence = { char: marker[1]?.[0] ?? '`', length: marker[1]?.length ?? 3 };
    } else if (previousBlank && offset > 0 && /^#{2,3} /.test(line)) {
      starts.push(offset);
    }
    previousBlank = line.trim() === '';
    offset += line.length + 1;
  }
  return starts;
}
