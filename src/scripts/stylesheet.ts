/** Links a hashed stylesheet of the build (a `?url` import); resolves once it applies. */
export function loadStylesheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve) =>
    link.addEventListener('load', () => resolve(), { once: true }),
  );
  document.head.append(link);
  return loaded;
}
