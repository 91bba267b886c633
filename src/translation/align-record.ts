/**
 * A whole record aligned: the lead as its own unit, then each Russian speech with the English speech
 * pair-speeches.ts gives it (or none: untranslated, every paragraph without English). The length
 * ratio c is measured on the record itself; the anchor weights on all its English paragraphs.
 *
 * c: English runs shorter than Russian by a few per cent (0.94–0.98 on the first record aligned), so c is the
 * ratio of the English to the Russian characters of the units that have both, the Gale–Church
 * definition measured where it applies. s² stays the paper's 6.8: the record's own 1–1 beads give
 * less (about 2.7, a close translation), but a wider variance errs towards doubt, so fewer beads
 * are called confident and a freer translation elsewhere is not forced into 1–1.
 */

import { alignParagraphs, type Bead, charLength } from './align.ts';
import { anchorsOf, type NameForms } from './anchors.ts';
import { anchorWeights } from './bead-cost.ts';
import { type LengthParams, STANDARD } from './gale-church.ts';
import { pairSpeeches } from './pair-speeches.ts';

export interface RuSpeechInput {
  slug: string;
  speakerId: string;
  paragraphs: string[];
}

export interface EnSpeechInput {
  speakerId: string;
  paragraphs: string[];
  /** The English page marks an omission `<…>` before this speech. */
  omissionBefore: boolean;
}

export interface RecordInput {
  ru: { lead: string[]; speeches: RuSpeechInput[] };
  en: { lead: string[]; speeches: EnSpeechInput[]; omissionAfter: boolean };
}

export interface UnitAlignment {
  /** `lead`, or the Russian turn's slug. */
  unit: string;
  /** The English speech that renders it; null when untranslated; undefined for the lead. */
  enSpeech?: number | null;
  edges: { start: boolean; end: boolean };
  /** Indices into the unit's own paragraph lists; none when untranslated. */
  beads: Bead[];
}

export interface RecordAlignment {
  params: LengthParams;
  units: UnitAlignment[];
}

const chars = (ps: readonly string[]) => ps.reduce((n, p) => n + charLength(p), 0);

/** c = English over Russian characters where both sides exist; the paper's 1 when none do. */
function measureParams(pairs: readonly [string[], string[]][]): LengthParams {
  const both = pairs.filter(([ru, en]) => ru.length > 0 && en.length > 0);
  const ru = both.reduce((n, [r]) => n + chars(r), 0);
  const en = both.reduce((n, [, e]) => n + chars(e), 0);
  return { c: ru > 0 && en > 0 ? en / ru : STANDARD.c, s2: STANDARD.s2 };
}

export function alignRecord(input: RecordInput, names: readonly NameForms[] = []): RecordAlignment {
  const { ru, en } = input;
  const length = (t: { speakerId: string; paragraphs: string[] }) => ({
    speakerId: t.speakerId,
    length: chars(t.paragraphs),
  });
  const pairing = pairSpeeches(ru.speeches.map(length), en.speeches.map(length), STANDARD);
  const paired = ru.speeches.flatMap((t, k) => {
    const e = pairing[k];
    return e == null ? [] : [[t.paragraphs, (en.speeches[e] as EnSpeechInput).paragraphs]];
  }) as [string[], string[]][];
  const units: [string[], string[]][] = [[ru.lead, en.lead], ...paired];
  const params = measureParams(units);
  const weight = anchorWeights(units.flatMap(([, e]) => e.map((p) => anchorsOf(p, 'en', names))));
  const options = { params, names, weight };
  const lead: UnitAlignment = {
    unit: 'lead',
    edges: { start: false, end: false },
    beads: alignParagraphs(ru.lead, en.lead, { ...options, edges: { start: false, end: false } }),
  };
  const speeches = ru.speeches.map((speech, k): UnitAlignment => {
    const e = pairing[k] ?? null;
    const edges = e === null ? { start: false, end: false } : omissionEdges(input, pairing, k, e);
    const enParagraphs = e === null ? [] : (en.speeches[e] as EnSpeechInput).paragraphs;
    const beads =
      e === null ? [] : alignParagraphs(speech.paragraphs, enParagraphs, { ...options, edges });
    return { unit: speech.slug, enSpeech: e, edges, beads };
  });
  return { params, units: [lead, ...speeches] };
}

/**
 * An omission edge is where the English left text out beside the speech: an omission mark before
 * (after) its English speech, or an untranslated Russian speech just before (after) it.
 */
function omissionEdges(
  { ru, en }: RecordInput,
  pairing: readonly (number | null)[],
  k: number,
  e: number,
): { start: boolean; end: boolean } {
  const next = en.speeches[e + 1];
  const start = (en.speeches[e]?.omissionBefore ?? false) || (k > 0 && pairing[k - 1] === null);
  const markedAfter = next ? next.omissionBefore : en.omissionAfter;
  const end = markedAfter || (k + 1 < ru.speeches.length && pairing[k + 1] === null);
  return { start, end };
}
