/**
 * What a record may hold. The importer refuses a print copy past any of these bounds, and the build
 * checks the generated record against them again before it starts, so that no record can make the
 * build crawl or a reader's tab freeze (one 200,000-letter word once held a search for minutes).
 * Each bound is far above what a transcript needs (this record: its longest word is a 50-character
 * URL, its longest paragraph 575 characters); docs/records.md («Limits») states them.
 *
 * Characters are Unicode code points. Pure: the parser, the build, the schemas and the search
 * (which relies on them to bound its own work) share it.
 */
export const LIMITS = {
  /** Characters in a word: a run with no space (any Unicode space, tab) and no hyphen or dash. */
  word: 100,
  /** Characters in a paragraph (one line of the print copy). */
  paragraph: 10_000,
  /** Characters in the title, and in the place. */
  title: 300,
  /**
   * Paragraphs in the record. The build writes a page and a 1200×630 card for each: 4,354 took
   * 9.7 minutes and 1.5 GB on a 2-core machine (docs/records.md, «Scale»).
   */
  paragraphs: 5_000,
  /** Bytes of the print copy, checked before it is read. */
  sourceBytes: 4 * 1024 * 1024,
} as const;

/**
 * The paragraph limit in force: `LIMITS.paragraphs`, or `RECORD_MAX_PARAGRAPHS` on a machine larger
 * than the one measured (and for `npm run bench:scale`, to measure past the limit).
 */
export function maxParagraphs(): number {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  const raised = Number(env?.RECORD_MAX_PARAGRAPHS);
  return Number.isInteger(raised) && raised > 0 ? raised : LIMITS.paragraphs;
}

/** Word separators: every space (tab included) and the hyphens and dashes the search reads as joins. */
const SEPARATOR = '\\s\\p{Zs}\\-\\u2010-\\u2015\\u2212\\ufe63\\uff0d';
const LONG_WORD = new RegExp(`[^${SEPARATOR}]{${LIMITS.word + 1},}`, 'u');

/**
 * Characters no record text holds: the controls (`\p{Cc}`: C0, DEL, C1 U+0080–U+009F) but the tab,
 * noncharacters (U+FFFE, U+FFFF…) and lone surrogates. A line break ends a paragraph; the tab
 * stays, as a space: HTML and the id fingerprints fold it with other white space.
 */
const FORBIDDEN = /(?!\t)[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/u;

const NAMES: Record<number, string> = { 0: 'NUL', 13: 'CR', 10: 'LF', 27: 'ESC', 127: 'DEL' };

/** `U+0000 (NUL)`: how an error names a character. */
export function codePoint(c: string): string {
  const n = c.codePointAt(0) ?? 0;
  const hex = `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[n] ? `${hex} (${NAMES[n]})` : hex;
}

/** Code points in a text, counted without copying it. */
export function length(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** 1-based column (in code points) of a UTF-16 offset. */
const column = (text: string, index: number) => length(text.slice(0, index)) + 1;

/** The first character a record may not hold, with its column; none when the text is clean. */
export function forbiddenCharacter(text: string): string | undefined {
  const m = FORBIDDEN.exec(text);
  if (!m) return undefined;
  return `a control character ${codePoint(m[0])} at column ${column(text, m.index)}: a record holds text only (delete it)`;
}

/**
 * What is wrong with one paragraph, title or place of a record, or nothing: a forbidden character,
 * a word over `LIMITS.word`, more characters than `max`.
 */
export function textProblem(text: string, max: number = LIMITS.paragraph): string | undefined {
  const bad = forbiddenCharacter(text);
  if (bad) return bad;
  const long = LONG_WORD.exec(text);
  if (long) {
    const start = [...long[0].slice(0, 20)].join('');
    return `a word of ${length(long[0])} characters at column ${column(text, long.index)} («${start}…»): a word holds at most ${LIMITS.word} characters without a space or a hyphen`;
  }
  const n = length(text);
  if (n > max)
    return `${n.toLocaleString('en')} characters: at most ${max.toLocaleString('en')} (docs/records.md, «Limits»)`;
  return undefined;
}

/**
 * What puts a whole record past the limits, as `<id>: <problem>`, or nothing: the build's own check
 * of the generated paragraphs (a hand-edited MDX skips the importer), before it starts.
 */
export function recordProblem(paragraphs: { id: string; text: string }[]): string | undefined {
  const most = maxParagraphs();
  if (paragraphs.length > most)
    return `${paragraphs.length.toLocaleString('en')} paragraphs: a record holds at most ${most.toLocaleString('en')}, the most its build handles (docs/records.md, «Scale»)`;
  for (const p of paragraphs) {
    const problem = textProblem(p.text);
    if (problem) return `${p.id}: ${problem}`;
  }
  return undefined;
}
