import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, cslJson, gost, ris } from './citations.ts';
import { type CiteInput, fragmentLink, permalink, quoteHtml, quoteText, textDirective } from './cite.ts';

const SITE = 'https://forum-2017.example.org';
const base: CiteInput = {
  site: SITE,
  event: 'Форум межрегионального сотрудничества России и Казахстана',
  place: 'Челябинск',
  date: '2017-11-09T18:40:00+03:00',
  publisher: 'Президент России',
  sourceUrl: 'http://kremlin.ru/events/president/news/copy/56031',
  accessed: '2026-11-24',
};
const putin: CiteInput = { ...base, id: 'putin-speech-3', kind: 'Выступление', author: { surname: 'Путин', given: 'Владимир', patronymic: 'Владимирович' } };
const { id: _id, ...putinSpeech } = { ...putin, speech: 'putin-speech' };

describe('permalink', () => {
  it('is absolute on the configured site', () => {
    expect(permalink(SITE, 'putin-speech-3')).toBe('https://forum-2017.example.org/speeches/putin-speech/#putin-speech-3');
    expect(permalink(SITE, 'lead-2')).toBe('https://forum-2017.example.org/#lead-2');
    expect(permalink(SITE)).toBe('https://forum-2017.example.org/');
  });
});

describe('text fragments', () => {
  it('encodes a short selection, with dashes, commas and NBSP', () => {
    const p = 'Россия и\u00a0Казахстан – стратегические партнёры, союзники.';
    expect(textDirective(p, 'Казахстан – стратегические партнёры,')).toBe(
      ':~:text=%D0%9A%D0%B0%D0%B7%D0%B0%D1%85%D1%81%D1%82%D0%B0%D0%BD%20%E2%80%93%20%D1%81%D1%82%D1%80%D0%B0%D1%82%D0%B5%D0%B3%D0%B8%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B5%20%D0%BF%D0%B0%D1%80%D1%82%D0%BD%D1%91%D1%80%D1%8B%2C',
    );
    expect(textDirective('a-b c', 'a-b')).toBe(':~:text=a%2Db');
  });

  it('adds a prefix and a suffix when the words repeat in the paragraph', () => {
    const p = 'и второе. Уважаемые друзья! Снова: уважаемые друзья и коллеги.';
    expect(textDirective(p, 'друзья', p.lastIndexOf('друзья'))).toBe(
      `:~:text=${encodeURIComponent('уважаемые')}-,${encodeURIComponent('друзья')},-${encodeURIComponent('и')}`,
    );
  });

  it('uses start and end words for a long selection', () => {
    const p = 'один два три четыре пять шесть семь восемь девять десять';
    expect(textDirective(p, p)).toBe(`:~:text=${encodeURIComponent('один два три четыре')},${encodeURIComponent('семь восемь девять десять')}`);
  });

  it('keeps ё and quotes, and builds the link on the paragraph address', () => {
    expect(fragmentLink(SITE, 'putin-speech-3', '«Болашак» ещё', '«Болашак» ещё')).toBe(
      `https://forum-2017.example.org/speeches/putin-speech/#putin-speech-3:~:text=${encodeURIComponent('«Болашак» ещё')}`,
    );
  });

  it('handles a very long paragraph where no short context is unique: the whole selection is the term', () => {
    const p = `${'слово '.repeat(500)}конец`;
    const sel = `${'слово '.repeat(21)}конец`;
    expect(textDirective(p, sel)).toBe(`:~:text=${encodeURIComponent(sel)}`);
  });

  it('gives a long selection by its first and last words, with a prefix when its start repeats', () => {
    const p = 'Мы будем работать вместе. Сегодня подписаны документы двух стран. Мы будем работать вместе над новыми совместными проектами регионов.';
    const sel = 'Мы будем работать вместе над новыми совместными проектами регионов.';
    expect(textDirective(p, sel, p.lastIndexOf(sel))).toBe(
      `:~:text=${encodeURIComponent('стран.')}-,${encodeURIComponent('Мы будем работать вместе')},${encodeURIComponent('новыми совместными проектами регионов.')}`,
    );
  });

  it('matches case-insensitively, as browsers do, so «Друзья» after «друзья» needs a prefix', () => {
    const p = 'друзья мои. Друзья, спасибо.';
    expect(textDirective(p, 'Друзья', p.indexOf('Друзья'))).toBe(`:~:text=${encodeURIComponent('мои.')}-,${encodeURIComponent('Друзья')},-%2C`);
  });

  it('widens a selection that cuts words, and trims spaces around it', () => {
    const p = 'Подчеркну: взаимодействие регионов растёт.';
    const at = p.indexOf('аимодей');
    expect(textDirective(p, 'аимодействие регио', at)).toBe(`:~:text=${encodeURIComponent('взаимодействие регионов')}`);
    const q = 'Подчеркну:  растёт  быстро.';
    expect(textDirective(q, '  растёт  ', q.indexOf('  растёт'))).toBe(`:~:text=${encodeURIComponent('растёт')}`);
  });

  it('treats NBSP as a space, and a quote mark without a space before the word as part of the prefix', () => {
    const p = 'программа «Болашак» и\u00a0снова «Болашак» и\u00a0дальше';
    const at = p.lastIndexOf('Болашак');
    expect(textDirective(p, 'Болашак', at)).toBe(`:~:text=${encodeURIComponent('снова «')}-,${encodeURIComponent('Болашак')},-${encodeURIComponent('» и')}`);
    expect(textDirective(p, 'и\u00a0дальше')).toBe(`:~:text=${encodeURIComponent('и дальше')}`);
  });

  it('has no directive when the selection is not in the paragraph, so the link lands on the paragraph', () => {
    expect(textDirective('abc', ' x\n y ')).toBe('');
    expect(textDirective('a   b', '   ', 1)).toBe('');
  });

  it('tells the selection apart from matches earlier on the page, not only in the paragraph', () => {
    const earlier = 'Заголовок. Россия и Казахстан. Второй абзац о сотрудничестве регионов.';
    const p = 'Наше сотрудничество регионов растёт.';
    // «сотрудничество» is a whole word here; earlier there is only «сотрудничестве».
    expect(textDirective(p, 'сотрудничество', p.indexOf('сотрудничество'), earlier)).toBe(`:~:text=${encodeURIComponent('сотрудничество')}`);
    // «регионов» occurs earlier: a prefix from this paragraph pins it down.
    expect(textDirective(p, 'регионов', p.indexOf('регионов'), earlier)).toBe(
      `:~:text=${encodeURIComponent('сотрудничество')}-,${encodeURIComponent('регионов')},-${encodeURIComponent('растёт.')}`,
    );
  });

  it('uses the suffix alone at the start of a paragraph, and gives up when nothing in the paragraph helps', () => {
    const earlier = 'Казахстан и Россия. Казахстан';
    expect(textDirective('Казахстан – партнёр.', 'Казахстан', 0, earlier)).toBe(`:~:text=${encodeURIComponent('Казахстан')},-${encodeURIComponent('–')}`);
    expect(textDirective('Россия', 'Россия', 0, earlier)).toBe('');
  });
});

