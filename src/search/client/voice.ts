/** What the search says: the page's language's voice (messages.ts), English in a chunk of its own. */
import { RU_VOICE, type Voice } from '../core/messages.ts';
import { english } from './engine.ts';

export async function voice(): Promise<Voice> {
  return english() ? (await import('../core/messages-en.ts')).EN_VOICE : RU_VOICE;
}
