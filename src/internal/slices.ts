/**
 * The main thread in slices, shared by every widget on the page: once the
 * widgets drawing (for the first time, when their data arrives, and the charts
 * as they appear) have taken SLICE_MS in one task, the rest wait for the next
 * task, so a page of many widgets does not block input for one long task. A
 * slice of 12 ms here is under 50 ms (a long task) on a phone four times slower.
 */
const SLICE_MS = 12;
let sliceStart = -1;
let nextSlice: Promise<void> | undefined;

/** Whether this task's slice has room left; the first call of a task starts its slice. */
export function sliceHasRoom(): boolean {
  const now = performance.now();
  if (sliceStart < 0) {
    sliceStart = now;
    setTimeout(() => (sliceStart = -1));
  }
  return now - sliceStart < SLICE_MS;
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
