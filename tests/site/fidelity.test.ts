/**
 * The built pages say exactly what the Kremlin published: every source
 * paragraph once, in order, with its id, compared by text.
 */
import { describe, expect, it } from 'vitest';
import { paragraphs, readPage, source } from './built.ts';

const record = source();
const expected = [
  ...record.lead.map((text, i) => ({ id: `lead-${i + 1}`, text })),
  ...record.speeches.flatMap((speech) =>
    speech.paragraphs.map((text, i) => ({ id: `${speech.slug}-${i + 1}`, text })),
  ),
];

describe('the full record /', () => {
  const page = readPage('/');

  it('has every source paragraph once, in order, with its id and exact text', () => {
    expect(paragraphs(page)).toEqual(expected);
  });

  it('shows title, the day and place of the event, and the time of publication as such (Moscow time)', () => {
    expect(page.querySelector('h1')?.textContent).toBe(record.title);
    const meta = page.querySelector('.record-meta');
    expect(meta?.querySelector('time')?.getAttribute('datetime')).toBe(
      record.datetime.slice(0, 10),
    );
    expect(meta?.textContent.replace(/\s+/g, ' ').trim()).toBe(
      `9 ноября 2017 года, ${record.place}`,
    );
    // The publication time is never presented as the event's local time.
    expect(meta?.textContent).not.toContain('18:40');
    const published = page.querySelector('.record-published');
    expect(published?.querySelector(`time[datetime="${record.datetime}"]`)?.textContent).toBe(
      '9\u00a0ноября 2017\u00a0года, 18:40',
    );
    expect(published?.textContent.replace(/\s+/g, ' ').trim()).toBe(
      'Опубликовано 9 ноября 2017 года, 18:40 (мск)',
    );
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

describe.each(record.speeches)('the speech page /speeches/$slug/', (speech) => {
  const page = readPage(`/speeches/${speech.slug}/`);

  it('has exactly its paragraphs, in order, with ids from 1', () => {
    expect(paragraphs(page)).toEqual(
      speech.paragraphs.map((text, i) => ({ id: `${speech.slug}-${i + 1}`, text })),
    );
  });

  it('gives every paragraph a ¶ link to its own address', () => {
    for (const p of page.querySelectorAll('p[id]')) {
      expect(p.querySelector('a.pilcrow')?.getAttribute('href')).toBe(`#${p.id}`);
    }
  });

  it('links to its place in the full record', () => {
    expect(page.querySelector(`a[href="/#${speech.slug}"]`)).not.toBeNull();
  });
});
