/**
 * <cite-dialog>: what to cite (the paragraph, its whole speech, the whole record) and by which
 * publication (this edition or the Kremlin's), then every format with a copy button. The
 * <dialog> is in CiteDialog.astro; a modal dialog keeps focus inside and closes on Escape.
 */

import { paragraphPagePath, paragraphParts } from '../../shared/addresses.ts';
import { type CiteInput, FORMATS } from '../citations.ts';
import { citedUrl } from '../links.ts';
import { copyFrom } from './copy.ts';
import { citeInput } from './share-data.ts';

type Scope = { id?: string | undefined; speech?: string | undefined };

const who = (c: CiteInput) => (c.author ? ` — ${c.author.given}\u00a0${c.author.surname}` : '');

function titleOf(c: CiteInput): string {
  if (c.id) {
    const { part, n } = paragraphParts(c.id);
    return `Цитировать абзац ${n}${part === 'lead' ? ' сообщения о событии' : who(c)}`;
  }
  return c.speech ? `Цитировать: ${c.kind ?? 'выступление'}${who(c)}` : 'Цитировать запись';
}

function scopeLabel(s: Scope): string {
  if (s.id) return `Абзац ${paragraphParts(s.id).n}`;
  return s.speech ? 'Выступление целиком' : 'Вся запись';
}

class CiteDialog extends HTMLElement {
  #scope: Scope = {};
  #opener?: HTMLElement;

  get dialog(): HTMLDialogElement {
    const d = this.querySelector('dialog');
    if (!d) throw new Error('<cite-dialog> needs its <dialog>');
    return d;
  }

  connectedCallback(): void {
    const d = this.dialog;
    d.querySelector('.cite-close')?.addEventListener('click', () => d.close());
    // A click on the backdrop closes the dialog.
    d.addEventListener('click', (e) => {
      if (e.target === d) d.close();
    });
    d.addEventListener('close', () => this.#opener?.focus());
    d.querySelector('[data-resource]')?.addEventListener('change', () => void this.#render());
  }

  open(scopes: Scope[], opener: HTMLElement): void {
    const d = this.dialog;
    this.#opener = opener;
    const fieldset = d.querySelector<HTMLFieldSetElement>('[data-scope]');
    const legend = fieldset?.querySelector('legend');
    if (!fieldset || !legend || !scopes[0]) return;
    this.#scope = scopes[0];
    fieldset.replaceChildren(
      legend,
      ...scopes.map((scope, i) => {
        const label = document.createElement('label');
        const radio = document.createElement('input');
        radio.type = 'radio';
        radio.name = 'cite-scope';
        radio.checked = i === 0;
        radio.addEventListener('change', () => {
          this.#scope = scope;
          void this.#render();
        });
        label.append(radio, ` ${scopeLabel(scope)}`);
        return label;
      }),
    );
    fieldset.hidden = scopes.length < 2;
    void this.#render().then(() => d.showModal());
  }

  /** The title, the cited address and the formats for the chosen scope and publication. */
  async #render(): Promise<void> {
    const d = this.dialog;
    const cites =
      d.querySelector<HTMLInputElement>('[name="cite-resource"]:checked')?.value === 'source'
        ? 'source'
        : 'edition';
    const input = await citeInput(this.#scope, cites);
    const [title, body, links, template] = [
      d.querySelector('#cite-title'),
      d.querySelector('.cite-body'),
      d.querySelector('.cite-links'),
      d.querySelector<HTMLTemplateElement>('template[data-format]'),
    ];
    if (!title || !body || !links || !template) return;
    title.textContent = titleOf(input);
    body.replaceChildren(
      ...FORMATS.map(([name, format], i) => {
        const section = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
        const [h, pre, button] = [
          section.querySelector('h3'),
          section.querySelector('pre'),
          section.querySelector('button'),
        ];
        if (!h || !pre || !button) return section;
        h.id = `cite-format-${i}`;
        h.textContent = name;
        pre.textContent = format(input);
        // Focusable, so a keyboard can scroll a long reference.
        pre.tabIndex = 0;
        pre.setAttribute('aria-labelledby', h.id);
        button.textContent = `Скопировать ${name}`;
        button.addEventListener(
          'click',
          () =>
            void copyFrom(
              button,
              Promise.resolve({ text: pre.textContent ?? '' }),
              () => `${name}: скопировано`,
            ),
        );
        return section;
      }),
    );
    const link = document.createElement('a');
    link.href = citedUrl(input);
    link.textContent = link.href;
    links.replaceChildren('Постоянная ссылка: ', link);
    if (input.id) {
      const share = document.createElement('a');
      share.href = paragraphPagePath(input.id);
      share.textContent = 'страница абзаца с превью для соцсетей';
      links.append(' · ', share);
    }
  }
}

customElements.define('cite-dialog', CiteDialog);

/** Opens the page's cite dialog on the first of `scopes`; with more than one, radio buttons choose among them. */
export function openCiteDialog(scopes: Scope[], opener: HTMLElement): void {
  document.querySelector<CiteDialog>('cite-dialog')?.open(scopes, opener);
}
