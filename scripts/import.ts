/**
 * `npm run import`: speeches the byte-exact print copy of a record into its
 * generated MDX. Deterministic; validates everything (and keeps every
 * published id on its text, see ids.json) before it writes anything, so bad
 * input leaves the record as it was.
 *
 *   node scripts/import.ts [--record DIR] [--check]
 *   RECORD_DIR=DIR npm run import
 *   node scripts/import.ts --source FILE --speakers FILE --out DIR   (each overrides the record's)
 *
 * The record folder (default RECORD_DIR, else content/) is laid out as content/ is:
 * source/<print copy>.txt with SHA256SUMS, speakers.json, ids.json; the MDX goes into it.
 * --check writes nothing and fails if the committed MDX differs.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importRecord } from '../src/record/importer.ts';
import { loadSpeakers, recordFiles } from '../src/record/inputs.ts';

const { values } = parseArgs({
  options: {
    record: { type: 'string', default: process.env.RECORD_DIR || 'content' },
    source: { type: 'string' },
    speakers: { type: 'string' },
    out: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
});

try {
  const dir = values.out ?? values.record;
  const source = values.source ?? recordFiles(values.record).source;
  const speakers = loadSpeakers(values.speakers ?? join(values.record, 'speakers.json'));
  const result = importRecord({
    source,
    outDir: dir,
    speakers,
    manifest: join(dir, 'ids.json'),
    check: values.check,
  });
  for (const line of result.report) console.log(line);
  if (values.check && result.changed.length > 0) {
    console.error(
      `The committed MDX differs from what the importer makes: ${result.changed.join(', ')}. Run npm run import.`,
    );
    process.exit(1);
  }
} catch (error) {
  console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
