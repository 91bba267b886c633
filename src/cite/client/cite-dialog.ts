/**
 * <cite-dialog>: what to cite (the paragraph, its whole speech, the whole record) and by which
 * publication (this edition or the Kremlin's), then every format with a copy button. The
 * <dialog> is in CiteDialog.astro; a modal dialog keeps focus inside and closes on Escape.
 */

import {
  EN_HOME,
  englishParagraphPagePath,
  englishParagraphPath,
  englishSpeechPath,
  LEAD,
  paragraphPagePath,
  paragraphParts,
} from '../../shared/addresses.ts';
import { copyFrom } from './copy.ts';
import { citeInput, citeInputEn } from './share-data.ts';
import { isEnglish, type Words, words } from './words.ts';

type Scope = { id?: string | undefined; speech?: string | undefined; through?: number | undefined };

/** What the dialog shows for a scope: its title, every format's text, and our address for it. */
interface Cited {
  title: string;
  formats: (readonly [string, string])[];
  url: string;
  id?: string | undefined;
}

/** «14», or «1–2» for an English paragraph that renders two Russian ones. */
const numbers = (s: Scope) => {
  const n = s.id ? paragraphParts(s.id).n : 0;
  return s.id ? (s.through && s.through > n ? `${n}–${s.through}` : String(n)) : undefined;
};
const lead = (s: Scope) => (s.id ? paragraphParts(s.id).part === LEAD : false);

/** A Russian page cites this edition or the official publication, in the Russian formats. */
async function citedRu(scope: Scope, cites: 'source' | 'edition', w: Words): Promise<Cited> {
  const [input, { FORMATS }, { citedUrl }] = await Promise.all([
    citeInput(scope, cites),
    import('../citations.ts'),
    import('../links.ts'),
  ]);
  const who = input.author ? `${input.author.given}\u00a0${input.author.surname}` : '';
  const title = w.citeTitle({
    n: numbers(scope),
    lead: lead(scope),
    who,
    kind: input.kind ?? (input.speech ? 'выступление' : undefined),
  });
  return {
    title,
    formats: FORMATS.map(([name, f]) => [name, f(input)] as const),
    url: citedUrl(input),
    id: input.id,
  };
}

/** An English page cites the official translation, in the English formats. */
async function citedEn(scope: Scope, w: Words): Promise<Cited> {
  const [input, { FORMATS_EN }] = await Promise.all([
    citeInputEn(scope),
    import('../citations-en.ts'),
  ]);
  const who = input.author ? `${input.author.given}\u00a0${input.author.surname}` : '';
  const title = w.citeTitle({
    n: numbers(scope),
    lead: lead(scope),
    who,
    kind: input.kind ?? (input.speech ? 'speech' : undefined),
  });
  const path = input.id
    ? englishParagraphPath(input.id)
    : input.speech
      ? englishSpeechPath(input.speech)
      : EN_HOME;
  return {
    title,
    formats: FORMATS_EN.map(([name, f]) => [name, f(input)] as const),
    url: new URL(path, location.origin).href,
    id: input.id,
  };
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

  async open(scopes: Scope[], opener: HTMLElement): Promise<void> {
    const d = this.dialog;
    const w = await words();
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
        label.append(radio, ` ${w.scope({ n: numbers(scope), speech: Boolean(scope.speech) })}`);
        return label;
      }),
    );
    fieldset.hidden = scopes.length < 2;
    void this.#render().then(() => d.showModal());
  }

  /** The title, the cited address and the formats for the chosen scope and publication. */
  async #render(): Promise<void> {
    const d = this.dialog;
    const w = await words();
    const cites =
      d.querySelector<HTMLInputElement>('[name="cite-resource"]:checked')?.value === 'source'
        ? 'source'
        : 'edition';
    const cited = isEnglish()
      ? await citedEn(this.#scope, w)
      : await citedRu(this.#scope, cites, w);
    const [title, body, links, template] = [
      d.querySelector('#cite-title'),
      d.querySelector('.cite-body'),
      d.querySelector('.cite-links'),
      d.querySelector<HTMLTemplateElement>('template[data-format]'),
    ];
    if (!title || !body || !links || !template) return;
    title.textContent = cited.title;
    body.replaceChildren(
      ...cited.formats.map(([name, text], i) => {
        const section = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
        const [h, pre, button] = [
          section.querySelector('h3'),
          section.querySelector('pre'),
          section.querySelector('button'),
        ];
        if (!h || !pre || !button) return section;
        h.id = `cite-format-${i}`;
        h.textContent = name;
        pre.textContent = text;
        // Focusable, so a keyboard can scroll a long reference.
        pre.tabIndex = 0;
        pre.setAttribute('aria-labelledby', h.id);
        button.textContent = w.copyFormat(name);
        button.addEventListener(
          'click',
          () => void copyFrom(button, Promise.resolve({ text }), () => w.formatCopied(name)),
        );
        return section;
      }),
    );
    const link = document.createElement('a');
    link.href = cited.url;
    link.textContent = link.href;
    links.replaceChildren(w.permalink, link);
    if (cited.id) {
      const share = document.createElement('a');
      share.href = isEnglish() ? englishParagraphPagePath(cited.id) : paragraphPagePath(cited.id);
      share.textContent = w.passagePage;
      links.append(' · ', share);
    }
  }
}

customElements.define('cite-dialog', CiteDialog);

/** Opens the page's cite dialog on the first of `scopes`; with more than one, radio buttons choose among them. */
export function openCiteDialog(scopes: Scope[], opener: HTMLElement): void {
  void document.querySelector<CiteDialog>('cite-dialog')?.open(scopes, opener);
}
