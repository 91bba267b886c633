/** Words of the record near a word that is not in it: for «Возможно, вы имели в виду…» and «Так начинаются…». */

/**
 * Edit distance with adjacent transpositions (optimal string alignment):
 * a letter missed, added, changed or two swapped each count one. Stops
 * early and returns `max + 1` once the distance must exceed `max`.
 */
export function distance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** How far a misspelling may be from the word meant: one edit, two in a long word. */
function tolerance(word: string): number {
  return word.length <= 7 ? 1 : 2;
}

/** The nearest words (fewest edits, then alphabetical), at most `limit`, within the word's tolerance. */
export function nearest(word: string, vocabulary: Iterable<string>, limit = 3): string[] {
  let best = tolerance(word);
  let found: string[] = [];
  for (const candidate of vocabulary) {
    if (candidate === word) continue;
    const d = distance(word, candidate, best);
    if (d < best) {
      best = d;
      found = [candidate];
    } else if (d === best) found.push(candidate);
  }
  return [...new Set(found)].sort((a, b) => a.localeCompare(b, 'ru')).slice(0, limit);
}

/** Words that begin with `prefix` (longer than it), alphabetical, at most `limit`. */
export function startingWith(prefix: string, vocabulary: Iterable<string>, limit = 8): string[] {
  if (prefix.length < 3) return [];
  const found = new Set<string>();
  for (const w of vocabulary) if (w.length > prefix.length && w.startsWith(prefix)) found.add(w);
  return [...found].sort((a, b) => a.localeCompare(b, 'ru')).slice(0, limit);
}
