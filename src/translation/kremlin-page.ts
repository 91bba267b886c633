/**
 * Importer-parser for a kremlin.ru event page as published (either language): the title, date and
 * place, the lead summary (`.read__lead`), the lead paragraphs, then the speeches of the transcript,
 * each opened by a bold speaker label matched to a speaker id through the record's data.
 *
 * It reads the article body only (`.entry-content`) and places every paragraph or rejects the page
 * with `file:line: message` (the line in the HTML): never half-read. Pure apart from hashing.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { TranscriptError } from '../record/transcript-error.ts';
import { type Block, bodyBlocks, type PageParagraph, paragraphOf } from './page-blocks.ts';
import { checkChecksum, decodeStrictUtf8 } from './page-bytes.ts';
import { assembleSpeeches, type PageSpeech } from './page-speeches.ts';
import { hasClass, inlineText, lineOf, normaliseSpace } from './page-text.ts';
import { labelForms, matchSpeaker, type SpeakerForms } from './speaker-label.ts';

export type { PageParagraph } from './page-blocks.ts';
export type { PageSpeech } from './page-speeches.ts';

export interface KremlinPage {
  title: string;
  /** The page's own address, from its `og:url`. */
  url?: string;
  /** `2017-11-09`, from the page's `datePublished`; with its `time` (`18:40`, Moscow) and place. */
  date?: string;
  time?: string;
  place?: string;
  /** The one-line summary in `.read__lead` (the Russian print copy prints it as its first lead line). */
  summary: PageParagraph[];
  /** Paragraphs of the body before the separator `* * *` (or before the first speaker label). */
  lead: PageParagraph[];
  speeches: PageSpeech[];
  /** The page ends with an omission `<…>` after its last speech. */
  omissionAfter: boolean;
}

export interface PageOptions {
  /** The name errors give, as `file:line`. */
  file?: string;
  /** The SHA-256 the page must have (from a SHA256SUMS line); checked before anything is read. */
  sha256?: string;
}

/** Bytes of a page: checksum, strict UTF-8, then `parseKremlinHtml`. */
export function parseKremlinPage(
  bytes: Uint8Array,
  speakers: readonly SpeakerForms[],
  options: PageOptions = {},
): KremlinPage {
  const file = options.file ?? 'page.html';
  checkChecksum(bytes, options.sha256, file);
  return parseKremlinHtml(decodeStrictUtf8(bytes, file), speakers, file);
}

export function parseKremlinHtml(
  html: string,
  speakers: readonly SpeakerForms[],
  file = 'page.html',
): KremlinPage {
  const tree = fromHtml(html);
  const bodies = findAll(tree, (e) => hasClass(e, 'entry-content'));
  const [body] = bodies;
  if (!body)
    throw new TranscriptError(file, 1, 'no article body: expected an element «.entry-content»');
  if (bodies[1])
    throw new TranscriptError(file, lineOf(bodies[1]), 'a second article body «.entry-content»');
  const blocks = bodyBlocks(body, file);
  const { lead, rest } = splitLead(blocks, file);
  const { speeches, omissionAfter } = assembleSpeeches(
    rest,
    (label, line) => speakerOf(label, line, speakers, file),
    file,
  );
  if (speeches.length === 0)
    throw new TranscriptError(
      file,
      lineOf(body),
      'no speeches: no paragraph opens with a bold speaker label',
    );
  return { ...meta(tree, file), lead, speeches, omissionAfter };
}

/**
 * The lead runs up to the separator `* * *`, or, on a page without one, up to the first labelled
 * paragraph (and the heading just before it, which belongs to the transcript).
 */
function splitLead(blocks: Block[], file: string): { lead: PageParagraph[]; rest: Block[] } {
  const found = blocks.findIndex((b) => b.kind === 'separator' || b.kind === 'labelled');
  let stop = found < 0 ? blocks.length : found;
  if (blocks[stop]?.kind === 'labelled') while (blocks[stop - 1]?.kind === 'heading') stop--;
  const lead: PageParagraph[] = [];
  for (const b of blocks.slice(0, stop)) {
    if (b.kind === 'omission')
      throw new TranscriptError(
        file,
        b.line,
        'an omission in the lead: an omission stands only between turns',
      );
    if (b.kind === 'text' || b.kind === 'heading') lead.push(b.paragraph);
  }
  return { lead, rest: blocks.slice(stop + (blocks[stop]?.kind === 'separator' ? 1 : 0)) };
}

function speakerOf(
  label: string,
  line: number,
  speakers: readonly SpeakerForms[],
  file: string,
): string {
  const ids = matchSpeaker(label, speakers);
  if (ids.length === 1) return ids[0] as string;
  if (ids.length > 1)
    throw new TranscriptError(
      file,
      line,
      `the label «${label}» fits several speakers: ${ids.join(', ')}`,
    );
  const known = speakers.map((sp) => `${sp.id} (${labelForms(sp).join(' | ') || 'no forms'})`);
  throw new TranscriptError(
    file,
    line,
    `unknown speaker label «${label}»: give the speaker this name or title and name as data (nameEn, roleEn); known: ${known.join('; ')}`,
  );
}

function meta(
  tree: Root,
  file: string,
): Pick<KremlinPage, 'title' | 'url' | 'date' | 'time' | 'place' | 'summary'> {
  const h1 = findAll(tree, (e) => e.tagName === 'h1' && hasClass(e, 'entry-title'))[0];
  const title = h1 ? normaliseSpace(inlineText(h1.children, file)) : '';
  if (!h1 || title === '')
    throw new TranscriptError(file, 1, 'no title: expected «h1.entry-title»');
  const lead = findAll(tree, (e) => hasClass(e, 'read__lead'))[0];
  const summary = lead
    ? findAll(lead, (e) => e.tagName === 'p').map((p) =>
        paragraphOf(normaliseSpace(inlineText(p.children, file)), lineOf(p)),
      )
    : [];
  const date = findAll(tree, (e) => hasClass(e, 'read__published'))[0]?.properties.dateTime;
  const textOf = (c: string) => {
    const e = findAll(tree, (x) => hasClass(x, c))[0];
    return e ? normaliseSpace(inlineText(e.children, file)) : '';
  };
  const url = findAll(tree, (e) => e.tagName === 'meta' && e.properties.property === 'og:url')[0]
    ?.properties.content;
  return {
    title,
    summary,
    ...(typeof url === 'string' && { url }),
    ...(typeof date === 'string' && { date }),
    ...(textOf('read__time') && { time: textOf('read__time') }),
    ...(textOf('read__place') && { place: textOf('read__place') }),
  };
}

/** Elements under `node` that satisfy `test`, in document order (not looking inside a match). */
function findAll(node: Root | Element, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (children: readonly RootContent[]) => {
    for (const child of children) {
      if (child.type !== 'element') continue;
      if (test(child)) found.push(child);
      else visit(child.children);
    }
  };
  visit(node.children);
  return found;
}
