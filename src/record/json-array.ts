/** A hand-written JSON file that must hold an array (speakers.json, documents.json…), or `file:1: …`. */
import { TranscriptError } from './transcript-error.ts';

/** Its items; «not JSON: …» or «expected a (non-empty) array of <what>» at line 1 otherwise. */
export function readJsonArray(
  text: string,
  file: string,
  what: string,
  nonEmpty = false,
): unknown[] {
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
  if (!Array.isArray(list) || (nonEmpty && list.length === 0))
    throw new TranscriptError(
      file,
      1,
      `expected a ${nonEmpty ? 'non-empty ' : ''}array of ${what}`,
    );
  return list;
}
