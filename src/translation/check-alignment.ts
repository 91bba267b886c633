/**
 * The guard of a stored alignment: each bead keeps a SHA-256 fingerprint of the texts it pairs,
 * and a bead whose Russian or English text has changed since (or whose paragraph is gone) is
 * reported by name, as ids.json reports a changed id. Every Russian id must sit in one bead.
 * Pure: the build passes the texts it publishes.
 */
import { createHash } from 'node:crypto';
import { normaliseText } from '../record/id-manifest.ts';

export interface StoredBead {
  /** `lead`, or the Russian turn's slug. */
  unit: string;
  /** Russian paragraph ids, in order. */
  ru: string[];
  /** Indices into the alignment's English paragraphs. */
  en: number[];
  fingerprint: string;
}

export interface AlignmentProblem {
  /** The bead's position in the list; absent for an id no bead holds. */
  bead?: number;
  message: string;
}

/**
 * SHA-256 of both sides' texts, each normalised as ids.json normalises a paragraph (NFC, ASCII
 * whitespace runs made one space; NBSP counts, as a reader sees it).
 */
export function fingerprint(ruTexts: readonly string[], enTexts: readonly string[]): string {
  const both = JSON.stringify([ruTexts.map(normaliseText), enTexts.map(normaliseText)]);
  return createHash('sha256').update(both).digest('hex');
}

/** How a report names a bead: `lead-3+lead-4 ↔ en 2`, `ivanov-closing-1 ↔ (none)`. */
export function beadName(bead: Pick<StoredBead, 'ru' | 'en'>): string {
  const en = bead.en.length > 0 ? `en ${bead.en.join('+')}` : '(none)';
  return `${bead.ru.join('+') || '(none)'} ↔ ${en}`;
}

export function checkAlignment(
  alignment: { beads: readonly StoredBead[] },
  ruTexts: Readonly<Record<string, string>>,
  enTexts: readonly string[],
): AlignmentProblem[] {
  const problems: AlignmentProblem[] = [];
  const placed = new Set<string>();
  alignment.beads.forEach((bead, index) => {
    const name = beadName(bead);
    const lostRu = bead.ru.filter((id) => ruTexts[id] === undefined);
    const lostEn = bead.en.filter((k) => enTexts[k] === undefined);
    for (const id of bead.ru) {
      if (placed.has(id))
        problems.push({ bead: index, message: `bead ${name}: ${id} is in two beads` });
      placed.add(id);
    }
    if (lostRu.length > 0 || lostEn.length > 0) {
      const lost = [...lostRu, ...lostEn.map((k) => `en ${k}`)].join(', ');
      problems.push({ bead: index, message: `bead ${name}: ${lost} no longer exist` });
      return;
    }
    const now = fingerprint(
      bead.ru.map((id) => ruTexts[id] as string),
      bead.en.map((k) => enTexts[k] as string),
    );
    if (now !== bead.fingerprint)
      problems.push({
        bead: index,
        message: `bead ${name}: its texts changed since it was aligned (fingerprint ${bead.fingerprint.slice(0, 12)}…, now ${now.slice(0, 12)}…); re-align with node scripts/align.ts and review it`,
      });
  });
  for (const id of Object.keys(ruTexts))
    if (!placed.has(id))
      problems.push({ message: `${id} is in no bead: re-align with node scripts/align.ts` });
  return problems;
}
