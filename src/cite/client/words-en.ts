/** The share tools' English words (the English pages: src/translation/ui-en.ts has the rest). */
import type { Words } from './words-type.ts';

const who = (w: string) => (w ? ` — ${w}` : '');
const para = (n: string) => `paragraph${n.includes('–') ? 's' : ''} ${n}`;

export const WORDS: Words = {
  copied: 'Copied',
  copyFailed: 'Could not copy: the browser did not allow access to the clipboard.',
  linkCopied: (n) => `Link to ${para(n)} copied`,
  copyLink: (n) => `Copy the link to ${para(n)}`,
  cite: (n) => `Cite ${para(n)}`,
  parallel: (n) =>
    `${para(n)[0]?.toUpperCase()}${para(n).slice(1)} in Russian and English side by side`,
  quoteWhat: (first, last) => para(last && last !== first ? `${first}–${last}` : first),
  quoteCopied: (what) => `Quote copied: ${what}`,
  fragmentCopied: 'Link to the passage copied',
  fragmentFromStart: (n) => `Link to the start of the selection in ${para(n)} copied`,
  citeTitle: (c) =>
    c.n
      ? `Cite ${para(c.n)}${c.lead ? ' of the report' : who(c.who)}`
      : c.kind
        ? `Cite: ${c.kind}${who(c.who)}`
        : 'Cite the record',
  scope: (s) =>
    s.n
      ? `${para(s.n)[0]?.toUpperCase()}${para(s.n).slice(1)}`
      : s.speech
        ? 'The whole speech'
        : 'The whole record',
  permalink: 'Permanent link: ',
  passagePage: 'the paragraph’s page, with a preview card',
  copyFormat: (name) => `Copy ${name}`,
  formatCopied: (name) => `${name}: copied`,
};
