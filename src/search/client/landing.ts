/**
 * On a page opened from a search result (`?h=<query>#<id>`): marks the query
 * words in the target paragraph, every form of each, like the search does.
 */

import { loadStylesheet } from '../../shared/client/stylesheet.ts';
import marksCss from '../../styles/marks.css?url';
import { segments, splitSegments } from '../core/highlight.ts';
import { planSlowly } from '../core/plan.ts';
import { loadMorphology } from './engine.ts';
import { marked } from './render.ts';

export async function highlightTarget(): Promise<void> {
  const raw = new URLSearchParams(location.search).get('h') ?? '';
  const id = decodeURIComponent(location.hash.slice(1)).split(':~:')[0] ?? '';
  const target = id ? document.getElementById(id) : null;
  if (!target || !raw.trim()) return;
  const [morphology] = await Promise.all([loadMorphology(), loadStylesheet(marksCss)]);
  const p = await planSlowly(raw, morphology);
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('.pilcrow, mark')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  // The query is found in the paragraph's whole text (a phrase may run across its text nodes), then marked node by node.
  const whole = segments(nodes.map((n) => n.data).join(''), p.q, morphology, p.mean);
  splitSegments(
    whole,
    nodes.map((n) => n.data.length),
  ).forEach((parts, i) => {
    if (parts.some((part) => part.mark)) nodes[i]?.replaceWith(marked(parts, 'search-hit'));
  });
}
