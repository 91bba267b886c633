/** What quotes and citations need to know about the record, fetched from /share.json at the first use. */

import { PATHS, paragraphSpeech } from '../../shared/addresses.ts';
import { localDay } from '../../shared/day.ts';
import type { CiteInput } from '../citations.ts';

export interface ShareData
  extends Omit<
    CiteInput,
    'id' | 'speech' | 'author' | 'kind' | 'accessed' | 'cites' | 'sourceAccessed'
  > {
  sourceAccessed?: string;
  speeches: Record<string, { kind: string; author: NonNullable<CiteInput['author']> }>;
}

let data: Promise<ShareData> | undefined;
/**
 * The record's facts, and the origin of every address a reader copies: where the reader is
 * (`location.origin`; the paths carry the site's base), not the build's SITE_URL, which may not
 * be where this copy of the site is served (`npm start`, a deploy without SITE_URL, a mirror).
 */
export const shareData = (): Promise<ShareData> =>
  (data ??= fetch(PATHS.shareData).then(async (r) => ({
    ...((await r.json()) as Omit<ShareData, 'site'>),
    site: location.origin,
  })));

/** The citation input for a paragraph id, a whole speech (its slug), or the whole record (neither). */
export async function citeInput(
  scope: { id?: string | undefined; speech?: string | undefined },
  cites: CiteInput['cites'] = 'edition',
): Promise<CiteInput> {
  const { speeches, ...base } = await shareData();
  const slug = scope.speech ?? (scope.id && paragraphSpeech(scope.id));
  const speech = slug ? speeches[slug] : undefined;
  // The day the reader reads this edition is the date of access of a reference to it.
  const accessed = localDay(new Date());
  return {
    ...base,
    accessed,
    sourceAccessed: base.sourceAccessed ?? accessed,
    cites,
    id: scope.id,
    speech: slug || undefined,
    kind: speech?.kind,
    author: speech?.author,
  };
}
