/**
 * JSON as the repository's formatter (Biome, line width 100) writes it, so a generated file passes
 * `biome ci` as written: objects one key a line, arrays of plain values on one line when they fit.
 */

const LINE_WIDTH = 100;
/** An array of numbers, strings, booleans or null that JSON.stringify spread over lines. */
const PLAIN_ARRAY =
  /^( *)(.*)\[\n((?: *(?:"(?:[^"\\\n]|\\.)*"|-?[\d.eE+-]+|true|false|null),?\n)+) *\](,?)$/gm;

export function formatJson(value: unknown): string {
  const spread = JSON.stringify(value, null, 2);
  const joined = spread.replace(
    PLAIN_ARRAY,
    (whole, indent: string, head: string, body: string, comma: string) => {
      const items = body
        .split('\n')
        .filter(Boolean)
        .map((line) => line.trim().replace(/,$/, ''));
      const line = `${indent}${head}[${items.join(', ')}]${comma}`;
      return line.length <= LINE_WIDTH ? line : whole;
    },
  );
  return `${joined}\n`;
}
