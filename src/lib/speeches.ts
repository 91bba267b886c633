/** Names and addresses of the record's parts; the one place that spells them. */

export type TurnKind = 'speech' | 'closing';

const KIND_TITLE: Record<TurnKind, string> = {
  speech: 'Выступление',
  closing: 'Заключительное слово',
};

/** «Выступление Владимира Путина». */
export function speechTitle(kind: TurnKind, speakerGenitive: string): string {
  return `${KIND_TITLE[kind]} ${speakerGenitive}`;
}

export function speechPath(slug: string): string {
  return `/speeches/${slug}/`;
}

/** Address of a paragraph: speech paragraphs live on their speech page, the lead on `/`. */
export function passagePath(id: string): string {
  const m = /^(.*)-(\d+)$/.exec(id);
  if (!m?.[1]) throw new Error(`not a passage id: «${id}»`);
  return m[1] === 'lead' ? `/#${id}` : `${speechPath(m[1])}#${id}`;
}
