/** The share tools' Russian words. */
import type { Words } from './words-type.ts';

const who = (w: string) => (w ? ` — ${w}` : '');

export const WORDS: Words = {
  copied: 'Скопировано',
  copyFailed: 'Не удалось скопировать: браузер не дал доступа к буферу обмена.',
  linkCopied: (n) => `Ссылка на абзац ${n} скопирована`,
  copyLink: (n) => `Скопировать ссылку на абзац ${n}`,
  cite: (n) => `Цитировать абзац ${n}`,
  parallel: (n) => `Абзац ${n} рядом с английским переводом`,
  quoteWhat: (first, last) =>
    last && last !== first ? `абзацы ${first}–${last}` : `абзац ${first}`,
  quoteCopied: (what) => `Цитата скопирована: ${what}`,
  fragmentCopied: 'Ссылка на фрагмент скопирована',
  fragmentFromStart: (n) => `Ссылка на начало выделения в абзаце ${n} скопирована`,
  citeTitle: (c) =>
    c.n
      ? `Цитировать абзац ${c.n}${c.lead ? ' сообщения о событии' : who(c.who)}`
      : c.kind
        ? `Цитировать: ${c.kind}${who(c.who)}`
        : 'Цитировать запись',
  scope: (s) => (s.n ? `Абзац ${s.n}` : s.speech ? 'Выступление целиком' : 'Вся запись'),
  permalink: 'Постоянная ссылка: ',
  passagePage: 'страница абзаца с превью для соцсетей',
  copyFormat: (name) => `Скопировать ${name}`,
  formatCopied: (name) => `${name}: скопировано`,
};
