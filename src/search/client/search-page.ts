/**
 * <search-page>: runs a shared `?q=` at once, searches as the reader types, keeps `?q=` in step,
 * and tells a screen reader the answer once: when the reader pauses, or at Enter, which also takes
 * focus to the answer. Coming back to the page (Back, with or without the back/forward cache)
 * finds the results and the place on the page again. The engine and the rendering (page.ts) load
 * at the reader's first key or tap in the form, or at once for a shared `?q=`.
 */
const engine = () => import('./page.ts');
const BASE = import.meta.env.BASE_URL;
/** How long the reader has stopped typing before the answer is read out. */
const PAUSE_MS = 600;

const asked = () => new URLSearchParams(location.search).get('q')?.trim();

/** The words and the texts start to load beside the search code, not after it. */
function prefetch(): void {
  for (const name of ['words', 'texts'])
    document.head.append(
      Object.assign(document.createElement('link'), {
        rel: 'preload',
        as: 'fetch',
        crossOrigin: 'anonymous',
        // The page's language's files (engine.ts `searchFiles`): a translation's are under its code.
        href: `${BASE}${document.documentElement.lang === 'en' ? 'en/' : ''}search/${name}.json`,
      }),
    );
}

// A shared `?q=`: the search code, the words and the texts start now, side by side.
if (asked()) {
  prefetch();
  void engine().catch(() => {});
}

type How = 'typing' | 'enter' | 'load';

class SearchPage extends HTMLElement {
  #run = 0;
  #remember = 0;
  #say = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('#search-q');
    // A page with one speaker's words, or none, has no choice of speaker.
    const speaker = this.querySelector<HTMLSelectElement>('#search-speaker') ?? { value: '' };
    if (!form || !input) return;
    const start = () => {
      if (!asked()) prefetch();
      void engine()
        .then((m) => m.loadEngine())
        .catch(() => {});
    };
    for (const type of ['keydown', 'pointerdown', 'input'])
      form.addEventListener(type, start, { once: true });
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    const who = params.get('speaker') ?? '';
    if (speaker instanceof HTMLSelectElement)
      speaker.value = [...speaker.options].some((o) => o.value === who) ? who : '';
    const update = () => {
      void this.search(input.value, speaker.value, 'typing');
      clearTimeout(this.#remember);
      this.#remember = window.setTimeout(() => this.#keep(input.value, speaker.value), 300);
    };
    input.addEventListener('input', update);
    if (speaker instanceof HTMLSelectElement) speaker.addEventListener('change', update);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.#remember);
      this.#keep(input.value, speaker.value);
      void this.search(input.value, speaker.value, 'enter');
    });
    this.#keepPlace();
    if (!input.value.trim()) input.focus();
    else void this.search(input.value, speaker.value, 'load');
  }

  /** `?q=` and `?speaker=` in the address, so it can be shared. */
  #keep(raw: string, speaker: string): void {
    void engine().then(
      (m) => m.remember(raw, speaker),
      () => {},
    );
  }

  /**
   * The place on the page in the history entry, kept as the reader scrolls and when they follow a
   * result: a page the browser did not keep whole is built again on Back, and scrolled there once
   * its results are in (the browser's own restoring would come before them, and fall short).
   */
  #keepPlace(): void {
    history.scrollRestoration = 'manual';
    let timer = 0;
    const keep = () => {
      clearTimeout(timer);
      history.replaceState({ ...history.state, scroll: Math.round(scrollY) }, '');
    };
    addEventListener(
      'scroll',
      () => {
        clearTimeout(timer);
        timer = window.setTimeout(keep, 200);
      },
      { passive: true },
    );
    this.addEventListener('click', (e) => {
      if ((e.target as Element).closest?.('.result-link')) keep();
    });
  }

  async search(raw: string, speaker: string, how: How): Promise<void> {
    const run = ++this.#run;
    const started = performance.now();
    this.dataset.state = 'searching';
    clearTimeout(this.#say);
    const status = this.querySelector<HTMLElement>('.search-status');
    let say: (message: string) => void;
    try {
      const { show, announce } = await engine();
      say = announce;
      // A newer query has started: it shows its own answer.
      if (!(await show(this, raw, speaker, () => run === this.#run))) return;
      const place = (history.state as { scroll?: unknown } | null)?.scroll;
      if (how === 'load' && typeof place === 'number') scrollTo(0, place);
    } catch {
      if (run === this.#run && status)
        status.textContent =
          this.dataset.failed ??
          'Поиск не загрузился. Обновите страницу или читайте полную запись.';
      return;
    }
    const answer = status?.textContent ?? '';
    // At Enter the answer takes focus (a screen reader reads it); otherwise it is said once the reader pauses.
    if (how === 'enter') status?.focus();
    else this.#say = window.setTimeout(() => say(answer), how === 'typing' ? PAUSE_MS : 0);
    // For the evaluation and the benchmarks: which query the page shows, and how long it took.
    this.dataset.state = 'done';
    this.dataset.query = raw;
    this.dataset.ms = String(Math.round(performance.now() - started));
  }
}

customElements.define('search-page', SearchPage);
