/** The record as the pages see it: the forum entry and its speeches in order, with speakers resolved. */
import { type CollectionEntry, getCollection, getEntries, getEntry } from 'astro:content';
import { speechTitle } from './speeches.ts';

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
