/** Test fixtures for the search modules: a morphology built by the real dictionary from a few texts, and Pagefind-like pages. */

import { buildMorphology } from '../../src/search/build/words.ts';
import { decode, type Morphology } from '../../src/search/core/morphology.ts';
import type { PageData } from '../../src/search/core/results.ts';

export async function morphologyOf(texts: string[]): Promise<Morphology> {
  return decode(await buildMorphology(texts));
}

export const page = (
  url: string,
  title: string,
  texts: string[],
  speaker = 'Нурсултан Назарбаев',
): PageData => ({
  url,
  content: texts.join(' '),
  meta: { title, speaker },
  anchors: texts.map((text, i) => ({
    element: 'p',
    id: `${url.split('/')[2]}-${i + 1}`,
    text,
    location: i * 10,
  })),
});
