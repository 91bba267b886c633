/** Words of the record near a word that is not in it: for «Возможно, вы имели в виду…» and «Так начинаются…». */

/**
 * One more row of the edit-distance table: the distances from each beginning of
 * `word` to a beginning of another word that ends in letter `c`, given the rows
 * for that beginning without `c` (`prev`) and without its last two letters
 * (`before`; `b` is the letter before `c`, for a transposition).
 */
function step(
  word: string,
  prev: number[],
  before: number[] | undefined,
  c: string,
  b = '',
): number[] {
  const row = [(prev[0] ?? 0) + 1];
  for (let j = 1; j <= word.length; j++) {
    const cost = word[j - 1] === c ? 0 : 1;
    let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    if (before && j > 1 && word[j - 2] === c && word[j - 1] === b)
      d = Math.min(d, (before[j - 2] ?? 0) + 1);
    row.push(d);
  }
  return row;
}

const firstRow = (word: string) => Array.from({ length: word.length + 1 }, (_, j) => j);

/**
 * Edit distance with adjacent transpositions (optimal string alignment):
 * a letter missed, added, changed or two swapped each count one. Stops
 * early and returns `max + 1` once the distance must exceed `max`.
 */
export function distance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = [firstRow(a)];
  for (let i = 1; i <= b.length; i++) {
    const row = step(a, rows[i - 1] ?? [], rows[i - 2], b[i - 1] ?? '', b[i - 2]);
    if (Math.min(...row) > max) return max + 1;
    rows.push(row);
  }
  return rows[b.length]?.[a.length] ?? 0;
}

/** How far a misspelling may be from the word meant: one edit, two in a long word. */
function tolerance(word: string): number {
  return word.length <= 7 ? 1 : 2;
}

/**
 * The nearest words (fewest edits, then alphabetical), at most `limit`, within the word's tolerance.
 * A candidate that begins like the one before reuses that one's rows of the table, and every word that
 * begins like one already too far is skipped: over a sorted vocabulary of every form of the record's
 * lemmas (16,000), a few milliseconds.
 */
export function nearest(word: string, vocabulary: Iterable<string>, limit = 3): string[] {
  let best = tolerance(word);
  let found: string[] = [];
  // The rows for each beginning of `owner`, the last candidate computed; past `dead` letters it was too far.
  const rows = [firstRow(word)];
  let owner = '';
  let dead = Number.POSITIVE_INFINITY;
  for (const candidate of vocabulary) {
    if (candidate === word || Math.abs(candidate.length - word.length) > best) continue;
    let shared = 0;
    while (shared < owner.length && owner[shared] === candidate[shared]) shared++;
    if (dead <= shared) continue;
    owner = candidate;
    dead = Number.POSITIVE_INFINITY;
    rows.length = shared + 1;
    for (let i = shared + 1; i <= candidate.length; i++) {
      const row = step(
        word,
        rows[i - 1] ?? [],
        rows[i - 2],
        candidate[i - 1] ?? '',
        candidate[i - 2],
      );
      rows.push(row);
      if (Math.min(...row) > best) {
        dead = i;
        break;
      }
    }
    const d = rows[candidate.length]?.[word.length] ?? best + 1;
    if (dead <= candidate.length || d > best) continue;
    if (d < best) {
      best = d;
      found = [candidate];
    } else found.push(candidate);
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
