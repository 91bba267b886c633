/** Absolute addresses of what is quoted or cited: a paragraph, a speech, the record, a passage page. */
import { PATHS, passagePagePath, passagePath, speechPath } from '../shared/addresses.ts';

/** Absolute permanent address of a paragraph, or of the record. */
export function permalink(site: string, id?: string): string {
  return new URL(id ? passagePath(id) : PATHS.home, site).href;
}

/** Our address for what is cited: the paragraph, the speech or the record. */
export function citedUrl(c: {
  site: string;
  id?: string | undefined;
  speech?: string | undefined;
}): string {
  return c.id || !c.speech ? permalink(c.site, c.id) : new URL(speechPath(c.speech), c.site).href;
}

/** The passage page of a paragraph: the address to share, since its preview card shows the words. */
export function sharePageLink(site: string, id: string): string {
  return new URL(passagePagePath(id), site).href;
}
