import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TranscriptError } from '../record/transcript-error.ts';
import { parseKremlinHtml, parseKremlinPage } from './kremlin-page.ts';
import type { SpeakerForms } from './speaker-label.ts';

/** The published page, as the alignment keeps it (a byte-exact copy, its SHA-256 in SHA256SUMS). */
const PAGE = 'content/translations/en/source/56031.html';
const SHA256 = '0b1e1f999bc18f33748603d9ea697b23e5fb8f2e3d40d8729fa01dec518d47ac';
const pageBytes = readFileSync(PAGE);

/** The speakers as data: English forms beside the Russian ones, nothing about them in code. */
const SPEAKERS: SpeakerForms[] = [
  { id: 'putin', prefix: 'В.Путин', nameEn: 'Vladimir Putin', roleEn: 'President of Russia' },
  {
    id: 'nazarbayev',
    prefix: 'Н.Назарбаев',
    nameEn: 'Nursultan Nazarbayev',
    roleEn: 'President of Kazakhstan',
  },
];

/** A small page laid out as kremlin.ru lays them out; `body` goes inside `.entry-content`. */
function page(body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en"><body>',
    '<article class="read__in hentry">',
    '<h1 class="entry-title p-name">A Forum</h1>',
    '<div class="read__lead"><div><p>Summary of the event.</p></div></div>',
    '<time class="read__published" datetime="2017-11-09">November 9, 2017</time>',
    '<div class="entry-content e-content">',
    body,
    '</div>',
    '</article>',
    '</body></html>',
  ].join('\n');
}

const GOOD = [
  '<p>Lead one.</p>',
  '<p>* * *</p>',
  '<p><b>President of Russia Vladimir Putin</b>: Opening words.</p>',
  '<p>Second paragraph.</p>',
  '<p>&lt;…&gt;</p>',
  '<p><b>Vladimir Putin:</b> Closing words.</p>',
].join('\n');

/** The page's text with its NBSPs read as spaces, to compare words (NBSPs are tested apart). */
const spaced = (text: string | undefined) => text?.replaceAll('\u00a0', ' ');

/** The 1-based line of the first line of `html` that holds `marker`. */
const lineWith = (html: string, marker: string) =>
  html.split('\n').findIndex((l) => l.includes(marker)) + 1;

function rejection(html: string | Uint8Array, sha256?: string): TranscriptError {
  try {
    if (typeof html === 'string') parseKremlinHtml(html, SPEAKERS, 'fixture.html');
    else parseKremlinPage(html, SPEAKERS, { file: 'fixture.html', ...(sha256 && { sha256 }) });
  } catch (error) {
    if (error instanceof TranscriptError) return error;
    throw error;
  }
  throw new Error('expected the page to be rejected');
}

describe('parseKremlinPage on the published English page', () => {
  const doc = parseKremlinPage(pageBytes, SPEAKERS, { file: '56031.html', sha256: SHA256 });
  const all = [...doc.summary, ...doc.lead, ...doc.speeches.flatMap((t) => t.paragraphs)];

  it('reads the title, date, time and place of the event', () => {
    expect(doc.title).toBe('Russia-Kazakhstan Interregional Cooperation Forum');
    expect([doc.date, doc.time, doc.place]).toEqual(['2017-11-09', '18:40', 'Chelyabinsk']);
  });

  it('reads the one-line summary apart from the two lead paragraphs', () => {
    expect(doc.summary.map((p) => p.text)).toEqual([
      'Vladimir Putin took part in\u00a0the\u00a014th Russia-Kazakhstan Interregional Cooperation Forum.',
    ]);
    expect(doc.lead.map((p) => spaced(p.text.slice(0, 30)))).toEqual([
      'The theme of the forum was “De',
      'At the end of the forum, a num',
    ]);
  });

  it('finds two speeches, both Putin’s (no Nazarbayev), with 29 and 9 paragraphs', () => {
    expect(
      doc.speeches.map((t) => [spaced(t.speakerLabel), t.speakerId, t.paragraphs.length]),
    ).toEqual([
      ['President of Russia Vladimir Putin', 'putin', 29],
      ['Vladimir Putin', 'putin', 9],
    ]);
    expect(doc.speeches.some((t) => t.speakerId === 'nazarbayev')).toBe(false);
  });

  it('keeps the heading the Russian lacks and the omission before the closing words', () => {
    const [speech, closing] = doc.speeches;
    expect(spaced(speech?.headingBefore?.text)).toBe(
      'Speech at the plenary session of the 14th Russia-Kazakhstan Interregional Cooperation Forum',
    );
    expect(speech?.omissionBefore).toBeUndefined();
    expect(closing?.omissionBefore).toBe(true);
    expect(doc.omissionAfter).toBe(false);
  });

  it('drops the speaker label from the text and keeps the label raw', () => {
    expect(spaced(doc.speeches[0]?.paragraphs[0]?.text)).toMatch(
      /^Mr Nazarbayev, colleagues, welcome/,
    );
    expect(spaced(doc.speeches[1]?.paragraphs[0]?.text)).toBe('Mr Nazarbayev, friends.');
    expect(doc.speeches[0]?.paragraphs[0]?.line).toBe(12);
  });

  it('flags the translator’s bracketed insertion and keeps it in the text', () => {
    const flagged = all.filter((p) => p.insertions.length > 0);
    expect(flagged).toHaveLength(1);
    const [p] = flagged;
    const span = p?.insertions[0];
    expect(p?.text.slice(span?.start, span?.end)).toBe(
      '[“New approaches and\u00a0trends in\u00a0tourism development in\u00a0Russia and\u00a0Kazakhstan”]',
    );
  });

  it('drops the tooltip and image, reads <sup>, joins hard line breaks', () => {
    const lead2 = spaced(doc.lead[1]?.text) ?? '';
    expect(lead2).toContain('Vladimir Putin and Nursultan Nazarbayev signed a Joint Statement');
    expect(lead2).not.toContain('Nazarbayev Nursultan');
    expect(lead2).toContain('the 25th anniversary');
    for (const p of all) expect(p.text).not.toMatch(/[\n\r\t]| {2}|^ | $|<|>/);
  });

  it('keeps every NBSP of the reading text (365, from the summary to the page’s tags)', () => {
    const html = pageBytes.toString('utf8');
    const reading = html.slice(html.indexOf('read__lead'), html.indexOf('read__bottommeta'));
    const count = (text: string) => (text.match(/\u00a0/g) ?? []).length;
    const labels = doc.speeches.map((t) => t.speakerLabel + (t.headingBefore?.text ?? ''));
    expect(count([...all.map((p) => p.text), ...labels].join(''))).toBe(count(reading));
    expect(count(reading)).toBe(365);
  });
});

