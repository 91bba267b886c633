/**
 * The documents as the official English translation names them (`translations/en/documents.json`):
 * each entry is the English form of a document of documents.json (same id), or one that only the
 * English publication records (`englishOnly`, with its own status). Its title and every mention
 * are words of the official English, checked here against the English each Russian paragraph
 * pairs with, so no page puts words in the translation's mouth. Kind, parties and note are
 * editorial English, as documents.json's are editorial Russian. Pure.
 */
import { z } from 'astro/zod';
import { readJsonArray } from '../record/json-array.ts';
import { jsonLines, lineAt } from '../record/json-lines.ts';
import { paragraphId, text } from '../record/schemas.ts';
import { TranscriptError } from '../record/transcript-error.ts';

const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a document id is a Latin slug'),
    /** Only in the English publication: the Russian record does not mention it. */
    englishOnly: z.boolean().optional(),
    /** As documents.json: what the publication says of it (for an English-only document). */
    status: z.enum(['signed', 'announced', 'prepared']).optional(),
    /** The name as the official translation writes it; absent where it does not name it. */
    title: text(3).optional(),
    kind: text(3),
    parties: z.array(text(2)).min(1),
    note: text(1).optional(),
    mentions: z.array(z.object({ passage: paragraphId, words: text(3) })),
  })
  .strict();

export type EnglishDocument = z.infer<typeof entrySchema>;

/** Words compare as a reader reads them: one space for any run of white space, NFC, any case. */
const normal = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

/** Why an entry does not hold, with the path of the value at fault; nothing when it holds. */
function problem(
  doc: EnglishDocument,
  english: ReadonlyMap<string, string>,
  russian: ReadonlySet<string>,
): [string, string] | undefined {
  if (doc.englishOnly && russian.has(doc.id))
    return ['id', 'documents.json has this document: it is not English-only'];
  if (!doc.englishOnly && !russian.has(doc.id))
    return ['id', 'no such document in documents.json (mark one the Russian lacks "englishOnly")'];
  if (doc.englishOnly && (!doc.status || !doc.title || doc.mentions.length === 0))
    return ['id', 'an English-only document needs a "status", a "title" and a mention'];
  if (!doc.englishOnly && doc.status) return ['status', 'the status is documents.json’s'];
  for (const [j, m] of doc.mentions.entries()) {
    const said = english.get(m.passage);
    if (said === undefined)
      return [`mentions/${j}/passage`, `«${m.passage}» has no English in the translation`];
    if (!normal(said).includes(normal(m.words)))
      return [`mentions/${j}/words`, `the English of «${m.passage}» does not hold these words`];
  }
  const { title } = doc;
  if (
    title &&
    !doc.mentions.some((m) => normal(english.get(m.passage) ?? '').includes(normal(title)))
  )
    return ['title', 'the title must be the translation’s words, in the English of a mention'];
  return undefined;
}

/**
 * The English documents of `source` (the file's text), each checked; `english` maps a Russian
 * paragraph id to the English it pairs with, `russian` holds documents.json's ids.
 */
export function checkEnglishDocuments(
  source: string,
  file: string,
  english: ReadonlyMap<string, string>,
  russian: ReadonlySet<string>,
): EnglishDocument[] {
  const list = readJsonArray(source, file, 'documents');
  const lines = jsonLines(source);
  const seen = new Set<string>();
  return list.map((item, i) => {
    const parsed = entrySchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = [i, ...(issue?.path ?? [])].join('/');
      throw new TranscriptError(file, lineAt(lines, path), `${path}: ${issue?.message}`);
    }
    const doc = parsed.data;
    const fault: [string, string] | undefined = seen.has(doc.id)
      ? ['id', 'a second entry for this document']
      : problem(doc, english, russian);
    if (fault)
      throw new TranscriptError(
        file,
        lineAt(lines, `${i}/${fault[0]}`),
        `document «${doc.id}»: ${fault[1]}`,
      );
    seen.add(doc.id);
    return doc;
  });
}
