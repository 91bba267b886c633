/**
 * `npm run bench:zotero`: what Zotero saves from the built site. Builds nothing: serves `dist/`
 * (`npm run build` first) on a free port of 127.0.0.1, posts each page type — the record, a
 * speech, a paragraph of it, a paragraph of the event's lead, the documents — to a running Zotero
 * translation server (zotero/translation-server with zotero/translators; ZOTERO_SERVER, default
 * http://127.0.0.1:1969) and prints the item it returns. Then checks the two that matter against
 * the record's data (content/): a paragraph page is a presentation — its kind, the meeting's full
 * name, the place, the day, the speaker — titled with no colon and with no address as a
 * container; the record is a transcript by the official publisher with every speaker in it.
 * Exits 1 on a difference. Not part of `npm test`: the translation server is not installed in CI
 * (docs/citing.md, «Reference managers»).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../lib/dist.ts';
import { startServerProcess } from '../lib/server-process.ts';
import { readRules } from '../serve.ts';

const ZOTERO = (process.env.ZOTERO_SERVER ?? 'http://127.0.0.1:1969').replace(/\/$/, '');
const RECORD_DIR = process.env.RECORD_DIR ?? 'content';

type Item = Record<string, unknown> & {
  itemType: string;
  creators: { firstName?: string; lastName?: string; name?: string; creatorType: string }[];
};

const editorial = JSON.parse(readFileSync(join(RECORD_DIR, 'record.json'), 'utf8'));
const speakers: { id: string; surname?: string; given?: string }[] = JSON.parse(
  readFileSync(join(RECORD_DIR, 'speakers.json'), 'utf8'),
);
const frontmatter = readFileSync(join(RECORD_DIR, 'record.mdx'), 'utf8');
const field = (name: string) => new RegExp(`^${name}: "(.*)"$`, 'm').exec(frontmatter)?.[1] ?? '';
const place = field('place');
const day = field('date').slice(0, 10);

const { base } = readRules(DIST);
const speechFiles = readdirSync(join(RECORD_DIR, 'speeches'))
  .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
  .map((f) => readFileSync(join(RECORD_DIR, 'speeches', f), 'utf8'));
const slugOf = (text: string) => /^slug: "(.+)"$/m.exec(text)?.[1] ?? '';
/** The record's first speech, and a paragraph from its middle. */
const speech = slugOf(speechFiles[0] ?? '');
const paragraphs = readdirSync(join(DIST, 'p')).filter((f) => !f.includes('.'));
const ofSpeech = paragraphs.filter((p) => p.startsWith(`${speech}-`));
const pages: [string, string][] = [
  ['record', ''],
  ['speech', `speeches/${speech}/`],
  ['paragraph', `p/${ofSpeech[Math.floor(ofSpeech.length / 2)]}/`],
  ['lead paragraph', `p/${paragraphs.find((p) => p.startsWith('lead-'))}/`],
  ['documents', 'documents/'],
];

/** Zotero keeps a date as written; «2017/11/09» is that day. */
const isoDay = (date: unknown) => String(date ?? '').replaceAll('/', '-');

async function translate(url: string): Promise<Item> {
  const response = await fetch(`${ZOTERO}/web`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain' },
    body: url,
  });
  if (!response.ok) throw new Error(`${url}: the translation server said ${response.status}`);
  const [item] = (await response.json()) as Item[];
  if (!item) throw new Error(`${url}: no item`);
  const { key: _k, version: _v, accessDate: _a, ...rest } = item;
  return rest as Item;
}

/** What must hold of an item, as [what, holds]. */
function checks(kind: string, item: Item, path: string): [string, boolean][] {
  const urls = ['proceedingsTitle', 'publicationTitle', 'websiteTitle', 'conferenceName']
    .map((f) => item[f])
    .filter((v) => /^https?:/.test(String(v ?? '')));
  const common: [string, boolean][] = [
    ['no address as a container', urls.length === 0],
    ['language ru', item.language === 'ru'],
    [`date ${day}`, isoDay(item.date) === day],
    [`place ${place}`, item.place === place],
    [
      'no colon in the title, no short title',
      !String(item.title).includes(':') && !item.shortTitle,
    ],
  ];
  if (kind === 'paragraph') {
    const slug = path.split('/')[1]?.replace(/-\d+$/, '') ?? '';
    const speakerId = speechFiles.find((t) => slugOf(t) === slug)?.match(/^speaker: "(.+)"$/m)?.[1];
    const speaker = speakers.find((s) => s.id === speakerId);
    return [
      ...common,
      ['a presentation', item.itemType === 'presentation'],
      [
        'its kind («Выступление»…)',
        /^(Выступление|Заключительное слово)$/.test(String(item.presentationType)),
      ],
      [`meeting «${editorial.eventName}»`, item.meetingName === editorial.eventName],
      [
        `titled as the speech («… на ${editorial.titlePrepositional}»)`,
        String(item.title).endsWith(` на ${editorial.titlePrepositional}`),
      ],
      [
        `the speaker, ${speaker?.surname}`,
        item.creators.length === 1 && item.creators[0]?.lastName === speaker?.surname,
      ],
      ['an abstract that starts with a capital', /^[А-ЯЁ]/.test(String(item.abstractNote))],
    ];
  }
  if (kind === 'record')
    return [
      ...common,
      [
        'a report of type «Стенограмма»',
        item.itemType === 'report' && item.reportType === 'Стенограмма',
      ],
      [`titled «${editorial.eventName}»`, item.title === editorial.eventName],
      [`published by ${editorial.publisher}`, item.institution === editorial.publisher],
      [
        'every speaker a contributor',
        item.creators.filter((c) => c.creatorType === 'contributor').length ===
          new Set(speakers.map((s) => s.id)).size,
      ],
    ];
  return [];
}

const site = await startServerProcess(DIST);
let failed = 0;
try {
  for (const [kind, path] of pages) {
    const url = `${site.origin}${base}${path}`;
    const item = await translate(url);
    console.log(`\n${kind}: ${base}${path}\n${JSON.stringify(item, null, 2)}`);
    for (const [what, holds] of checks(kind, item, path)) {
      if (!holds) failed++;
      console.log(`  ${holds ? 'ok  ' : 'FAIL'} ${what}`);
    }
  }
} finally {
  await site.stop();
}
console.log(failed ? `\n${failed} check(s) failed` : '\nall checks hold');
process.exit(failed ? 1 : 0);
