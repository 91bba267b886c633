/**
 * JSON to put inside an HTML element (`<script type="application/ld+json">`, any JSON data block).
 * JSON.stringify leaves `<`, `>` and `&` as they are, so a title holding `</script>` or `<!--`
 * would end or bend the element; U+2028/U+2029 end a line in older JavaScript. Each becomes its
 * `\uXXXX` escape, which every JSON reader reads back as the same character.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
