import { describe, expect, it } from 'vitest';
import { type NamedSpeech, paragraphLinkName, paragraphOf, speechTitle } from './speeches.ts';

const ivanov = { name: 'Иван Иванов', nameGenitive: 'Ивана Иванова', surname: 'Иванов' };

describe('speech titles', () => {
  it('titles a speech and a closing in Russian', () => {
    expect(speechTitle('speech', ivanov)).toBe('Выступление Ивана Иванова');
    expect(speechTitle('closing', ivanov)).toBe('Заключительное слово Ивана Иванова');
  });

  it('counts the speeches of a record of many speeches', () => {
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
  const named = (kind: NamedSpeech['kind'], speaker: NamedSpeech['speaker'], order: number) => ({
    title: speechTitle(kind, speaker),
    kind,
    speaker,
    order,
  });

  it('names a speech or closing word by kind and speaker, and the lead as the report', () => {
    const [speech, closing] = [named('speech', ivanov, 1), named('closing', ivanov, 2)];
    expect(paragraphOf(speech, [speech, closing])).toBe(' выступления Ивана Иванова');
    expect(paragraphOf(closing, [speech, closing])).toBe(' заключительного слова Ивана Иванова');
    expect(paragraphOf(undefined, [speech])).toBe(' сообщения о событии');
  });

  it('completes the number link’s name, which alone names a paragraph on a page of one speech', () => {
    const speech = named('speech', ivanov, 1);
    expect(paragraphLinkName(14)).toBe('Ссылка на абзац 14');
    expect(paragraphLinkName(14, paragraphOf(speech, [speech]))).toBe(
      'Ссылка на абзац 14 выступления Ивана Иванова',
    );
  });

  it('tells apart voices from the floor, whose titles repeat, by their place', () => {
    const speeches = [named('turn', ivanov, 1), named('turn', floor, 2), named('turn', floor, 4)];
    expect(paragraphOf(speeches[0], speeches)).toBe(': Выступление Ивана Иванова');
    expect(paragraphOf(speeches[1], speeches)).toBe(': Вопрос, 2-е слово в записи');
    expect(paragraphOf(speeches[2], speeches)).toBe(': Вопрос, 4-е слово в записи');
  });
});
