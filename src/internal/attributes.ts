/**
 * Reading the attributes that stand in for payload fields (attribute-only
 * widgets, or overrides of a payload item). A bad attribute is a problem at
 * `@name`, reported like a payload problem (`invalid-payload`), never thrown.
 */
import type { Problem } from '../payload/validate.js';
import { isRealDate } from '../payload/validate.js';
import { ISO_DATE } from '../payload/iso-date.js';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Collects the problems of an element's attributes. */
export class AttributeReader {
  readonly problems: Problem[] = [];

  /** Records a problem with attribute `name`. */
  add(name: string, message: string): void {
    this.problems.push({ path: `@${name}`, message });
  }

  /** Trimmed text, or undefined when the attribute is absent or blank. */
  text(raw: string | null | undefined): string | undefined {
    const value = raw?.trim();
    return value ? value : undefined;
  }

  /** One of `allowed` (case-insensitive), or undefined (absent, blank or wrong: wrong is a problem). */
  oneOf<T extends string>(name: string, raw: string | null | undefined, allowed: readonly T[]): T | undefined {
    const value = this.text(raw)?.toLowerCase();
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.add(name, `must be one of ${allowed.join(', ')}`);
    return undefined;
  }

  /** A finite number written plainly ("5000", "12.5", "-3", "2e6"). */
  number(name: string, raw: string | null | undefined): number | undefined {
    const value = this.text(raw);
    if (value === undefined) return undefined;
    const number = Number(value);
    if (NUMBER.test(value) && Number.isFinite(number)) return number;
    this.add(name, 'must be a number written with digits and an optional "." (e.g. 5000 or 12.5)');
    return undefined;
  }

  /** An ISO 8601 date or date-time that names a real day. */
  date(name: string, raw: string | null | undefined): string | undefined {
    const value = this.text(raw);
    if (value === undefined) return undefined;
    if (ISO_DATE.test(value) && isRealDate(value)) return value;
    this.add(name, 'must be a real ISO 8601 date (YYYY-MM-DD) or date-time');
    return undefined;
  }

  /** An ISO 4217 currency code, upper-cased. */
  currency(name: string, raw: string | null | undefined): string | undefined {
    const value = this.text(raw);
    if (value === undefined) return undefined;
    if (/^[A-Za-z]{3}$/.test(value)) return value.toUpperCase();
    this.add(name, 'must be an ISO 4217 currency code like USD');
    return undefined;
  }
}
