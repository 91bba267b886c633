/**
 * The build refuses an alignment that no longer holds, as it refuses a published id that lost its
 * text (src/integrations/id-guard.ts): the committed English page is read again (against its
 * SHA256SUMS) and every bead's fingerprint is checked against the texts the site publishes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from './align-command.ts';
import type { AlignmentFile } from './alignment-file.ts';
import { checkAlignment } from './check-alignment.ts';
import { englishParagraphs } from './english-paragraphs.ts';
import { readRussianRecord, russianTexts } from './russian-record.ts';

/** Throws, naming each broken bead, when the record's English alignment no longer holds; returns its bead count. */
export function guardAlignment(record: string): number {
  const file = join(record, 'translations', 'en', 'alignment.json');
  if (!existsSync(file)) return 0;
  const doc = JSON.parse(readFileSync(file, 'utf8')) as AlignmentFile;
  const english = englishParagraphs(readPage({ record }).page).map((p) => p.text);
  const problems = checkAlignment(doc, russianTexts(readRussianRecord(record)), english);
  if (problems.length > 0)
    throw new Error(
      `${file}: the alignment no longer holds:\n${problems.map((p) => `  ${p.message}`).join('\n')}\nRe-align with npm run align, review the beads it reports, and commit the result.`,
    );
  return doc.beads.length;
}
