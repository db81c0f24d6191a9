/** Lists of ids in attributes, read one way by the widgets and their definitions. */

/** A comma-separated list of ids, as `figures="a, b"` gives it. */
export function idList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}
