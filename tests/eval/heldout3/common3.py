"""Shared bits of the third held-out set: addresses, names, the plumbing it
borrows from the first set (tests/eval/heldout/style.py: Style, hide(),
layers(), source(), sq()), and a generator of long legitimate-looking
application files that injections are put into. Written blind (README.md):
from knowledge of what compromised shared hosts carry, without reading the
detectors."""

import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout"))

from style import Style, hide, layer, layers, source, sq, dq_escape  # noqa: E402,F401

HOSTS = ("198.51.100.23", "203.0.113.140", "192.0.2.77", "cdn.example.net", "stat.example.org",
         "update.example.com", "203.0.113.9", "assets.example.info")


def host(r):
    return r.choice(HOSTS)


def rword(r, n=8, al="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(al) for _ in range(n))


def hexname(r, n=8):
    return rword(r, n, "0123456789abcdef")


def md5ish(r):
    return hexname(r, 32)


SLUGS = ("wpforms-lite-ext", "gallery-grid", "seo-meta-tools", "cf7-extras", "woo-shipping-zones", "simple-slider",
         "table-builder", "wp-smtp-helper", "social-icons-kit", "cookie-notice-pro", "events-calendar-lite")
THEMES = ("flavor", "astra-child", "neve-child", "hello-elementor", "storefront-child", "twentytwentyone", "oceanwp")
WORDS = ("setting", "option", "field", "panel", "meta", "layout", "widget", "color", "font", "section", "banner",
         "footer", "header", "sidebar", "gallery", "slider", "product", "cart", "order", "review", "badge", "notice")


def slug(r):
    return r.choice(SLUGS)


def theme(r):
    return r.choice(THEMES)


def _fn(r, prefix, i, used):
    for _ in range(50):
        a, b = r.sample(WORDS, 2)
        f = "%s_%s_%s%s" % (prefix, a, b, "" if i % 3 else "_cb")
        if f not in used:
            break
    else:
        f = "%s_fn_%d" % (prefix, i)
    used.add(f)
    return f


def wp_filler(r, prefix, n):
    """n functions of WordPress-plugin/theme style code: hooks, escaping,
    options, settings arrays. Benign on its own (the benign set carries whole
    files of it)."""
    out, used = [], set()
    for i in range(n):
        f = _fn(r, prefix, i, used)
        k = i % 7
        if k == 0:
            out.append("""/**
 * Registers the %(w)s settings section.
 *
 * @since %(v)s
 */
function %(f)s() {
    register_setting('%(p)s_options', '%(p)s_%(w)s', array(
        'type'              => 'string',
        'sanitize_callback' => 'sanitize_text_field',
        'default'           => '',
    ));
    add_settings_section('%(p)s_%(w)s_section', __('%(W)s', '%(p)s'), '__return_false', '%(p)s');
    add_settings_field('%(p)s_%(w)s', __('%(W)s label', '%(p)s'), function () {
        $value = get_option('%(p)s_%(w)s', '');
        printf('<input type="text" class="regular-text" name="%%s" value="%%s" />', esc_attr('%(p)s_%(w)s'), esc_attr($value));
    }, '%(p)s', '%(p)s_%(w)s_section');
}
add_action('admin_init', '%(f)s');
""" % dict(f=f, p=prefix, w=r.choice(WORDS), W=r.choice(WORDS).title(), v="%d.%d" % (r.randint(1, 4), r.randint(0, 9))))
        elif k == 1:
            out.append("""function %(f)s($classes) {
    if (is_singular('post') && has_post_thumbnail()) {
        $classes[] = '%(p)s-has-thumb';
    }
    if (is_active_sidebar('%(p)s-sidebar-%(n)d')) {
        $classes[] = 'with-sidebar';
    }
    return array_unique($classes);
}
add_filter('body_class', '%(f)s');
""" % dict(f=f, p=prefix, n=r.randint(1, 4)))
        elif k == 2:
            out.append("""function %(f)s() {
    $ver = defined('WP_DEBUG') && WP_DEBUG ? time() : '%(v)s';
    wp_enqueue_style('%(p)s-main', plugins_url('assets/css/%(w)s.css', __FILE__), array(), $ver);
    wp_enqueue_script('%(p)s-front', plugins_url('assets/js/%(w)s.min.js', __FILE__), array('jquery'), $ver, true);
    wp_localize_script('%(p)s-front', '%(P)sData', array(
        'ajaxUrl' => admin_url('admin-ajax.php'),
        'nonce'   => wp_create_nonce('%(p)s_front'),
        'i18n'    => array('loading' => __('Loading...', '%(p)s')),
    ));
}
add_action('wp_enqueue_scripts', '%(f)s');
""" % dict(f=f, p=prefix, P=prefix.replace("_", "").title(), w=r.choice(WORDS), v="%d.%d.%d" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 20))))
        elif k == 3:
            out.append("""function %(f)s($atts, $content = '') {
    $atts = shortcode_atts(array(
        'title'   => '',
        'columns' => %(c)d,
        'class'   => '',
    ), $atts, '%(p)s_%(w)s');
    $cols = max(1, min(6, absint($atts['columns'])));
    ob_start();
    ?>
    <div class="%(p)s-%(w)s cols-<?php echo esc_attr($cols); ?> <?php echo esc_attr($atts['class']); ?>">
        <?php if ($atts['title']) : ?>
            <h3 class="%(p)s-title"><?php echo esc_html($atts['title']); ?></h3>
        <?php endif; ?>
        <?php echo wp_kses_post(do_shortcode($content)); ?>
    </div>
    <?php
    return ob_get_clean();
}
add_shortcode('%(p)s_%(w)s', '%(f)s');
""" % dict(f=f, p=prefix, w=r.choice(WORDS), c=r.randint(2, 4)))
        elif k == 4:
            out.append("""function %(f)s() {
    check_ajax_referer('%(p)s_front', 'nonce');
    $id = isset($_POST['id']) ? absint($_POST['id']) : 0;
    if (!$id || 'publish' !== get_post_status($id)) {
        wp_send_json_error(array('message' => __('Not found', '%(p)s')), 404);
    }
    $count = (int) get_post_meta($id, '_%(p)s_%(w)s_count', true);
    update_post_meta($id, '_%(p)s_%(w)s_count', $count + 1);
    wp_send_json_success(array('count' => $count + 1));
}
add_action('wp_ajax_%(p)s_%(w)s', '%(f)s');
add_action('wp_ajax_nopriv_%(p)s_%(w)s', '%(f)s');
""" % dict(f=f, p=prefix, w=r.choice(WORDS)))
        elif k == 5:
            out.append("""function %(f)s($query) {
    if (is_admin() || !$query->is_main_query()) {
        return;
    }
    if ($query->is_post_type_archive('%(w)s')) {
        $query->set('posts_per_page', (int) get_option('%(p)s_per_page', %(n)d));
        $query->set('orderby', array('menu_order' => 'ASC', 'date' => 'DESC'));
    }
}
add_action('pre_get_posts', '%(f)s');
""" % dict(f=f, p=prefix, w=r.choice(WORDS), n=r.choice((9, 12, 24))))
        else:
            out.append("""function %(f)s() {
    $labels = array(
        'name'          => _x('%(W)ss', 'post type general name', '%(p)s'),
        'singular_name' => _x('%(W)s', 'post type singular name', '%(p)s'),
        'add_new_item'  => __('Add New %(W)s', '%(p)s'),
        'edit_item'     => __('Edit %(W)s', '%(p)s'),
    );
    register_post_type('%(w)s', array(
        'labels'       => $labels,
        'public'       => true,
        'has_archive'  => true,
        'show_in_rest' => true,
        'menu_icon'    => 'dashicons-%(i)s',
        'supports'     => array('title', 'editor', 'thumbnail', 'excerpt'),
        'rewrite'      => array('slug' => '%(w)ss'),
    ));
}
add_action('init', '%(f)s');
""" % dict(f=f, p=prefix, w=r.choice(WORDS), W=r.choice(WORDS).title(), i=r.choice(("images-alt2", "portfolio", "star-filled", "cart"))))
    return out


