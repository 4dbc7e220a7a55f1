import { type Tag, tags } from '@lezer/highlight';

/**
 * Which syntax tags get which of the site's token colours (the short classes of `code.css`, the
 * `--tk-*` variables): one table for the highlighted JavaScript and TypeScript panes and for the
 * example editor, so a pane and its editor colour the same code the same way.
 */
export const TOKEN_CLASSES: ReadonlyArray<{ tag: Tag | readonly Tag[]; class: string }> = [
  { tag: [tags.keyword, tags.operatorKeyword, tags.modifier], class: 'k' },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], class: 's' },
  { tag: tags.comment, class: 'c' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], class: 'n' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], class: 'f' },
  { tag: [tags.typeName, tags.className], class: 'n' },
];
