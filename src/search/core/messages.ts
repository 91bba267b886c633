/** What the search says, in Russian, with plurals from `Intl.PluralRules` (`pluralRu`). Pure. */
import { countParagraphs, pluralRu } from '../../shared/format.ts';
import type { Absent } from './plan.ts';
import type { ParagraphResult } from './results.ts';

type Named = Pick<ParagraphResult, 'id' | 'title' | 'speaker' | 'text' | 'also'>;

/** Everything the search says that is not on the page already, in one language (messages-en.ts for English). */
export interface Voice {
  /** The status line under the form. */
  status: typeof statusText;
  /** A query with no word in it. */
  noWords: string;
  /** A result link's name: who and where. */
  name: (r: Named) => string;
  /** A suggestion's first line, shorter. */
  source: (r: Named) => string;
  /** What the header box's live region says. */
  found: (n: number) => string;
  nothing: string;
  /** The suggestion list's name. */
  suggestions: string;
  /** Under a result that lacks some groups. */
  lacking: (labels: string[]) => string;
  /** A query typed in the wrong keyboard layout, and what is searched instead. */
  layout: (typed: string, text: string) => string;
  /** A word the record lacks. */
  absent: (a: Pick<Absent, 'typed' | 'foreign'>) => string;
  /** Before the nearest spellings, and before the words that begin so (each with a space before). */
  meant: string;
  begun: string;
  /** A link to search the record's other language for the query. */
  other: (text: string) => string;
}

/** «Найден 21 абзац», «Найдено 3 абзаца», «Найдено 5 абзацев». */
export function foundCount(n: number): string {
  return `${pluralRu(n, ['Найден', 'Найдено', 'Найдено'])} ${countParagraphs(n)}`;
}

const quoted = (words: string[]) => words.map((w) => `«${w}»`).join(', ');

/** The status line under the form. */
export function statusText(
  text: string,
  shown: ParagraphResult[],
  missing: string[],
  speaker: string,
): string {
  if (shown.length === 0)
    return `Ничего не найдено по запросу «${text}».${speaker ? ' Попробуйте искать у всех выступающих.' : ''}`;
  const partial = !shown.some((r) => r.all);
  return `${foundCount(shown.length)}${partial ? ', где есть только часть слов' : ''}.${missing.length ? ` Ни в одном абзаце нет: ${quoted(missing)}.` : ''}`;
}

/** The kind of speech from its page title: «Выступление Ивана Иванова» → «Выступление» (the genitive, as many words as the name, dropped). */
function kindOf(r: Pick<ParagraphResult, 'title' | 'speaker'>): string {
  const name = r.speaker.trim().split(/\s+/);
  const title = r.title.trim().split(/\s+/);
  return title.length > name.length
    ? title.slice(0, title.length - name.length).join(' ')
    : r.title;
}

const numberOf = (id: string) => /-(\d+)$/.exec(id)?.[1];

/** «Иванов · Выступление, абз. 15»: the speaker once, by surname; the page title without the speaker's name again. */
export function resultSource(r: Pick<ParagraphResult, 'id' | 'title' | 'speaker'>): string {
  const n = numberOf(r.id);
  const place = (title: string) => (n ? `${title}, абз. ${n}` : title);
  if (!r.speaker) return place(r.title);
  return `${r.speaker.trim().split(/\s+/).at(-1)} · ${place(kindOf(r))}`;
}

/**
 * A result link's name, short, so a screen reader's list of links tells results apart: who and
 * where, «Иван Иванов, выступление, абзац 15»; without a speaker the page and the paragraph, or
 * on a page of parts (the documents) the part's first words. The excerpt is its description.
 */
export function resultName(r: Pick<ParagraphResult, 'id' | 'title' | 'speaker' | 'text'>): string {
  const n = numberOf(r.id);
  if (!r.speaker && !n) {
    const words = r.text.trim().split(/\s+/);
    return `${r.title}: ${words
      .slice(0, 6)
      .join(' ')
      .replace(/[,;:.]$/, '')}${words.length > 6 ? '…' : ''}`;
  }
  if (!r.speaker) return `${r.title}, абзац ${n}`;
  const kind = kindOf(r);
  return `${r.speaker.trim()}, ${kind[0]?.toLowerCase()}${kind.slice(1)}${n ? `, абзац ${n}` : ''}`;
}

/** What the Russian search says. */
export const RU_VOICE: Voice = {
  status: statusText,
  noWords: 'Введите слово: в запросе нет ни одного слова.',
  name: resultName,
  source: resultSource,
  found: foundCount,
  nothing: 'Ничего не найдено',
  suggestions: 'Подсказки',
  lacking: (labels) => `Здесь нет: ${quoted(labels)}`,
  layout: (typed, text) => `«${typed}» — это набрано в английской раскладке. Ищем «${text}».`,
  absent: (a) =>
    a.foreign
      ? `Запись — на русском языке, слова «${a.typed}» в ней нет.`
      : `Слова «${a.typed}» в записи нет.`,
  meant: ' Возможно, вы имели в виду: ',
  begun: ' Так начинаются: ',
  other: (text) => `Искать «${text}» в официальном переводе на английский`,
};
