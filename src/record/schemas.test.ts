/** The collections' schemas refuse what must never be published, whether or not the importer ran. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  documentSchema,
  editorialSchema,
  recordSchema,
  speakerSchema,
  speechSlug,
} from './schemas.ts';

const speakers = JSON.parse(readFileSync('content/speakers.json', 'utf8'));
const documents = JSON.parse(readFileSync('content/documents.json', 'utf8'));
const putin = speakers[0];
const record = {
  title: 'Форум',
  date: '2017-11-09T18:40:00+03:00',
  place: 'Челябинск',
  source: 'http://kremlin.ru/events/president/news/copy/56031',
  sha256: '0'.repeat(64),
};
const issues = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message).join('; ') ?? '';

describe('the schemas', () => {
  it('accept the committed record', () => {
    for (const sp of speakers) expect(speakerSchema.safeParse(sp).success, sp.id).toBe(true);
    for (const d of documents) expect(documentSchema.safeParse(d).success, d.id).toBe(true);
    expect(recordSchema.safeParse(record).success).toBe(true);
    expect(
      editorialSchema.safeParse(JSON.parse(readFileSync('content/record.json', 'utf8'))).success,
    ).toBe(true);
  });

  it('refuse a speaker id that would break out of an href or clash with the record’s ids', () => {
    for (const id of ['../../etc', '__proto__', 'lead', 'a b', 'x"/>', 'putin-2', 'putin-speech']) {
      const result = speakerSchema.safeParse({ ...putin, id });
      expect(result.success, id).toBe(false);
      expect(issues(result)).toContain(`speaker id «${id}»`);
    }
    expect(speakerSchema.safeParse({ ...putin, id: 'sp2' }).success).toBe(true);
  });

  it('refuse control characters in every text a page shows, the title first', () => {
    expect(issues(recordSchema.safeParse({ ...record, title: 'Форум\u0085' }))).toMatch(
      /control character U\+0085/,
    );
    expect(recordSchema.safeParse({ ...record, place: 'Челя\u0000бинск' }).success).toBe(false);
    expect(recordSchema.safeParse({ ...record, title: 'Ф'.repeat(301) }).success).toBe(false);
    expect(speakerSchema.safeParse({ ...putin, name: 'Владимир\u001b[31m' }).success).toBe(false);
    expect(speakerSchema.safeParse({ ...putin, role: 'Президент\u009b' }).success).toBe(false);
    expect(documentSchema.safeParse({ ...documents[0], title: 'Пакет\ufffe' }).success).toBe(false);
    expect(editorialSchema.safeParse({ siteName: 'Форум\u0007' }).success).toBe(false);
  });

  it('refuse a source that is not an http(s) address', () => {
    for (const source of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd'])
      expect(recordSchema.safeParse({ ...record, source }).success, source).toBe(false);
  });

  it('refuse a document id that is not a slug, and slugs of no speech', () => {
    expect(documentSchema.safeParse({ ...documents[0], id: 'x"/><p' }).success).toBe(false);
    expect(speechSlug.safeParse('sp2-speech').success).toBe(true);
    expect(speechSlug.safeParse('../x-speech').success).toBe(false);
  });
});
