/**
 * The speakers with their English forms: `nameEn` and `roleEn` are optional fields of the record's
 * speakers.json (as en.kremlin.ru prints them), never names in code. A translation's speaker labels
 * are matched to speakers through them (speaker-label.ts).
 */
import { loadSpeakers } from '../record/inputs.ts';
import type { NamedSpeaker } from './anchors.ts';
import type { SpeakerForms } from './speaker-label.ts';

export type Speaker = SpeakerForms & NamedSpeaker;

/** speakers.json, checked (speakers-file.ts), with the fields the translation reads. */
export function speakersWithEnglish(file: string): Speaker[] {
  return loadSpeakers(file) as Speaker[];
}
