/**
 * Anchors: what a paragraph says that survives translation and so shows which English paragraph
 * renders which Russian one — numbers and months (numbers.ts), the speakers' names looked up from
 * the record's data in both languages («Иван Петрович», «Иванова», «Mr Ivanov» are one
 * person), and cognates of proper names across scripts (translit.ts). A paragraph's anchors are a
 * multiset of keys; the aligner counts the keys a bead's two sides share.
 */
import { type Lang, monthAnchors, numberAnchors } from './numbers.ts';
import { soundOf } from './translit.ts';

/** What the record lists of a speaker's names; every field is optional. */
export interface NamedSpeaker {
  id: string;
  name?: string;
  surname?: string;
  given?: string;
  patronymic?: string;
  prefix?: string;
  nameEn?: string;
}

/** Lower-case name words of a speaker in each language (Russian ones match as word starts). */
export interface NameForms {
  id: string;
  ru: string[];
  en: string[];
}

const WORD = /\p{L}+/gu;
/** A cognate is compared on the first letters of its sound spelling (Simard et al.: four). */
const COGNATE_PREFIX = 5;
const COGNATE_MIN = 4;

export function nameForms(speakers: readonly NamedSpeaker[]): NameForms[] {
  const words = (...parts: (string | undefined)[]) =>
    parts
      .flatMap((p) => p?.match(WORD) ?? [])
      .map((w) => w.toLowerCase())
      .filter((w) => w.length >= 3);
  return speakers.map((sp) => ({
    id: sp.id,
    ru: words(sp.name, sp.surname, sp.given, sp.patronymic, sp.prefix),
    en: words(sp.nameEn),
  }));
}

/** The speaker a word names, if any: Russian words by their start (cases), English whole. */
function speakerOfWord(word: string, lang: Lang, names: readonly NameForms[]): string | undefined {
  const w = word.toLowerCase();
  return names.find((n) => (lang === 'ru' ? n.ru.some((f) => w.startsWith(f)) : n.en.includes(w)))
    ?.id;
}

/** Cognate keys a word offers: English capitalised words one, Russian words every prefix length. */
function cognateKeys(word: string, lang: Lang): string[] {
  const sound = soundOf(word);
  if (sound.length < COGNATE_MIN) return [];
  if (lang === 'en') {
    return /^\p{Lu}/u.test(word) ? [`cog:${sound.slice(0, COGNATE_PREFIX)}`] : [];
  }
  const keys: string[] = [];
  for (let n = COGNATE_MIN; n <= Math.min(COGNATE_PREFIX, sound.length); n++)
    keys.push(`cog:${sound.slice(0, n)}`);
  return keys;
}

/** Names (one key per run of a speaker's name words) and cognates of the other words. */
function wordAnchors(text: string, lang: Lang, names: readonly NameForms[]): string[] {
  const found: string[] = [];
  let previous: string | undefined;
  for (const word of text.match(WORD) ?? []) {
    const speaker = speakerOfWord(word, lang, names);
    if (speaker && speaker !== previous) found.push(`name:${speaker}`);
    if (!speaker) found.push(...cognateKeys(word, lang));
    previous = speaker;
  }
  return found;
}

export function anchorsOf(text: string, lang: Lang, names: readonly NameForms[] = []): string[] {
  return [
    ...numberAnchors(text, lang),
    ...monthAnchors(text, lang),
    ...wordAnchors(text, lang, names),
  ];
}

/** How many anchors two multisets share, key by key. */
export function sharedAnchors(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const k of a) left.set(k, (left.get(k) ?? 0) + 1);
  const shared: string[] = [];
  for (const k of b) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      shared.push(k);
      left.set(k, n - 1);
    }
  }
  return shared;
}
