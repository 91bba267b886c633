/** The selected words of a reading page, paragraph by paragraph, as the popover quotes and links them. */
import {
  englishParagraphPagePath,
  englishParagraphPath,
  paragraphPagePath,
  paragraphParts,
  paragraphPath,
} from '../../shared/addresses.ts';
import { isEnglish } from './words.ts';

/** A paragraph's page (where shared links land) and its place on a reading page, in the page's language. */
export const pagePath = (id: string): string =>
  isEnglish() ? englishParagraphPagePath(id) : paragraphPagePath(id);
export const placePath = (id: string): string =>
  isEnglish() ? englishParagraphPath(id) : paragraphPath(id);

/**
 * Paragraphs with tools: a record paragraph with its id (an English page's note that a paragraph
 * has no English is not one).
 */
export const PARAGRAPHS = '.record-text p[id]:not(.missing)';

/** Text as published, without the ¶ link and the tools. */
export function textOf(node: Node): string {
  const clone = node.cloneNode(true) as Element | DocumentFragment;
  for (const el of clone.querySelectorAll('.pilcrow, .p-tools')) el.remove();
  return clone.textContent ?? '';
}

/**
 * The paragraph numbers a paragraph renders, as its margin (or an English paragraph page's
 * `data-n`) shows them: «14», or «1–2» for English that renders two Russian paragraphs.
 */
export function numberOf(p: HTMLElement): string {
  return (
    p.dataset.n ??
    p.querySelector<HTMLElement>(':scope > .pilcrow')?.dataset.n ??
    String(paragraphParts(p.id).n)
  );
}

export interface Part {
  p: HTMLElement;
  words: string;
  /** Where the words start in the paragraph's text. */
  at: number;
}

/** In the page's own language: the other column of a side-by-side view is not quoted as this one. */
const ownLanguage = (p: Element) =>
  (p.closest('[lang]')?.getAttribute('lang') ?? '') === document.documentElement.lang;

/** The selected words paragraph by paragraph, within the speech (or lead) the selection starts in. */
export function selectionParts(range: Range): Part[] {
  const touched = [...document.querySelectorAll<HTMLElement>(PARAGRAPHS)].filter(
    (el) => ownLanguage(el) && range.intersectsNode(el),
  );
  const part = touched[0] && paragraphParts(touched[0].id).part;
  return touched
    .filter((p) => paragraphParts(p.id).part === part)
    .flatMap((p) => {
      const inP = range.cloneRange();
      if (!p.contains(inP.startContainer)) inP.setStart(p, 0);
      if (!p.contains(inP.endContainer)) inP.setEnd(p, p.childNodes.length);
      const words = textOf(inP.cloneContents());
      if (!words.trim()) return [];
      const before = document.createRange();
      before.setStart(p, 0);
      before.setEnd(inP.startContainer, inP.startOffset);
      return [{ p, words, at: textOf(before.cloneContents()).length }];
    });
}
