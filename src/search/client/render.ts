/**
 * Search results and notes filled into the page's templates, with text nodes
 * only: no query text ever becomes markup.
 */
import { EXCERPT, excerpt, marks, resultHref, type Segment } from '../core/highlight.ts';
import { RU_VOICE, type Voice } from '../core/messages.ts';
import type { Plan } from '../core/plan.ts';
import { type Query, replaceWord } from '../core/query.ts';
import type { ParagraphResult } from '../core/results.ts';

/** Text runs as text nodes and `<mark>`s. */
export function marked(parts: Segment[], className?: string): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const part of parts) {
    if (part.mark) {
      const mark = document.createElement('mark');
      if (className) mark.className = className;
      mark.textContent = part.text;
      out.append(mark);
    } else out.append(part.text);
  }
  return out;
}

/** The first element of a template, cloned. */
export function clone<T extends Element>(template: HTMLTemplateElement): T {
  return template.content.firstElementChild?.cloneNode(true) as T;
}

export function fillResult(
  template: HTMLTemplateElement,
  r: ParagraphResult,
  q: Query,
  source: string,
  max?: number,
  voice: Voice = RU_VOICE,
): HTMLElement {
  const item = clone<HTMLElement>(template);
  const sourceEl = item.querySelector('.result-source, .suggestion-source');
  if (sourceEl) sourceEl.textContent = source;
  const text = item.querySelector('.result-excerpt, .suggestion-text');
  const parts = marks(r.text, r.match.spans, max ?? EXCERPT);
  text?.replaceChildren(marked(excerpt(parts, max)));
  const href = resultHref(r, q, parts);
  const link = item.querySelector<HTMLAnchorElement>('a.result-link');
  if (link && sourceEl && text) {
    // Named by who and where, described by the words: a list of links tells results apart.
    link.href = href;
    sourceEl.id = `result-${r.id}`;
    text.id = `result-${r.id}-words`;
    link.setAttribute('aria-labelledby', sourceEl.id);
    link.setAttribute('aria-describedby', text.id);
  } else item.dataset.href = href;
  const lacking = item.querySelector<HTMLElement>('.result-lacking');
  if (lacking && r.lacking.length) {
    lacking.hidden = false;
    lacking.textContent = voice.lacking(r.lacking);
  }
  return item;
}

/** A list of words as links that search for the query with that word instead. */
function wordLinks(p: Plan, word: string, words: string[], speaker: string): (Node | string)[] {
  return words.flatMap((w, i) => {
    const a = document.createElement('a');
    const params = new URLSearchParams({ q: replaceWord(p.q, word, w) });
    if (speaker) params.set('speaker', speaker);
    // The search page's own address: this language's search, under the site's base.
    a.href = `${location.pathname}?${params}`;
    a.textContent = w;
    return i === 0 ? [a] : [', ', a];
  });
}

/** What the plan says about the query: a layout converted, words not in the record with spellings near them or words that begin so. */
export function absentNotes(
  template: HTMLTemplateElement,
  p: Plan,
  speaker: string,
  voice: Voice = RU_VOICE,
): HTMLElement[] {
  const notes: HTMLElement[] = [];
  if (p.typed) {
    const note = clone<HTMLElement>(template);
    note.textContent = voice.layout(p.typed, p.q.text);
    notes.push(note);
  }
  for (const a of p.absent) {
    const note = clone<HTMLElement>(template);
    note.append(voice.absent(a));
    if (a.suggestions.length)
      note.append(voice.meant, ...wordLinks(p, a.word, a.suggestions, speaker), '.');
    if (a.prefixed.length)
      note.append(
        voice.begun,
        ...wordLinks(p, a.word, a.prefixed, speaker),
        a.prefixed.length >= 8 ? '…' : '.',
      );
    notes.push(note);
  }
  return notes;
}

/**
 * The offer to search the record's other language (the page's template, where it has one): its
 * link asks that language's search for the query.
 */
export function otherNote(template: HTMLTemplateElement, text: string, voice: Voice): HTMLElement {
  const note = clone<HTMLElement>(template);
  const link = note.querySelector('a');
  if (link) {
    // A clone from a template's inert document: its `href` is not resolved against the page.
    const url = new URL(link.getAttribute('href') ?? '', location.href);
    url.search = `?${new URLSearchParams({ q: text })}`;
    link.href = url.href;
    link.textContent = voice.other(text);
  }
  return note;
}
