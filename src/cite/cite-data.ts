/**
 * The record's facts that quotes, citations and reference-manager tags share, read from the
 * content: the event, its place and day, the official publication, and the event's form after
 * «на» when the record gives it (without it, citations use phrasings that need no declension).
 */
import { getEntry } from 'astro:content';
import { getRecord, getRecordInfo } from '../record/record.ts';
import type { Author, CiteInput } from './citations.ts';

export async function citationBase(): Promise<
  Pick<CiteInput, 'event' | 'eventPrepositional' | 'place' | 'date' | 'publisher' | 'sourceUrl'>
> {
  const record = await getRecord();
  const prepositional = (await getEntry('editorial', 'editorial'))?.data.titlePrepositional;
  return {
    event: record.data.title,
    ...(prepositional ? { eventPrepositional: prepositional } : {}),
    place: record.data.place,
    // The event's day: the time in the record is when the Kremlin published it.
    date: record.data.date.slice(0, 10),
    publisher: (await getRecordInfo()).publisher,
    sourceUrl: record.data.source,
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
