/**
 * The length model of Gale & Church (1993), «A Program for Aligning Sentences in Bilingual
 * Corpora», Computational Linguistics 19(1): a bead's Russian and English character lengths l1, l2
 * give δ = (c·l1 − l2) / √(s²·(l1 + l2/c)/2), scored by the two-tailed normal probability of a δ
 * that large, 2·(1 − Φ(|δ|)), times the bead type's prior. Costs are −100·ln P, the paper's scale.
 */

export type BeadShape = '1-1' | '2-1' | '1-2' | '1-0' | '0-1';

/** Russian and English paragraphs each bead shape takes. */
export const SHAPES: Record<BeadShape, readonly [number, number]> = {
  '1-1': [1, 1],
  '2-1': [2, 1],
  '1-2': [1, 2],
  '1-0': [1, 0],
  '0-1': [0, 1],
};

/**
 * The paper's priors (Table 5, as its program and NLTK's port use them). The 2–2 bead is left
 * out: a paragraph-level translation that regroups two paragraphs into two others is rare enough
 * to be reviewed by hand, and leaving it out keeps every bead readable as a merge or a split.
 */
export const PRIORS: Record<BeadShape, number> = {
  '1-1': 0.89,
  '2-1': 0.089,
  '1-2': 0.089,
  '1-0': 0.0099,
  '0-1': 0.0099,
};

export interface LengthParams {
  /** Expected English characters per Russian character. */
  c: number;
  /** Variance of that, per character. */
  s2: number;
}

/** The paper's values, measured on English, French and German. */
export const STANDARD: LengthParams = { c: 1, s2: 6.8 };

export function delta(l1: number, l2: number, { c, s2 }: LengthParams): number {
  if (l1 === 0 && l2 === 0) return 0;
  return (c * l1 - l2) / Math.sqrt((s2 * (l1 + l2 / c)) / 2);
}

/**
 * ln erfc(x) for x ≥ 0 without underflow: the Chebyshev fit of Numerical Recipes' erfcc
 * (fractional error below 1.2e-7), the same approximation family the paper's program uses, kept
 * in log space so a very unlikely δ still has a finite, ordered cost.
 */
export function logErfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t *
                          (-1.13520398 +
                            t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const log = Math.log(t) - z * z + poly;
  return x >= 0 ? log : Math.log(2 - Math.exp(log));
}

/** ln of the two-tailed probability of |δ|: 2·(1 − Φ(|δ|)) = erfc(|δ|/√2). */
export function logTail(l1: number, l2: number, params: LengthParams): number {
  return logErfc(Math.abs(delta(l1, l2, params)) / Math.SQRT2);
}

/** The paper's length cost: −100·ln 2·(1 − Φ(|δ|)). */
export function lengthCost(l1: number, l2: number, params: LengthParams): number {
  return -100 * logTail(l1, l2, params);
}

export function priorCost(shape: BeadShape): number {
  return -100 * Math.log(PRIORS[shape]);
}
