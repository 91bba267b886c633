import { expect, type Page, test } from '@playwright/test';

async function results(page: Page, query: string, speaker = ''): Promise<string[]> {
  await page.goto(
    `/search/?q=${encodeURIComponent(query)}${speaker ? `&speaker=${encodeURIComponent(speaker)}` : ''}`,
  );
  // The page says «Ищем…» at once; the answer is there when the search element says it is done.
  await expect(page.locator('search-page')).toHaveAttribute('data-state', 'done');
  return page
    .locator('.results .result-link')
    .evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1).split(':~:')[0] ?? ''),
    );
}

// Which paragraphs a query finds is the site layer's (tests/site/search-answers.test.ts) and eval:search's;
// here, what a reader sees when the record lacks the word.
test('«марсоход» is not in the record: nothing found, nothing listed', async ({ page }) => {
  expect(await results(page, 'марсоход')).toEqual([]);
  await expect(page.locator('.search-status')).toContainText(
    'Ничего не найдено по запросу «марсоход»',
  );
  await expect(page.locator('.search-empty')).toBeVisible();
});

test('a query lists only paragraphs with every word; when none has them all, those with some, each saying what it lacks', async ({
  page,
}) => {
  const full = await results(page, 'программа Болашак');
  expect(full.length).toBeGreaterThan(0);
  await expect(page.locator('.search-status')).toHaveText(/^Найден(о)? \d+\sабзац(а|ев)?\.$/);
  await expect(page.locator('.results .result-lacking:visible')).toHaveCount(0);
  // No paragraph has both words.
  const partial = await results(page, 'Болашак металлургом');
  expect(partial.length).toBeGreaterThan(1);
  await expect(page.locator('.search-status')).toContainText('где есть только часть слов');
  for (const note of await page.locator('.results .result-lacking').allTextContents())
    expect(note).toMatch(/^Здесь нет: «(Болашак|металлургом)»$/);
});

test('a word absent from the record is named once, and the paragraphs with the other word say they lack it', async ({
  page,
}) => {
  const ids = await results(page, 'Болашак Марсоход');
  expect(ids).toEqual(['nazarbayev-speech-15']);
  await expect(page.locator('.search-status')).toHaveText(
    'Найден 1\u00a0абзац, где есть только часть слов.',
  );
  // Quoted as typed, not as searched (folded).
  await expect(page.locator('.search-note')).toHaveText(['Слова «Марсоход» в записи нет.']);
  await expect(page.locator('.result-lacking')).toHaveText('Здесь нет: «Марсоход»');
  await results(page, 'Ёлка');
  await expect(page.locator('.search-note')).toHaveText([/^Слова «Ёлка» в записи нет\./]);
});

test('every form of a word, across fleeting vowels and alternations, and a dash typed as a hyphen', async ({
  page,
}) => {
  for (const [query, form] of [
    ['уровень', /уровн[яе]/],
    ['день', /дн(я|ей)/],
    ['подписать', /подпишем/],
    ['рынок труда', /рынк(а|у|ах) труда/],
    ['2018-2023', /2018–2023/],
  ] as const) {
    const ids = await results(page, query);
    expect(ids.length, query).toBeGreaterThan(0);
    const texts = await page.locator('.results .result-link').allTextContents();
    expect(
      texts.some((t) => form.test(t)),
      query,
    ).toBe(true);
    await expect(page.locator('.results .result-lacking:visible'), query).toHaveCount(0);
  }
  await results(page, 'программа 2018-2023');
  await expect(page.locator('.search-status')).not.toContainText('нет');
});

test('a real word not in the record lists no results, only the words that begin so, labelled', async ({
  page,
}) => {
  expect(await results(page, 'магистр')).toEqual([]);
  await expect(page.locator('.search-note')).toHaveText(
    'Слова «магистр» в записи нет. Так начинаются: магистрали.',
  );
  await page.locator('.search-note a', { hasText: 'магистрали' }).click();
  await expect(page.locator('.results li').first()).toBeVisible();
  expect(await results(page, 'образ')).toEqual([]);
  await expect(page.locator('.search-note')).toContainText('Так начинаются: образование');
});

