/** Titles of the record's speeches. Addresses live in addresses.ts. */

import type { SpeechKind } from './transcript.ts';

export const KIND_TITLE: Record<SpeechKind, string> = {
  speech: 'Выступление',
  closing: 'Заключительное слово',
  turn: 'Выступление',
};

const ORDINALS = [
  '',
  'Второе',
  'Третье',
  'Четвёртое',
  'Пятое',
  'Шестое',
  'Седьмое',
  'Восьмое',
  'Девятое',
  'Десятое',
];

/** Who speaks: a person has a surname; a voice from the floor («Вопрос из зала») has none. */
export interface TitledSpeaker {
  name: string;
  nameGenitive: string;
  surname?: string | undefined;
}

/**
 * «Выступление Ивана Иванова», «Заключительное слово Ивана Иванова»; in a record of many speeches
 * (`<speaker>-<k>`) «Второе выступление Ивана Иванова»…; a voice from the floor by its name.
 */
export function speechTitle(kind: SpeechKind, speaker: TitledSpeaker, slug = ''): string {
  if (!speaker.surname) return speaker.name;
  const kindName = speechKindName(kind, slug);
  return `${kindName[0]?.toUpperCase()}${kindName.slice(1)} ${speaker.nameGenitive}`;
}

/**
 * The kind of a speech in words that follow a name, with no name of their own: «выступление»,
 * «заключительное слово»; in a record of many speeches «второе выступление»…
 */
export function speechKindName(kind: SpeechKind, slug = ''): string {
  const k = kind === 'turn' ? Number(/-(\d+)$/.exec(slug)?.[1] ?? 1) : 1;
  if (k === 1) return KIND_TITLE[kind].toLowerCase();
  return `${ORDINALS[k - 1]?.toLowerCase() ?? `${k}-е`} выступление`;
}

const OF_KIND = { speech: 'выступления', closing: 'заключительного слова' } as const;

/** A speech as the paragraph links of `/` name it. */
export interface NamedSpeech {
  title: string;
  kind: SpeechKind;
  speaker: TitledSpeaker;
  /** Its place in the record, from 1: tells apart speeches that share a title. */
  order: number;
}

/** The name of a paragraph's number link: «Ссылка на абзац 14», on `/` followed by its speech (`paragraphOf`). */
export function paragraphLinkName(n: number, of = ''): string {
  return `Ссылка на абзац ${n}${of}`;
}

/**
 * What follows «Ссылка на абзац N» on `/`, where every turn's paragraph N is: « выступления Ивана
 * Иванова»; in a record of many speeches, or for a voice from the floor, «: <title>», with the turn's
 * place when titles repeat; « сообщения о событии» for the lead (no speech).
 */
export function paragraphOf(speech: NamedSpeech | undefined, speeches: NamedSpeech[]): string {
  if (!speech) return ' сообщения о событии';
  if (speech.kind !== 'turn' && speech.speaker.surname)
    return ` ${OF_KIND[speech.kind]} ${speech.speaker.nameGenitive}`;
  const same = speeches.filter((t) => t.title === speech.title).length > 1;
  return `: ${speech.title}${same ? `, ${speech.order}-е слово в записи` : ''}`;
}
