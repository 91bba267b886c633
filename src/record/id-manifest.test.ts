import { describe, expect, it } from 'vitest';
import {
  breaches,
  emptyManifest,
  fingerprint,
  normaliseText,
  type PublishedParagraph,
  parseManifest,
  updateManifest,
} from './id-manifest.ts';

const paragraphs: PublishedParagraph[] = [
  { id: 'lead-1', address: '/#lead-1', text: 'Первый абзац.' },
  {
    id: 'putin-speech-1',
    address: '/speeches/putin-speech/#putin-speech-1',
    text: 'Уважаемые\u00a0коллеги!',
  },
];
const published = updateManifest(emptyManifest(), paragraphs, new Map(), '2026-01-01');

describe('the text fingerprint', () => {
  it('reads NFC text with ASCII whitespace runs as one space; NBSP counts', () => {
    expect(normaliseText('  а \t б\n')).toBe('а б');
    expect(fingerprint('е\u0308ж')).toBe(fingerprint('ёж'));
    expect(fingerprint('а\u00a0б')).not.toBe(fingerprint('а б'));
  });
});

describe('breaches of the id manifest', () => {
  it('none when every id keeps its text and address; new ids are fine', () => {
    expect(
      breaches(published, [...paragraphs, { id: 'lead-2', address: '/#lead-2', text: 'Новый.' }]),
    ).toEqual([]);
  });

  it('names an id whose text changed, disappeared or moved', () => {
    const changed = paragraphs.map((p) =>
      p.id === 'lead-1' ? { ...p, text: 'Другой абзац.' } : p,
    );
    expect(breaches(published, changed).map((b) => b.message)).toEqual([
      'lead-1: the text behind a published id changed; it now reads «Другой абзац.»',
    ]);
    expect(breaches(published, paragraphs.slice(1)).map((b) => b.message)).toEqual([
      'lead-1: a published id disappeared (it was at /#lead-1)',
    ]);
    const moved = paragraphs.map((p) =>
      p.id === 'lead-1' ? { ...p, address: '/speeches/x/#lead-1' } : p,
    );
    expect(breaches(published, moved)[0]?.message).toBe(
      'lead-1: a published id moved from /#lead-1 to /speeches/x/#lead-1',
    );
  });

  it('reads an older manifest (addresses only) and guards its ids', () => {
    const old = parseManifest(JSON.stringify({ comment: 'x', ids: { 'lead-1': '/#lead-1' } }));
    expect(breaches(old, paragraphs)).toEqual([]);
    expect(breaches(old, paragraphs.slice(1))).toHaveLength(1);
  });
});

describe('updateManifest (npm run ids:update)', () => {
  it('adds new ids with their fingerprints', () => {
    expect(published.ids).toEqual({
      'lead-1': '/#lead-1',
      'putin-speech-1': '/speeches/putin-speech/#putin-speech-1',
    });
    expect(published.texts['lead-1']).toBe(fingerprint('Первый абзац.'));
    expect(published.history).toEqual([]);
  });

  it('refuses a changed id unless accepted, and writes the reason into the history', () => {
    const changed = paragraphs.map((p) =>
      p.id === 'lead-1' ? { ...p, text: 'Первый абзац, исправленный.' } : p,
    );
    expect(() => updateManifest(published, changed, new Map(), '2026-01-02')).toThrow(
      /lead-1: the text behind a published id changed/,
    );
    const accepted = updateManifest(
      published,
      changed,
      new Map([['lead-1', 'опечатка в источнике']]),
      '2026-01-02',
    );
    expect(accepted.texts['lead-1']).toBe(fingerprint('Первый абзац, исправленный.'));
    expect(accepted.history).toEqual([
      {
        id: 'lead-1',
        change: 'changed',
        reason: 'опечатка в источнике',
        date: '2026-01-02',
        from: fingerprint('Первый абзац.'),
        to: fingerprint('Первый абзац, исправленный.'),
      },
    ]);
    expect(breaches(accepted, changed)).toEqual([]);
  });

  it('refuses to accept an id that is not broken', () => {
    expect(() =>
      updateManifest(published, paragraphs, new Map([['lead-1', 'x']]), '2026-01-02'),
    ).toThrow(/nothing to accept for lead-1/);
  });

  it('records a removed id, which never comes back on other text', () => {
    const removed = updateManifest(
      published,
      paragraphs.slice(1),
      new Map([['lead-1', 'абзац снят']]),
      '2026-01-02',
    );
    expect(removed.ids['lead-1']).toBeUndefined();
    expect(removed.history[0]).toMatchObject({
      id: 'lead-1',
      change: 'removed',
      reason: 'абзац снят',
    });
    expect(breaches(removed, paragraphs).map((b) => b.message)).toEqual([
      'lead-1: an id retired on purpose is back on other text',
    ]);
  });
});
