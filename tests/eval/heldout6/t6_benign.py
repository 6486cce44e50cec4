"""Benign look-alikes of the sixth held-out set: the same places and shapes
as its malicious samples, doing what real applications do there (framework
middleware, providers and controllers running fixed commands, CMS modules and
plugins, Composer's autoload files, WordPress drop-ins and must-use loaders,
gettext and JSON translations read by hand, a sitemap generator that knows
crawlers, real ionCube-encoded files, a licence check, newsletter and
transactional mailers, login pages of the kits' sectors and languages, a CORS
proxy with an allowlist, 2FA enrolment with a QR code, a Turnstile-protected
contact form, order webhooks, a queue worker daemon, a health checker, a chat
moderation bot, systemd user units, deploy keys and DB tunnels, wp-cli
maintenance, a tokenised payment gateway, binary parsers with unpack, a
legacy site running .html as PHP, and a security plugin's signature list).

Written blind (README.md). Nothing here is run."""

import json

from common6 import (T, b64, deflate_raw, dom, hexname, image_bytes, ip, mo_file, rword, slug, theme, word, wp_filler,
                     plugin_header, chunks)
from t6_mp import BRANDS, TXT, page


def title(w):
    return w[:1].upper() + w[1:]


def k_laravel_mw(r, S):
    cls = r.choice(("SetLocaleFromHeader", "TrustHosts", "EnsureTeamMembership", "AddSecurityHeaders"))
    body = T("""<?php

namespace App\\Http\\Middleware;

use Closure;
use Illuminate\\Http\\Request;
use Symfony\\Component\\HttpFoundation\\Response;

class {{cls}}
{
    /**
     * Handle an incoming request.
     */
    public function handle(Request $request, Closure $next): Response
    {
        $locale = $request->getPreferredLanguage(config('app.supported_locales', ['en', 'it', 'pl', 'nl']));
        if ($locale) {
            app()->setLocale($locale);
        }

        /** @var Response $response */
        $response = $next($request);
        $response->headers->set('X-Frame-Options', 'SAMEORIGIN');
        $response->headers->set('X-Content-Type-Options', 'nosniff');
        $response->headers->set('Referrer-Policy', 'strict-origin-when-cross-origin');
        if ($request->secure()) {
            $response->headers->set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
        }

        return $response;
    }
}
""", cls=cls)
    return [("app/Http/Middleware/%s.php" % cls, body, "php")]


def k_laravel_provider(r, S):
    body = T("""<?php

namespace App\\Providers;

use Illuminate\\Support\\Facades\\DB;
use Illuminate\\Support\\Facades\\Route;
use Illuminate\\Support\\ServiceProvider;

class HealthServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        Route::middleware(['api', 'throttle:30,1'])->get('/up/{{seg}}', function () {
            $db = true;
            try {
                DB::select('select 1');
            } catch (\\Throwable $e) {
                $db = false;
            }
            return response()->json([
                'app' => config('app.name'),
                'db' => $db,
                'queue' => cache()->get('queue:last-heartbeat'),
                'version' => trim((string) @file_get_contents(base_path('VERSION'))),
            ], $db ? 200 : 503);
        });
    }
}
""", seg=r.choice(("health", "status", "ping")))
    return [("app/Providers/HealthServiceProvider.php", body, "php")]


def k_symfony_process(r, S):
    body = T("""<?php

namespace App\\Controller\\Admin;

use Symfony\\Bundle\\FrameworkBundle\\Controller\\AbstractController;
use Symfony\\Component\\HttpFoundation\\JsonResponse;
use Symfony\\Component\\Process\\Process;
use Symfony\\Component\\Routing\\Attribute\\Route;
use Symfony\\Component\\Security\\Http\\Attribute\\IsGranted;

#[IsGranted('ROLE_ADMIN')]
final class DeployInfoController extends AbstractController
{
    private const COMMANDS = [
        'revision' => ['git', 'rev-parse', '--short', 'HEAD'],
        'branch' => ['git', 'rev-parse', '--abbrev-ref', 'HEAD'],
        'php' => ['php', '--version'],
        'disk' => ['df', '-h', '.'],
    ];

    #[Route('/admin/deploy/{what}', name: 'admin_deploy_info', requirements: ['what' => 'revision|branch|php|disk'])]
    public function info(string $what): JsonResponse
    {
        $p = new Process(self::COMMANDS[$what], $this->getParameter('kernel.project_dir'));
        $p->setTimeout(10);
        $p->run();

        return $this->json(['what' => $what, 'ok' => $p->isSuccessful(), 'out' => trim($p->getOutput())]);
    }
}
""")
    return [("src/Controller/Admin/DeployInfoController.php", body, "php")]


def k_ci_upload(r, S):
    body = T("""<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class Avatar extends CI_Controller {

    public function __construct()
    {
        parent::__construct();
        $this->load->library(array('session', 'form_validation'));
        if (!$this->session->userdata('user_id')) {
            redirect('login');
        }
    }

    public function upload()
    {
        $config = array(
            'upload_path'   => FCPATH . 'uploads/avatars/',
            'allowed_types' => 'gif|jpg|jpeg|png|webp',
            'max_size'      => 2048,
            'max_width'     => 2000,
            'max_height'    => 2000,
            'encrypt_name'  => TRUE,
            'file_ext_tolower' => TRUE,
        );
        $this->load->library('upload', $config);
        if (!$this->upload->do_upload('avatar')) {
            $this->session->set_flashdata('error', $this->upload->display_errors('', ''));
            redirect('profile');
        }
        $data = $this->upload->data();
        $this->load->library('image_lib', array('source_image' => $data['full_path'], 'width' => 256, 'height' => 256, 'maintain_ratio' => TRUE));
        $this->image_lib->resize();
        $this->db->where('id', (int) $this->session->userdata('user_id'))->update('users', array('avatar' => $data['file_name']));
        redirect('profile');
    }
}
""")
    return [("application/controllers/Avatar.php", body, "php")]


def k_prestashop(r, S):
    m = r.choice(("ps_customtext2", "blockbanner", "ps_socialfollowx", "freeshippingbar"))
    body = T("""<?php
if (!defined('_PS_VERSION_')) {
    exit;
}

class {{M}} extends Module
{
    public function __construct()
    {
        $this->name = '{{m}}';
        $this->tab = 'front_office_features';
        $this->version = '1.{{v}}.0';
        $this->author = 'Example Web';
        $this->bootstrap = true;
        parent::__construct();
        $this->displayName = $this->l('Free shipping bar');
        $this->description = $this->l('Shows how much is left for free shipping.');
    }

    public function install()
    {
        return parent::install() && $this->registerHook('displayTop') && Configuration::updateValue('FSB_AMOUNT', 50);
    }

    public function getContent()
    {
        if (Tools::isSubmit('submit' . $this->name)) {
            Configuration::updateValue('FSB_AMOUNT', (float) Tools::getValue('FSB_AMOUNT'));
        }
        return '<form method="post"><input name="FSB_AMOUNT" value="' . (float) Configuration::get('FSB_AMOUNT') . '"><button name="submit' . $this->name . '">Save</button></form>';
    }

    public function hookDisplayTop($params)
    {
        $left = max(0, (float) Configuration::get('FSB_AMOUNT') - (float) $this->context->cart->getOrderTotal(true, Cart::ONLY_PRODUCTS));
        $this->context->smarty->assign('fsb_left', Tools::displayPrice($left));
        return $this->display(__FILE__, 'views/templates/hook/bar.tpl');
    }
}
""", M=title(m), m=m, v=r.randint(0, 9))
    return [("modules/%s/%s.php" % (m, m), body, "php")]


