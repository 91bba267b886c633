import { describe, expect, it } from 'vitest';
import { checkEnglishDocuments } from './english-documents.ts';

const ENGLISH = new Map([
  ['lead-3', 'The presidents signed a Joint Statement. They also signed an additional protocol.'],
  ['lead-4', 'The presidents signed a Joint Statement. They also signed an additional protocol.'],
  ['putin-speech-4', 'This is reflected in the joint statement, which we will sign today.'],
]);
const RUSSIAN = new Set(['joint-statement', 'programme']);

const statement = {
  id: 'joint-statement',
  title: 'Joint Statement',
  kind: 'Joint statement',
  parties: ['Vladimir Putin', 'Nursultan Nazarbayev'],
  mentions: [
    { passage: 'lead-3', words: 'signed a Joint Statement' },
    { passage: 'putin-speech-4', words: 'the joint  statement,\u00a0which we' },
  ],
};
const protocol = {
  id: 'protocol',
  englishOnly: true,
  status: 'signed',
  title: 'additional protocol',
  kind: 'Protocol',
  parties: ['Vladimir Putin'],
  mentions: [{ passage: 'lead-3', words: 'also signed an additional protocol' }],
};

const check = (list: unknown[]) =>
  checkEnglishDocuments(JSON.stringify(list, null, 2), 'documents.json', ENGLISH, RUSSIAN);

describe('the English documents', () => {
  it('accept the translation’s own words, whatever the spacing and case, and documents only it records', () => {
    const docs = check([
      statement,
      protocol,
      { ...statement, id: 'programme', title: undefined, mentions: [] },
    ]);
    expect(docs.map((d) => d.id)).toEqual(['joint-statement', 'protocol', 'programme']);
    expect(docs[1]?.englishOnly).toBe(true);
  });

  it.each([
    [
      'words the English does not hold',
      [{ ...statement, mentions: [{ passage: 'lead-3', words: 'signed a treaty' }] }],
      /documents\.json:\d+: document «joint-statement»: the English of «lead-3» does not hold these words/,
    ],
    [
      'a paragraph with no English',
      [{ ...statement, mentions: [{ passage: 'nazarbayev-speech-36', words: 'ten agreements' }] }],
      /«nazarbayev-speech-36» has no English in the translation/,
    ],
    [
      'a title that is not the translation’s words',
      [{ ...statement, title: 'Joint Declaration' }],
      /the title must be the translation’s words/,
    ],
    [
      'an unknown document',
      [{ ...statement, id: 'treaty' }],
      /no such document in documents\.json/,
    ],
    [
      'an English-only document the Russian has',
      [{ ...protocol, id: 'joint-statement' }],
      /documents\.json has this document/,
    ],
    [
      'an English-only document without a status',
      [{ ...protocol, status: undefined }],
      /needs a "status", a "title" and a mention/,
    ],
    ['a second entry', [statement, statement], /a second entry for this document/],
    ['a field it does not know', [{ ...statement, titel: 'x' }], /Unrecognized key/],
    ['markup in an id', [{ ...statement, id: '../x' }], /a document id is a Latin slug/],
  ])('refuse %s, naming the line', (_, list, message) => {
    expect(() => check(list)).toThrow(message);
  });

  it('name the line of the value at fault', () => {
    const list = [
      statement,
      {
        ...statement,
        id: 'programme',
        title: 'Joint Statement',
        mentions: [{ passage: 'lead-3', words: 'nothing of the kind' }],
      },
    ];
    const text = JSON.stringify(list, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('nothing of the kind')) + 1;
    expect(() => checkEnglishDocuments(text, 'documents.json', ENGLISH, RUSSIAN)).toThrow(
      `documents.json:${line}: document «programme»`,
    );
  });
});
