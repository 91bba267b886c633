/**
 * What `/` holds. Up to HOME_PARAGRAPHS paragraphs it is the whole record (this page is what a
 * reader prints, searches with the browser and cites); a longer record would make `/` too heavy
 * for a phone, so it keeps the title, the contents and the lead, and every speech lives on its own
 * page, where its paragraphs' addresses already point.
 */
export const HOME_PARAGRAPHS = 250;

export function wholeRecordOnHome(paragraphs: number): boolean {
  return paragraphs <= HOME_PARAGRAPHS;
}
