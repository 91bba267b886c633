/**
 * On a page opened from a search result (`?h=<query>#<id>`): marks the query
 * words in the target paragraph, folding case and ё/е like the index does.
 */
import { parseQuery } from '../lib/search.ts';
import { matches, WORD } from '../lib/stem.ts';

export function highlightTarget(): void {
  const q = parseQuery(new URLSearchParams(location.search).get('h') ?? '');
  const id = decodeURIComponent(location.hash.slice(1)).split(':~:')[0] ?? '';
  const target = id ? document.getElementById(id) : null;
  if (!target || q.terms.length === 0) return;
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('.pilcrow, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const text = node.data;
    const parts: (string | HTMLElement)[] = [];
    let at = 0;
    for (const m of text.matchAll(WORD)) {
      if (!q.terms.some((t) => matches(m[0], t))) continue;
      parts.push(text.slice(at, m.index));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = m[0];
      parts.push(mark);
      at = m.index + m[0].length;
    }
    if (parts.length === 0) continue;
    parts.push(text.slice(at));
    node.replaceWith(...parts);
  }
}
