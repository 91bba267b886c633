/**
 * The id manifest (`ids.json` of a record): every published paragraph id with its address and a
 * fingerprint of its text, so an id can neither disappear nor silently point at other words.
 *
 * - `ids`: id → address (`/speeches/ivanov-speech/#ivanov-speech-3`);
 * - `texts`: id → SHA-256 of the normalised paragraph text (see `normaliseText`);
 * - `history`: every deliberate change, with its reason (`npm run ids:update -- --accept …`).
 *
 * Pure: the importer, the build's guard and `ids:update` pass it the paragraphs they read.
 */
import { createHash } from 'node:crypto';

export interface PublishedParagraph {
  id: string;
  address: string;
  text: string;
}

export interface HistoryEntry {
  id: string;
  /** `changed` (new text), `removed` (the id no longer exists). */
  change: 'changed' | 'removed';
  reason: string;
  /** Day of the change, YYYY-MM-DD. */
  date: string;
  /** Fingerprints before and after (after is absent for a removed id). */
  from: string;
  to?: string;
}

export interface Manifest {
  comment: string;
  ids: Record<string, string>;
  texts: Record<string, string>;
  history: HistoryEntry[];
}

const MANIFEST_COMMENT =
  'Published paragraph ids: their addresses and a SHA-256 of their normalised text. Never remove, move or reword one; a deliberate correction goes through `npm run ids:update -- --accept <id> --reason "…"`.';

/**
 * What the fingerprint reads: the text in Unicode NFC with runs of ASCII whitespace (space, tab,
 * line end) made one space and trimmed. NBSP and every other character count: changing them
 * changes the text a reader sees.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

export function fingerprint(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex');
}

export function emptyManifest(): Manifest {
  return { comment: MANIFEST_COMMENT, ids: {}, texts: {}, history: [] };
}

/** Reads a manifest; an older one without `texts` or `history` reads with them empty. */
export function parseManifest(json: string): Manifest {
  const data = JSON.parse(json) as Partial<Manifest>;
  return {
    comment: data.comment ?? MANIFEST_COMMENT,
    ids: data.ids ?? {},
    texts: data.texts ?? {},
    history: data.history ?? [],
  };
}

export interface Breach {
  id: string;
  message: string;
}

/** Every published id that the paragraphs lose, move or reword. New ids are no breach. */
export function breaches(manifest: Manifest, paragraphs: PublishedParagraph[]): Breach[] {
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  const out: Breach[] = [];
  for (const [id, address] of Object.entries(manifest.ids)) {
    const now = byId.get(id);
    if (!now) out.push({ id, message: `${id}: a published id disappeared (it was at ${address})` });
    else if (now.address !== address)
      out.push({ id, message: `${id}: a published id moved from ${address} to ${now.address}` });
    else if (manifest.texts[id] && manifest.texts[id] !== fingerprint(now.text)) {
      out.push({
        id,
        message: `${id}: the text behind a published id changed; it now reads «${normaliseText(now.text).slice(0, 80)}»`,
      });
    }
  }
  const removed = new Set(manifest.history.filter((h) => h.change === 'removed').map((h) => h.id));
  for (const p of paragraphs) {
    if (removed.has(p.id) && !(p.id in manifest.ids))
      out.push({ id: p.id, message: `${p.id}: an id retired on purpose is back on other text` });
  }
  return out;
}

export function breachReport(list: Breach[], manifestFile: string): string {
  return [
    `${manifestFile}: ${list.length} published id(s) broken:`,
    ...list.map((b) => `  ${b.message}`),
    'Published ids are a promise. If the source really changed on purpose, accept each id with',
    '  npm run ids:update -- --accept <id> --reason "why"',
  ].join('\n');
}

/**
 * The manifest after a deliberate update: new ids are added; a broken id is accepted only when
 * named in `accept` (with its reason written into `history`); any other breach throws.
 */
export function updateManifest(
  manifest: Manifest,
  paragraphs: PublishedParagraph[],
  accept: Map<string, string>,
  date: string,
): Manifest {
  const list = breaches(manifest, paragraphs);
  const refused = list.filter((b) => !accept.has(b.id));
  if (refused.length > 0) throw new Error(breachReport(refused, 'ids.json'));
  const unknown = [...accept.keys()].filter((id) => !list.some((b) => b.id === id));
  if (unknown.length > 0)
    throw new Error(
      `nothing to accept for ${unknown.join(', ')}: not a published id whose text or place changed`,
    );

  const history = [...manifest.history];
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  for (const b of list) {
    const now = byId.get(b.id);
    const entry: HistoryEntry = {
      id: b.id,
      change: now ? 'changed' : 'removed',
      reason: accept.get(b.id) ?? '',
      date,
      from: manifest.texts[b.id] ?? '',
    };
    if (now) entry.to = fingerprint(now.text);
    history.push(entry);
  }
  const order = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  const sorted = [...paragraphs].sort((a, b) => order(a.id, b.id));
  return {
    comment: MANIFEST_COMMENT,
    ids: Object.fromEntries(sorted.map((p) => [p.id, p.address])),
    texts: Object.fromEntries(sorted.map((p) => [p.id, fingerprint(p.text)])),
    history,
  };
}

export function formatManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
