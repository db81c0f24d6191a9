/**
 * What every view is given besides its data: the widget's language, its UI
 * strings and the language of the payload's own text. A view reads nothing
 * else (no document, window, layout or element), so it renders the same in the
 * browser and on Node.
 */
import type { UiStrings } from '../format/strings.js';
import { WidgetError } from '../payload/errors.js';
import type { Payload } from '../payload/schema.js';

/** The inputs every view shares. */
export interface ViewContext {
  /** The widget's language, a tag Intl accepts ("en", "ru-RU"). */
  locale: string;
  /** UI strings in that language. */
  ui: UiStrings;
  /** The language of the payload's own text, when it differs from `locale` (screen readers switch voice). */
  textLang: string | undefined;
}

/** The context for a widget in `locale`, with the strings `ui`, showing `payload`. */
export function viewContext(locale: string, payload: Payload | undefined, ui: UiStrings): ViewContext {
  const lang = payload?.locale;
  return { locale, ui, textLang: lang && lang.toLowerCase() !== locale.toLowerCase() ? lang : undefined };
}

/** An item by id in a payload list, or the first; a `not-found` (or `no-data`) error when there is none. */
export function pick<T extends { id: string }>(
  list: readonly T[] | undefined,
  id: string | undefined,
  what: string,
): T | WidgetError {
  const item = id ? list?.find((entry) => entry.id === id) : list?.[0];
  if (item) return item;
  return id
    ? new WidgetError('not-found', `the payload has no ${what} with id "${id}"`)
    : new WidgetError('no-data', `the payload has no ${what}s`);
}

/**
 * The payload item a card or quote shows (`id`, default the first), or
 * undefined when there is no payload, or when it has no such items but the
 * element's attributes make the widget alone (asked only then; the payload
 * still lends its sources); else the error.
 */
export function pickForAttributes<T extends { id: string }>(
  payload: Payload | undefined,
  list: readonly T[] | undefined,
  id: string | undefined,
  what: string,
  attributesAlone: () => boolean,
): T | undefined | WidgetError {
  if (!payload) return undefined;
  const picked = pick(list, id?.trim(), what);
  return picked instanceof WidgetError && picked.code === 'no-data' && attributesAlone() ? undefined : picked;
}
