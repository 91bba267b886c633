/**
 * `npm run bench:scale`: how the cost of a build and of search grows with the record. Writes
 * synthetic records of 1×, 10×, 50× and 100× this record's paragraphs (this record's speeches
 * repeated, each copy by two new speakers, so speakers and speeches grow in proportion), imports
 * and builds each with RECORD_DIR, and prints build time, peak memory (the whole process group,
 * sampled each second), dist bytes, Pagefind index bytes, the `/` HTML in brotli bytes and search
 * latency (cold: a fresh browser opening a search link; warm: a second query on that page). Writes
 * bench/scale.json.
 *
 * A record past the paragraph limit (src/record/limits.ts) is first imported as is, to time its
 * refusal, then measured with the limit raised (RECORD_MAX_PARAGRAPHS). A build still running after
 * --timeout seconds is stopped: its row says how far it got (pages and cards written) and at what memory.
 *
 *   node scripts/bench/scale.ts [--sizes 1,10,50,100] [--timeout 480]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliFile } from '../../src/publish/brotli.ts';
import { sha256 } from '../../src/record/inputs.ts';
import { LIMITS } from '../../src/record/limits.ts';
import { parseTranscript } from '../../src/record/transcript.ts';
import { prepareRecord } from '../build-record.ts';
import { launch, serve } from './lib.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,10,50,100' },
    timeout: { type: 'string', default: '480' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const TIMEOUT = Number(values.timeout) * 1000;
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

/** Resident memory of a process group, in kB (every process in it: npm, astro, workers). */
function groupRssKb(pgid: number): number {
  const ps = spawnSync('ps', ['-o', 'rss=', '-g', String(pgid)], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map(Number)
    .reduce((a, b) => a + (b || 0), 0);
}

/** `npm run build` in its own process group, stopped after TIMEOUT: time, peak memory, pages and cards written. */
async function timedBuild(env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const child = spawn('npm', ['run', 'build'], { env, detached: true, stdio: 'pipe' });
  let log = '';
  child.stdout.on('data', (d) => {
    log += d;
  });
  child.stderr.on('data', (d) => {
    log += d;
  });
  let peakKb = 0;
  const sample = setInterval(() => {
    peakKb = Math.max(peakKb, groupRssKb(child.pid ?? 0));
  }, 1000);
  const timer = setTimeout(() => process.kill(-(child.pid ?? 0), 'SIGKILL'), TIMEOUT);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sample);
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  // Astro logs each page and card it writes: «├─ /p/lead-1/index.html (+45ms)».
  const pages = (log.match(/ \(\+\d+m?s\)/g) ?? []).length;
  return { status, seconds, peakKb, pages, log, timedOut: seconds * 1000 >= TIMEOUT };
}

/** The importer's refusal of a record past the limit: how soon, and what it says. */
function refusal(dir: string): string {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['scripts/import.ts', '--record', dir, '--check'], {
    encoding: 'utf8',
  });
  const ms = Math.round(performance.now() - started);
  const message = run.stderr.trim().split('\n')[0] ?? '';
  return run.status === 0 ? 'accepted' : `refused in ${ms} ms: ${message.replace(dir, '…')}`;
}

async function measure(k: number) {
  const { dir, paragraphs } = writeRecord(k);
  const over = paragraphs > LIMITS.paragraphs;
  const refused = over ? refusal(dir) : undefined;
  const raised = over ? { RECORD_MAX_PARAGRAPHS: String(paragraphs) } : {};
  const env = prepareRecord(dir, join(WORK, `x${k}-build`), raised);
  const build = await timedBuild(env);
  const row: { size: string } & Record<string, string | number | boolean> = {
    size: `${k}×`,
    paragraphs,
    speakers: 2 * k,
    ...(refused ? { importOverLimit: refused } : {}),
    buildSeconds: Number(build.seconds.toFixed(1)),
    peakMemoryMB: Math.round(build.peakKb / 1024),
  };
  if (build.timedOut)
    return { ...row, stoppedAfterSeconds: TIMEOUT / 1000, filesWritten: build.pages };
  if (build.status !== 0) throw new Error(`the ${k}× build failed:\n${build.log.slice(-2000)}`);
  const dist = join(WORK, `x${k}-build`, 'dist');
  const latency = await searchLatency(dist);
  return {
    ...row,
    filesWritten: build.pages,
    distBytes: bytesUnder(dist),
    pagefindBytes: bytesUnder(join(dist, 'pagefind')),
    homeBrotliBytes: brotliFile(join(dist, 'index.html')),
    searchColdMs: latency.cold,
    searchWarmMs: latency.warm,
  };
}

const rows: ({ size: string } & Record<string, string | number | boolean>)[] = [];
for (const k of SIZES) {
  const row = await measure(k);
  rows.push(row);
  console.log(JSON.stringify(row));
}
console.table(rows);
// Sizes measured in earlier runs stay in the file until measured again.
const FILE = 'bench/scale.json';
const previous = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : { rows: [] };
const earlier: { size: string }[] = previous.rows;
const merged = [...earlier.filter((r) => !rows.some((n) => n.size === r.size)), ...rows].sort(
  (a, b) => parseInt(a.size, 10) - parseInt(b.size, 10),
);
mkdirSync('bench', { recursive: true });
writeFileSync(
  FILE,
  // The note says when and how each row was measured: kept, to be edited by hand.
  `${JSON.stringify({ date: new Date().toISOString(), note: previous.note, rows: merged }, null, 2)}\n`,
);
