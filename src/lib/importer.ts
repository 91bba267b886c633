/**
 * The importer behind `npm run import`: checks the source copy against its
 * recorded SHA-256, parses it, renders every MDX file in memory, and only then
 * writes. Any error leaves the committed record untouched.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { forumMdx, turnFileName, turnMdx } from './mdx.ts';
import { parseTranscript, type SpeakerRef, TranscriptError } from './transcript.ts';

export interface ImportOptions {
  source: string;
  outDir: string;
  speakers: SpeakerRef[];
  /** Compare with what is on disk instead of writing. */
  check?: boolean;
}

export interface ImportResult {
  files: Map<string, string>;
  /** Paths whose content on disk differs from the importer's (or that are stale). */
  changed: string[];
  report: string[];
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads the `sha256  name` line for `file` from SHA256SUMS beside it. */
export function recordedChecksum(file: string): { hash: string; sums: string; line: number } {
  const sums = join(dirname(file), 'SHA256SUMS');
  if (!existsSync(sums)) throw new TranscriptError(sums, 1, `no checksum recorded for ${basename(file)}: add «<sha256>  ${basename(file)}»`);
  const lines = readFileSync(sums, 'utf8').split('\n');
  const index = lines.findIndex((l) => l.trim().endsWith(` ${basename(file)}`));
  const hash = lines[index]?.trim().split(/\s+/)[0];
  if (index < 0 || !hash || !/^[0-9a-f]{64}$/.test(hash)) {
    throw new TranscriptError(sums, Math.max(index + 1, 1), `no valid SHA-256 line for ${basename(file)}`);
  }
  return { hash, sums, line: index + 1 };
}

export function importRecord({ source, outDir, speakers, check = false }: ImportOptions): ImportResult {
  if (!existsSync(source)) throw new TranscriptError(source, 1, 'source file not found');
  const bytes = readFileSync(source);
  const actual = sha256(bytes);
  const recorded = recordedChecksum(source);
  if (actual !== recorded.hash) {
    throw new TranscriptError(
      recorded.sums,
      recorded.line,
      `checksum mismatch for ${basename(source)}: recorded ${recorded.hash}, the file has ${actual}. The source copy must stay byte-exact; if the Kremlin text really changed, record the new checksum on purpose.`,
    );
  }
  const transcript = parseTranscript(bytes.toString('utf8'), speakers, source);

  const files = new Map<string, string>();
  files.set(join(outDir, 'forum.mdx'), forumMdx(transcript, actual));
  for (const [i, turn] of transcript.turns.entries()) files.set(join(outDir, 'speeches', turnFileName(turn, i + 1)), turnMdx(turn, i + 1));

  const speechesDir = join(outDir, 'speeches');
  const stale = existsSync(speechesDir)
    ? readdirSync(speechesDir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => join(speechesDir, f))
        .filter((f) => !files.has(f))
    : [];
  const changed = [...[...files].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([p]) => p), ...stale];

  if (!check) {
    mkdirSync(speechesDir, { recursive: true });
    for (const path of stale) rmSync(path);
    for (const [path, text] of files) writeFileSync(path, text);
  }
  const counts = transcript.turns.map((t) => `${t.slug} ${t.paragraphs.length}`).join(', ');
  return {
    files,
    changed,
    report: [
      `source ${basename(source)} sha256 ${actual}`,
      `lead ${transcript.lead.length}; ${counts}`,
      `${check ? 'differs' : 'written'}: ${changed.length} file(s)`,
    ],
  };
}
