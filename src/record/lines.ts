/**
 * The print copy line by line: what a line is (a separator, an omission, a date, a URL, nothing
 * visible) and how its bytes become text. Pure, like the parser that uses it (transcript.ts).
 */
import { TranscriptError } from './transcript-error.ts';

export const SEPARATOR = '* * *';
/** Any line of three asterisks, however spaced, or an asterism: a separator, wanted or not. */
export const SEPARATOR_LIKE = /^(?:\*\s*){3,}$|^⁂$/u;
/**
 * An omission: `<…>`, escaped once more than it should be (`&lt;…&gt;`, as the Kremlin writes it),
 * with three dots for the ellipsis, or in brackets. All of them mean the same editorial mark.
 */
export const OMISSION = /^(?:&lt;|<|\[|\()\s*(?:…|\.\.\.)\s*(?:&gt;|>|\]|\))$/u;
export const DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
/** The Kremlin publishes in Moscow time; since 2014 that is UTC+3 all year. */
const MOSCOW_OFFSET = '+03:00';
/** Spaces a reader does not see, and characters with no glyph at all (zero-width space, BOM, soft hyphen…). */
export const INVISIBLE = /^[\s\p{Cf}\p{Zs}\u115f\u1160\u3164\uffa0]*$/u;
export const SPACE = '[\\s\\p{Zs}\\p{Cf}]';

/** Strips what the print copy leaves at line ends (ASCII spaces only; a trailing NBSP would be content). */
export function cleanLine(line: string): string {
  return line.replace(/[ \t\r]+$/, '');
}

/** `2017-11-09 18:40:00` → ISO with the Moscow offset, or undefined when no such moment exists. */
export function moscowDateTime(value: string): string | undefined {
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

export function invisibleCodes(value: string): string {
  return [...value]
    .map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ');
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
