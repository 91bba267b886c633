import { describe, expect, it } from 'vitest';
import { cssString, printHeadsCss } from './print-heads.ts';

describe('printHeadsCss', () => {
  it('prints each speech on its own named pages, headed by its title, the source block with the last', () => {
    const css = printHeadsCss([
      { slug: 'ivanov-speech', title: 'Выступление Ивана Иванова' },
      { slug: 'petrov-closing', title: 'Заключительное слово Петра Петрова' },
    ]);
    expect(css).toBe(
      [
        '#ivanov-speech{page:ivanov-speech}@page ivanov-speech{@top-left{content:"Выступление Ивана Иванова"}}',
        '#petrov-closing{page:petrov-closing}@page petrov-closing{@top-left{content:"Заключительное слово Петра Петрова"}}',
        '.record-source,.site-footer{page:petrov-closing}',
        '',
      ].join('\n'),
    );
  });

  it('writes nothing for a record without speeches', () => {
    expect(printHeadsCss([])).toBe('');
  });

  it('refuses a slug that is not a page name', () => {
    expect(() => printHeadsCss([{ slug: 'a b', title: 'x' }])).toThrow(/not a page name/);
    expect(() => printHeadsCss([{ slug: 'auto', title: 'x' }])).toThrow(/not a page name/);
  });
});

describe('cssString', () => {
  it('escapes quotes, backslashes and line ends', () => {
    expect(cssString('Слово «Иванова» "в кавычках" \\ и\nстрока')).toBe(
      '"Слово «Иванова» \\"в кавычках\\" \\\\ и\\A строка"',
    );
  });
});
