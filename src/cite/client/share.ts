/**
 * <share-tools>: on a reading page, the paragraph toolbar (copy the paragraph's link, cite it),
 * moved to the paragraph a reader points at, focuses or targets, so each paragraph keeps one Tab
 * stop (on a paragraph page, it stays on its one paragraph); and the popover for selected words,
 * in the top layer so it never joins a selection.
 * Everything that formats is loaded at the first use; the markup is fetched from src/pages/share-tools.astro.
 */
import { paragraphSpeech, parallelPath } from '../../shared/addresses.ts';
import { afterFirstPaint } from '../../shared/client/after-paint.ts';
import { loadStylesheet } from '../../shared/client/stylesheet.ts';
import shareCss from '../../styles/share.css?url';
import { copyFrom } from './copy.ts';
import { nameParagraphLinks } from './paragraph-names.ts';
import { place } from './place.ts';
import {
  numberOf,
  PARAGRAPHS,
  type Part,
  pagePath,
  placePath,
  selectionParts,
} from './selection.ts';
import { isEnglish, words as loadWords, type Words } from './words.ts';

/** Quotes and fragment links, loaded at the first selection's first use (src/cite/client/quote.ts). */
const quoting = () => import('./quote.ts');
/** The paragraph of a paragraph page (src/pages/p/[id]/index.astro). */
const PASSAGE = 'p[data-passage]';

class ShareTools extends HTMLElement {
  #parts: Part[] = [];

  connectedCallback(): void {
    nameParagraphLinks();
    // Once the text is on the screen: reading needs none of it, and nothing the tools fetch
    // (styles, markup, words) stands before it.
    afterFirstPaint(() => this.#load());
  }

  #load(): void {
    // The tools go in once their styles apply: unstyled, they would push the text about for a frame.
    const styled = loadStylesheet(shareCss);
    // Their markup is fetched too, not sent with every reading page (src/pages/share-tools.astro).
    const markup = fetch(this.dataset.src ?? '').then((r) =>
      r.ok ? r.text() : Promise.reject(new Error(`share tools: ${r.status}`)),
    );
    Promise.all([markup, loadWords(), styled]).then(
      ([html, w]) => {
        this.innerHTML = html;
        this.#start(w);
      },
      // Offline after the page came: no tools, and the page reads as it does without JavaScript.
      () => this.remove(),
    );
  }

