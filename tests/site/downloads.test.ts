/** Every download parses and gives back the source paragraphs, with their ids. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { expectedPairs, fromAkn, fromJson, fromMd, fromTxt } from '../support/downloads.ts';

const expected = expectedPairs(
  readFileSync('content/source/000_f14b79e5080b2ac1.txt', 'utf8'),
  readFileSync('content/speakers.json', 'utf8'),
);
const read = (name: string) => readFileSync(join(DIST, name), 'utf8');

describe('downloads', () => {
  it('record.json is valid against its published JSON Schema and round-trips', () => {
    const json = JSON.parse(read('record.json'));
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(read('record.schema.json')));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    // The schema is not a blank cheque: a paragraph without its id fails it.
    expect(validate({ ...json, lead: [{ text: 'x' }] })).toBe(false);
    expect(fromJson(read('record.json'))).toEqual(expected);
    expect(json.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(
      json.speeches
        .filter((s: { omissionAfter: boolean }) => s.omissionAfter)
        .map((s: { slug: string }) => s.slug),
    ).toEqual(['nazarbayev-speech']);
  });

  it('record.txt round-trips', () => {
    expect(fromTxt(read('record.txt'))).toEqual(expected);
  });

  it('record.md round-trips (anchors, then the escaped text)', () => {
    expect(fromMd(read('record.md'))).toEqual(expected);
  });

  it('record.akn.xml is well-formed Akoma Ntoso and round-trips', () => {
    const akn = fromAkn(read('record.akn.xml'));
    expect(akn.speakers).toEqual(['#putin', '#nazarbayev', '#nazarbayev', '#putin']);
    expect(akn.pairs).toEqual(expected);
    expect(akn.papers).toBe(6);
  });

  it('record.akn.xml validates against the OASIS Akoma Ntoso 3.0 schema', () => {
    const lint = (file: string) =>
      spawnSync('xmllint', ['--noout', '--schema', 'schemas/akn/akomantoso30.xsd', file], {
        encoding: 'utf8',
      });
    const result = lint(join(DIST, 'record.akn.xml'));
    expect(
      result.error,
      'xmllint is missing: install libxml2-utils (npm test does as root)',
    ).toBeUndefined();
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
  });
});