def k_drupal(r, S):
    body = T("""<?php

namespace Drupal\\security_headers\\EventSubscriber;

use Symfony\\Component\\EventDispatcher\\EventSubscriberInterface;
use Symfony\\Component\\HttpKernel\\Event\\ResponseEvent;
use Symfony\\Component\\HttpKernel\\KernelEvents;

/**
 * Adds security headers to every response.
 */
class SecurityHeadersSubscriber implements EventSubscriberInterface {

  /**
   * {@inheritdoc}
   */
  public static function getSubscribedEvents() {
    return [KernelEvents::RESPONSE => ['onResponse', -10]];
  }

  /**
   * Sets the headers.
   */
  public function onResponse(ResponseEvent $event) {
    $r = $event->getResponse();
    $r->headers->set('X-Content-Type-Options', 'nosniff');
    $r->headers->set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if ($event->getRequest()->headers->get('x-forwarded-proto') === 'https') {
      $r->headers->set('Strict-Transport-Security', 'max-age=63072000');
    }
  }

}
""")
    yml = "services:\n  security_headers.subscriber:\n    class: Drupal\\security_headers\\EventSubscriber\\SecurityHeadersSubscriber\n    tags:\n      - { name: event_subscriber }\n"
    return [("modules/custom/security_headers/src/EventSubscriber/SecurityHeadersSubscriber.php", body, "php"),
            ("modules/custom/security_headers/security_headers.services.yml", yml, "yaml")]


def k_composer(r, S):
    af = """<?php

// autoload_files.php @generated by Composer

$vendorDir = dirname(__DIR__);
$baseDir = dirname($vendorDir);

return array(
    '6e3fae29631ef280660b3cdad06f25a8' => $vendorDir . '/symfony/deprecation-contracts/function.php',
    '0e6d7bf4a5811bfa5cf40c5ccd6fae6a' => $vendorDir . '/symfony/polyfill-mbstring/bootstrap.php',
    '7b11c4dc42b3b3023073cb14e519683c' => $vendorDir . '/ralouphie/getallheaders/src/getallheaders.php',
    'c964ee0ededf28c96ebd9db5099ef910' => $vendorDir . '/guzzlehttp/promises/src/functions_include.php',
    '37a3dc5111fe8f707ab4c132ef1dbc62' => $vendorDir . '/guzzlehttp/guzzle/src/functions_include.php',
    'a4a119a56e50fbb293281d9a48007e0e' => $vendorDir . '/symfony/polyfill-php80/bootstrap.php',
);
"""
    gh = """<?php

if (!function_exists('getallheaders')) {

    /**
     * Get all HTTP header key/values as an associative array for the current request.
     *
     * @return string[string] The HTTP header key/value pairs.
     */
    function getallheaders()
    {
        $headers = array();

        $copy_server = array(
            'CONTENT_TYPE'   => 'Content-Type',
            'CONTENT_LENGTH' => 'Content-Length',
            'CONTENT_MD5'    => 'Content-Md5',
        );

        foreach ($_SERVER as $key => $value) {
            if (substr($key, 0, 5) === 'HTTP_') {
                $key = substr($key, 5);
                if (!isset($copy_server[$key]) || !isset($_SERVER[$key])) {
                    $key = str_replace(' ', '-', ucwords(strtolower(str_replace('_', ' ', $key))));
                    $headers[$key] = $value;
                }
            } elseif (isset($copy_server[$key])) {
                $headers[$copy_server[$key]] = $value;
            }
        }

        if (!isset($headers['Authorization'])) {
            if (isset($_SERVER['REDIRECT_HTTP_AUTHORIZATION'])) {
                $headers['Authorization'] = $_SERVER['REDIRECT_HTTP_AUTHORIZATION'];
            } elseif (isset($_SERVER['PHP_AUTH_USER'])) {
                $basic_pass = isset($_SERVER['PHP_AUTH_PW']) ? $_SERVER['PHP_AUTH_PW'] : '';
                $headers['Authorization'] = 'Basic ' . base64_encode($_SERVER['PHP_AUTH_USER'] . ':' . $basic_pass);
            } elseif (isset($_SERVER['PHP_AUTH_DIGEST'])) {
                $headers['Authorization'] = $_SERVER['PHP_AUTH_DIGEST'];
            }
        }

        return $headers;
    }

}
"""
    return [("vendor/composer/autoload_files.php", af, "php"), ("vendor/ralouphie/getallheaders/src/getallheaders.php", gh, "php")]


def k_db_dropin(r, S):
    body = """<?php
/**
 * Query logging drop-in (development sites only).
 */
if (!defined('ABSPATH')) {
    exit;
}

class Dev_Query_Log_DB extends wpdb {
    private $log_file;

    public function __construct($user, $pass, $name, $host) {
        $this->log_file = WP_CONTENT_DIR . '/debug-queries.log';
        parent::__construct($user, $pass, $name, $host);
    }

    public function query($query) {
        $start = microtime(true);
        $result = parent::query($query);
        $ms = (microtime(true) - $start) * 1000;
        if ($ms > 50 && defined('WP_DEBUG') && WP_DEBUG) {
            error_log(sprintf("[%s] %.1f ms %s\\n", gmdate('c'), $ms, preg_replace('/\\s+/', ' ', $query)), 3, $this->log_file);
        }
        return $result;
    }
}

if (defined('WP_DEBUG') && WP_DEBUG && (!defined('WP_ENVIRONMENT_TYPE') || WP_ENVIRONMENT_TYPE !== 'production')) {
    $wpdb = new Dev_Query_Log_DB(DB_USER, DB_PASSWORD, DB_NAME, DB_HOST);
}
"""
    return [("wp-content/db.php", body, "php")]


