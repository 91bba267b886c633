/**
 * `node scripts/align.ts`: aligns the official English translation (a kremlin.ru page as
 * published) with the Russian record, paragraph by paragraph, into
 * `<record>/translations/en/alignment.json`, and prints the beads a person should review.
 *
 *   node scripts/align.ts                                   re-align from the committed page copy
 *   node scripts/align.ts --page FILE --sha256 HASH         import a page (checked against HASH):
 *                                                           copies it byte-exact to
 *                                                           translations/en/source/ with SHA256SUMS
 *   node scripts/align.ts --record DIR                      another record folder (default RECORD_DIR, else content/)
 *
 * Everything is read and checked before anything is written: on an error (`file:line: message`)
 * nothing changes. The method is in src/translation/ (align.ts, bead-cost.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { planAlignment } from '../src/translation/align-command.ts';

const { values } = parseArgs({
  options: {
    record: { type: 'string', default: process.env.RECORD_DIR || 'content' },
    page: { type: 'string' },
    sha256: { type: 'string' },
  },
});

try {
  if (values.page && !values.sha256)
    throw new Error(
      '--page needs --sha256 HASH: the SHA-256 the page was published with, checked before it is read',
    );
  const plan = planAlignment({
    record: values.record,
    ...(values.page && values.sha256 && { page: { file: values.page, sha256: values.sha256 } }),
  });
  for (const [file, content] of plan.files) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  for (const line of plan.report) console.log(line);
  console.log(`wrote ${[...plan.files.keys()].join(', ')}`);
} catch (error) {
  console.error(`align failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
