/**
 * A query as typed, read into what is searched: words, and phrases whose
 * words must stand together. Quotes of any kind («», „“, "", '', ‘’) mark a
 * phrase; words joined by a dash («2018-2023», «онлайн-курсы») stand
 * together too. Pure.
 */
import { MAX_QUERY, MAX_QUERY_WORDS } from './bounds.ts';
import { tokens } from './normalize.ts';

export interface Group {
  /** Folded words, in order. */
  words: string[];
  /** The same words as the reader typed them («Ёлка» for «елка»), for notes that quote them. */
  spelled: string[];
  /** The words must be adjacent and in this order. */
  phrase: boolean;
  /** As the reader typed it, for «Здесь нет: «…»». */
  label: string;
}

export interface Query {
  /** The query as typed, trimmed and cut to MAX_QUERY characters (its groups hold MAX_QUERY_WORDS words at most). */
  text: string;
  groups: Group[];
}

const OPEN = '«„“"\'‘‚‹';
const CLOSE = '»“”"\'’‛›';
/** A straight or curly apostrophe between two letters is part of a word (д'Артаньян), not a quote. */
const isApostrophe = (text: string, i: number) =>
  "'’‘".includes(text[i] ?? '') &&
  /\p{L}/u.test(text[i - 1] ?? '') &&
  /\p{L}/u.test(text[i + 1] ?? '');

export function parseQuery(raw: string): Query {
  const text = raw
    // Control characters and invisible format marks (RTL/LTR marks, zero-width joiners, soft hyphens) are not words.
    .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (c === '\u00ad' ? '' : ' '))
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, MAX_QUERY);
  const groups: Group[] = [];
  // Outside quotes each word is a group, and words joined by dashes are one: a phrase of their parts.
  const loose = (part: string) => {
    let start = 0;
    for (const t of tokens(part)) {
      const last = groups.at(-1);
      const spelled = part.slice(t.start, t.end);
      if (t.joined && last) {
        last.words.push(t.word);
        last.spelled.push(spelled);
        last.phrase = true;
        last.label = part.slice(start, t.end);
      } else {
        start = t.start;
        groups.push({ words: [t.word], spelled: [spelled], phrase: false, label: spelled });
      }
    }
  };
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    if (!OPEN.includes(text[i] ?? '') || isApostrophe(text, i)) continue;
    let end = i + 1;
    while (end < text.length && !(CLOSE.includes(text[end] ?? '') && !isApostrophe(text, end)))
      end++;
    if (end >= text.length) break; // An unclosed quote is just punctuation.
    loose(text.slice(at, i));
    const inner = text.slice(i + 1, end);
    const found = tokens(inner);
    if (found.length > 0)
      groups.push({
        words: found.map((t) => t.word),
        spelled: found.map((t) => inner.slice(t.start, t.end)),
        phrase: found.length > 1,
        label: inner.trim(),
      });
    at = end + 1;
    i = end;
  }
  loose(text.slice(at));
  return { text, groups: capped(groups) };
}

/** The groups holding the query's first MAX_QUERY_WORDS words: each word is a lookup in every paragraph. */
function capped(groups: Group[]): Group[] {
  let room = MAX_QUERY_WORDS;
  return groups.flatMap((g) => {
    const n = Math.min(g.words.length, room);
    room -= n;
    if (n === g.words.length) return [g];
    const words = g.words.slice(0, n);
    return n === 0 ? [] : [{ ...g, words, spelled: g.spelled.slice(0, n), phrase: n > 1 }];
  });
}

/** Every word of the query, in order. */
export function queryWords(q: Query): string[] {
  return q.groups.flatMap((g) => g.words);
}

/** The query with one word replaced (a suggested spelling), as text to search for. */
export function replaceWord(q: Query, word: string, by: string): string {
  return q.groups
    .map((g) => {
      const quoted = /\s/.test(g.label);
      const text = g.words.map((w) => (w === word ? by : w)).join(quoted ? ' ' : '-');
      return quoted ? `«${text}»` : text;
    })
    .join(' ');
}
