/**
 * The search page's one inline script, run as soon as the parser reaches it: for a shared `?q=` it
 * puts the query in the box, says «Ищем «…»…» and asks for the words and the texts at once, long
 * before the page's modules run (on a slow phone, seconds); at low priority, so that the page's
 * scripts, which must come first to ask for the search code, are not held behind them. Its text is built here so that the page
 * can give the CSP its hash (`sha256`), which Astro does not compute for an inline script.
 */
import { createHash } from 'node:crypto';

/** The script's text for a site under `base`; it reads only the address and writes only text. */
export function earlySearchScript(base: string): string {
  const files = JSON.stringify(['words', 'texts'].map((name) => `${base}search/${name}.json`));
  return [
    `{const q=new URLSearchParams(location.search).get('q');`,
    `if(q&&q.trim()){`,
    `document.getElementById('search-q').value=q;`,
    `document.querySelector('search-page').dataset.state='searching';`,
    `document.querySelector('.search-status').textContent='Ищем «'+q.trim()+'»…';`,
    `${files}.forEach(function(href){var l=document.createElement('link');`,
    `l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.fetchPriority='low';l.href=href;document.head.append(l)})}}`,
  ].join('');
}

/** The CSP source that allows exactly this script. */
export function scriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}
