/**
 * Turning Pagefind's page results into paragraph results: which paragraphs
 * really contain the query, in what order, and which words to mark.
 * Pure: the browser code feeds it Pagefind's data; the tests feed it fixtures.
 */
import { textDirectiveOf } from './fragment.ts';
import { fold, matches, sameWord, WORD, words } from './stem.ts';

/** Longest query we pass on; anything past it is ignored (a 2,000-character paste stays responsive). */
export const MAX_QUERY = 200;

export interface Query {
  /** The query as typed, trimmed and cut to MAX_QUERY. */
  text: string;
  /** Its words, without quotes and punctuation. */
  terms: string[];
  /** The whole query was in quotes: match the words as one phrase. */
  phrase: boolean;
}

const QUOTED = /^\s*["«„“”](.*)["»“”]\s*$/su;

export function parseQuery(raw: string): Query {
  const text = raw
    // Control characters and invisible format marks (RTL/LTR marks, zero-width joiners) are not words.
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .trim()
    .slice(0, MAX_QUERY);
  const quoted = QUOTED.exec(text);
  const terms = words(quoted ? (quoted[1] ?? '') : text);
  return { text, terms, phrase: Boolean(quoted) && terms.length > 1 };
}

/**
 * What Pagefind is asked: the words, also for a phrase. Pagefind's own phrase
 * syntax counts a dash between words as a word («Казахстан – стратегические»
 * would never match), so it finds the pages with all the words and
 * `foundTerms` keeps the paragraphs where they stand together.
 */
export function pagefindQuery(q: Query): string {
  return q.terms.join(' ');
}

/** A paragraph anchor as Pagefind reports it. */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** The part of Pagefind's result data this module reads. */
export interface PageData {
  url: string;
  /** The page's indexed text; Pagefind's word locations count its whitespace-separated words. */
  content: string;
  meta: Record<string, string | undefined>;
  anchors: Anchor[];
}

/** Result units: record paragraphs (`p#lead-1`) and document cards (`li#joint-statement`), with their text. */
export function units(data: PageData): { id: string; text: string }[] {
  const tokens = data.content.split(/\s+/);
  const anchors = data.anchors.filter((a) => (a.element === 'p' && /-\d+$/.test(a.id)) || a.element === 'li').sort((a, b) => a.location - b.location);
  return anchors.map((a, i) => ({
    id: a.id,
    // Pagefind's anchor text keeps the ¶ link (and its screen-reader label) that the index itself ignores.
    text: (a.text.trim() || tokens.slice(a.location, anchors[i + 1]?.location ?? tokens.length).join(' ')).replace(/\s*¶[^¶]*$/, ''),
  }));
}

export interface ParagraphResult {
  id: string;
  /** The paragraph's permanent address: `/speeches/<slug>/#<id>` or `/#lead-n`. */
  address: string;
  text: string;
  title: string;
  speaker: string;
  /** How many distinct query words the paragraph contains. */
  found: number;
  all: boolean;
  /** The query words it lacks (a partial result is listed after the paragraphs that have them all). */
  lacking: string[];
  /** Pagefind's score of the page, and the page's rank among Pagefind's results. */
  score: number;
  pageRank: number;
  /** Position of the paragraph on its page. */
  order: number;
}

/** Which query words a text contains (for a phrase: all of them, in sequence, or none). */
export function foundTerms(text: string, q: Query): string[] {
  const tw = words(text);
  if (q.phrase) return phraseSpan(tw, q.terms) ? q.terms : [];
  return q.terms.filter((t) => tw.some((w) => matches(w, t)));
}

/**
 * The first and last text word of the first place where the phrase stands:
 * its words one after another, each in any form (same stem, case and ё
 * folded), punctuation between them ignored, a hyphen read as a space
 * («"скоростная магистраль"» is in «скоростной магистрали», «"онлайн курсов"» in «онлайн-курсов»).
 */
function phraseSpan(tw: string[], terms: string[]): [number, number] | undefined {
  const parts = tw.flatMap((w, i) => w.split('-').map((part) => [part, i] as const));
  const p = terms.flatMap((t) => t.split('-'));
  for (let i = 0; i + p.length <= parts.length; i++) {
    if (p.every((w, j) => sameWord(parts[i + j]?.[0] ?? '', w))) return [parts[i]?.[1] ?? 0, parts[i + p.length - 1]?.[1] ?? 0];
  }
  return undefined;
}

export function paragraphResults(pages: { data: PageData; score: number }[], q: Query): ParagraphResult[] {
  if (q.terms.length === 0) return [];
  const results: ParagraphResult[] = [];
  pages.forEach(({ data, score }, pageRank) => {
    units(data).forEach((a, order) => {
      const found = new Set(foundTerms(a.text, q).map(fold));
      if (found.size === 0) return;
      const lacking = [...new Set(q.terms.filter((t) => !found.has(fold(t))))];
      const base = data.url.split('#')[0] ?? '/';
      results.push({
        id: a.id,
        address: `${base}#${a.id}`,
        text: a.text,
        title: data.meta.title ?? '',
        speaker: data.meta.speaker ?? '',
        found: found.size,
        all: lacking.length === 0,
        lacking,
        score,
        pageRank,
        order,
      });
    });
  });
  return results.sort((a, b) => Number(b.all) - Number(a.all) || b.score - a.score || a.pageRank - b.pageRank || b.found - a.found || a.order - b.order);
}

/** Query words that no result contains (a phrase is one unit: nothing to list). */
export function missingTerms(results: ParagraphResult[], q: Query): string[] {
  if (q.phrase || results.length === 0) return [];
  return q.terms.filter((t) => !results.some((r) => foundTerms(r.text, { ...q, terms: [t] }).length > 0));
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** The text cut into plain and marked runs: the words (or the phrase) the query found. */
export function segments(text: string, q: Query): Segment[] {
  const spans: [number, number][] = [];
  const all = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length, m[0]] as const);
  if (q.phrase) {
    const span = phraseSpan(
      all.map((w) => w[2]),
      q.terms,
    );
    const first = span && all[span[0]];
    const last = span && all[span[1]];
    if (first && last) spans.push([first[0], last[1]]);
  } else {
    for (const [start, end, word] of all) if (q.terms.some((t) => matches(word, t))) spans.push([start, end]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** A window of about `max` characters around the first mark, with «…» where text was cut. */
export function excerpt(parts: Segment[], max = 260): Segment[] {
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
export function textFragment(text: string, q: Query): string {
  const parts = segments(text, q);
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
export function resultHref(r: ParagraphResult, q: Query): string {
  const [path, id] = r.address.split('#');
  return `${path}?h=${encodeURIComponent(q.text)}#${id}${textFragment(r.text, q)}`;
}
