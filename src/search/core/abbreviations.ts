/**
 * How readers write figures and units short, and the word each shortening
 * stands for: «11 млрд» for «11 миллиардов», «80 %» for «80 процентов».
 * General Russian usage (the abbreviations of numerals and units that print
 * and statistics use, ГОСТ 7.12 among them), never a record's words: a
 * record may spell a figure out while a reader types it short, or the other
 * way round.
 *
 * The search reads a shortening as a form of its word, in queries and in the
 * record alike (`lemmaIds` in morphology.ts), so either finds the other and
 * the found one is marked; the build keeps the word's lemma when a record has
 * only the short form (src/search/build/words.ts). A sign («%», «$») is a word
 * of its own, and a number glued to a word («11млрд») is the two words written
 * together (normalize.ts).
 *
 * Only unambiguous ones: «г» (год, грамм), «т» (тонна, «и т. д.»), «мин»
 * (минута, мина) stand for too many words to be read as one.
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  // Numerals: «тыс.», «млн», «млрд», «трлн», with or without the point.
  ['тыс', 'тысяча'],
  ['млн', 'миллион'],
  ['млрд', 'миллиард'],
  ['трлн', 'триллион'],
  // Money.
  ['руб', 'рубль'],
  ['коп', 'копейка'],
  ['долл', 'доллар'],
  ['$', 'доллар'],
  ['€', 'евро'],
  ['₽', 'рубль'],
  ['₸', 'тенге'],
  // Shares, measures and head counts.
  ['%', 'процент'],
  ['проц', 'процент'],
  ['чел', 'человек'],
  ['км', 'километр'],
  ['кг', 'килограмм'],
  ['га', 'гектар'],
]);
