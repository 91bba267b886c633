/** The «Цитировать» dialog: every citation format with a copy button. A modal <dialog> keeps focus inside and closes on Escape. */

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
  const body = document.createElement('div');
  body.className = 'cite-body';
  d.append(head, body);
  // A click on the backdrop closes the dialog.
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close();
  });
  document.body.append(d);
  return d;
}

export function openCiteDialog(input: CiteInput, opener: HTMLElement): void {
  dialog ??= build();
  const d = dialog;
  const title = d.querySelector('#cite-title');
  const body = d.querySelector('.cite-body');
  if (!title || !body) return;
  const n = input.id?.split('-').at(-1);
  const who = input.author ? ` — ${input.author.given} ${input.author.surname}` : '';
  title.textContent = input.id
    ? `Цитировать абзац ${n}${input.id.startsWith('lead-') ? ' сообщения о событии' : who}`
    : input.speech
      ? `Цитировать: ${input.kind ?? 'выступление'}${who}`
      : 'Цитировать запись';
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
    share.href = `/p/${input.id}/`;
    share.textContent = 'страница абзаца с превью для соцсетей';
    links.append(' · ', share);
  }
  body.replaceChildren(links, ...sections);
  d.addEventListener('close', () => opener.focus(), { once: true });
  d.showModal();
}
