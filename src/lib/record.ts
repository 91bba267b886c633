/** The record as the pages see it: the forum entry and its speeches in order, with speakers resolved. */
import { type CollectionEntry, getCollection, getEntries, getEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { SOURCE_RETRIEVED } from '../consts.ts';
import type { DownloadInput } from './downloads.ts';
import { speechTitle } from './speeches.ts';
import { parseTranscript, type Transcript } from './transcript.ts';

/** The project's byte-exact copy of the Kremlin print copy. */
export const SOURCE_FILE = 'content/source/000_f14b79e5080b2ac1.txt';

export interface Speech {
  entry: CollectionEntry<'speeches'>;
  slug: string;
  title: string;
  speaker: CollectionEntry<'speakers'>['data'] & { id: string };
}

export async function getForum(): Promise<CollectionEntry<'forum'>> {
  const forum = await getEntry('forum', 'forum');
  if (!forum) throw new Error('content/forum.mdx is missing: run npm run import');
  return forum;
}

export async function getSpeeches(): Promise<Speech[]> {
  const entries = (await getCollection('speeches')).sort((a, b) => a.data.order - b.data.order);
  const speakers = await getEntries(entries.map((e) => e.data.speaker));
  return entries.map((entry, i) => {
    const speaker = speakers[i];
    if (!speaker) throw new Error(`${entry.id}: unknown speaker «${entry.data.speaker.id}» (see content/speakers.json)`);
    return {
      entry,
      slug: entry.data.slug,
      title: speechTitle(entry.data.kind, speaker.data.nameGenitive),
      speaker: { id: speaker.id, ...speaker.data },
    };
  });
}

export async function getSpeakers(): Promise<(CollectionEntry<'speakers'>['data'] & { id: string })[]> {
  return (await getCollection('speakers')).map((s) => ({ id: s.id, ...s.data }));
}

/** The record as plain strings, parsed from the source copy (the MDX is generated from the same parse and tested equal). */
export async function getTranscript(): Promise<Transcript> {
  return parseTranscript(readFileSync(SOURCE_FILE, 'utf8'), await getSpeakers(), SOURCE_FILE);
}

/** Everything the downloads are made of. */
export async function getDownloadInput(site: URL | undefined): Promise<DownloadInput> {
  if (!site) throw new Error('set `site` in astro.config.ts: downloads carry absolute URLs');
  const documents = await getCollection('documents');
  return {
    record: await getTranscript(),
    speakers: await getSpeakers(),
    site: site.href,
    sha256: (await getForum()).data.sha256,
    retrieved: SOURCE_RETRIEVED,
    documents: documents.map((d) => ({
      id: d.id,
      title: d.data.title,
      status: d.data.status,
      count: d.data.count,
      mentions: d.data.mentions.map((m) => m.passage),
    })),
  };
}

export interface Passage {
  id: string;
  text: string;
  /** The speech it belongs to; undefined for the lead. */
  speech: Speech | undefined;
  prev: string | undefined;
  next: string | undefined;
  prevId: string | undefined;
  nextId: string | undefined;
}

/** Every paragraph of the record with its neighbours, in record order. */
export async function getPassages(): Promise<Passage[]> {
  const record = await getTranscript();
  const speeches = await getSpeeches();
  const flat = [
    ...record.lead.map((text, i) => ({ id: `lead-${i + 1}`, text, speech: undefined as Speech | undefined })),
    ...record.turns.flatMap((t) => t.paragraphs.map((text, i) => ({ id: `${t.slug}-${i + 1}`, text, speech: speeches.find((s) => s.slug === t.slug) }))),
  ];
  return flat.map((p, i) => {
    const [before, after] = [flat[i - 1], flat[i + 1]];
    return { ...p, prev: before?.text, next: after?.text, prevId: before?.id, nextId: after?.id };
  });
}
