/**
 * Every page's script, in one module that imports no other before it runs: a page asks for one
 * script file, from its head, and nothing more before the text is on the screen. Each part acts
 * only where its element is on the page; everything else loads with `import()` at first use.
 */
import '../../search/client/site-search.ts';
import '../../cite/client/share.ts';
import './speaker-filter.ts';
import './fonts.ts';
import './odd-arrival.ts';

// Only a page opened from a search result loads the highlighter (offline, the paragraph is still the target).
if (new URLSearchParams(location.search).get('h'))
  import('../../search/client/landing.ts').then((m) => m.highlightTarget()).catch(() => {});
