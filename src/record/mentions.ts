/**
 * documents.json checked against the record the build publishes: every mention names a paragraph
 * that exists and holds the words the documents page quotes from it, so the page never links to
 * nothing nor puts words in a speaker's mouth. Each error names the document, the mention and its
 * line. Pure: the documents collection's loader gives it the generated paragraphs.
 */

import { readJsonArray } from './json-array.ts';
import { jsonLines, lineAt } from './json-lines.ts';
import { TranscriptError } from './transcript-error.ts';

interface Mention {
  passage?: unknown;
  words?: unknown;
}

/** Words compare as a reader reads them: one space for any run of white space (NBSP included), NFC. */
const normal = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** Why a mention does not hold, or nothing (a mention of another shape is the schema's to refuse). */
function mentionProblem(m: Mention, paragraphs: ReadonlyMap<string, string>): string | undefined {
  if (typeof m.passage !== 'string' || typeof m.words !== 'string') return undefined;
  const text = paragraphs.get(m.passage);
  if (text === undefined) return 'the record has no such paragraph';
  if (!normal(text).includes(normal(m.words)))
    return `the paragraph does not hold the words «${m.words}»`;
  return undefined;
}

/** The documents of `text` (documents.json), once every mention holds in `paragraphs` (id → text). */
export function checkMentions(
  text: string,
  file: string,
  paragraphs: ReadonlyMap<string, string>,
): unknown[] {
  const list = readJsonArray(text, file, 'documents');
  const lines = jsonLines(text);
  for (const [i, doc] of list.entries()) {
    const { id, mentions } = (doc ?? {}) as { id?: unknown; mentions?: unknown };
    if (!Array.isArray(mentions)) continue;
    for (const [j, mention] of mentions.entries()) {
      const m = (mention ?? {}) as Mention;
      const problem = mentionProblem(m, paragraphs);
      if (problem)
        throw new TranscriptError(
          file,
          lineAt(lines, `${i}/mentions/${j}/passage`),
          `document «${String(id)}», mention «${String(m.passage)}»: ${problem}`,
        );
    }
  }
  return list;
}
