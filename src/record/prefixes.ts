/**
 * Speaker prefixes: the exact `<prefix>: ` that opens a speech, and the prefix-like openings that
 * are not exactly one (reported, never merged into the previous speech).
 */
import { SPACE } from './lines.ts';

/** A speaker as the parser knows them: the prefix the source writes, and parts of the name. */
export interface SpeakerRef {
  id: string;
  /** The prefix the source writes before a speech, without the colon: `И.Иванов`, `Вопрос`. */
  prefix: string;
  /** Parts of the name; they let a prefix written oddly (`Иванов:`) be recognised as this speaker's. */
  name?: string;
  surname?: string;
  given?: string;
}

/**
 * What makes a line-initial prefix look like a speaker's (a documented heuristic):
 * - initials and a surname, `И.Иванов`, `И. И. Иванов` — always a speaker;
 * - one to three capitalised words (`Иванов`, `Иван Иванов`) — a speaker when a word is a
 *   known speaker's surname, given name or prefix, or the last word ends like a Russian surname
 *   (-ов, -ев, -ин, -ский, -енко…, five letters or more);
 * - a voice the Kremlin does not name: `Вопрос`, `Реплика`, `Голос из зала`, `Ведущий`…;
 * each then followed by a colon, with any spaces (tabs, NBSP, zero-width) before, inside or before
 * the colon. Ordinary openings stay text: «Во-первых:», «Итак:», «Российская Федерация:»,
 * «Иван Иванов отметил:» (a lower-case word is not part of a name).
 */
const NAME_LIKE = new RegExp(
  `^${SPACE}*((?:\\p{Lu}\\.${SPACE}*){1,2}\\p{Lu}[\\p{L}'’-]+|\\p{Lu}[\\p{Ll}'’-]+(?:${SPACE}+\\p{Lu}[\\p{Ll}'’-]+){0,2})${SPACE}*:`,
  'u',
);
const ROLE_LIKE = new RegExp(
  `^${SPACE}*((?:вопрос|реплика)(?:${SPACE}+из${SPACE}+зала)?|голос${SPACE}+из${SPACE}+зала|из${SPACE}+зала|ведущий|ведущая|модератор|председательствующий)${SPACE}*:`,
  'iu',
);
const INITIALS = /^\p{Lu}\./u;
const SURNAME_ENDING =
  /(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|енко|швили|дзе|ян|ук|юк)$/u;

const fold = (s: string) => s.toLowerCase().replaceAll('ё', 'е');

/** A line-initial speaker-like prefix that is not exactly a known one, with what to do about it. */
export function oddPrefix(line: string, speakers: SpeakerRef[]): string | undefined {
  const match = NAME_LIKE.exec(line) ?? ROLE_LIKE.exec(line);
  if (!match?.[1]) return undefined;
  const role = ROLE_LIKE.test(line);
  const written = match[0];
  const name = match[1];
  const words = name
    .split(new RegExp(`${SPACE}+|\\.`, 'u'))
    .filter(Boolean)
    .map(fold);
  const known = speakers.find((sp) => {
    const own = [sp.surname, sp.given, ...sp.prefix.split(/[\s.]+/)]
      .filter((w): w is string => Boolean(w && w.length > 1))
      .map(fold);
    return (
      fold(name.replace(new RegExp(`${SPACE}+`, 'gu'), '')) ===
        fold(sp.prefix.replace(/\s+/g, '')) || words.some((w) => own.includes(w))
    );
  });
  if (known) {
    const who = known.name ? ` of ${known.name}` : '';
    return `«${written}» looks like the speaker prefix${who} written oddly: write it exactly «${known.prefix}: » at the start of the line`;
  }
  const last = words.at(-1) ?? '';
  const looksLikeSpeaker =
    role || INITIALS.test(name) || (last.length >= 5 && SURNAME_ENDING.test(last));
  if (!looksLikeSpeaker) return undefined;
  const list = speakers.map((sp) => sp.prefix).join(', ');
  return `unknown speaker «${name.trim()}»: add them to speakers.json with their "prefix" as the source writes it (known: ${list})`;
}

/** Finds the speech a line opens: exactly `<prefix>: <text>` (or the prefix alone), longest prefix first. */
export function speechOpener(
  speakers: SpeakerRef[],
): (value: string) => { speaker: string; rest: string } | undefined {
  const prefixes = [...speakers].sort((a, b) => b.prefix.length - a.prefix.length);
  return (value) => {
    // Any other spacing is an odd prefix, reported by oddPrefix.
    const sp = prefixes.find(
      (s) =>
        value === `${s.prefix}:` ||
        (value.startsWith(`${s.prefix}: `) && !/^\s/u.test(value.slice(s.prefix.length + 2))),
    );
    return sp && { speaker: sp.id, rest: value.slice(sp.prefix.length + 2) };
  };
}
