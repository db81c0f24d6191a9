// Medians and summaries of the bench's samples.

/** The median of the finite numbers in `values`; null when there are none. */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median, min and max of the numbers in `samples`; `failed` counts the rest (loads that gave no number). */
export function summary(samples) {
  const values = samples.filter((v) => typeof v === 'number');
  return {
    median: median(values),
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
    runs: values.length,
    failed: samples.length - values.length,
  };
}
