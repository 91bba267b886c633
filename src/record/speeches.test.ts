import { describe, expect, it } from 'vitest';
import { type NamedTurn, paragraphLinkName, paragraphOf, speechTitle } from './speeches.ts';

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

describe('paragraphOf', () => {
  const floor = { name: 'Вопрос', nameGenitive: 'вопроса' };
  const turn = (kind: NamedTurn['kind'], speaker: NamedTurn['speaker'], order: number) => ({
    title: speechTitle(kind, speaker),
    kind,
    speaker,
    order,
  });

  it('names a speech or closing word by kind and speaker, and the lead as the report', () => {
    const [speech, closing] = [turn('speech', ivanov, 1), turn('closing', ivanov, 2)];
    expect(paragraphOf(speech, [speech, closing])).toBe(' выступления Ивана Иванова');
    expect(paragraphOf(closing, [speech, closing])).toBe(' заключительного слова Ивана Иванова');
    expect(paragraphOf(undefined, [speech])).toBe(' сообщения о событии');
  });

  it('completes the number link’s name, which alone names a paragraph on a page of one turn', () => {
    const speech = turn('speech', ivanov, 1);
    expect(paragraphLinkName(14)).toBe('Ссылка на абзац 14');
    expect(paragraphLinkName(14, paragraphOf(speech, [speech]))).toBe(
      'Ссылка на абзац 14 выступления Ивана Иванова',
    );
  });

  it('tells apart voices from the floor, whose titles repeat, by their place', () => {
    const turns = [turn('turn', ivanov, 1), turn('turn', floor, 2), turn('turn', floor, 4)];
    expect(paragraphOf(turns[0], turns)).toBe(': Выступление Ивана Иванова');
    expect(paragraphOf(turns[1], turns)).toBe(': Вопрос, 2-е слово в записи');
    expect(paragraphOf(turns[2], turns)).toBe(': Вопрос, 4-е слово в записи');
  });
});
