import { describe, expect, it } from 'vitest';
import {
  paragraphAbstract,
  type ReferenceFacts,
  type ReferenceWork,
  referenceTags,
  type Tag,
} from './reference-tags.ts';

const facts: ReferenceFacts = {
  eventName: 'XIV Форум межрегионального сотрудничества России и Казахстана',
  place: 'Челябинск',
  date: '2017-11-09',
  publisher: 'Президент России',
  siteName: 'Форум России и Казахстана — 2017',
  sourceUrl: 'http://kremlin.ru/events/president/news/copy/56031',
};
const putin = { surname: 'Путин', given: 'Владимир', patronymic: 'Владимирович' };
const nazarbayev = { surname: 'Назарбаев', given: 'Нурсултан', patronymic: 'Абишевич' };
const title = 'Выступление на Форуме межрегионального сотрудничества России и Казахстана';
const speech: ReferenceWork = {
  type: 'speech',
  title,
  genre: 'Выступление',
  speaker: putin,
  url: 'https://x.example/p/putin-speech-14/',
  abstract: 'Абзац 14 выступления Владимира Путина …: «…»',
};
const transcript: ReferenceWork = {
  type: 'transcript',
  speakers: [putin, nazarbayev],
  url: 'https://x.example/',
};

/** Every value of a meta name, in order; a `<link rel>`'s href under `link:<rel>`. */
function values(tags: Tag[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of tags) {
    const [key, value] = 'rel' in t ? [`link:${t.rel}`, t.href] : [t.name, t.content];
    out[key] = [...(out[key] ?? []), value];
  }
  return out;
}

describe('reference tags of a speech and its paragraphs', () => {
  const tags = values(referenceTags(speech, facts));

  it('give Google Scholar a title, an author as «Фамилия, Имя Отчество», the day as 2017/11/09', () => {
    expect(tags.citation_title).toEqual([title]);
    expect(tags.citation_author).toEqual(['Путин, Владимир Владимирович']);
    expect(tags.citation_publication_date).toEqual(['2017/11/09']);
    // The address is the page's canonical link, not said again.
    expect(tags.citation_public_url).toBeUndefined();
    expect(tags.citation_abstract).toEqual([speech.abstract]);
  });

  it('make it a presentation at the meeting, in its place, of its kind (Zotero: «Presentation»)', () => {
    expect(tags['eprints.type']).toEqual(['conference_item']);
    expect(tags['eprints.ispublished']).toEqual(['unpub']);
    expect(tags['DC.type']).toEqual(['Выступление']);
    expect(tags['eprints.event_title']).toEqual([facts.eventName]);
    expect(tags['eprints.event_location']).toEqual([facts.place]);
    expect(tags['DC.creator']).toEqual(['Путин, Владимир Владимирович']);
    expect(tags['DC.date']).toEqual(['2017-11-09']);
  });

  it('keep the official page a relation, never a container (no DC.source, no conference title)', () => {
    expect(tags['DC.relation']).toEqual([facts.sourceUrl]);
    expect(tags['DC.source']).toBeUndefined();
    expect(tags.citation_conference_title).toBeUndefined();
    expect(tags.citation_journal_title).toBeUndefined();
    expect(Object.values(tags).flat()).not.toContain('http://purl.org/eprint/terms/');
  });

  it('title it without a colon, which Zotero would cut into a short title', () => {
    expect(tags.citation_title?.[0]).not.toContain(':');
    expect(tags['DC.title']).toEqual(tags.citation_title);
  });

  it('a voice from the floor has no author', () => {
    const floor = values(referenceTags({ ...speech, speaker: undefined }, facts));
    expect(floor.citation_author).toBeUndefined();
    expect(floor['DC.creator']).toBeUndefined();
  });
});

describe('reference tags of the record', () => {
  const tags = values(referenceTags(transcript, facts));

  it('title it with the meeting’s full name; the official publisher publishes it', () => {
    expect(tags.citation_title).toEqual([facts.eventName]);
    expect(tags['DC.title']).toEqual([facts.eventName]);
    expect(tags.citation_publisher).toEqual(['Президент России']);
    expect(tags.citation_author).toBeUndefined();
  });

  it('make it a transcript (Zotero: a report of type «Стенограмма») with every speaker a contributor, in order', () => {
    expect(tags['eprints.type']).toEqual(['report']);
    expect(tags['DC.type']).toEqual(['Стенограмма']);
    expect(tags['eprints.contributors_name']).toEqual([
      'Путин, Владимир Владимирович',
      'Назарбаев, Нурсултан Абишевич',
    ]);
    expect(tags['eprints.event_location']).toEqual([facts.place]);
    expect(tags['eprints.event_title']).toBeUndefined();
    expect(tags['DC.relation']).toEqual([facts.sourceUrl]);
    expect(tags.citation_abstract).toBeUndefined();
  });

  it('a speech’s page is this edition’s: its publisher is the site', () => {
    expect(values(referenceTags(speech, facts)).citation_publisher).toEqual([facts.siteName]);
  });
});

describe('paragraphAbstract', () => {
  it('is a sentence: the paragraph’s number and speech, the event, the words in quotes with their own as „лапки“', () => {
    expect(
      paragraphAbstract(
        3,
        ' выступления Ивана Иванова',
        'на Круглом столе, Город, 1 марта 2020 года',
        'Программа «Старт»  готова.',
      ),
    ).toBe(
      'Абзац 3 выступления Ивана Иванова на Круглом столе, Город, 1 марта 2020 года: «Программа „Старт“ готова.»',
    );
  });
});

describe('reference tags of an English page', () => {
  it('name a person without a patronymic as «Surname, Given», and the record by the kind given', () => {
    const tags = values(
      referenceTags(
        {
          type: 'transcript',
          speakers: [{ surname: 'Ivanov', given: 'Ivan' }],
          url: 'https://x.example/en/',
        },
        { ...facts, transcript: 'Transcript' },
      ),
    );
    expect(tags['eprints.contributors_name']).toEqual(['Ivanov, Ivan']);
    expect(tags['DC.type']).toEqual(['Transcript']);
  });
});
