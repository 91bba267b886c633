/**
 * <share-tools>: on a reading page, the paragraph toolbar (copy the paragraph's link, cite it),
 * moved to the paragraph a reader points at, focuses or targets, so each paragraph keeps one Tab
 * stop (on a paragraph page, it stays on its one paragraph); and the popover for selected words,
 * in the top layer so it never joins a selection.
 * Everything that formats is loaded at the first use; the markup is fetched from src/pages/share-tools.astro.
 */
import { paragraphPagePath, paragraphParts, paragraphSpeech } from '../../shared/addresses.ts';
import { loadStylesheet } from '../../shared/client/stylesheet.ts';
import shareCss from '../../styles/share.css?url';
import { type Copied, copyFrom } from './copy.ts';
import { nameParagraphLinks } from './paragraph-names.ts';
import { place } from './place.ts';
import { citeInput, shareData } from './share-data.ts';

const lib = () =>
  Promise.all([import('../fragment-link.ts'), import('../quotes.ts'), import('../links.ts')]);
const PARAGRAPHS = '.record-text p[id]';
/** The paragraph of a paragraph page (src/pages/p/[id]/index.astro). */
const PASSAGE = 'p[data-passage]';

/** Text as published, without the ¶ link and the tools. */
function textOf(node: Node): string {
  const clone = node.cloneNode(true) as Element | DocumentFragment;
  for (const el of clone.querySelectorAll('.pilcrow, .p-tools')) el.remove();
  return clone.textContent ?? '';
}

interface Part {
  p: HTMLElement;
  words: string;
  /** Where the words start in the paragraph's text. */
  at: number;
}

