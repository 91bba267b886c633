/**
 * The speakers' English name forms, as data beside the translation
 * (`translations/en/speakers.json`: `[{ "id", "nameEn", "roleEn" }]`, as en.kremlin.ru prints
 * them), merged with the record's speakers.json by id. They are kept apart from speakers.json for
 * now so that the Russian record's facts and its schema stay as they are.
 */
import { readFileSync } from 'node:fs';
import { readJsonArray } from '../record/json-array.ts';
import { TranscriptError } from '../record/transcript-error.ts';
import type { NamedSpeaker } from './anchors.ts';
import type { SpeakerForms } from './speaker-label.ts';

export type Speaker = SpeakerForms & NamedSpeaker;

interface EnglishForm {
  id: string;
  nameEn: string;
  roleEn?: string;
}

function lineOf(text: string, needle: string): number {
  return Math.max(text.split('\n').findIndex((l) => l.includes(needle)) + 1, 1);
}

function parse(text: string, file: string): EnglishForm[] {
  const list = readJsonArray(text, file, 'speakers');
  for (const form of list as Partial<EnglishForm>[]) {
    const at = lineOf(text, `"${form.id}"`);
    if (typeof form.id !== 'string' || typeof form.nameEn !== 'string' || form.nameEn.trim() === '')
      throw new TranscriptError(file, at, 'each speaker needs an "id" and a "nameEn"');
    if (form.roleEn !== undefined && typeof form.roleEn !== 'string')
      throw new TranscriptError(file, at, `"roleEn" of «${form.id}» must be a string`);
  }
  return list as EnglishForm[];
}

/** The record's speakers with their English forms; an English form of no speaker is an error. */
export function withEnglishForms(speakers: readonly Speaker[], file: string): Speaker[] {
  const text = readFileSync(file, 'utf8');
  const forms = parse(text, file);
  for (const form of forms)
    if (!speakers.some((sp) => sp.id === form.id))
      throw new TranscriptError(
        file,
        lineOf(text, `"${form.id}"`),
        `no speaker «${form.id}» in speakers.json`,
      );
  return speakers.map((sp) => ({ ...sp, ...forms.find((f) => f.id === sp.id) }));
}
