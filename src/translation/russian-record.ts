/**
 * The Russian record as the alignment needs it: the lead and each turn's slug, speaker and
 * paragraphs, read from the generated MDX the way the build reads it (src/record/generated.ts), so the
 * alignment pairs exactly the texts the site publishes under their ids.
 */
import { readGenerated } from '../record/generated.ts';
import { LEAD, paragraphId } from '../shared/addresses.ts';

export interface RussianSpeech {
  slug: string;
  speakerId: string;
  paragraphs: string[];
}

export interface RussianRecord {
  lead: string[];
  speeches: RussianSpeech[];
}

export function readRussianRecord(dir: string): RussianRecord {
  const { lead, speeches } = readGenerated(dir);
  return {
    lead,
    speeches: speeches.map(({ slug, speaker, paragraphs }) => ({
      slug,
      speakerId: speaker,
      paragraphs,
    })),
  };
}

/** Every paragraph's text by its published id: `lead-1`…, `<slug>-1`… */
export function russianTexts(ru: RussianRecord): Record<string, string> {
  const sections: [string, string[]][] = [
    [LEAD, ru.lead],
    ...ru.speeches.map((t): [string, string[]] => [t.slug, t.paragraphs]),
  ];
  return Object.fromEntries(
    sections.flatMap(([section, ps]) => ps.map((text, i) => [paragraphId(section, i + 1), text])),
  );
}
