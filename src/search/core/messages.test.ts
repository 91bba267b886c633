import { describe, expect, it } from 'vitest';
import { foundCount, resultName, resultSource } from './messages.ts';

describe('messages', () => {
  it('puts counts in the right Russian plural', () => {
    expect([1, 2, 5, 11, 21, 22, 25, 101].map((n) => foundCount(n).replace('\u00a0', ' '))).toEqual(
      [
        'Найден 1 абзац',
        'Найдено 2 абзаца',
        'Найдено 5 абзацев',
        'Найдено 11 абзацев',
        'Найден 21 абзац',
        'Найдено 22 абзаца',
        'Найдено 25 абзацев',
        'Найден 101 абзац',
      ],
    );
  });

  it('names the speaker once, by surname, with the paragraph number', () => {
    expect(
      resultSource({
        id: 'nazarbayev-speech-15',
        title: 'Выступление Нурсултана Назарбаева',
        speaker: 'Нурсултан Назарбаев',
      }),
    ).toBe('Назарбаев · Выступление, абз. 15');
    expect(
      resultSource({
        id: 'putin-closing-3',
        title: 'Заключительное слово Владимира Путина',
        speaker: 'Владимир Путин',
      }),
    ).toBe('Путин · Заключительное слово, абз. 3');
    expect(resultSource({ id: 'lead-2', title: 'Форум', speaker: '' })).toBe('Форум, абз. 2');
    expect(resultSource({ id: 'joint-statement', title: 'Документы форума', speaker: '' })).toBe(
      'Документы форума',
    );
  });

  it('names a result link by who and where, short: the excerpt is its description', () => {
    expect(
      resultName({
        id: 'ivanov-speech-14',
        title: 'Выступление Ивана Иванова',
        speaker: 'Иван Иванов',
        text: 'Длинный текст абзаца.',
      }),
    ).toBe('Иван Иванов, выступление, абзац 14');
    expect(
      resultName({
        id: 'ivanov-closing-3',
        title: 'Заключительное слово Ивана Иванова',
        speaker: 'Иван Иванов',
        text: '…',
      }),
    ).toBe('Иван Иванов, заключительное слово, абзац 3');
    expect(resultName({ id: 'lead-2', title: 'Форум', speaker: '', text: '…' })).toBe(
      'Форум, абзац 2',
    );
    expect(
      resultName({
        id: 'joint-statement',
        title: 'Документы форума',
        speaker: '',
        text: 'Совместное заявление по случаю 25-летия установления дипломатических отношений.',
      }),
    ).toBe('Документы форума: Совместное заявление по случаю 25-летия установления…');
  });
});
