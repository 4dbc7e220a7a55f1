/** The seniority levels a question can target, in order. Kept free of zod so browser code can use it. */
export const LEVELS = ['Junior', 'Mid', 'Senior', 'Staff', 'Principal'] as const;
/** How often a question comes up, rarest first. */
export const QUESTION_FREQUENCIES = ['Rare', 'Occasional', 'Common', 'Very Common'] as const;
