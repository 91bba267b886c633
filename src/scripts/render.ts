/** DOM for search results, built with text nodes only: no query text ever becomes markup. */
import { excerpt, type ParagraphResult, type Query, resultHref, type Segment, segments } from '../lib/search.ts';

/** Text runs as text nodes and `<mark>`s: no query text ever becomes markup. */
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

export function markedText(text: string, q: Query, max?: number): DocumentFragment {
  return marked(excerpt(segments(text, q), max));
}

/** «Владимир Путин · Выступление Владимира Путина», or the page title for the lead and documents. */
export function resultSource(r: ParagraphResult): string {
  return r.speaker ? `${r.speaker} · ${r.title}` : r.title;
}

export function resultItem(r: ParagraphResult, q: Query): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  const source = document.createElement('p');
  source.className = 'result-source';
  source.textContent = resultSource(r);
  const link = document.createElement('a');
  link.href = resultHref(r, q);
  link.className = 'result-link';
  link.append(markedText(r.text, q));
  const address = document.createElement('p');
  address.className = 'result-address';
  address.textContent = r.address;
  li.append(source, link, address);
  if (r.lacking.length) {
    const note = document.createElement('p');
    note.className = 'result-lacking';
    note.textContent = `Здесь нет: ${r.lacking.map((t) => `«${t}»`).join(', ')}`;
    li.append(note);
  }
  return li;
}
