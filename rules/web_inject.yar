/*
 * hostsweep — what an infection injects into the pages a site serves
 * (docs/rules.md, "WordPress compromise techniques"): script loaders with a
 * hidden address in theme templates and in the JS files of the theme,
 * plugins and core; JS redirects of visitors from a search engine;
 * in-browser miners; and .htaccess rewrites that send search or phone
 * visitors away or lock the site's PHP but the attacker's. Not scoped to
 * PHP: the evidence sits in .js, .html and .htaccess files too. Written from
 * the technique and tuned on tests/integration/scan_wp_site.sh's invented
 * site only (seen = "none", tuned_on = "wpsite-variants").
 *
 * Why a hidden address: front-end code that loads a script or sends the
 * visitor elsewhere names the address in plain text (analytics snippets,
 * tag managers, consent banners). Building "http..." from char codes,
 * base64, percent-escapes of the whole tag, hex escapes or a reversed string
 * hides it from the site owner reading the file: nothing but an injection
 * needs that.
 */

/* An address or a script tag written so that it cannot be read. */
private rule web_inject__hidden_address
{
    strings:
        // String.fromCharCode(104,116,116,112 = "http", 60,115,99,114 = "<scr")
        $c1 = /fromCharCode\s{0,2}\(\s{0,2}104\s{0,2},\s{0,2}116\s{0,2},\s{0,2}116\s{0,2},\s{0,2}112\s{0,2},/
        $c2 = /fromCharCode\s{0,2}\(\s{0,2}60\s{0,2},\s{0,2}115\s{0,2},\s{0,2}99\s{0,2},\s{0,2}114\s{0,2},/
        // a long run of char codes evaluated; written, only when it starts
        // a tag that loads or moves (<iframe, <meta, <img, <object, <embed):
        // e-mail obfuscators write a mailto link (60,97,32 = "<a ") that way
        $c3 = /(eval|Function)\s{0,2}\(\s{0,2}String\.fromCharCode\s{0,2}\(\s{0,2}(\d{2,3}\s{0,2},\s{0,2}){40}/
        $c4 = /document\.write\s{0,2}\(\s{0,2}String\.fromCharCode\s{0,2}\(\s{0,2}60\s{0,2},\s{0,2}(105|73|109|77|111|79|101|69)\s{0,2},\s{0,2}(\d{2,3}\s{0,2},\s{0,2}){38}/
        // base64 of "http" / "//" decoded (aHR0c = "http", Ly9 = "//")
        $b1 = /atob\s{0,2}\(\s{0,2}['"](aHR0c|Ly9)/
        // written: only a decoded script, iframe or meta tag (PHNjcmlwd =
        // "<script", PGlmcmFtZ = "<iframe", PG1ldGE = "<meta"); a page that
        // writes a decoded notice or its own encoded page is not a loader
        $b2 = /(eval|Function)\s{0,2}\(\s{0,2}atob\s{0,2}\(\s{0,2}['"][A-Za-z0-9+\/]{40}/
        $b3 = /document\.write\s{0,2}\(\s{0,2}atob\s{0,2}\(\s{0,2}['"](PHNjcmlwd|PFNDUklQV|PGlmcmFtZ|PElGUkFNR|PG1ldGE|PE1FVEE)[A-Za-z0-9+\/]{30}/
        // the whole tag or address percent-escaped
        $p1 = /unescape\s{0,2}\(\s{0,2}['"]%3[Cc]script[^'"\n]{0,40}src%3[Dd]/
        $p2 = /unescape\s{0,2}\(\s{0,2}['"][^'"\n]{0,80}https?%3[Aa]%2[Ff]%2[Ff]/
        $p3 = /unescape\s{0,2}\(\s{0,2}['"]%3[Cc]%73%63%72%69%70%74/
        // hex escapes of "createElement" / "script" / "http" in a literal
        $x1 = "\\x63\\x72\\x65\\x61\\x74\\x65\\x45\\x6c\\x65\\x6d\\x65\\x6e\\x74" ascii nocase
        $x2 = "\\x68\\x74\\x74\\x70" ascii nocase
        $x3 = "\\u0068\\u0074\\u0074\\u0070" ascii nocase
        // the address spelled one character per array element, then joined:
        // ["h","t","t","p",..] or ..,":","/","/",..
        $j1 = /"h"\s{0,2},\s{0,2}"t"\s{0,2},\s{0,2}"t"\s{0,2},\s{0,2}"p"/
        $j2 = /'h'\s{0,2},\s{0,2}'t'\s{0,2},\s{0,2}'t'\s{0,2},\s{0,2}'p'/
        $j3 = /":"\s{0,2},\s{0,2}"\/"\s{0,2},\s{0,2}"\/"/
        $j4 = /':'\s{0,2},\s{0,2}'\/'\s{0,2},\s{0,2}'\/'/
        // "https://" reversed
        $r1 = "//:sptth" ascii
        $r2 = "//:ptth" ascii
    condition:
        any of them
}

/* What the page does with it: loads a script, writes markup, runs code,
 * moves the visitor. */
private rule web_inject__sink
{
    strings:
        $s1 = /createElement\s{0,2}\(\s{0,2}['"]script['"]/
        $s2 = /\.src\s{0,2}=/
        $s3 = "document.write" ascii
        $s4 = /\beval\s{0,2}\(/
        $s5 = /(window|document|top|self)\.location(\.href)?\s{0,2}=|location\.(replace|assign)\s{0,2}\(/
        $s6 = /\b(appendChild|insertBefore)\s{0,2}\(/
        $s7 = /\]\s{0,2}\]\s{0,2}\(\s{0,2}_0x/
        $s8 = /document\s{0,2}\[\s{0,2}_0x\w{1,8}\s{0,2}\[/
    condition:
        any of them
}

rule web_inject_hidden_script_loader : injection redirect
{
    meta:
        description = "A script, a script tag or a redirect whose address is hidden (char codes, base64, percent-escaped tag, hex escapes, a reversed string): the loader an infection adds to templates and JS files"
        severity = "high"
        technique = "String.fromCharCode(104,116,116,112..), ['h','t','t','p',..':','/','/'..].join(''), eval(String.fromCharCode(<40+ codes>)), atob('aHR0c..'), eval(atob('<base64>')), document.write(unescape('%3Cscript..src%3D')), '\\x63\\x72..' createElement, '//:sptth' reversed + createElement/.src=/document.write/eval/location"
        seen = "none"
        tuned_on = "wpsite-variants"
    condition:
        filesize < 5MB and web_inject__hidden_address and web_inject__sink
}

rule web_inject_search_referrer_redirect_js : injection redirect
{
    meta:
        description = "JavaScript that sends visitors arriving from a search engine to a fixed address on another site"
        severity = "high"
        technique = "document.referrer tested for google/bing/yahoo/yandex (regex or indexOf) + window.location / location.replace / location.href = 'http(s)://..' within 500 bytes"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $r = "document.referrer" ascii
        $s = /(google|bing|yahoo|yandex|duckduckgo|baidu)(\\\.|\||['"])/
        $l = /(location(\.href)?\s{0,2}=\s{0,2}|location\.(replace|assign)\s{0,2}\(\s{0,2})['"]https?:\/\//
    condition:
        filesize < 5MB and $r and
        for any i in (1..#r): (
            for any j in (1..#s): (@s[j] > @r[i] - 200 and @s[j] < @r[i] + 200 and
                for any k in (1..#l): (@l[k] > @s[j] and @l[k] - @s[j] < 500)))
}

rule web_inject_cryptominer : injection miner
{
    meta:
        description = "An in-browser cryptocurrency miner started on the visitors of a page (a miner library's anonymous client, or a cryptonight/RandomX worker fed a pool)"
        severity = "high"
        technique = "CoinHive/CoinImp/Crypto-Loot-style `new X.Anonymous('<site key>')` / `.User(` + `.start(`, a miner script from a known miner path, or cryptonight/RandomX + a Worker + a wss:// or stratum pool; opt-in miners (AuthedMine) ask the visitor first and are not matched"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $a1 = /new\s{1,4}[A-Z][A-Za-z]{1,20}\.(Anonymous|User)\s{0,2}\(\s{0,2}['"][0-9A-Za-z]{20,64}['"]/
        $a2 = /\.start\s{0,2}\(/
        $a3 = /(coinhive|coin-hive|coinimp|crypto-loot|cryptoloot|webmine|jsecoin|minero|deepminer)[\w.-]{0,20}\.js/ nocase
        $w1 = /cryptonight|randomx|cn\/r|cn-lite|cn\/half/ nocase
        $w2 = /new\s{1,4}Worker\s{0,2}\(/
        $w3 = /(wss?:\/\/|stratum\+tcp:\/\/)[\w.-]{3,80}(:\d{2,5})?/
        $o = "AuthedMine" ascii nocase
    condition:
        filesize < 5MB and not $o and (
            ($a1 and $a2) or ($a3 and $a2) or
            ($w1 and $w2 and $w3))
}

rule web_inject_htaccess_search_redirect : injection redirect
{
    meta:
        description = ".htaccess that sends visitors arriving from a search engine to another site"
        severity = "high"
        technique = "RewriteCond %{HTTP_REFERER} (google|bing|yahoo|..) (not negated: hotlink rules allow search engines with !) followed by a RewriteRule to an absolute http(s) address"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $c = /RewriteCond\s{1,8}%\{HTTP_REFERER\}\s{1,8}[^!\s][^\n]{0,80}(google|bing|yahoo|yandex|baidu|msn|aol)/ nocase
        $r = /RewriteRule\s{1,8}\S{1,80}\s{1,8}https?:\/\//
    condition:
        (filename == ".htaccess" or extension == "htaccess") and
        for any i in (1..#c): (for any j in (1..#r): (@r[j] > @c[i] and @r[j] - @c[i] < 600))
}

rule web_inject_htaccess_mobile_redirect : redirect
{
    meta:
        description = ".htaccess that sends phone user agents to another site"
        severity = "medium"
        technique = "RewriteCond %{HTTP_USER_AGENT} (android|iphone|mobile..) followed by a RewriteRule to an absolute http(s) address; a site's own mobile domain is set up the same way, so medium"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $c = /RewriteCond\s{1,8}%\{HTTP_USER_AGENT\}\s{1,8}[^!\s][^\n]{0,80}(android|iphone|ipod|blackberry|mobile)/ nocase
        $r = /RewriteRule\s{1,8}\S{1,80}\s{1,8}https?:\/\//
    condition:
        (filename == ".htaccess" or extension == "htaccess") and
        for any i in (1..#c): (for any j in (1..#r): (@r[j] > @c[i] and @r[j] - @c[i] < 600))
}

rule web_inject_htaccess_php_allowlist : persistence
{
    meta:
        description = ".htaccess that denies every PHP file and then allows a short list of named PHP files (an attacker locking the site to his own scripts)"
        severity = "medium"
        technique = "<FilesMatch> on .php (often its case variants) with Deny from all / Require all denied, then <FilesMatch \"^(a.php|b.php|..)$\"> with Allow from all / Require all granted"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $d = /<FilesMatch\s{1,4}['"][^'"\n]{0,40}php[^'"\n]{0,120}['"]\s{0,4}>\s{0,8}(Order\s{1,4}allow,deny\s{0,8})?(Deny\s{1,4}from\s{1,4}all|Require\s{1,4}all\s{1,4}denied)/ nocase
        $a = /<FilesMatch\s{1,4}['"]\^\(\s{0,2}[\w.-]{1,40}\.php\s{0,2}\|[\w.|-]{1,200}\)\$['"]\s{0,4}>\s{0,8}(Order\s{1,4}allow,deny\s{0,8})?(Allow\s{1,4}from\s{1,4}all|Require\s{1,4}all\s{1,4}granted)/ nocase
    condition:
        (filename == ".htaccess" or extension == "htaccess") and $d and $a and @a[1] > @d[1]
}

/* train6: an .htaccess (or .user.ini-adjacent config) that hands a picture,
 * icon, text or font extension to PHP: <Files>/<FilesMatch> of such a name
 * (any spelling of the group: "\.(?i:ico)$", "(gif|png)") with SetHandler
 * or ForceType of the PHP handler, a php-fpm proxy handler, or AddType /
 * AddHandler of the PHP type listing the extension. Code hidden in an
 * uploaded picture then runs when the picture is requested. A site maps
 * only .php (and .phtml) to PHP. */
rule web_inject_htaccess_nonphp_handler : webshell persistence
{
    meta:
        description = ".htaccess that runs a picture, icon, text or font extension as PHP (not a style sheet: dynamic CSS through PHP is a site practice, hs.htaccess_php_handler_asset, medium)"
        severity = "high"
        technique = "<FilesMatch .(?i:ico)$> SetHandler application/x-httpd-php, ForceType, php-fpm proxy:, AddType/AddHandler x-httpd-php .ico/.png/.txt"
        seen = "train6"
    strings:
        $f1 = /<Files(Match)?\s{1,4}[^>\n]{0,80}\.[^>\n]{0,16}(jpe?g|gif|png|ico|txt|bmp|log|svg|webp|woff2?|ttf)\b[^>\n]{0,40}>[^<]{0,200}(SetHandler|ForceType)\s{1,4}["']?(application\/x-httpd-php|x-httpd-php|php[\d.]{0,4}-script|proxy:(unix|fcgi))/ nocase
        $a1 = /\b(AddType|AddHandler)\s{1,8}["']?(application\/x-httpd-php[\w-]{0,8}|x-httpd-php[\w-]{0,8}|php[\d.]{0,4}-script)["']?(\s{1,4}\.?\w{1,8}){0,6}\s{1,4}\.?(jpe?g|gif|png|ico|txt|bmp|log|svg|webp|woff2?|ttf)\b/ nocase
    condition:
        filesize < 256KB and (filename == ".htaccess" or extension == "htaccess" or filename == "httpd.conf") and any of them
}
