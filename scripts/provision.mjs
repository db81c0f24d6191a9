// `npm test`'s first step (the `pretest` script): checks that the machine has what
// the tests need (Chromium, the DejaVu fonts, PHP with WordPress, Java, Python's
// feedparser) and, on Debian or Ubuntu as root, installs what is missing from
// Debian's packages, one line per package; elsewhere it stops, before any test,
// with exit 1 and the line to run. NW_NO_PROVISION=1 checks only.
// The decisions are in provision-plan.mjs. Uses only Node's own modules: it runs
// before anything is built, and may run before `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATHS } from './chromium-path.mjs';
import { DEBIAN_WP_ROOT, planProvision, whatIsMissing } from './provision-plan.mjs';

/** DejaVu Sans on Debian and Ubuntu, Fedora, Arch. */
const DEJAVU_PATHS = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/TTF/DejaVuSans.ttf',
];
const PYTHON = '/usr/bin/python3';

/** The command's output when it exits 0, else null. */
function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return result.status === 0 ? `${result.stdout}${result.stderr}` : null;
}

/** What this machine has, for planProvision(). */
function probe(env = process.env) {
  const found = {};
  const chromePath = env.CHROME_PATH || undefined;
  const chromePathFound = chromePath ? existsSync(chromePath) : undefined;
  const chromiumAt = CHROMIUM_PATHS.find((path) => existsSync(path));
  const browser = chromePathFound ? chromePath : chromiumAt;
  if (browser) found.Chromium = browser;

  const php = run('php', ['-r', 'echo PHP_VERSION;']);
  if (php !== null) found.PHP = php.trim();

  const wpRoot = env.WP_ROOT || undefined;
  const wordpressAt = wpRoot || DEBIAN_WP_ROOT;
  const wordpress = existsSync(join(wordpressAt, 'wp-includes', 'kses.php'));
  if (wordpress) found.WordPress = wordpressAt;

  // The Nu HTML Checker needs Java 17 or later; test/support/vnu.mjs runs JAVA, else `java`.
  const javaSays = run(env.JAVA || 'java', ['-version']);
  const javaVersion = javaSays === null ? undefined : (/version "([^"]+)"/.exec(javaSays)?.[1] ?? '');
  const javaMajor = Number(/^(?:1\.)?(\d+)/.exec(javaVersion ?? '')?.[1] ?? 0);
  const java = javaVersion !== undefined && javaMajor >= 17;
  if (java) found.Java = javaVersion;

  const feedparser = existsSync(PYTHON) ? run(PYTHON, ['-c', 'import feedparser; print(feedparser.__version__)']) : null;
  if (feedparser !== null) found.feedparser = feedparser.trim();

  return {
    chromePath,
    chromePathFound,
    chromium: Boolean(chromiumAt),
    // The chart pictures fall back to the system's fonts; a bare Linux may have none.
    fonts: process.platform !== 'linux' || DEJAVU_PATHS.some((path) => existsSync(path)),
    php: php !== null,
    wpRoot,
    wordpress,
    java,
    feedparser: feedparser !== null,
    found,
  };
}

function readOsRelease() {
  for (const path of ['/etc/os-release', '/usr/lib/os-release']) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      // try the next one
    }
  }
  return '';
}

/** Runs apt-get quietly; on failure prints its output and exits 1. */
function aptGet(args) {
  const result = spawnSync('apt-get', args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status === 0) return;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
  console.error(output);
  console.error(`provision: apt-get ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}).`);
  process.exit(1);
}

const noProvision = Boolean(process.env.NW_NO_PROVISION) && process.env.NW_NO_PROVISION !== '0';
const plan = planProvision({ facts: probe(), osRelease: readOsRelease(), uid: process.getuid?.(), noProvision });

if (plan.stop) {
  for (const line of plan.stop) console.error(line);
  process.exit(1);
}
for (const line of plan.say) console.log(line);
if (plan.install.length > 0) {
  const started = Date.now();
  aptGet(['update', '-qq']);
  aptGet(['install', '-y', '-qq', '--no-install-recommends', ...plan.install]);
  const { missing, broken } = whatIsMissing(probe());
  if (missing.length > 0 || broken.length > 0) {
    const names = missing.map((need) => need.what).join(', ');
    console.error(`provision: installed ${plan.install.join(' ')}, and still missing: ${names} (not on PATH?).`);
    process.exit(1);
  }
  console.log(`provision: installed in ${Math.round((Date.now() - started) / 1000)} s`);
}
