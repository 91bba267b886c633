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

/** «Иванов · Выступление, абз. 15»: the speaker once, by surname; the page title without the speaker's name again. */
export function resultSource(r: Pick<ParagraphResult, 'id' | 'title' | 'speaker'>): string {
  const n = /-(\d+)$/.exec(r.id)?.[1];
  const place = (title: string) => (n ? `${title}, абз. ${n}` : title);
  if (!r.speaker) return place(r.title);
  const name = r.speaker.trim().split(/\s+/);
  // The title names the speaker in the genitive, as many words as the name: «Выступление Ивана Иванова».
  const title = r.title.trim().split(/\s+/);
  const kind =
    title.length > name.length ? title.slice(0, title.length - name.length).join(' ') : r.title;
  return `${name.at(-1)} · ${place(kind)}`;
}
