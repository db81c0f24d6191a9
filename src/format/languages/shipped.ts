/**
 * Every shipped language but English (built in), imported statically: for the
 * entries that have them all with nothing to load (`format/index.ts`, the npm
 * entry, the server). A script-tag page loads each on first use instead.
 */
import { kk } from './kk.js';
import { ru } from './ru.js';

export const shippedLanguages = { ru, kk };
