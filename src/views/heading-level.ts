/** A heading level from an attribute. */

/** A heading level from 1 to 6: `value` rounded, or `fallback` when it is not a number. */
export function headingLevel(value: unknown, fallback: number): number {
  // Absent, blank or not a number (NaN, or 0 from `null` and `''`): the fallback.
  const level = Math.round(Number(value));
  return level ? Math.min(6, Math.max(1, level)) : fallback;
}
