/**
 * Turns are hard boundaries: each English turn renders one Russian turn of the same speaker, in
 * order, and a Russian turn no English turn renders is untranslated. When a speaker has more
 * turns in Russian than in English, the pairing that keeps the most pairs is taken, and among
 * those the one whose turn lengths agree best (Gale–Church on whole turns), so an English page
 * that translates only a speaker's closing words pairs them with the closing, not the speech.
 */
import { type LengthParams, lengthCost } from './gale-church.ts';

export interface TurnShape {
  speakerId: string;
  /** Characters in the turn. */
  length: number;
}

interface Cell {
  pairs: number;
  cost: number;
  from?: [number, number];
}

const better = (a: Cell, b: Cell | undefined) =>
  !b || a.pairs > b.pairs || (a.pairs === b.pairs && a.cost < b.cost);

/**
 * For each Russian turn, the index of the English turn that renders it, or null. Throws with the
 * English turn's index when an English turn fits no Russian turn.
 */
export function pairTurns(
  ru: readonly TurnShape[],
  en: readonly TurnShape[],
  params: LengthParams,
): (number | null)[] {
  const table: (Cell | undefined)[][] = Array.from({ length: ru.length + 1 }, () => []);
  (table[0] as Cell[])[0] = { pairs: 0, cost: 0 };
  const offer = (i: number, j: number, cell: Cell) => {
    if (better(cell, table[i]?.[j])) (table[i] as Cell[])[j] = cell;
  };
  for (let i = 0; i < ru.length; i++) {
    for (let j = 0; j <= en.length; j++) {
      const here = table[i]?.[j];
      if (!here) continue;
      // The Russian turn i is left untranslated…
      offer(i + 1, j, { pairs: here.pairs, cost: here.cost, from: [i, j] });
      // …or English turn j renders it.
      const r = ru[i] as TurnShape;
      const e = en[j];
      if (e && e.speakerId === r.speakerId) {
        const cost = here.cost + lengthCost(r.length, e.length, params);
        offer(i + 1, j + 1, { pairs: here.pairs + 1, cost, from: [i, j] });
      }
    }
  }
  return trace(table, ru.length, en.length);
}

function trace(table: (Cell | undefined)[][], n: number, m: number): (number | null)[] {
  const end = table[n]?.[m];
  if (!end) {
    const reached = Math.max(...(table[n] ?? []).map((c, j) => (c ? j : -1)));
    throw new UnpairedTurnError(reached);
  }
  const pairs: (number | null)[] = new Array<number | null>(n).fill(null);
  let cell: Cell | undefined = end;
  let [i, j] = [n, m];
  while (cell?.from) {
    const [pi, pj] = cell.from;
    if (pj < j) pairs[pi] = pj;
    [i, j] = [pi, pj];
    cell = table[i]?.[j];
  }
  return pairs;
}

/** An English turn with no Russian turn of its speaker left to render. */
export class UnpairedTurnError extends Error {
  readonly enTurn: number;
  constructor(enTurn: number) {
    super(`English turn ${enTurn + 1} renders no Russian turn of its speaker`);
    this.name = 'UnpairedTurnError';
    this.enTurn = enTurn;
  }
}
