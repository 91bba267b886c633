import { describe, expect, it } from 'vitest';
import { quoteEn, quoteHtmlEn, quoteTextEn } from './quotes-en.ts';

const q = {
  author: { given: 'Vladimir', surname: 'Putin' },
  kind: 'Speech',
  event: 'Russia-Kazakhstan Interregional Cooperation Forum',
  place: 'Chelyabinsk',
  date: '2017-11-09',
  paragraphs: '12',
  url: 'https://forum.example.org/en/p/putin-speech-12/#:~:text=400',
};

describe('an English quote', () => {
  it('is in “curly quotes”; quotes inside become ‘single’ ones', () => {
    expect(quoteEn('The theme was “Development of Human Capital.”')).toBe(
      '“The theme was ‘Development of Human Capital.’”',
    );
  });

  it('gives who, the speech at the event, place, date and the Russian paragraph number, then one address', () => {
    expect(quoteTextEn('400 cooperation agreements', q)).toBe(
      `“400 cooperation agreements” — Vladimir\u00a0Putin, speech at the Russia-Kazakhstan Interregional Cooperation Forum, Chelyabinsk, 9 November 2017, para.\u00a012. ${q.url}`,
    );
    expect(quoteTextEn('a', { ...q, paragraphs: '1–2' })).toContain('paras.\u00a01–2');
  });

  it('escapes the HTML copy', () => {
    expect(quoteHtmlEn('<b>&', q)).toContain('<p>“&lt;b&gt;&amp;”</p>');
  });
});
