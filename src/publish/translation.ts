/**
 * The official translation as downloads, under the Russian paragraph ids: JSON (every Russian id
 * with the English it pairs with, or null) and TMX 1.4 (the aligned pairs, as translation tools
 * import them). Pure: the pages pass what they read.
 */

import { englishById, type Translation } from '../translation/published.ts';
import { xml } from './downloads.ts';

/** Each Russian id in record order with its English (paragraphs joined by a blank line) or null. */
function pairs(t: Translation, ids: readonly string[]) {
  const beadOf = new Map(t.beads.flatMap((b) => b.ru.map((id) => [id, b] as const)));
  const englishOf = englishById(t);
  return ids.map((id) => {
    const bead = beadOf.get(id);
    const english = englishOf.get(id) ?? null;
    return {
      id,
      english,
      sharedWith: english === null ? [] : (bead?.ru ?? []).filter((other) => other !== id),
      confident: bead?.confident ?? true,
    };
  });
}

/** `/record.<lang>.json`: the translation's source, then every Russian id's English, then the English paragraphs. */
export function translationJson(t: Translation, ids: readonly string[]): string {
  const renders = (k: number) => t.beads.filter((b) => b.en.includes(k)).flatMap((b) => b.ru);
  return JSON.stringify(
    {
      language: t.lang,
      translationOf: 'ru',
      title: t.title,
      url: t.url ?? null,
      date: t.date ?? null,
      sha256: t.sha256,
      note: 'The official translation as published; a Russian paragraph it does not render has null. No machine translation.',
      paragraphs: pairs(t, ids),
      english: t.paragraphs.map((text, index) => ({ index, text, renders: renders(index) })),
    },
    null,
    2,
  );
}

/** `/record.<lang>-ru.tmx`: TMX 1.4, one translation unit per bead that pairs text on both sides. */
export function translationTmx(t: Translation, ruTexts: Readonly<Record<string, string>>): string {
  const units = t.beads
    .filter((b) => b.ru.length > 0 && b.en.length > 0)
    .map((b) => {
      const ru = b.ru.map((id) => ruTexts[id] ?? '').join(' ');
      const en = b.en.map((k) => t.paragraphs[k] ?? '').join(' ');
      return `    <tu tuid="${xml(b.ru.join('+'))}">
      <prop type="x-paragraph-ids">${xml(b.ru.join(' '))}</prop>
      <tuv xml:lang="ru"><seg>${xml(ru)}</seg></tuv>
      <tuv xml:lang="${xml(t.lang)}"><seg>${xml(en)}</seg></tuv>
    </tu>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="record-site" creationtoolversion="1" datatype="plaintext" segtype="paragraph" adminlang="en" srclang="ru" o-tmf="alignment.json"/>
  <body>
${units.join('\n')}
  </body>
</tmx>
`;
}
