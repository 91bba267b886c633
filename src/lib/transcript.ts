/**
 * Parser for the Kremlin print copy: one paragraph a line, in this order:
 * title, `YYYY-MM-DD HH:MM:SS` (Moscow time), place, the lead, `* * *`,
 * turns that open with a speaker prefix (`В.Путин:`), an optional omission
 * line `&lt;…&gt;`, and the source URL as the last line.
 *
 * Pure: no I/O, so the importer, the site and the tests share it.
 */

export interface SpeakerRef {
  id: string;
  /** The prefix the source writes before a turn, without the colon: `В.Путин`. */
  prefix: string;
}

export interface Turn {
  /** Permanent slug: `<speaker>-speech` for a speaker's first turn, `<speaker>-closing` for the second. */
  slug: string;
  speaker: string;
  kind: 'speech' | 'closing';
  paragraphs: string[];
  /** 1-based line of the turn's first paragraph in the source. */
  line: number;
  /** An editorial omission (`<…>`) follows this turn in the source. */
  omissionAfter: boolean;
}

export interface Transcript {
  title: string;
  /** ISO 8601 with the Moscow offset: `2017-11-09T18:40:00+03:00`. */
  datetime: string;
  place: string;
  lead: string[];
  turns: Turn[];
  sourceUrl: string;
}

/** An error that names the file and the 1-based line to fix. */
export class TranscriptError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'TranscriptError';
    this.file = file;
    this.line = line;
  }
}

export const SEPARATOR = '* * *';
/** The source escapes `<…>` once more than it should; both spellings mean an omission. */
const OMISSION = /^(?:&lt;…&gt;|<…>)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const PREFIX = /^([\p{Lu}]\.\s?[\p{Lu}][\p{L}-]+):\s*/u;
const URL_LINE = /^https?:\/\/\S+$/;
/** The Kremlin publishes in Moscow time; since 2014 that is UTC+3 all year. */
const MOSCOW_OFFSET = '+03:00';

/** Strips what the print copy leaves at line ends (ASCII spaces only; a trailing NBSP would be content). */
export function cleanLine(line: string): string {
  return line.replace(/[ \t\r]+$/, '');
}

export function parseTranscript(text: string, speakers: SpeakerRef[], file = 'source'): Transcript {
  const lines = text.split('\n').map(cleanLine);
  // Non-blank lines with their 1-based line numbers.
  const rows = lines.flatMap((value, i) => (value.trim() === '' ? [] : [{ value, line: i + 1 }]));
  const lastLine = Math.max(lines.length, 1);
  if (rows.length === 0) throw new TranscriptError(file, 1, 'the file is empty: expected a title, a date, a place and the transcript');

  let at = 0;
  const next = (what: string) => {
    const row = rows[at++];
    if (!row) throw new TranscriptError(file, lastLine, `unexpected end of file: expected ${what}`);
    return row;
  };

  const title = next('the title');
  const date = next('the date');
  const match = DATE.exec(date.value);
  if (!match) {
    throw new TranscriptError(file, date.line, `expected the date as «YYYY-MM-DD HH:MM:SS», found «${date.value.slice(0, 40)}»`);
  }
  const [, y, mo, d, h, mi, s] = match;
  const datetime = `${y}-${mo}-${d}T${h}:${mi}:${s}${MOSCOW_OFFSET}`;
  if (Number.isNaN(Date.parse(datetime))) throw new TranscriptError(file, date.line, `«${date.value}» is not a real date`);
  const place = next('the place');

  const lead: string[] = [];
  for (;;) {
    const row = rows[at++];
    if (!row) throw new TranscriptError(file, lastLine, `missing the separator «${SEPARATOR}» between the lead and the transcript`);
    if (row.value.trim() === SEPARATOR) break;
    lead.push(row.value);
  }
  if (lead.length === 0) throw new TranscriptError(file, rows[at - 1]?.line ?? 1, 'the lead is empty: expected at least one paragraph before the separator');

  const urlRow = rows.at(-1);
  if (!urlRow || at >= rows.length || !URL_LINE.test(urlRow.value)) {
    throw new TranscriptError(file, urlRow?.line ?? lastLine, 'expected the source URL (http…) as the last line');
  }

  const byPrefix = new Map(speakers.map((sp) => [sp.prefix, sp.id]));
  const turnsSeen = new Map<string, number>();
  const turns: Turn[] = [];
  for (const row of rows.slice(at, -1)) {
    if (OMISSION.test(row.value)) {
      const last = turns.at(-1);
      if (!last) throw new TranscriptError(file, row.line, 'an omission before the first turn');
      last.omissionAfter = true;
      continue;
    }
    const prefix = PREFIX.exec(row.value);
    if (prefix) {
      const name = prefix[1] ?? '';
      const speaker = byPrefix.get(name);
      if (!speaker) {
        const known = [...byPrefix.keys()].join(', ');
        throw new TranscriptError(file, row.line, `unknown speaker «${name}»: add them to content/speakers.json (known: ${known})`);
      }
      const n = (turnsSeen.get(speaker) ?? 0) + 1;
      turnsSeen.set(speaker, n);
      if (n > 2) throw new TranscriptError(file, row.line, `a third turn of «${name}»: only a speech and a closing are modelled`);
      const rest = row.value.slice(prefix[0].length);
      turns.push({
        slug: `${speaker}-${n === 1 ? 'speech' : 'closing'}`,
        speaker,
        kind: n === 1 ? 'speech' : 'closing',
        paragraphs: rest === '' ? [] : [rest],
        line: row.line,
        omissionAfter: false,
      });
      continue;
    }
    const turn = turns.at(-1);
    if (!turn) throw new TranscriptError(file, row.line, 'a paragraph after the separator that no speaker prefix («В.Путин:») opens');
    if (turn.omissionAfter) throw new TranscriptError(file, row.line, 'a paragraph after an omission must open a new turn with a speaker prefix');
    turn.paragraphs.push(row.value);
  }
  if (turns.length === 0) throw new TranscriptError(file, urlRow.line, 'no turns: expected paragraphs that open with a speaker prefix');
  for (const turn of turns) {
    if (turn.paragraphs.length === 0) throw new TranscriptError(file, turn.line, `the turn «${turn.slug}» has no text`);
  }

  return { title: title.value, datetime, place: place.value, lead, turns, sourceUrl: urlRow.value };
}