test('a misspelling is answered with the nearest words of the record, as links that search for them', async ({
  page,
}) => {
  for (const [typo, word] of [
    ['гостепреимство', /^гостеприимств/],
    ['телемедецина', /^телемедицин/],
    ['цифровизацыя', /^цифровизаци/],
    ['трехязычие', /^трехъязычи/],
  ] as const) {
    expect(await results(page, typo)).toEqual([]);
    await expect(page.locator('.search-note'), typo).toContainText('Возможно, вы имели в виду:');
    await expect(page.locator('.search-note a').first(), typo).toHaveText(word);
  }
  await page.locator('.search-note a').first().click();
  await expect(page).toHaveURL(/\/search\/\?q=%D1%82%D1%80%D0%B5%D1%85%D1%8A/);
  await expect(page.locator('.results li').first()).toBeVisible();
});

test("figures typed short find them spelled out, marked; the pages' citation numbers are no words of the record", async ({
  page,
}) => {
  expect((await results(page, '11млрд $'))[0]).toBe('putin-speech-16');
  await expect(page.locator('.results li').first().locator('mark')).toHaveText([
    '11 миллиардов',
    'долларов',
  ]);
  // «абз. 14» on /documents/ is the page's citation; the record has no «14».
  expect(await results(page, '14')).toEqual([]);
});

test('a query typed in the English layout is converted; a Latin word gets a note that the record is in Russian', async ({
  page,
}) => {
  expect((await results(page, 'wbahjdbpfwbz')).length).toBeGreaterThan(0);
  await expect(page.locator('.search-note')).toHaveText(
    '«wbahjdbpfwbz» — это набрано в английской раскладке. Ищем «цифровизация».',
  );
  expect(await results(page, 'tourism')).toEqual([]);
  // Then the offer to search the official English translation (tests/e2e/en-search.spec.ts).
  await expect(page.locator('.search-note')).toHaveText([
    'Запись — на русском языке, слова «tourism» в ней нет.',
    'Искать «tourism» в официальном переводе на английский',
  ]);
});

test('the paragraph with the exact phrase comes first', async ({ page }) => {
  expect((await results(page, 'Тема форума'))[0]).toBe('lead-2');
});

test('results are readable: the reading measure, the speaker named once', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await results(page, 'образование');
  const source = await page.locator('.result-source').first().textContent();
  expect(source).toMatch(
    /^(Владимир Путин|Нурсултан Назарбаев), (выступление|заключительное слово), абзац \d+$/,
  );
  // About 75 characters a line at most: no wider than the reading text.
  const width = await page
    .locator('.results')
    .evaluate(
      (el) => el.getBoundingClientRect().width / Number.parseFloat(getComputedStyle(el).fontSize),
    );
  expect(width).toBeLessThanOrEqual(42);
});

test('a quoted phrase matches only paragraphs with the phrase', async ({ page }) => {
  const loose = await results(page, 'цифровая экономика');
  const exact = await results(page, '"цифровая экономика"');
  expect(exact.length).toBeGreaterThan(0);
  expect(exact.length).toBeLessThan(loose.length);
  const texts = await page.locator('.results .result-link').allTextContents();
  for (const t of texts)
    expect(t.toLowerCase().replaceAll('ё', 'е')).toContain('цифровая экономика');
});

test('every result contains a marked query word', async ({ page }) => {
  await results(page, 'туризм');
  const items = page.locator('.results .result-link');
  expect(await items.count()).toBeGreaterThan(0);
  for (const mark of await items.locator('mark').allTextContents())
    expect(mark.toLowerCase()).toMatch(/^туризм/);
  for (const item of await items.all()) await expect(item.locator('mark').first()).toBeVisible();
  // The paragraph's text only: not its ¶ link or that link's label.
  for (const text of await items.allTextContents()) expect(text).not.toMatch(/¶|Ссылка на абзац/);
});

