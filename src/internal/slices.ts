/**
 * The main thread in slices, shared by every widget on the page: once the
 * widgets drawing in one task (for the first time, when their data arrives,
 * and the charts as they appear) have taken their slice, the rest wait for the
 * next task, so a page of many widgets does not block input for one long task.
 */

/** A drawing of data into a widget that shows its loading frame: 12 ms here is under a long task (50 ms) on a phone four times slower. */
export const SLICE_MS = 12;
/**
 * A first drawing: until it, the widget's shadow root is empty and its fallback
 * hidden, so first drawings get a longer slice (put off, they would leave holes
 * for a frame and move the page).
 */
export const FIRST_SLICE_MS = 80;
let sliceStart = -1;
let nextSlice: Promise<void> | undefined;

/** Whether this task's slice, of `ms`, has room left; the first call of a task starts its slice. */
export function sliceHasRoom(ms = SLICE_MS): boolean {
  const now = performance.now();
  if (sliceStart < 0) {
    sliceStart = now;
    setTimeout(() => (sliceStart = -1));
  }
  return now - sliceStart < ms;
}

/** Resolves in the next slice: one task shared by every waiting widget. */
export function waitForNextSlice(): Promise<void> {
  return (nextSlice ??= new Promise((resolve) =>
    setTimeout(() => {
      nextSlice = undefined;
      sliceStart = -1;
      resolve();
    }),
  ));
}
