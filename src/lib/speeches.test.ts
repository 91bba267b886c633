import { describe, expect, it } from 'vitest';
import { speechTitle } from './speeches.ts';

describe('speech names and addresses', () => {
  it('titles a speech and a closing in Russian', () => {
    expect(speechTitle('speech', 'Владимира Путина')).toBe('Выступление Владимира Путина');
    expect(speechTitle('closing', 'Нурсултана Назарбаева')).toBe('Заключительное слово Нурсултана Назарбаева');
  });
});
