/** Where the selection popover goes: next to the selected words, inside what the reader sees. */

/** Keeps a box inside the visual viewport: below the selection, or above it near the bottom of the screen. */
export function place(pop: HTMLElement, rect: DOMRect): void {
  const m = 8;
  const vv = window.visualViewport;
  const [vw, vh] = [vv?.width ?? innerWidth, vv?.height ?? innerHeight];
  const [ox, oy] = [vv?.offsetLeft ?? 0, vv?.offsetTop ?? 0];
  const { width: w, height: h } = pop.getBoundingClientRect();
  let top = rect.bottom + m;
  if (top + h > oy + vh - m) top = rect.top - h - m;
  top = Math.min(Math.max(top, oy + m), oy + vh - h - m);
  const left = Math.max(Math.min(rect.left, ox + vw - w - m), ox + m);
  pop.style.setProperty('--x', `${Math.round(left)}px`);
  pop.style.setProperty('--y', `${Math.round(top)}px`);
}
