/**
 * A published page's bytes as text: its SHA-256 checked against the recorded one first, then
 * decoded as strict UTF-8 (a byte that is not UTF-8 is an error on its line, never U+FFFD).
 * Errors are `file:line: message`, as the print-copy importer gives them.
 */
import { createHash } from 'node:crypto';
import { TranscriptError } from '../record/transcript-error.ts';

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Throws when `expected` (a SHA-256 in hex, as SHA256SUMS writes it) is given and differs. */
export function checkChecksum(bytes: Uint8Array, expected: string | undefined, file: string): void {
  if (expected === undefined) return;
  if (!/^[0-9a-f]{64}$/i.test(expected))
    throw new TranscriptError(file, 1, `the expected SHA-256 «${expected}» is not 64 hex digits`);
  const actual = sha256Hex(bytes);
  if (actual !== expected.toLowerCase()) {
    throw new TranscriptError(
      file,
      1,
      `checksum mismatch: expected SHA-256 ${expected.toLowerCase()}, the file has ${actual} (a different copy of the page; check it and record its hash on purpose)`,
    );
  }
}

/** Strict UTF-8; the error names the first line that holds a byte that is not UTF-8. */
export function decodeStrictUtf8(bytes: Uint8Array, file: string): string {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    return decoder.decode(bytes);
  } catch {
    // 0x0A never occurs inside a UTF-8 sequence, so decoding line by line finds the bad one.
    let from = 0;
    let line = 1;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        decoder.decode(bytes.subarray(from, i));
      } catch {
        break;
      }
      line++;
      from = i + 1;
    }
    throw new TranscriptError(file, line, 'invalid UTF-8: the page must be saved as UTF-8');
  }
}
