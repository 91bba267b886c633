/** A quote as a reader pastes it: the words in «ёлочки», who said them, where and when, and one address. */

import { escape as escapeHtml } from 'html-escaper';
import { quoteRu } from '../shared/typography.ts';
import type { CiteInput } from './citations.ts';
import { dateRu, paragraphLabel } from './citations.ts';

export interface QuoteInput extends Pick<CiteInput, 'author' | 'event' | 'place' | 'date'> {
  /** Paragraph numbers the words come from, within their speech (or the lead): «абз. 14» or «абз. 14–15». */
  paragraphs: [number, number];
  /** The one address the quote gives: where the words open, with their card. */
  url: string;
}

const fullName = (a: NonNullable<CiteInput['author']>) => `${a.given}\u00a0${a.surname}`;

/** «Speaker, Event, Place, date, абз. N» — without the address. */
function attribution(q: Omit<QuoteInput, 'url'>): string {
  const who = q.author ? `${fullName(q.author)}, ` : '';
  return `${who}${q.event}, ${q.place}, ${dateRu(q.date)}, ${paragraphLabel(...q.paragraphs)}`;
}

/** «words» — Speaker, Event, Place, date, абз. N (for a share sheet, which adds the address itself). */
export function quoteWords(words: string, q: Omit<QuoteInput, 'url'>): string {
  return `${quoteRu(words)} — ${attribution(q)}.`;
}

/** «words» — Speaker, Event, Place, date, абз. N. URL */
export function quoteText(words: string, q: QuoteInput): string {
  return `${quoteWords(words, q)} ${q.url}`;
}

/** The same quote as HTML, for pasting into editors that keep links. */
export function quoteHtml(words: string, q: QuoteInput): string {
  const url = escapeHtml(q.url);
  return `<blockquote><p>${escapeHtml(quoteRu(words))}</p><footer>— ${escapeHtml(attribution(q))}. <a href="${url}">${url}</a></footer></blockquote>`;
}
