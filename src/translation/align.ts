/**
 * Alignment of a Russian and an English paragraph list inside one unit (a speech, or the lead) by
 * Gale–Church dynamic programming over beads 1–1, 2–1, 1–2, 1–0, 0–1 (gale-church.ts), with the
 * anchor bonus and omission edges of bead-cost.ts, on the lattice of lattice.ts: the path is
 * monotone, beads never cross. A bead is `confident` when its posterior over all alignments is
 * high and, if it pairs text, its lengths are plausible; the import report lists the others.
 */
import { anchorsOf, type NameForms } from './anchors.ts';
import { anchorWeights, beadCost, type CostModel } from './bead-cost.ts';
import { type BeadShape, delta, type LengthParams, SHAPES, STANDARD } from './gale-church.ts';
import { solve } from './lattice.ts';

export interface Bead {
  /** Indices of the Russian paragraphs in the unit. */
  ru: number[];
  /** Indices of the English paragraphs in the unit. */
  en: number[];
  shape: BeadShape;
  /** −100·ln P of the bead (prior, length, anchors): lower is likelier; may be below zero. */
  cost: number;
  /** The bead's probability over all alignments of the unit. */
  posterior: number;
  /** Gale–Church's δ of the bead's lengths; null when one side is empty. */
  delta: number | null;
  confident: boolean;
}

export interface AlignOptions {
  params?: LengthParams;
  /** The speakers' name forms in both languages, for name anchors. */
  names?: readonly NameForms[];
  /** The bonus of a shared anchor; default: weighed on this unit's English paragraphs. */
  weight?: (key: string) => number;
  /** Omission edges before the first and after the last English paragraph (bead-cost.ts). */
  edges?: { start: boolean; end: boolean };
}

/** A bead is confident at this posterior or more… */
export const CONFIDENT_POSTERIOR = 0.9;
/** …and, when it pairs text, with |δ| at most 3 (lengths as far apart as 0.3 % of beads or less). */
export const PLAUSIBLE_DELTA = 3;

/** Characters as a reader counts them (code points): the unit of the length model. */
export function charLength(text: string): number {
  return [...text].length;
}

function costModel(
  ru: readonly string[],
  en: readonly string[],
  options: AlignOptions = {},
): CostModel {
  const names = options.names ?? [];
  const enAnchors = en.map((t) => anchorsOf(t, 'en', names));
  return {
    ru: { lengths: ru.map(charLength), anchors: ru.map((t) => anchorsOf(t, 'ru', names)) },
    en: { lengths: en.map(charLength), anchors: enAnchors },
    params: options.params ?? STANDARD,
    weight: options.weight ?? anchorWeights(enAnchors),
    edges: options.edges ?? { start: false, end: false },
  };
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
const total = (xs: readonly number[], idx: readonly number[]) =>
  idx.reduce((s, k) => s + (xs[k] ?? 0), 0);

export function alignParagraphs(
  ru: readonly string[],
  en: readonly string[],
  options: AlignOptions = {},
): Bead[] {
  const model = costModel(ru, en, options);
  const { path, posteriors } = solve({
    n: ru.length,
    m: en.length,
    cost: (shape, i, j) => beadCost(model, shape, i, j),
  });
  return path.map(({ shape, i, j, cost }, k) => {
    const [a, b] = SHAPES[shape];
    const ruIdx = range(i - a, i);
    const enIdx = range(j - b, j);
    const posterior = Math.exp(-(posteriors[k] ?? 0) / 100);
    const lengths =
      a === 0 || b === 0
        ? null
        : delta(total(model.ru.lengths, ruIdx), total(model.en.lengths, enIdx), model.params);
    const plausible = lengths === null || Math.abs(lengths) <= PLAUSIBLE_DELTA;
    const confident = posterior >= CONFIDENT_POSTERIOR && plausible;
    return { ru: ruIdx, en: enIdx, shape, cost, posterior, delta: lengths, confident };
  });
}
