import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A synthetic question bank in the guide format, for the scale benchmark: `questions / 10` guides of
 * 10 questions, each question with a ~100-line JavaScript example, its TypeScript version and a
 * recorded output. Every block differs, so nothing is highlighted from another's cache entry.
 */
export interface CorpusOptions {
  questions: number;
  perGuide?: number;
  /** Changes the text and code of one guide, to measure a rebuild. */
  revision?: number;
}

const LEVELS = ['Junior', 'Mid', 'Mid', 'Senior', 'Senior', 'Staff', 'Principal'];
const FREQUENCIES = ['Rare', 'Occasional', 'Common', 'Common', 'Very Common'];
const COMPANIES = [
  'Google',
  'Amazon',
  'Meta',
  'Stripe',
  'Uber',
  'Netflix',
  'Shopify',
  'Datadog',
  'Cloudflare',
  'Société Générale',
  'AT&T',
];
const TOPICS = [
  'caching',
  'queues',
  'streams',
  'retries',
  'sharding',
  'tracing',
  'sessions',
  'indexes',
  'pooling',
  'backpressure',
];

export function generateCorpus(
  dir: string,
  { questions, perGuide = 10, revision = 0 }: CorpusOptions,
): { guides: number; questions: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const guides = Math.ceil(questions / perGuide);
  for (let g = 0; g < guides; g++)
    writeGuide(dir, g, Math.min(perGuide, questions - g * perGuide), g === 0 ? revision : 0);
  return { guides, questions };
}

/**
 * Rewrites guide 0 only, as an author editing one guide would: its answers and examples
 * (`answers`), or also its title and question titles (`titles`), which every page's sidebar
 * and the guide's question addresses show.
 */
export function changeOneGuide(
  dir: string,
  perGuide: number,
  revision: number,
  edit: 'answers' | 'titles' = 'titles',
): void {
  writeGuide(dir, 0, perGuide, revision, edit === 'titles');
}

function writeGuide(dir: string, g: number, count: number, revision: number, titles = true): void {
  const slug = `guide-${String(g).padStart(5, '0')}`;
  const topic = TOPICS[g % TOPICS.length] ?? 'caching';
  const tsVersionDir = join(dir, slug);
  mkdirSync(tsVersionDir, { recursive: true });
  const body: string[] = [
    '---',
    `title: "Synthetic guide ${g}: ${topic}${revision && titles ? ` (revision ${revision})` : ''}"`,
    'category: synthetic',
    `difficulty: ${['beginner', 'intermediate', 'advanced'][g % 3]}`,
    `estimatedReadTime: ${10 + (g % 20)}`,
    `questionCount: ${count}`,
    `tags: [${topic}, synthetic, tag-${g % 40}]`,
    `companies: [${[COMPANIES[g % COMPANIES.length], COMPANIES[(g + 3) % COMPANIES.length]].map((c) => JSON.stringify(c)).join(', ')}]`,
    `frequency: ${['rare', 'occasional', 'common', 'very-common'][g % 4]}`,
    'lastUpdated: 2025-06-01',
    '---',
    '',
    `# Synthetic guide ${g}`,
    '',
    '## Quick Read',
    '',
    '### Executive Summary',
    `This generated guide exercises the build at scale with ${count} questions about ${topic}${revision ? `, revision ${revision}` : ''}.`,
    '',
    '### Key Points',
    ...[1, 2, 3, 4].map((k) => `- Point ${k} about ${topic} in guide ${g}.`),
    '',
    '### TL;DR',
    `Measure ${topic} before changing it.`,
    '',
    '## Interview Questions',
    '',
  ];
  for (let q = 1; q <= count; q++) {
    const id = `${g}-${q}${revision ? `-r${revision}` : ''}`;
    const titleId = titles ? id : `${g}-${q}`;
    const level = LEVELS[(g + q) % LEVELS.length];
    const frequency = FREQUENCIES[(g * 7 + q) % FREQUENCIES.length];
    const companies = [
      COMPANIES[(g + q) % COMPANIES.length],
      COMPANIES[(g * 3 + q) % COMPANIES.length],
    ].filter((c, i, all) => all.indexOf(c) === i);
    body.push(
      `### Question ${q}: How does synthetic case ${titleId} handle ${topic} under load?`,
      `**Difficulty**: ${level}  `,
      `**Category**: ${topic[0]?.toUpperCase()}${topic.slice(1)} ${q % 4}  `,
      `**Companies**: ${companies.join(', ')} | **Frequency**: ${frequency}`,
      '',
      `**Quick Answer**: Case ${id} bounds the work it accepts, measures queue depth and sheds load before latency grows.`,
      '',
      `**Detailed Answer**: In case ${id}, ${topic} is applied at the edge of the service. The handler keeps a bounded queue, rejects work it cannot finish in time, and records the depth and the wait time so dashboards show saturation before users do.`,
      '',
      `A second paragraph for case ${id} explains the trade-off: a larger queue hides bursts but adds latency; a smaller one sheds earlier. Both should be tuned from measurements, not guesses.`,
      '',
      '- Bound every queue.',
      `- Emit the metric \`queue_depth_${g}_${q}\`.`,
      '- Reject early with a clear status code.',
      '',
      '**Code Example**:',
      '```js',
      javascriptExample(id, topic),
      '```',
      '',
      '**Follow-up Questions**:',
      `- How would case ${id} change with twice the traffic?`,
      `- What would you alert on for case ${id}?`,
      '',
    );
    writeFileSync(join(tsVersionDir, `q${q}-1.ts`), typescriptExample(id, topic));
    writeFileSync(
      join(tsVersionDir, `q${q}-1.output.txt`),
      `case ${id}: accepted 10, rejected 2\n`,
    );
  }
  body.push('## Key Takeaways', '', `- Guide ${g} is generated.`, '');
  writeFileSync(join(dir, `${slug}.md`), body.join('\n'));
}

