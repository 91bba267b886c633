/** Suggestions under the header search box: the ARIA combobox pattern over paragraph results. */
import { parseQuery, resultHref } from '../lib/search.ts';
import { loadPagefind, searchParagraphs } from './pagefind.ts';
import { markedText, resultSource } from './render.ts';

const MAX = 5;
/**
 * Astro's base path (BASE_PATH), inlined at build. Not from the address book: its chunk,
 * shared with the share tools, would be one more request on every reading page.
 */
const BASE = import.meta.env.BASE_URL;
const SEARCH = `${BASE}search/`;

/** The suggestion styles come with the search code, not with the reading page. */
function loadStyles(): void {
  const href = `${BASE}search.css`;
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

export function enhance(root: HTMLElement, input: HTMLInputElement): void {
  loadStyles();
  // The reader has focused the box: fetch the engine and its index now, while they type.
  loadPagefind().catch(() => {});
  const status = root.querySelector('[role="status"]');
  if (!status) return;
  // The listbox exists only where the script runs.
  const list = document.createElement('div');
  list.id = 'site-search-list';
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Подсказки');
  list.hidden = true;
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  let active = -1;
  let run = 0;
  let announce = 0;

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const select = (i: number) => {
    const all = options();
    if (all.length === 0) return;
    active = (i + all.length) % all.length;
    for (const [j, o] of all.entries()) o.setAttribute('aria-selected', String(j === active));
    input.setAttribute('aria-activedescendant', all[active]?.id ?? '');
    all[active]?.scrollIntoView({ block: 'nearest' });
  };

  const suggest = async () => {
    const mine = ++run;
    const q = parseQuery(input.value);
    const results = q.terms.length ? await searchParagraphs(q).catch(() => []) : [];
    if (mine !== run) return;
    list.replaceChildren(
      ...results.slice(0, MAX).map((r, i) => {
        const li = document.createElement('div');
        li.id = `site-search-option-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.href = resultHref(r, q);
        const source = document.createElement('span');
        source.className = 'suggestion-source';
        source.textContent = resultSource(r);
        const text = document.createElement('span');
        text.append(markedText(r.text, q, 120));
        li.append(source, text);
        li.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
        li.addEventListener('click', () => location.assign(li.dataset.href ?? SEARCH));
        return li;
      }),
    );
    const open = q.terms.length > 0 && results.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    active = -1;
    input.removeAttribute('aria-activedescendant');
    // The count is announced once typing pauses, not at every keystroke.
    clearTimeout(announce);
    announce = window.setTimeout(() => {
      status.textContent = q.terms.length === 0 ? '' : results.length ? `Найдено абзацев: ${results.length}` : 'Ничего не найдено';
    }, 400);
  };

  // No debounce: a warm query takes a few milliseconds, and a newer one discards an older one's results.
  input.addEventListener('input', () => void suggest());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden) return;
      e.preventDefault();
      select(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        close();
      }
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      location.assign(options()[active]?.dataset.href ?? SEARCH);
    }
  });
  input.addEventListener('blur', close);
  if (input.value.trim()) void suggest();
}