describe('quotes', () => {
  it('as text and HTML, with speaker, event, place, date and permalink', () => {
    expect(quoteText('Россия и\u00a0Казахстан  – союзники.', putin)).toBe(
      '«Россия и Казахстан – союзники.» — Владимир Путин, Форум межрегионального сотрудничества России и Казахстана, Челябинск, 9 ноября 2017 года. https://forum-2017.example.org/speeches/putin-speech/#putin-speech-3',
    );
    expect(quoteHtml('a < b & "c"', putin)).toBe(
      '<blockquote><p>«a &lt; b &amp; &quot;c&quot;»</p><footer>— Владимир Путин, <cite>Форум межрегионального сотрудничества России и Казахстана</cite>, Челябинск, 9 ноября 2017 года. <a href="https://forum-2017.example.org/speeches/putin-speech/#putin-speech-3">https://forum-2017.example.org/speeches/putin-speech/#putin-speech-3</a></footer></blockquote>',
    );
  });
});

describe('citations', () => {
  it('ГОСТ Р 7.0.100–2018 for a paragraph', () => {
    expect(gost(putin)).toBe(
      'Путин, В.\u00a0В. Выступление на Форуме межрегионального сотрудничества России и Казахстана : Челябинск, 9 ноября 2017 г. / В.\u00a0В. Путин. – Текст : электронный // Президент России : [сайт]. – 2017. – 9 нояб. – URL: http://kremlin.ru/events/president/news/copy/56031 (дата обращения: 24.11.2026). – Абзац putin-speech-3: https://forum-2017.example.org/speeches/putin-speech/#putin-speech-3.',
    );
  });

  it('ГОСТ for the whole record has no author, one full stop after «г.», and our record address', () => {
    expect(gost(base)).toBe(
      'Форум межрегионального сотрудничества России и Казахстана : Челябинск, 9 ноября 2017 г. – Текст : электронный // Президент России : [сайт]. – 2017. – 9 нояб. – URL: http://kremlin.ru/events/president/news/copy/56031 (дата обращения: 24.11.2026). – Запись с номерами абзацев: https://forum-2017.example.org/.',
    );
  });

  it('ГОСТ for a whole speech gives the speech page', () => {
    expect(gost(putinSpeech)).toBe(
      'Путин, В.\u00a0В. Выступление на Форуме межрегионального сотрудничества России и Казахстана : Челябинск, 9 ноября 2017 г. / В.\u00a0В. Путин. – Текст : электронный // Президент России : [сайт]. – 2017. – 9 нояб. – URL: http://kremlin.ru/events/president/news/copy/56031 (дата обращения: 24.11.2026). – Страница выступления: https://forum-2017.example.org/speeches/putin-speech/.',
    );
    expect(bibtex(putinSpeech).split('\n')[0]).toBe('@misc{putin_speech,');
  });

  it('APA 7', () => {
    expect(apa(putin)).toBe(
      'Путин, В.\u00a0В. (2017, 9 ноября). Выступление на Форуме межрегионального сотрудничества России и Казахстана [Стенограмма]. Президент России. http://kremlin.ru/events/president/news/copy/56031 (Абзац putin-speech-3: https://forum-2017.example.org/speeches/putin-speech/#putin-speech-3)',
    );
    expect(apa(base)).toMatch(/^Президент России\. \(2017, 9 ноября\)\. Форум межрегионального/);
  });

  it('Chicago', () => {
    expect(chicago(putin)).toBe(
      'Путин, Владимир. «Выступление на Форуме межрегионального сотрудничества России и Казахстана». Челябинск, 9 ноября 2017. Президент России. http://kremlin.ru/events/president/news/copy/56031. Дата обращения 24 ноября 2026 года. Абзац putin-speech-3: https://forum-2017.example.org/speeches/putin-speech/#putin-speech-3.',
    );
  });

  it('BibTeX escapes and keeps the URL verbatim', () => {
    const b = bibtex(putin);
    expect(b.split('\n')[0]).toBe('@misc{putin_speech_3,');
    expect(b).toContain('  author = {Путин, Владимир Владимирович},');
    expect(b).toContain('  url = {http://kremlin.ru/events/president/news/copy/56031},');
    expect(b).toContain('  urldate = {2026-11-24},');
    expect(b).toContain('  note = {Абзац putin-speech-3: https://forum-2017.example.org/speeches/putin-speech/\\#putin-speech-3}');
    expect(bibtex({ ...base, event: '50% & {x}_y' })).toContain('title = {50\\% \\& \\{x\\}\\_y}');
  });

  it('CSL-JSON parses and has the fields', () => {
    const [item] = JSON.parse(cslJson(putin));
    expect(item).toMatchObject({
      type: 'speech',
      author: [{ family: 'Путин', given: 'Владимир Владимирович' }],
      issued: { 'date-parts': [[2017, 11, 9]] },
      accessed: { 'date-parts': [[2026, 11, 24]] },
      URL: 'http://kremlin.ru/events/president/news/copy/56031',
      'event-place': 'Челябинск',
    });
  });

  it('RIS with CRLF and an end record', () => {
    const r = ris(putin).split('\r\n');
    expect(r[0]).toBe('TY  - ELEC');
    expect(r).toContain('AU  - Путин, Владимир Владимирович');
    expect(r).toContain('PY  - 2017/11/09/');
    expect(r).toContain('Y2  - 2026/11/24/');
    expect(r.at(-2)).toBe('ER  - ');
  });

  it('every format cites the Kremlin source and our address, for a paragraph and for the whole record', () => {
    for (const format of [gost, apa, chicago, bibtex, cslJson, ris]) {
      for (const [input, ours] of [
        [putin, 'https://forum-2017.example.org/speeches/putin-speech/#putin-speech-3'],
        [base, 'https://forum-2017.example.org/'],
        [putinSpeech, 'https://forum-2017.example.org/speeches/putin-speech/'],
        [{ ...base, id: 'lead-2' }, 'https://forum-2017.example.org/#lead-2'],
      ] as const) {
        const text = format(input).replaceAll('\\#', '#');
        expect(text, format.name).toContain('http://kremlin.ru/events/president/news/copy/56031');
        expect(text, format.name).toContain(ours);
      }
    }
  });
});
