/**
 * Search results and notes filled into the page's templates, with text nodes
 * only: no query text ever becomes markup.
 */
import { EXCERPT, excerpt, marks, resultHref, type Segment } from '../core/highlight.ts';
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
    lacking.textContent = `Здесь нет: ${r.lacking.map((t) => `«${t}»`).join(', ')}`;
  }
  return item;
}

/** A list of words as links that search for the query with that word instead. */
function wordLinks(p: Plan, word: string, words: string[], speaker: string): (Node | string)[] {
  return words.flatMap((w, i) => {
    const a = document.createElement('a');
    const params = new URLSearchParams({ q: replaceWord(p.q, word, w) });
    if (speaker) params.set('speaker', speaker);
    a.href = `/search/?${params}`;
    a.textContent = w;
    return i === 0 ? [a] : [', ', a];
  });
}

/** What the plan says about the query: a layout converted, words not in the record with spellings near them or words that begin so. */
export function absentNotes(
  template: HTMLTemplateElement,
  p: Plan,
  speaker: string,
): HTMLElement[] {
  const notes: HTMLElement[] = [];
  if (p.typed) {
    const note = clone<HTMLElement>(template);
    note.textContent = `«${p.typed}» — это набрано в английской раскладке. Ищем «${p.q.text}».`;
    notes.push(note);
  }
  for (const a of p.absent) {
    const note = clone<HTMLElement>(template);
    note.append(
      a.latin
        ? `Запись — на русском языке, слова «${a.typed}» в ней нет.`
        : `Слова «${a.typed}» в записи нет.`,
    );
    if (a.suggestions.length)
      note.append(
        ' Возможно, вы имели в виду: ',
        ...wordLinks(p, a.word, a.suggestions, speaker),
        '.',
      );
    if (a.prefixed.length)
      note.append(
        ' Так начинаются: ',
        ...wordLinks(p, a.word, a.prefixed, speaker),
        a.prefixed.length >= 8 ? '…' : '.',
      );
    notes.push(note);
  }
  return notes;
}
