/** Formatting: Intl numbers and dates, qualifiers and UI strings (en, ru, kk: all loaded here). */
import './ru.js';
import './kk.js';
export * from './figures.js';
export * from './strings.js';
export { numberFormat, dateFormat } from './intl-cache.js';
