/**
 * What to tell a reader whose link names a paragraph that is not on the page they opened: where it
 * is (the lead's on `/`, another speech's on its page), or that the record has no such paragraph.
 * Pure: the browser side is src/shared/client/missing-paragraph.ts.
 */
import { LEAD, PATHS, paragraphParts, paragraphPath } from './addresses.ts';
import { countParagraphs } from './format.ts';

/** The record's parts as /share.json gives them: how many paragraphs the lead and each speech have. */
export interface RecordParts {
  lead: number;
  speeches: Record<string, { title: string; paragraphs: number }>;
}

export interface Place {
  text: string;
  link: string;
  href: string;
}

/** Where paragraph `id` is, said for a reader on another page; `undefined` when `id` is no paragraph id at all. */
export function placeOf(id: string, parts: RecordParts): Place | undefined {
  if (!/^[a-z][a-z\d-]*-\d+$/.test(id)) return undefined;
  const { part, n } = paragraphParts(id);
  const speech = parts.speeches[part];
  if (part === LEAD && n >= 1 && n <= parts.lead)
    return {
      text: `Абзац ${n} сообщения о событии — не на этой странице, а в полной записи. `,
      link: 'Перейти к нему',
      href: paragraphPath(id),
    };
  if (speech && n >= 1 && n <= speech.paragraphs)
    return {
      text: `Абзац ${n} — из другого выступления: ${speech.title}. `,
      link: 'Перейти к нему',
      href: paragraphPath(id),
    };
  const size = speech ? ` В этом выступлении ${countParagraphs(speech.paragraphs)}.` : '';
  return {
    text: `Ссылка ведёт на «${id}», но такого абзаца в записи нет.${size} `,
    link: 'Открыть полную запись',
    href: PATHS.home,
  };
}
