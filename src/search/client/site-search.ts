/** <site-search>, the header's box (src/components/SearchBox.astro): shortcuts only; the suggestion code loads on first focus. */
class SiteSearch extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    if (!input) return;
    document.addEventListener('keydown', (e) => {
      const typing =
        e.target instanceof HTMLElement &&
        (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
      if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    });
    input.addEventListener(
      'focus',
      () => {
        // The engine and the suggestion code load side by side: the engine is the long pole.
        import('./engine.ts').then((m) => m.loadEngine()).catch(() => {});
        void import('./suggest.ts').then((m) => m.enhance(this, input));
      },
      { once: true },
    );
  }
}
customElements.define('site-search', SiteSearch);
