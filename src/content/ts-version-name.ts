/**
 * Where a block's TypeScript version lives beside its guide: `<guide>/q<N>-<k>.ts`, for the k-th
 * JavaScript or TypeScript block of question N (both counted from 1). A leaf module: the checks,
 * the type work, the mock data and the download pages all read these names.
 */
export function tsVersionName(question: number, block: number): string {
  return `q${question}-${block}`;
}

/** A TypeScript version's file name; its groups are the question and block numbers. */
export const TS_VERSION_FILE = /^q(\d+)-(\d+)\.ts$/;

/** A recorded output's file name (`q<N>-<k>.output.txt`); its groups are as above. */
export const RECORDED_OUTPUT_FILE = /^q(\d+)-(\d+)\.output\.txt$/;