def k_adv_cache(r, S):
    body = """<?php
/**
 * Page cache drop-in.
 */
defined('ABSPATH') || exit;

if (!empty($_POST) || (defined('DOING_CRON') && DOING_CRON) || PHP_SAPI === 'cli') {
    return;
}
foreach ($_COOKIE as $name => $value) {
    if (preg_match('/^(wordpress_logged_in|comment_author|wp-postpass|woocommerce_items_in_cart)/', $name)) {
        return;
    }
}
$pc_host = preg_replace('/[^a-z0-9.\\-]/i', '', isset($_SERVER['HTTP_HOST']) ? $_SERVER['HTTP_HOST'] : '');
$pc_path = trim(preg_replace('/[^a-z0-9\\/\\-_]/i', '', strtok($_SERVER['REQUEST_URI'], '?')), '/');
$pc_file = WP_CONTENT_DIR . '/cache/page/' . $pc_host . '/' . ($pc_path === '' ? '' : $pc_path . '/') . 'index.html';
if (is_readable($pc_file) && filemtime($pc_file) > time() - 1800) {
    header('Content-Type: text/html; charset=UTF-8');
    header('X-Page-Cache: HIT');
    readfile($pc_file);
    exit;
}
header('X-Page-Cache: MISS');
"""
    return [("wp-content/advanced-cache.php", body, "php")]


def k_mu_loader(r, S):
    files = ("site-roles.php", "disable-comments.php", "smtp-settings.php", "security-tweaks.php")
    body = T("""<?php
/**
 * Plugin Name: Site MU Loader
 * Description: Loads the site's must-use plugins from subdirectories.
 */

defined('ABSPATH') || exit;

$site_mu_plugins = array(
{{list}}
);

foreach ($site_mu_plugins as $site_mu_file) {
    $site_mu_path = WPMU_PLUGIN_DIR . '/site/' . $site_mu_file;
    if (is_readable($site_mu_path)) {
        require_once $site_mu_path;
    }
}
unset($site_mu_plugins, $site_mu_file, $site_mu_path);
""", list="\n".join("    '%s'," % f for f in r.sample(files, r.randint(2, 4))))
    return [("wp-content/mu-plugins/site-loader.php", body, "php")]


def k_json_locale(r, S):
    loc = r.choice(("de_DE", "it_IT", "pl_PL", "nl_NL", "ja"))
    pl = slug(r)
    js = {"translation-revision-date": "2025-0%d-1%d 10:22:31+0000" % (r.randint(1, 9), r.randint(0, 9)), "generator": "GlotPress/4.0.1",
          "domain": "messages", "locale_data": {"messages": {"": {"domain": "messages", "plural-forms": "nplurals=2; plural=n != 1;", "lang": loc},
                                                             "Settings": ["Einstellungen"], "Save changes": ["Änderungen speichern"],
                                                             "%d item": ["%d Element", "%d Elemente"], "Loading…": ["Wird geladen …"]}}}
    loader = T("""<?php
/**
 * Script translations for the block editor.
 */
defined('ABSPATH') || exit;

add_action('init', function () {
    wp_register_script('{{pl}}-editor', plugins_url('build/index.js', __FILE__), array('wp-blocks', 'wp-i18n', 'wp-element'), '1.4.0', true);
    wp_set_script_translations('{{pl}}-editor', '{{pl}}', plugin_dir_path(__FILE__) . 'languages');
});

function {{fn}}_translation_count($locale) {
    $f = plugin_dir_path(__FILE__) . 'languages/{{pl}}-' . $locale . '-' . md5('build/index.js') . '.json';
    if (!is_readable($f)) {
        return 0;
    }
    $j = json_decode(file_get_contents($f), true);
    return isset($j['locale_data']['messages']) ? count($j['locale_data']['messages']) - 1 : 0;
}
""", pl=pl, fn=pl.replace("-", "_"))
    return [("wp-content/plugins/%s/languages/%s-%s-%s.json" % (pl, pl, loc, hexname(r, 32)), json.dumps(js, indent=2, ensure_ascii=False), "json"),
            ("wp-content/plugins/%s/includes/i18n.php" % pl, loader, "php")]


def k_mo_reader(r, S):
    mo = mo_file([("", "Content-Type: text/plain; charset=UTF-8\n"), ("Read more", "Weiterlesen"), ("Search", "Suche"),
                  ("Posted on %s", "Veröffentlicht am %s"), ("Leave a comment", "Schreibe einen Kommentar")])
    body = """<?php
/**
 * A small .mo reader for the static export (no WordPress loaded).
 */
final class Mo_Reader {
    private $strings = array();

    public function __construct($file) {
        $d = @file_get_contents($file);
        if ($d === false || strlen($d) < 28) {
            return;
        }
        $magic = unpack('V', substr($d, 0, 4));
        $e = ($magic[1] & 0xffffffff) === 0x950412de ? 'V' : 'N';
        $h = unpack($e . '7', substr($d, 0, 28));
        for ($i = 0; $i < $h[3]; $i++) {
            $o = unpack($e . '2', substr($d, $h[4] + $i * 8, 8));
            $t = unpack($e . '2', substr($d, $h[5] + $i * 8, 8));
            $this->strings[substr($d, $o[2], $o[1])] = substr($d, $t[2], $t[1]);
        }
    }

    public function gettext($s) {
        return isset($this->strings[$s]) && $this->strings[$s] !== '' ? $this->strings[$s] : $s;
    }
}
"""
    t = theme(r)
    return [("wp-content/themes/%s/inc/class-mo-reader.php" % t, body, "php"), ("wp-content/themes/%s/languages/de_DE.mo" % t, mo, "mo")]


def k_sitemap(r, S):
    body = """<?php
/**
 * Plugin Name: Lean Sitemaps
 * Description: XML sitemap and crawler-aware analytics.
 * Version: 2.3.1
 */
defined('ABSPATH') || exit;

function lean_is_crawler() {
    $ua = isset($_SERVER['HTTP_USER_AGENT']) ? strtolower($_SERVER['HTTP_USER_AGENT']) : '';
    return (bool) preg_match('/(googlebot|bingbot|yandex|baiduspider|duckduckbot|applebot)/', $ua);
}

add_action('wp_head', function () {
    if (lean_is_crawler() || is_user_logged_in()) {
        return; // do not count crawlers or editors
    }
    echo "<script defer data-domain=\\"" . esc_attr(wp_parse_url(home_url(), PHP_URL_HOST)) . "\\" src=\\"https://stats.example.com/js/script.js\\"></script>\\n";
});

add_action('init', function () {
    add_rewrite_rule('^lean-sitemap\\\\.xml$', 'index.php?lean_sitemap=1', 'top');
});
add_filter('query_vars', function ($v) { $v[] = 'lean_sitemap'; return $v; });
add_action('template_redirect', function () {
    if (!get_query_var('lean_sitemap')) {
        return;
    }
    header('Content-Type: application/xml; charset=UTF-8');
    echo '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
    foreach (get_posts(array('numberposts' => 2000, 'post_type' => array('post', 'page'), 'post_status' => 'publish')) as $p) {
        printf('<url><loc>%s</loc><lastmod>%s</lastmod></url>', esc_url(get_permalink($p)), esc_html(get_post_modified_time('c', true, $p)));
    }
    echo '</urlset>';
    exit;
});
"""
    return [("wp-content/plugins/lean-sitemaps/lean-sitemaps.php", body, "php")]


