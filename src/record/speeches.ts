/** Titles of the record's turns. Addresses live in addresses.ts. */

/** How a section is named: see SpeechKind in transcript.ts (`speech`/`closing`, or `turn` for `<speaker>-<k>`). */
export type SpeechKind = 'speech' | 'closing' | 'turn';

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
 * «Выступление Ивана Иванова», «Заключительное слово Ивана Иванова»; in a record of many turns
 * (`<speaker>-<k>`) «Второе выступление Ивана Иванова»…; a voice from the floor by its name.
 */
export function speechTitle(kind: SpeechKind, speaker: TitledSpeaker, slug = ''): string {
  if (!speaker.surname) return speaker.name;
  const k = kind === 'turn' ? Number(/-(\d+)$/.exec(slug)?.[1] ?? 1) : 1;
  if (k === 1) return `${KIND_TITLE[kind]} ${speaker.nameGenitive}`;
  return `${ORDINALS[k - 1] ?? `${k}-е`} выступление ${speaker.nameGenitive}`;
}

const OF_KIND = { speech: 'выступления', closing: 'заключительного слова' } as const;

/** A turn as the paragraph links of `/` name it. */
export interface NamedTurn {
  title: string;
  kind: SpeechKind;
  speaker: TitledSpeaker;
  /** Its place in the record, from 1: tells apart turns that share a title. */
  order: number;
}

/** The name of a paragraph's number link: «Ссылка на абзац 14», on `/` followed by its turn (`paragraphOf`). */
export function paragraphLinkName(n: number, of = ''): string {
  return `Ссылка на абзац ${n}${of}`;
}

/**
 * What follows «Ссылка на абзац N» on `/`, where every turn's paragraph N is: « выступления Ивана
 * Иванова»; in a record of many turns, or for a voice from the floor, «: <title>», with the turn's
 * place when titles repeat; « сообщения о событии» for the lead (no turn).
 */
export function paragraphOf(turn: NamedTurn | undefined, turns: NamedTurn[]): string {
  if (!turn) return ' сообщения о событии';
  if (turn.kind !== 'turn' && turn.speaker.surname)
    return ` ${OF_KIND[turn.kind]} ${turn.speaker.nameGenitive}`;
  const same = turns.filter((t) => t.title === turn.title).length > 1;
  return `: ${turn.title}${same ? `, ${turn.order}-е слово в записи` : ''}`;
}
