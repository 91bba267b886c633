/**
 * The import report of an alignment: what was paired, what is untranslated, and every bead the
 * method is unsure of, each with the reason and the start of both texts, for a person to review.
 */

import { CONFIDENT_POSTERIOR, PLAUSIBLE_DELTA } from './align.ts';
import type { AlignmentFile } from './alignment-file.ts';
import { beadName } from './check-alignment.ts';
import type { LengthParams } from './gale-church.ts';

const start = (text: string | undefined, n = 48) =>
  text === undefined ? '' : text.length > n ? `${text.slice(0, n)}…` : text;

export function alignmentReport(doc: AlignmentFile, params: LengthParams): string[] {
  const aligned = doc.beads.filter((b) => b.cost !== null);
  const untranslated = [...new Set(doc.beads.filter((b) => b.cost === null).map((b) => b.unit))];
  const unsure = aligned.filter((b) => !b.confident);
  const shapes = new Map<string, number>();
  for (const b of aligned) shapes.set(b.shape, (shapes.get(b.shape) ?? 0) + 1);
  const lines = [
    `aligned ${aligned.length} beads (${[...shapes].map(([s, n]) => `${n} × ${s}`).join(', ')}); c = ${params.c.toFixed(3)}, s² = ${params.s2}`,
    `untranslated speeches: ${untranslated.join(', ') || 'none'}`,
    unsure.length === 0 ? 'no unsure beads' : `${unsure.length} unsure beads, to review:`,
  ];
  for (const b of unsure) {
    const why = [
      b.posterior !== null && b.posterior < CONFIDENT_POSTERIOR && `posterior ${b.posterior}`,
      b.delta !== null &&
        Math.abs(b.delta) > PLAUSIBLE_DELTA &&
        `lengths far apart (δ = ${b.delta}): one side may add or drop a sentence`,
    ]
      .filter(Boolean)
      .join('; ');
    const en = b.en.map((k) => start(doc.english.paragraphs[k]?.text)).join(' / ') || '(none)';
    lines.push(`  ${beadName(b)} [${b.shape}, cost ${b.cost}]: ${why}; English: ${en}`);
  }
  return lines;
}
