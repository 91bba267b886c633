/** The official English translation's downloads, against the published ids and the English page. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';

const ids = Object.keys(JSON.parse(readFileSync('content/ids.json', 'utf8')).ids);
const doc = JSON.parse(readFileSync(join(DIST, 'record.en.json'), 'utf8'));
type Pair = { id: string; english: string | null; sharedWith: string[] };
const byId = new Map<string, Pair>(doc.paragraphs.map((p: Pair) => [p.id, p]));
const page = parse(readFileSync('content/translations/en/source/56031.html', 'utf8'))
  .querySelector('.entry-content')
  ?.text.replace(/[ \t\r\n]+/g, ' ');

describe('/record.en.json', () => {
  it('gives every published id once, with the English it pairs with or null', () => {
    expect([...byId.keys()].sort()).toEqual([...ids].sort());
    expect(doc.paragraphs).toHaveLength(ids.length);
  });

  it('has no English for the speeches the official page did not translate', () => {
    const untranslated = [...byId.values()].filter((p) => p.english === null).map((p) => p.id);
    expect(untranslated.filter((id) => id.startsWith('putin-speech-'))).toEqual([]);
    expect(
      ids.filter((id) => id.startsWith('nazarbayev-')).every((id) => untranslated.includes(id)),
    ).toBe(true);
  });

  it('quotes only English the official page holds, and names the ids that share a paragraph', () => {
    // Its own paragraphs (the summary stands outside the article body).
    for (const { text } of doc.english.slice(1)) expect(page).toContain(text.slice(0, 40));
    for (const p of byId.values())
      for (const other of p.sharedWith) expect(byId.get(other)?.english).toBe(p.english);
  });
});

describe('/record.en-ru.tmx', () => {
  it('is well-formed XML', () => {
    const lint = spawnSync('xmllint', ['--noout', join(DIST, 'record.en-ru.tmx')], {
      encoding: 'utf8',
    });
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
  });
});

describe('/record.en.akn.xml', () => {
  const file = join(DIST, 'record.en.akn.xml');
  const akn = parse(readFileSync(file, 'utf8'), { lowerCaseTagName: false });

  it('validates against the OASIS Akoma Ntoso 3.0 schema', () => {
    const lint = spawnSync(
      'xmllint',
      ['--noout', '--schema', 'schemas/akn/akomantoso30.xsd', file],
      {
        encoding: 'utf8',
      },
    );
    expect(lint.stderr).toContain('validates');
    expect(lint.status).toBe(0);
  });

  it('is the English expression of the Russian one’s work, a translation from it', () => {
    const text = readFileSync(file, 'utf8');
    const expression = /<FRBRExpression>[\s\S]*?<\/FRBRExpression>/.exec(text)?.[0] ?? '';
    expect(expression).toContain('<FRBRlanguage language="eng"/>');
    const from = /<FRBRtranslation href="([^"]+)" fromLanguage="rus"/.exec(expression)?.[1];
    const russian = readFileSync(join(DIST, 'record.akn.xml'), 'utf8');
    expect(russian).toContain(`<FRBRuri value="${from}"/>`);
  });

  it('holds the English of every id under that id, says where there is none, and no id twice', () => {
    const eIds = akn.querySelectorAll('[eId]').map((el) => el.getAttribute('eId') ?? '');
    expect(new Set(eIds).size).toBe(eIds.length);
    for (const [id, pair] of byId) {
      const p = akn.querySelector(`p[eId="${id}"]`);
      const first = pair.english?.split('\n\n')[0];
      if (first && pair.sharedWith.every((other) => ids.indexOf(other) > ids.indexOf(id)))
        expect(p?.text, id).toBe(first);
      else if (first) expect(p, `${id} is rendered with ${pair.sharedWith}`).toBeNull();
      else if (id.startsWith('nazarbayev-'))
        expect(
          akn.querySelector(`narrative[eId="${id.replace(/-\d+$/, '')}-untranslated"]`),
        ).not.toBeNull();
      else expect(p?.querySelector('omissis'), id).not.toBeNull();
    }
  });
});