def k_ioncube(r, S):
    blob = bytes(r.randint(0, 255) for _ in range(r.randint(1500, 4000)))
    enc = b64(blob)
    # real encoded files: a loader check, then the bytecode after the closing tag
    head = ("<?php //004%s\n// Copyright %s. All rights reserved.\n// This file is encoded.\n"
            "if(!extension_loaded('ionCube Loader')){$__oc=strtolower(substr(php_uname(),0,3));$__ln='ioncube_loader_'.$__oc.'_'.substr(phpversion(),0,3).(($__oc=='win')?'.dll':'.so');"
            "if(function_exists('dl')){@dl($__ln);}if(function_exists('_il_exec')){return _il_exec();}"
            "$__ln='/ioncube/'.$__ln;$__oid=$__id=realpath(ini_get('extension_dir'));$__here=dirname(__FILE__);"
            "die('The file '.__FILE__.\" is corrupted or needs the ionCube Loader.\\n\");}return _il_exec();\n?>\n"
            % (hexname(r, 2), r.choice(("WHMCS Limited", "Example Software Ltd", "Acme Modules"))))
    body = head + "HR+c" + "\n".join(chunks(enc, 76)) + "\n"
    d = r.choice(("modules/servers/%s" % word(r, 4, 8), "includes/classes", "wp-content/plugins/%s/lib" % slug(r)))
    return [("%s/%s" % (d, r.choice(("license.php", "core.php", "api.php"))), body, "php")]


def k_license(r, S):
    t = theme(r).replace("-", "_")
    body = T("""<?php
defined('ABSPATH') || exit;

class {{T}}_Updater {
    const API = 'https://updates.example.com/v1/';

    public function __construct() {
        add_filter('pre_set_site_transient_update_themes', array($this, 'check'));
    }

    public function check($transient) {
        $key = trim((string) get_option('{{t}}_license_key'));
        if ($key === '' || empty($transient->checked)) {
            return $transient;
        }
        $res = wp_remote_post(self::API . 'check', array('timeout' => 10, 'body' => array(
            'key' => $key, 'site' => home_url(), 'version' => wp_get_theme('{{t}}')->get('Version'),
        )));
        if (is_wp_error($res) || 200 !== wp_remote_retrieve_response_code($res)) {
            return $transient;
        }
        $j = json_decode(wp_remote_retrieve_body($res), true);
        update_option('{{t}}_license_status', isset($j['status']) ? sanitize_key($j['status']) : 'unknown', false);
        if (!empty($j['new_version']) && version_compare($j['new_version'], wp_get_theme('{{t}}')->get('Version'), '>')) {
            $transient->response['{{t}}'] = array('theme' => '{{t}}', 'new_version' => $j['new_version'],
                'package' => esc_url_raw($j['package']), 'url' => 'https://www.example.com/changelog/');
        }
        return $transient;
    }
}
new {{T}}_Updater();
""", t=t, T=title(t))
    return [("wp-content/themes/%s/inc/class-updater.php" % theme(r), body, "php")]


def k_laravel_news(r, S):
    body = """<?php

namespace App\\Console\\Commands;

use App\\Mail\\MonthlyNewsletter;
use App\\Models\\Subscriber;
use Illuminate\\Console\\Command;
use Illuminate\\Support\\Facades\\Mail;
use Illuminate\\Support\\Facades\\URL;

class SendNewsletter extends Command
{
    protected $signature = 'newsletter:send {issue} {--dry-run}';

    protected $description = 'Queue the newsletter for confirmed subscribers';

    public function handle(): int
    {
        $n = 0;
        Subscriber::query()->whereNotNull('confirmed_at')->whereNull('unsubscribed_at')
            ->chunkById(500, function ($subs) use (&$n) {
                foreach ($subs as $s) {
                    $unsub = URL::signedRoute('newsletter.unsubscribe', ['subscriber' => $s->id]);
                    if (!$this->option('dry-run')) {
                        Mail::to($s->email)->queue(new MonthlyNewsletter($this->argument('issue'), $unsub));
                    }
                    $n++;
                }
            });
        $this->info("queued $n");
        return self::SUCCESS;
    }
}
"""
    return [("app/Console/Commands/SendNewsletter.php", body, "php")]


def k_sendgrid_tx(r, S):
    body = """<?php
/**
 * Transactional mail through the provider's HTTP API (password resets, receipts).
 */
final class TransactionalMailer
{
    public function __construct(private string $apiKey, private string $from) {}

    public static function fromEnv(): self
    {
        return new self((string) getenv('SENDGRID_API_KEY'), (string) getenv('MAIL_FROM'));
    }

    public function send(string $to, string $templateId, array $data): bool
    {
        if (!filter_var($to, FILTER_VALIDATE_EMAIL)) {
            return false;
        }
        $payload = [
            'from' => ['email' => $this->from],
            'personalizations' => [['to' => [['email' => $to]], 'dynamic_template_data' => $data]],
            'template_id' => $templateId,
        ];
        $ch = curl_init('https://api.sendgrid.com/v3/mail/send');
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . $this->apiKey, 'Content-Type: application/json'],
            CURLOPT_POSTFIELDS => json_encode($payload),
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 10,
        ]);
        curl_exec($ch);
        $code = curl_getinfo($ch, CURLINFO_HTTP_CODE);
        curl_close($ch);
        return $code === 202;
    }
}
"""
    return [("src/Mail/TransactionalMailer.php", body, "php")]


def k_mb_contact(r, S):
    body = """<?php
mb_language('Japanese');
mb_internal_encoding('UTF-8');
session_start();
$errors = array();
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    if (!hash_equals($_SESSION['csrf'] ?? '', $_POST['csrf'] ?? '')) {
        $errors[] = '不正な送信です。';
    }
    $name = trim($_POST['name'] ?? '');
    $mail = trim($_POST['mail'] ?? '');
    $body = trim($_POST['body'] ?? '');
    if ($name === '' || !filter_var($mail, FILTER_VALIDATE_EMAIL) || $body === '') {
        $errors[] = '必須項目を入力してください。';
    }
    if (preg_match('/[\\r\\n]/', $name . $mail)) {
        $errors[] = '不正な文字が含まれています。';
    }
    if (!$errors) {
        $to = 'info@example.co.jp';
        $sub = '【お問い合わせ】' . $name . ' 様';
        $msg = "お名前: $name\\nメール: $mail\\n\\n$body\\n";
        mb_send_mail($to, $sub, $msg, 'From: noreply@example.co.jp' . "\\r\\n" . 'Reply-To: ' . $mail);
        header('Location: thanks.html');
        exit;
    }
}
$_SESSION['csrf'] = bin2hex(random_bytes(16));
?>
<form method="post"><input type="hidden" name="csrf" value="<?= $_SESSION['csrf'] ?>">
<p>お名前 <input name="name"></p><p>メール <input name="mail" type="email"></p><p>内容 <textarea name="body"></textarea></p>
<button>送信</button></form>
"""
    return [("contact/index.php", body, "php")]


