/**
 * The text of a kremlin.ru paragraph as a reader sees it: inline markup read through, person
 * tooltips and images dropped, hard line breaks and runs of HTML whitespace made one space.
 * Every other character stays as published (curly quotes, NBSP, `th` out of `<sup>th</sup>`).
 */
import type { Element, ElementContent } from 'hast';
import { TranscriptError } from '../record/transcript-error.ts';

/** Inline elements whose text is the paragraph's text. */
const INLINE = new Set(['a', 'b', 'strong', 'i', 'em', 'sup', 'sub', 'span', 'u', 'small', 'q']);
/** Elements with no text to read: images, and `<wbr>`, a break opportunity only. */
const DROPPED = new Set(['img', 'picture', 'source', 'svg', 'wbr']);
/** HTML's own whitespace (not NBSP, which the page writes on purpose, e.g. «in the 14th»). */
const HTML_SPACE = /[ \t\n\f\r]+/g;

export function hasClass(node: Element, name: string): boolean {
  const list = node.properties.className;
  return Array.isArray(list) && list.includes(name);
}

export function lineOf(node: { position?: { start: { line: number } } | undefined }): number {
  return node.position?.start.line ?? 1;
}

/** Whitespace runs made one space, none at the ends: the whitespace normalisation, nothing more. */
export function normaliseSpace(text: string): string {
  return text.replace(HTML_SPACE, ' ').replace(/^ | $/g, '');
}

/** A tooltip kremlin.ru puts inside a person's link: their photo and their name again. */
function isTooltip(node: Element): boolean {
  return node.tagName === 'span' && hasClass(node, 'read__tooltip');
}

/** Raw text of inline content (normalise it with normaliseSpace); unknown markup is an error. */
export function inlineText(nodes: readonly ElementContent[], file: string): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.value;
    else if (node.type !== 'element') continue;
    else if (node.tagName === 'br') text += ' ';
    else if (DROPPED.has(node.tagName) || isTooltip(node)) continue;
    else if (INLINE.has(node.tagName)) text += inlineText(node.children, file);
    else
      throw new TranscriptError(
        file,
        lineOf(node),
        `unrecognised markup <${node.tagName}> inside a paragraph: the importer reads text, links, bold, italics, sup/sub and line breaks only`,
      );
  }
  return text;
}

/** Children that carry something: elements, and text other than whitespace. */
export function meaningful(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.filter(
    (n) => n.type === 'element' || (n.type === 'text' && normaliseSpace(n.value) !== ''),
  );
}
