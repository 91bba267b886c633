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

/** Sort key of a passage id in record order, given the prefixes in order (`lead` first, then the speech slugs). */
export function passageRank(id: string, prefixes: readonly string[]): number {
  const m = /^(.*)-(\d+)$/.exec(id);
  const part = m?.[1] ? prefixes.indexOf(m[1]) : -1;
  if (!m || part < 0) throw new Error(`«${id}» is not a passage of the record`);
  return part * 10_000 + Number(m[2]);
}
