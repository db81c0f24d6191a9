/** Runs work in the browser's next idle time (within `timeout` ms at the latest); returns a function that cancels it. */
export function whenIdle(work: () => void, timeout = 500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 1);
  return () => clearTimeout(handle);
}
