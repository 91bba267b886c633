/**
 * The inputs of a record folder laid out as content/ is, read and checked before anything is
 * parsed: the one print copy and its recorded checksum, and speakers.json.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LIMITS } from './limits.ts';
import type { SpeakerRef } from './prefixes.ts';
import { checkSpeakers } from './speakers-file.ts';
import { TranscriptError } from './transcript-error.ts';

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

/** Reads speakers.json and checks what the parser and the pages rely on (speakers-file.ts). */
export function loadSpeakers(file: string): SpeakerRef[] {
  if (!existsSync(file))
    throw new TranscriptError(
      file,
      1,
      'no speakers.json: list every speaker with "id" and "prefix"',
    );
  return checkSpeakers(readFileSync(file, 'utf8'), file);
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

/** The print copy's bytes, once their SHA-256 is the one recorded in SHA256SUMS beside it. */
export function verifiedSource(source: string): { bytes: Buffer; hash: string } {
  if (!existsSync(source)) throw new TranscriptError(source, 1, 'source file not found');
  // Before reading it: a copy of gigabytes is refused at once, not after filling the memory.
  const size = statSync(source).size;
  if (size > LIMITS.sourceBytes)
    throw new TranscriptError(
      source,
      1,
      `the print copy is ${size.toLocaleString('en')} bytes: a record holds at most ${LIMITS.sourceBytes.toLocaleString('en')} (docs/records.md, «Limits»)`,
    );
  const bytes = readFileSync(source);
  const hash = sha256(bytes);
  const recorded = recordedChecksum(source);
  if (hash !== recorded.hash) {
    throw new TranscriptError(
      recorded.sums,
      recorded.line,
      `checksum mismatch for ${basename(source)}: recorded ${recorded.hash}, the file has ${hash}.${lineEndingHint(bytes, recorded.hash)} The source copy must stay byte-exact; if the Kremlin text really changed, record the new checksum on purpose.`,
    );
  }
  return { bytes, hash };
}
