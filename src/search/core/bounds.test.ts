/**
 * The search bounds its own work (bounds.ts): what a query, a word or a paragraph can cost has a
 * ceiling, whatever a record or a reader sends. Each case here took seconds before its bound.
 */
import { describe, expect, it } from 'vitest';
import { morphologyOf } from '../../../tests/support/search-fixture.ts';
import { textsJson } from '../build/texts.ts';
import { MAX_QUERY_WORDS, MAX_SUGGESTED, MAX_TOKENS, TEXTS_BYTES } from './bounds.ts';
import { EXCERPT, excerpt, marks } from './highlight.ts';
import { lemmaIds } from './morphology.ts';
import { tokens } from './normalize.ts';
import { plan } from './plan.ts';
import { parseQuery, queryWords } from './query.ts';
import { matchText, oneSentence } from './results.ts';

const m = await morphologyOf([
  'Программа развития человеческого капитала. Рынок труда и капитала.',
]);
const timed = (run: () => unknown) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

describe('the search’s bounds', () => {
  it(`reads ${MAX_QUERY_WORDS} words of a query, loose or quoted`, () => {
    const many = Array.from({ length: 30 }, (_, i) => `с${i}`);
    expect(queryWords(parseQuery(many.join(' ')))).toEqual(many.slice(0, MAX_QUERY_WORDS));
    const quoted = parseQuery(`рынок «${many.join(' ')}»`);
    expect(queryWords(quoted)).toHaveLength(MAX_QUERY_WORDS);
    expect(quoted.groups[1]?.phrase).toBe(true);
  });

  it(`reads ${MAX_TOKENS} words of a text: every word of a paragraph of prose at the limit`, () => {
    expect(tokens('а '.repeat(20_000))).toHaveLength(MAX_TOKENS);
    const prose = 'Развитие человеческого капитала — тема форума. '.repeat(250).slice(0, 10_000);
    expect(tokens(prose).at(-1)?.end).toBeGreaterThan(9_990);
  });

  it('looks up no word longer than any record word (a 20,000-letter word cost seconds)', () => {
    const word = 'ж'.repeat(20_000);
    expect(timed(() => expect(lemmaIds(m, word)).toEqual([]))).toBeLessThan(50);
  });

  it('finds whether one sentence holds every group in linear time (it was quadratic)', () => {
    // Two groups, 25,000 spans each, never in the same sentence: 600 million steps the old way.
    const toks = Array.from({ length: 50_000 }, (_, i) => ({ sentence: i }));
    const even = toks.flatMap((_, i): [number, number][] => (i % 2 ? [] : [[i, i]]));
    const odd = toks.flatMap((_, i): [number, number][] => (i % 2 ? [[i, i]] : []));
    let together = true;
    expect(timed(() => (together = oneSentence([even, odd], toks)))).toBeLessThan(1_000);
    expect(together).toBe(false);
    expect(oneSentence([even, [[4, 4]]], toks)).toBe(true);
    const apart = parseQuery('рынок капитала');
    expect(matchText(`Капитала. ${'рынок. '.repeat(2_500)}`, apart, m).tier).toBe(2);
    expect(matchText('рынок и капитала. Труда.', apart, m).tier).toBe(1);
    expect(matchText('рынок капитала', apart, m).tier).toBe(0);
  });

  it('marks only the words an excerpt shows, and shows the same excerpt', () => {
    const text = 'рынок '.repeat(1_600).trim();
    const { spans } = matchText(text, parseQuery('рынок'), m);
    expect(spans[0]).toHaveLength(1_600);
    const cut = marks(text, spans, EXCERPT);
    expect(cut.filter((p) => p.mark).length).toBe(EXCERPT + 1);
    expect(excerpt(cut)).toEqual(excerpt(marks(text, spans)));
  });

  it(`suggests spellings for ${MAX_SUGGESTED} absent words at most`, () => {
    const p = plan('капитао рынко трудаа развитя программма', m);
    expect(p.absent.map((a) => a.suggestions.length > 0)).toEqual([true, true, true, false, false]);
  });

  it(`sends the texts whole only under ${TEXTS_BYTES} bytes, however well they compress`, () => {
    const page = (text: string) => ({
      url: '/',
      title: 't',
      speaker: '',
      units: [{ id: 'lead-1', text }],
    });
    expect(textsJson([page('а'.repeat(1000))])).not.toBe('null');
    expect(textsJson([page('а'.repeat(TEXTS_BYTES))])).toBe('null');
  });
});
