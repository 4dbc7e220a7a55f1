/** "This file could not be imported: <why>. Nothing was changed." */
export function importProblem(why: string): string {
  return `This file could not be imported: ${why}. Nothing was changed.`;
}

export function tooLargeMessage(bytes: number, limit: number): string {
  return importProblem(
    `it is ${bytes.toLocaleString('en')} bytes, more than the ${limit.toLocaleString('en')} bytes a progress file may have`,
  );
}

/** Up to five ids, then how many more. */
export function someIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).join(', ');
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}

/** What an import did, said once the save has been read back. */
export function describeImport(
  known: readonly string[],
  unknown: readonly string[],
  mode: 'merge' | 'replace',
): string {
  const how = mode === 'replace' ? 'replacing' : 'merged with';
  const main = `Imported progress for ${known.length} question${known.length === 1 ? '' : 's'} (${how} what was here).`;
  if (unknown.length === 0) return main;
  const those =
    unknown.length === 1
      ? '1 entry is for a question'
      : `${unknown.length} entries are for questions`;
  return `${main} ${those} this site does not have (${someIds(unknown)}): kept, and exported again, but not counted in your progress.`;
}
