/** Copying to the clipboard, with feedback a reader sees (the button says «Скопировано», «Copied») and hears. */
import { announce } from '../../shared/client/announce.ts';
import { words } from './words.ts';

export interface Copied {
  text: string;
  html?: string;
}

/**
 * Copies what `make` resolves to, as plain text (and HTML with `withHtml`).
 * The clipboard call starts inside the click, as Safari requires, while the
 * text is still being built from lazily loaded code.
 */
export async function copy(make: Promise<Copied>, withHtml = false): Promise<boolean> {
  try {
    if ('ClipboardItem' in window) {
      const part = (type: string, pick: (c: Copied) => string) =>
        make.then((c) => new Blob([pick(c)], { type }));
      const item: Record<string, Promise<Blob>> = {
        'text/plain': part('text/plain', (c) => c.text),
      };
      if (withHtml) item['text/html'] = part('text/html', (c) => c.html ?? c.text);
      await navigator.clipboard.write([new ClipboardItem(item)]);
    } else await navigator.clipboard.writeText((await make).text);
    return true;
  } catch {
    announce((await words()).copyFailed);
    return false;
  }
}

const FEEDBACK_MS = 2500;

/** Copies, then shows «Скопировано» on the button for a moment and announces `message`. */
export async function copyFrom(
  button: HTMLElement,
  make: Promise<Copied>,
  message: (c: Copied) => string,
  withHtml = false,
): Promise<void> {
  if (!(await copy(make, withHtml))) return;
  announce(message(await make));
  const label = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = label;
  // The width stays, so the button does not jump under the pointer.
  button.style.minWidth = `${button.getBoundingClientRect().width}px`;
  button.textContent = (await words()).copied;
  button.dataset.copied = '';
  clearTimeout(Number(button.dataset.timer));
  button.dataset.timer = String(
    window.setTimeout(() => {
      button.textContent = label;
      delete button.dataset.copied;
      button.style.minWidth = '';
    }, FEEDBACK_MS),
  );
}
