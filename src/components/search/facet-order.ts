/** How many values a long filter shows before "Show all". */
export const FACET_VISIBLE = 8;
