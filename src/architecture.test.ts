/**
 * The shape of the code: no import cycles, and nothing under src/ that names this record.
 * Tests beside the code (`*.test.ts`, `*-fixture.ts`) may use the record as their fixture; the code
 * may not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';
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
});
