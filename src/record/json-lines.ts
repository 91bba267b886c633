/**
 * Where each value of a JSON text starts, as a 1-based line by its path (`0`, `0/id`,
 * `2/mentions/1`), so that an error in a hand-written file (speakers.json, documents.json) names the
 * line to fix: the duplicate entry's own line, not the first one's. Pure. The text must already
 * parse (JSON.parse): this only follows strings, nesting and keys.
 */

interface Frame {
  array: boolean;
  /** The key of the value being read (objects) or its index (arrays). */
  key: string;
  index: number;
}

/** Index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length;
}

/** Index of the last character of a number, `true`, `false` or `null` opening at `start`. */
function scalarEnd(text: string, start: number): number {
  let i = start;
  while (i + 1 < text.length && !/[\s,\]}]/.test(text[i + 1] ?? '')) i++;
  return i;
}

export function jsonLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: Frame[] = [];
  const path = () => stack.map((f) => (f.array ? String(f.index) : f.key)).join('/');
  let line = 1;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const top = stack.at(-1);
    if (c === '\n') line++;
    else if (' \t\r:'.includes(c)) continue;
    else if (c === ',') {
      if (top?.array) top.index++;
      else expectKey = true;
    } else if (c === ']' || c === '}') stack.pop();
    else if (c === '"' && top && !top.array && expectKey) {
      const end = stringEnd(text, i);
      top.key = String(JSON.parse(text.slice(i, end + 1)));
      expectKey = false;
      i = end;
    } else {
      lines.set(path(), line);
      if (c === '[' || c === '{') {
        stack.push({ array: c === '[', key: '', index: 0 });
        expectKey = c === '{';
      } else i = c === '"' ? stringEnd(text, i) : scalarEnd(text, i);
    }
  }
  return lines;
}

/** The line of the value at `path`, else of its nearest enclosing value, else 1. */
export function lineAt(lines: Map<string, number>, path: string): number {
  for (let p = path; ; p = p.slice(0, Math.max(p.lastIndexOf('/'), 0))) {
    const line = lines.get(p);
    if (line !== undefined) return line;
    if (p === '') return 1;
  }
}