function javascriptExample(id: string, topic: string): string {
  return exampleLines(id, topic, false).join('\n');
}

function typescriptExample(id: string, topic: string): string {
  return `${exampleLines(id, topic, true).join('\n')}\n`;
}

/** About 100 lines of plausible, distinct code per case. */
function exampleLines(id: string, topic: string, typed: boolean): string[] {
  const t = (annotation: string) => (typed ? annotation : '');
  const name = `Case${id.replace(/\W/g, '_')}`;
  const lines = [
    `// ${topic} for case ${id}`,
    `const LIMIT_${name} = ${10 + (id.length % 7)};`,
    '',
    `class ${name}Queue {`,
    `  items${t(': Array<{ id: number; at: number }>')} = [];`,
    `  rejected${t(': number')} = 0;`,
    '',
    `  offer(id${t(': number')}, at${t(': number')})${t(': boolean')} {`,
    `    if (this.items.length >= LIMIT_${name}) {`,
    '      this.rejected += 1;',
    '      return false;',
    '    }',
    '    this.items.push({ id, at });',
    '    return true;',
    '  }',
    '',
    `  drain(now${t(': number')})${t(': number')} {`,
    '    let waited = 0;',
    '    while (this.items.length > 0) {',
    '      const item = this.items.shift();',
    '      if (item) waited += now - item.at;',
    '    }',
    '    return waited;',
    '  }',
    '}',
    '',
  ];
  for (let k = 0; k < 14; k++) {
    lines.push(
      `function step${k}_${name}(queue${t(`: ${name}Queue`)}, n${t(': number')})${t(': string')} {`,
      `  const label = \`${topic}-${id}-\${n}-${k}\`;`,
      `  const accepted = queue.offer(n * ${k + 1}, Date.now());`,
      `  return accepted ? label : \`rejected:\${label}\`;`,
      '}',
      '',
    );
  }
  lines.push(
    `const queue = new ${name}Queue();`,
    'const results = [];',
    'for (let i = 0; i < 12; i++) {',
    `  results.push(step${id.length % 14}_${name}(queue, i));`,
    '}',
    `console.log(\`case ${id}: accepted \${queue.items.length}, rejected \${queue.rejected}\`);`,
  );
  return lines;
}
