/**
 * The English translation as the site publishes it: the committed page (read again, against its
 * checksum) and its alignment, for the downloads. None for a record without one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from './align-command.ts';
import type { AlignmentFile } from './alignment-file.ts';
import { englishParagraphs } from './english-paragraphs.ts';

export interface Translation {
  /** BCP 47: `en`. */
  lang: string;
  title: string;
  /** The official page's address; its date, as it gives it. */
  url: string | undefined;
  date: string | undefined;
  /** The place as the page gives it. */
  place: string | undefined;
  sha256: string;
  /** The English paragraphs in page order. */
  paragraphs: string[];
  /** Each bead: the Russian ids and the English paragraphs (indices) it pairs. */
  beads: { ru: string[]; en: number[]; confident: boolean }[];
  /** The speakers' names and roles as the translation gives them (speakers.json's `nameEn`, `roleEn`). */
  speakers: { id: string; name: string; role: string | undefined }[];
}

export function readTranslation(record: string): Translation | undefined {
  const file = join(record, 'translations', 'en', 'alignment.json');
  if (!existsSync(file)) return undefined;
  const doc = JSON.parse(readFileSync(file, 'utf8')) as AlignmentFile;
  const { page, speakers } = readPage({ record });
  return {
    lang: 'en',
    title: page.title,
    url: page.url,
    date: page.date,
    place: page.place,
    sha256: doc.source.sha256,
    paragraphs: englishParagraphs(page).map((p) => p.text),
    beads: doc.beads.map(({ ru, en, confident }) => ({ ru, en, confident })),
    speakers: speakers.map((sp) => ({
      id: sp.id,
      name: sp.nameEn ?? sp.id,
      role: sp.roleEn ?? undefined,
    })),
  };
}

/** Each Russian id the translation renders, with its English (paragraphs joined by a blank line). */
export function englishById(t: Translation): Map<string, string> {
  return new Map(
    t.beads
      .filter((b) => b.en.length > 0)
      .flatMap((b) => {
        const english = b.en.map((k) => t.paragraphs[k] ?? '').join('\n\n');
        return b.ru.map((id) => [id, english] as const);
      }),
  );
}
