// Where the tests, the bench and the screenshot scripts find Chromium: the
// executable CHROME_PATH names, else the first of the usual system paths.
// Node's own modules only: npm test's provisioning step uses it before `npm ci`.
import { existsSync } from 'node:fs';

/** The system paths tried after CHROME_PATH, Debian's first. */
export const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The Chromium or Chrome to run, or undefined when there is none. */
export function findChromium(env = process.env) {
  return [env.CHROME_PATH, ...CHROMIUM_PATHS].find((path) => path && existsSync(path));
}
