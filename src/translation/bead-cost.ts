/**
 * What one bead costs (−100·ln P, Gale–Church's scale): its shape's prior, its length cost, less
 * a bonus for each anchor its two sides share. Where it departs from the paper, and why:
 *
 * - A 1–0 or 0–1 bead costs its prior only. The paper also charges it match(l, 0), as if the
 *   paragraph had been translated into nothing, so a long paragraph left out always came out
 *   merged into a neighbour (the paper reports its 1–0 and 0–1 beads as nearly all wrong). As in
 *   Moore (2002), a paragraph's own length is generated once whatever its bead, so it says
 *   nothing about whether it was translated; the neighbours' lengths and anchors decide.
 * - The length term of a bead that pairs text is robust: P = (1 − ε)·2(1 − Φ(|δ|)) + ε, with
 *   ε = P(1–0)·P(0–1)/P(1–1), so lengths alone never make two paragraphs less likely to be
 *   translations than to be unrelated (1–0 then 0–1); anchors decide then. Kremlin translators
 *   add a sentence now and then (a fact the Russian lead lacks) and the paper's normal tail
 *   would then rather drop three paragraphs than pair them.
 * - Anchors (anchors.ts). A key on both sides of a bead is evidence lengths lack; its bonus is
 *   100·ln(q/b): q = 0.9, the chance a translation keeps it, over b, the share of English
 *   paragraphs holding it anyway (a rare number weighs more than a name said in every paragraph).
 *   A symmetric penalty per unpaired anchor would change nothing: every anchor is paired or not,
 *   so only pairs differ between two alignments.
 * - Omission edges. Where the English page marks an omission `<…>` next to a speech (or the Russian
 *   speech beside it has no translation), the translator says text is left out there, and a
 *   Russian paragraph before the first English one (after the last) may belong to it, like a
 *   reply to the untranslated speaker, «Спасибо большое.». There a 1–0 bead has an even chance.
 */
import { sharedAnchors } from './anchors.ts';
import {
  type BeadShape,
  type LengthParams,
  logTail,
  PRIORS,
  priorCost,
  SHAPES,
} from './gale-church.ts';

/** Chance that a translation keeps a given anchor. */
export const ANCHOR_KEPT = 0.9;
/** Chance that a Russian paragraph at an omission edge is part of what the English left out. */
export const EDGE_PRIOR = 0.5;
/** Chance that a translated bead's lengths are unrelated (see above). */
export const UNRELATED = (PRIORS['1-0'] * PRIORS['0-1']) / PRIORS['1-1'];

export interface Side {
  lengths: number[];
  anchors: string[][];
}

export interface CostModel {
  ru: Side;
  en: Side;
  params: LengthParams;
  /** The bonus of one shared anchor. */
  weight: (key: string) => number;
  edges: { start: boolean; end: boolean };
}

/** Bonus per shared key: 100·ln(q/b), b the share of English paragraphs holding the key. */
export function anchorWeights(enAnchors: readonly string[][]): (key: string) => number {
  const df = new Map<string, number>();
  for (const keys of enAnchors) for (const k of new Set(keys)) df.set(k, (df.get(k) ?? 0) + 1);
  const n = Math.max(enAnchors.length, 1);
  return (key) => Math.max(0, 100 * Math.log((ANCHOR_KEPT * n) / (df.get(key) ?? 1)));
}

/** −100·ln((1 − ε)·tail + ε), in log space so a tiny tail stays exact. */
export function robustLengthCost(l1: number, l2: number, params: LengthParams): number {
  const a = Math.log1p(-UNRELATED) + logTail(l1, l2, params);
  const b = Math.log(UNRELATED);
  const high = Math.max(a, b);
  return -100 * (high + Math.log(Math.exp(a - high) + Math.exp(b - high)));
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The cost of the bead of `shape` that ends at Russian paragraph i and English paragraph j. */
export function beadCost(model: CostModel, shape: BeadShape, i: number, j: number): number {
  const [a, b] = SHAPES[shape];
  if (shape === '1-0' && onEdge(model, j)) return -100 * Math.log(EDGE_PRIOR);
  if (a === 0 || b === 0) return priorCost(shape);
  const ruLen = sum(model.ru.lengths.slice(i - a, i));
  const enLen = sum(model.en.lengths.slice(j - b, j));
  const shared = sharedAnchors(
    model.ru.anchors.slice(i - a, i).flat(),
    model.en.anchors.slice(j - b, j).flat(),
  );
  return (
    priorCost(shape) + robustLengthCost(ruLen, enLen, model.params) - sum(shared.map(model.weight))
  );
}

/** A 1–0 bead before any English paragraph at an omission start, or after all at an end. */
function onEdge(model: CostModel, j: number): boolean {
  return (model.edges.start && j === 0) || (model.edges.end && j === model.en.lengths.length);
}
