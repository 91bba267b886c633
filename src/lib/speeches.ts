/** Titles of the record's turns. Addresses live in addresses.ts. */

export type TurnKind = 'speech' | 'closing';

export const KIND_TITLE: Record<TurnKind, string> = {
  speech: 'Выступление',
  closing: 'Заключительное слово',
};

/** «Выступление Ивана Иванова». */
export function speechTitle(kind: TurnKind, speakerGenitive: string): string {
  return `${KIND_TITLE[kind]} ${speakerGenitive}`;
}
