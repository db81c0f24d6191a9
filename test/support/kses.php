<?php
/**
 * Reads HTML on stdin and prints what WordPress's post sanitizer,
 * wp_kses_post(), makes of it, with no newline added.
 *
 *   php test/support/kses.php < post.html
 *
 * WordPress is loaded from WP_ROOT (default /usr/share/wordpress, Debian's
 * `wordpress` package). This is what WordPress does to the content of a post
 * saved by a user without the `unfiltered_html` capability (an Author or a
 * Contributor): kses_init() hooks wp_filter_post_kses() on content_save_pre,
 * which is wp_kses( $content, 'post' ), that is wp_kses_post(), on the
 * unslashed content. The allowed tags are $allowedposttags from kses.php.
 *
 * No WordPress function is replaced. These files of WordPress's own are
 * loaded, each because the sanitizer calls into it:
 *
 *   load.php                   wp_installing(), is_multisite(), get_current_blog_id(),
 *                              is_admin(), which the files below call
 *   plugin.php                 the real hook API: apply_filters() for
 *                              pre_kses, wp_kses_allowed_html, kses_allowed_protocols,
 *                              wp_kses_uri_attributes, safe_style_css …
 *   functions.php              wp_allowed_protocols(); wp_upload_dir() for the
 *                              PDF check on <object data>; it loads option.php,
 *                              get_option()
 *   formatting.php             esc_html(), esc_attr(), wp_pre_kses_less_than(),
 *                              wp_pre_kses_block_attributes()
 *   cache.php                  the object cache get_option() reads options from
 *   http.php                   wp_parse_url() (the PDF check)
 *   class-wp-block-parser.php  parse_blocks(), for
 *   blocks.php                 filter_block_content(): block comment attributes
 *                              are sanitized too
 *   kses.php                   the sanitizer
 *   default-filters.php        the hooks every WordPress site registers; the
 *                              sanitizer's are wp_pre_kses_less_than and
 *                              wp_pre_kses_block_attributes on pre_kses
 *
 * What stands in for a running site:
 *
 *   $wpdb            a database with an empty wp_options table (NoDatabase
 *                    below), so an option that is not primed reads as not set,
 *                    as on a site where nobody has set it.
 *   site options     blog_charset UTF-8 and the address and uploads settings a
 *                    fresh install has, primed in WordPress's object cache the
 *                    way wp_load_alloptions() leaves them.
 *   WP_CONTENT_DIR,  the constants WordPress defines at start-up
 *   WP_CONTENT_URL   (default-constants.php); only the PDF check reads them.
 *
 * Any PHP warning, notice or error stops the script with exit status 1 and a
 * message on stderr, so a missing piece never passes for sanitizer output.
 */

error_reporting( E_ALL );
ini_set( 'display_errors', 'stderr' );
ini_set( 'log_errors', '0' );
set_error_handler(
	static function ( $severity, $message, $file, $line ) {
		throw new ErrorException( $message, 0, $severity, $file, $line );
	}
);
set_exception_handler(
	static function ( $error ) {
		fwrite( STDERR, 'kses.php: ' . get_class( $error ) . ': ' . $error->getMessage() . "\n" . $error->getTraceAsString() . "\n" );
		exit( 1 );
	}
);

$wp_root = rtrim( getenv( 'WP_ROOT' ) ?: '/usr/share/wordpress', '/' );
if ( ! is_file( $wp_root . '/wp-includes/kses.php' ) ) {
	fwrite( STDERR, "kses.php: no WordPress at $wp_root (wp-includes/kses.php is missing). Install it with:\n  apt-get install --no-install-recommends php-cli wordpress\nor set WP_ROOT to a WordPress folder.\n" );
	exit( 2 );
}

/** An empty wp_options table: every query finds nothing. */
final class NoDatabase {
	public $options = 'wp_options';

	public function suppress_errors( $suppress = true ) {
		return false;
	}

	public function prepare( $query, ...$args ) {
		return $query;
	}

	public function get_row( $query = null, $output = 'OBJECT', $y = 0 ) {
		return null;
	}

	public function get_results( $query = null, $output = 'OBJECT' ) {
		return array();
	}
}

const SITE_URL = 'http://example.org';

define( 'ABSPATH', $wp_root . '/' );
define( 'WPINC', 'wp-includes' );
define( 'WP_CONTENT_DIR', ABSPATH . 'wp-content' );
define( 'WP_CONTENT_URL', SITE_URL . '/wp-content' );

$GLOBALS['wpdb'] = new NoDatabase();

require ABSPATH . WPINC . '/load.php';
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/functions.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/cache.php';
require ABSPATH . WPINC . '/http.php';
require ABSPATH . WPINC . '/class-wp-block-parser.php';
require ABSPATH . WPINC . '/blocks.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/default-filters.php';

wp_cache_init();
wp_cache_add(
	'alloptions',
	array(
		'blog_charset'                  => 'UTF-8',
		'siteurl'                       => SITE_URL,
		'home'                          => SITE_URL,
		'upload_path'                   => '',
		'upload_url_path'               => '',
		'uploads_use_yearmonth_folders' => '1',
	),
	'options'
);

$input = stream_get_contents( STDIN );
if ( false === $input ) {
	fwrite( STDERR, "kses.php: could not read stdin\n" );
	exit( 1 );
}
echo wp_kses_post( $input );
