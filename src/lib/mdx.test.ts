import { describe, expect, it } from 'vitest';
import { escapeMdx } from './mdx.ts';

describe('escapeMdx', () => {
  it('leaves Russian prose, «», –, … and NBSP as they are', () => {
    const text = 'Тема форума\u00a0– «Развитие человеческого капитала»… ещё';
    expect(escapeMdx(text)).toBe(text);
  });

  it('escapes MDX expressions, JSX and inline Markdown', () => {
    expect(escapeMdx('{x} <b> *a* _b_ [c](d) `e` ~f~ a|b & \\')).toBe('\\{x\\} \\<b\\> \\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\~f\\~ a\\|b \\& \\\\');
  });

  it('escapes block syntax at the start only', () => {
    expect(escapeMdx('1. пункт')).toBe('1\\. пункт');
    expect(escapeMdx('2017) год')).toBe('2017\\) год');
    expect(escapeMdx('# не заголовок')).toBe('\\# не заголовок');
    expect(escapeMdx('- не список')).toBe('\\- не список');
    expect(escapeMdx('В 2025. году - да')).toBe('В 2025. году - да');
  });
});
