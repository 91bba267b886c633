/**
 * On a page opened from a search result (`?h=<query>#<id>`): marks the query
 * words in the target paragraph, folding case and ё/е like the index does.
 */
import { parseQuery, segments } from '../lib/search.ts';
import { marked } from './render.ts';

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
  // Every query word is marked, also for a phrase: the phrase may run across the paragraph's text nodes.
  const words = { ...q, phrase: false };
  for (const node of nodes) {
    const parts = segments(node.data, words);
    if (!parts.some((p) => p.mark)) continue;
    node.replaceWith(marked(parts, 'search-hit'));
  }
}
