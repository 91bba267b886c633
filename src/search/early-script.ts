/**
 * The search page's one inline script, run as soon as the parser reaches it: for a shared `?q=` it
 * puts the query in the box and says «Ищем «…»…», long before the page's modules run (on a slow
 * phone, a second and more). It asks for nothing: fetched from here, the words and the texts held
 * the page's scripts back on a slow link, and they are needed only once the search code is in (the
 * page's module asks for all three side by side). Its text is built here so that the page can give
 * the CSP its hash (src/shared/script-hash.ts).
 */
/**
 * The script's text; it reads only the address and writes only text. `say` wraps the query in the
 * page's language («Ищем «…»…», English `['Searching for “', '”…']`); it must hold no `'` or `\`.
 */
export function earlySearchScript(say: readonly [string, string] = ['Ищем «', '»…']): string {
  if (/['\\]/.test(say.join('')))
    throw new Error(`earlySearchScript: no ' or \\ in ${say.join('…')}`);
  return [
    `{const q=new URLSearchParams(location.search).get('q');`,
    `if(q&&q.trim()){`,
    `document.getElementById('search-q').value=q;`,
    `document.querySelector('search-page').dataset.state='searching';`,
    `document.querySelector('.search-status').textContent='${say[0]}'+q.trim()+'${say[1]}'}}`,
  ].join('');
}