def k_ruby_mailer(r, S):
    body = """# frozen_string_literal: true

class InvoiceMailer < ApplicationMailer
  default from: 'billing@example.com'

  def issued(invoice)
    @invoice = invoice
    @user = invoice.user
    return if @user.email_opt_out?

    attachments["invoice-#{invoice.number}.pdf"] = InvoicePdf.new(invoice).render
    headers['List-Unsubscribe'] = "<#{unsubscribe_url(token: @user.unsubscribe_token)}>"
    mail(to: @user.email, subject: I18n.t('mailers.invoice.subject', number: invoice.number))
  end
end
"""
    return [("app/mailers/invoice_mailer.rb", body, "ruby")]


def k_py_notify(r, S):
    body = T("""#!/usr/bin/env python3
\"\"\"Mail the on-call address when a site's health check fails (cron, every 5 min).\"\"\"
import asyncio
import json
from email.message import EmailMessage

import aiohttp
import aiosmtplib

CFG = json.load(open("/etc/sitecheck.json"))


async def check(session, url):
    try:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=10)) as r:
            return url, r.status
    except Exception as e:
        return url, str(e)


async def main():
    async with aiohttp.ClientSession() as s:
        results = await asyncio.gather(*(check(s, u) for u in CFG["urls"]))
    bad = [(u, st) for u, st in results if st != 200]
    if not bad:
        return
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = CFG["from"], CFG["oncall"], "%d site(s) down" % len(bad)
    msg.set_content("\\n".join("%s  %s" % b for b in bad))
    await aiosmtplib.send(msg, hostname="127.0.0.1", port=25)


asyncio.run(main())
""")
    return [("bin/sitecheck.py", body, "python")]


def k_login(r, S):
    key = r.choice(sorted(BRANDS))
    b, t = BRANDS[key], TXT[BRANDS[key]["lang"]]
    pg = page(b, t, [("username", t["user"], "text"), ("password", t["pw"], "password")], "/session")
    pg = pg.replace('<form method="post" action="/session" autocomplete="off">',
                    '<form method="post" action="/session" autocomplete="on">\n      <input type="hidden" name="_csrf" value="%s">' % hexname(r, 40))
    return [("templates/auth/login.html", pg, "html")]


def k_cors_proxy(r, S):
    body = T("""<?php
/**
 * Same-origin proxy for the public timetable API (the API sends no CORS headers).
 */
const UPSTREAM = 'https://api.{{d}}/v2/';
const ALLOWED = array('stops', 'departures', 'lines');

$path = isset($_GET['p']) ? (string) $_GET['p'] : '';
$first = strtok($path, '/');
if (!in_array($first, ALLOWED, true) || strpos($path, '..') !== false) {
    http_response_code(400);
    exit('bad path');
}
$q = $_GET;
unset($q['p']);
$cache = sys_get_temp_dir() . '/tt_' . md5($path . serialize($q));
if (is_file($cache) && filemtime($cache) > time() - 60) {
    header('Content-Type: application/json');
    readfile($cache);
    exit;
}
$ch = curl_init(UPSTREAM . $path . ($q ? '?' . http_build_query($q) : ''));
curl_setopt_array($ch, array(CURLOPT_RETURNTRANSFER => true, CURLOPT_TIMEOUT => 8,
    CURLOPT_HTTPHEADER => array('Accept: application/json', 'X-Api-Key: ' . getenv('TT_API_KEY'))));
$body = curl_exec($ch);
$code = curl_getinfo($ch, CURLINFO_HTTP_CODE);
curl_close($ch);
http_response_code($code ?: 502);
header('Content-Type: application/json');
if ($code === 200) {
    file_put_contents($cache, $body);
}
echo $body;
""", d=dom(r))
    return [("public/api/proxy.php", body, "php")]


def k_totp(r, S):
    body = """<?php
require __DIR__ . '/../bootstrap.php';
require_login();
$user = current_user();
if (empty($_SESSION['totp_secret'])) {
    $_SESSION['totp_secret'] = Base32::encode(random_bytes(20));
}
$secret = $_SESSION['totp_secret'];
$uri = 'otpauth://totp/' . rawurlencode('Example:' . $user['email']) . '?secret=' . $secret . '&issuer=Example';
$ok = null;
if ($_SERVER['REQUEST_METHOD'] === 'POST' && csrf_check($_POST['csrf'] ?? '')) {
    $ok = Totp::verify($secret, preg_replace('/\\D/', '', $_POST['code'] ?? ''), 1);
    if ($ok) {
        db()->prepare('UPDATE users SET totp_secret = ? WHERE id = ?')->execute([encrypt_secret($secret), $user['id']]);
        unset($_SESSION['totp_secret']);
        header('Location: /account/security?enabled=1');
        exit;
    }
}
?>
<h1>Two-factor authentication</h1>
<p>Scan the QR code with your authenticator app, then enter the 6-digit code.</p>
<img alt="QR code" src="/account/qr.php?d=<?= rawurlencode($uri) ?>" width="200" height="200">
<p>Or enter this key: <code><?= htmlspecialchars(chunk_split($secret, 4, ' ')) ?></code></p>
<?php if ($ok === false): ?><p class="error">That code is not valid.</p><?php endif; ?>
<form method="post"><input type="hidden" name="csrf" value="<?= csrf_token() ?>"><input name="code" inputmode="numeric" autocomplete="one-time-code"><button>Verify</button></form>
"""
    return [("public/account/2fa.php", body, "php")]


def k_turnstile(r, S):
    body = """<?php
$sent = false;
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $ctx = stream_context_create(array('http' => array('method' => 'POST', 'header' => "Content-Type: application/x-www-form-urlencoded\\r\\n",
        'content' => http_build_query(array('secret' => getenv('TURNSTILE_SECRET'), 'response' => $_POST['cf-turnstile-response'] ?? '',
            'remoteip' => $_SERVER['REMOTE_ADDR'])), 'timeout' => 5)));
    $v = json_decode((string) @file_get_contents('https://challenges.cloudflare.com/turnstile/v0/siteverify', false, $ctx), true);
    if (!empty($v['success']) && filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL)) {
        $msg = wordwrap(strip_tags((string) $_POST['message']), 70);
        $sent = mail('office@example.com', 'Website enquiry', $msg, 'Reply-To: ' . str_replace(array("\\r", "\\n"), '', $_POST['email']));
    }
}
?>
<!doctype html><html><head><meta charset="utf-8"><title>Contact</title>
<script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async defer></script></head><body>
<?php if ($sent): ?><p>Thank you, we will reply soon.</p><?php else: ?>
<form method="post"><input name="email" type="email" required><textarea name="message" required></textarea>
<div class="cf-turnstile" data-sitekey="0x4AAAAAAA<?= 'example' ?>"></div><button>Send</button></form><?php endif; ?>
</body></html>
"""
    return [("contact.php", body, "php")]


