/** Screen-reader announcements through one polite live region; safe to call before the page has one. */

function region(): HTMLElement {
  let status = document.querySelector<HTMLElement>('[data-announce]');
  if (!status) {
    status = document.createElement('p');
    status.className = 'sr-only';
    status.setAttribute('role', 'status');
    status.dataset.announce = '';
    document.body.append(status);
  }
  return status;
}

export function announce(message: string): void {
  const status = region();
  status.textContent = '';
  // Set again in the next frame, so a repeated message is announced again.
  requestAnimationFrame(() => {
    status.textContent = message;
  });
}
