/**
 * The words a shared paragraph's previews show — its page title, its description (`description`,
 * `og:description`) and its card — cut to fit as a Russian editor cuts a quote: the words in
 * «ёлочки», their own quotes inside as „лапки“, every cut marked with an ellipsis.
 */
import { innerQuotes, quoteRu, withEllipsis } from '../shared/typography.ts';

/**
 * Cuts a long paragraph after the last sentence that fits (if that keeps at least a third of
 * `max`), else at a word (never inside one), and marks the cut with an ellipsis set close, as
 * Russian typesetting does.
 */
export function cutAtSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentence = Math.max(...['. ', '! ', '? ', '… '].map((end) => head.lastIndexOf(end)));
  if (sentence >= Math.min(80, max / 3)) return withEllipsis(head.slice(0, sentence + 1));
  const space = head.lastIndexOf(' ');
  // Never inside a word: with no room for even the first, the first word whole.
  return withEllipsis(space > 0 ? head.slice(0, space) : (text.split(' ')[0] ?? ''));
}

/**
 * The words a card title shows: the paragraph without the forms of address it opens with
 * («Уважаемый Иван Иванович!», «Дорогие друзья!»), which say nothing of what is said.
 */
export function withoutAddress(text: string): string {
  const rest = text.replace(/^(?:(?:Уважаем|Дорог)[^.!?]{0,60}!\s+)+/u, '');
  return rest || text;
}

/**
 * Words in «ёлочки», at most `max` characters with the quotes: cut where `cutAtSentence` cuts, the
 * ellipsis inside the quotes, and an inner quote the cut left open closed again
 * («Тема – „Развитие…“»), so the quote never ends «…».»… or „…».
 */
export function quoteCut(words: string, max: number): string {
  let inner = innerQuotes(cutAtSentence(words, max - 2));
  const open = (inner.match(/„/g) ?? []).length - (inner.match(/“/g) ?? []).length;
  // The closing „лапки“ take room of their own: cut again, shorter, when they would not fit.
  if (open > 0 && inner.length + open > max - 2)
    inner = innerQuotes(cutAtSentence(words, max - 2 - open));
  return quoteRu(inner + '“'.repeat(Math.max(0, open)));
}

/** What the previews of a paragraph page need to know. */
export interface PreviewParagraph {
  text: string;
  /** Its number in its speech (or the lead). */
  n: number;
  /** Who speaks, as the record names them; none for the lead. */
  speaker?: { name: string; surname?: string | undefined } | undefined;
  /** The kind of speech as words after the name, «выступление», «заключительное слово». */
  kindName?: string | undefined;
  /** Who speaks the lead: «Сообщение о событии». */
  leadName: string;
  /** The record's title, for the lead's description. */
  recordTitle: string;
  /** Where and when: «Город, 9 ноября 2017 года». */
  where: string;
}

/** The page title, before the site's name: «Иванов: «Предлагаю обсудить…»», in `max` characters. */
export function paragraphTitle(p: PreviewParagraph, max: number): string {
  const by = p.speaker ? (p.speaker.surname ?? p.speaker.name) : p.leadName;
  const words = withoutAddress(p.text);
  // Words dropped from the start are a cut too: «…Предлагаю обсудить».
  const head = words === p.text ? '' : '…';
  const quote = quoteCut(words, max - by.length - 2 - head.length);
  return `${by}: «${head}${quote.slice(1)}`;
}

/**
 * The description: «words» — Иван Иванов, выступление, Город, 9 ноября 2017 года, абз. 14.
 * Names as the record spells them; the words cut, never the attribution, within `max` characters.
 */
export function paragraphDescription(p: PreviewParagraph, max = 300): string {
  const who = p.speaker
    ? [p.speaker.name, ...(p.speaker.surname && p.kindName ? [p.kindName] : [])].join(', ')
    : p.recordTitle;
  const tail = ` — ${who}, ${p.where}, абз.\u00a0${p.n}.`;
  return `${quoteCut(p.text, max - tail.length)}${tail}`;
}
