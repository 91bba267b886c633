import { describe, expect, it } from 'vitest';
import { paragraphsOf } from './passages.ts';

describe('paragraphs of a record body', () => {
  it('reads escaped MDX back as the text it stands for', () => {
    const body = '\nТема – \\<…\\> «Развитие» \\{x\\} a\\_b\n\nВторой\u00a0абзац.\n';
    expect(paragraphsOf(body)).toEqual(['Тема – <…> «Развитие» {x} a_b', 'Второй\u00a0абзац.']);
  });

  it('rejects a body that is not only paragraphs, naming the line', () => {
    expect(() => paragraphsOf('Текст.\n\n# Заголовок\n', 'x.mdx')).toThrow(/x\.mdx:3: expected only paragraphs/);
    expect(() => paragraphsOf('export const a = 1\n', 'y.mdx')).toThrow(/y\.mdx:1: .*mdxjsEsm/);
  });
});