def k_order_webhook(r, S):
    body = T("""<?php
/**
 * Plugin Name: Order Alerts for Discord
 * Description: Posts new WooCommerce orders (number, total, items) to a Discord channel.
 * Version: 1.2.0
 */
defined('ABSPATH') || exit;

add_action('woocommerce_new_order', function ($order_id) {
    $url = get_option('oad_webhook_url');
    $order = wc_get_order($order_id);
    if (!$url || !$order) {
        return;
    }
    $items = array();
    foreach ($order->get_items() as $item) {
        $items[] = $item->get_quantity() . ' × ' . $item->get_name();
    }
    wp_remote_post($url, array('timeout' => 5, 'headers' => array('Content-Type' => 'application/json'), 'body' => wp_json_encode(array(
        'content' => sprintf('New order #%s: %s %s (%s)', $order->get_order_number(), $order->get_total(), $order->get_currency(), implode(', ', $items)),
    ))));
});

add_action('admin_init', function () {
    register_setting('general', 'oad_webhook_url', array('type' => 'string', 'sanitize_callback' => 'esc_url_raw'));
    add_settings_field('oad_webhook_url', 'Discord webhook URL', function () {
        printf('<input type="url" class="regular-text" name="oad_webhook_url" value="%s">', esc_attr(get_option('oad_webhook_url')));
    }, 'general');
});
""")
    return [("wp-content/plugins/order-alerts-discord/order-alerts-discord.php", body, "php")]


def k_worker(r, S):
    body = """<?php
// bin/worker.php: the job queue worker (systemd starts N of these)
declare(ticks=1);
if (PHP_SAPI !== 'cli') {
    exit(1);
}
require __DIR__ . '/../vendor/autoload.php';

$stop = false;
pcntl_signal(SIGTERM, function () use (&$stop) { $stop = true; });
pcntl_signal(SIGINT, function () use (&$stop) { $stop = true; });
cli_set_process_title('app-worker ' . getmypid());

$pdo = App\\Db::connect();
$handlers = array(
    'resize_image' => array(App\\Jobs\\ResizeImage::class, 'handle'),
    'send_receipt' => array(App\\Jobs\\SendReceipt::class, 'handle'),
    'export_csv' => array(App\\Jobs\\ExportCsv::class, 'handle'),
);
while (!$stop) {
    $pdo->beginTransaction();
    $job = $pdo->query("SELECT * FROM jobs WHERE run_at <= NOW() AND done = 0 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")->fetch();
    if (!$job) {
        $pdo->commit();
        sleep(2);
        continue;
    }
    if (isset($handlers[$job['type']])) {
        call_user_func($handlers[$job['type']], json_decode($job['payload'], true));
    }
    $pdo->prepare('UPDATE jobs SET done = 1, finished_at = NOW() WHERE id = ?')->execute(array($job['id']));
    $pdo->commit();
}
"""
    unit = ("[Unit]\nDescription=App queue worker %i\nAfter=network.target\n\n[Service]\nExecStart=/usr/bin/php /srv/app/bin/worker.php\n"
            "Restart=on-failure\nUser=app\n\n[Install]\nWantedBy=multi-user.target\n")
    return [("bin/worker.php", body, "php"), ("deploy/app-worker@.service", unit, "ini")]


def k_node_modbot(r, S):
    body = """const { Client, GatewayIntentBits } = require('discord.js');

const BANNED = [/free nitro/i, /discord\\.gift\\//i, /steamcommunity\\.[a-z]+\\/gift/i];
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });

client.on('messageCreate', async (m) => {
  if (m.author.bot) return;
  if (BANNED.some((re) => re.test(m.content))) {
    await m.delete().catch(() => {});
    const log = m.guild.channels.cache.find((c) => c.name === 'mod-log');
    if (log) log.send(`Removed a scam link from ${m.author.tag} in #${m.channel.name}`);
  }
  if (m.content === '!rules') m.reply('Be kind. No spam. No self-promotion.');
});

client.login(process.env.DISCORD_TOKEN);
"""
    return [("bots/modbot/index.js", body, "js")]


def k_user_units(r, S):
    app = r.choice(("shop-api", "blog-ssr", "ws-chat"))
    svc = ("[Unit]\nDescription=%s (Node)\n\n[Service]\nWorkingDirectory=%%h/apps/%s\nExecStart=/usr/bin/node server.js\n"
           "Environment=NODE_ENV=production PORT=3%03d\nRestart=on-failure\n\n[Install]\nWantedBy=default.target\n" % (app, app, r.randint(0, 999)))
    tmr = ("[Unit]\nDescription=Nightly cache warm for %s\n\n[Timer]\nOnCalendar=*-*-* 04:15:00\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n" % app)
    warm = ("[Unit]\nDescription=Cache warm\n\n[Service]\nType=oneshot\nExecStart=/usr/bin/curl -fsS -o /dev/null http://127.0.0.1:3000/sitemap.xml\n")
    return [(".config/systemd/user/%s.service" % app, svc, "ini"), (".config/systemd/user/%s-warm.timer" % app, tmr, "ini"),
            (".config/systemd/user/%s-warm.service" % app, warm, "ini")]


def k_deploy_key(r, S):
    sh = T("""#!/bin/bash
# Add the CI deploy key (read from the repo's docs) for this account only; asks first.
set -euo pipefail
KEY_FILE=${1:-deploy/ci_deploy_key.pub}
grep -qE '^ssh-(ed25519|rsa) [A-Za-z0-9+/=]+ ci-deploy@{{d}}$' "$KEY_FILE" || { echo "not our deploy key" >&2; exit 1; }
mkdir -p ~/.ssh && chmod 700 ~/.ssh
touch ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys
if grep -qF "$(cat "$KEY_FILE")" ~/.ssh/authorized_keys; then
	echo "already installed"
	exit 0
fi
read -r -p "Install $(cut -d' ' -f3 "$KEY_FILE") with command= restriction? [y/N] " a
[ "$a" = y ] || exit 0
printf 'command="/home/%s/bin/deploy.sh",no-port-forwarding,no-agent-forwarding,no-pty %s\\n' "$(id -un)" "$(cat "$KEY_FILE")" >>~/.ssh/authorized_keys
echo "installed"
""", d=dom(r))
    return [("bin/install-deploy-key.sh", sh, "sh")]


def k_db_tunnel(r, S):
    sh = T("""#!/bin/bash
# Local port 3307 -> the reporting DB, for the nightly export (see docs/reporting.md)
exec autossh -M 0 -N -o ServerAliveInterval=30 -o ServerAliveCountMax=3 -o ExitOnForwardFailure=yes \\
	-i ~/.ssh/reporting_ed25519 -L 127.0.0.1:3307:127.0.0.1:3306 report@db.{{d}}
""", d=dom(r))
    return [("bin/db-tunnel.sh", sh, "sh")]


