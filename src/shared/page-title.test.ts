import { describe, expect, it } from 'vitest';
import { pageTitle } from './page-title.ts';

describe('pageTitle', () => {
  it("puts the site's short name after the page's title", () => {
    expect(pageTitle('Документы', 'Форум', 'Форум — 2017')).toBe('Документы — Форум — 2017');
  });

  it("leaves the home page's title, the site's name, alone", () => {
    expect(pageTitle('Форум', 'Форум', 'Форум — 2017')).toBe('Форум');
  });

  it('drops the short name where the two would pass 70 characters', () => {
    const long = 'а'.repeat(60);
    expect(pageTitle(long, 'Форум', 'Форум — 2017')).toBe(long);
    expect(pageTitle('а'.repeat(55), 'Форум', 'Форум — 2017')).toBe(
      `${'а'.repeat(55)} — Форум — 2017`,
    );
  });
});