describe('parseKremlinHtml on small pages', () => {
  it('reads a well-formed page', () => {
    const doc = parseKremlinHtml(page(GOOD), SPEAKERS, 'fixture.html');
    expect(doc.title).toBe('A Forum');
    expect(doc.date).toBe('2017-11-09');
    expect(doc.lead.map((p) => p.text)).toEqual(['Lead one.']);
    expect(doc.speeches.map((t) => t.paragraphs.map((p) => p.text))).toEqual([
      ['Opening words.', 'Second paragraph.'],
      ['Closing words.'],
    ]);
  });

  it('turns a <br> inside a paragraph into a space and keeps NBSP and <i> text', () => {
    const html = page(
      GOOD.replace('Second paragraph.', 'Second<br/>line\u00a0with <i>italics</i>.'),
    );
    const doc = parseKremlinHtml(html, SPEAKERS, 'fixture.html');
    expect(doc.speeches[0]?.paragraphs[1]?.text).toBe('Second line\u00a0with italics.');
  });

  it('rejects a page without an article body', () => {
    const error = rejection('<!doctype html>\n<html><body><p>Nothing</p></body></html>');
    expect(error.message).toMatch(/^fixture\.html:1: no article body/);
  });

  it('rejects a paragraph after the lead that no speaker label opens', () => {
    const html = page(GOOD.replace('<p><b>President', '<p>Stray text.</p>\n<p><b>President'));
    const error = rejection(html);
    expect(error.line).toBe(lineWith(html, 'Stray text.'));
    expect(error.message).toMatch(/a paragraph before any speaker label after the lead/);
  });

  it('rejects an unknown speaker label with its line', () => {
    const html = page(GOOD.replace('<b>Vladimir Putin:</b>', '<b>Dmitry Peskov:</b>'));
    const error = rejection(html);
    expect(error.line).toBe(lineWith(html, 'Dmitry Peskov'));
    expect(error.message).toMatch(/unknown speaker label «Dmitry Peskov»/);
  });

  it('rejects a speech with no text', () => {
    const html = page(
      GOOD.replace('<b>Vladimir Putin:</b> Closing words.', '<b>Vladimir Putin:</b>'),
    );
    const error = rejection(html);
    expect(error.line).toBe(lineWith(html, '<b>Vladimir Putin:</b>'));
    expect(error.message).toMatch(/the speech of «Vladimir Putin» has no text/);
  });

  it('rejects invalid UTF-8 on the line of the bad byte', () => {
    const html = page(GOOD);
    const bytes = Buffer.from(html, 'utf8');
    const at = bytes.indexOf('Second paragraph');
    bytes[at] = 0xff;
    const error = rejection(new Uint8Array(bytes));
    expect(error.line).toBe(lineWith(html, 'Second paragraph'));
    expect(error.message).toMatch(/invalid UTF-8/);
  });

  it('rejects a checksum mismatch before reading anything', () => {
    const bytes = new TextEncoder().encode(page(GOOD));
    const error = rejection(bytes, SHA256);
    expect(error.message).toMatch(/^fixture\.html:1: checksum mismatch: expected SHA-256 0b1e1f/);
  });

  it('rejects markup it does not know, in the body and inside a paragraph', () => {
    const table = page(
      GOOD.replace('<p>Second paragraph.</p>', '<table><tr><td>x</td></tr></table>'),
    );
    expect(rejection(table).message).toMatch(/unrecognised block <table>/);
    const inline = page(GOOD.replace('Second paragraph.', 'Second <code>x</code>.'));
    expect(rejection(inline).message).toMatch(/unrecognised markup <code> inside a paragraph/);
  });

  it('rejects what the print copy rejects: a paragraph after an omission, two separators', () => {
    const afterOmission = page(
      GOOD.replace('<p><b>Vladimir Putin:</b>', '<p>Unlabelled.</p>\n<p><b>Vladimir Putin:</b>'),
    );
    expect(rejection(afterOmission).message).toMatch(/after an omission must open a new speech/);
    const twoSeparators = page(GOOD.replace('<p>&lt;…&gt;</p>', '<p>* * *</p>'));
    expect(rejection(twoSeparators).message).toMatch(/a second separator/);
  });

  it('rejects a heading no speech follows and a page with no turns', () => {
    expect(rejection(page(`${GOOD}\n<p><i>A heading</i></p>`)).message).toMatch(
      /a heading at the end of the page/,
    );
    expect(rejection(page('<p>Only a lead.</p>')).message).toMatch(/no speeches/);
  });
});
