/**
 * Links that open on selected words: a text directive built as browsers match it.
 * Pure, so the same code serves the browser, the built-site property test and the unit tests.
 */
import { textDirectiveOf } from './fragment.ts';

/** Whitespace runs (NBSP included) as one space, as text fragments match them. */
const norm = (s: string) => s.replace(/\s+/g, ' ');
const lower = (s: string) => s.toLocaleLowerCase('ru');
const WORD = /[\p{L}\p{N}]/u;
const isWord = (s: string, i: number) => WORD.test(s.charAt(i));
/** Up to `n` whole words at the end (or start) of a string, and whether a space separates them from the selection. */
const tail = (s: string, n: number) =>
  norm(s).trimStart().split(' ').filter(Boolean).slice(-n).join(' ') + (/\s$/.test(s) ? ' ' : '');
const head = (s: string, n: number) =>
  (/^\s/.test(s) ? ' ' : '') + norm(s).trim().split(' ').filter(Boolean).slice(0, n).join(' ');

/**
 * A text fragment for the `selection` found at offset `at` of `paragraph`:
 * `:~:text=[prefix-,]start[,end][,-suffix]`. Browsers search the whole page
 * (`earlier` is the page's text before the paragraph), whole words,
 * case-insensitively, and take the first match; a matching directive wins
 * over the `#id`. So: a selection that cuts a word is widened to whole words;
 * a long one is given by its first and last words; where an earlier match
 * would win, up to six words before and after it in the paragraph (prefix,
 * suffix) pin it down; and when nothing does, there is no directive, so the
 * link still lands on the paragraph. Without `at`, the first occurrence.
 */
export function textDirective(
  paragraph: string,
  selection: string,
  at?: number,
  earlier = '',
): string {
  let from = at ?? paragraph.indexOf(selection);
  if (from < 0) return '';
  let to = Math.min(paragraph.length, from + selection.length);
  while (from < to && /\s/.test(paragraph.charAt(from))) from++;
  while (to > from && /\s/.test(paragraph.charAt(to - 1))) to--;
  if (from === to) return '';
  while (from > 0 && isWord(paragraph, from - 1) && isWord(paragraph, from)) from--;
  while (to < paragraph.length && isWord(paragraph, to) && isWord(paragraph, to - 1)) to++;

  // Blocks are searched one by one: a NUL between the page's earlier text and the paragraph keeps matches from spanning them.
  const page = `${norm(earlier)}\u0000`;
  const text = lower(page + norm(paragraph));
  const before = paragraph.slice(0, from);
  const after = paragraph.slice(to);
  const pos = page.length + norm(before).length;
  const sel = norm(paragraph.slice(from, to));
  const words = sel.split(' ');
  /** The terms: the first and last four words of a long selection (if the last four do not recur inside it), else the selection. */
  const ranges: [string, string][] = [[sel, '']];
  if (words.length > 8) {
    const first = words.slice(0, 4).join(' ');
    const last = words.slice(-4).join(' ');
    if (lower(sel).indexOf(lower(last), first.length + 1) === sel.length - last.length)
      ranges.unshift([first, last]);
  }
  const maxContext = Math.max(norm(before).split(' ').length, norm(after).split(' ').length, 1);
  for (const [start, end] of ranges) {
    for (let n = 0; n <= Math.min(6, maxContext); n++) {
      const pre = n ? tail(before, n) : '';
      // A range is found by its start; a single term can also be told apart by its suffix.
      const suf = n && !end ? head(after, n) : '';
      if (text.indexOf(lower(pre + start + suf)) !== pos - pre.length) continue;
      return textDirectiveOf({
        prefix: pre.trim(),
        start,
        end,
        suffix: n ? head(after, n).trim() : '',
      });
    }
  }
  // No context short enough tells it apart: no directive, and the link lands on the paragraph.
  return '';
}

/**
 * A link to `url` (a page that shows the paragraph) that opens on the selected words:
 * `earlier` must be all the text that page shows before the paragraph, in document order,
 * since the browser takes the first match on the whole page.
 */
export function fragmentLink(
  url: string,
  paragraph: string,
  selection: string,
  at?: number,
  earlier = '',
): string {
  const directive = textDirective(paragraph, selection, at, earlier);
  return directive ? `${url}${url.includes('#') ? '' : '#'}${directive}` : url;
}

const UNSEARCHED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE']);

/**
 * The text a browser searches before `target` on its page, in document order: every text node
 * of `root` outside scripts, templates and hidden elements, one space between nodes. It may hold a
 * little more than the browser searches (a visually hidden label, a match across two blocks), which
 * only makes a directive more specific, never wrong.
 */
export function textBefore(root: Node, target: Node | null): string {
  const out: string[] = [];
  const walk = (node: Node): boolean => {
    if (node === target) return true;
    if (node.nodeType === 3) out.push(node.textContent ?? '');
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (
        UNSEARCHED.has(el.tagName.toUpperCase()) ||
        el.hasAttribute('hidden') ||
        el.hasAttribute('popover')
      )
        return false;
    }
    for (const child of Array.from(node.childNodes)) if (walk(child)) return true;
    return false;
  };
  walk(root);
  return out.join(' ');
}
