/**
 * Published paragraph ids never change silently: the built site must publish
 * exactly the ids in content/ids.json, at the same addresses. Changing the
 * manifest is a deliberate act: `npm run ids:update` after a build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprint, parseManifest } from '../../src/record/id-manifest.ts';
import { paragraphText, readPage } from './built.ts';
import { MANIFEST, publishedIds } from './ids.ts';

describe('the published id manifest', () => {
  const manifest: Record<string, string> = JSON.parse(readFileSync(MANIFEST, 'utf8')).ids;
  const built = publishedIds();

  it('lists 91 paragraph ids', () => {
    expect(Object.keys(manifest)).toHaveLength(4 + 30 + 38 + 9 + 10);
  });

  it('has every published id still at its address', () => {
    const lost = Object.entries(manifest).filter(([id, address]) => built[id] !== address);
    expect(lost, 'published ids disappeared or moved').toEqual([]);
  });

  it('has no id the manifest does not know (run npm run ids:update on purpose)', () => {
    expect(Object.keys(built).filter((id) => !(id in manifest))).toEqual([]);
  });

  it('shows every published id with the text its fingerprint records', () => {
    const { ids, texts } = parseManifest(readFileSync(MANIFEST, 'utf8'));
    const pages = new Map<string, ReturnType<typeof readPage>>();
    const changed = Object.entries(ids).filter(([id, address]) => {
      const path = address.split('#')[0] ?? '/';
      const page = pages.get(path) ?? readPage(path);
      pages.set(path, page);
      const p = page.querySelector(`p[id="${id}"]`);
      return !p || fingerprint(paragraphText(p)) !== texts[id];
    });
    expect(changed.map(([id]) => id)).toEqual([]);
  });
});
