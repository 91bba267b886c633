/** Site-wide names, in Russian, spelled once. */
export const SITE_NAME = 'Форум России и Казахстана — 2017';
/** Appended to page titles; short, so titles stay under 70 characters. */
export const TITLE_SUFFIX = 'Форум-2017';
export const SITE_DESCRIPTION =
  'Стенограмма XIV Форума межрегионального сотрудничества России и Казахстана (Челябинск, 9 ноября 2017 года): выступления Владимира Путина и Нурсултана Назарбаева, подписанные документы. Поиск, ссылки на каждый абзац, цитаты.';
/** The official site the record comes from, as bibliographies name it. */
export const SOURCE_PUBLISHER = 'Президент России';
/** The day the project's byte-exact copy of the Kremlin text was taken: the access date in citations. */
export const SOURCE_RETRIEVED = '2026-11-24';
