/**
 * The paragraphs of a generated MDX body as plain text, read the way Astro's MDX reads them
 * (MDX with GFM), so the pages and everything derived from the collections see the same text.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString as plainText } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/** Top-level paragraphs in order; anything else in a record body is an error. */
export function paragraphsOf(body: string, file = 'mdx'): string[] {
  const tree = fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
  return tree.children.map((node) => {
    if (node.type !== 'paragraph') {
      throw new Error(`${file}:${node.position?.start.line ?? 1}: expected only paragraphs in a record body, found ${node.type}`);
    }
    return plainText(node);
  });
}
