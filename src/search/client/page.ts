/** The search page's answer to a query: status, notes and results, filled into the page's templates. */

import type { Voice } from '../core/messages.ts';
import { pause, slicer } from '../core/pause.ts';
import type { Plan } from '../core/plan.ts';
import { parseQuery } from '../core/query.ts';
import { missingGroups, type ParagraphResult } from '../core/results.ts';
import { english, search } from './engine.ts';
import { absentNotes, fillResult, otherNote } from './render.ts';
import { voice } from './voice.ts';

export { announce } from '../../shared/client/announce.ts';
export { loadEngine } from './engine.ts';

/** `?q=` and `?speaker=` as they are now, so the address can be shared (the history entry's state, the place on the page, stays). */
export function remember(raw: string, speaker: string): void {
  const text = parseQuery(raw).text;
  const url = new URL(location.href);
  url.search = '';
  if (text) url.searchParams.set('q', text);
  if (speaker) url.searchParams.set('speaker', speaker);
  history.replaceState(history.state, '', url);
}

/**
 * The notes: what the plan says about the words, then, where the page offers it, a search of the
 * record's other language: for a word in its script, and on a translation's page when nothing is found.
 */
function notesOf(
  root: HTMLElement,
  plan: Plan,
  shown: ParagraphResult[],
  speaker: string,
  v: Voice,
) {
  const noteTemplate = root.querySelector<HTMLTemplateElement>('#note-template');
  const other = root.querySelector<HTMLTemplateElement>('#other-template');
  const notes = noteTemplate ? absentNotes(noteTemplate, plan, speaker, v) : [];
  const offer = plan.absent.some((a) => a.foreign) || (english() && shown.length === 0);
  if (other && offer) notes.push(otherNote(other, plan.q.text, v));
  return notes;
}

/** Results filled before the first pause: a phone's screenful. */
const SCREENFUL = 4;

/** Shows the answer in `root` unless `current()` says a newer query has started; true when shown. */
export async function show(
  root: HTMLElement,
  raw: string,
  speaker: string,
  current: () => boolean,
): Promise<boolean> {
  const status = root.querySelector('.search-status');
  const list = root.querySelector('.results');
  const notes = root.querySelector('.search-notes');
  const empty = root.querySelector<HTMLElement>('.search-empty');
  const template = root.querySelector<HTMLTemplateElement>('#result-template');
  if (!status || !list || !notes || !empty || !template) return false;
  const v = await voice();
  const q = parseQuery(raw);
  if (q.groups.length === 0) {
    list.replaceChildren();
    notes.replaceChildren();
    empty.hidden = true;
    status.textContent = q.text ? v.noWords : '';
    return current();
  }
  const { plan, results } = await search(raw, speaker);
  // The answer is ready; its rendering is a task of its own (the search may have run long in this one).
  await pause();
  if (!current()) return false;
  // Paragraphs with every word; only when there are none, those with some of them.
  const shown = results.some((r) => r.all) ? results.filter((r) => r.all) : results;
  const fill = (r: ParagraphResult) => fillResult(template, r, plan.q, v.name(r), undefined, v);
  list.replaceChildren(...shown.slice(0, SCREENFUL).map(fill));
  notes.replaceChildren(...notesOf(root, plan, shown, speaker, v));
  empty.hidden = shown.length > 0;
  // Words not in the record at all have their own note; the status names only what no paragraph here has.
  const absent = new Set(plan.absent.map((a) => a.word));
  const missing = missingGroups(shown, plan.q).filter(
    (label) => !parseQuery(label).groups.every((g) => g.words.every((w) => absent.has(w))),
  );
  status.textContent = v.status(plan.q.text, shown, missing, speaker);
  // The rest in slices: on a slow device the first results paint without waiting for a long list.
  const slice = slicer();
  for (let i = SCREENFUL; i < shown.length; i += SCREENFUL) {
    await slice();
    if (!current()) return false;
    list.append(...shown.slice(i, i + SCREENFUL).map(fill));
  }
  return true;
}
