import type { Element, Properties, Root as HastRoot } from 'hast';
import { type Schema, sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { find, html as htmlSchema } from 'property-information';
import { CODE_SLOT, CODE_SLOT_VALUE } from '../content/to-hast.ts';

/**
 * What a guide may put on a page: the elements Markdown produces and the HTML guides use for
 * structure (tables, `details`/`summary`, `kbd`, `sub`/`sup` …). Nothing that runs script, loads
 * active content or styles the page; no SVG or MathML. URLs: http(s), mailto, relative and `#`.
 */
export const GUIDE_SCHEMA: Schema = {
  tagNames: [
    'a',
    'abbr',
    'b',
    'bdi',
    'bdo',
    'blockquote',
    'br',
    'caption',
    'cite',
    'code',
    'col',
    'colgroup',
    'dd',
    'del',
    'details',
    'dfn',
    'div',
    'dl',
    'dt',
    'em',
    'figcaption',
    'figure',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'i',
    'img',
    'input',
    'ins',
    'kbd',
    'li',
    'mark',
    'ol',
    'p',
    'pre',
    'q',
    'rp',
    'rt',
    'ruby',
    's',
    'samp',
    'section',
    'small',
    'span',
    'strike',
    'strong',
    'sub',
    'summary',
    'sup',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'time',
    'tr',
    'u',
    'ul',
    'var',
    'wbr',
  ],
  ancestors: {
    tbody: ['table'],
    td: ['table'],
    th: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    caption: ['table'],
    col: ['table'],
    colgroup: ['table'],
  },
  attributes: {
    a: [
      'href',
      'title',
      'dataFootnoteBackref',
      'dataFootnoteRef',
      ['className', 'data-footnote-backref'],
      'ariaDescribedBy',
      'ariaLabel',
    ],
    abbr: ['title'],
    blockquote: ['cite'],
    code: [['className', /^language-[\w+#.-]+$/]],
    col: ['span'],
    colgroup: ['span'],
    del: ['cite', 'dateTime'],
    details: ['open'],
    div: [[CODE_SLOT, CODE_SLOT_VALUE]],
    dfn: ['title'],
    h2: [['className', 'sr-only']],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading'],
    input: [['disabled', true], ['type', 'checkbox'], 'checked'],
    ins: ['cite', 'dateTime'],
    li: [['className', 'task-list-item']],
    ol: ['start', 'reversed', ['className', 'contains-task-list']],
    q: ['cite'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    td: ['align', 'colSpan', 'rowSpan', 'headers'],
    th: ['align', 'colSpan', 'rowSpan', 'headers', 'scope', 'abbr'],
    time: ['dateTime'],
    ul: [['className', 'contains-task-list']],
    // Footnote ids come from the Markdown renderer with this prefix; authors' own ids could clobber the page's globals.
    '*': ['dir', 'lang', 'title', ['id', /^user-content-/, 'footnote-label']],
  },
  clobber: [],
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
  required: { input: { disabled: true, type: 'checkbox' } },
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'noembed',
    'noframes',
    'iframe',
    'xmp',
    'plaintext',
    'textarea',
    'title',
    'svg',
    'math',
    'object',
    'select',
  ],
  allowComments: true,
  allowDoctypes: false,
};

/** Something the sanitiser removes from a guide's HTML, with the file line it was written on. */
export interface Removal {
  line: number | undefined;
  /** The element as written, and the property removed from it (none: the element itself). */
  element?: Element;
  property?: string;
  /** `<svg>` or `onerror="…" on <img>`. */
  what: string;
  why: string;
}

/** The allowlisted tree plus every element and attribute it lost, so an author is told of each. */
export function sanitizeTree(tree: HastRoot): { tree: HastRoot; removals: Removal[] } {
  const clean = sanitize(tree, GUIDE_SCHEMA) as HastRoot;
  const removals = explainRemovals(tree);
  // The explanation mirrors the schema; should they ever disagree, the change is still reported.
  if (removals.length === 0 && toHtml(clean) !== toHtml(tree)) {
    removals.push({
      line: tree.children[0]?.position?.start.line,
      what: 'some HTML',
      why: 'the sanitiser changed it in a way no rule above explains',
    });
  }
  return { tree: clean, removals };
}

const own = (object: object, key: string) => Object.hasOwn(object, key);
const tagNames = new Set(GUIDE_SCHEMA.tagNames);
const stripped = new Set(GUIDE_SCHEMA.strip);

/** Walks the tree as the sanitiser does and names each element and attribute it drops. */
function explainRemovals(tree: HastRoot): Removal[] {
  const removals: Removal[] = [];
  const stack: Array<{ node: HastRoot | Element; ancestors: string[] }> = [
    { node: tree, ancestors: [] },
  ];
  while (stack.length > 0) {
    const { node, ancestors } = stack.pop() as { node: HastRoot | Element; ancestors: string[] };
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const line = child.position?.start.line;
      const name = child.tagName;
      if (!tagNames.has(name)) {
        removals.push({
          line,
          element: child,
          what: `<${name}>`,
          why: stripped.has(name)
            ? 'it can run script or hide markup, so it is removed with its content'
            : 'it is not on the list of elements guides may use',
        });
        if (stripped.has(name)) continue;
      } else if (
        GUIDE_SCHEMA.ancestors &&
        own(GUIDE_SCHEMA.ancestors, name) &&
        !GUIDE_SCHEMA.ancestors[name]?.some((a) => ancestors.includes(a))
      ) {
        removals.push({
          line,
          element: child,
          what: `<${name}>`,
          why: `it belongs inside <${GUIDE_SCHEMA.ancestors[name]?.join('> or <')}>`,
        });
      } else {
        for (const [key, value] of Object.entries(child.properties)) {
          const why = attributeProblem(name, key, value);
          if (why)
            removals.push({
              line,
              element: child,
              property: key,
              what: `${attributeName(key)}="${String(value).slice(0, 40)}" on <${name}>`,
              why,
            });
        }
      }
      stack.push({ node: child, ancestors: [...ancestors, name] });
    }
  }
  return removals.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

type Definition = NonNullable<Schema['attributes']>[string][number];

function attributeProblem(
  tagName: string,
  key: string,
  value: Properties[string],
): string | undefined {
  const attributes = GUIDE_SCHEMA.attributes ?? {};
  const definitions = [
    ...(own(attributes, tagName) ? (attributes[tagName] ?? []) : []),
    ...(attributes['*'] ?? []),
  ].filter((d) => (typeof d === 'string' ? d : d[0]) === key);
  if (definitions.length === 0)
    return /^on/i.test(key)
      ? 'event handler attributes run script'
      : `<${tagName}> may not carry this attribute`;
  const values = Array.isArray(value) ? value : [value];
  for (const item of values) {
    if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') continue;
    if (!protocolAllowed(key, String(item)))
      return `its URL scheme is not one of ${GUIDE_SCHEMA.protocols?.[key]?.join(', ')}`;
    if (!definitions.some((d) => valueAllowed(d, item))) return 'this value is not allowed';
  }
  return undefined;
}

function valueAllowed(definition: Definition, value: string | number | boolean): boolean {
  if (typeof definition === 'string' || definition.length < 2) return true;
  return definition
    .slice(1)
    .some((allowed) =>
      allowed instanceof RegExp ? allowed.test(String(value)) : allowed === value,
    );
}

/** The sanitiser's own rule: a scheme is what comes before the first colon, if no `/`, `?` or `#` precedes it. */
function protocolAllowed(key: string, url: string): boolean {
  const protocols =
    GUIDE_SCHEMA.protocols && own(GUIDE_SCHEMA.protocols, key)
      ? GUIDE_SCHEMA.protocols[key]
      : undefined;
  if (!protocols || protocols.length === 0) return true;
  const colon = url.indexOf(':');
  if (colon < 0) return true;
  for (const mark of ['/', '?', '#']) {
    const at = url.indexOf(mark);
    if (at > -1 && colon > at) return true;
  }
  return protocols.some((p) => url.slice(0, colon) === p);
}

/** The HTML attribute a hast property is written as (`onError` → `onerror`, `className` → `class`). */
export function attributeName(property: string): string {
  return find(htmlSchema, property).attribute;
}
