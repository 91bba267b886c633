/**
 * The importer behind `npm run import`: checks the source copy against its
 * recorded SHA-256, decodes and parses it, renders every MDX file in memory,
 * checks that each reads back as exactly its paragraphs and that no published
 * id loses or changes its text (ids.json), and only then writes. Any error
 * leaves the record untouched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LEAD, paragraphId, paragraphPath } from '../shared/addresses.ts';
import { readGenerated } from './generated.ts';
import { breaches, breachReport, type PublishedParagraph, parseManifest } from './id-manifest.ts';
import { verifiedSource } from './inputs.ts';
import { decodeSource } from './lines.ts';
import { bodyOf, recordMdx, speechFileName, speechMdx } from './mdx.ts';
import { paragraphsOf } from './paragraphs.ts';
import type { SpeakerRef } from './prefixes.ts';
import { parseTranscript, type Transcript } from './transcript.ts';
import { TranscriptError } from './transcript-error.ts';

export interface ImportOptions {
  source: string;
  outDir: string;
  speakers: SpeakerRef[];
  /** The id manifest to keep; default `<outDir>/ids.json` (none there: nothing is published yet). */
  manifest?: string;
  /** Compare with what is on disk instead of writing. */
  check?: boolean;
}

export interface ImportResult {
  files: Map<string, string>;
  /** Paths whose content on disk differs from the importer's (or that are stale). */
  changed: string[];
  report: string[];
}

const paragraph = (id: string, text: string): PublishedParagraph => ({
  id,
  address: paragraphPath(id),
  text,
});

/** Every paragraph of a parsed record as a paragraph: `lead-<n>` and `<slug>-<n>`. */
export function transcriptParagraphs(t: Transcript): PublishedParagraph[] {
  return [
    ...t.lead.map((text, i) => paragraph(paragraphId(LEAD, i + 1), text)),
    ...t.speeches.flatMap((speech) =>
      speech.paragraphs.map((text, i) => paragraph(paragraphId(speech.slug, i + 1), text)),
    ),
  ];
}

/** Every paragraph of a record's generated MDX, read as the build reads it (generated.ts). */
export function generatedParagraphs(dir: string): PublishedParagraph[] {
  const { lead, speeches } = readGenerated(dir);
  return [
    ...lead.map((text, i) => paragraph(paragraphId(LEAD, i + 1), text)),
    ...speeches.flatMap((s) =>
      s.paragraphs.map((text, i) => paragraph(paragraphId(s.slug, i + 1), text)),
    ),
  ];
}

/** The MDX must read back as exactly the paragraphs it was made from, as plain text. */
function assertReadsBack(
  path: string,
  mdx: string,
  paragraphs: string[],
  source: string,
  line: number,
): void {
  let back: string[];
  try {
    back = paragraphsOf(bodyOf(mdx), path);
  } catch (error) {
    throw new TranscriptError(
      source,
      line,
      `${error instanceof Error ? error.message : String(error)}; the MDX writer must escape it (a bug in src/record/mdx.ts)`,
    );
  }
  const lost = paragraphs.findIndex((p, i) => back[i] !== p);
  if (back.length !== paragraphs.length || lost >= 0) {
    throw new TranscriptError(
      source,
      line,
      `${path}: paragraph ${lost + 1} does not read back as its text; the MDX writer must escape it (a bug in src/record/mdx.ts)`,
    );
  }
}

/** The generated MDX of a record, by path, each checked to read back as its paragraphs. */
function mdxFiles(transcript: Transcript, hash: string, outDir: string, source: string) {
  const files = new Map<string, string>();
  const header = join(outDir, 'record.mdx');
  files.set(header, recordMdx(transcript, hash));
  assertReadsBack(header, files.get(header) ?? '', transcript.lead, source, 1);
  for (const [i, speech] of transcript.speeches.entries()) {
    const name = speechFileName(speech, i + 1, transcript.speeches.length);
    const path = join(outDir, 'speeches', name);
    files.set(path, speechMdx(speech, i + 1));
    assertReadsBack(path, files.get(path) ?? '', speech.paragraphs, source, speech.line);
  }
  return files;
}

/** The id manifest, when there is one; a published id that lost its text stops the import. */
function keepIds(transcript: Transcript, manifestFile: string, source: string) {
  if (!existsSync(manifestFile)) return undefined;
  const published = parseManifest(readFileSync(manifestFile, 'utf8'));
  const broken = breaches(published, transcriptParagraphs(transcript));
  if (broken.length > 0) throw new TranscriptError(source, 1, breachReport(broken, manifestFile));
  return published;
}

/** Files that differ from what is on disk, and generated speeches that no longer exist. */
function changes(files: Map<string, string>, speechesDir: string) {
  const stale = existsSync(speechesDir)
    ? readdirSync(speechesDir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => join(speechesDir, f))
        .filter((f) => !files.has(f))
    : [];
  const differ = [...files]
    .filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text)
    .map(([p]) => p);
  return { stale, changed: [...differ, ...stale] };
}

/** Checks, parses and converts a print copy; writes its MDX only when everything holds. */
export function importRecord({
  source,
  outDir,
  speakers,
  manifest,
  check = false,
}: ImportOptions): ImportResult {
  const { bytes, hash } = verifiedSource(source);
  const { text, notes } = decodeSource(bytes, source);
  const transcript = parseTranscript(text, speakers, source);
  const files = mdxFiles(transcript, hash, outDir, source);
  const manifestFile = manifest ?? join(outDir, 'ids.json');
  const published = keepIds(transcript, manifestFile, source);
  const speechesDir = join(outDir, 'speeches');
  const { stale, changed } = changes(files, speechesDir);
  if (!check) {
    mkdirSync(speechesDir, { recursive: true });
    for (const path of stale) rmSync(path);
    for (const [path, text] of files) writeFileSync(path, text);
  }
  const counts = transcript.speeches.map((t) => `${t.slug} ${t.paragraphs.length}`).join(', ');
  const ids = published
    ? `ids: ${Object.keys(published.ids).length} published, all in place`
    : `ids: no ${basename(manifestFile)} yet (nothing published)`;
  return {
    files,
    changed,
    report: [
      ...notes,
      `source ${basename(source)} sha256 ${hash}`,
      `lead ${transcript.lead.length}; ${counts}`,
      ids,
      `${check ? 'differs' : 'written'}: ${changed.length} file(s)`,
    ],
  };
}