test('the speaker filter keeps one speaker', async ({ page }) => {
  await results(page, 'образование', 'Владимир Путин');
  const sources = await page.locator('.results .result-source').allTextContents();
  expect(sources.length).toBeGreaterThan(0);
  for (const s of sources) expect(s).toMatch(/^Владимир Путин, /);
  await expect(page.locator('#search-speaker')).toHaveValue('Владимир Путин');
});

test('results are paragraphs with permanent addresses, and typing updates ?q=', async ({
  page,
}) => {
  await page.goto('/search/');
  await page.locator('#search-q').fill('туризм');
  await expect(page).toHaveURL(/\/search\/\?q=%D1%82%D1%83%D1%80%D0%B8%D0%B7%D0%BC$/);
  await expect(page.locator('.results li').first()).toBeVisible();
  const href = await page.locator('.result-link').first().getAttribute('href');
  expect(href).toMatch(/^(\/speeches\/[a-z-]+\/|\/)\?h=[^#]+#([a-z-]+-\d+)(:~:text=.+)?$/);
  await expect(page.locator('[data-announce]')).toHaveAttribute('role', 'status');
});

test('following a result lands on the paragraph, in view, with the words marked', async ({
  page,
}) => {
  await results(page, 'программа Болашак');
  await page.locator('.results .result-link').first().click();
  await expect(page).toHaveURL(/\/speeches\/nazarbayev-speech\/\?h=.*#nazarbayev-speech-15/);
  const para = page.locator('#nazarbayev-speech-15');
  await expect(para).toBeInViewport();
  // Below the sticky header, not under it.
  const header = await page.locator('.site-header').boundingBox();
  const box = await para.boundingBox();
  expect(header && box && box.y >= header.y + header.height - 1).toBe(true);
  await expect(para.locator('mark.search-hit').first()).toBeVisible();
  const marks = await para.locator('mark.search-hit').allTextContents();
  expect(marks).toEqual(expect.arrayContaining(['программа', 'Болашак']));
  for (const m of marks) expect(m).toMatch(/^(программ|Болашак)/);
});

test("the examples the page gives find paragraphs: the hint's phrase and the suggestions", async ({
  page,
}) => {
  await page.goto('/search/');
  const hint = (await page.locator('#search-hint').textContent()) ?? '';
  const phrase = /«("[^"]+")»/.exec(hint)?.[1];
  expect(phrase).toBeTruthy();
  const examples = await page
    .locator('.search-empty a[href^="/search/?q="]')
    .evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('q') ?? ''),
    );
  expect(examples.length).toBeGreaterThan(0);
  for (const q of [phrase ?? '', ...examples])
    expect((await results(page, q)).length, q).toBeGreaterThan(0);
});

test("every result of a common word lands on its own paragraph, not on the word's first place on the page", async ({
  page,
}) => {
  // One visit per result of a common word: many page loads.
  test.slow();
  const ids = await results(page, 'образование');
  expect(ids.length).toBeGreaterThan(5);
  const hrefs = await page
    .locator('.results .result-link')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  // Following a result from the list is the next tests'; here, where each result's address lands.
  for (const [i, id] of ids.slice(0, 8).entries()) {
    // From elsewhere, as from the list: not a jump within the page the last result opened.
    await page.goto('about:blank');
    await page.goto(hrefs[i] ?? '');
    await expect(page.locator(`[id="${id}"]`), hrefs[i]).toBeInViewport();
    await expect(page.locator(`[id="${id}"] mark.search-hit`).first()).toBeInViewport();
  }
});

test('a quoted phrase lands with the phrase marked, not its words wherever they stand', async ({
  page,
}) => {
  await page.goto(`/search/?q=${encodeURIComponent('"цифровая экономика"')}`);
  await page.locator('.results .result-link').first().click();
  const para = page.locator(':target');
  await expect(para.locator('mark.search-hit').first()).toBeVisible();
  const marks = (await para.locator('mark.search-hit').allTextContents()).join(' ');
  expect(marks.toLowerCase().replaceAll('ё', 'е')).toMatch(/^(цифров\S* экономик\S*\s?)+$/);
});

test('landing highlights fold ё/е and case like the index', async ({ page }) => {
  await page.goto('/speeches/nazarbayev-speech/?h=ТРЕХЪЯЗЫЧИЕ#nazarbayev-speech-11');
  await expect(page.locator('#nazarbayev-speech-11 mark.search-hit')).toHaveText(['трёхъязычие']);
  expect(await page.locator('#nazarbayev-speech-11').evaluate((el) => el.matches(':target'))).toBe(
    true,
  );
});

test('keyboard only: / focuses the header box, arrows pick a suggestion, Enter follows it', async ({
  page,
}) => {
  await page.goto('/documents/');
  await page.keyboard.press('/');
  const box = page.locator('#site-search');
  await expect(box).toBeFocused();
  await page.keyboard.type('Болашак');
  const list = page.locator('#site-search-list');
  await expect(list).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  // The count is announced once typing pauses.
  await expect(page.locator('site-search [role="status"]')).toHaveText(/^Найден(о)? \d+\sабзац/);
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
  await expect(list.locator('[aria-selected="true"]')).toHaveCount(1);
  // The picked option is visibly marked, not only announced.
  expect(
    await list
      .locator('[aria-selected="true"]')
      .evaluate((el) => getComputedStyle(el).outlineStyle),
  ).toBe('solid');
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown'); // closed: nothing to pick
  await page.keyboard.type(' ');
  await expect(list).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#nazarbayev-speech-15/);
});

test('Ctrl+K focuses the box and Enter opens /search/?q=', async ({ page }) => {
  await page.goto('/speeches/putin-closing/');
  await page.keyboard.press('Control+k');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('туризм');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%D1%82%D1%83%D1%80%D0%B8%D0%B7%D0%BC/);
  await expect(page.locator('.results li').first()).toBeVisible();
  await expect(page.locator('#search-q')).toHaveValue('туризм');
});

