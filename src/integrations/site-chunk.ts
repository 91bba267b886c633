/**
 * Rolldown's chunking, told to keep every page's script whole: the site's script and every module
 * it imports statically (src/shared/client/site.ts) go in one chunk, the file the page's
 * `<script>` names. Left to itself, the bundler splits off each module another entry (the search
 * page's) or an `import()` also uses, and every page then asks for those files after its script,
 * one round trip later, before the text is on the screen.
 */
import { fileURLToPath } from 'node:url';

interface Graph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** The module ids `entry` imports statically, itself included, transitively. */
export function staticGraph(entry: string, graph: Graph): Set<string> {
  const seen = new Set<string>();
  const walk = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const next of graph.getModuleInfo(id)?.importedIds ?? []) walk(next);
  };
  walk(entry);
  return seen;
}

/** A code-splitting group naming the chunk `name` for `entry` (a file URL) and its static imports. */
export function wholeScript(name: string, entry: URL) {
  const file = fileURLToPath(entry);
  let members: Set<string> | undefined;
  return {
    name: (id: string, ctx: Graph) => {
      members ??= staticGraph(file, ctx);
      // The component's `<script>` that imports the entry is in the chunk too: no file between them.
      return members.has(id) || id.includes(`${name}.astro?astro&type=script`) ? name : null;
    },
  };
}
