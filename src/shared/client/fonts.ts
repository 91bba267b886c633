/**
 * The site's faces (PT Serif, global.css) after the first paint: the text is set at once in the
 * metric-matched fallback, and nothing the faces fetch stands before it on the screen. Once both
 * weights have loaded, `html.fonts` swaps them in together, moving no line; the pages a reader
 * goes on to name them before their first paint (src/components/Fonts.astro).
 */
import { afterFirstPaint } from './after-paint.ts';

const root = document.documentElement.classList;
const KEY = 'fonts';

/** Asks for both weights and swaps them in together once both have come. */
function load(): void {
  const faces = ['1em', 'bold 1em'].map((f) => document.fonts.load(`${f} "Record Serif"`));
  Promise.all(faces)
    .then(() => root.add(KEY))
    .catch(() => {});
}

// A reader who has had them has them already: src/components/Fonts.astro named them before the first paint.
if (!root.contains(KEY)) afterFirstPaint(load);
