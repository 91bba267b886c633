/** Absolute addresses of what is quoted or cited: a paragraph, a speech, the record, a paragraph page. */
import { PATHS, paragraphPagePath, paragraphPath, speechPath } from '../shared/addresses.ts';

/** Absolute permanent address of a paragraph, or of the record. */
export function permalink(site: string, id?: string): string {
  return new URL(id ? paragraphPath(id) : PATHS.home, site).href;
}

/** Our address for what is cited: the paragraph, the speech or the record. */
export function citedUrl(c: {
  site: string;
  id?: string | undefined;
  speech?: string | undefined;
}): string {
  return c.id || !c.speech ? permalink(c.site, c.id) : new URL(speechPath(c.speech), c.site).href;
}

/** The paragraph page of a paragraph: the address to share, since its preview card shows who said it and its start. */
export function sharePageLink(site: string, id: string): string {
  return new URL(paragraphPagePath(id), site).href;
}
