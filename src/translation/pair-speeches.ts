/**
 * Speeches are hard boundaries: each English speech renders one Russian speech of the same speaker, in
 * order, and a Russian speech no English speech renders is untranslated. When a speaker has more
 * speeches in Russian than in English, the pairing that keeps the most pairs is taken, and among
 * those the one whose speech lengths agree best (Gale–Church on whole speeches), so an English page
 * that translates only a speaker's closing words pairs them with the closing, not the speech.
 */
import { type LengthParams, lengthCost } from './gale-church.ts';

export interface SpeechShape {
  speakerId: string;
  /** Characters in the speech. */
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
 * For each Russian speech, the index of the English speech that renders it, or null. Throws with the
 * English turn's index when an English speech fits no Russian speech.
 */
export function pairSpeeches(
  ru: readonly SpeechShape[],
  en: readonly SpeechShape[],
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
      // The Russian speech i is left untranslated…
      offer(i + 1, j, { pairs: here.pairs, cost: here.cost, from: [i, j] });
      // …or English speech j renders it.
      const r = ru[i] as SpeechShape;
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
    throw new UnpairedSpeechError(reached);
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

/** An English speech with no Russian speech of its speaker left to render. */
export class UnpairedSpeechError extends Error {
  readonly enSpeech: number;
  constructor(enSpeech: number) {
    super(`English speech ${enSpeech + 1} renders no Russian speech of its speaker`);
    this.name = 'UnpairedSpeechError';
    this.enSpeech = enSpeech;
  }
}
