/*
 * hostsweep — adversary-in-the-middle (AiTM) phishing proxies (docs/rules.md,
 * "train6, second round"). The kit has no copy of the brand's page: it relays
 * each request of the victim, path and body, to the real sign-in site, hands
 * the real answer back with the real host's name replaced by its own (so the
 * links, forms and cookies stay on the kit), and keeps what passes: the
 * posted body (user name, password, one-time code) and the Set-Cookie headers
 * of the upstream's answer (the signed-in session, which defeats 2FA).
 *
 * Any spelling of this must (1) forward the visitor's request path to an
 * upstream, (2) rewrite the upstream's answer to the visitor's own Host, and
 * (3) write the request body or the upstream's Set-Cookie to a file or a
 * messenger near where it reads them. A site's own reverse proxy (nginx
 * proxy_pass, a same-origin API relay, a PHP CORS relay) does (1) and maybe
 * (2), but has no reason to keep the bodies and cookies it relays. Not scoped
 * to PHP: the same proxy is written in PHP, Node and Python.
 */

/* (1) the visitor's path sent to an upstream */
private rule phishing_proxy__relay
{
    strings:
        $p1 = /curl_init\s{0,2}\(\s{0,2}\$\w{1,30}\s{0,2}\.\s{0,2}(\$\w{1,30}|\$_SERVER\[\s{0,2}['"]REQUEST_URI)/
        $p2 = /\$_SERVER\[\s{0,2}['"]REQUEST_URI['"]\s{0,2}\]/
        $p3 = /\bpath\s{0,2}:\s{0,2}req(uest)?\.(url|originalUrl|path)\b/
        $p4 = /\+\s{0,2}(self\.path|req(uest)?\.(url|originalUrl)|request\.full_path|request\.path)\b/
        $p5 = /(\(|,)\s{0,2}(self\.path|req(uest)?\.(url|originalUrl)|request\.full_path)\s{0,2}(\)|,)/
        $p6 = /\$\{\s{0,2}(req(uest)?\.(url|originalUrl)|self\.path)\s{0,2}\}/
        $c1 = "curl_exec" ascii
        $c2 = /https?\.request\s{0,2}\(/
        $c3 = "urllib.request" ascii
        $c4 = /requests\.(request|get|post|Session)\b/
        $c5 = /\bfetch\s{0,2}\(/
        $c6 = "http.client" ascii
        $c7 = /\baxios\b/
        $c8 = /file_get_contents\s{0,2}\(\s{0,2}\$\w{1,30}\s{0,2}\./
        $c9 = "stream_context_create" ascii
    condition:
        any of ($p*) and any of ($c*)
}

/* (2) the upstream's answer rewritten to the visitor's own host */
private rule phishing_proxy__rewrite
{
    strings:
        $r1 = /str_i?replace\s{0,2}\([^;]{1,160}\$_SERVER\[\s{0,2}['"](HTTP_HOST|SERVER_NAME)/
        $r2 = /preg_replace\s{0,2}\([^;]{1,160}\$_SERVER\[\s{0,2}['"](HTTP_HOST|SERVER_NAME)/
        $r3 = /\.join\s{0,2}\(\s{0,2}req(uest)?\.(headers\.host|headers\[\s{0,2}['"]host['"]\s{0,2}\]|hostname|host)\b/
        $r4 = /\.replace(All)?\s{0,2}\([^;]{1,160}(req(uest)?\.(headers\.host|headers\[\s{0,2}['"]host['"]|hostname)|self\.headers(\[\s{0,2}['"]Host|\.get\s{0,2}\(\s{0,2}['"]Host)|request\.host\b)/
        $r5 = /\.replace\s{0,2}\([^;]{1,160}(self\.headers\[\s{0,2}['"]Host['"]\s{0,2}\]|request\.host)/
        $r6 = /\.sub\s{0,2}\([^;]{1,160}(self\.headers\[\s{0,2}['"]Host|request\.host\b)/
    condition:
        any of them
}

/* (3) what passes kept: the body or the upstream's cookies written to a file
 * or a messenger, within a few lines of where the proxy reads them */
private rule phishing_proxy__keeps
{
    strings:
        $ck = "set-cookie" nocase ascii
        $b = /php:\/\/input|\.on\s{0,2}\(\s{0,2}['"]data['"]|rfile\.read|request\.(get_data|data|form|body)\b|req\.body\b|await\s{1,3}req(uest)?\.(text|formData|json|arrayBuffer)\s{0,2}\(/
        $w = /FILE_APPEND|appendFile(Sync)?\s{0,2}\(|\bf?open\s{0,2}\([^)]{1,80},\s{0,2}['"]a[bt+]?['"]\s{0,2}\)|flags\s{0,2}:\s{0,2}['"]a['"]|error_log\s{0,2}\([^;]{1,120},\s{0,2}3\s{0,2},/
        $m1 = "api.telegram.org" ascii
        $m2 = "discord.com/api/webhooks" ascii
        $m3 = "discordapp.com/api/webhooks" ascii
    condition:
        any of ($m*) or
        (#ck < 40 and #w < 40 and for any i in (1..#ck) : (for any j in (1..#w) : (@w[j] + 400 > @ck[i] and @w[j] < @ck[i] + 400))) or
        (#b < 40 and #w < 40 and for any i in (1..#b) : (for any j in (1..#w) : (@w[j] + 500 > @b[i] and @w[j] < @b[i] + 500)))
}

rule phishing_aitm_reverse_proxy : phishing
{
    meta:
        description = "AiTM phishing proxy: relays the visitor's requests to a real site, rewrites its answer to the kit's own host, and keeps the posted bodies or the upstream's session cookies"
        severity = "high"
        seen = "train6"
    condition:
        filesize < 200KB and
        phishing_proxy__relay and phishing_proxy__rewrite and phishing_proxy__keeps
}
