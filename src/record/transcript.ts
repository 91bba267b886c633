/**
 * Parser for a Kremlin print copy: one paragraph a line, in this order:
 * title, `YYYY-MM-DD HH:MM:SS` (Moscow time), place, the lead (may be absent),
 * `* * *`, speeches that open with a speaker prefix (`И.Иванов: `), omission lines
 * `&lt;…&gt;` between speeches, and the source URL as the last line.
 *
 * It places every line or rejects the file with `file:line: message`; it never
 * guesses. Pure: no I/O, so the importer, the site and the tests share it.
 */

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
/** Any line of three asterisks, however spaced, or an asterism: a separator, wanted or not. */
const SEPARATOR_LIKE = /^(?:\*\s*){3,}$|^⁂$/u;
/**
 * An omission: `<…>`, escaped once more than it should be (`&lt;…&gt;`, as the Kremlin writes it),
 * with three dots for the ellipsis, or in brackets. All of them mean the same editorial mark.
 */
const OMISSION = /^(?:&lt;|<|\[|\()\s*(?:…|\.\.\.)\s*(?:&gt;|>|\]|\))$/u;
const DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
/** The Kremlin publishes in Moscow time; since 2014 that is UTC+3 all year. */
const MOSCOW_OFFSET = '+03:00';
/** Spaces a reader does not see, and characters with no glyph at all (zero-width space, BOM, soft hyphen…). */
const INVISIBLE = /^[\s\p{Cf}\p{Zs}\u115f\u1160\u3164\uffa0]*$/u;
const SPACE = '[\\s\\p{Zs}\\p{Cf}]';

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

/** Strips what the print copy leaves at line ends (ASCII spaces only; a trailing NBSP would be content). */
export function cleanLine(line: string): string {
  return line.replace(/[ \t\r]+$/, '');
}

const fold = (s: string) => s.toLowerCase().replaceAll('ё', 'е');

