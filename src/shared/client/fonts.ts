/**
 * The site's faces (PT Serif, global.css) after the first paint: the text is set at once in the
 * metric-matched fallback, and nothing the faces fetch stands before it on the screen. Once both
 * weights have loaded, `html.fonts` swaps them in together, moving no line; the pages a reader
 * goes on to name them before their first paint (src/components/Fonts.astro).
 */
const root = document.documentElement.classList;
const KEY = 'fonts';

/** Asks for both weights and swaps them in together once both have come. */
function load(): void {
  const faces = ['1em', 'bold 1em'].map((f) => document.fonts.load(`${f} "Record Serif"`));
  Promise.all(faces)
    .then(() => root.add(KEY))
    .catch(() => {});
}

/** Once the first paint has been shown (its entry comes after it is); a few seconds on where none is reported. */
function afterFirstPaint(job: () => void): void {
  let started = false;
  const start = () => {
    if (!started) job();
    started = true;
  };
  setTimeout(start, 3000);
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      start();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing here: the timer above.
  }
}

// A reader who has had them has them already: src/components/Fonts.astro named them before the first paint.
if (!root.contains(KEY)) afterFirstPaint(load);
