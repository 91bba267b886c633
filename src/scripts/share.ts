/**
 * Share tools on reading pages, added after load: a «copy link» and a «cite»
 * button on every paragraph, and a popover for a selection inside a
 * paragraph. Everything that formats is loaded when first used.
 */

import { passagePagePath, passagePath, passageSpeech } from '../lib/addresses.ts';
import type { CiteInput } from '../lib/cite.ts';
import { localDay } from '../lib/format.ts';

/** The link, fragment and quote builders, loaded at the first copy. */
const lib = () => import('../lib/cite.ts');

interface ShareData extends Omit<CiteInput, 'id' | 'author' | 'kind'> {
  speeches: Record<string, { kind: string; author: NonNullable<CiteInput['author']> }>;
}

let data: Promise<ShareData> | undefined;
const shareData = () => (data ??= fetch('/share.json').then((r) => r.json() as Promise<ShareData>));

/** The citation input for a paragraph id, a whole speech (its slug), or the whole record (neither). */
export async function citeInput(id?: string, speechSlug?: string): Promise<CiteInput> {
  const { speeches, ...base } = await shareData();
  const slug = speechSlug ?? (id && passageSpeech(id));
  const speech = slug ? speeches[slug] : undefined;
  return {
    ...base,
    // The day the reader cites is the date of access a citation gives.
    accessed: localDay(new Date()),
    ...(id ? { id } : speechSlug ? { speech: speechSlug } : {}),
    ...(speech ? { kind: speech.kind, author: speech.author } : {}),
  };
}

let status: HTMLElement;
export function announce(message: string): void {
  status.textContent = '';
  // A new text node each time, so screen readers announce a repeated message.
  requestAnimationFrame(() => {
    status.textContent = message;
  });
}

interface Copied {
  text: string;
  html?: string;
}

/**
 * Copies what `make` resolves to, as plain text (and HTML with `withHtml`).
 * The clipboard call starts inside the click, as Safari requires, while the
 * text is still being built from the lazily loaded builders.
 */
export async function copy(make: Promise<Copied>, withHtml = false): Promise<boolean> {
  try {
    if ('ClipboardItem' in window) {
      const part = (type: string, pick: (c: Copied) => string) => make.then((c) => new Blob([pick(c)], { type }));
      const item: Record<string, Promise<Blob>> = { 'text/plain': part('text/plain', (c) => c.text) };
      if (withHtml) item['text/html'] = part('text/html', (c) => c.html ?? c.text);
      await navigator.clipboard.write([new ClipboardItem(item)]);
    } else await navigator.clipboard.writeText((await make).text);
    return true;
  } catch {
    announce('Не удалось скопировать: браузер не дал доступа к буферу обмена.');
    return false;
  }
}

