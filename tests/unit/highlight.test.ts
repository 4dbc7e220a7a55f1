import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlight } from '../../src/render/highlight.ts';

/** The tokenizer measures each line with Date.now(); a clock that jumps a second per read is a saturated CPU. */
function saturateClock(): void {
  let now = Date.now();
  vi.spyOn(Date, 'now').mockImplementation(() => (now += 1_000));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('highlight under a busy CPU', () => {
  it('tokenises every part of a long line, however slow the clock says it is', async () => {
    await highlight('const warm = 1;\n', 'ts'); // loads the grammar before the clock is distorted
    const statements = Array.from({ length: 40 }, (_, i) => `const v${i} = 'text${i}';`);
    saturateClock();
    const html = await highlight(`${statements.join(' ')}\n`, 'ts');
    expect(html.match(/<span class="k">const<\/span>/g)).toHaveLength(40);
    expect(html.match(/<span class="e">'text\d+'<\/span>/g)).toHaveLength(40);
  });
});
