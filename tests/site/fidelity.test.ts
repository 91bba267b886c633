/**
 * The built pages say exactly what the Kremlin published: every source
 * paragraph once, in order, with its id, compared by text.
 */
import { describe, expect, it } from 'vitest';
import { paragraphs, readPage, source } from './built.ts';

const record = source();
const expected = [
  ...record.lead.map((text, i) => ({ id: `lead-${i + 1}`, text })),
  ...record.turns.flatMap((turn) => turn.paragraphs.map((text, i) => ({ id: `${turn.slug}-${i + 1}`, text }))),
];

describe('the full record /', () => {
  const page = readPage('/');

  it('has every source paragraph once, in order, with its id and exact text', () => {
    expect(paragraphs(page)).toEqual(expected);
  });

  it('shows title, date-time with offset and place', () => {
    expect(page.querySelector('h1')?.textContent).toBe(record.title);
    expect(page.querySelector(`time[datetime="${record.datetime}"]`)?.textContent).toBe('9\u00a0ноября 2017\u00a0года, 18:40');
    expect(page.querySelector('.record-meta')?.textContent).toContain(record.place);
  });

  it('keeps the omission between nazarbayev-speech and nazarbayev-closing', () => {
    const html = page.toString();
    const at = html.indexOf('class="omission"');
    expect(at).toBeGreaterThan(html.indexOf('id="nazarbayev-speech-38"'));
    expect(at).toBeLessThan(html.indexOf('id="nazarbayev-closing-1"'));
    expect(page.querySelector('.omission')?.textContent).toContain('<…>');
  });

  it('links to the Kremlin source', () => {
    expect(page.querySelector(`a[href="${record.sourceUrl}"]`)).not.toBeNull();
  });
});

describe.each(record.turns)('the speech page /speeches/$slug/', (turn) => {
  const page = readPage(`/speeches/${turn.slug}/`);

  it('has exactly its paragraphs, in order, with ids from 1', () => {
    expect(paragraphs(page)).toEqual(turn.paragraphs.map((text, i) => ({ id: `${turn.slug}-${i + 1}`, text })));
  });

  it('gives every paragraph a ¶ link to its own address', () => {
    for (const p of page.querySelectorAll('p[id]')) {
      expect(p.querySelector('a.pilcrow')?.getAttribute('href')).toBe(`#${p.id}`);
    }
  });

  it('links to its place in the full record', () => {
    expect(page.querySelector(`a[href="/#${turn.slug}"]`)).not.toBeNull();
  });
});
