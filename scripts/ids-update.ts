/**
 * `npm run ids:update`: writes the record's id manifest (ids.json) from its generated MDX — every
 * paragraph id, its address and the fingerprint of its text. New ids are added; a published id
 * whose text or place changed, or that is gone, is refused unless accepted on purpose:
 *
 *   npm run ids:update -- --accept putin-speech-18 --reason "the Kremlin corrected a typo"
 *
 * (--accept and --reason pair up, repeat them for several ids). The reason goes into the
 * manifest's history. RECORD_DIR (or --record DIR) picks the record, content/ by default.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  emptyManifest,
  formatManifest,
  parseManifest,
  updateManifest,
} from '../src/record/id-manifest.ts';
import { generatedParagraphs } from '../src/record/importer.ts';
import { recordFiles } from '../src/record/inputs.ts';

const { values } = parseArgs({
  options: {
    record: { type: 'string', default: process.env.RECORD_DIR || 'content' },
    accept: { type: 'string', multiple: true, default: [] },
    reason: { type: 'string', multiple: true, default: [] },
  },
});

try {
  if (values.accept.length !== values.reason.length || values.reason.some((r) => r.trim() === '')) {
    throw new Error('give each --accept <id> its --reason "…" (why the published text changed)');
  }
  const accept = new Map(values.accept.map((id, i) => [id, values.reason[i] ?? '']));
  const { manifest: file } = recordFiles(values.record);
  const before = existsSync(file) ? parseManifest(readFileSync(file, 'utf8')) : emptyManifest();
  const after = updateManifest(
    before,
    generatedParagraphs(values.record),
    accept,
    new Date().toISOString().slice(0, 10),
  );
  writeFileSync(file, formatManifest(after));
  const added = Object.keys(after.ids).filter((id) => !(id in before.ids)).length;
  console.log(
    `${file}: ${Object.keys(after.ids).length} ids (${added} new, ${accept.size} accepted)`,
  );
} catch (error) {
  console.error(`ids:update refused: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
