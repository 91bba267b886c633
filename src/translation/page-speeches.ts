/**
 * The transcript part of a page (the blocks after the lead) as speeches: a speech opens with a speaker
 * label and holds the paragraphs up to the next label, heading or omission. The same rules as the
 * print copy's: one separator only, an omission stands between speeches, no speech is empty.
 */
import { TranscriptError } from '../record/transcript-error.ts';
import type { Block, PageParagraph } from './page-blocks.ts';

export interface PageSpeech {
  /** The label as the page prints it, without the colon: «Prime Minister Ivan Ivanov». */
  speakerLabel: string;
  speakerId: string;
  paragraphs: PageParagraph[];
  /** Line of the label in the page. */
  line: number;
  /** A heading the page sets before this speech («Speech at the plenary session…»). */
  headingBefore?: PageParagraph;
  /** An omission `<…>` stands before this speech: the page left something out here. */
  omissionBefore?: true;
}

type SpeakerOf = (label: string, line: number) => string;

export function assembleSpeeches(
  blocks: readonly Block[],
  speakerOf: SpeakerOf,
  file: string,
): { speeches: PageSpeech[]; omissionAfter: boolean } {
  const speeches: PageSpeech[] = [];
  let heading: PageParagraph | undefined;
  let omission = false;
  const fail = (line: number, message: string): never => {
    throw new TranscriptError(file, line, message);
  };
  for (const block of blocks) {
    if (block.kind === 'separator')
      fail(
        block.line,
        'a second separator «* * *»: one stands, between the lead and the transcript',
      );
    else if (block.kind === 'heading') {
      if (heading)
        fail(
          block.paragraph.line,
          'two headings in a row: expected a speaker label after a heading',
        );
      heading = block.paragraph;
    } else if (block.kind === 'omission') {
      if (omission)
        fail(block.line, 'two omissions in a row: one omission stands between two turns');
      if (heading)
        fail(block.line, 'an omission after a heading: expected a speaker label after a heading');
      omission = true;
    } else if (block.kind === 'labelled') {
      checkNotEmpty(speeches.at(-1), fail);
      speeches.push(openSpeech(block, speakerOf(block.label, block.line), heading, omission));
      heading = undefined;
      omission = false;
    } else {
      const line = block.paragraph.line;
      const last = speeches.at(-1);
      if (!last) fail(line, 'a paragraph before any speaker label after the lead');
      if (omission)
        fail(line, 'a paragraph after an omission must open a new speech with a speaker label');
      if (heading)
        fail(line, 'a paragraph after a heading must open a speech with a speaker label');
      last?.paragraphs.push(block.paragraph);
    }
  }
  if (heading) fail(heading.line, 'a heading at the end of the page: no speech follows it');
  checkNotEmpty(speeches.at(-1), fail);
  return { speeches, omissionAfter: omission };
}

function openSpeech(
  block: Extract<Block, { kind: 'labelled' }>,
  speakerId: string,
  heading: PageParagraph | undefined,
  omission: boolean,
): PageSpeech {
  return {
    speakerLabel: block.label,
    speakerId,
    paragraphs: block.paragraph ? [block.paragraph] : [],
    line: block.line,
    ...(heading && { headingBefore: heading }),
    ...(omission && { omissionBefore: true as const }),
  };
}

function checkNotEmpty(
  speech: PageSpeech | undefined,
  fail: (line: number, m: string) => never,
): void {
  if (speech && speech.paragraphs.length === 0)
    fail(speech.line, `the speech of «${speech.speakerLabel}» has no text`);
}
