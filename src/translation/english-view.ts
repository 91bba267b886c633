/**
 * What an English page shows in place of each Russian paragraph, in the Russian order and under
 * the Russian ids (the one address of a passage in both languages): the official English of a
 * bead once, carrying every id it renders; a Russian paragraph the translation skips, marked
 * where it would stand; a speech with no translation at all, said once. Never a machine
 * translation. Pure: the pages pass the ids and the published translation.
 */
import type { Translation } from './published.ts';

export type EnglishBlock =
  /** Official English rendering the Russian paragraphs `ids` (the first is the element's id). */
  | { kind: 'english'; ids: string[]; paragraphs: string[] }
  /** A Russian paragraph the official translation does not render. */
  | { kind: 'missing'; id: string };

export interface EnglishSection {
  /** `lead`, or a speech's slug. */
  section: string;
  /** No paragraph of it is rendered in English. */
  untranslated: boolean;
  blocks: EnglishBlock[];
}

/** The Russian paragraph numbers a block renders, as its margin shows them: `1`, `1–2`. */
export function numbersOf(ids: readonly string[]): string {
  const n = ids.map((id) => /-(\d+)$/.exec(id)?.[1] ?? '');
  return n.length > 1 ? `${n[0]}–${n.at(-1)}` : (n[0] ?? '');
}

/** Each section's blocks: `sections` lists the Russian ids of each section in record order. */
export function englishSections(
  sections: readonly { section: string; ids: readonly string[] }[],
  t: Translation,
): EnglishSection[] {
  const beadOf = new Map(t.beads.flatMap((b) => b.ru.map((id) => [id, b] as const)));
  return sections.map(({ section, ids }) => {
    const blocks: EnglishBlock[] = [];
    for (const id of ids) {
      const bead = beadOf.get(id);
      if (!bead || bead.en.length === 0) blocks.push({ kind: 'missing', id });
      // A bead of several Russian paragraphs is shown once, at its first.
      else if (bead.ru[0] === id)
        blocks.push({
          kind: 'english',
          ids: bead.ru,
          paragraphs: bead.en.map((k) => t.paragraphs[k] ?? ''),
        });
    }
    return { section, untranslated: blocks.every((b) => b.kind === 'missing'), blocks };
  });
}
