import { describe, expect, it } from 'vitest';
import { labelForms, matchSpeaker, type SpeakerForms } from './speaker-label.ts';

const SPEAKERS: SpeakerForms[] = [
  { id: 'ivanov', prefix: 'И.Иванов', nameEn: 'Ivan Ivanov', roleEn: 'Prime Minister' },
  { id: 'petrova', prefix: 'А.Петрова', nameEn: 'Anna Petrova' },
];

describe('matchSpeaker', () => {
  it('matches a first mention with the title and a later one without', () => {
    expect(matchSpeaker('Prime Minister Ivan Ivanov', SPEAKERS)).toEqual(['ivanov']);
    expect(matchSpeaker('Ivan Ivanov', SPEAKERS)).toEqual(['ivanov']);
  });

  it('ignores case, spacing, NBSP and a closing colon', () => {
    expect(matchSpeaker('prime  minister\u00a0Ivan Ivanov:', SPEAKERS)).toEqual(['ivanov']);
  });

  it('matches the Russian page’s print-copy prefix', () => {
    expect(matchSpeaker('А.Петрова', SPEAKERS)).toEqual(['petrova']);
  });

  it('knows no one it has no data for', () => {
    expect(matchSpeaker('Anna', SPEAKERS)).toEqual([]);
    expect(matchSpeaker('Prime Minister Anna Petrova', SPEAKERS)).toEqual([]);
    expect(labelForms({ id: 'nobody' })).toEqual([]);
  });
});
