/**
 * speakers.json checked, for the importer and for the build (the speakers collection) alike: each
 * id a speaker id (speaker-ids.ts) used once, each prefix as the source writes it before the colon
 * and used once, each name and role text within the record's limits (limits.ts). An error names
 * the line of the entry that has it: a duplicate at its own line, not the first one's. Pure.
 */

import { readJsonArray } from './json-array.ts';
import { jsonLines, lineAt } from './json-lines.ts';
import { LIMITS, textProblem } from './limits.ts';
import type { SpeakerRef } from './prefixes.ts';
import { speakerIdProblem } from './speaker-ids.ts';
import { TranscriptError } from './transcript-error.ts';

/** A speaker as speakers.json lists them: what the parser reads, and the names pages show. */
export type SpeakerEntry = SpeakerRef & Record<string, unknown>;

/** The fields a page or a download shows as text. */
const TEXT_FIELDS = [
  'prefix',
  'name',
  'nameGenitive',
  'role',
  'surname',
  'given',
  'patronymic',
  'nameEn',
  'roleEn',
];

/** Why one entry cannot be a speaker (and which of its fields), or nothing. */
function entryProblem(sp: Partial<Record<string, unknown>>): [string, string] | undefined {
  if (typeof sp.id !== 'string') return ['id', 'a speaker needs an "id"'];
  const idProblem = speakerIdProblem(sp.id);
  if (idProblem) return ['id', `speaker id «${sp.id}»: ${idProblem}`];
  const prefix = sp.prefix;
  if (
    typeof prefix !== 'string' ||
    prefix.trim() !== prefix ||
    prefix === '' ||
    prefix.includes(':')
  )
    return [
      'prefix',
      `speaker «${sp.id}» needs a "prefix" as the source writes it before the colon, e.g. «И.Иванов»`,
    ];
  for (const key of TEXT_FIELDS) {
    const value = sp[key];
    if (value === undefined) continue;
    const problem =
      typeof value === 'string' ? textProblem(value, LIMITS.title) : 'expected a string';
    if (problem) return [key, `speaker «${sp.id}», "${key}": ${problem}`];
  }
  return undefined;
}

export function checkSpeakers(text: string, file: string): SpeakerEntry[] {
  const list = readJsonArray(text, file, 'speakers', true);
  const lines = jsonLines(text);
  const seen = new Set<string>();
  for (const [i, item] of list.entries()) {
    const sp = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const problem = entryProblem(sp);
    if (problem) throw new TranscriptError(file, lineAt(lines, `${i}/${problem[0]}`), problem[1]);
    for (const key of ['id', 'prefix'] as const) {
      const value = String(sp[key]);
      if (seen.has(`${key} ${value}`))
        throw new TranscriptError(
          file,
          lineAt(lines, `${i}/${key}`),
          `«${value}» is used by two speakers (this is the second)`,
        );
      seen.add(`${key} ${value}`);
    }
  }
  return list as SpeakerEntry[];
}
