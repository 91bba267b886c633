import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyOf, mdxBody } from './mdx.ts';
import { paragraphsOf } from './paragraphs.ts';

/** Paragraphs that MDX, Markdown or GFM would read as code, markup or links if written as they are. */
const HOSTILE = [
  "export const marker = (await import('node:fs')).writeFileSync('injected-by-export.txt', 'ran')",
  'import \'data:text/javascript,import("node:fs").then((fs)=>fs.writeFileSync("injected-by-import.txt","ran"))\'',
  "{(await import('node:fs')).writeFileSync('injected-by-expression.txt', 'ran')} и <img src=\"x\" onerror=\"alert(1)\"> – текст",
  'В коде `обратные кавычки`, C:\\Users\\new\\table, \\*звёздочки\\*, &lt;тег&gt;, &amp; и &#x41;.',
  'Адрес: https://uslugi.example.ru/zapis_na_priem?oblast=1&vid=*2*~3~ и www.example.org/_razdel_, почта info_2019@example.ru.',
  '<https://example.org/a_b> <!-- не комментарий --> [ссылка](https://example.org) ![картинка](x.png)',
  '1. не список',
  '# не заголовок',
  '> не цитата',
  '- не пункт',
  '    четыре пробела',
  'exports и importance – обычные слова; export без пробела: export,',
  'Конец строки с обратной косой\\',
  '***',
  '| a | b |',
];
const MARKERS = ['injected-by-export.txt', 'injected-by-import.txt', 'injected-by-expression.txt'];

/** A JSX runtime that builds plain objects, so the compiled MDX can be read back as text. */
interface Node {
  type: unknown;
  props: { children?: unknown };
}
const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: Node['props']): Node => ({ type, props });
const textOf = (node: unknown): string =>
  typeof node === 'string'
    ? node
    : Array.isArray(node)
      ? node.map(textOf).join('')
      : node && typeof node === 'object'
        ? textOf((node as Node).props.children)
        : '';

/** Compiles and runs MDX as @astrojs/mdx does here (MDX syntax, no GFM) and returns each top-level paragraph's tag and text. */
async function render(mdx: string): Promise<{ tag: unknown; text: string }[]> {
  const { default: Content } = await evaluate(mdx, {
    Fragment,
    jsx,
    jsxs: jsx,
    baseUrl: import.meta.url,
  });
  const root = Content({}) as unknown as Node;
  const children = ([] as unknown[])
    .concat(root.props.children ?? [])
    .filter((c) => typeof c !== 'string');
  return children.map((c) => ({ tag: (c as Node).type, text: textOf(c) }));
}

afterEach(() => {
  for (const m of MARKERS) rmSync(m, { force: true });
});

describe('mdxBody: plain text, safe by construction', () => {
  it('reads back as exactly its paragraphs, each a paragraph of plain text', () => {
    const body = mdxBody(HOSTILE);
    expect(paragraphsOf(body)).toEqual(HOSTILE);
  });

  it('renders each hostile paragraph as its own text, and none of them runs', async () => {
    const rendered = await render(mdxBody(HOSTILE));
    expect(rendered.map((p) => p.tag)).toEqual(HOSTILE.map(() => 'p'));
    expect(rendered.map((p) => p.text)).toEqual(HOSTILE);
    for (const m of MARKERS) expect(existsSync(m), m).toBe(false);
  });

  it('the control: the same text written as it is would run (so the test above can fail)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdx-'));
    const marker = join(dir, 'ran.txt');
    await render(
      `export const marker = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran')\n\nтекст\n`,
    );
    expect(readFileSync(marker, 'utf8')).toBe('ran');
  });

  it('keeps Russian prose, «», –, …, ё and NBSP untouched', () => {
    const text =
      'Тема форума\u00a0– «Развитие человеческого капитала»… ещё; 25-летие, 2017 год: итог!';
    expect(mdxBody([text])).toBe(`${text}\n`);
  });

  it('bodyOf strips the frontmatter only', () => {
    expect(bodyOf('---\nslug: "a-speech"\n---\n\nтекст\n')).toBe('\nтекст\n');
  });
});
