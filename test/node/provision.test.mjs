// npm test's first step (scripts/provision.mjs): what it decides to install, and what it
// says when it cannot. The decisions are pure (scripts/provision-plan.mjs); the last tests
// run the script itself in cases where it stops before installing anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { NEEDS, parseOsRelease, planProvision, systemFamily } from '../../scripts/provision-plan.mjs';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nVERSION="24.04.1 LTS (Noble Numbat)"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const RASPBIAN = 'ID=raspbian\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

/** A machine with everything; `missing` lists the facts that are false. */
const machine = (...missing) => ({
  chromium: true,
  fonts: true,
  php: true,
  wordpress: true,
  java: true,
  feedparser: true,
  ...Object.fromEntries(missing.map((id) => [id, false])),
});
const plan = (facts, osRelease = DEBIAN, uid = 0, noProvision = false) => planProvision({ facts, osRelease, uid, noProvision });

test('os-release: quoted and bare values, comments and blank lines', () => {
  assert.deepEqual(parseOsRelease('# a comment\nID=debian\n\nID_LIKE="ubuntu debian"\nNAME=\'X\'\n'), {
    ID: 'debian',
    ID_LIKE: 'ubuntu debian',
    NAME: 'X',
  });
  assert.deepEqual(parseOsRelease(''), {});
});

test('Debian and its derivatives are debian, Ubuntu and its derivatives ubuntu, the rest other', () => {
  assert.equal(systemFamily(DEBIAN), 'debian');
  assert.equal(systemFamily(RASPBIAN), 'debian');
  assert.equal(systemFamily(UBUNTU), 'ubuntu');
  assert.equal(systemFamily(MINT), 'ubuntu');
  assert.equal(systemFamily(FEDORA), 'other');
  assert.equal(systemFamily(''), 'other');
});

test('nothing missing: nothing to install, one short line, on any system and as any user', () => {
  for (const [osRelease, uid] of [
    [DEBIAN, 0],
    [DEBIAN, 1000],
    [FEDORA, 501],
    ['', undefined],
  ]) {
    const result = planProvision({ facts: machine(), osRelease, uid });
    assert.deepEqual(result.install, []);
    assert.equal(result.stop, null);
    assert.deepEqual(result.say, ['provision: nothing to install']);
  }
  const found = { ...machine(), found: { Chromium: '/usr/bin/chromium', Java: '17.0.15' } };
  assert.deepEqual(plan(found).say, ['provision: nothing to install (Chromium /usr/bin/chromium, Java 17.0.15)']);
});

test('nothing missing with NW_NO_PROVISION: nothing to do', () => {
  const result = plan(machine(), DEBIAN, 0, true);
  assert.equal(result.stop, null);
  assert.deepEqual(result.install, []);
});

const expected = {
  chromium: ['chromium', 'provision: installing Chromium (chromium) for the browser tests'],
  fonts: ['fonts-dejavu-core', 'provision: installing the DejaVu fonts (fonts-dejavu-core) for the chart pictures'],
  php: ['php-cli', "provision: installing PHP (php-cli) for the kses tests (WordPress's post sanitizer)"],
  wordpress: ['wordpress', "provision: installing WordPress (wordpress) for the kses tests (WordPress's post sanitizer)"],
  java: ['default-jre-headless', 'provision: installing Java (default-jre-headless) for the Nu HTML Checker (vnu.jar)'],
  feedparser: ['python3-feedparser', "provision: installing Python's feedparser (python3-feedparser) for the RSS reader tests"],
};

for (const need of NEEDS) {
  test(`Debian as root, ${need.id} missing: installs ${need.debian} and says so in one line`, () => {
    const result = plan(machine(need.id));
    assert.equal(result.stop, null);
    assert.deepEqual(result.install, [expected[need.id][0]]);
    assert.deepEqual(result.say, [expected[need.id][1]]);
  });
}

test('Debian as root, everything missing: one apt-get install of every package, one line each', () => {
  const result = plan(machine(...NEEDS.map((need) => need.id)));
  assert.equal(result.stop, null);
  assert.deepEqual(result.install, [
    'chromium',
    'fonts-dejavu-core',
    'php-cli',
    'wordpress',
    'default-jre-headless',
    'python3-feedparser',
  ]);
  assert.equal(result.say.length, 6);
});

test('Ubuntu as root: installs Java and feedparser from apt', () => {
  const result = plan(machine('java', 'feedparser'), UBUNTU);
  assert.equal(result.stop, null);
  assert.deepEqual(result.install, ['default-jre-headless', 'python3-feedparser']);
});

test('Ubuntu as root without Chromium: stops, since its chromium package is a snap; names the rest to install', () => {
  const result = plan(machine('chromium', 'java'), UBUNTU);
  assert.deepEqual(result.install, []);
  assert.deepEqual(result.stop, [
    'provision: npm test needs Chromium, Java, which this machine lacks. Run this, then npm test again:',
    '  apt-get update && apt-get install -y --no-install-recommends default-jre-headless',
    "  and install Google Chrome or Chromium (Ubuntu's chromium package is a snap, which the tests cannot use), then set CHROME_PATH to its executable",
  ]);
});

