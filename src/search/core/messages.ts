/** What the search says, in Russian, with plurals from `Intl.PluralRules` (`pluralRu`). Pure. */
import { countParagraphs, pluralRu } from '../../shared/format.ts';
import type { ParagraphResult } from './results.ts';

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
