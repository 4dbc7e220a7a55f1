import type { Element } from 'hast';

/** An element a guide would put on a page, with the file line it was written on. */
export interface LocatedElement {
  element: Element;
  line: number;
}
