/**
 * The address book: the one module that spells paragraph ids and the site's paths.
 * Pure (no I/O, no Astro imports), so pages, downloads, browser code and tests share it.
 */

/**
 * The path the site lives under: `/`, or `/forum-2017/` when built with BASE_PATH (Astro's
 * `base`). Every path below starts with it. Outside Vite (plain Node scripts) it is `/`.
 */
export const BASE: string = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A path of the site, under its base: `search.css` → `/search.css` or `/forum-2017/search.css`. */
export function sitePath(path: string): string {
  return BASE + path.replace(/^\//, '');
}

/** The lead's section prefix: its paragraphs are `lead-1`, `lead-2`… on `/`. */
export const LEAD = 'lead';

/** Fixed pages and downloads. */
export const PATHS = {
  home: BASE,
  contents: sitePath('#contents'),
  documents: sitePath('documents/'),
  search: sitePath('search/'),
  sitemap: sitePath('sitemap.xml'),
  shareData: sitePath('share.json'),
  /** The share tools' markup, a partial that reading pages fetch (src/pages/share-tools.astro). */
  shareTools: sitePath('share-tools/'),
  /** `/`'s running heads on paper, one per speech (src/pages/print-heads.css.ts). */
  printHeads: sitePath('print-heads.css'),
  json: sitePath('record.json'),
  jsonSchema: sitePath('record.schema.json'),
  txt: sitePath('record.txt'),
  md: sitePath('record.md'),
  akn: sitePath('record.akn.xml'),
} as const;

/** Paragraph n (from 1) of a section: `ivanov-speech-3`, `lead-2`. */
export function paragraphId(section: string, n: number): string {
  return `${section}-${n}`;
}

/** A paragraph id's parts: `ivanov-speech-3` → `ivanov-speech` and 3; `lead-2` → `lead` and 2. */
export function paragraphParts(id: string): { part: string; n: number } {
  const m = /^(.*)-(\d+)$/.exec(id);
  if (!m?.[1]) throw new Error(`not a paragraph id: «${id}»`);
  return { part: m[1], n: Number(m[2]) };
}

/** The speech a paragraph belongs to; none for the lead. */
export function paragraphSpeech(id: string): string | undefined {
  const { part } = paragraphParts(id);
  return part === LEAD ? undefined : part;
}

/** A speech's own page. */
export function speechPath(slug: string): string {
  return sitePath(`speeches/${slug}/`);
}

/** A speech's section on `/`. */
export function speechOnRecordPath(slug: string): string {
  return `${PATHS.home}#${slug}`;
}

/** Address of a paragraph: speech paragraphs live on their speech page, the lead on `/`. */
export function paragraphPath(id: string): string {
  const slug = paragraphSpeech(id);
  return slug ? `${speechPath(slug)}#${id}` : `${PATHS.home}#${id}`;
}

/** The paragraph page of a paragraph, made to be shared (its preview shows the words). */
export function paragraphPagePath(id: string): string {
  return sitePath(`p/${id}/`);
}

/** The 1200×630 preview image of a paragraph page. */
export function paragraphImagePath(id: string): string {
  return sitePath(`p/${id}.png`);
}

/** The English page of the record, and of a speech (the official translation under the Russian ids). */
export const EN_HOME = sitePath('en/');
export const EN_DOCUMENTS = sitePath('en/documents/');
/** What the English pages' share tools need (src/pages/en/share.json.ts), and their markup. */
export const EN_SHARE_DATA = sitePath('en/share.json');
export const EN_SHARE_TOOLS = sitePath('share-tools/en/');
/** `/en/`'s running heads on paper (src/pages/en/[heads].css.ts). */
export const EN_PRINT_HEADS = sitePath('en/print-heads.css');
export function englishSpeechPath(slug: string): string {
  return sitePath(`en/speeches/${slug}/`);
}

/** A speech's Russian and English side by side, under the Russian ids; in either language's frame. */
export function parallelPath(slug: string, lang: 'ru' | 'en' = 'ru'): string {
  return lang === 'en' ? `${englishSpeechPath(slug)}parallel/` : `${speechPath(slug)}parallel/`;
}

/** Where a paragraph stands in English: on its speech's English page, the lead on `/en/`. */
export function englishParagraphPath(id: string): string {
  const slug = paragraphSpeech(id);
  return slug ? `${englishSpeechPath(slug)}#${id}` : `${EN_HOME}#${id}`;
}

/** The English paragraph page of a paragraph (the official translation of Russian paragraph `id`), and its card. */
export function englishParagraphPagePath(id: string): string {
  return sitePath(`en/p/${id}/`);
}
export function englishParagraphImagePath(id: string): string {
  return sitePath(`en/p/${id}.png`);
}

/** A search for `q`, optionally one speaker's words only. */
export function searchPath(q: string, speaker?: string): string {
  const params = new URLSearchParams({ q });
  if (speaker) params.set('speaker', speaker);
  return `${PATHS.search}?${params}`;
}

/** The English translation's search page, and a search of it for `q`. */
export const EN_SEARCH = sitePath('en/search/');
export function englishSearchPath(q: string): string {
  return `${EN_SEARCH}?${new URLSearchParams({ q })}`;
}

/** An absolute URL on the site. */
export function absolute(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** Sort key of a paragraph id in record order, given the section prefixes in order (`lead` first). */
export function paragraphRank(id: string, prefixes: readonly string[]): number {
  const { part, n } = paragraphParts(id);
  const rank = prefixes.indexOf(part);
  if (rank < 0) throw new Error(`«${id}» is not a paragraph of the record`);
  return rank * 10_000 + n;
}
