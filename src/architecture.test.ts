/**
 * The shape of the code: no import cycles; browser code only in `client/` folders and never
 * reaching Node-only code; short files and functions (or a stated reason); nothing under src/
 * that names this record. Tests beside the code (`*.test.ts`) may use the record as their
 * fixture; the code may not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

/** This record's names, slugs, places and words, as its content spells them. */
function recordTerms(): string[] {
  const speakers = JSON.parse(readFileSync('content/speakers.json', 'utf8')) as Record<
    string,
    string
  >[];
  const record = readFileSync('content/record.mdx', 'utf8');
  const front = (key: string) => new RegExp(`^${key}: "(.*)"$`, 'm').exec(record)?.[1] ?? '';
  const slugs = readdirSync('content/speeches').map((f) => f.replace(/^\d+-|\.mdx$/g, ''));
  const speakerWords = speakers.flatMap((s) =>
    [s.id, s.prefix, s.surname, s.given, s.patronymic, s.nameGenitive].filter(
      (w) => w !== undefined,
    ),
  );
  // Word stems, so that «Путина» and «Казахстана» are caught as well as «Путин».
  const titleWords = front('title')
    .split(/\s+/)
    .filter((w) => w.length > 6)
    .map((w) => w.slice(0, 6));
  return [...new Set([...speakerWords, ...slugs, front('place').slice(0, 6), ...titleWords])];
}

describe('the code', () => {
  it('has no import cycles', async () => {
    const tree = await parseDependencyTree(['src/**/*.ts', 'scripts/**/*.ts'], {
      context: process.cwd(),
      transform: false,
    });
    expect(parseCircular(tree)).toEqual([]);
  });

  it('names nothing of this record under src/ (its people, slugs, place and title live in content/)', () => {
    const terms = recordTerms();
    expect(terms).toContain('Путин');
    const code = files('src').filter(
      (f) => !/\.test\.ts$|-fixture\.ts$/.test(f) && /\.(ts|astro|css|js)$/.test(f),
    );
    const found = code.flatMap((file) => {
      const text = readFileSync(file, 'utf8').toLowerCase();
      return terms.filter((t) => text.includes(t.toLowerCase())).map((t) => `${file}: «${t}»`);
    });
    expect(found).toEqual([]);
  });

  it('keeps scripts/ apart from tests/', () => {
    const imports = files('scripts').filter((f) =>
      readFileSync(f, 'utf8').match(/from '\.\.\/tests\//),
    );
    expect(imports).toEqual([]);
  });

  it('ships to the browser only client/ code and what it imports, none of it Node-only', async () => {
    const astro = files('src').filter((f) => f.endsWith('.astro'));
    const scripts = astro.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].flatMap(
        ([, code]) =>
          [...(code ?? '').matchAll(/import\(?\s*'(\.[^']+)'/g)].map(([, spec]) =>
            relative('.', resolve(dirname(file), spec ?? '')).replace(/\?.*$/, ''),
          ),
      ),
    );
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.filter((f) => !f.includes('/client/') && !f.endsWith('.css'))).toEqual([]);
    const entries = files('src').filter(
      (f) => f.includes('/client/') && /(?<!\.test)\.ts$/.test(f),
    );
    const tree = await parseDependencyTree(entries, {
      context: process.cwd(),
      transform: false,
      skipDynamicImports: false,
    });
    const nodeOnly = Object.entries(tree).flatMap(([file, deps]) =>
      (deps ?? [])
        .filter(
          (d) =>
            /^(node:|astro:)/.test(d.request) ||
            (d.id?.startsWith('node_modules/') && !BROWSER_PACKAGES.some((p) => d.id?.includes(p))),
        )
        .map((d) => `${file} imports ${d.request}`),
    );
    expect(Object.keys(tree).length).toBeGreaterThan(20);
    expect(nodeOnly).toEqual([]);
  });

  it(`keeps files under ${FILE_LINES} lines and functions under ${FUNCTION_LINES}, or says why`, () => {
    const code = files('src').filter(
      (f) => /\.(ts|astro|css)$/.test(f) && !/\.(test|d)\.ts$/.test(f),
    );
    const long = code.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n').length;
      const file_ =
        lines > FILE_LINES && !/\(size: [^)]+\)/.test(text) ? [`${file}: ${lines} lines`] : [];
      return [...file_, ...longFunctions(file, text)];
    });
    expect(long).toEqual([]);
  });
});

/** Packages that browser code may import: pure code with no Node built-ins. */
const BROWSER_PACKAGES = ['html-escaper', '@orama/stemmers'];
const FILE_LINES = 300;
const FUNCTION_LINES = 60;

/** Functions of `file` over FUNCTION_LINES lines without a `(long: reason)` comment before them. */
function longFunctions(file: string, text: string): string[] {
  if (!file.endsWith('.ts')) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const line = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
      const length = line(node.getEnd()) - line(node.getStart()) + 1;
      const comments = text.slice(node.getFullStart(), node.getStart());
      if (length > FUNCTION_LINES && !/\(long: [^)]+\)/.test(comments))
        found.push(`${file}:${line(node.getStart()) + 1}: a function of ${length} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
