import { type Browser, expect, type Page, test } from '@playwright/test';
import { lemmas, loadAz } from '../search-eval/set.ts';

/**
 * Search over the whole record, not a list of chosen words: for every
 * paragraph, three of its words from the middle are searched as a quoted
 * phrase and as plain words. The expected answer comes from the record's own
 * text, read from the built page.
 */

interface Paragraph {
  id: string;
  text: string;
}

const fold = (s: string) => s.toLowerCase().replaceAll('ё', 'е');
const wordsOf = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every paragraph of the record (lead and speeches) as the full record page shows it, without the ¶ link. */
async function record(browser: Browser): Promise<Paragraph[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const paragraphs = await page.locator('.record-text p[id]').evaluateAll((ps) =>
    ps.map((p) => {
      const clone = p.cloneNode(true) as HTMLElement;
      for (const el of clone.querySelectorAll('.pilcrow')) el.remove();
      return { id: p.id, text: clone.textContent?.trim() ?? '' };
    }),
  );
  await context.close();
  return paragraphs;
}

/** Three consecutive words from the middle of the paragraph, across dashes (or all its words when it has fewer). */
function phraseOf(text: string): string[] {
  const tokens = text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (tokens.length <= 3) return wordsOf(text);
  const windows = [];
  for (let i = 0; i + 3 <= tokens.length; i++) windows.push(i);
  const middle = Math.floor((tokens.length - 3) / 2);
  windows.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle));
  // Words only (a hyphenated word becomes its parts), no numbers glued to signs.
  const start =
    windows.find((i) =>
      tokens
        .slice(i, i + 3)
        .every((t) => /^[«„(]?[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*[»“).,:;!?]*$/u.test(t)),
    ) ?? middle;
  return tokens.slice(start, start + 3).flatMap(wordsOf);
}

/** The same word in any form: a lemma in common by the dictionary (read here apart from the search code). */
const sameWord = (a: string, b: string) => a === b || lemmas(a).some((l) => lemmas(b).includes(l));

/** Whether the words stand in the text one after another, each in any form, as the phrase search promises. */
function hasPhrase(text: string, phrase: string[]): boolean {
  const w = wordsOf(text);
  for (let i = 0; i + phrase.length <= w.length; i++)
    if (phrase.every((p, j) => sameWord(w[i + j] ?? '', p))) return true;
  return false;
}

/** Types a query into the search page and reads the paragraph ids of the results, best first. */
async function search(page: Page, query: string): Promise<string[]> {
  const input = page.locator('#search-q');
  const status = page.locator('.search-status');
  await input.fill('');
  await expect(status).toHaveText('');
  await input.fill(query);
  await expect(status).not.toHaveText('');
  return page
    .locator('.results .result-link')
    .evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1).split(':~:')[0] ?? ''),
    );
}

let paragraphs: Paragraph[] = [];
test.beforeAll(async ({ browser }) => {
  await loadAz();
  paragraphs = await record(browser);
});

const GROUPS = ['lead', 'putin-speech', 'nazarbayev-speech', 'nazarbayev-closing', 'putin-closing'];

test('the record has the paragraphs the search is checked against', () => {
  const prefixes = new Set(paragraphs.map((p) => p.id.replace(/-\d+$/, '')));
  expect([...prefixes].sort()).toEqual([...GROUPS].sort());
  expect(paragraphs.length).toBeGreaterThanOrEqual(91);
});

for (const group of GROUPS) {
  test(`every paragraph of ${group} is found by a phrase from it, quoted and unquoted`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/search/');
    const mine = paragraphs.filter((p) => p.id.replace(/-\d+$/, '') === group);
    expect(mine.length).toBeGreaterThan(0);
    for (const p of mine) {
      const phrase = phraseOf(p.text);
      const quoted = await search(page, `"${phrase.join(' ')}"`);
      // Exactly the record paragraphs that contain the phrase (document cards may also match).
      const expected = paragraphs.filter((q) => hasPhrase(q.text, phrase)).map((q) => q.id);
      expect(
        quoted.filter((id) => /^[a-z-]+-\d+$/.test(id)).sort(),
        `«${phrase.join(' ')}»`,
      ).toEqual(expected.sort());
      const loose = await search(page, phrase.join(' '));
      expect(loose, phrase.join(' ')).toContain(p.id);
    }
  });
}
