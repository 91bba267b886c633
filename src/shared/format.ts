/** Russian formatting that does not depend on the build machine's locale or time zone. */

/** The one table of month names, in the genitive: «9 ноября». */
export const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** `2017-11-09T18:40:00+03:00` → `9 ноября 2017 года` (the date as written, in its own offset). */
export function formatDateRu(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not an ISO date: «${iso}»`);
  const month = MONTHS_GENITIVE[Number(m[2]) - 1];
  if (!month) throw new Error(`no month ${m[2]} in «${iso}»`);
  return `${Number(m[3])}\u00a0${month} ${m[1]}\u00a0года`;
}

/** `2017-11-09T18:40:00+03:00` → `18:40`. */
export function formatTime(iso: string): string {
  const m = /T(\d{2}):(\d{2})/.exec(iso);
  if (!m) throw new Error(`no time in «${iso}»`);
  return `${m[1]}:${m[2]}`;
}

/** `2017-11-09T18:40:00+03:00` → `2017-11-09`: the calendar day, in the time's own offset. */
export function isoDay(iso: string): string {
  const m = /^\d{4}-\d{2}-\d{2}/.exec(iso);
  if (!m) throw new Error(`not an ISO date: «${iso}»`);
  return m[0];
}

/** The time zone a Russian reader names: `+03:00` → «мск», `+05:00` → «UTC+5», `Z` → «UTC». */
export function formatZone(iso: string): string {
  const m = /(Z|([+-])(\d{2}):(\d{2}))$/.exec(iso);
  if (!m) throw new Error(`no offset in «${iso}»`);
  if (m[1] === 'Z' || (m[3] === '00' && m[4] === '00')) return 'UTC';
  if (m[2] === '+' && m[3] === '03' && m[4] === '00') return 'мск';
  return `UTC${m[2] === '-' ? '−' : '+'}${Number(m[3])}${m[4] === '00' ? '' : `:${m[4]}`}`;
}

let ruPlural: Intl.PluralRules | undefined;
const FORM = { one: 0, few: 1, many: 2, other: 2 } as const;

/** Russian plural by the CLDR rules: pluralRu(5, ['абзац', 'абзаца', 'абзацев']) → «абзацев». */
export function pluralRu(n: number, forms: readonly [string, string, string]): string {
  // Made at first use, so modules that import format.ts for something else do not carry it.
  ruPlural ??= new Intl.PluralRules('ru');
  return forms[FORM[ruPlural.select(n) as keyof typeof FORM] ?? 2];
}

export function countParagraphs(n: number): string {
  return `${n}\u00a0${pluralRu(n, ['абзац', 'абзаца', 'абзацев'])}`;
}
