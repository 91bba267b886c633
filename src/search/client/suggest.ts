/** Suggestions under the header search box: the ARIA combobox pattern over paragraph results. */

import styles from '../../styles/search.css?inline';
import { english, loadEngine, search } from './engine.ts';
import { clone, fillResult } from './render.ts';
import { voice } from './voice.ts';

const MAX = 5;
/**
 * Astro's base path (BASE_PATH), inlined at build. Not from the address book: its chunk,
 * shared with the share tools, would be one more request on every reading page.
 */
const BASE = import.meta.env.BASE_URL;
const SEARCH = () => `${BASE}${english() ? 'en/' : ''}search/`;

/**
 * The suggestion styles come with the search code, in its hashed chunk, not
 * with the reading page (a plain CSS import here would be inlined into every
 * page). A constructed stylesheet: no <style> element for the CSP to refuse.
 */
function loadStyles(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

// (long: one combobox whose state — the list, the active option, the newest run — its handlers share; split, each would take all of it)
export async function enhance(root: HTMLElement, input: HTMLInputElement): Promise<void> {
  loadStyles();
  // The reader has focused the box: fetch the engine and its index now, while they type.
  loadEngine().catch(() => {});
  const status = root.querySelector('[role="status"]');
  // The list and an option come from the component's template; the list exists only where the script runs.
  const template = root.querySelector('template');
  const list = template && clone<HTMLElement>(template);
  const proto = list?.querySelector('.suggestion');
  if (!status || !list || !proto) return;
  const v = await voice();
  proto.remove();
  const optionTemplate = document.createElement('template');
  optionTemplate.content.append(proto);
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', v.suggestions);
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
    const raw = input.value;
    // Still typing: an unfinished last word stands for the record's words that begin with it.
    const answer = raw.trim() ? await search(raw, '', true).catch(() => undefined) : undefined;
    if (mine !== run) return;
    const all = answer?.results ?? [];
    const results = all.some((r) => r.all) ? all.filter((r) => r.all) : all;
    list.replaceChildren(
      ...results.slice(0, MAX).map((r, i) => {
        const option = answer
          ? fillResult(optionTemplate, r, answer.plan.q, v.source(r), 120, v)
          : clone<HTMLElement>(optionTemplate);
        option.id = `site-search-option-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
        option.addEventListener('click', () => location.assign(option.dataset.href ?? SEARCH()));
        return option;
      }),
    );
    const open = results.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    active = -1;
    input.removeAttribute('aria-activedescendant');
    // The count is announced once typing pauses, not at every keystroke.
    clearTimeout(announce);
    announce = window.setTimeout(() => {
      status.textContent = !raw.trim() ? '' : results.length ? v.found(results.length) : v.nothing;
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
      location.assign(options()[active]?.dataset.href ?? SEARCH());
    }
  });
  input.addEventListener('blur', close);
  if (input.value.trim()) void suggest();
}
