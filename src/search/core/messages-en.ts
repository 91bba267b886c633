/**
 * What the search says on the English pages: the Russian voice's messages (messages.ts) in
 * English, with English curly quotes. Numbers are the Russian paragraphs', as the English pages
 * show them («paragraphs 1–2» where one English paragraph renders two). Pure.
 */
import type { Voice } from './messages.ts';
import type { ParagraphResult } from './results.ts';

const quoted = (words: string[]) => words.map((w) => `“${w}”`).join(', ');

/** «1 paragraph found», «5 paragraphs found». */
export function foundCountEn(n: number): string {
  return `${n} paragraph${n === 1 ? '' : 's'} found`;
}

/** The status line under the form. */
export function statusTextEn(
  text: string,
  shown: ParagraphResult[],
  missing: string[],
  speaker: string,
): string {
  if (shown.length === 0)
    return `Nothing found for “${text}”.${speaker ? ' Try searching every speaker.' : ''}`;
  const partial = !shown.some((r) => r.all);
  return `${foundCountEn(shown.length)}${partial ? ' with only some of the words' : ''}.${missing.length ? ` No paragraph has ${quoted(missing)}.` : ''}`;
}

type Named = Pick<ParagraphResult, 'id' | 'title' | 'speaker' | 'text' | 'also'>;

/** «paragraph 14», «paragraphs 1–2»: the Russian paragraphs a result renders. */
export function placeEn(r: Pick<ParagraphResult, 'id' | 'also'>): string {
  const n = [r.id, ...(r.also ?? [])].map((id) => /-(\d+)$/.exec(id)?.[1]).filter(Boolean);
  if (n.length === 0) return '';
  return n.length > 1 ? `paragraphs ${n[0]}–${n.at(-1)}` : `paragraph ${n[0]}`;
}

/** The kind of speech from its page title: «Closing remarks by Ivan Ivanov» → «closing remarks». */
function kindOf(r: Pick<ParagraphResult, 'title' | 'speaker'>): string {
  const name = r.speaker.trim();
  const title = r.title.trim();
  const kind = title.endsWith(name) ? title.slice(0, -name.length).replace(/\s+by\s*$/, '') : title;
  return kind ? `${kind[0]?.toLowerCase()}${kind.slice(1)}` : title;
}

/** A result link's name: «Ivan Ivanov, speech, paragraph 14»; without a speaker, the page's title and the place. */
export function resultNameEn(r: Named): string {
  const place = placeEn(r);
  const where = r.speaker ? `${r.speaker.trim()}, ${kindOf(r)}` : r.title;
  return place ? `${where}, ${place}` : where;
}

/** A suggestion's first line: «Ivanov · speech, paragraph 14». */
export function resultSourceEn(r: Named): string {
  const place = placeEn(r);
  const kind = r.speaker ? `${r.speaker.trim().split(/\s+/).at(-1)} · ${kindOf(r)}` : r.title;
  return place ? `${kind}, ${place}` : kind;
}

export const EN_VOICE: Voice = {
  status: statusTextEn,
  noWords: 'Type a word: the query has none.',
  name: resultNameEn,
  source: resultSourceEn,
  found: foundCountEn,
  nothing: 'Nothing found',
  suggestions: 'Suggestions',
  lacking: (labels) => `Not here: ${quoted(labels)}`,
  // English is typed in the Latin layout: no query is converted.
  layout: (typed, text) => `“${typed}”: searching for “${text}”.`,
  absent: (a) =>
    a.foreign
      ? `The translation is in English; “${a.typed}” is not in it.`
      : `“${a.typed}” is not in the translation.`,
  meant: ' Did you mean: ',
  begun: ' Words that begin so: ',
  other: (text) => `Search the Russian original for “${text}”`,
};