/** The selected words paragraph by paragraph, within the speech (or lead) the selection starts in. */
function selectionParts(range: Range): Part[] {
  const touched = [...document.querySelectorAll<HTMLElement>(PARAGRAPHS)].filter((el) =>
    range.intersectsNode(el),
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

const pages = new Map<string, Promise<string>>();
/** The text the paragraph page shows before the paragraph: a text directive is matched there. */
function textBeforeOnSharePage(id: string): Promise<string> {
  let text = pages.get(id);
  if (!text) {
    text = Promise.all([fetch(paragraphPagePath(id)).then((r) => r.text()), lib()]).then(
      ([html, [{ textBefore }]]) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const target = doc.querySelector(`[data-passage="${CSS.escape(id)}"]`);
        if (!target) throw new Error(`no paragraph ${id} on its paragraph page`);
        return textBefore(doc.body, target);
      },
    );
    pages.set(id, text);
  }
  return text;
}

/** The one link for words of a paragraph: its paragraph page (whose card shows the words), opening on them. */
async function wordsLink({ p, words, at }: Part): Promise<string> {
  const [{ site }, earlier, [{ fragmentLink }, , { sharePageLink }]] = await Promise.all([
    shareData(),
    textBeforeOnSharePage(p.id),
    lib(),
  ]);
  return fragmentLink(sharePageLink(site, p.id), textOf(p), words, at, earlier);
}

async function quote(
  parts: Part[],
): Promise<Copied & { url: string; plain: string; what: string }> {
  const [first] = parts;
  if (!first) throw new Error('nothing selected');
  const [input, url, [, { quoteText, quoteHtml, quoteWords }]] = await Promise.all([
    citeInput({ id: first.p.id }),
    wordsLink(first),
    lib(),
  ]);
  const ns = parts.map((part) => paragraphParts(part.p.id).n) as [number, ...number[]];
  const q = { ...input, paragraphs: [ns[0], ns.at(-1) ?? ns[0]] as [number, number], url };
  const words = parts.map((part) => part.words).join(' ');
  const what = ns.length > 1 ? `абзацы ${ns[0]}–${ns.at(-1)}` : `абзац ${ns[0]}`;
  return {
    text: quoteText(words, q),
    html: quoteHtml(words, q),
    url,
    plain: quoteWords(words, q),
    what,
  };
}

class ShareTools extends HTMLElement {
  #parts: Part[] = [];

  connectedCallback(): void {
    nameParagraphLinks();
    // The tools go in once their styles apply: unstyled, they would push the text about for a frame.
    const styled = loadStylesheet(shareCss);
    // Their markup is fetched too, not sent with every reading page (src/pages/share-tools.astro).
    const markup = fetch(this.dataset.src ?? '').then((r) =>
      r.ok ? r.text() : Promise.reject(new Error(`share tools: ${r.status}`)),
    );
    Promise.all([markup, styled]).then(
      ([html]) => {
        this.innerHTML = html;
        this.#start();
      },
      // Offline after the page came: no tools, and the page reads as it does without JavaScript.
      () => this.remove(),
    );
  }

  #start(): void {
    const tools =
      this.querySelector<HTMLTemplateElement>(
        'template[data-tools]',
      )?.content.firstElementChild?.cloneNode(true);
    if (tools instanceof HTMLElement) this.#paragraphTools(tools);
    const recordCite = this.querySelector<HTMLTemplateElement>(
      'template[data-record-cite]',
    )?.content.firstElementChild?.cloneNode(true);
    if (recordCite instanceof HTMLElement) {
      recordCite.addEventListener('click', () => void openCite(recordCite, {}));
      // At the end of /, in the source block: the button moves no text on screen.
      document.querySelector('.record-source')?.append(recordCite);
    }
    const pop = this.querySelector<HTMLElement>('.quote-popover');
    if (pop) this.#popover(pop);
    this.dataset.ready = '';
  }

  /**
   * One toolbar, in the paragraph being read: pointed at, focused by its ¶ link, or the target;
   * on a paragraph page, in its paragraph from the start.
   */
  #paragraphTools(tools: HTMLElement): void {
    const [copyLink, cite] = [
      tools.querySelector<HTMLElement>('.p-copy'),
      tools.querySelector<HTMLElement>('.p-cite'),
    ];
    copyLink?.addEventListener('click', () => {
      const p = tools.parentElement;
      const id = p?.id ?? '';
      // A paragraph page passes on its own address (its card shows the paragraph); a reading page, the paragraph's place.
      const link = Promise.all([shareData(), lib()]).then(([{ site }, [, , links]]) => ({
        text: p?.matches(PASSAGE) ? links.sharePageLink(site, id) : links.permalink(site, id),
      }));
      void copyFrom(copyLink, link, () => `Ссылка на абзац ${paragraphParts(id).n} скопирована`);
    });
    cite?.addEventListener('click', () => void openCite(cite, { id: tools.parentElement?.id }));
    const moveTo = (p: Element | null | undefined) => {
      if (
        !(p instanceof HTMLElement) ||
        !p.matches(PARAGRAPHS) ||
        tools.contains(document.activeElement)
      )
        return;
      const n = paragraphParts(p.id).n;
      copyLink?.setAttribute('aria-label', `Скопировать ссылку на абзац ${n}`);
      cite?.setAttribute('aria-label', `Цитировать абзац ${n}`);
      // Tab stops only on the target paragraph (Enter on its number makes it so), or a paragraph page's one: reading by Tab meets one stop per paragraph.
      for (const b of [copyLink, cite])
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
  #popover(pop: HTMLElement): void {
    const [quoteButton, linkButton, shareButton] = [
      '.quote-copy',
      '.quote-link',
      '.quote-share',
    ].map((s) => pop.querySelector<HTMLElement>(s));
    quoteButton?.addEventListener('click', () => {
      const q = quote(this.#parts);
      void copyFrom(
        quoteButton,
        q,
        (c) => `Цитата скопирована: ${(c as Awaited<typeof q>).what}`,
        true,
      );
    });
    linkButton?.addEventListener('click', () => {
      const [first, ...more] = this.#parts;
      if (!first) return;
      const link = wordsLink(first).then((text) => ({ text }));
      const n = paragraphParts(first.p.id).n;
      void copyFrom(linkButton, link, () =>
        more.length
          ? `Ссылка на начало выделения в абзаце ${n} скопирована`
          : 'Ссылка на фрагмент скопирована',
      );
    });
    // Where the system share sheet exists (phones): the words and who said them, and one address.
    if (shareButton && 'share' in navigator) {
      shareButton.hidden = false;
      shareButton.addEventListener('click', async () => {
        const q = await quote(this.#parts);
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
    // Words selected before the tools came (their markup and styles arrive after the page) get the popover too.
    follow();
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

/** The cite dialog for a paragraph (offering its speech and the record too), or for the record. */
async function openCite(opener: HTMLElement, scope: { id?: string | undefined }): Promise<void> {
  const { openCiteDialog } = await import('./cite-dialog.ts');
  const slug = scope.id && paragraphSpeech(scope.id);
  const scopes = [...(scope.id ? [{ id: scope.id }] : []), ...(slug ? [{ speech: slug }] : []), {}];
  openCiteDialog(scopes, opener);
}

customElements.define('share-tools', ShareTools);
