import { describe, expect, it } from 'vitest';
import { paragraphsOf } from './paragraphs.ts';

describe('paragraphs of a record body', () => {
  it('reads escaped MDX back as the text it stands for', () => {
    const body = '\nТема – \\<…\\> «Развитие» \\{x\\} a\\_b\n\nВторой\u00a0абзац.\n';
    expect(paragraphsOf(body)).toEqual(['Тема – <…> «Развитие» {x} a_b', 'Второй\u00a0абзац.']);
  });

  it('reads a bare URL as text, not a link (no GFM, as the build)', () => {
    expect(paragraphsOf('См. https://example.org/a_b?x=1&y=~2~ и www.example.org.\n')).toEqual([
      'См. https://example.org/a_b?x=1&y=~2~ и www.example.org.',
    ]);
  });

  it('rejects a body that is not only paragraphs of plain text, naming the line', () => {
    expect(() => paragraphsOf('Текст.\n\n# Заголовок\n', 'x.mdx')).toThrow(
      /x\.mdx:3: expected only paragraphs/,
    );
    expect(() => paragraphsOf('export const a = 1\n', 'y.mdx')).toThrow(/y\.mdx:1: .*mdxjsEsm/);
    expect(() => paragraphsOf('Текст {1 + 1} и <b>жирный</b>.\n', 'z.mdx')).toThrow(
      /z\.mdx:1: expected only paragraphs of plain text in a record body, found mdxTextExpression/,
    );
    expect(() => paragraphsOf('Текст *выделен*.\n', 'w.mdx')).toThrow(/found emphasis/);
  });
});
