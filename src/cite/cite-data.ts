/**
 * The record's facts that quotes, citations and reference-manager tags share, read from the
 * content: the event, its place and day, the official publication, and the event's form after
 * «на» when the record gives it (without it, citations use phrasings that need no declension).
 */
import { getEntry } from 'astro:content';
import { getForum, getRecordInfo } from '../record/record.ts';
import type { Author, CiteInput } from './citations.ts';

export async function citationBase(): Promise<
  Pick<CiteInput, 'event' | 'eventPrepositional' | 'place' | 'date' | 'publisher' | 'sourceUrl'>
> {
  const forum = await getForum();
  const prepositional = (await getEntry('record', 'record'))?.data.titlePrepositional;
  return {
    event: forum.data.title,
    ...(prepositional ? { eventPrepositional: prepositional } : {}),
    place: forum.data.place,
    // The event's day: the time in the record is when the Kremlin published it.
    date: forum.data.date.slice(0, 10),
    publisher: (await getRecordInfo()).publisher,
    sourceUrl: forum.data.source,
  };
}

/** A speaker as a citation's author: a person with a surname, given name and patronymic; a voice from the floor is none. */
export function authorOf(
  speaker:
    | { surname?: string | undefined; given?: string | undefined; patronymic?: string | undefined }
    | undefined,
): Author | undefined {
  const { surname, given, patronymic } = speaker ?? {};
  return surname && given && patronymic ? { surname, given, patronymic } : undefined;
}
