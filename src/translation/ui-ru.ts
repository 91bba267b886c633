/** The Russian frame's words for what the translation adds (the parallel view, the link to it). */
export const RU = {
  parallel: 'Русский и английский рядом',
  parallelTitle: (title: string) => `${title}: русский и английский`,
  parallelWords: {
    ru: 'Русский оригинал',
    en: 'Официальный перевод на английский',
    none: 'В официальном переводе этого абзаца нет.',
    untranslated: 'Официальный перевод этого выступления не публиковался.',
  },
} as const;