def k_wpcli_maint(r, S):
    sh = """#!/bin/bash
# Weekly maintenance of the account's WordPress sites (cron, Sunday 03:00)
set -u
LOG=$HOME/logs/wp-maint-$(date +%F).log
find "$HOME" -maxdepth 3 -name wp-config.php -not -path '*/backup*' | while read -r cfg; do
	d=$(dirname "$cfg")
	echo "== $d" >>"$LOG"
	wp --path="$d" db export "$HOME/backups/$(basename "$d")-$(date +%F).sql" --quiet >>"$LOG" 2>&1 || continue
	wp --path="$d" core update --minor >>"$LOG" 2>&1
	wp --path="$d" plugin update --all --exclude=woocommerce >>"$LOG" 2>&1
	wp --path="$d" transient delete --expired >>"$LOG" 2>&1
	wp --path="$d" user list --role=administrator --fields=user_login,user_email >>"$LOG" 2>&1
done
find "$HOME/backups" -name '*.sql' -mtime +30 -delete
"""
    return [("bin/wp-maint.sh", sh, "sh"), ("crontab", "MAILTO=admin@example.com\n0 3 * * 0 /bin/bash $HOME/bin/wp-maint.sh\n", "crontab")]


def k_stripe_gw(r, S):
    body = """<?php
/**
 * Card payments with Stripe Elements: the card never reaches this server,
 * only a PaymentMethod id does.
 */
defined('ABSPATH') || exit;

class WC_Gateway_Example_Stripe extends WC_Payment_Gateway {
    public function __construct() {
        $this->id = 'example_stripe';
        $this->method_title = 'Card (Stripe)';
        $this->has_fields = true;
        $this->supports = array('products', 'refunds');
        $this->init_form_fields();
        $this->init_settings();
    }

    public function payment_fields() {
        echo '<div id="example-card-element"></div><input type="hidden" name="example_pm" id="example_pm">';
    }

    public function process_payment($order_id) {
        $order = wc_get_order($order_id);
        $pm = isset($_POST['example_pm']) ? sanitize_text_field(wp_unslash($_POST['example_pm'])) : '';
        if (strpos($pm, 'pm_') !== 0) {
            wc_add_notice(__('Payment error: please try again.', 'example'), 'error');
            return array('result' => 'failure');
        }
        $res = wp_remote_post('https://api.stripe.com/v1/payment_intents', array(
            'headers' => array('Authorization' => 'Bearer ' . $this->get_option('secret_key')),
            'body' => array('amount' => (int) round($order->get_total() * 100), 'currency' => strtolower($order->get_currency()),
                'payment_method' => $pm, 'confirm' => 'true', 'metadata[order_id]' => $order_id),
        ));
        $j = json_decode(wp_remote_retrieve_body($res), true);
        if (isset($j['status']) && 'succeeded' === $j['status']) {
            $order->payment_complete($j['id']);
            return array('result' => 'success', 'redirect' => $this->get_return_url($order));
        }
        wc_add_notice(__('Card declined.', 'example'), 'error');
        return array('result' => 'failure');
    }
}
"""
    return [("wp-content/plugins/example-stripe/includes/class-gateway.php", body, "php")]


def k_png_reader(r, S):
    body = """<?php
/**
 * Reads a PNG's size and text chunks without GD (for the media library's metadata).
 */
function png_info($file) {
    $f = fopen($file, 'rb');
    if (!$f || fread($f, 8) !== "\\x89PNG\\r\\n\\x1a\\n") {
        return null;
    }
    $info = array('text' => array());
    while (!feof($f)) {
        $h = fread($f, 8);
        if (strlen($h) < 8) {
            break;
        }
        $c = unpack('Nlen/a4type', $h);
        $data = $c['len'] ? fread($f, $c['len']) : '';
        fread($f, 4); // crc
        if ($c['type'] === 'IHDR') {
            $info += unpack('Nwidth/Nheight/Cdepth/Ccolor', $data);
        } elseif ($c['type'] === 'tEXt') {
            list($k, $v) = explode("\\0", $data, 2) + array(1 => '');
            $info['text'][$k] = $v;
        } elseif ($c['type'] === 'zTXt') {
            list($k, $v) = explode("\\0", $data, 2) + array(1 => '');
            $info['text'][$k] = (string) @gzuncompress(substr($v, 1));
        } elseif ($c['type'] === 'IEND') {
            break;
        }
    }
    fclose($f);
    return $info;
}
"""
    return [("wp-content/plugins/media-meta/includes/png.php", body, "php"), ("wp-content/plugins/media-meta/tests/fixture.png", image_bytes(r), "png")]


def k_hashids(r, S):
    body = """<?php
/**
 * Short, reversible ids for share links (not a security measure).
 */
final class ShortId
{
    private const ALPHABET = 'k3VbQ7hZyNcT1mWxP9sGfJ2dLr8aU5eHn4qR6tKoYvBwXzCg';

    public static function encode(int $n, int $salt = 0x5bd1e995): string
    {
        $n = ($n ^ $salt) & 0x7fffffff;
        $n = (($n << 7) | ($n >> 24)) & 0x7fffffff;
        $out = '';
        $base = strlen(self::ALPHABET);
        do {
            $out = self::ALPHABET[$n % $base] . $out;
            $n = intdiv($n, $base);
        } while ($n > 0);
        return $out;
    }

    public static function decode(string $s, int $salt = 0x5bd1e995): int
    {
        $n = 0;
        $base = strlen(self::ALPHABET);
        foreach (str_split($s) as $ch) {
            $n = $n * $base + strpos(self::ALPHABET, $ch);
        }
        $n = (($n >> 7) | ($n << 24)) & 0x7fffffff;
        return ($n ^ $salt) & 0x7fffffff;
    }
}
"""
    return [("src/Util/ShortId.php", body, "php")]


def k_font_embed(r, S):
    blob = b64(deflate_raw(bytes(r.randint(0, 255) for _ in range(r.randint(800, 2000)))))
    body = T("""<?php
/**
 * Serves the icon font from one file (the theme ships as a single file for the marketplace).
 */
$font = '{{blob}}';
header('Content-Type: font/woff2');
header('Cache-Control: public, max-age=31536000, immutable');
echo gzinflate(base64_decode($font));
""", blob="'.\n    '".join(chunks(blob, 100)))
    return [("wp-content/themes/%s/assets/fonts/icons.php" % theme(r), body, "php")]