def plugin_header(r, name):
    return ("/**\n * Plugin Name: %s\n * Plugin URI: https://www.example.com/plugins/%s/\n * Description: %s\n"
            " * Version: %d.%d.%d\n * Author: %s\n * License: GPL-2.0-or-later\n * Text Domain: %s\n */\n\n"
            "if (!defined('ABSPATH')) {\n    exit; // Exit if accessed directly.\n}\n\n"
            % (name.replace("-", " ").title(), name, r.choice(("Extra blocks and settings.", "Adds shortcodes and an options page.",
                                                             "Small integration helpers.", "Front-end display options.")),
               r.randint(1, 5), r.randint(0, 9), r.randint(0, 30), r.choice(("Example Studio", "Jane Doe", "Acme Web")), name))


def big_plugin(r, prefix, nfun, inject=None):
    """A long plugin file (nfun functions); inject: PHP code placed in the
    middle, between two functions, as a one-off injector adds it."""
    parts = wp_filler(r, prefix, nfun)
    if inject is not None:
        parts.insert(r.randint(nfun // 3, 2 * nfun // 3), inject)
    return "<?php\n" + plugin_header(r, prefix.replace("_", "-")) + "\n".join(parts)


# --- writing a generated set (shared by gen_heldout3.py and gen_heldout4.py)

WEBROOT_PARTS = ("public_html", "www", "htdocs", "httpdocs", "html", "web", "wwwroot", "private_html")


def check_out(prog, out):
    """The output dir, resolved: under a temp dir, not a web root, empty."""
    real = os.path.realpath(out)
    roots = {os.path.realpath(p) for p in (tempfile.gettempdir(), "/tmp", "/var/tmp")}
    if not any(real == t or real.startswith(t + os.sep) for t in roots):
        sys.exit("%s: --out must be under a temp dir (%s), not %s" % (prog, ", ".join(sorted(roots)), real))
    if any(p in WEBROOT_PARTS for p in real.split(os.sep)):
        sys.exit("%s: %s looks like a web root; refusing" % (prog, real))
    if os.path.exists(real) and (not os.path.isdir(real) or os.listdir(real)):
        sys.exit("%s: %s exists and is not an empty directory" % (prog, real))
    return real


def write_set(prog, out, tsv, seed, samples):
    """Write samples, (class, category, technique, [(bytes, rel, lang, container)]),
    as out/f/NNNN/REL (0644) and their manifest out/TSV."""
    out = check_out(prog, out)
    os.makedirs(out, exist_ok=True)
    rows, nmal, nben = [], 0, 0
    for i, (cls, cat, tech, files) in enumerate(samples):
        sample = "%04d" % i
        nmal += cls == "malicious"
        nben += cls == "benign"
        for data, rel, lang, cont in files:
            rel = "f/%s/%s" % (sample, rel.strip("/"))
            p = os.path.join(out, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "wb") as f:
                f.write(data)
            os.chmod(p, 0o644)
            rows.append((rel, cls, cat, tech, lang, cont, sample))
    with open(os.path.join(out, tsv), "w", encoding="utf-8") as f:
        f.write("file\tclass\tcategory\ttechnique\tlang\tcontainer\tsample\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print("%s: seed %d: %d malicious and %d benign samples (%d files) in %s" % (prog, seed, nmal, nben, len(rows), out))
