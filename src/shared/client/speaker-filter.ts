/** Shows only the speeches of the speaker whose button is pressed; keeps `?speaker=` in the address. */
class SpeakerFilter extends HTMLElement {
  connectedCallback() {
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-speaker]')];
    const ids = new Set(buttons.map((b) => b.dataset.speaker));
    const show = (speaker: string) => {
      for (const b of buttons)
        b.setAttribute('aria-pressed', String(b.dataset.speaker === speaker));
      for (const speech of document.querySelectorAll<HTMLElement>('section[data-speaker]')) {
        const hide = speaker !== '' && speech.dataset.speaker !== speaker;
        speech.hidden = hide;
        // Its entry in the contents goes with it.
        const entry = document.querySelector(`.toc a[href="#${speech.id}"]`)?.closest('li');
        if (entry) entry.hidden = hide;
      }
      const url = new URL(location.href);
      if (speaker) url.searchParams.set('speaker', speaker);
      else url.searchParams.delete('speaker');
      if (url.href !== location.href) history.replaceState(history.state, '', url);
    };
    // A paragraph address wins over the filter: a hidden speech is shown with all the others.
    const reveal = () => {
      const target = location.hash
        ? document.getElementById(decodeURIComponent(location.hash.slice(1)))
        : null;
      if (target?.closest('[hidden]')) {
        show('');
        target.scrollIntoView();
      }
    };
    for (const b of buttons) b.addEventListener('click', () => show(b.dataset.speaker ?? ''));
    const asked = new URLSearchParams(location.search).get('speaker') ?? '';
    show(ids.has(asked) ? asked : '');
    reveal();
    window.addEventListener('hashchange', reveal);
  }
}
customElements.define('speaker-filter', SpeakerFilter);
