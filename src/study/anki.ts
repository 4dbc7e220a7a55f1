import { slugify } from '../content/slug.ts';

/** One Anki note: the question on the front, the quick answer and a link on the back. */
export interface AnkiNote {
  /** Plain text. */
  question: string;
  /** The sanitised HTML of the quick answer, as the site shows it. */
  quickAnswerHtml: string;
  /** The question's full address. */
  url: string;
  level: string;
  guide: string;
  topics: readonly string[];
  companies: readonly string[];
}

/** Text an attacker may have written, made safe as HTML text. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * One field of Anki's tab-separated import: always in double quotes (a quote inside is doubled),
 * so no tab, newline or leading `#` in a guide can split a note or turn it into a comment line.
 * Line breaks become spaces: in an HTML field they are only whitespace.
 */
export function ankiField(value: string): string {
  return `"${value.replace(/\r\n?|\n|\u2028|\u2029/g, ' ').replaceAll('"', '""')}"`;
}

/** An Anki tag: no spaces (they separate tags), namespaced like `level::senior`. */
export function ankiTag(namespace: string, value: string): string {
  const slug = slugify(value) || 'unnamed';
  return `${namespace}::${slug}`;
}

/**
 * The file Anki's File › Import reads (text, tab-separated, Anki 2.1.55+): header lines set the
 * separator, HTML fields, the deck and the tags column, then one note per line.
 */
export function ankiFile(notes: readonly AnkiNote[], deck: string): string {
  const header = [
    '#separator:tab',
    '#html:true',
    `#deck:${deck.replace(/[\r\n\t]/g, ' ')}`,
    '#tags column:3',
  ];
  const lines = notes.map((note) => {
    const back = `${note.quickAnswerHtml}<p><a href="${escapeHtml(note.url)}">Full answer</a></p>`;
    const tags = [
      ankiTag('level', note.level),
      ankiTag('guide', note.guide),
      ...note.topics.map((t) => ankiTag('topic', t)),
      ...note.companies.map((c) => ankiTag('company', c)),
    ];
    return [escapeHtml(note.question), back, [...new Set(tags)].join(' ')]
      .map(ankiField)
      .join('\t');
  });
  return `${[...header, ...lines].join('\n')}\n`;
}
