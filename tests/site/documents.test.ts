/** Every passage a document links to really contains the document's words. */
import { describe, expect, it } from 'vitest';
import { paragraphText, readPage } from './built.ts';

const page = readPage('/documents/');
const links = page.querySelectorAll('.mentions a[data-passage]');
/** NBSP and line breaks vary between markup and prose; words must not. */
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('/documents/', () => {
  it('lists the six documents of the record', () => {
    expect(page.querySelectorAll('.document')).toHaveLength(6);
    expect(page.querySelectorAll('.status-prepared')).toHaveLength(1);
  });

  it.each(links.map((a) => [a.getAttribute('data-passage') ?? '', a.getAttribute('href') ?? '', a.textContent] as const))(
    'mention %s is in its passage',
    (id, href, quoted) => {
      const [path, fragment] = href.split('#');
      expect(fragment).toBe(id);
      const target = readPage(path ?? '/').getElementById(id);
      expect(target, `${href} has no #${id}`).not.toBeNull();
      if (!target) return;
      const words = norm(quoted.replace(/^«|»$/g, ''));
      expect(norm(paragraphText(target))).toContain(words);
    },
  );
});
