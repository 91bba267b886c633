/**
 * `npm run import`: turns the byte-exact print copy of a record into its
 * generated MDX. Deterministic; validates everything (and keeps every
 * published id on its text, see ids.json) before it writes anything, so bad
 * input leaves the record as it was.
 *
 *   node scripts/import.ts [--record DIR] [--check]
 *   RECORD_DIR=DIR npm run import
 *
 * The record folder (default RECORD_DIR, else content/) is laid out as content/ is:
 * source/<print copy>.txt with SHA256SUMS, speakers.json, ids.json; the MDX goes into it.
 * --check writes nothing and fails if the committed MDX differs.
 */
import { parseArgs } from 'node:util';
import { importRecord, loadSpeakers, recordFiles } from '../src/lib/importer.ts';

const { values } = parseArgs({
  options: {
    record: { type: 'string', default: process.env.RECORD_DIR || 'content' },
    check: { type: 'boolean', default: false },
  },
});

try {
  const dir = values.record;
  const files = recordFiles(dir);
  const speakers = loadSpeakers(files.speakers);
  const result = importRecord({ source: files.source, outDir: dir, speakers, manifest: files.manifest, check: values.check });
  for (const line of result.report) console.log(line);
  if (values.check && result.changed.length > 0) {
    console.error(`The committed MDX differs from what the importer makes: ${result.changed.join(', ')}. Run npm run import.`);
    process.exit(1);
  }
} catch (error) {
  console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
