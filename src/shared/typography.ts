/** Russian typography for generated text: quotes, ellipses and spaces as a Russian editor sets them. */

/** Runs of whitespace as one space, except non-breaking spaces, which the source put there on purpose. */
export function squash(s: string): string {
  return s.replace(/[^\S\u00a0\u202f]+/g, ' ').trim();
}

/** The text's own «ёлочки» become „лапки“, as quotes inside a quote. */
export function innerQuotes(s: string): string {
  return s.replaceAll('«', '„').replaceAll('»', '“');
}

/** «…» around words that may hold quotes of their own: «…программа „Болашак“…». */
export function quoteRu(words: string): string {
  return `«${innerQuotes(squash(words))}»`;
}

/** Text cut short ends in an ellipsis set close to the last word; it takes the place of a full stop, and follows «?» and «!» as «?..». */
export function withEllipsis(text: string): string {
  const t = text.replace(/[\s,;:–—-]+$/u, '');
  if (/[.…]$/.test(t)) return `${t.replace(/\.+$|…$/, '')}…`;
  if (/[?!]$/.test(t)) return `${t}..`;
  return `${t}…`;
}
