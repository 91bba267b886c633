import { describe, expect, it } from 'vitest';
import { placeOf, type RecordParts } from './missing-paragraph.ts';

const parts: RecordParts = {
  lead: 4,
  speeches: {
    'ivanov-speech': { title: 'Выступление Ивана Иванова', paragraphs: 30 },
    'petrov-closing': { title: 'Заключительное слово Петра Петрова', paragraphs: 9 },
  },
};

describe('a paragraph not on this page', () => {
  it('the lead is in the whole record', () => {
    expect(placeOf('lead-1', parts)).toEqual({
      text: 'Абзац 1 сообщения о событии — не на этой странице, а в полной записи. ',
      link: 'Перейти к нему',
      href: '/#lead-1',
    });
  });

  it('another speech’s paragraph is on that speech’s page', () => {
    expect(placeOf('petrov-closing-5', parts)).toEqual({
      text: 'Абзац 5 — из другого выступления: Заключительное слово Петра Петрова. ',
      link: 'Перейти к нему',
      href: '/speeches/petrov-closing/#petrov-closing-5',
    });
  });

  it('a paragraph the record does not have leads to the record', () => {
    expect(placeOf('ivanov-speech-999', parts)).toMatchObject({
      text: 'Ссылка ведёт на «ivanov-speech-999», но такого абзаца в записи нет. В этом выступлении 30\u00a0абзацев. ',
      href: '/',
    });
    expect(placeOf('lead-5', parts)?.href).toBe('/');
    expect(placeOf('lead-0', parts)?.href).toBe('/');
    expect(placeOf('sidorov-speech-1', parts)?.text).toMatch(
      /^Ссылка ведёт на «sidorov-speech-1», но такого абзаца в записи нет\. $/,
    );
  });

  it('a fragment that is no paragraph id is none of its business', () => {
    for (const id of ['main', 'contents', 'ivanov-speech', '', 'Lead-1', 'x-1<b>'])
      expect(placeOf(id, parts)).toBeUndefined();
  });
});
