/**
 * Parser for a Kremlin print copy: one paragraph a line, in this order:
 * title, `YYYY-MM-DD HH:MM:SS` (Moscow time), place, the lead (may be absent),
 * `* * *`, speeches that open with a speaker prefix (`И.Иванов: `), omission lines
 * `&lt;…&gt;` between speeches, and the source URL as the last line.
 *
 * It places every line or rejects the file with `file:line: message`; it never
 * guesses. Pure: no I/O, so the importer, the site and the tests share it.
 */

import { LIMITS, maxParagraphs, textProblem } from './limits.ts';
import {
  cleanLine,
  DATE,
  INVISIBLE,
  invisibleCodes,
  moscowDateTime,
  OMISSION,
  SEPARATOR,
  SEPARATOR_LIKE,
  wholeUrl,
} from './lines.ts';
import { oddPrefix, type SpeakerRef, speechOpener } from './prefixes.ts';
import { TranscriptError } from './transcript-error.ts';

/**
 * How a section is named (its slug, also the prefix of its paragraph ids):
 * - when no speaker has more than two speeches, a speaker's first speech is
 *   `<speaker>-speech` and the second `<speaker>-closing` (the shape of a
 *   forum: speeches, then closing words; this record's slugs);
 * - otherwise every speech is `<speaker>-<k>`, k = 1, 2, … the speaker's speeches
 *   in source order (a conversation, questions from the floor).
 * The rule looks at the whole record, so adding a third speech to a record
 * renames its sections: published records never change their source.
 */
export type SpeechKind = 'speech' | 'closing' | 'turn';

export interface ParsedSpeech {
  /** Permanent slug, see SpeechKind. */
  slug: string;
  speaker: string;
  kind: SpeechKind;
  paragraphs: string[];
  /** 1-based line of the speech's first paragraph in the source. */
  line: number;
  /** An editorial omission (`<…>`) follows this speech in the source. */
  omissionAfter: boolean;
}

export interface Transcript {
  title: string;
  /** ISO 8601 with the Moscow offset: `2017-11-09T18:40:00+03:00`. */
  datetime: string;
  place: string;
  lead: string[];
  speeches: ParsedSpeech[];
  sourceUrl: string;
}

/** Names every speech by the rule documented at SpeechKind. */
function nameSpeeches(speeches: Omit<ParsedSpeech, 'slug' | 'kind'>[]): ParsedSpeech[] {
  const total = new Map<string, number>();
  for (const t of speeches) total.set(t.speaker, (total.get(t.speaker) ?? 0) + 1);
  const forum = Math.max(...total.values()) <= 2;
  const seen = new Map<string, number>();
  return speeches.map((t) => {
    const k = (seen.get(t.speaker) ?? 0) + 1;
    seen.set(t.speaker, k);
    const kind: SpeechKind = forum ? (k === 1 ? 'speech' : 'closing') : 'turn';
    return { ...t, slug: `${t.speaker}-${kind === 'turn' ? k : kind}`, kind };
  });
}

type Row = { value: string; line: number };
type Unnamed = Omit<ParsedSpeech, 'slug' | 'kind'>;

/**
 * The non-blank lines with their 1-based numbers; rejects a line past the record's limits (a control
 * character, a word or a paragraph too long: limits.ts) and a line of only invisible characters.
 */
function readRows(text: string, file: string): { rows: Row[]; lastLine: number } {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map(cleanLine);
  for (const [i, value] of lines.entries()) {
    const problem = textProblem(value);
    if (problem) throw new TranscriptError(file, i + 1, problem);
    if (value !== '' && INVISIBLE.test(value)) {
      throw new TranscriptError(
        file,
        i + 1,
        `a line of only invisible characters (${invisibleCodes(value)}): delete it or its characters`,
      );
    }
  }
  const rows = lines.flatMap((value, i) => (value === '' ? [] : [{ value, line: i + 1 }]));
  if (rows.length === 0)
    throw new TranscriptError(
      file,
      1,
      'the file is empty: expected a title, a date, a place and the transcript',
    );
  return { rows, lastLine: Math.max(lines.length, 1) };
}

/** Title, date and place from the top, the source URL from the last line; the rows between. */
function readHeader(rows: Row[], lastLine: number, file: string) {
  let at = 0;
  const next = (what: string) => {
    const row = rows[at++];
    if (!row) throw new TranscriptError(file, lastLine, `unexpected end of file: expected ${what}`);
    return row;
  };
  const title = next('the title');
  const titleProblem = textProblem(title.value, LIMITS.title);
  if (titleProblem) throw new TranscriptError(file, title.line, `the title: ${titleProblem}`);
  const date = next('the date');
  if (!DATE.test(date.value)) {
    throw new TranscriptError(
      file,
      date.line,
      `expected the date as «YYYY-MM-DD HH:MM:SS», found «${date.value.slice(0, 40)}»`,
    );
  }
  const datetime = moscowDateTime(date.value);
  if (!datetime)
    throw new TranscriptError(file, date.line, `«${date.value}» is not a real date and time`);
  const place = next('the place');
  const placeProblem = textProblem(place.value, LIMITS.title);
  if (placeProblem) throw new TranscriptError(file, place.line, `the place: ${placeProblem}`);
  const p = place.value.trim();
  if (SEPARATOR_LIKE.test(p) || OMISSION.test(p) || /^\S+:(?:\s|$)/u.test(place.value)) {
    throw new TranscriptError(
      file,
      place.line,
      `expected the place after the date, found «${place.value.slice(0, 40)}»`,
    );
  }
  const url = rows.at(-1);
  if (!url || at >= rows.length || !wholeUrl(url.value)) {
    throw new TranscriptError(
      file,
      url?.line ?? lastLine,
      'expected the whole source URL (http…, ending in the page number for kremlin.ru) as the last line',
    );
  }
  return { title, datetime, place, url, body: rows.slice(at, -1) };
}