/** A line-initial speaker-like prefix that is not exactly a known one, with what to do about it. */
function oddPrefix(line: string, speakers: SpeakerRef[]): string | undefined {
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

/** `2017-11-09 18:40:00` → ISO with the Moscow offset, or undefined when no such moment exists. */
function moscowDateTime(value: string): string | undefined {
  const match = DATE.exec(value);
  if (!match) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const real =
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    h < 24 &&
    mi < 60 &&
    s < 60;
  return real
    ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}${MOSCOW_OFFSET}`
    : undefined;
}

/**
 * The last line must be a whole URL: http(s), a host with a top-level domain, nothing after it.
 * A Kremlin address ends in the number of its page (`…/copy/56031`), so one that stops before the
 * number was cut short.
 */
export function wholeUrl(value: string): boolean {
  if (!/^https?:\/\/\S+$/.test(value) || /[.,;:…)]$/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!/^(?:[a-z0-9-]+\.)+(?:[a-z]{2,}|xn--[a-z0-9-]+)$/.test(url.hostname)) return false;
  if (/(?:^|\.)kremlin\.ru$/.test(url.hostname)) return /\/\d+$/.test(url.pathname);
  return true;
}

function invisibleCodes(value: string): string {
  return [...value]
    .map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ');
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

export function parseTranscript(text: string, speakers: SpeakerRef[], file = 'source'): Transcript {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map(cleanLine);
  for (const [i, value] of lines.entries()) {
    if (value !== '' && INVISIBLE.test(value)) {
      throw new TranscriptError(
        file,
        i + 1,
        `a line of only invisible characters (${invisibleCodes(value)}): delete it or its characters`,
      );
    }
  }
  // Non-blank lines with their 1-based line numbers.
  const rows = lines.flatMap((value, i) => (value === '' ? [] : [{ value, line: i + 1 }]));
  const lastLine = Math.max(lines.length, 1);
  if (rows.length === 0)
    throw new TranscriptError(
      file,
      1,
      'the file is empty: expected a title, a date, a place and the transcript',
    );

  let at = 0;
  const next = (what: string) => {
    const row = rows[at++];
    if (!row) throw new TranscriptError(file, lastLine, `unexpected end of file: expected ${what}`);
    return row;
  };

  const title = next('the title');
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
  if (
    SEPARATOR_LIKE.test(place.value.trim()) ||
    OMISSION.test(place.value.trim()) ||
    /^\S+:(?:\s|$)/u.test(place.value)
  ) {
    throw new TranscriptError(
      file,
      place.line,
      `expected the place after the date, found «${place.value.slice(0, 40)}»`,
    );
  }

  const urlRow = rows.at(-1);
  if (!urlRow || at >= rows.length || !wholeUrl(urlRow.value)) {
    throw new TranscriptError(
      file,
      urlRow?.line ?? lastLine,
      'expected the whole source URL (http…, ending in the page number for kremlin.ru) as the last line',
    );
  }
  const body = rows.slice(at, -1);

  const prefixes = [...speakers].sort((a, b) => b.prefix.length - a.prefix.length);
  const speechOf = (value: string) => {
    // Exactly `<prefix>: <text>` (or the prefix alone); any other spacing is an odd prefix, reported below.
    const sp = prefixes.find(
      (s) =>
        value === `${s.prefix}:` ||
        (value.startsWith(`${s.prefix}: `) && !/^\s/u.test(value.slice(s.prefix.length + 2))),
    );
    return sp && { speaker: sp.id, rest: value.slice(sp.prefix.length + 2) };
  };

  // The lead: paragraphs up to the separator; none when the transcript opens at once (with or without it).
  const lead: string[] = [];
  let separated = false;
  let i = 0;
  for (; i < body.length; i++) {
    const row = body[i] as { value: string; line: number };
    if (row.value === SEPARATOR) {
      separated = true;
      i++;
      break;
    }
    if (SEPARATOR_LIKE.test(row.value.trim()))
      throw new TranscriptError(
        file,
        row.line,
        `write the separator as «${SEPARATOR}», found «${row.value}»`,
      );
    if (speechOf(row.value)) {
      if (lead.length > 0)
        throw new TranscriptError(
          file,
          row.line,
          `missing the separator «${SEPARATOR}» between the lead and the first speech`,
        );
      break;
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
  if (!separated && i >= body.length) {
    throw new TranscriptError(
      file,
      urlRow.line,
      `missing the separator «${SEPARATOR}» between the lead and the transcript`,
    );
  }

  const speeches: Omit<ParsedSpeech, 'slug' | 'kind'>[] = [];
  for (const row of body.slice(i)) {
    const value = row.value;
    if (SEPARATOR_LIKE.test(value.trim())) {
      throw new TranscriptError(
        file,
        row.line,
        `a second separator «${value.trim()}»: one «${SEPARATOR}» stands, between the lead and the transcript`,
      );
    }
    if (OMISSION.test(value.trim())) {
      const last = speeches.at(-1);
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
      continue;
    }
    const speech = speechOf(value);
    if (speech) {
      speeches.push({
        speaker: speech.speaker,
        paragraphs: speech.rest === '' ? [] : [speech.rest],
        line: row.line,
        omissionAfter: false,
      });
      continue;
    }
    const odd = oddPrefix(value, speakers);
    if (odd) throw new TranscriptError(file, row.line, odd);
    const last = speeches.at(-1);
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
    last.paragraphs.push(value);
  }
  if (speeches.length === 0)
    throw new TranscriptError(
      file,
      urlRow.line,
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
    sourceUrl: urlRow.value,
  };
}

/**
 * Bytes of a print copy as text: UTF-8 strictly (a byte that is not UTF-8 is an error with its line,
 * never U+FFFD), a leading BOM dropped with a note.
 */
export function decodeSource(bytes: Uint8Array, file: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
    notes.push(`${file}:1: dropped the byte order mark (BOM) before the title`);
  }
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let line = 1;
  let from = start;
  for (let i = start; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(from, i));
    } catch {
      throw new TranscriptError(
        file,
        line,
        'invalid UTF-8: the print copy must be UTF-8 (re-save it from the Kremlin page as UTF-8)',
      );
    }
    line++;
    from = i + 1;
  }
  return { text: decoder.decode(bytes.subarray(start)), notes };
}
