/** Every download parses and gives back the source paragraphs, with their ids. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/dist.ts';
import { source } from './built.ts';

const record = source();
const expected = [
  ...record.lead.map((text, i) => [`lead-${i + 1}`, text]),
  ...record.turns.flatMap((t) => t.paragraphs.map((text, i) => [`${t.slug}-${i + 1}`, text])),
];
const read = (name: string) => readFileSync(join(DIST, name), 'utf8');

describe('downloads', () => {
  it('record.json follows its schema’s shape and round-trips', () => {
    const json = JSON.parse(read('record.json'));
    const schema = JSON.parse(read('record.schema.json'));
    expect(Object.keys(json)).toEqual(expect.arrayContaining(schema.required));
    const got = [...json.lead, ...json.speeches.flatMap((s: { paragraphs: unknown[] }) => s.paragraphs)].map((p: { id: string; text: string }) => [
      p.id,
      p.text,
    ]);
    expect(got).toEqual(expected);
    expect(json.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.speeches.filter((s: { omissionAfter: boolean }) => s.omissionAfter).map((s: { slug: string }) => s.slug)).toEqual(['nazarbayev-speech']);
  });

  it('record.txt round-trips', () => {
    const got = read('record.txt')
      .split('\n')
      .flatMap((line) => {
        const m = /^\[([a-z-]+-\d+)\] (.*)$/.exec(line);
        return m ? [[m[1], m[2]]] : [];
      });
    expect(got).toEqual(expected);
  });

  it('record.md round-trips (anchors, then the escaped text)', () => {
    const got = read('record.md')
      .split('\n')
      .flatMap((line) => {
        const m = /^<a id="([a-z-]+-\d+)"><\/a>(.*)$/.exec(line);
        return m ? [[m[1], (m[2] ?? '').replace(/\\(.)/g, '$1')]] : [];
      });
    expect(got).toEqual(expected);
  });

  it('record.akn.xml is well-formed Akoma Ntoso and round-trips', () => {
    const text = read('record.akn.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      textNodeName: '_',
      isArray: (name) => ['p', 'debateSection'].includes(name),
    }).parse(text);
    const debate = doc.akomaNtoso.debate;
    const paras = (ps: { eId?: string; _?: string }[]) => ps.filter((p) => p.eId && /-\d+$/.test(p.eId)).map((p) => [p.eId, p._]);
    const sections = debate.debateBody.debateSection as { eId: string; speech: { by: string; p: { eId: string; _: string }[] } }[];
    expect(sections.map((s) => s.speech.by)).toEqual(['#putin', '#nazarbayev', '#nazarbayev', '#putin']);
    expect([...paras(debate.preface.p), ...sections.flatMap((s) => paras(s.speech.p))]).toEqual(expected);
    expect(debate.debateBody.papers.p).toHaveLength(6);
  });
});
