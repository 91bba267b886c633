/**
 * On a speech page, an address that names a paragraph the page does not have (the lead's, another
 * speech's, one the record lacks) loads the note that says where it is; a later address that is
 * on the page takes the note away. (Only on a Russian speech page: `/` has every paragraph, and
 * the note speaks Russian.)
 */
const odd = () => {
  const id = location.hash.slice(1);
  if (
    (/^[a-z][a-z\d-]*-\d+$/.test(id) && !document.getElementById(id)) ||
    document.querySelector('.missing-paragraph')
  )
    import('./missing-paragraph.ts').then((m) => m.notePlace(id)).catch(() => {});
};
if (document.querySelector('html[lang="ru"] .speech-page')) {
  odd();
  addEventListener('hashchange', odd);
}
