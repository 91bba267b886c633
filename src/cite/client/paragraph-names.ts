/**
 * On `/`, where every speech has its paragraph 1, 2…, names each number link with its speech:
 * «Ссылка на абзац 14 выступления …», from the section's `data-of` (see Paragraph.astro: set here
 * to keep `/` within its first round trip).
 */

import { paragraphLinkName } from '../../record/speeches.ts';
import { paragraphParts } from '../../shared/addresses.ts';

export function nameParagraphLinks(): void {
  for (const link of document.querySelectorAll('[data-of] p[id] > .pilcrow:not([aria-label])')) {
    const of = link.closest<HTMLElement>('[data-of]')?.dataset.of ?? '';
    const { n } = paragraphParts(link.parentElement?.id ?? '');
    link.setAttribute('aria-label', paragraphLinkName(n, of));
  }
}
