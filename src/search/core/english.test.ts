import { describe, expect, it } from 'vitest';
import { englishWords } from '../build/english-words.ts';
import { ENGLISH, englishStem } from './english.ts';
import { placeEn, resultNameEn, resultSourceEn, statusTextEn } from './messages-en.ts';
import { decode, lemmaIds } from './morphology.ts';
import { plan } from './plan.ts';
import { parseQuery } from './query.ts';
import { type PageData, paragraphResults, type SearchPage, searchPage, units } from './results.ts';

const TEXTS = [
  'Russian and Kazakh regions are already carrying out 400 cooperation agreements.',
  'Agreements matter: we signed an Agreement on cooperation.',
  'The theme of the forum was “Development of Human Capital.”',
  'Education is special; Russia-Kazakhstan ties in higher education.',
];
const m = decode(englishWords(TEXTS), ENGLISH);

/** A page as Pagefind indexes it: each anchor at its first word's place in the content. */
const en = (texts: string[], speaker = 'Vladimir Putin'): PageData => {
  const at = texts.map((_, i) => texts.slice(0, i).join(' ').split(/\s+/).filter(Boolean).length);
  return {
    url: '/en/speeches/putin-speech/',
    content: texts.join(' '),
    meta: { title: `Speech by ${speaker}`, speaker },
    anchors: texts.map((text, i) => ({
      element: 'p',
      id: `putin-speech-${i + 1}`,
      text,
      location: at[i] ?? 0,
    })),
  };
};
const pages: SearchPage[] = [searchPage(en(TEXTS), true)];
const ids = (raw: string) => paragraphResults(pages, parseQuery(raw), m).map((r) => r.id);
const found = (raw: string) =>
  paragraphResults(pages, parseQuery(raw), m)
    .filter((r) => r.all)
    .map((r) => r.id);

describe('English stems', () => {
  it('folds and stems Latin words, and keeps numbers and other scripts as they are', () => {
    expect(englishStem('Agreements')).toBe(englishStem('agreement'));
    expect(englishStem('400')).toBe('400');
    expect(englishStem('Путин')).toBe('путин');
  });

  it('makes every word of one stem a form of one lemma', () => {
    expect(lemmaIds(m, 'agreements')).toEqual(lemmaIds(m, 'agreement'));
    expect(lemmaIds(m, 'agreements')).toHaveLength(1);
    expect(lemmaIds(m, 'bitcoin')).toEqual([]);
  });

  it('writes the words file with the dashed compounds', () => {
    const data = englishWords(TEXTS);
    expect(data.unknown).toContain('agreements');
    expect(data.unknown).toEqual([...data.unknown].sort());
    expect(data.compounds).toEqual(['russia-kazakhstan']);
  });
});

describe('English results', () => {
  it('finds every form: «agreements» finds «Agreement», «agreement» finds «agreements»', () => {
    expect(found('agreements')).toEqual(['putin-speech-2', 'putin-speech-1']);
    expect(found('agreement')).toEqual(['putin-speech-2', 'putin-speech-1']);
  });

  it('puts the whole query as a phrase first, numbers included', () => {
    expect(found('400 cooperation agreements')).toEqual(['putin-speech-1']);
    expect(ids('cooperation agreements')[0]).toBe('putin-speech-1');
  });

  it('finds a quoted phrase only together, in order', () => {
    expect(found('"human capital"')).toEqual(['putin-speech-3']);
    expect(found('"capital human"')).toEqual([]);
    expect(found('"cooperation agreements"')).toEqual(['putin-speech-1']);
  });

  it('finds nothing for a word the translation lacks, and never a paragraph without it', () => {
    expect(found('bitcoin')).toEqual([]);
    expect(found('400 bitcoin')).toEqual([]);
  });
});

