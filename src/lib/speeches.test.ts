import { describe, expect, it } from 'vitest';
import { speechTitle } from './speeches.ts';

const ivanov = { name: 'Иван Иванов', nameGenitive: 'Ивана Иванова', surname: 'Иванов' };

describe('speech titles', () => {
  it('titles a speech and a closing in Russian', () => {
    expect(speechTitle('speech', ivanov)).toBe('Выступление Ивана Иванова');
    expect(speechTitle('closing', ivanov)).toBe('Заключительное слово Ивана Иванова');
  });

  it('counts the turns of a record of many turns', () => {
    expect(speechTitle('turn', ivanov, 'ivanov-1')).toBe('Выступление Ивана Иванова');
    expect(speechTitle('turn', ivanov, 'ivanov-4')).toBe('Четвёртое выступление Ивана Иванова');
    expect(speechTitle('turn', ivanov, 'ivanov-12')).toBe('12-е выступление Ивана Иванова');
  });

  it('names a voice from the floor as the record does', () => {
    expect(
      speechTitle(
        'turn',
        { name: 'Вопрос из зала', nameGenitive: 'вопроса из зала' },
        'question-1',
      ),
    ).toBe('Вопрос из зала');
  });
});
