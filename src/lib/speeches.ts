/** Titles of the record's turns. Addresses live in addresses.ts. */

/** How a section is named: see TurnKind in transcript.ts (`speech`/`closing`, or `turn` for `<speaker>-<k>`). */
export type TurnKind = 'speech' | 'closing' | 'turn';

export const KIND_TITLE: Record<TurnKind, string> = {
  speech: 'Выступление',
  closing: 'Заключительное слово',
  turn: 'Выступление',
};

/** «Выступление Ивана Иванова». */
export function speechTitle(kind: TurnKind, speakerGenitive: string): string {
  return `${KIND_TITLE[kind]} ${speakerGenitive}`;
}
