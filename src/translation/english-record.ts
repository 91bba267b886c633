/**
 * The record in English as the English pages read it at build: the Russian speeches (their ids
 * and order, from the collections) with the official translation laid over them
 * (english-view.ts), and the speakers' English names. Undefined for a record without one.
 */

import { getCollection } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLead, getRecord, getRecordInfo, getSpeeches } from '../record/record.ts';
import { RECORD_DIR } from '../record/record-dir.ts';
import type { SpeechKind } from '../record/transcript.ts';
import { LEAD, paragraphId } from '../shared/addresses.ts';
import { checkEnglishDocuments, type EnglishDocument } from './english-documents.ts';
import { type EnglishSection, englishSections } from './english-view.ts';
import { englishById, readTranslation, type Translation } from './published.ts';
import { speechTitleEn } from './ui-en.ts';

export interface EnglishSpeech {
  slug: string;
  kind: SpeechKind;
  title: string;
  speaker: { name: string; role: string | undefined };
  paragraphs: number;
  section: EnglishSection;
}

export interface EnglishRecord {
  translation: Translation;
  /** Appended to page titles (record.json `shortNameEn`, else the translation's title). */
  shortName: string;
  /** The pages' JSON-LD: the translation, of the Russian record, about the event. */
  jsonLd: Record<string, unknown>;
  lead: EnglishSection;
  speeches: EnglishSpeech[];
  /** The documents as the translation names them (translations/en/documents.json), checked. */
  documents: EnglishDocument[];
}

/** translations/en/documents.json, each title and mention checked against the official English. */
async function englishDocuments(t: Translation): Promise<EnglishDocument[]> {
  const file = join(RECORD_DIR, 'translations', 'en', 'documents.json');
  if (!existsSync(file)) return [];
  const russian = new Set((await getCollection('documents')).map((d) => d.id));
  return checkEnglishDocuments(readFileSync(file, 'utf8'), file, englishById(t), russian);
}

let cached: Promise<EnglishRecord | undefined> | undefined;

async function read(): Promise<EnglishRecord | undefined> {
  const translation = readTranslation(RECORD_DIR);
  if (!translation) return undefined;
  const speeches = await getSpeeches();
  const ids = (section: string, n: number) =>
    Array.from({ length: n }, (_, i) => paragraphId(section, i + 1));
  const [lead, ...sections] = englishSections(
    [
      { section: LEAD, ids: ids(LEAD, (await getLead()).length) },
      ...speeches.map((s) => ({ section: s.slug, ids: ids(s.slug, s.paragraphs.length) })),
    ],
    translation,
  );
  const named = new Map(translation.speakers.map((sp) => [sp.id, sp]));
  const record = (await getRecord()).data;
  return {
    translation,
    shortName: (await getRecordInfo()).shortNameEn ?? translation.title,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      inLanguage: translation.lang,
      name: translation.title,
      isBasedOn: translation.url ?? record.source,
      translationOfWork: { '@type': 'CreativeWork', inLanguage: 'ru', url: record.source },
      about: {
        '@type': 'Event',
        name: translation.title,
        startDate: record.date.slice(0, 10),
        location: { '@type': 'Place', name: translation.place ?? record.place },
        performer: translation.speakers.map((sp) => ({
          '@type': 'Person',
          name: sp.name,
          jobTitle: sp.role,
        })),
      },
    },
    documents: await englishDocuments(translation),
    lead: lead as EnglishSection,
    speeches: speeches.map((s, i) => {
      const speaker = named.get(s.speaker.id) ?? { name: s.speaker.id, role: undefined };
      return {
        slug: s.slug,
        kind: s.entry.data.kind,
        title: speechTitleEn(s.entry.data.kind, speaker.name),
        speaker,
        paragraphs: s.paragraphs.length,
        section: sections[i] as EnglishSection,
      };
    }),
  };
}

/** The English record, read once per build. */
export function getEnglishRecord(): Promise<EnglishRecord | undefined> {
  cached ??= read();
  return cached;
}
