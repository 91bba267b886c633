/**
 * What `node scripts/align.ts` does, without writing: reads the English page (a new one given
 * with its expected SHA-256, or the committed copy checked against its SHA256SUMS), the record's
 * speakers with their English forms and the Russian paragraphs from the generated MDX; aligns;
 * and returns every file to write with the report. Any error is `file:line: message` and leaves
 * nothing to write.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { recordedChecksum } from '../record/inputs.ts';
import { TranscriptError } from '../record/transcript-error.ts';
import { alignRecord } from './align-record.ts';
import { alignmentFile } from './alignment-file.ts';
import { alignmentReport } from './alignment-report.ts';
import { nameForms } from './anchors.ts';
import { checkAlignment } from './check-alignment.ts';
import { speakersWithEnglish } from './english-forms.ts';
import { englishParagraphs, recordInput } from './english-paragraphs.ts';
import { formatJson } from './format-json.ts';
import { parseKremlinPage } from './kremlin-page.ts';
import { sha256Hex } from './page-bytes.ts';
import { UnpairedSpeechError } from './pair-speeches.ts';
import { readRussianRecord, russianTexts } from './russian-record.ts';

export interface AlignCommand {
  /** The record folder, laid out as content/ is. */
  record: string;
  /** A page to import in place of the committed copy, with the SHA-256 it must have. */
  page?: { file: string; sha256: string };
}

export interface AlignPlan {
  /** Path → content, written only when everything is valid. */
  files: Map<string, string | Uint8Array>;
  report: string[];
}

/** The page to read: the one given, or the only *.html in translations/en/source/. */
function pageSource(command: AlignCommand, sourceDir: string) {
  if (command.page) {
    const { file, sha256 } = command.page;
    return { path: file, name: basename(file), bytes: readFileSync(file), sha256 };
  }
  const html = existsSync(sourceDir)
    ? readdirSync(sourceDir).filter((f) => f.endsWith('.html'))
    : [];
  if (html.length !== 1)
    throw new TranscriptError(
      sourceDir,
      1,
      `expected one English page (*.html) in ${sourceDir}, found ${html.length}: import one with --page FILE --sha256 HASH`,
    );
  const path = join(sourceDir, html[0] as string);
  return {
    path,
    name: html[0] as string,
    bytes: readFileSync(path),
    sha256: recordedChecksum(path).hash,
  };
}

/** The English page of a record (the one given, or the committed copy) with its speakers, read and checked. */
export function readPage(command: AlignCommand) {
  const outDir = join(command.record, 'translations', 'en');
  const source = pageSource(command, join(outDir, 'source'));
  const speakers = speakersWithEnglish(join(command.record, 'speakers.json'));
  const page = parseKremlinPage(source.bytes, speakers, {
    file: source.path,
    sha256: source.sha256,
  });
  return { outDir, source, speakers, page };
}

export function planAlignment(command: AlignCommand): AlignPlan {
  const { outDir, source, speakers, page } = readPage(command);
  const sourceDir = join(outDir, 'source');
  const ru = readRussianRecord(command.record);
  let aligned: ReturnType<typeof alignRecord>;
  try {
    aligned = alignRecord(recordInput(ru, page), nameForms(speakers));
  } catch (error) {
    if (!(error instanceof UnpairedSpeechError)) throw error;
    throw new TranscriptError(source.path, page.speeches[error.enSpeech]?.line ?? 1, error.message);
  }
  const english = englishParagraphs(page);
  const sha256 = sha256Hex(source.bytes);
  const doc = alignmentFile(aligned, ru, page, english, { file: `source/${source.name}`, sha256 });
  const problems = checkAlignment(
    doc,
    russianTexts(ru),
    english.map((p) => p.text),
  );
  if (problems.length > 0)
    throw new Error(`the new alignment fails its own check: ${problems[0]?.message}`);
  const files = new Map<string, string | Uint8Array>([
    [join(outDir, 'alignment.json'), formatJson(doc)],
  ]);
  if (command.page) {
    files.set(join(sourceDir, source.name), source.bytes);
    files.set(join(sourceDir, 'SHA256SUMS'), `${sha256}  ${source.name}\n`);
  }
  return { files, report: alignmentReport(doc, aligned.params) };
}
