/** A question's id in stored progress: `<guide>/q<N>`, stable while the guide keeps its numbers. */
export function questionId(guideSlug: string, number: number): string {
  return `${guideSlug}/q${number}`;
}
