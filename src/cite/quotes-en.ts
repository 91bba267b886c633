/** A quote in English as a reader pastes it: the words in “curly quotes”, who said them, where and when, and one address. */

import { escape as escapeHtml } from 'html-escaper';
import { squash } from '../shared/typography.ts';
import { dateEn } from './citations-en.ts';

export interface QuoteInputEn {
  author?: { given: string; surname: string } | undefined;
  /** «Speech», «Closing remarks»; none for the lead. */
  kind?: string | undefined;
  event: string;
  place: string;
  date: string;
  /** The Russian paragraph numbers the words come from: «12», «12–13». */
  paragraphs: string;
  url: string;
}

/** “…” around words that may hold quotes of their own, which become ‘single’ ones. */
export function quoteEn(words: string): string {
  return `“${squash(words).replaceAll('“', '‘').replaceAll('”', '’')}”`;
}

/** «Ivan Ivanov, speech at the Forum, Place, 9 November 2017, para. 12» — without the address. */
function attribution(q: Omit<QuoteInputEn, 'url'>): string {
  const who = q.author ? `${q.author.given}\u00a0${q.author.surname}, ` : '';
  const what = q.kind ? `${q.kind.toLowerCase()} at the ${q.event}` : q.event;
  const para = `para${q.paragraphs.includes('–') ? 's' : ''}.\u00a0${q.paragraphs}`;
  return `${who}${what}, ${q.place}, ${dateEn(q.date)}, ${para}`;
}

/** “words” — Speaker, speech at the Event, Place, date, para. N (for a share sheet). */
export function quoteWordsEn(words: string, q: Omit<QuoteInputEn, 'url'>): string {
  return `${quoteEn(words)} — ${attribution(q)}.`;
}

/** “words” — Speaker, …, para. N. URL */
export function quoteTextEn(words: string, q: QuoteInputEn): string {
  return `${quoteWordsEn(words, q)} ${q.url}`;
}

/** The same quote as HTML, for pasting into editors that keep links. */
export function quoteHtmlEn(words: string, q: QuoteInputEn): string {
  const url = escapeHtml(q.url);
  return `<blockquote><p>${escapeHtml(quoteEn(words))}</p><footer>— ${escapeHtml(attribution(q))}. <a href="${url}">${url}</a></footer></blockquote>`;
}
