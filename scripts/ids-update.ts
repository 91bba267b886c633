/** `npm run ids:update`: rewrites content/ids.json from the built site. Run on purpose only: published ids are a promise. */
import { writeFileSync } from 'node:fs';
import { MANIFEST, publishedIds } from '../tests/site/ids.ts';

const ids = publishedIds();
writeFileSync(MANIFEST, `${JSON.stringify({ comment: 'Published paragraph ids and their addresses. Never remove or move one.', ids }, null, 2)}\n`);
console.log(`${MANIFEST}: ${Object.keys(ids).length} ids`);
