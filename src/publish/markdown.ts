/**
 * Text for the Markdown download (`/record.md`): a paragraph, a name, a role, a title written so
 * that a Markdown renderer (CommonMark, GFM, with raw HTML and any link allowed) shows exactly that
 * text and makes nothing of it: no tag, no link, no emphasis, no heading, no list, no math. The text
 * is untrusted (speakers.json and documents.json are edited by hand; the print copy is someone
 * else's). A test renders hostile records with micromark and checks both (downloads-escape.test.ts).
 *
 * A backslash escapes any ASCII punctuation character in CommonMark; only the characters that can
 * open syntax are escaped, so the file stays readable («Уважаемые коллеги!» stays as it is):
 * - anywhere: `\` `` ` `` `*` `_` `[` `]` `<` `>` `&` `#` `|` `~` `$` `@` (emphasis, code, links and
 *   images, HTML and autolinks, character references, headings' closing `#`, tables, strikethrough,
 *   math, e-mail autolinks);
 * - `:` between a Latin letter and anything but a space (`https://…`, `mailto:…` autolinks; `18:40`
 *   stays) and the dot of `www.`;
 * - at the start of the text, which may start a block (a list item's text): `-`, `+`, `=` and a
 *   number's `.` or `)` (lists, rules).
 * What a backslash cannot escape becomes a character reference, which renders as the character:
 * line breaks (a paragraph is one line) and white space at either end (NBSP too), which a
 * renderer would strip, or which would keep `**` from closing. Pure.
 */

const ALWAYS = /[\\`*_[\]<>&#|~$@]|(?<=[a-z]):(?=\S)|(?<=www)\./gi;
const BLOCK_START = /^(?:[-+=]|\d{1,9}(?=[.)]))/;

const reference = (c: string) => `&#${c.charCodeAt(0)};`;

export function markdownText(text: string): string {
  return text
    .replace(ALWAYS, '\\$&')
    .replace(BLOCK_START, (m) => (/\d/.test(m) ? `${m}\\` : `\\${m}`))
    .replace(/[\n\r]/g, reference)
    .replace(/^[\s\p{Zs}]+|[\s\p{Zs}]+$/gu, (run) => [...run].map(reference).join(''));
}

/** A link to an http(s) address, as an autolink; any other address only as text. */
export function markdownUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return markdownText(value);
  }
  // The WHATWG serialisation percent-encodes spaces, `<` and `>`: nothing can end the autolink.
  return /^https?:$/.test(url.protocol) ? `<${url.href}>` : markdownText(value);
}
