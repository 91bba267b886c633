import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedParagraphs } from './importer.ts';
import { checkMentions } from './mentions.ts';

const paragraphs = new Map(generatedParagraphs('content').map((p) => [p.id, p.text]));
const committed = readFileSync('content/documents.json', 'utf8');
const edited = (edit: (docs: { mentions: { passage: string; words: string }[] }[]) => void) => {
  const docs = JSON.parse(committed);
  edit(docs);
  return JSON.stringify(docs, null, 2);
};

describe('checkMentions (documents.json against the record)', () => {
  it('passes the committed documents', () => {
    expect(checkMentions(committed, 'documents.json', paragraphs)).toHaveLength(6);
  });

  it('names the document, the mention and its line when the paragraph does not exist', () => {
    const text = edited((docs) => {
      if (docs[2]?.mentions[0]) docs[2].mentions[0].passage = 'putin-speech-99';
    });
    const line = text.split('\n').findIndex((l) => l.includes('putin-speech-99')) + 1;
    expect(() => checkMentions(text, 'documents.json', paragraphs)).toThrow(
      new RegExp(
        `^documents\\.json:${line}: document «interregional-package», mention «putin-speech-99»: the record has no such paragraph$`,
      ),
    );
  });

  it('refuses words the paragraph does not hold', () => {
    const text = edited((docs) => {
      if (docs[0]?.mentions[0]) docs[0].mentions[0].words = 'подписан ряд секретных документов';
    });
    expect(() => checkMentions(text, 'documents.json', paragraphs)).toThrow(
      /documents\.json:\d+: document «forum-documents», mention «lead-3»: the paragraph does not hold the words «подписан ряд секретных документов»/,
    );
  });

  it('reads white space as a reader does (NBSP, line breaks)', () => {
    const map = new Map([['lead-1', 'Первые\u00a0слова  и\tещё']]);
    const docs = [{ id: 'd', mentions: [{ passage: 'lead-1', words: 'Первые слова и ещё' }] }];
    expect(checkMentions(JSON.stringify(docs), 'd.json', map)).toHaveLength(1);
  });
});
