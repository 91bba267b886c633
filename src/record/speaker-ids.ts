/**
 * What a speaker id may be. It names the speaker's sections and paragraphs (`<id>-speech`,
 * `<id>-2`, `<id>-2-3`), is a page address (`/speeches/<id>-speech/`), a filter value
 * (`?speaker=<id>`) and an Akoma Ntoso `eId` and `href` (`#<id>`), so it is a plain slug that no
 * other id of the record can be. The importer (speakers.json) and the build (the speakers
 * collection's schema) check the same rule. Pure.
 */

/** Lower-case Latin letters, digits and hyphens, opening with a letter. */
export const SPEAKER_ID = /^[a-z][a-z0-9-]*$/;

/** Long enough for any name, short enough for an address. */
export const MAX_SPEAKER_ID = 40;

/**
 * Ids taken by the record itself: `lead` (its paragraphs are `lead-1`…; a speaker `lead` with a
 * third speech would have a section `lead-1`), and the Akoma Ntoso download's own `eId`s.
 */
export const RESERVED_SPEAKER_IDS: readonly string[] = [
  'lead',
  'source',
  'site',
  'place',
  'papers',
];

/** Why `id` cannot be a speaker id, or nothing when it can. */
export function speakerIdProblem(id: string): string | undefined {
  if (!SPEAKER_ID.test(id))
    return 'a speaker id is lower-case Latin letters, digits and hyphens, opening with a letter';
  if (id.length > MAX_SPEAKER_ID) return `a speaker id has at most ${MAX_SPEAKER_ID} characters`;
  if (/--|-$/.test(id)) return 'a speaker id joins its words with one hyphen, and ends in a word';
  if (RESERVED_SPEAKER_IDS.includes(id))
    return `«${id}» is taken by the record itself (reserved: ${RESERVED_SPEAKER_IDS.join(', ')})`;
  if (id.startsWith('doc-'))
    return 'a speaker id cannot open with «doc-»: the Akoma Ntoso download names documents so';
  // `<id>-2` is the second speech of speaker «<id>»; `<id>-speech` the first speech of another.
  if (/-(?:\d+|speech|closing|omission)(?=-|$)/.test(id))
    return 'a speaker id has no word of digits only, nor «speech», «closing» or «omission» after a hyphen: they would read as another speaker’s section';
  return undefined;
}
