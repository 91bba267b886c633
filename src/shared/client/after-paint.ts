/**
 * Runs `job` once the page's first paint has been shown: its `first-contentful-paint` entry comes
 * after the frame is on the screen, where a frame callback may run before. A few seconds on where
 * no paint is reported (no paint timing, or a tab opened in the background).
 */
export function afterFirstPaint(job: () => void): void {
  let started = false;
  const start = () => {
    if (!started) job();
    started = true;
  };
  setTimeout(start, 3000);
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      start();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing here: the timer above.
  }
}
