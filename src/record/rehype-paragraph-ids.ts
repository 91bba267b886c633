/**
 * Gives every top-level paragraph of a record MDX file its permanent id:
 * `<prefix>-<n>`, n from 1 in source order. The prefix is the file's
 * `slug` frontmatter (a speech) or `lead` (the record's lead).
 * Ids are a public contract: the manifest test fails if one ever changes.
 */
import type { Element, Root } from 'hast';
import { LEAD, paragraphId } from '../shared/addresses.ts';

interface FileData {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export default function rehypeParagraphIds() {
  return (tree: Root, file: FileData) => {
    const slug = file.data.astro?.frontmatter?.slug;
    const prefix = typeof slug === 'string' ? slug : LEAD;
    let n = 0;
    for (const node of tree.children) {
      if (node.type === 'element' && (node as Element).tagName === 'p') {
        (node as Element).properties.id = paragraphId(prefix, ++n);
      }
    }
  };
}
