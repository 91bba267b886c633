/**
 * The importer behind `npm run import`: checks the source copy against its
 * recorded SHA-256, decodes and parses it, renders every MDX file in memory,
 * checks that each reads back as exactly its paragraphs and that no published
 * id loses or changes its text (ids.json), and only then writes. Any error
 * leaves the record untouched.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LEAD, paragraphId, paragraphPath } from '../shared/addresses.ts';
import { breaches, breachReport, type PublishedParagraph, parseManifest } from './id-manifest.ts';
import { decodeSource } from './lines.ts';
import { bodyOf, recordMdx, speechFileName, speechMdx } from './mdx.ts';
import { paragraphsOf } from './paragraphs.ts';
import { parseTranscript, type SpeakerRef, type Transcript } from './transcript.ts';
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

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The files of a record folder laid out as content/ is: `source/<one>.txt`, `speakers.json`, `ids.json`. */
export function recordFiles(dir: string): { source: string; speakers: string; manifest: string } {
  const sourceDir = join(dir, 'source');
  const txt = existsSync(sourceDir) ? readdirSync(sourceDir).filter((f) => f.endsWith('.txt')) : [];
  if (txt.length !== 1)
    throw new TranscriptError(
      sourceDir,
      1,
      `expected exactly one print copy (*.txt) in ${sourceDir}, found ${txt.length}`,
    );
  return {
    source: join(sourceDir, txt[0] as string),
    speakers: join(dir, 'speakers.json'),
    manifest: join(dir, 'ids.json'),
  };
}

const SPEAKER_ID = /^[a-z]+(?:-[a-z]+)*$/;

