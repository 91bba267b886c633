/**
 * The article body of a kremlin.ru page read as a list of blocks, each a `<p>` of one kind:
 * text, a paragraph opening with a bold speaker label, a heading (a paragraph all in italics),
 * the omission `<…>` or the separator `* * *`. Media and the page's tags and status are skipped;
 * any other element in the body is an error, so nothing is silently left out.
 */
import type { Element, ElementContent } from 'hast';
import { TranscriptError } from '../record/transcript-error.ts';
import { hasClass, inlineText, lineOf, meaningful, normaliseSpace } from './page-text.ts';

/** A paragraph's text with its line in the page and the translator's bracketed insertions. */
export interface PageParagraph {
  text: string;
  line: number;
  /** `[…]` spans the translator added («[“New approaches…”]»), kept in the text: [start, end). */
  insertions: { start: number; end: number }[];
}

export type Block =
  | { kind: 'text'; paragraph: PageParagraph }
  | { kind: 'labelled'; label: string; line: number; paragraph: PageParagraph | undefined }
  | { kind: 'heading'; paragraph: PageParagraph }
  | { kind: 'omission'; line: number }
  | { kind: 'separator'; line: number };

/** Blocks of the body that hold no text of the record: photos, video, tags, publication status. */
const SKIPPED = ['media', 'read__bottommeta', 'hidden-copy'];
const OMISSION = /^(?:<|\[|\()\s*(?:…|\.\.\.)\s*(?:>|\]|\))$/u;
const SEPARATOR = /^(?:\*\s*){3,}$|^⁂$/u;
const ITALIC = new Set(['i', 'em']);

export function paragraphOf(text: string, line: number): PageParagraph {
  const insertions = [...text.matchAll(/\[[^[\]]*\]/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  return { text, line, insertions };
}

/** `<b>Label</b>: text` or `<b>Label:</b> text` at a paragraph's start: the label and the rest. */
function splitLabel(
  nodes: ElementContent[],
  file: string,
): { label: string; rest: ElementContent[] } | undefined {
  const [first, ...after] = meaningful(nodes);
  if (first?.type !== 'element' || (first.tagName !== 'b' && first.tagName !== 'strong')) return;
  const bold = normaliseSpace(inlineText(first.children, file));
  const start = nodes.indexOf(first) + 1;
  if (bold.endsWith(':')) return { label: bold.slice(0, -1).trimEnd(), rest: nodes.slice(start) };
  const next = after[0];
  if (next?.type !== 'text' || !/^\s*:/.test(next.value)) return;
  const rest = nodes.slice(nodes.indexOf(next) + 1);
  return { label: bold, rest: [{ ...next, value: next.value.replace(/^\s*:/, '') }, ...rest] };
}

/** One `<p>` as a block, or none when it holds no text at all. */
function blockOf(p: Element, file: string): Block | undefined {
  const line = lineOf(p);
  const labelled = splitLabel(p.children, file);
  if (labelled) {
    const text = normaliseSpace(inlineText(labelled.rest, file));
    const paragraph = text === '' ? undefined : paragraphOf(text, line);
    return { kind: 'labelled', label: labelled.label, line, paragraph };
  }
  const text = normaliseSpace(inlineText(p.children, file));
  if (/^\s*$/u.test(text)) return undefined;
  if (OMISSION.test(text)) return { kind: 'omission', line };
  if (SEPARATOR.test(text)) return { kind: 'separator', line };
  const parts = meaningful(p.children);
  const italic = parts.every((n) => n.type === 'element' && ITALIC.has(n.tagName));
  return { kind: italic ? 'heading' : 'text', paragraph: paragraphOf(text, line) };
}

/** The body's blocks in order; anything but paragraphs and the known skipped blocks is an error. */
export function bodyBlocks(body: Element, file: string): Block[] {
  const blocks: Block[] = [];
  for (const node of meaningful(body.children)) {
    if (node.type === 'text') {
      const text = normaliseSpace(node.value).slice(0, 40);
      throw new TranscriptError(file, lineOf(node), `text outside a paragraph: «${text}»`);
    }
    if (node.type !== 'element') continue;
    if (SKIPPED.some((c) => hasClass(node, c)) || node.tagName === 'figure') continue;
    if (node.tagName !== 'p') {
      throw new TranscriptError(
        file,
        lineOf(node),
        `unrecognised block <${node.tagName}> in the article body: expected paragraphs (<p>)`,
      );
    }
    const block = blockOf(node, file);
    if (block) blocks.push(block);
  }
  return blocks;
}
