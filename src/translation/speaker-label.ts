/**
 * A speaker label as a kremlin.ru page prints it in bold («Prime Minister Ivan Ivanov» at the
 * first mention, «Ivan Ivanov» later; «И.Иванов» on the Russian page) matched to a
 * speaker id through the forms the record lists as data, never through names in code.
 */

/** What the record knows of a speaker's names, in either language; every form is optional. */
export interface SpeakerForms {
  id: string;
  /** The print copy's prefix: `И.Иванов`. */
  prefix?: string;
  name?: string;
  role?: string;
  /** The name as en.kremlin.ru writes it: `Ivan Ivanov`. */
  nameEn?: string;
  /** The title en.kremlin.ru sets before the name at a first mention: `Prime Minister`. */
  roleEn?: string;
}

/** Labels compare without case, spacing (NBSP included), a closing colon or ё/е differences. */
function fold(label: string): string {
  return label
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*:$/, '')
    .trim()
    .toLowerCase()
    .replaceAll('ё', 'е');
}

/** Every way a page may label this speaker: the name alone, the title and the name, the prefix. */
export function labelForms(speaker: SpeakerForms): string[] {
  const forms: (string | undefined)[] = [speaker.prefix];
  for (const [name, role] of [
    [speaker.name, speaker.role],
    [speaker.nameEn, speaker.roleEn],
  ] as const) {
    if (!name) continue;
    forms.push(name);
    if (role) forms.push(`${role} ${name}`, `${role}, ${name}`);
  }
  return forms.filter((f): f is string => Boolean(f)).map(fold);
}

/** Ids of the speakers the label names: one when it is known, none or several when it is not. */
export function matchSpeaker(label: string, speakers: readonly SpeakerForms[]): string[] {
  const key = fold(label);
  return speakers.filter((sp) => labelForms(sp).includes(key)).map((sp) => sp.id);
}
