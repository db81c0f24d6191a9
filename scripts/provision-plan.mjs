// What `npm test` needs from the machine, and what to do about what is missing:
// a pure function from "what the machine has" (probed by scripts/provision.mjs),
// /etc/os-release and the user id to a plan. Tested by test/node/provision.test.mjs.
//
// A plan is one of:
//   nothing missing     { install: [], say: [one short line], stop: null }
//   install it          { install: [Debian packages], say: [one line per package], stop: null }
//   cannot install      { install: [], say: [], stop: [lines to print before exiting 1] }

/** Where Debian's chromium package puts its executable; the first of web-test-runner.config.mjs's fallbacks. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** Debian's wordpress package; WP_ROOT's default (test/support/kses.mjs). */
export const DEBIAN_WP_ROOT = '/usr/share/wordpress';

/**
 * What the tests need, in the order they are checked and reported. `debian` is the package
 * that provides it; `elsewhere` says what to install on another system.
 * The wordpress package depends on a web server (apache2 | httpd) and a MySQL client: they
 * are installed too, and nothing here uses them.
 */
export const NEEDS = [
  {
    id: 'chromium',
    what: 'Chromium',
    debian: 'chromium',
    for: 'the browser tests',
    elsewhere: 'Chromium or Chrome (then set CHROME_PATH to its executable)',
  },
  {
    id: 'fonts',
    what: 'the DejaVu fonts',
    debian: 'fonts-dejavu-core',
    for: 'the chart pictures',
    elsewhere: 'the DejaVu fonts (DejaVuSans.ttf)',
  },
  {
    id: 'php',
    what: 'PHP',
    debian: 'php-cli',
    for: "the kses tests (WordPress's post sanitizer)",
    elsewhere: 'PHP\'s command line ("php" on PATH)',
  },
  {
    id: 'wordpress',
    what: 'WordPress',
    debian: 'wordpress',
    for: "the kses tests (WordPress's post sanitizer)",
    elsewhere: 'WordPress (then set WP_ROOT to its folder, the one with wp-includes/)',
  },
  {
    id: 'java',
    what: 'Java',
    debian: 'default-jre-headless',
    for: 'the Nu HTML Checker (vnu.jar)',
    elsewhere: 'a Java runtime, 17 or later ("java" on PATH, or set JAVA)',
  },
  {
    id: 'feedparser',
    what: "Python's feedparser",
    debian: 'python3-feedparser',
    for: 'the RSS reader tests',
    elsewhere: 'feedparser for /usr/bin/python3 (/usr/bin/python3 -m pip install feedparser)',
  },
];

/**
 * The fields of an os-release file (`ID=debian`, `ID_LIKE="ubuntu debian"`…).
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseOsRelease(text) {
  /** @type {Record<string, string>} */
  const fields = {};
  for (const line of (text || '').split('\n')) {
    const match = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2].trim();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    fields[match[1]] = value;
  }
  return fields;
}

/**
 * Which family the system is for installing packages: 'debian', 'ubuntu' (Debian's
 * packages, except Chromium, which Ubuntu ships only as a snap) or 'other'.
 * @param {string} osReleaseText
 * @returns {'debian' | 'ubuntu' | 'other'}
 */
export function systemFamily(osReleaseText) {
  const fields = parseOsRelease(osReleaseText);
  const ids = [fields.ID ?? '', ...(fields.ID_LIKE ?? '').split(/\s+/)].map((id) => id.toLowerCase());
  if (ids.includes('ubuntu')) return 'ubuntu';
  if (ids.includes('debian')) return 'debian';
  return 'other';
}

const samePath = (a, b) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/**
 * @typedef {object} Facts  What the machine has (scripts/provision.mjs probes it).
 * @property {string} [chromePath]  CHROME_PATH, when set.
 * @property {boolean} [chromePathFound]  Whether CHROME_PATH names a file.
 * @property {boolean} chromium  Whether a Chromium or Chrome is at one of the standard paths.
 * @property {boolean} fonts  Whether the DejaVu fonts are there (always true off Linux).
 * @property {boolean} php  Whether `php` runs.
 * @property {string} [wpRoot]  WP_ROOT, when set.
 * @property {boolean} wordpress  Whether wp-includes/kses.php is in WP_ROOT (or /usr/share/wordpress).
 * @property {boolean} java  Whether `java` (or JAVA) runs and is Java 17 or later.
 * @property {boolean} feedparser  Whether `/usr/bin/python3 -c 'import feedparser'` succeeds.
 * @property {Record<string, string>} [found]  What was found, for the one line when nothing is missing.
 */

