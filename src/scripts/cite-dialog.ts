/**
 * The «Цитировать» dialog: what to cite (the paragraph, its whole speech, the
 * whole record), then every citation format with a copy button. A modal
 * <dialog> keeps focus inside and closes on Escape.
 */

import { passagePagePath, passageParts } from '../lib/addresses.ts';
import { FORMATS } from '../lib/citations.ts';
import { type CiteInput, citedUrl } from '../lib/cite.ts';
import { announce, copy } from './share.ts';

let dialog: HTMLDialogElement | undefined;

function build(): HTMLDialogElement {
  const d = document.createElement('dialog');
  d.className = 'cite-dialog';
  d.setAttribute('aria-labelledby', 'cite-title');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'cite-close';
  close.textContent = 'Закрыть';
  close.autofocus = true;
  close.addEventListener('click', () => d.close());
  const title = document.createElement('h2');
  title.id = 'cite-title';
  const head = document.createElement('div');
  head.className = 'cite-head';
  head.append(title, close);
  const scope = document.createElement('fieldset');
  scope.className = 'cite-scope';
  const body = document.createElement('div');
  body.className = 'cite-body';
  d.append(head, scope, body);
  // A click on the backdrop closes the dialog.
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close();
  });
  document.body.append(d);
  return d;
}

const who = (c: CiteInput) => (c.author ? ` — ${c.author.given} ${c.author.surname}` : '');

function titleOf(c: CiteInput): string {
  if (c.id) {
    const { part, n } = passageParts(c.id);
    return `Цитировать абзац ${n}${part === 'lead' ? ' сообщения о событии' : who(c)}`;
  }
  return c.speech ? `Цитировать: ${c.kind ?? 'выступление'}${who(c)}` : 'Цитировать запись';
}

function scopeLabel(c: CiteInput): string {
  if (c.id) return `Абзац ${passageParts(c.id).n}`;
  return c.speech ? `${c.kind ?? 'Выступление'} целиком` : 'Вся запись';
}

/** The title, our address and the formats for one scope. */
function render(d: HTMLDialogElement, input: CiteInput): void {
  const title = d.querySelector('#cite-title');
  const body = d.querySelector('.cite-body');
  if (!title || !body) return;
  title.textContent = titleOf(input);
  const sections = FORMATS.map(([name, format], i) => {
    const section = document.createElement('section');
    const h = document.createElement('h3');
    h.id = `cite-format-${i}`;
    h.textContent = name;
    const pre = document.createElement('pre');
    pre.textContent = format(input);
    pre.tabIndex = 0;
    pre.setAttribute('aria-labelledby', h.id);
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = `Скопировать ${name}`;
    b.addEventListener('click', async () => {
      if (await copy(Promise.resolve({ text: pre.textContent ?? '' }))) announce(`${name}: скопировано`);
    });
    section.append(h, pre, b);
    return section;
  });
  const links = document.createElement('p');
  links.className = 'cite-links';
  const link = document.createElement('a');
  link.href = citedUrl(input);
  link.textContent = link.href;
  links.append('Постоянная ссылка: ', link);
  if (input.id) {
    const share = document.createElement('a');
    share.href = passagePagePath(input.id);
    share.textContent = 'страница абзаца с превью для соцсетей';
    links.append(' · ', share);
  }
  body.replaceChildren(links, ...sections);
}

/** Opens the dialog on the first of `scopes`; with more than one, radio buttons choose among them. */
export function openCiteDialog(scopes: CiteInput[], opener: HTMLElement): void {
  dialog ??= build();
  const d = dialog;
  const scope = d.querySelector('fieldset');
  if (!scope || !scopes[0]) return;
  const legend = document.createElement('legend');
  legend.textContent = 'Что цитировать';
  scope.replaceChildren(
    legend,
    ...scopes.map((input, i) => {
      const label = document.createElement('label');
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'cite-scope';
      radio.checked = i === 0;
      radio.addEventListener('change', () => render(d, input));
      label.append(radio, ` ${scopeLabel(input)}`);
      return label;
    }),
  );
  scope.hidden = scopes.length < 2;
  render(d, scopes[0]);
  d.addEventListener('close', () => opener.focus(), { once: true });
  d.showModal();
}
