import { describe, expect, it } from 'vitest';
import { type QuoteInput, quoteHtml, quoteText } from './quotes.ts';

const putin: QuoteInput = {
  author: { surname: 'Путин', given: 'Владимир', patronymic: 'Владимирович' },
  event: 'Форум межрегионального сотрудничества России и\u00a0Казахстана',
  place: 'Челябинск',
  date: '2017-11-09',
  paragraphs: [14, 14],
  url: 'https://forum-2017.example.org/p/putin-speech-14/',
};

describe('quotes', () => {
  it('as text: the words, speaker, event, place, date, «абз. 14» and one address; NBSPs kept', () => {
    expect(quoteText('Россия и\u00a0Казахстан  –\nсоюзники.', putin)).toBe(
      '«Россия и\u00a0Казахстан – союзники.» — Владимир\u00a0Путин, Форум межрегионального сотрудничества России и\u00a0Казахстана, Челябинск, 9\u00a0ноября 2017\u00a0года, абз.\u00a014. https://forum-2017.example.org/p/putin-speech-14/',
    );
  });

  it('sets the text’s own quotes inside as „лапки“', () => {
    expect(quoteText('программа «Болашак» («Будущее»)', putin)).toMatch(
      /^«программа „Болашак“ \(„Будущее“\)» — /,
    );
  });

  it('names both paragraphs of a paragraph over two, and gives one address only', () => {
    const text = quoteText('Первое. Второе.', { ...putin, paragraphs: [14, 15] });
    expect(text).toContain('абз.\u00a014–15.');
    expect(text.match(/https?:\/\//g)).toHaveLength(1);
  });

  it('the lead has no speaker', () => {
    const { author: _a, ...lead } = putin;
    expect(quoteText('Слова.', { ...lead, paragraphs: [2, 2] })).toMatch(
      /^«Слова\.» — Форум межрегионального/,
    );
  });

  it('as HTML, escaped', () => {
    expect(quoteHtml('a < b & "c"', putin)).toBe(
      '<blockquote><p>«a &lt; b &amp; &quot;c&quot;»</p><footer>— Владимир\u00a0Путин, Форум межрегионального сотрудничества России и\u00a0Казахстана, Челябинск, 9\u00a0ноября 2017\u00a0года, абз.\u00a014. <a href="https://forum-2017.example.org/p/putin-speech-14/">https://forum-2017.example.org/p/putin-speech-14/</a></footer></blockquote>',
    );
  });
});
