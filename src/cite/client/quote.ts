/**
 * The popover's work, loaded at its first use: the quote of the selected words in the page's
 * language (Russian in «ёлочки», English in “curly quotes”), and the link that opens the
 * paragraph page on them.
 */
import type { Copied } from './copy.ts';
import { numberOf, type Part, pagePath, textOf } from './selection.ts';
import { citeInput, citeInputEn } from './share-data.ts';
import { isEnglish, words as loadWords } from './words.ts';

const lib = () =>
  Promise.all([import('../fragment-link.ts'), import('../quotes.ts'), import('../quotes-en.ts')]);

const pages = new Map<string, Promise<string>>();
/** The text the paragraph page shows before the paragraph: a text directive is matched there. */
function textBeforeOnSharePage(id: string): Promise<string> {
  let text = pages.get(id);
  if (!text) {
    text = Promise.all([fetch(pagePath(id)).then((r) => r.text()), lib()]).then(
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
export async function wordsLink({ p, words, at }: Part): Promise<string> {
  const [earlier, [{ fragmentLink }]] = await Promise.all([textBeforeOnSharePage(p.id), lib()]);
  // Where the reader is: the page's own origin (the path carries the site's base).
  return fragmentLink(new URL(pagePath(p.id), location.origin).href, textOf(p), words, at, earlier);
}

/** The quote of the selected words, in the page's language, with its one address. */
export async function quote(
  parts: Part[],
): Promise<Copied & { url: string; plain: string; what: string }> {
  const [first] = parts;
  if (!first) throw new Error('nothing selected');
  const [url, [, ru, en], w] = await Promise.all([wordsLink(first), lib(), loadWords()]);
  // The Russian paragraph numbers: «14», «14–15»; an English paragraph may render several («1–2»).
  const from = numberOf(first.p).split('–')[0] ?? '';
  const to =
    numberOf(parts.at(-1)?.p ?? first.p)
      .split('–')
      .at(-1) ?? from;
  const words = parts.map((part) => part.words).join(' ');
  const what = w.quoteWhat(from, to);
  if (isEnglish()) {
    const input = await citeInputEn({ id: first.p.id });
    const q = { ...input, paragraphs: from === to ? from : `${from}–${to}`, url };
    const [text, html, plain] = [
      en.quoteTextEn(words, q),
      en.quoteHtmlEn(words, q),
      en.quoteWordsEn(words, q),
    ];
    return { text, html, url, plain, what };
  }
  const input = await citeInput({ id: first.p.id });
  const q = { ...input, paragraphs: [Number(from), Number(to)] as [number, number], url };
  const [text, html, plain] = [
    ru.quoteText(words, q),
    ru.quoteHtml(words, q),
    ru.quoteWords(words, q),
  ];
  return { text, html, url, plain, what };
}
