/**
 * The part of `/`'s print stylesheet that only the record can write. On paper every speech
 * numbers its paragraphs from 1 again, so each speech prints on its own run of sheets (a named
 * page) with its title as the running head: a «7» is always some speech's 7. The source block and
 * the footer go on the last speech's sheets, so they never start a sheet of their own. The rules
 * every page shares (the address in the foot, the head's type) are in src/styles/print.css.
 */

export interface PrintedSpeech {
  /** The section's id on `/`, also the page name: `ivanov-speech`. */
  slug: string;
  /** The running head: «Выступление Ивана Иванова». */
  title: string;
}

/** A CSS string: quotes and backslashes escaped, line ends as `\A`. */
export function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\A ')}"`;
}

const SLUG = /^[a-z][a-z0-9-]*$/;

export function printHeadsCss(speeches: PrintedSpeech[]): string {
  const last = speeches.at(-1);
  if (!last) return '';
  const rules = speeches.map(({ slug, title }) => {
    // A page name is an identifier; `auto` would name no page.
    if (!SLUG.test(slug) || slug === 'auto') throw new Error(`not a page name: «${slug}»`);
    return `#${slug}{page:${slug}}@page ${slug}{@top-left{content:${cssString(title)}}}`;
  });
  return `${rules.join('\n')}\n.record-source,.site-footer{page:${last.slug}}\n`;
}