describe('hyphens', () => {
  const dashed = decode(
    englishWords(['Co-operation grows.', 'Trade is well-established.']),
    ENGLISH,
  );
  const plain = decode(englishWords(['Cooperation grows.']), ENGLISH);
  const hit = (mm: typeof m, raw: string, text: string) => {
    const p = plan(raw, mm);
    return paragraphResults(
      [searchPage({ ...en([text]), url: '/en/' }, true)],
      p.q,
      mm,
      p.mean,
    ).filter((r) => r.all).length;
  };

  it('finds «co-operation» for «cooperation» where the translation writes only the first', () => {
    expect(hit(dashed, 'cooperation', 'Co-operation grows.')).toBe(1);
    expect(hit(dashed, 'co-operation', 'Co-operation grows.')).toBe(1);
    expect(plan('cooperation', dashed).absent).toEqual([]);
  });

  it('finds «cooperation» for «co-operation» where the translation writes only the second', () => {
    expect(hit(plain, 'co-operation', 'Cooperation grows.')).toBe(1);
    expect(plan('co-operation', plain).absent).toEqual([]);
  });

  it('leaves other words alone', () => {
    expect(hit(dashed, 'wellestablished', 'Trade is well-established.')).toBe(1);
    expect(plan('cooperationx', dashed).absent.map((a) => a.word)).toEqual(['cooperationx']);
  });
});

describe('English plan', () => {
  it('offers the translation’s nearest word for a misspelling, and never converts the layout', () => {
    const p = plan('agrements', m);
    expect(p.typed).toBeUndefined();
    expect(p.absent).toEqual([
      {
        word: 'agrements',
        typed: 'agrements',
        foreign: false,
        suggestions: ['agreements'],
        prefixed: [],
      },
    ]);
  });

  it('says a Cyrillic word is in the other language, with no spellings', () => {
    expect(plan('соглашение', m).absent).toEqual([
      { word: 'соглашение', typed: 'соглашение', foreign: true, suggestions: [], prefixed: [] },
    ]);
  });

  it('asks Pagefind for each of the translation’s forms', () => {
    expect(plan('agreement', m).lookups).toEqual([['agreement', 'agreements']]);
  });
});

describe('English units', () => {
  it('reads a translated paragraph rendered as several, and the ids it renders besides its own', () => {
    const data: PageData = {
      url: '/en/',
      content: 'One two. Three four. Five.',
      meta: { title: 'Forum' },
      anchors: [
        { element: 'p', id: 'lead-1', text: 'One two.', location: 0 },
        { element: 'span', id: 'lead-2', text: '', location: 0 },
        { element: 'p', id: 'lead-3', text: 'Five.', location: 4 },
      ],
    };
    expect(units(data, true)).toEqual([
      { id: 'lead-1', text: 'One two. Three four.', also: ['lead-2'] },
      { id: 'lead-3', text: 'Five.' },
    ]);
    // The record's own pages keep the anchor's text.
    expect(units(data)[0]?.text).toBe('One two.');
  });
});

describe('English messages', () => {
  const r = {
    id: 'putin-speech-14',
    title: 'Speech by Vladimir Putin',
    speaker: 'Vladimir Putin',
    text: 'x',
  };

  it('names a result by who and where, with the Russian paragraph numbers', () => {
    expect(resultNameEn(r)).toBe('Vladimir Putin, speech, paragraph 14');
    expect(
      resultNameEn({
        ...r,
        id: 'putin-closing-1',
        also: ['putin-closing-2'],
        title: 'Closing remarks by Vladimir Putin',
      }),
    ).toBe('Vladimir Putin, closing remarks, paragraphs 1–2');
    expect(resultNameEn({ id: 'lead-3', title: 'The forum', speaker: '', text: 'x' })).toBe(
      'The forum, paragraph 3',
    );
    expect(resultSourceEn(r)).toBe('Putin · speech, paragraph 14');
    expect(placeEn({ id: 'lead-1', also: ['lead-2', 'lead-3'] })).toBe('paragraphs 1–3');
  });

  it('says the count and the misses in English, with curly quotes', () => {
    expect(statusTextEn('bitcoin', [], [], '')).toBe('Nothing found for “bitcoin”.');
    const one = paragraphResults(pages, parseQuery('400'), m);
    expect(statusTextEn('400', one, [], '')).toBe('1 paragraph found.');
    const partial = paragraphResults(pages, parseQuery('400 human'), m);
    expect(statusTextEn('400 human', partial, [], '')).toBe(
      '2 paragraphs found with only some of the words.',
    );
  });
});
