/**
 * What the payload's rules share: problems and their paths, real dates, and
 * reading an input of any shape defensively (the rules run even when the shape
 * is wrong, so every problem is reported in one pass).
 */

/** One thing wrong with a payload, at a dot path such as `figures[2].source`. */
export interface Problem {
  path: string;
  message: string;
}

/** Joins path keys as `figures[2].source`. */
export function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || '(root)';
}

/** True when an ISO 8601 date or date-time names a real calendar day (no 2022-02-30). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
  if (!match) return false;
  // A part left out (the time, its seconds) is undefined: 0.
  const [, year, month, day, hour, minute, second] = match.map((part) => Number(part ?? 0));
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const dayOk = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const timeOk = match[4] === undefined || (hour < 24 && minute < 60 && second < 60);
  // A zone offset is at most ±23:59 (browsers cannot read "+24:00").
  const offset = /[+-](\d{2}):(\d{2})$/.exec(value);
  const offsetOk = match[4] === undefined || !offset || (Number(offset[1]) < 24 && Number(offset[2]) < 60);
  return dayOk && timeOk && offsetOk;
}

/** A value of any shape, read as an object. */
export type Loose = Record<string, unknown>;
export const asList = (value: unknown): Loose[] =>
  Array.isArray(value) ? value.map((item) => (item && typeof item === 'object' ? (item as Loose) : {})) : [];
export const asObject = (value: unknown): Loose =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};
export const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