/**
 * What the machine lacks, and settings that point at nothing.
 * @param {Facts} facts
 * @returns {{ missing: typeof NEEDS, broken: string[] }}
 */
export function whatIsMissing(facts) {
  const broken = [];
  const lacks = new Set();
  if (facts.chromePath) {
    if (!facts.chromePathFound) {
      // Installing Debian's Chromium only helps when CHROME_PATH names where it goes.
      if (samePath(facts.chromePath, DEBIAN_CHROMIUM)) lacks.add('chromium');
      else
        broken.push(
          `CHROME_PATH is ${facts.chromePath}, which does not exist: set it to a Chrome or Chromium executable, or unset it.`,
        );
    }
  } else if (!facts.chromium) lacks.add('chromium');
  if (!facts.fonts) lacks.add('fonts');
  if (!facts.php) lacks.add('php');
  if (!facts.wordpress) {
    if (facts.wpRoot && !samePath(facts.wpRoot, DEBIAN_WP_ROOT))
      broken.push(
        `WP_ROOT is ${facts.wpRoot}, which has no wp-includes/kses.php: set it to a WordPress folder, or unset it to use Debian's ${DEBIAN_WP_ROOT}.`,
      );
    else lacks.add('wordpress');
  }
  if (!facts.java) lacks.add('java');
  if (!facts.feedparser) lacks.add('feedparser');
  return { missing: NEEDS.filter((need) => lacks.has(need.id)), broken };
}

const names = (needs) => needs.map((need) => need.what).join(', ');

/**
 * The plan for `npm test`'s first step.
 * @param {object} input
 * @param {Facts} input.facts  What the machine has.
 * @param {string} input.osRelease  The text of /etc/os-release ('' when there is none).
 * @param {number | undefined} input.uid  process.getuid() (undefined on Windows).
 * @param {boolean} [input.noProvision]  NW_NO_PROVISION is set: check only, install nothing.
 * @returns {{ install: string[], say: string[], stop: string[] | null }}
 */
export function planProvision({ facts, osRelease, uid, noProvision = false }) {
  const { missing, broken } = whatIsMissing(facts);
  if (missing.length === 0 && broken.length === 0) {
    const found = Object.entries(facts.found ?? {}).map(([what, how]) => `${what} ${how}`);
    return { install: [], say: [`provision: nothing to install${found.length ? ` (${found.join(', ')})` : ''}`], stop: null };
  }

  const family = systemFamily(osRelease);
  const root = uid === 0;
  // Ubuntu's chromium package is a snap, which headless tests cannot drive reliably
  // (and which does not install in a container): there, Chrome comes from the user.
  const fromApt = missing.filter((need) => family === 'debian' || (family === 'ubuntu' && need.id !== 'chromium'));
  const byHand = missing.filter((need) => !fromApt.includes(need));

  if (family !== 'other' && root && !noProvision && broken.length === 0 && byHand.length === 0) {
    return {
      install: fromApt.map((need) => need.debian),
      say: fromApt.map((need) => `provision: installing ${need.what} (${need.debian}) for ${need.for}`),
      stop: null,
    };
  }

  // It cannot (or may not) install: say what is missing and the one line to run.
  const stop = broken.map((line) => `provision: ${line}`);
  if (missing.length > 0) {
    const why =
      family === 'other'
        ? '; it installs them itself only on Debian or Ubuntu'
        : noProvision
          ? '; NW_NO_PROVISION is set, so it installs nothing'
          : root
            ? ''
            : '; it installs them itself only when run as root';
    stop.push(`provision: npm test needs ${names(missing)}, which this machine lacks${why}. Run this, then npm test again:`);
    if (family === 'other') {
      stop.push(`  install ${missing.map((need) => need.elsewhere).join('; ')}`);
    } else {
      if (fromApt.length > 0) {
        const sudo = root ? '' : 'sudo ';
        const packages = fromApt.map((need) => need.debian).join(' ');
        stop.push(`  ${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${packages}`);
      }
      if (byHand.length > 0) {
        stop.push(
          `  ${fromApt.length > 0 ? 'and ' : ''}install Google Chrome or Chromium (Ubuntu's chromium package is a snap, which the tests cannot use), then set CHROME_PATH to its executable`,
        );
      }
    }
  }
  return { install: [], say: [], stop };
}
