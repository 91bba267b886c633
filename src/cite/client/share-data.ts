/** What quotes and citations need to know about the record, fetched from /share.json (English pages: /en/share.json) at the first use. */

import { EN_SHARE_DATA, PATHS, paragraphSpeech } from '../../shared/addresses.ts';
import { localDay } from '../../shared/day.ts';
import type { CiteInput } from '../citations.ts';
import type { EnglishCiteInput } from '../citations-en.ts';

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

/** The English pages' facts (/en/share.json): the translation's names, and the Russian original's titles. */
export interface ShareDataEn
  extends Omit<EnglishCiteInput, 'id' | 'through' | 'speech' | 'author' | 'kind' | 'accessed'> {
  speeches: Record<
    string,
    { kind: string; author?: NonNullable<EnglishCiteInput['author']>; originalTitle: string }
  >;
}

let dataEn: Promise<ShareDataEn> | undefined;
const shareDataEn = (): Promise<ShareDataEn> =>
  (dataEn ??= fetch(EN_SHARE_DATA).then((r) => r.json() as Promise<ShareDataEn>));

/** The English citation input: the official translation of a paragraph, a speech or the record. */
export async function citeInputEn(scope: {
  id?: string | undefined;
  speech?: string | undefined;
  through?: number | undefined;
}): Promise<EnglishCiteInput> {
  const { speeches, original, ...base } = await shareDataEn();
  const slug = scope.speech ?? (scope.id && paragraphSpeech(scope.id));
  const speech = slug ? speeches[slug] : undefined;
  return {
    ...base,
    original: speech ? { ...original, title: speech.originalTitle } : original,
    accessed: localDay(new Date()),
    id: scope.id,
    through: scope.through,
    speech: slug || undefined,
    kind: speech?.kind,
    author: speech?.author,
  };
}