test('Cmd+K focuses the box too, and / typed inside a field stays a character', async ({
  page,
}) => {
  await page.goto('/documents/');
  await page.keyboard.press('Meta+k');
  const box = page.locator('#site-search');
  await expect(box).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(box).toHaveValue('a/b');
});

test('search code loads only when the reader starts to search', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/speeches/putin-speech/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.startsWith('/search/') || /suggest|pagefind/.test(p))).toEqual(
    [],
  );
  await page.locator('#site-search').focus();
  await page.keyboard.type('туриз');
  await expect.poll(() => requests.includes('/search/texts.json')).toBe(true);
  await expect(page.locator('#site-search-list [role="option"]').first()).toBeVisible();
  // A record whose texts are sent whole needs no index: nothing of Pagefind's is fetched.
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
});

test('the search page loads the words and the texts at the first key, and never the index while the texts are sent', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.startsWith('/search/') && p !== '/search/')).toEqual([]);
  await expect(page.locator('#search-q')).toBeFocused();
  await page.keyboard.press('Shift');
  await expect
    .poll(() => requests)
    .toEqual(expect.arrayContaining(['/search/texts.json', '/search/words.json']));
  await page.keyboard.type('Болашак');
  await expect(page.locator('search-page')).toHaveAttribute('data-query', 'Болашак');
  await expect(page.locator('search-page')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('.results .result-link').first()).toContainText('Болашак');
  requests.length = 0;
  await page.goto('/search/?q=Болашак');
  await expect(page.locator('.results li').first()).toBeVisible();
  expect(requests).toEqual(expect.arrayContaining(['/search/texts.json', '/search/words.json']));
  await page.locator('#search-q').press('End');
  await page.keyboard.type(' программа');
  await expect(page.locator('search-page')).toHaveAttribute('data-query', 'Болашак программа');
  await expect(page.locator('search-page')).toHaveAttribute('data-state', 'done');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
});

