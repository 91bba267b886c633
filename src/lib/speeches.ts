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

/** A passage id's parts: `putin-speech-3` → `putin-speech` and 3; `lead-2` → `lead` and 2. */
export function passageParts(id: string): { part: string; n: number } {
  const m = /^(.*)-(\d+)$/.exec(id);
  if (!m?.[1]) throw new Error(`not a passage id: «${id}»`);
  return { part: m[1], n: Number(m[2]) };
}

/** The speech a passage belongs to; none for the lead. */
export function passageSpeech(id: string): string | undefined {
  const { part } = passageParts(id);
  return part === 'lead' ? undefined : part;
}

/** Address of a paragraph: speech paragraphs live on their speech page, the lead on `/`. */
export function passagePath(id: string): string {
  const slug = passageSpeech(id);
  return slug ? `${speechPath(slug)}#${id}` : `/#${id}`;
}

/** The passage page of a paragraph, made to be shared (its preview shows the words). */
export function passagePagePath(id: string): string {
  return `/p/${id}/`;
}

/** Sort key of a passage id in record order, given the prefixes in order (`lead` first, then the speech slugs). */
export function passageRank(id: string, prefixes: readonly string[]): number {
  const { part, n } = passageParts(id);
  const rank = prefixes.indexOf(part);
  if (rank < 0) throw new Error(`«${id}» is not a passage of the record`);
  return rank * 10_000 + n;
}
