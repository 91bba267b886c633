/**
 * The alignment as content (`content/translations/en/alignment.json`): the method and its
 * parameters, the English page it was made from (file and SHA-256), the English paragraphs with
 * their text, the English speeches, and the beads — each with its Russian ids, its English paragraph
 * indices, a fingerprint of both texts (check-alignment.ts), its cost, posterior and `confident`.
 * A Russian speech no English speech renders gives one bead per paragraph with no English and no cost.
 */
import { LEAD, paragraphId } from '../shared/addresses.ts';
import { CONFIDENT_POSTERIOR, PLAUSIBLE_DELTA } from './align.ts';
import type { RecordAlignment } from './align-record.ts';
import { ANCHOR_KEPT, EDGE_PRIOR } from './bead-cost.ts';
import { fingerprint, type StoredBead } from './check-alignment.ts';
import type { EnglishParagraph } from './english-paragraphs.ts';
import { PRIORS } from './gale-church.ts';
import type { KremlinPage } from './kremlin-page.ts';
import type { RussianRecord } from './russian-record.ts';

export interface AlignmentBead extends StoredBead {
  shape: string;
  /** −100·ln P of the bead; null where a whole speech is untranslated (nothing was aligned). */
  cost: number | null;
  posterior: number | null;
  /** Gale–Church's δ of the bead's lengths; null when one side is empty. */
  delta: number | null;
  confident: boolean;
}

export interface EnglishSpeech {
  speakerLabel: string;
  speakerId: string;
  line: number;
  heading?: string;
  omissionBefore: boolean;
  /** The Russian speech it renders. */
  renders: string;
}

export interface AlignmentFile {
  generated: string;
  method: Record<string, unknown>;
  source: { file: string; sha256: string };
  english: { paragraphs: EnglishParagraph[]; speeches: EnglishSpeech[] };
  beads: AlignmentBead[];
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

export function alignmentFile(
  aligned: RecordAlignment,
  ru: RussianRecord,
  page: KremlinPage,
  english: EnglishParagraph[],
  source: { file: string; sha256: string },
): AlignmentFile {
  const method = {
    name: 'Gale–Church length-based alignment with anchors (src/translation/bead-cost.ts)',
    c: round(aligned.params.c, 4),
    s2: aligned.params.s2,
    priors: PRIORS,
    anchorKept: ANCHOR_KEPT,
    edgePrior: EDGE_PRIOR,
    confident: `posterior ≥ ${CONFIDENT_POSTERIOR} and, for a bead that pairs text, |δ| ≤ ${PLAUSIBLE_DELTA}`,
  };
  const speeches = aligned.units.flatMap((u) =>
    u.enSpeech == null ? [] : [englishSpeech(page, u.enSpeech, u.unit)],
  );
  return {
    generated: 'Written by `node scripts/align.ts`. Do not edit: review the beads it reports.',
    method,
    source,
    english: { paragraphs: english, speeches },
    beads: aligned.units.flatMap((u) => unitBeads(u, ru, english)),
  };
}

function englishSpeech(page: KremlinPage, k: number, renders: string): EnglishSpeech {
  const t = page.speeches[k];
  if (!t) throw new Error(`no English speech ${k}`);
  return {
    speakerLabel: t.speakerLabel,
    speakerId: t.speakerId,
    line: t.line,
    ...(t.headingBefore && { heading: t.headingBefore.text }),
    omissionBefore: t.omissionBefore === true,
    renders,
  };
}

function unitBeads(
  u: RecordAlignment['units'][number],
  ru: RussianRecord,
  english: EnglishParagraph[],
): AlignmentBead[] {
  const section = u.unit === 'lead' ? LEAD : u.unit;
  const ruTexts =
    u.unit === 'lead' ? ru.lead : (ru.speeches.find((t) => t.slug === u.unit)?.paragraphs ?? []);
  const part = u.unit === 'lead' ? 'lead' : u.enSpeech;
  const offset = english.findIndex((p) => p.part === part);
  const ids = (idx: number[]) => idx.map((i) => paragraphId(section, i + 1));
  const enText = (k: number) => english[k]?.text ?? '';
  if (u.enSpeech === null)
    return ruTexts.map((text, i) => ({
      unit: u.unit,
      ru: [paragraphId(section, i + 1)],
      en: [],
      shape: '1-0',
      fingerprint: fingerprint([text], []),
      cost: null,
      posterior: null,
      delta: null,
      confident: true,
    }));
  return u.beads.map((b) => {
    const en = b.en.map((j) => offset + j);
    return {
      unit: u.unit,
      ru: ids(b.ru),
      en,
      shape: b.shape,
      fingerprint: fingerprint(
        b.ru.map((i) => ruTexts[i] ?? ''),
        en.map(enText),
      ),
      cost: round(b.cost, 1),
      posterior: round(b.posterior, 4),
      delta: b.delta === null ? null : round(b.delta, 2),
      confident: b.confident,
    };
  });
}
