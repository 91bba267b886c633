/**
 * What a result shows and where it links: the found words marked, a window
 * of text around the first, and a link that lands on the paragraph with the
 * words marked there too. Pure.
 */
import { textDirectiveOf } from '../../cite/fragment.ts';
import type { Morphology } from './morphology.ts';
import { tokens } from './normalize.ts';
import type { Query } from './query.ts';
import { type Meaning, matchText, meaning, type ParagraphResult } from './results.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** The text cut into plain and marked runs: every place a query group stands (a phrase from its first word to its last). */
export function segments(
  text: string,
  q: Query,
  m: Morphology,
  mean: Meaning = meaning(q, m),
): Segment[] {
  return marks(text, matchText(text, q, m, mean).spans);
}

/** Characters of an excerpt, by default. */
export const EXCERPT = 260;

/**
 * The text cut into plain and marked runs at the token spans `matchText` found in it (a result
 * carries them); with `words`, only the marks up to that many words after the first: an excerpt of
 * n characters shows fewer than n words after it (a word and a space each), so a paragraph of 5,000
 * one-letter matches is read to its 260th word, not its last.
 */
export function marks(
  text: string,
  groupSpans: [number, number][][],
  words = Number.POSITIVE_INFINITY,
): Segment[] {
  const all = groupSpans.flat();
  const first = all.reduce((min, [a]) => Math.min(min, a), Number.POSITIVE_INFINITY);
  const kept = all.filter(([a]) => a <= first + words);
  const toks = tokens(text, kept.reduce((max, [, b]) => Math.max(max, b), -1) + 1);
  const spans = kept
    .map(([a, b]) => [toks[a]?.start ?? 0, toks[b]?.end ?? 0] as const)
    .sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) out.push({ text: text.slice(at, from), mark: false });
    out.push({ text: text.slice(from, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/**
 * Runs over a text that a page holds in several pieces (text nodes), cut back
 * into those pieces: for each piece of the given lengths, its own runs. A
 * phrase is found in the whole text and marked in every piece it spans.
 */
export function splitSegments(parts: Segment[], lengths: number[]): Segment[][] {
  const out: Segment[][] = lengths.map(() => []);
  let piece = 0;
  let room = lengths[0] ?? 0;
  for (const part of parts) {
    let text = part.text;
    while (text) {
      while (room === 0 && piece < lengths.length - 1) room = lengths[++piece] ?? 0;
      const take = room > 0 ? text.slice(0, room) : text;
      out[piece]?.push({ text: take, mark: part.mark });
      text = text.slice(take.length);
      room -= Math.min(room, take.length);
    }
  }
  return out;
}

/** A window of about `max` characters around the first mark, with «…» where text was cut. */
export function excerpt(parts: Segment[], max = EXCERPT): Segment[] {
  const total = parts.reduce((n, p) => n + p.text.length, 0);
  if (total <= max) return parts;
  let offset = 0;
  for (const p of parts) {
    if (p.mark) break;
    offset += p.text.length;
  }
  const start = Math.max(0, Math.min(offset - Math.floor(max / 3), total - max));
  const end = start + max;
  const out: Segment[] = [];
  let pos = 0;
  for (const p of parts) {
    const [a, b] = [Math.max(start, pos), Math.min(end, pos + p.text.length)];
    if (a < b) out.push({ text: p.text.slice(a - pos, b - pos), mark: p.mark });
    pos += p.text.length;
  }
  const first = out[0];
  const last = out.at(-1);
  if (first && start > 0) first.text = `…${first.text.replace(/^\S*\s/, '')}`;
  if (last && end < total) last.text = `${last.text.replace(/\s\S*$/, '')}…`;
  return out;
}

/**
 * A text fragment for the first marked words of a paragraph, pinned by up to
 * three neighbouring words on each side (`prefix-,words,-suffix`). Browsers
 * scroll to the first match on the page and let it win over `#id`, so the
 * bare word would send a reader to its first use on the page, not to this paragraph.
 */
export function textFragment(text: string, parts: Segment[]): string {
  const i = parts.findIndex((p) => p.mark);
  const marked = parts[i];
  if (!marked) return '';
  const start = parts.slice(0, i).reduce((n, p) => n + p.text.length, 0);
  const before = text.slice(0, start).split(/\s+/).filter(Boolean).slice(-3).join(' ');
  const after = text
    .slice(start + marked.text.length)
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .join(' ');
  return textDirectiveOf({ prefix: before, start: marked.text, suffix: after });
}

/** Link to a result: the permanent address, plus `?h=` so the landing page marks the words, plus a text fragment. */
export function resultHref(
  r: ParagraphResult,
  q: Query,
  parts: Segment[] = marks(r.text, r.match.spans, EXCERPT),
): string {
  const [path, id] = r.address.split('#');
  return `${path}?h=${encodeURIComponent(q.text)}#${id}${textFragment(r.text, parts)}`;
}
