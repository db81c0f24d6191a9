// HTML through WordPress's real post sanitizer, wp_kses_post() (what a post by
// an Author keeps), via test/support/kses.mjs. The expected strings are what
// WordPress 6.1 (Debian's `wordpress` package) returns; they document its
// behaviour. Needs php and WordPress: apt-get install --no-install-recommends php-cli wordpress
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ksesAvailable, ksesPost, wpRoot } from '../support/kses.mjs';

const missing = () =>
  `php or ${wpRoot()}/wp-includes/kses.php is missing. Install them (as root) with:\n` +
  '  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends php-cli wordpress\n' +
  'or set WP_ROOT to a WordPress folder. npm test installs them first (scripts/provision.mjs).';

/** wp_kses_post(html); fails with how to install php and WordPress when they are missing. */
function kses(html) {
  assert.ok(ksesAvailable(), missing());
  return ksesPost(html);
}

test('php and WordPress kses.php are installed', () => {
  assert.ok(ksesAvailable(), missing());
});

test('a paragraph survives', () => {
  assert.equal(kses('<p>text</p>'), '<p>text</p>');
});

test('a script element is removed and its text is left behind', () => {
  assert.equal(kses('<script>alert(1)</script><p>x</p>'), 'alert(1)<p>x</p>');
});

test('a custom element is removed with its attributes; its fallback content stays', () => {
  assert.equal(kses('<nw-figure-card value="5000" label="x"><p>fallback</p></nw-figure-card>'), '<p>fallback</p>');
});

test('an inline JSON payload is left behind as raw text', () => {
  assert.equal(kses('<script type="application/json">{"version":1}</script>'), '{"version":1}');
});

test('a div with data-* attributes comes through byte for byte', () => {
  const html =
    '<div data-nw="figure-card" data-figure="detained" data-src="/data/kz.json"><p>More than 5,000 people detained (Sputnik)</p></div>';
  assert.equal(kses(html), html);
});

test('data-* attributes with hyphenated names survive', () => {
  const html =
    '<div data-payload-id="p1" data-heading-level="3" data-show-table="true" data-aspect-ratio="16:9"' +
    ' data-source-url="https://example.com/a?b=1&amp;c=2" data-as-of="2024-01-05" data-speaker-role="minister"></div>';
  assert.equal(kses(html), html);
});

test('an onclick attribute is removed', () => {
  assert.equal(
    kses('<div data-nw="figure-card" data-figure="detained" onclick="alert(1)"><p>x</p></div>'),
    '<div data-nw="figure-card" data-figure="detained"><p>x</p></div>',
  );
});

test('a javascript: href loses its protocol', () => {
  assert.equal(kses('<a href="javascript:alert(1)">x</a>'), '<a href="alert(1)">x</a>');
});

test('the output has no newline added', () => {
  assert.equal(kses('x'), 'x');
  assert.equal(kses('<p>a</p>\n'), '<p>a</p>\n');
});

test('a sanitizer failure is an error with what php said', () => {
  assert.ok(ksesAvailable(), missing());
  const before = process.env.WP_ROOT;
  process.env.WP_ROOT = '/nonexistent/wordpress';
  try {
    assert.throws(() => ksesPost('<p>x</p>'), /exited with status 2:\nkses\.php: no WordPress at \/nonexistent\/wordpress/);
  } finally {
    if (before === undefined) delete process.env.WP_ROOT;
    else process.env.WP_ROOT = before;
  }
});