def k_legacy_html(r, S):
    ht = r.choice(("AddType application/x-httpd-php .html .htm\n", "AddHandler application/x-httpd-php .html\n"))
    html = ("<?php include $_SERVER['DOCUMENT_ROOT'] . '/inc/header.php'; ?>\n<main>\n<h1>%s</h1>\n<p>Opening hours: Mon-Fri 9-17.</p>\n"
            "<p>&copy; <?php echo date('Y'); ?> %s</p>\n</main>\n<?php include $_SERVER['DOCUMENT_ROOT'] . '/inc/footer.php'; ?>\n"
            % (r.choice(("Welcome to our bakery", "Dental practice", "Hotel Belvedere")), r.choice(("Example Ltd", "Rossi & Figli"))))
    head = "<?php\n$title = isset($title) ? $title : 'Home';\n?>\n<!doctype html><html><head><meta charset=\"utf-8\"><title><?php echo htmlspecialchars($title); ?></title></head><body>\n"
    return [(".htaccess", "Options -Indexes\n" + ht, "htaccess"), ("index.html", html, "php"), ("inc/header.php", head, "php"),
            ("inc/footer.php", "</body></html>\n", "php")]


def k_signatures(r, S):
    sigs = {"version": "2025.%02d.%02d" % (r.randint(1, 12), r.randint(1, 28)), "signatures": [
        {"id": "php.eval_post", "pattern": "eval\\s*\\(\\s*\\$_(POST|GET|REQUEST|COOKIE)", "severity": "critical"},
        {"id": "php.gzinflate_b64", "pattern": "gzinflate\\s*\\(\\s*base64_decode", "severity": "high"},
        {"id": "php.preg_e", "pattern": "preg_replace\\s*\\(\\s*['\\\"].*/e['\\\"]", "severity": "high"},
        {"id": "php.assert_var", "pattern": "assert\\s*\\(\\s*\\$", "severity": "medium"},
        {"id": "js.skimmer_ws", "pattern": "new WebSocket\\(['\\\"]wss://[^'\\\"]+['\\\"]\\).*card", "severity": "high"},
        {"id": "htaccess.append", "pattern": "php_value\\s+auto_(ap|pre)pend_file", "severity": "medium"},
        {"id": "mailer.imap_mail_loop", "pattern": "foreach.*imap_mail\\(", "severity": "medium"}]}
    body = """<?php
/**
 * Scans uploads against the signature file (read-only; reports to the admin).
 */
defined('ABSPATH') || exit;

function sitescan_load_signatures() {
    $j = json_decode((string) file_get_contents(__DIR__ . '/signatures.json'), true);
    return isset($j['signatures']) ? $j['signatures'] : array();
}

function sitescan_file($path, $sigs) {
    $hits = array();
    $data = (string) @file_get_contents($path, false, null, 0, 2 * 1024 * 1024);
    foreach ($sigs as $s) {
        if (@preg_match('~' . $s['pattern'] . '~si', $data)) {
            $hits[] = $s['id'];
        }
    }
    return $hits;
}
"""
    return [("wp-content/plugins/sitescan/signatures.json", json.dumps(sigs, indent=2), "json"),
            ("wp-content/plugins/sitescan/includes/scan.php", body, "php")]


def k_theme_layout(r, S):
    t = theme(r)
    p = t.replace("-", "_")
    fns = ("<?php\n/**\n * %s functions and definitions.\n */\n\nrequire get_stylesheet_directory() . '/inc/template-tags.php';\n\n" % title(t)) + \
        "\n".join(wp_filler(r, p, r.randint(3, 6)))
    tags = "<?php\n/**\n * Custom template tags for this theme.\n */\n\n" + "\n".join(wp_filler(r, p + "_tpl", r.randint(6, 12)))
    return [("wp-content/themes/%s/functions.php" % t, fns, "php"), ("wp-content/themes/%s/inc/template-tags.php" % t, tags, "php")]


def k_minjs(r, S):
    js = ("!function(e,t){\"use strict\";var n=function(e){for(var t=0,n=0;n<e.length;n++)t=(t<<5)-t+e.charCodeAt(n)|0;return(t>>>0).toString(36)},"
          "o=function(){try{return localStorage.getItem(\"_vid\")||(localStorage.setItem(\"_vid\",n(Date.now()+\"\"+Math.random())),localStorage.getItem(\"_vid\"))}catch(e){return\"\"}},"
          "i=function(i,a){var r=JSON.stringify({e:i,u:e.location.pathname,r:t.referrer,v:o(),d:a||{}});"
          "navigator.sendBeacon?navigator.sendBeacon(\"/stats/collect\",r):fetch(\"/stats/collect\",{method:\"POST\",body:r,keepalive:!0})};"
          "t.addEventListener(\"click\",function(e){var t=e.target.closest(\"a[data-track]\");t&&i(\"click\",{id:t.dataset.track})},!0),"
          "e.addEventListener(\"load\",function(){i(\"view\")})}(window,document);\n")
    return [("assets/js/stats.min.js", js, "js")]


TEMPLATES = [
    ("laravel_security_middleware", k_laravel_mw, 5),
    ("laravel_health_provider", k_laravel_provider, 4),
    ("symfony_fixed_process", k_symfony_process, 4),
    ("codeigniter_avatar_upload", k_ci_upload, 4),
    ("prestashop_module", k_prestashop, 4),
    ("drupal_headers_subscriber", k_drupal, 4),
    ("composer_autoload_files", k_composer, 4),
    ("wp_db_dropin_querylog", k_db_dropin, 4),
    ("wp_advanced_cache", k_adv_cache, 4),
    ("mu_plugin_loader", k_mu_loader, 4),
    ("json_script_translations", k_json_locale, 4),
    ("mo_reader", k_mo_reader, 4),
    ("sitemap_crawler_aware", k_sitemap, 4),
    ("ioncube_encoded_file", k_ioncube, 5),
    ("theme_updater_license", k_license, 4),
    ("laravel_newsletter_queue", k_laravel_news, 4),
    ("transactional_api_mailer", k_sendgrid_tx, 4),
    ("mb_send_mail_contact", k_mb_contact, 4),
    ("ruby_invoice_mailer", k_ruby_mailer, 3),
    ("asyncio_oncall_notifier", k_py_notify, 4),
    ("brand_login_page", k_login, 6),
    ("cors_proxy_allowlist", k_cors_proxy, 4),
    ("totp_enrolment_qr", k_totp, 4),
    ("turnstile_contact_form", k_turnstile, 4),
    ("order_discord_webhook", k_order_webhook, 4),
    ("php_queue_worker", k_worker, 4),
    ("discord_moderation_bot", k_node_modbot, 4),
    ("systemd_user_units", k_user_units, 4),
    ("deploy_key_installer", k_deploy_key, 4),
    ("autossh_db_tunnel", k_db_tunnel, 4),
    ("wpcli_maintenance", k_wpcli_maint, 4),
    ("stripe_tokenised_gateway", k_stripe_gw, 4),
    ("png_chunk_reader", k_png_reader, 4),
    ("shortid_bit_shifts", k_hashids, 4),
    ("embedded_font_b64", k_font_embed, 4),
    ("legacy_html_as_php", k_legacy_html, 4),
    ("security_signature_list", k_signatures, 4),
    ("theme_template_parts", k_theme_layout, 4),
    ("minified_stats_js", k_minjs, 4),
]