  #start(w: Words): void {
    const tools =
      this.querySelector<HTMLTemplateElement>(
        'template[data-tools]',
      )?.content.firstElementChild?.cloneNode(true);
    if (tools instanceof HTMLElement) this.#paragraphTools(tools, w);
    const recordCite = this.querySelector<HTMLTemplateElement>(
      'template[data-record-cite]',
    )?.content.firstElementChild?.cloneNode(true);
    if (recordCite instanceof HTMLElement) {
      recordCite.addEventListener('click', () => void openCite(recordCite, {}));
      // At the end of /, in the source block: the button moves no text on screen.
      document.querySelector('.record-source')?.append(recordCite);
    }
    const pop = this.querySelector<HTMLElement>('.quote-popover');
    if (pop) this.#popover(pop, w);
    this.dataset.ready = '';
  }

  /**
   * One toolbar, in the paragraph being read: pointed at, focused by its ¶ link, or the target;
   * on a paragraph page, in its paragraph from the start.
   */
  #paragraphTools(tools: HTMLElement, w: Words): void {
    const [copyLink, cite, parallel] = ['.p-copy', '.p-cite', '.p-parallel'].map((s) =>
      tools.querySelector<HTMLElement>(s),
    );
    copyLink?.addEventListener('click', () => {
      const p = tools.parentElement;
      const id = p?.id ?? '';
      // A paragraph page passes on its own address (its card shows the paragraph); a reading page, the paragraph's place.
      const path = p?.matches(PASSAGE) ? pagePath(id) : placePath(id);
      // Where the reader is: the page's own origin (the path carries the site's base).
      const link = Promise.resolve({ text: new URL(path, location.origin).href });
      void copyFrom(copyLink, link, () => w.linkCopied(p ? numberOf(p) : ''));
    });
    cite?.addEventListener('click', () => {
      const p = tools.parentElement;
      const through = p && Number(numberOf(p).split('–')[1]);
      void openCite(cite, { id: p?.id, through: through || undefined });
    });
    const moveTo = (p: Element | null | undefined) => {
      if (
        !(p instanceof HTMLElement) ||
        !p.matches(PARAGRAPHS) ||
        tools.contains(document.activeElement)
      )
        return;
      const n = numberOf(p);
      copyLink?.setAttribute('aria-label', w.copyLink(n));
      cite?.setAttribute('aria-label', w.cite(n));
      if (parallel instanceof HTMLAnchorElement) showParallel(parallel, p.id, w.parallel(n));
      // Tab stops only on the target paragraph (Enter on its number makes it so), or a paragraph page's one: reading by Tab meets one stop per paragraph.
      for (const b of [copyLink, cite, parallel])
        if (b) b.tabIndex = p.matches(`:target, ${PASSAGE}`) ? 0 : -1;
      if (tools.parentElement !== p) p.append(tools);
    };
    // The paragraph whose number link `el` is.
    const numbered = (el: Element | null) => el?.closest('.pilcrow')?.parentElement;
    document.addEventListener('focusin', (e) => moveTo(numbered(e.target as Element)));
    document.addEventListener('pointerover', (e) => {
      if (e.pointerType === 'mouse') moveTo((e.target as Element).closest?.(PARAGRAPHS));
    });
    const target = () => document.querySelector<HTMLElement>(`${PARAGRAPHS}:target`);
    addEventListener('hashchange', () => {
      const p = target();
      moveTo(p);
      // Following the number's link leaves focus on the page: keep it on the number, so Tab goes on into the tools.
      if (p && document.activeElement === document.body)
        p.querySelector<HTMLElement>('.pilcrow')?.focus({ preventScroll: true });
    });
    // A target, a number focused by Tab before the tools came (they arrive after the page), or a paragraph page's paragraph.
    moveTo(target() ?? numbered(document.activeElement) ?? document.querySelector(PASSAGE));
  }

  // (long: the popover's three buttons and the selection they act on, wired together in one place)
  #popover(pop: HTMLElement, w: Words): void {
    const [quoteButton, linkButton, shareButton] = [
      '.quote-copy',
      '.quote-link',
      '.quote-share',
    ].map((s) => pop.querySelector<HTMLElement>(s));
    quoteButton?.addEventListener('click', () => {
      const q = quoting().then((m) => m.quote(this.#parts));
      void copyFrom(quoteButton, q, (c) => w.quoteCopied((c as Awaited<typeof q>).what), true);
    });
    linkButton?.addEventListener('click', () => {
      const [first, ...more] = this.#parts;
      if (!first) return;
      const link = quoting().then(async (m) => ({ text: await m.wordsLink(first) }));
      const n = numberOf(first.p);
      void copyFrom(linkButton, link, () =>
        more.length ? w.fragmentFromStart(n) : w.fragmentCopied,
      );
    });
    // Where the system share sheet exists (phones): the words and who said them, and one address.
    if (shareButton && 'share' in navigator) {
      shareButton.hidden = false;
      shareButton.addEventListener('click', async () => {
        const q = await (await quoting()).quote(this.#parts);
        await navigator.share({ text: q.plain, url: q.url }).catch(() => {});
      });
    }
    let timer = 0;
    const hide = () => {
      if (pop.matches(':popover-open')) pop.hidePopover();
    };
    const follow = () => {
      const sel = document.getSelection();
      const range = sel?.rangeCount && !sel.isCollapsed ? sel.getRangeAt(0) : undefined;
      const parts = range ? selectionParts(range) : [];
      if (!range || parts.length === 0) {
        if (!pop.contains(document.activeElement)) hide();
        return;
      }
      this.#parts = parts;
      if (!pop.matches(':popover-open')) pop.showPopover();
      place(pop, range.getBoundingClientRect());
    };
    document.addEventListener('selectionchange', () => {
      clearTimeout(timer);
      timer = window.setTimeout(follow, 150);
    });
    // Words selected before the tools came (their markup and styles arrive after the page) get the
    // popover too: after the next frame, when the tools' styles are laid out, not in a layout of its own.
    requestAnimationFrame(() => setTimeout(follow));
    // The popover is fixed in the viewport: it follows the words when the page scrolls.
    addEventListener(
      'scroll',
      () => {
        const sel = document.getSelection();
        if (pop.matches(':popover-open') && sel?.rangeCount)
          place(pop, sel.getRangeAt(0).getBoundingClientRect());
      },
      { passive: true },
    );
    document.addEventListener('keydown', (e) => {
      if (!pop.matches(':popover-open')) return;
      if (e.key === 'Escape') {
        const p = this.#parts[0]?.p;
        hide();
        if (pop.contains(document.activeElement) || document.activeElement === document.body)
          p?.querySelector<HTMLElement>('.pilcrow')?.focus();
      } else if (e.key === 'Tab' && !e.shiftKey && !pop.contains(document.activeElement)) {
        // From a selection (made with the caret by keyboard, or with the mouse), Tab goes to the popover first.
        e.preventDefault();
        pop.querySelector('button')?.focus();
      }
    });
  }
}

/**
 * The link to the side-by-side view, landing on the paragraph: for a speech's paragraph where the
 * record has a translation (the tools' markup has the link then), not on that view itself.
 */
function showParallel(a: HTMLAnchorElement, id: string, name: string): void {
  const slug = paragraphSpeech(id);
  a.hidden = !slug || document.querySelector('.parallel') !== null;
  if (!slug) return;
  a.href = `${parallelPath(slug, isEnglish() ? 'en' : 'ru')}#${id}`;
  a.setAttribute('aria-label', name);
}

/** The cite dialog for a paragraph (offering its speech and the record too), or for the record. */
async function openCite(
  opener: HTMLElement,
  scope: { id?: string | undefined; through?: number | undefined },
): Promise<void> {
  const { openCiteDialog } = await import('./cite-dialog.ts');
  const slug = scope.id && paragraphSpeech(scope.id);
  const scopes = [...(scope.id ? [scope] : []), ...(slug ? [{ speech: slug }] : []), {}];
  openCiteDialog(scopes, opener);
}

customElements.define('share-tools', ShareTools);
