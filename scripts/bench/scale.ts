/**
 * `npm run bench:scale`: how the cost of a build and of search grows with the record. Writes
 * synthetic records of 1×, 10× and 50× this record's paragraphs (this record's speeches repeated,
 * each copy by two new speakers, so speakers and speeches grow in proportion), imports and builds
 * each with RECORD_DIR, and prints build time, peak memory, dist bytes, Pagefind index bytes,
 * the `/` HTML in brotli bytes and search latency (cold: a fresh browser opening a search link;
 * warm: a second query on that page). Writes bench/scale.json.
 *
 *   node scripts/bench/scale.ts [--sizes 1,10,50]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliFile } from '../../src/publish/brotli.ts';
import { sha256 } from '../../src/record/inputs.ts';
import { parseTranscript } from '../../src/record/transcript.ts';
import { buildRecord } from '../build-record.ts';
import { launch, serve } from './lib.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,10,50' } } });
const SIZES = values.sizes.split(',').map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 4396);
const WORK = resolve('node_modules/.bench-scale');

/** Latin letters for speaker ids (slugs allow no digits): 0 → «a», 26 → «ba». */
const letters = (n: number): string =>
  (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
const ROOTS = [
  'Абаш',
  'Борис',
  'Волг',
  'Глин',
  'Дуб',
  'Ермол',
  'Жук',
  'Зимин',
  'Ильин',
  'Котл',
  'Лаптев',
  'Мельн',
  'Носк',
  'Орл',
  'Павл',
];
const ENDS = ['ов', 'ин', 'ев', 'ский', 'цев', 'ович', 'енко'];

/** The k× record folder (the source copy, its checksum, its speakers) and its paragraph count. */
function writeRecord(k: number): { dir: string; paragraphs: number } {
  const source = readFileSync('content/source/000_f14b79e5080b2ac1.txt', 'utf8');
  const speakers = JSON.parse(readFileSync('content/speakers.json', 'utf8'));
  const record = parseTranscript(source, speakers);
  const people = Array.from({ length: 2 * k }, (_, i) => {
    const surname = `${ROOTS[i % ROOTS.length]}${ENDS[Math.floor(i / ROOTS.length) % ENDS.length]}${i >= ROOTS.length * ENDS.length ? letters(i).toUpperCase() : ''}`;
    return {
      id: `sp${letters(i)}`,
      prefix: `И.${surname}`,
      name: `Иван ${surname}`,
      nameGenitive: `Ивана ${surname}а`,
      role: `Участник ${i + 1}`,
      surname,
      given: 'Иван',
      patronymic: 'Иванович',
    };
  });
  const order = [...new Set(record.speeches.map((t) => t.speaker))];
  const speeches = Array.from({ length: k }, (_, copy) =>
    record.speeches.map((t) => {
      const who = people[2 * copy + order.indexOf(t.speaker)];
      const omission = t.omissionAfter ? ['&lt;…&gt;'] : [];
      return [`${who?.prefix}: ${t.paragraphs[0]}`, ...t.paragraphs.slice(1), ...omission].join(
        '\n',
      );
    }),
  ).flat();
  const lines = source.split('\n');
  const head = lines.slice(0, lines.indexOf('* * *') + 1).join('\n');
  const text = `${head}\n${speeches.join('\n')}\n\n${record.sourceUrl}\n`;
  const dir = join(WORK, `x${k}`);
  mkdirSync(join(dir, 'source'), { recursive: true });
  writeFileSync(join(dir, 'source', 'record.txt'), text);
  writeFileSync(join(dir, 'source', 'SHA256SUMS'), `${sha256(text)}  record.txt\n`);
  writeFileSync(join(dir, 'speakers.json'), `${JSON.stringify(people, null, 2)}\n`);
  const perCopy = record.speeches.reduce((n, t) => n + t.paragraphs.length, 0);
  return { dir, paragraphs: record.lead.length + k * perCopy };
}

function bytesUnder(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/** Cold: a fresh browser context opens a search link; warm: a second query on that page. */
async function searchLatency(dist: string): Promise<{ cold: number; warm: number }> {
  process.env.ASTRO_OUT_DIR = dist; // the server serves this build
  const server = await serve(PORT);
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    const started = Date.now();
    await page.goto(
      `http://127.0.0.1:${PORT}/search/?q=${encodeURIComponent('человеческого капитала')}`,
    );
    await page.locator('.results li').first().waitFor();
    const cold = Date.now() - started;
    const input = page.locator('#search-q');
    await page.locator('.results').evaluate((el) => el.replaceChildren());
    const t0 = Date.now();
    await input.fill('цифровая экономика');
    await page.locator('.results li').first().waitFor();
    return { cold, warm: Date.now() - t0 };
  } finally {
    await browser.close();
    server.kill();
  }
}

const rows: ({ size: string } & Record<string, string | number>)[] = [];
for (const k of SIZES) {
  const { dir, paragraphs } = writeRecord(k);
  const started = performance.now();
  const build = buildRecord(dir, join(WORK, `x${k}-build`), ['/usr/bin/time', '-f', '%M']);
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) throw new Error(`the ${k}× build failed:\n${build.stderr.slice(-2000)}`);
  const peakKb = Number(build.stderr.trim().split('\n').at(-1));
  const dist = join(WORK, `x${k}-build`, 'dist');
  const latency = await searchLatency(dist);
  const row = {
    size: `${k}×`,
    paragraphs,
    speakers: 2 * k,
    buildSeconds: Number(seconds.toFixed(1)),
    peakMemoryMB: Math.round(peakKb / 1024),
    distBytes: bytesUnder(dist),
    pagefindBytes: bytesUnder(join(dist, 'pagefind')),
    homeBrotliBytes: brotliFile(join(dist, 'index.html')),
    searchColdMs: latency.cold,
    searchWarmMs: latency.warm,
  };
  rows.push(row);
  console.log(JSON.stringify(row));
}
console.table(rows);
// Sizes measured in earlier runs stay in the file until measured again.
const FILE = 'bench/scale.json';
const earlier: { size: string }[] = existsSync(FILE)
  ? JSON.parse(readFileSync(FILE, 'utf8')).rows
  : [];
const merged = [...earlier.filter((r) => !rows.some((n) => n.size === r.size)), ...rows].sort(
  (a, b) => parseInt(a.size, 10) - parseInt(b.size, 10),
);
mkdirSync('bench', { recursive: true });
writeFileSync(
  FILE,
  `${JSON.stringify({ date: new Date().toISOString(), rows: merged }, null, 2)}\n`,
);
