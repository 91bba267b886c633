/**
 * The paragraphs of a generated MDX body as plain text, read the way Astro's MDX reads them
 * (MDX without GFM, see astro.config.ts), so the pages, everything derived from the collections,
 * the importer's read-back check and the id guard see the same text.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString as plainText } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';

/** Top-level paragraphs of plain text in order; anything else in a record body (ESM, JSX, an expression, markup) is an error. */
export function paragraphsOf(body: string, file = 'mdx'): string[] {
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  return tree.children.map((node) => {
    const other =
      node.type === 'paragraph' ? node.children.find((child) => child.type !== 'text') : node;
    if (other) {
      throw new Error(
        `${file}:${other.position?.start.line ?? 1}: expected only paragraphs of plain text in a record body, found ${other.type}`,
      );
    }
    return plainText(node);
  });
}