test('Debian, not root: stops before any test with the sudo line to run', () => {
  const result = plan(machine('java', 'feedparser'), DEBIAN, 1000);
  assert.deepEqual(result.install, []);
  assert.deepEqual(result.say, []);
  assert.deepEqual(result.stop, [
    "provision: npm test needs Java, Python's feedparser, which this machine lacks; it installs them itself only when run as root. Run this, then npm test again:",
    '  sudo apt-get update && sudo apt-get install -y --no-install-recommends default-jre-headless python3-feedparser',
  ]);
});

test('Windows (no uid) counts as not root', () => {
  const result = planProvision({ facts: machine('php'), osRelease: DEBIAN, uid: undefined });
  assert.ok(result.stop);
  assert.match(result.stop.join('\n'), /sudo apt-get install -y --no-install-recommends php-cli$/m);
});

test('not Debian or Ubuntu, even as root: stops with what to install and the env variables', () => {
  const result = plan(machine(...NEEDS.map((need) => need.id)), FEDORA, 0);
  assert.deepEqual(result.install, []);
  assert.deepEqual(result.stop, [
    "provision: npm test needs Chromium, the DejaVu fonts, PHP, WordPress, Java, Python's feedparser, which this machine lacks; it installs them itself only on Debian or Ubuntu. Run this, then npm test again:",
    '  install Chromium or Chrome (then set CHROME_PATH to its executable); the DejaVu fonts (DejaVuSans.ttf); ' +
      'PHP\'s command line ("php" on PATH); WordPress (then set WP_ROOT to its folder, the one with wp-includes/); ' +
      'a Java runtime, 17 or later ("java" on PATH, or set JAVA); feedparser for /usr/bin/python3 (/usr/bin/python3 -m pip install feedparser)',
  ]);
});

test('no os-release at all (macOS): stops with what to install', () => {
  const result = plan(machine('java'), '', 501);
  assert.deepEqual(result.stop, [
    'provision: npm test needs Java, which this machine lacks; it installs them itself only on Debian or Ubuntu. Run this, then npm test again:',
    '  install a Java runtime, 17 or later ("java" on PATH, or set JAVA)',
  ]);
});

test('NW_NO_PROVISION on Debian as root: checks only, and stops with the line to run', () => {
  const result = plan(machine('feedparser'), DEBIAN, 0, true);
  assert.deepEqual(result.install, []);
  assert.deepEqual(result.stop, [
    "provision: npm test needs Python's feedparser, which this machine lacks; NW_NO_PROVISION is set, so it installs nothing. Run this, then npm test again:",
    '  apt-get update && apt-get install -y --no-install-recommends python3-feedparser',
  ]);
});

test('CHROME_PATH set to a file that exists: the standard paths do not matter', () => {
  const result = plan({ ...machine('chromium'), chromePath: '/opt/chrome/chrome', chromePathFound: true });
  assert.equal(result.stop, null);
  assert.deepEqual(result.install, []);
});

test('CHROME_PATH set to a missing file: stops and installs nothing, even when Chromium is elsewhere', () => {
  for (const chromium of [true, false]) {
    const facts = { ...machine('java'), chromium, chromePath: '/opt/chrome/chrome', chromePathFound: false };
    const result = plan(facts);
    assert.deepEqual(result.install, []);
    assert.deepEqual(result.stop, [
      'provision: CHROME_PATH is /opt/chrome/chrome, which does not exist: set it to a Chrome or Chromium executable, or unset it.',
      'provision: npm test needs Java, which this machine lacks. Run this, then npm test again:',
      '  apt-get update && apt-get install -y --no-install-recommends default-jre-headless',
    ]);
  }
});

test("CHROME_PATH naming Debian's /usr/bin/chromium, missing: installs chromium", () => {
  const result = plan({ ...machine('chromium'), chromePath: '/usr/bin/chromium', chromePathFound: false });
  assert.equal(result.stop, null);
  assert.deepEqual(result.install, ['chromium']);
});

test('WP_ROOT set to a folder without kses.php: stops; set to Debian’s folder: installs wordpress', () => {
  const elsewhere = plan({ ...machine('wordpress'), wpRoot: '/srv/wp' });
  assert.deepEqual(elsewhere.install, []);
  assert.deepEqual(elsewhere.stop, [
    "provision: WP_ROOT is /srv/wp, which has no wp-includes/kses.php: set it to a WordPress folder, or unset it to use Debian's /usr/share/wordpress.",
  ]);
  const debian = plan({ ...machine('wordpress'), wpRoot: '/usr/share/wordpress/' });
  assert.deepEqual(debian.install, ['wordpress']);
});

const script = fileURLToPath(new URL('../../scripts/provision.mjs', import.meta.url));

test('the script stops with exit 1 and the message, installing nothing, when CHROME_PATH names nothing', () => {
  const run = spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { ...process.env, CHROME_PATH: '/nonexistent/chrome', NW_NO_PROVISION: '1' },
  });
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stderr, /^provision: CHROME_PATH is \/nonexistent\/chrome, which does not exist/m);
});

test('the script stops with exit 1 when WP_ROOT names a folder without WordPress', () => {
  const run = spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { ...process.env, WP_ROOT: '/nonexistent/wordpress', NW_NO_PROVISION: '1' },
  });
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stderr, /^provision: WP_ROOT is \/nonexistent\/wordpress, which has no wp-includes\/kses\.php/m);
});