function button(label: string, text: string, className: string, onClick: (e: MouseEvent) => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

/** Text as published, without the tools and the ¶ link. */
function textOf(node: Node): string {
  const clone = node.cloneNode(true) as Element | DocumentFragment;
  for (const el of clone.querySelectorAll('.pilcrow, .p-tools, .quote-popover')) el.remove();
  return clone.textContent ?? '';
}

/** Text before the paragraph on its own page (a text fragment searches the whole page): this page, or on / its speech's section. */
function earlierText(p: HTMLElement): string {
  const own = new URL(passagePath(p.id), location.href).pathname === location.pathname;
  const range = document.createRange();
  range.setStart(own ? document.body : (p.closest('section') ?? document.body), 0);
  range.setEnd(p, 0);
  return textOf(range.cloneContents());
}

/** The part of a selection inside the first record paragraph it touches, and where it starts in that paragraph's text. */
export function selectionInParagraph(range: Range): { p: HTMLElement; words: string; at: number } | undefined {
  const p = [...document.querySelectorAll<HTMLElement>('.record-text p[id]')].find((el) => range.intersectsNode(el));
  if (!p) return undefined;
  const inP = range.cloneRange();
  if (!p.contains(inP.startContainer)) inP.setStart(p, 0);
  if (!p.contains(inP.endContainer)) inP.setEnd(p, p.childNodes.length);
  const words = textOf(inP.cloneContents());
  if (!words.trim()) return undefined;
  const before = document.createRange();
  before.setStart(p, 0);
  before.setEnd(inP.startContainer, inP.startOffset);
  return { p, words, at: textOf(before.cloneContents()).length };
}

/** The cite dialog for a paragraph (offering its speech and the record too), or for the record. */
async function openCite(opener: HTMLElement, id?: string): Promise<void> {
  const slug = id && passageSpeech(id);
  const [{ openCiteDialog }, ...scopes] = await Promise.all([
    import('./cite-dialog.ts'),
    ...(id ? [citeInput(id)] : []),
    ...(slug ? [citeInput(undefined, slug)] : []),
    citeInput(),
  ]);
  openCiteDialog(scopes, opener);
}

function addParagraphTools(p: HTMLElement): void {
  const id = p.id;
  const tools = document.createElement('span');
  tools.className = 'p-tools';
  tools.append(
    button('Ссылка на абзац: скопировать', 'ссылка', 'p-copy', async () => {
      const link = Promise.all([shareData(), lib()]).then(([{ site }, { permalink }]) => ({ text: permalink(site, id) }));
      if (await copy(link)) announce('Ссылка на абзац скопирована');
    }),
    button('Цитировать абзац', 'цитировать', 'p-cite', (e) => void openCite(e.currentTarget as HTMLElement, id)),
  );
  p.append(tools);
}

/** The popover for a selection inside one paragraph (or starting in one). */
function selectionPopover(): void {
  const pop = document.createElement('div');
  pop.className = 'quote-popover';
  pop.hidden = true;
  pop.setAttribute('role', 'group');
  pop.setAttribute('aria-label', 'Выделенный текст');
  let current: { p: HTMLElement; words: string; at: number } | undefined;
  pop.append(
    button('Скопировать цитату', 'Скопировать цитату', 'quote-copy', async () => {
      if (!current) return;
      const { p, words } = current;
      const quote = Promise.all([citeInput(p.id), lib()]).then(([input, { quoteText, quoteHtml }]) => ({
        text: quoteText(words, input),
        html: quoteHtml(words, input),
      }));
      if (await copy(quote, true)) announce('Цитата скопирована');
    }),
    button('Ссылка на фрагмент', 'Ссылка на фрагмент', 'quote-link', async () => {
      if (!current) return;
      const { p, words, at } = current;
      const [text, earlier] = [textOf(p), earlierText(p)];
      const link = Promise.all([shareData(), lib()]).then(([{ site }, { fragmentLink }]) => ({ text: fragmentLink(site, p.id, text, words, at, earlier) }));
      if (await copy(link)) announce('Ссылка на фрагмент скопирована');
    }),
  );
  // Where the system share sheet exists (phones), share the passage page: its preview shows the words.
  if ('share' in navigator)
    pop.append(
      button('Поделиться абзацем', 'Поделиться', 'quote-share', async () => {
        if (!current) return;
        const [input, { quoteText }] = await Promise.all([citeInput(current.p.id), lib()]);
        await navigator.share({ text: quoteText(current.words, input), url: new URL(passagePagePath(current.p.id), input.site).href }).catch(() => {});
      }),
    );
  let timer = 0;
  document.addEventListener('selectionchange', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      const sel = document.getSelection();
      const start = sel?.rangeCount && !sel.isCollapsed ? sel.getRangeAt(0) : undefined;
      // A selection across paragraphs is quoted from its first paragraph.
      const found = start && selectionInParagraph(start);
      if (!start || !found) {
        if (!pop.contains(document.activeElement)) pop.hidden = true;
        return;
      }
      current = found;
      const p = found.p;
      p.after(pop);
      const rect = start.getBoundingClientRect();
      const host = (p.offsetParent as HTMLElement | null)?.getBoundingClientRect() ?? { top: 0, left: 0 };
      pop.style.setProperty('--x', `${Math.max(0, rect.left - host.left)}px`);
      pop.style.setProperty('--y', `${rect.bottom - host.top + 8}px`);
      pop.hidden = false;
    }, 150);
  });
  document.addEventListener('keydown', (e) => {
    if (pop.hidden) return;
    if (e.key === 'Escape') {
      pop.hidden = true;
      if (pop.contains(document.activeElement)) current?.p.querySelector<HTMLElement>('.pilcrow')?.focus();
    } else if (e.key === 'Tab' && !e.shiftKey && !pop.contains(document.activeElement)) {
      // From a selection (made with the caret by keyboard, or with the mouse), Tab goes to the popover first.
      e.preventDefault();
      pop.querySelector('button')?.focus();
    }
  });
}

export function init(): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/share.css';
  // The tools go in once their styles apply: unstyled, they would push the text about for a frame.
  link.addEventListener('load', addTools, { once: true });
  document.head.append(link);
  status = document.createElement('p');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  document.body.append(status);
  selectionPopover();
}

function addTools(): void {
  for (const p of document.querySelectorAll<HTMLElement>('.record-text p[id]')) addParagraphTools(p);
  // At the end of /, in the source block: the button moves no text on screen. Paragraph dialogs offer the speech and the record too.
  document
    .querySelector('.record-source')
    ?.append(button('Цитировать запись целиком', 'Цитировать запись', 'record-cite', (e) => void openCite(e.currentTarget as HTMLElement)));
}
