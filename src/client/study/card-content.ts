import { type CardContent, GuideCardsSchema } from '../../study/card-content-schema.ts';
import type { StudyQuestion } from '../../study/index-schema.ts';
import { sitePath } from '../base-path.ts';

const guides = new Map<string, Promise<Map<string, CardContent>>>();

/** One guide's built answers (`/study/cards/<guide>.json`, precached for offline use), fetched once. */
function guideCards(guide: string): Promise<Map<string, CardContent>> {
  let loading = guides.get(guide);
  if (!loading) {
    loading = fetch(sitePath(`/study/cards/${encodeURIComponent(guide)}.json`))
      .then((response) => {
        if (!response.ok) throw new Error(`the answers of ${guide} answered ${response.status}`);
        return response.json();
      })
      .then((data: unknown) => new Map(GuideCardsSchema.parse(data).cards.map((c) => [c.id, c])));
    loading.catch(() => guides.delete(guide));
    guides.set(guide, loading);
  }
  return loading;
}

/** The answers of one question, from its guide's record. */
export async function cardContent(question: StudyQuestion): Promise<CardContent> {
  const card = (await guideCards(question.guide)).get(question.id);
  if (!card) throw new Error(`no answers for ${question.id}`);
  return card;
}

/** HTML the build sanitised, turned into nodes of this document. */
export function fragment(html: string): DocumentFragment {
  return document.createRange().createContextualFragment(html);
}
