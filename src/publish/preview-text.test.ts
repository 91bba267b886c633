import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGenerated } from '../record/generated.ts';
import { speechKindName } from '../record/speeches.ts';
import {
  cutAtSentence,
  type PreviewParagraph,
  paragraphDescription,
  paragraphTitle,
  quoteCut,
  withoutAddress,
} from './preview-text.ts';

describe('cutAtSentence', () => {
  it('leaves short text alone', () => {
    expect(cutAtSentence('Спасибо большое.', 100)).toBe('Спасибо большое.');
  });

  it('cuts after the last whole sentence that fits', () => {
    const text = `${'Первое предложение довольно длинное, чтобы быть больше восьмидесяти знаков в длину. '}Второе предложение. Третье предложение не помещается целиком никак.`;
    // The ellipsis takes the full stop's place, with no space before it.
    expect(cutAtSentence(text, 110)).toBe(
      'Первое предложение довольно длинное, чтобы быть больше восьмидесяти знаков в длину. Второе предложение…',
    );
  });

  it('cuts at a word when no sentence ends early enough', () => {
    expect(cutAtSentence('слово '.repeat(40).trim(), 30)).toBe('слово слово слово слово слово…');
    expect(
      cutAtSentence('Уважаемые коллеги! Предлагаю обозначить тематику следующего форума.', 30),
    ).toBe('Уважаемые коллеги!..');
  });

  it('never cuts inside a word, even when the first word does not fit', () => {
    expect(cutAtSentence('Скажите, пожалуйста, когда портал заработает?', 5)).toBe('Скажите…');
  });
});

describe('withoutAddress', () => {
  it('drops the forms of address a paragraph opens with, and keeps a paragraph that is only one', () => {
    expect(withoutAddress('Уважаемый Владимир Владимирович! Предлагаю обозначить тематику.')).toBe(
      'Предлагаю обозначить тематику.',
    );
    expect(withoutAddress('Уважаемый Нурсултан Абишевич! Уважаемые коллеги! Дамы и господа!')).toBe(
      'Дамы и господа!',
    );
    expect(withoutAddress('Уважаемые коллеги!')).toBe('Уважаемые коллеги!');
    expect(withoutAddress('Россия и Казахстан.')).toBe('Россия и Казахстан.');
  });
});

describe('quoteCut', () => {
  it('quotes in «ёлочки» with the words’ own quotes as „лапки“, the cut inside', () => {
    expect(quoteCut('программа «Болашак» работает', 100)).toBe('«программа „Болашак“ работает»');
    expect(quoteCut('слово '.repeat(40).trim(), 32)).toBe('«слово слово слово слово слово…»');
  });

  it('closes an inner quote the cut left open, within the length', () => {
    const cut = quoteCut('Тема форума – «Развитие человеческого капитала в новых условиях».', 30);
    expect(cut).toBe('«Тема форума – „Развитие…“»');
    expect(cut.length).toBeLessThanOrEqual(30);
  });
});

const LEAD = {
  leadName: 'Сообщение о событии',
  recordTitle: 'Форум городов',
  where: 'Город, 9\u00a0ноября 2017\u00a0года',
};
const ivanov: PreviewParagraph = {
  ...LEAD,
  text: 'Уважаемый Пётр Петрович! Предлагаю обозначить тематику следующего форума: «Цифровые города».',
  n: 14,
  speaker: { name: 'Иван Иванов', surname: 'Иванов' },
  kindName: 'выступление',
};

describe('a paragraph page’s title', () => {
  it('«ёлочки» outside, „лапки“ inside, and the cut marked at both ends', () => {
    const title = paragraphTitle(ivanov, 50);
    expect(title).toBe('Иванов: «…Предлагаю обозначить тематику…»');
    expect(title.length).toBeLessThanOrEqual(50);
    expect(paragraphTitle({ ...ivanov, text: 'Спасибо.' }, 50)).toBe('Иванов: «Спасибо.»');
  });
});

describe('a paragraph page’s description', () => {
  it('names the speaker as the record spells the name, and the kind of speech after it', () => {
    expect(paragraphDescription({ ...ivanov, text: 'Спасибо.' })).toBe(
      '«Спасибо.» — Иван Иванов, выступление, Город, 9\u00a0ноября 2017\u00a0года, абз.\u00a014.',
    );
    expect(paragraphDescription({ ...LEAD, text: 'Форум открылся.', n: 2 })).toBe(
      '«Форум открылся.» — Форум городов, Город, 9\u00a0ноября 2017\u00a0года, абз.\u00a02.',
    );
  });

  it('cuts the words inside their quotes, never after them: no «….»…', () => {
    const text = `${'Слова, слова и слова. '.repeat(14)}Последние слова.`;
    const d = paragraphDescription({ ...ivanov, text });
    expect(d.length).toBeLessThanOrEqual(300);
    expect(d).toMatch(/^«Слова, [^»]*…» — Иван Иванов, выступление, .*абз.\u00a014\.$/);
  });
});

describe('every paragraph of the record', () => {
  const speakers = JSON.parse(readFileSync('content/speakers.json', 'utf8')) as {
    id: string;
    name: string;
    nameGenitive: string;
    surname?: string;
  }[];
  const { lead, speeches } = readGenerated('content');
  const paragraphs: PreviewParagraph[] = [
    ...lead.map((text, i) => ({ ...LEAD, text, n: i + 1 })),
    ...speeches.flatMap((s) => {
      const speaker = speakers.find((p) => p.id === s.speaker);
      const kind = s.slug.endsWith('-closing') ? 'closing' : 'speech';
      return s.paragraphs.map((text, i) => ({
        ...LEAD,
        text,
        n: i + 1,
        speaker,
        kindName: speechKindName(kind, s.slug),
      }));
    }),
  ];
  const names = speakers.flatMap((s) => [s.name, s.nameGenitive, s.surname ?? '']).filter(Boolean);

  it.each(paragraphs.map((p) => [`${p.speaker?.surname ?? 'lead'} ${p.n}`, p]))(
    '%s: names capitalised, «ёлочки» outside, every cut marked, no doubled ending',
    (_, p) => {
      const title = paragraphTitle(p, 55);
      const description = paragraphDescription(p);
      for (const text of [title, description]) {
        for (const name of names) expect(text).not.toContain(name.toLowerCase());
        expect(text).not.toMatch(/»[.…!?]*…/);
        expect(text).not.toContain('„…');
      }
      expect(title).toMatch(/^[^:]+: «[^«»]*»$/);
      expect(title.length).toBeLessThanOrEqual(55);
      expect(description.length).toBeLessThanOrEqual(300);
      // The title's words are the paragraph's, or marked where they are not.
      const words = title.replace(/^[^:]+: «|»$/g, '');
      if (!p.text.includes(words.replaceAll('„', '«').replaceAll('“', '»')))
        expect(words).toMatch(/^…|…“*$|\.\.$/);
    },
  );
});
