/** What the share tools say, in one language: words-ru.ts, words-en.ts. */

export interface Words {
  copied: string;
  copyFailed: string;
  linkCopied: (n: string) => string;
  copyLink: (n: string) => string;
  cite: (n: string) => string;
  parallel: (n: string) => string;
  /** What a quote covers, for screen readers: «абзац 14», «paragraphs 14–15». */
  quoteWhat: (first: string, last?: string) => string;
  quoteCopied: (what: string) => string;
  fragmentCopied: string;
  fragmentFromStart: (n: string) => string;
  citeTitle: (c: {
    n?: string | undefined;
    lead?: boolean;
    who: string;
    kind?: string | undefined;
  }) => string;
  scope: (s: { n?: string | undefined; speech?: boolean }) => string;
  permalink: string;
  passagePage: string;
  copyFormat: (name: string) => string;
  formatCopied: (name: string) => string;
}
