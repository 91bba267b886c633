/**
 * Any record's built site says exactly what its source says: every source paragraph once, in
 * order, with its id, on `/` and on its speech page; the omissions where the source has them;
 * the title, place and source link. Runs on this record (site checks) and on the second record
 * (`RECORD_DIR=… ASTRO_OUT_DIR=… vitest run --project record`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_DIR } from '../../src/record/record-dir.ts';
import { parseTranscript } from '../../src/record/transcript.ts';
import { LEAD, paragraphId, speechPath } from '../../src/shared/addresses.ts';
import { paragraphs, readPage } from '../site/built.ts';

const sourceDir = join(RECORD_DIR, 'source');
const sourceName = readdirSync(sourceDir).find((f) => f.endsWith('.txt')) ?? '';
const record = parseTranscript(
  readFileSync(join(sourceDir, sourceName), 'utf8'),
  JSON.parse(readFileSync(join(RECORD_DIR, 'speakers.json'), 'utf8')),
);
const lead = record.lead.map((text, i) => ({ id: paragraphId(LEAD, i + 1), text }));
const speeches = record.speeches.map((t) => ({
  ...t,
  expected: t.paragraphs.map((text, i) => ({ id: paragraphId(t.slug, i + 1), text })),
}));

describe(`the record in ${RECORD_DIR}`, () => {
  const home = readPage('/');

  it('has a source with speeches', () => {
    expect(speeches.length).toBeGreaterThan(0);
  });

  it('shows on / its title, place, source link and lead, then each speech in order (or links to each)', () => {
    expect(home.querySelector('h1')?.textContent).toBe(record.title);
    expect(home.querySelector('.record-meta')?.textContent).toContain(record.place);
    expect(home.querySelector(`a[href="${record.sourceUrl}"]`)).not.toBeNull();
    const onHome = paragraphs(home);
    const all = [...lead, ...speeches.flatMap((t) => t.expected)];
    // A long record keeps only the lead on / and links to the speeches' pages.
    if (onHome.length === all.length) expect(onHome).toEqual(all);
    else {
      expect(onHome).toEqual(lead);
      for (const t of speeches)
        expect(home.querySelector(`a[href="${speechPath(t.slug)}"]`), t.slug).not.toBeNull();
    }
  });

  it('marks an omission right after each speech the source cuts, and nowhere else', () => {
    const html = home.toString();
    const omissions = [...html.matchAll(/class="omission"/g)].map((m) => m.index);
    const cut = speeches.filter((t) => t.omissionAfter);
    if (paragraphs(home).length === lead.length) return; // a long record: checked on the speech pages
    expect(omissions).toHaveLength(cut.length);
    for (const [i, t] of cut.entries()) {
      const last = html.indexOf(`id="${t.expected.at(-1)?.id}"`);
      const next = speeches[speeches.indexOf(t) + 1];
      expect(omissions[i]).toBeGreaterThan(last);
      if (next) expect(omissions[i]).toBeLessThan(html.indexOf(`id="${next.expected[0]?.id}"`));
    }
  });

  it.each(speeches.map((t) => [t.slug, t] as const))(
    'gives %s its own page with exactly its paragraphs',
    (_, speech) => {
      expect(paragraphs(readPage(speechPath(speech.slug)))).toEqual(speech.expected);
    },
  );
});
