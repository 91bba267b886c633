/**
 * The record as every page, download and image sees it: read from the content collections
 * (the MDX the importer generated), never from the source `.txt` again.
 */
import { type CollectionEntry, getCollection, getEntries, getEntry } from 'astro:content';
import type { DownloadInput, RecordText } from '../publish/downloads.ts';
import { LEAD, paragraphId, paragraphPath } from '../shared/addresses.ts';
import { formatDateRu } from '../shared/format.ts';
import { paragraphsOf } from './paragraphs.ts';
import { speechTitle } from './speeches.ts';

/** A speaker as speakers.json lists them (the schema holds the id). */
export type Speaker = CollectionEntry<'speakers'>['data'];

export interface Speech {
  entry: CollectionEntry<'speeches'>;
  slug: string;
  title: string;
  speaker: Speaker;
  /** The speech's paragraphs as plain text, in order. */
  paragraphs: string[];
}

/** Each body is parsed once per build, however many pages ask for it. */
const parsed = new Map<string, string[]>();
function paragraphsOfEntry(entry: {
  body?: string | undefined;
  filePath?: string | undefined;
}): string[] {
  const body = entry.body ?? '';
  const paragraphs = parsed.get(body) ?? paragraphsOf(body, entry.filePath);
  parsed.set(body, paragraphs);
  return paragraphs;
}

export async function getRecord(): Promise<CollectionEntry<'record'>> {
  const record = await getEntry('record', 'record');
  if (!record) throw new Error('record.mdx is missing from the record folder: run npm run import');
  return record;
}

/** The record's names and forms, with their fallbacks where `record.json` leaves them out. */
export interface RecordInfo {
  siteName: string;
  shortName: string;
  /** For the English pages, where the record has them (record.json). */
  shortNameEn: string | undefined;
  description: string;
  /** «на Форуме …» where the record gives the form; else «— <title>», which needs no case. */
  onEvent: string;
  /** The meeting's full name, nominative («XIV Форум …»): the meeting a reference names. */
  eventName: string;
  publisher: string;
  /** The publisher's English name (record.json `publisherEn`), else its English site's host. */
  publisherEn: string | undefined;
  retrieved: string | undefined;
  name: string;
}

export async function getRecordInfo(): Promise<RecordInfo> {
  const record = (await getRecord()).data;
  const info = (await getEntry('editorial', 'editorial'))?.data ?? {};
  const where = `${record.place}, ${formatDateRu(record.date)}`;
  return {
    siteName: info.siteName ?? record.title,
    shortName: info.shortName ?? info.siteName ?? record.title,
    shortNameEn: info.shortNameEn,
    description:
      info.description ??
      `Стенограмма: ${record.title} (${where}). Поиск, ссылки на каждый абзац, цитаты.`,
    onEvent: info.titlePrepositional
      ? `на ${info.titlePrepositional}, ${where}`
      : `— ${record.title}, ${where}`,
    eventName: info.eventName ?? record.title,
    publisher: info.publisher ?? new URL(record.source).hostname,
    publisherEn: info.publisherEn,
    retrieved: info.retrieved,
    name:
      info.name ?? (new URL(record.source).pathname.split('/').filter(Boolean).at(-1) || 'record'),
  };
}

export async function getSpeakers(): Promise<Speaker[]> {
  return (await getCollection('speakers')).map((s) => s.data);
}

export async function getSpeeches(): Promise<Speech[]> {
  const entries = (await getCollection('speeches')).sort((a, b) => a.data.order - b.data.order);
  const speakers = await getEntries(entries.map((e) => e.data.speaker));
  return entries.map((entry, i) => {
    const speaker = speakers[i];
    if (!speaker)
      throw new Error(
        `${entry.id}: unknown speaker «${entry.data.speaker.id}» (see speakers.json)`,
      );
    const paragraphs = paragraphsOfEntry(entry);
    if (paragraphs.length !== entry.data.paragraphs) {
      throw new Error(
        `${entry.filePath}: frontmatter says ${entry.data.paragraphs} paragraphs, the body has ${paragraphs.length}: run npm run import`,
      );
    }
    return {
      entry,
      slug: entry.data.slug,
      title: speechTitle(entry.data.kind, speaker.data, entry.data.slug),
      speaker: speaker.data,
      paragraphs,
    };
  });
}

/** The lead's paragraphs as plain text (none for a record without a lead). */
export async function getLead(): Promise<string[]> {
  return paragraphsOfEntry(await getRecord());
}

export interface Paragraph {
  id: string;
  /** Its number within its section, from 1. */
  n: number;
  text: string;
  /** Its permanent address. */
  path: string;
  /** The speech it belongs to; undefined for the lead. */
  speech: Speech | undefined;
  prev: string | undefined;
  next: string | undefined;
  prevId: string | undefined;
  nextId: string | undefined;
  /** Who speaks the neighbouring paragraphs (undefined for the lead). */
  prevSpeaker: Speaker | undefined;
  nextSpeaker: Speaker | undefined;
}

/** Every paragraph of the record with its neighbours, in record order. */
export async function getParagraphs(): Promise<Paragraph[]> {
  const sections: { prefix: string; speech: Speech | undefined; paragraphs: string[] }[] = [
    { prefix: LEAD, speech: undefined, paragraphs: await getLead() },
    ...(await getSpeeches()).map((s) => ({ prefix: s.slug, speech: s, paragraphs: s.paragraphs })),
  ];
  const flat = sections.flatMap(({ prefix, speech, paragraphs }) =>
    paragraphs.map((text, i) => {
      const id = paragraphId(prefix, i + 1);
      return { id, n: i + 1, text, path: paragraphPath(id), speech };
    }),
  );
  return flat.map((p, i) => {
    const [before, after] = [flat[i - 1], flat[i + 1]];
    return {
      ...p,
      prev: before?.text,
      next: after?.text,
      prevId: before?.id,
      nextId: after?.id,
      prevSpeaker: before?.speech?.speaker,
      nextSpeaker: after?.speech?.speaker,
    };
  });
}

/** The record's text as the downloads need it. */
async function getRecordText(): Promise<RecordText> {
  const record = (await getRecord()).data;
  return {
    title: record.title,
    datetime: record.date,
    place: record.place,
    sourceUrl: record.source,
    lead: await getLead(),
    speeches: (await getSpeeches()).map((s) => ({
      slug: s.slug,
      speaker: s.speaker.id,
      kind: s.entry.data.kind,
      paragraphs: s.paragraphs,
      omissionAfter: s.entry.data.omissionAfter,
    })),
  };
}

/** Everything the downloads are made of. */
export async function getDownloadInput(site: URL | undefined): Promise<DownloadInput> {
  if (!site) throw new Error('set `site` in astro.config.ts: downloads carry absolute URLs');
  const documents = await getCollection('documents');
  const info = await getRecordInfo();
  return {
    record: await getRecordText(),
    speakers: await getSpeakers(),
    site: site.href,
    sha256: (await getRecord()).data.sha256,
    retrieved: info.retrieved,
    publisher: info.publisher,
    name: info.name,
    documents: documents.map((d) => ({
      id: d.id,
      title: d.data.title,
      status: d.data.status,
      count: d.data.count,
      mentions: d.data.mentions.map((m) => m.passage),
    })),
  };
}