test('Pagefind answers where the texts are not sent whole, or do not load, and answers the same', async ({
  page,
}) => {
  const query = 'программа Болашак';
  const shown = () =>
    page
      .locator('.search-status, .search-note, .results .result-link')
      .evaluateAll((els) => els.map((el) => el.textContent));
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('search-page')).toHaveAttribute('data-state', 'done');
  const fromTexts = await shown();
  expect(fromTexts.length).toBeGreaterThan(1);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  // `null`: a record too large to send whole (src/search/build/texts.ts); then a failed request.
  for (const answer of ['null', 'fail']) {
    await page.route('**/search/texts.json', (route) =>
      answer === 'fail'
        ? route.fulfill({ status: 503, body: '' })
        : route.fulfill({ contentType: 'application/json', body: answer }),
    );
    requests.length = 0;
    // A link, then the same query typed: both through the index.
    await page.goto(`/search/?q=${encodeURIComponent(query)}&speaker=`);
    await expect(page.locator('search-page')).toHaveAttribute('data-state', 'done');
    expect(requests, answer).toContain('/pagefind/pagefind.js');
    expect(await shown(), answer).toEqual(fromTexts);
    await page.locator('#search-q').fill('');
    await page.locator('#search-q').fill(query);
    await expect(page.locator('search-page')).toHaveAttribute('data-query', query);
    await expect(page.locator('search-page')).toHaveAttribute('data-state', 'done');
    expect(await shown(), answer).toEqual(fromTexts);
    await page.unroute('**/search/texts.json');
  }
});

test('without JavaScript the search page says what to do', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=туризм');
  await expect(page.locator('.search-nojs')).toBeVisible();
  await expect(page.locator('.search-nojs')).toContainText('Поиск работает с JavaScript');
  await expect(page.locator('.search-nojs a[href="/"]')).toBeVisible();
  await context.close();
});

const ODD = [
  '',
  '   ',
  'я'.repeat(2000),
  '<script>window.__x=1</script>',
  '<img src=x onerror="window.__x=1">',
  '"',
  '«»',
  '%',
  '100%',
  '%E0%A4%A',
  '😀🇷🇺',
  'Astana',
  'Путин Putin 普京',
  '\u200fтуризм\u200e',
  "'; DROP TABLE--",
];

/** Collects page errors and console errors. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

test('odd input typed is safe: no errors, nothing injected, a sensible answer', async ({
  page,
}) => {
  const errors = errorsOf(page);
  await page.goto('/search/');
  for (const raw of ODD) {
    const value = raw.replace(/[\r\n]/g, '');
    // A different query first, so that each odd one is a change the page answers.
    await page.locator('#search-q').fill('туризм');
    await expect(page.locator('search-page')).toHaveAttribute('data-query', 'туризм');
    await page.locator('#search-q').fill(raw);
    await expect(page.locator('#search-q')).toHaveValue(value);
    await expect(page.locator('search-page')).toHaveAttribute('data-query', value);
    await expect(page.locator('search-page')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('.search-status')).not.toHaveText(/Поиск не загрузился/);
    await expect(page.locator('.search-nojs')).toBeHidden();
    expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
    // (The page's own early script sits in main; nothing the query brings may add one.)
    expect(
      await page
        .locator('main img, .search-status script, .search-notes script, .results script')
        .count(),
    ).toBe(0);
  }
  expect(errors).toEqual([]);
});

test('odd addresses are safe: broken encoding, markup, a long query, hidden marks', async ({
  page,
}) => {
  const errors = errorsOf(page);
  // On a phone: a quoted query however long stays inside the screen.
  await page.setViewportSize({ width: 375, height: 812 });
  for (const raw of [
    '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    '%E0%A4%A',
    '%',
    '%%%',
    'a'.repeat(3000),
  ]) {
    await page.goto(`/search/?q=${raw}`);
    await expect(page.locator('h1')).toHaveText('Поиск по стенограмме');
    await expect(page.locator('search-page')).toHaveAttribute('data-state', 'done');
    expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      raw.slice(0, 20),
    ).toBeLessThanOrEqual(0);
  }
  await page.goto('/search/?q=%D1%82%D1%83%D1%80%D0%B8%D0%B7%D0%BC%E2%80%8F');
  await expect(page.locator('.results li').first()).toBeVisible();
  expect(errors).toEqual([]);
});
