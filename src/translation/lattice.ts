/**
 * The alignment lattice of one unit: node (i, j) is «the first i Russian and j English paragraphs
 * are aligned», and a bead of shape a–b is an edge from (i−a, j−b) to (i, j). Viterbi gives the
 * cheapest path; forward and backward soft-minima (−100·ln Σ e^(−cost/100)) give each bead's
 * posterior probability over all paths. Paths only move forward, so beads never cross.
 */
import { type BeadShape, SHAPES } from './gale-church.ts';

export interface Lattice {
  n: number;
  m: number;
  /** Cost of the bead of `shape` ending at (i, j); called only where it fits. */
  cost: (shape: BeadShape, i: number, j: number) => number;
}

export interface Step {
  shape: BeadShape;
  /** Where the bead ends. */
  i: number;
  j: number;
  cost: number;
}

const SHAPE_LIST = Object.keys(SHAPES) as BeadShape[];

type Grid = number[][];

const grid = (n: number, m: number, fill: number): Grid =>
  Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(fill));

/** −100·ln(e^(−a/100) + e^(−b/100)), stable for large costs. */
function softMin(a: number, b: number): number {
  if (a === Number.POSITIVE_INFINITY) return b;
  if (b === Number.POSITIVE_INFINITY) return a;
  const low = Math.min(a, b);
  return low - 100 * Math.log1p(Math.exp(-Math.abs(a - b) / 100));
}

const at = (g: Grid, i: number, j: number) => g[i]?.[j] ?? Number.POSITIVE_INFINITY;

/** Every bead shape that ends at (i, j), with its cost (memoised: each is asked three times). */
function memo(lattice: Lattice): (i: number, j: number) => Step[] {
  const cache = new Map<number, Step[]>();
  return (i, j) => {
    const key = i * (lattice.m + 1) + j;
    let steps = cache.get(key);
    if (!steps) {
      steps = SHAPE_LIST.filter((s) => i >= SHAPES[s][0] && j >= SHAPES[s][1]).map((shape) => ({
        shape,
        i,
        j,
        cost: lattice.cost(shape, i, j),
      }));
      cache.set(key, steps);
    }
    return steps;
  };
}

export interface Solved {
  path: Step[];
  /** −100·ln P(step) over all paths, one per step of the path. */
  posteriors: number[];
}

export function solve(lattice: Lattice): Solved {
  const { n, m } = lattice;
  const into = memo(lattice);
  const best = grid(n, m, Number.POSITIVE_INFINITY);
  const back: (Step | undefined)[][] = Array.from({ length: n + 1 }, () => []);
  const fwd = grid(n, m, Number.POSITIVE_INFINITY);
  (best[0] as number[])[0] = 0;
  (fwd[0] as number[])[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (const step of into(i, j)) {
        const [a, b] = SHAPES[step.shape];
        const viaBest = at(best, i - a, j - b) + step.cost;
        if (viaBest < at(best, i, j)) {
          (best[i] as number[])[j] = viaBest;
          (back[i] as (Step | undefined)[])[j] = step;
        }
        (fwd[i] as number[])[j] = softMin(at(fwd, i, j), at(fwd, i - a, j - b) + step.cost);
      }
    }
  }
  const bwd = backward(lattice, into);
  const path = trace(back, n, m);
  const total = at(fwd, n, m);
  const posteriors = path.map((s) => {
    const [a, b] = SHAPES[s.shape];
    return at(fwd, s.i - a, s.j - b) + s.cost + at(bwd, s.i, s.j) - total;
  });
  return { path, posteriors };
}

/** Soft-minimum cost from each node to (n, m). */
function backward(lattice: Lattice, into: (i: number, j: number) => Step[]): Grid {
  const { n, m } = lattice;
  const bwd = grid(n, m, Number.POSITIVE_INFINITY);
  (bwd[n] as number[])[m] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      for (const step of into(i, j)) {
        const [a, b] = SHAPES[step.shape];
        const row = bwd[i - a] as number[];
        row[j - b] = softMin(at(bwd, i - a, j - b), at(bwd, i, j) + step.cost);
      }
    }
  }
  return bwd;
}

function trace(back: (Step | undefined)[][], n: number, m: number): Step[] {
  const path: Step[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const step = back[i]?.[j];
    if (!step) throw new Error(`no alignment path reaches (${i}, ${j})`);
    path.push(step);
    i -= SHAPES[step.shape][0];
    j -= SHAPES[step.shape][1];
  }
  return path.reverse();
}
