/**
 * A note at the top of the page when the address names a paragraph that is not on it: where that
 * paragraph is (src/shared/missing-paragraph.ts), or that the record has none such. Loaded only
 * then, by the layout's script; the record's parts come from /share.json.
 */
import styles from '../../styles/missing-paragraph.css?inline';
import { PATHS } from '../addresses.ts';
import { placeOf, type RecordParts } from '../missing-paragraph.ts';

let parts: Promise<RecordParts> | undefined;
let styled = false;

/** Shows the note for paragraph `id` when it is not on this page, and removes an earlier one. */
export async function notePlace(id: string): Promise<void> {
  parts ??= fetch(PATHS.shareData).then((r) => r.json() as Promise<RecordParts>);
  const place = document.getElementById(id) ? undefined : placeOf(id, await parts);
  document.querySelector('.missing-paragraph')?.remove();
  const main = document.querySelector('main');
  if (!place || !main) return;
  if (!styled) {
    // A constructed stylesheet: no <style> element for the CSP to refuse.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    styled = true;
  }
  const note = document.createElement('p');
  note.className = 'missing-paragraph';
  note.tabIndex = -1;
  const link = document.createElement('a');
  link.href = place.href;
  link.textContent = place.link;
  note.append(place.text, link, '.');
  main.prepend(note);
  // Where the target would have been: the reader's eyes, and a screen reader's focus.
  note.focus();
}
