/*
 * hostsweep — SEO spam and traffic theft in PHP (docs/rules.md, "WordPress
 * compromise techniques"): content shown to search-engine crawlers only
 * (cloaking), keyword-hack doorways served from a remote host, doorway
 * generators writing pages and sitemaps, links hidden from visitors, and
 * visitors from a search engine or a phone sent to another site. Written
 * from the technique and tuned on tests/integration/scan_wp_site.sh's
 * invented site only (seen = "none", tuned_on = "wpsite-variants"). An SEO plugin tests for
 * crawlers too, and pings a search engine; it serves the site's own posts
 * and never echoes a page fetched from another host, hides no link and
 * writes no doorway.
 */
// Every rule here reads PHP source only (docs/rules.md, "Rule scope"):
// hostsweep: scope=php

private rule seo_spam__php_source
{
    strings:
        $o1 = "<?php" ascii nocase
        $o2 = "<?=" ascii
        $o3 = /<\?[ \t\r\n]/
    condition:
        any of them and (
            // the file starts with the tag (after a BOM and blanks): PHP whatever its
            // extension, as php_is_code and hs.php_in_text_file read it
            (for any of ($o*) : (@ == 0 or (@ <= 64 and for all i in (0..@ - 1) : (uint8(i) == 0x20 or
                uint8(i) == 0x09 or uint8(i) == 0x0a or uint8(i) == 0x0d or (i < 3 and uint16be(0) == 0xefbb and uint8(2) == 0xbf)))))
            or not (
            extension == "js" or extension == "mjs" or extension == "ts" or extension == "css" or
            extension == "md" or extension == "markdown" or extension == "rst" or
            extension == "txt" or extension == "text" or extension == "log" or
            extension == "json" or extension == "xml" or extension == "svg" or
            extension == "yml" or extension == "yaml" or extension == "po" or extension == "pot" or
            extension == "csv" or extension == "sql" or extension == "html" or extension == "htm"))
}

/* A test that the visitor is a search-engine crawler: its user agent, the
 * crawler's network, or a reverse lookup of its address. */