/** Reads speakers.json and checks what the parser relies on: ids fit a slug, prefixes are unique. */
export function loadSpeakers(file: string): SpeakerRef[] {
  if (!existsSync(file))
    throw new TranscriptError(
      file,
      1,
      'no speakers.json: list every speaker with "id" and "prefix"',
    );
  const text = readFileSync(file, 'utf8');
  const lineOf = (needle: string) =>
    Math.max(text.split('\n').findIndex((l) => l.includes(needle)) + 1, 1);
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch (error) {
    throw new TranscriptError(
      file,
      1,
      `not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!Array.isArray(list) || list.length === 0)
    throw new TranscriptError(file, 1, 'expected a non-empty array of speakers');
  const seen = new Set<string>();
  for (const sp of list as Partial<SpeakerRef>[]) {
    const at = lineOf(`"${sp.id}"`);
    if (typeof sp.id !== 'string' || !SPEAKER_ID.test(sp.id)) {
      throw new TranscriptError(
        file,
        at,
        `speaker id «${sp.id}» must be lower-case Latin words joined by hyphens (it names sections: «${sp.id}-speech»)`,
      );
    }
    if (
      typeof sp.prefix !== 'string' ||
      sp.prefix.trim() !== sp.prefix ||
      sp.prefix === '' ||
      sp.prefix.includes(':')
    ) {
      throw new TranscriptError(
        file,
        at,
        `speaker «${sp.id}» needs a "prefix" as the source writes it before the colon, e.g. «И.Иванов»`,
      );
    }
    for (const key of [sp.id, sp.prefix]) {
      if (seen.has(key)) throw new TranscriptError(file, at, `«${key}» is used by two speakers`);
      seen.add(key);
    }
  }
  return list as SpeakerRef[];
}

/** Reads the `sha256  name` line for `file` from SHA256SUMS beside it. */
export function recordedChecksum(file: string): { hash: string; sums: string; line: number } {
  const sums = join(dirname(file), 'SHA256SUMS');
  if (!existsSync(sums))
    throw new TranscriptError(
      sums,
      1,
      `no checksum recorded for ${basename(file)}: add «<sha256>  ${basename(file)}»`,
    );
  const lines = readFileSync(sums, 'utf8').split('\n');
  const index = lines.findIndex((l) => l.trim().endsWith(` ${basename(file)}`));
  const hash = lines[index]?.trim().split(/\s+/)[0];
  if (index < 0 || !hash || !/^[0-9a-f]{64}$/.test(hash)) {
    throw new TranscriptError(
      sums,
      Math.max(index + 1, 1),
      `no valid SHA-256 line for ${basename(file)}`,
    );
  }
  return { hash, sums, line: index + 1 };
}

/** Why a checksum differs when only the line endings do (a checkout that converted them). */
function lineEndingHint(bytes: Buffer, recorded: string): string {
  const text = bytes.toString('latin1');
  if (
    text.includes('\r\n') &&
    sha256(Buffer.from(text.replaceAll('\r\n', '\n'), 'latin1')) === recorded
  ) {
    return ' Only the line endings differ: this copy has CRLF (Windows) line endings, the recorded one LF. Git converted them (core.autocrlf); .gitattributes marks the source -text, so restore it with «git rm --cached -r content/source && git checkout -- content/source».';
  }
  if (
    !text.includes('\r\n') &&
    sha256(Buffer.from(text.replaceAll('\n', '\r\n'), 'latin1')) === recorded
  ) {
    return ' Only the line endings differ: the recorded copy has CRLF line endings, this one LF. Restore the byte-exact copy.';
  }
  return '';
}

/** Every paragraph of a parsed record as a paragraph: `lead-<n>` and `<slug>-<n>`. */
export function transcriptParagraphs(t: Transcript): PublishedParagraph[] {
  const paragraph = (id: string, text: string): PublishedParagraph => ({
    id,
    address: paragraphPath(id),
    text,
  });
  return [
    ...t.lead.map((text, i) => paragraph(paragraphId(LEAD, i + 1), text)),
    ...t.speeches.flatMap((speech) =>
      speech.paragraphs.map((text, i) => paragraph(paragraphId(speech.slug, i + 1), text)),
    ),
  ];
}

/**
 * Every paragraph of a record's generated MDX, read as the build reads it (the same MDX syntax):
 * `record.mdx` gives the lead, each `speeches/*.mdx` its `slug` frontmatter's paragraphs.
 */
export function generatedParagraphs(dir: string): PublishedParagraph[] {
  const paragraph = (id: string, text: string): PublishedParagraph => ({
    id,
    address: paragraphPath(id),
    text,
  });
  const header = join(dir, 'record.mdx');
  const lead = existsSync(header) ? paragraphsOf(bodyOf(readFileSync(header, 'utf8')), header) : [];
  const speechesDir = join(dir, 'speeches');
  const speeches = existsSync(speechesDir)
    ? readdirSync(speechesDir).filter((f) => f.endsWith('.mdx'))
    : [];
  return [
    ...lead.map((text, i) => paragraph(paragraphId(LEAD, i + 1), text)),
    ...speeches.flatMap((f) => {
      const mdx = readFileSync(join(speechesDir, f), 'utf8');
      const slug = /^slug: "([a-z0-9-]+)"$/m.exec(mdx)?.[1];
      if (!slug)
        throw new TranscriptError(
          join(speechesDir, f),
          2,
          'no slug in the frontmatter: run npm run import',
        );
      return paragraphsOf(bodyOf(mdx), join(speechesDir, f)).map((text, i) =>
        paragraph(paragraphId(slug, i + 1), text),
      );
    }),
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

export function importRecord({
  source,
  outDir,
  speakers,
  manifest,
  check = false,
}: ImportOptions): ImportResult {
  if (!existsSync(source)) throw new TranscriptError(source, 1, 'source file not found');
  const bytes = readFileSync(source);
  const actual = sha256(bytes);
  const recorded = recordedChecksum(source);
  if (actual !== recorded.hash) {
    throw new TranscriptError(
      recorded.sums,
      recorded.line,
      `checksum mismatch for ${basename(source)}: recorded ${recorded.hash}, the file has ${actual}.${lineEndingHint(bytes, recorded.hash)} The source copy must stay byte-exact; if the Kremlin text really changed, record the new checksum on purpose.`,
    );
  }
  const { text, notes } = decodeSource(bytes, source);
  const transcript = parseTranscript(text, speakers, source);

  const files = new Map<string, string>();
  const forumFile = join(outDir, 'record.mdx');
  files.set(forumFile, recordMdx(transcript, actual));
  assertReadsBack(forumFile, files.get(forumFile) ?? '', transcript.lead, source, 1);
  for (const [i, speech] of transcript.speeches.entries()) {
    const path = join(
      outDir,
      'speeches',
      speechFileName(speech, i + 1, transcript.speeches.length),
    );
    files.set(path, speechMdx(speech, i + 1));
    assertReadsBack(path, files.get(path) ?? '', speech.paragraphs, source, speech.line);
  }

  const manifestFile = manifest ?? join(outDir, 'ids.json');
  const published = existsSync(manifestFile)
    ? parseManifest(readFileSync(manifestFile, 'utf8'))
    : undefined;
  if (published) {
    const broken = breaches(published, transcriptParagraphs(transcript));
    if (broken.length > 0) throw new TranscriptError(source, 1, breachReport(broken, manifestFile));
  }

  const speechesDir = join(outDir, 'speeches');
  const stale = existsSync(speechesDir)
    ? readdirSync(speechesDir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => join(speechesDir, f))
        .filter((f) => !files.has(f))
    : [];
  const changed = [
    ...[...files]
      .filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text)
      .map(([p]) => p),
    ...stale,
  ];

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
      `source ${basename(source)} sha256 ${actual}`,
      `lead ${transcript.lead.length}; ${counts}`,
      ids,
      `${check ? 'differs' : 'written'}: ${changed.length} file(s)`,
    ],
  };
}
