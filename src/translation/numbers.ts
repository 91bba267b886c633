/**
 * Numbers and months as they survive translation, read into one spelling for both languages:
 * «11 млрд» and «$11 billion» → `num:11000000000`; «10,8» and «10.8» → `num:10.8`; «XIV» and
 * «14th» → `num:14`; «ноября» and «November» → `month:11`. Each language's own separators are
 * read its own way (Russian: decimal comma, spaced thousands; English: decimal point, comma
 * thousands), so «1 000» and «1,000» meet.
 */

export type Lang = 'ru' | 'en';

const NUMBER: Record<Lang, RegExp> = {
  ru: /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/gu,
  en: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/gu,
};

const SCALE: Record<Lang, [RegExp, number][]> = {
  ru: [
    [/^[\s\u00a0]*(?:трлн|триллион)/u, 1e12],
    [/^[\s\u00a0]*(?:млрд|миллиард)/u, 1e9],
    [/^[\s\u00a0]*(?:млн|миллион)/u, 1e6],
    [/^[\s\u00a0]*(?:тыс\.|тысяч)/u, 1e3],
  ],
  en: [
    [/^[\s\u00a0]*trillion/iu, 1e12],
    [/^[\s\u00a0]*(?:billion|bn\b)/iu, 1e9],
    [/^[\s\u00a0]*(?:million|mln\b)/iu, 1e6],
    [/^[\s\u00a0]*thousand/iu, 1e3],
  ],
};

/** A Roman numeral of two letters or more («XIV»; a lone «I» is the English pronoun). */
const ROMAN = /(?<![\p{L}\d])[IVXLCDM]{2,}(?![\p{L}\d])/gu;
const ROMAN_VALID = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function readNumber(raw: string, lang: Lang): number {
  const plain =
    lang === 'ru' ? raw.replace(/[ \u00a0\u202f]/g, '').replace(',', '.') : raw.replaceAll(',', '');
  return Number(plain);
}

function scaleAfter(rest: string, lang: Lang): number {
  return SCALE[lang].find(([re]) => re.test(rest))?.[1] ?? 1;
}

function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_VALUE[numeral[i] as string] ?? 0;
    const next = ROMAN_VALUE[numeral[i + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** `num:<value>` for every number in the text, scaled by a following «млрд»/«billion»… */
export function numberAnchors(text: string, lang: Lang): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(NUMBER[lang])) {
    const value = readNumber(m[0], lang) * scaleAfter(text.slice(m.index + m[0].length), lang);
    found.push(`num:${Math.round(value * 1000) / 1000}`);
  }
  for (const m of text.matchAll(ROMAN)) {
    if (ROMAN_VALID.test(m[0])) found.push(`num:${romanValue(m[0])}`);
  }
  return found;
}

const MONTHS: Record<Lang, RegExp[]> = {
  ru: [
    /^январ/,
    /^феврал/,
    /^март(?:а|е)?$/,
    /^апрел/,
    /^ма[йяе]$/,
    /^июн/,
    /^июл/,
    /^август/,
    /^сентябр/,
    /^октябр/,
    /^ноябр/,
    /^декабр/,
  ],
  en: [
    /^january$/,
    /^february$/,
    /^march$/,
    /^april$/,
    /^may$/,
    /^june$/,
    /^july$/,
    /^august$/,
    /^september$/,
    /^october$/,
    /^november$/,
    /^december$/,
  ],
};

/** `month:<1–12>` for every month name; English months only capitalised («may» is a verb). */
export function monthAnchors(text: string, lang: Lang): string[] {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.flatMap((word) => {
    if (lang === 'en' && !/^\p{Lu}/u.test(word)) return [];
    const index = MONTHS[lang].findIndex((re) => re.test(word.toLowerCase()));
    return index < 0 ? [] : [`month:${index + 1}`];
  });
}
