// WordPress's post sanitizer, wp_kses_post(), for tests: HTML goes through
// test/support/kses.php, which loads the real wp-includes/kses.php (Debian's
// `wordpress` package, or the WordPress folder in WP_ROOT) with `php`. The
// result is what WordPress keeps of a post saved by an Author (a user without
// `unfiltered_html`). Install with: apt-get install --no-install-recommends php-cli wordpress
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./kses.php', import.meta.url));

/** The WordPress folder the sanitizer is loaded from: WP_ROOT, or Debian's /usr/share/wordpress. */
export const wpRoot = () => process.env.WP_ROOT || '/usr/share/wordpress';

/**
 * Whether `php` runs and WordPress's wp-includes/kses.php is there.
 * @returns {boolean}
 */
export function ksesAvailable() {
  if (!existsSync(join(wpRoot(), 'wp-includes', 'kses.php'))) return false;
  const run = spawnSync('php', ['--version'], { encoding: 'utf8' });
  return run.status === 0;
}

/**
 * What WordPress's wp_kses_post() returns for `html`, byte for byte.
 * @param {string} html
 * @returns {string}
 * @throws {Error} when php is missing or the script fails; the message has php's stderr.
 */
export function ksesPost(html) {
  const run = spawnSync('php', [script], {
    input: html,
    encoding: 'utf8',
    env: { ...process.env, WP_ROOT: wpRoot() },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`ksesPost: could not run php (${run.error.message})`, { cause: run.error });
  if (run.status !== 0) {
    const how = run.status === null ? `was killed by ${run.signal}` : `exited with status ${run.status}`;
    throw new Error(`ksesPost: php ${script} ${how}:\n${run.stderr.trim()}`);
  }
  return run.stdout;
}
