/**
 * `npm run import`: turns the byte-exact source copy in content/source into
 * the committed MDX record. Deterministic; validates everything before it
 * writes anything, so bad input leaves the record as it was.
 *
 *   node scripts/import.ts [--source FILE] [--out DIR] [--check]
 *
 * --check writes nothing and fails if the committed MDX differs.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importRecord } from '../src/lib/importer.ts';

const { values } = parseArgs({
  options: {
    source: { type: 'string', default: 'content/source/000_f14b79e5080b2ac1.txt' },
    out: { type: 'string', default: 'content' },
    speakers: { type: 'string', default: 'content/speakers.json' },
    check: { type: 'boolean', default: false },
  },
});

try {
  const speakers = JSON.parse(readFileSync(values.speakers, 'utf8'));
  const result = importRecord({ source: values.source, outDir: values.out, speakers, check: values.check });
  for (const line of result.report) console.log(line);
  if (values.check && result.changed.length > 0) {
    console.error(`The committed MDX differs from what the importer makes: ${result.changed.join(', ')}. Run npm run import.`);
    process.exit(1);
  }
} catch (error) {
  console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