type Opener = ReturnType<typeof speechOpener>;

/** The lead: paragraphs up to the separator (none when the transcript opens at once); where the speeches start. */
function readLead(
  body: Row[],
  opens: Opener,
  speakers: SpeakerRef[],
  urlLine: number,
  file: string,
) {
  const lead: string[] = [];
  for (const [i, row] of body.entries()) {
    if (row.value === SEPARATOR) return { lead, start: i + 1 };
    if (SEPARATOR_LIKE.test(row.value.trim()))
      throw new TranscriptError(
        file,
        row.line,
        `write the separator as «${SEPARATOR}», found «${row.value}»`,
      );
    if (opens(row.value)) {
      if (lead.length > 0)
        throw new TranscriptError(
          file,
          row.line,
          `missing the separator «${SEPARATOR}» between the lead and the first speech`,
        );
      return { lead, start: i };
    }
    const odd = oddPrefix(row.value, speakers);
    if (odd) throw new TranscriptError(file, row.line, odd);
    if (OMISSION.test(row.value.trim()))
      throw new TranscriptError(
        file,
        row.line,
        'an omission in the lead: an omission stands only between two speeches',
      );
    lead.push(row.value);
  }
  throw new TranscriptError(
    file,
    urlLine,
    `missing the separator «${SEPARATOR}» between the lead and the transcript`,
  );
}

/** Marks an omission after the last speech: it stands only after a speech, never twice. */
function omitAfter(last: Unnamed | undefined, row: Row, file: string): void {
  if (!last)
    throw new TranscriptError(
      file,
      row.line,
      'an omission before the first speech: an omission stands only after a speech',
    );
  if (last.omissionAfter)
    throw new TranscriptError(
      file,
      row.line,
      'two omissions in a row: one omission line stands between two speeches',
    );
  last.omissionAfter = true;
}

/** A paragraph that continues the last speech. */
function continueSpeech(last: Unnamed | undefined, row: Row, speakers: SpeakerRef[], file: string) {
  const odd = oddPrefix(row.value, speakers);
  if (odd) throw new TranscriptError(file, row.line, odd);
  const example = speakers[0] ? `«${speakers[0].prefix}: »` : 'a speaker prefix';
  if (!last)
    throw new TranscriptError(
      file,
      row.line,
      `a paragraph after the separator that no speaker prefix (${example}) opens`,
    );
  if (last.omissionAfter)
    throw new TranscriptError(
      file,
      row.line,
      'a paragraph after an omission must open a new speech with a speaker prefix',
    );
  last.paragraphs.push(row.value);
}

/** The speeches after the lead: a prefix opens one, other paragraphs continue it, omissions follow it. */
function readSpeeches(rows: Row[], opens: Opener, speakers: SpeakerRef[], file: string): Unnamed[] {
  const speeches: Unnamed[] = [];
  for (const row of rows) {
    const value = row.value.trim();
    if (SEPARATOR_LIKE.test(value)) {
      throw new TranscriptError(
        file,
        row.line,
        `a second separator «${value}»: one «${SEPARATOR}» stands, between the lead and the transcript`,
      );
    }
    if (OMISSION.test(value)) {
      omitAfter(speeches.at(-1), row, file);
      continue;
    }
    const opened = opens(row.value);
    if (opened)
      speeches.push({
        speaker: opened.speaker,
        paragraphs: opened.rest === '' ? [] : [opened.rest],
        line: row.line,
        omissionAfter: false,
      });
    else continueSpeech(speeches.at(-1), row, speakers, file);
  }
  return speeches;
}

/** A record past `LIMITS.paragraphs` stops at the first paragraph too many: its build would crawl. */
function checkCount(body: Row[], file: string): void {
  const max = maxParagraphs();
  const most = `a record holds at most ${max.toLocaleString('en')} paragraphs, the most its build handles (docs/records.md, «Scale»)`;
  const over = body.filter((r) => r.value !== SEPARATOR && !OMISSION.test(r.value.trim()))[max];
  if (over) throw new TranscriptError(file, over.line, `paragraph ${max + 1}: ${most}`);
}

export function parseTranscript(text: string, speakers: SpeakerRef[], file = 'source'): Transcript {
  const { rows, lastLine } = readRows(text, file);
  const { title, datetime, place, url, body } = readHeader(rows, lastLine, file);
  checkCount(body, file);
  const opens = speechOpener(speakers);
  const { lead, start } = readLead(body, opens, speakers, url.line, file);
  const speeches = readSpeeches(body.slice(start), opens, speakers, file);
  if (speeches.length === 0)
    throw new TranscriptError(
      file,
      url.line,
      'no speeches: expected paragraphs that open with a speaker prefix',
    );
  const named = nameSpeeches(speeches);
  for (const speech of named) {
    if (speech.paragraphs.length === 0)
      throw new TranscriptError(file, speech.line, `the speech «${speech.slug}» has no text`);
  }
  return {
    title: title.value,
    datetime,
    place: place.value,
    lead,
    speeches: named,
    sourceUrl: url.value,
  };
}
