/**
 * Reading the record's downloads back into `[id, text]` pairs, one reader per
 * format, so the site tests and the browser tests check the same round trip.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseTranscript } from '../../src/record/transcript.ts';

export type Pairs = [string, string][];

/** The source paragraphs in record order with the ids the site gives them. */
export function expectedPairs(sourceText: string, speakersJson: string): Pairs {
  const record = parseTranscript(sourceText, JSON.parse(speakersJson));
  return [
    ...record.lead.map((text, i): [string, string] => [`lead-${i + 1}`, text]),
    ...record.speeches.flatMap((t) =>
      t.paragraphs.map((text, i): [string, string] => [`${t.slug}-${i + 1}`, text]),
    ),
  ];
}

interface JsonRecord {
  lead: { id: string; text: string }[];
  speeches: { paragraphs: { id: string; text: string }[] }[];
}

export function fromJson(text: string): Pairs {
  const json = JSON.parse(text) as JsonRecord;
  return [...json.lead, ...json.speeches.flatMap((s) => s.paragraphs)].map((p) => [p.id, p.text]);
}

/** `[id] text` lines. */
export function fromTxt(text: string): Pairs {
  return text.split('\n').flatMap((line): Pairs => {
    const m = /^\[([a-z0-9-]+-\d+)\] (.*)$/.exec(line);
    return m?.[1] && m[2] !== undefined ? [[m[1], m[2]]] : [];
  });
}

/** `<a id="…"></a>` then the Markdown-escaped text (backslash escapes, `&#n;` references). */
export function fromMd(text: string): Pairs {
  return text.split('\n').flatMap((line): Pairs => {
    const m = /^<a id="([a-z0-9-]+-\d+)"><\/a>(.*)$/.exec(line);
    const plain = (s: string) =>
      s.replace(/\\(.)|&#(\d+);/g, (_, c, n) => c ?? String.fromCharCode(Number(n)));
    return m?.[1] ? [[m[1], plain(m[2] ?? '')]] : [];
  });
}

interface AknP {
  eId?: string;
  _?: string;
}
interface AknSection {
  eId: string;
  speech: { by: string; p: AknP[] };
}

/** Akoma Ntoso: the lead's `p` in `preface`, each speech's `p` in a `debateSection`; throws if not well-formed. */
export function fromAkn(text: string): { pairs: Pairs; speakers: string[]; papers: number } {
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new Error(`record.akn.xml is not well-formed: ${JSON.stringify(valid.err)}`);
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    textNodeName: '_',
    isArray: (name) => ['p', 'debateSection'].includes(name),
  }).parse(text);
  const debate = doc.akomaNtoso.debate;
  const paras = (ps: AknP[]): Pairs =>
    ps.flatMap((p): Pairs => (p.eId && /-\d+$/.test(p.eId) ? [[p.eId, p._ ?? '']] : []));
  const sections = debate.debateBody.debateSection as AknSection[];
  return {
    pairs: [...paras(debate.preface.p), ...sections.flatMap((s) => paras(s.speech.p))],
    speakers: sections.map((s) => s.speech.by),
    papers: debate.debateBody.papers.p.length,
  };
}