private rule seo_spam__crawler_test
{
    strings:
        $u1 = /[Gg]ooglebot|[Bb]ingbot|[Yy]andex(bot|Bot)?\b|[Bb]aiduspider|[Ss]lurp|[Gg]oogle-[Ii]nspection|[Mm]sn[Bb]ot/
        $u2 = /\bgethostbyaddr\s{0,2}\(\s{0,2}\$/
        $u3 = /['"](66\.249\.|64\.233\.|72\.14\.|74\.125\.)['"]/
    condition:
        any of them
}

rule seo_crawler_cloaking_remote_page : seo spam
{
    meta:
        description = "PHP that fetches a page from another host and echoes it to search-engine crawlers (cloaking; the Japanese / pharma keyword hack's loader)"
        severity = "high"
        technique = "a crawler test (Googlebot/bingbot/.. user agent, 66.249., gethostbyaddr) + a fetch of an http(s) literal (file_get_contents, curl, wp_remote_get, fsockopen) whose address carries the site's host or the requested path and a variable is echoed, or whose answer is echoed and the script exits; a sitemap ping names the site too but echoes nothing it fetched"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $f1 = /\b(file_get_contents|fopen|wp_remote_get|wp_safe_remote_get|curl_init|fsockopen)\s{0,2}\(\s{0,2}['"](https?:\/\/|tcp:\/\/)?[\w.-]{3,80}/
        $f2 = /CURLOPT_URL\s{0,2},\s{0,2}['"]https?:\/\//
        $f3 = /\bwp_remote_retrieve_body\s{0,2}\(|\bcurl_exec\s{0,2}\(/
        // the address names this site and page: content per page, per domain
        $a1 = /['"]https?:\/\/[^'"\n]{3,120}['"]\s{0,2}\.\s{0,2}(\$_SERVER\s{0,2}\[\s{0,2}['"](HTTP_HOST|REQUEST_URI|SERVER_NAME)|(urlencode|rawurlencode|base64_encode)\s{0,2}\(\s{0,2}\$_SERVER\s{0,2}\[\s{0,2}['"](HTTP_HOST|REQUEST_URI|SERVER_NAME))/
        // echo of what came back, then stop
        $e2 = /\b(echo|print)\s{1,4}(\$\w{1,30}\s{0,2};|(curl_exec|wp_remote_retrieve_body)\s{0,2}\(|['"]<[^'"\n]{0,60}['"]\s{0,2}\.\s{0,2}\$\w{1,30})/
        $e1 = /\becho\s{1,4}(\$\w{1,30}|curl_exec\s{0,2}\([^;]{1,40}\)|@?file_get_contents\s{0,2}\([^;]{1,200}\))\s{0,2};\s{0,8}(exit|die)\b/
    condition:
        filesize < 1MB and seo_spam__php_source and seo_spam__crawler_test and
        any of ($f*) and (($a1 and $e2) or $e1)
}

rule seo_doorway_generator : seo spam
{
    meta:
        description = "PHP that writes doorway pages in a loop from a remote keyword list or template, and a sitemap of them"
        severity = "high"
        technique = "file_get_contents/curl of an http(s) list or template + a loop writing .html/.htm/.php pages (file_put_contents/fwrite) + an XML sitemap (<urlset) built of the written pages"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $r1 = /\b(file_get_contents|file|fopen|curl_init)\s{0,2}\(\s{0,2}['"]https?:\/\//
        $r2 = /CURLOPT_URL\s{0,2},\s{0,2}['"]https?:\/\//
        $l = /\b(foreach|for|while)\s{0,2}\(/
        $w = /\bfile_put_contents\s{0,2}\([^;]{1,200}(\.html?['"]|\$slug|\.php['"])/
        $s = "<urlset" ascii
        $d1 = /\$_SERVER\s{0,2}\[\s{0,2}['"]DOCUMENT_ROOT['"]/
        $d2 = /\bABSPATH\b/
    condition:
        filesize < 1MB and seo_spam__php_source and any of ($r*) and $l and $w and $s and any of ($d*)
}

rule seo_hidden_links_injected : seo spam
{
    meta:
        description = "Links hidden from the visitor (display:none, off-screen, zero size) printed by a WordPress content, footer or header hook, to other sites or from a remote link server"
        severity = "high"
        technique = "add_filter/add_action('the_content'|'wp_footer'|'wp_head'|'the_excerpt'|'widget_text') + a hidden block (display:none, visibility:hidden, left/top:-NNNpx, font-size:0/1px, height:0 + overflow:hidden) followed by two absolute <a href> or by a variable fetched from an http(s) host"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $h = /add_(filter|action)\s{0,2}\(\s{0,2}['"](the_content|wp_footer|wp_head|the_excerpt|widget_text|get_footer|wp_body_open)['"]/
        $x = /style\s{0,2}=\s{0,2}\\?['"][^'"\n]{0,60}(display\s{0,2}:\s{0,2}none|visibility\s{0,2}:\s{0,2}hidden|(left|top)\s{0,2}:\s{0,2}-\d{3,5}px|font-size\s{0,2}:\s{0,2}[01](px)?\s{0,2}[;'"]|height\s{0,2}:\s{0,2}0(px)?\s{0,2};\s{0,2}overflow\s{0,2}:\s{0,2}hidden)/
        $a = /<a\s{1,4}href\s{0,2}=\s{0,2}\\?['"]https?:\/\//
        $v = /['"]\s{0,2}\.\s{0,2}\$\w{1,30}\s{0,2}\.\s{0,2}['"]<\/(div|span|p)>/
        $f = /\b(wp_remote_get|wp_remote_retrieve_body|curl_exec|file_get_contents\s{0,2}\(\s{0,2}['"]https?:)/
    condition:
        filesize < 1MB and seo_spam__php_source and $h and
        for any i in (1..#x): (
            for 2 j in (1..#a): (@a[j] > @x[i] and @a[j] < @x[i] + 500) or
            ($f and $v in (@x[i]..@x[i] + 200)))
}

rule seo_search_referrer_redirect : seo redirect
{
    meta:
        description = "PHP that sends visitors arriving from a search engine to a fixed address on another site"
        severity = "high"
        technique = "$_SERVER['HTTP_REFERER'] matched against google/bing/yahoo/yandex/.. then header('Location: http(s)://..') or wp_redirect('http(s)://..') within 600 bytes"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $r = /HTTP_REFERER/
        $s = /(google|bing|yahoo|yandex|duckduckgo|baidu)(\\\.|\.|\|)/
        $l1 = /header\s{0,2}\(\s{0,2}['"]Location\s{0,2}:\s{0,4}https?:\/\/[\w.-]{3,80}/ nocase
        $l2 = /\bwp_redirect\s{0,2}\(\s{0,2}['"]https?:\/\//
    condition:
        filesize < 1MB and seo_spam__php_source and $r and
        for any i in (1..#s): (
            for any j in (1..#l1): (@l1[j] > @s[i] and @l1[j] - @s[i] < 600) or
            for any j in (1..#l2): (@l2[j] > @s[i] and @l2[j] - @s[i] < 600)) and
        for any i in (1..#r): (for any j in (1..#s): (@s[j] > @r[i] - 300 and @s[j] < @r[i] + 300))
}

rule seo_mobile_redirect_offsite : redirect
{
    meta:
        description = "PHP that sends phone visitors (wp_is_mobile or a mobile user-agent test) who are not logged in, or once per cookie, to a fixed address on another site"
        severity = "medium"
        technique = "wp_is_mobile()/preg_match(android|iphone..) + is_user_logged_in/$_COOKIE/setcookie + header('Location: http(s)://literal') within 600 bytes; a mobile-site plugin redirects to an address from its settings"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $m1 = /\bwp_is_mobile\s{0,2}\(\s{0,2}\)/
        $m2 = /HTTP_USER_AGENT[^;]{0,200}(android|iphone|ipod|mobile)/ nocase
        $c1 = /\bis_user_logged_in\s{0,2}\(|\bsetcookie\s{0,2}\(|\$_COOKIE\s{0,2}\[/
        $l = /header\s{0,2}\(\s{0,2}['"]Location\s{0,2}:\s{0,4}https?:\/\/[\w.-]{3,80}/ nocase
    condition:
        filesize < 1MB and seo_spam__php_source and $c1 and $l and
        for any i in (1..#l): (
            for any j in (1..#m1): (@l[i] > @m1[j] and @l[i] - @m1[j] < 600) or
            for any j in (1..#m2): (@l[i] > @m2[j] and @l[i] - @m2[j] < 600))
}
