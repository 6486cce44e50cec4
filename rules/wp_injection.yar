/*
 * hostsweep — WordPress compromise techniques as they appear in PHP files
 * (docs/rules.md, "WordPress compromise techniques"): theme infectors,
 * plugins that hide themselves, magic-login backdoors, stealers on the login
 * and checkout hooks, WP-Cron re-infection, code fetched from a remote host
 * and run, includes of a file hidden in uploads. Written from the technique
 * and tuned on the invented site of tests/integration/scan_wp_site.sh only
 * (seen = "none", tuned_on = "wpsite-variants"): no corpus sample and no held-out file was
 * opened. Each rule names the WordPress API the technique uses *with* the
 * act that no real plugin does with it (a write into every theme, a login
 * cookie for the first administrator, the typed password in a send).
 */
// Every rule here reads PHP source only (docs/rules.md, "Rule scope"):
// hostsweep: scope=php

private rule wp_injection__php_source
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

/* Where code can come from that is not in the file: a remote host, the
 * request, a decoder, the options table. */
private rule wp_injection__outside_code
{
    strings:
        $r1 = /\bwp_remote_(get|post|request|retrieve_body)\s{0,2}\(/
        $r2 = /\bcurl_exec\s{0,2}\(/
        $r3 = /\b(file_get_contents|fopen|file)\s{0,2}\(\s{0,2}['"](https?|ftp):\/\//
        $r4 = /\$_(GET|POST|REQUEST|COOKIE)\s{0,2}\[/
        $r5 = /\b(base64_decode|gzinflate|gzuncompress|str_rot13)\s{0,2}\(/
        $r6 = /\bget_option\s{0,2}\(/
    condition:
        any of them
}

rule wp_theme_infector : webshell persistence
{
    meta:
        description = "PHP that writes code into the functions.php of every theme (a loop over the themes directory), from a remote host, the request, a decoder or an option"
        severity = "high"
        technique = "glob(get_theme_root().'/*/functions.php') / scandir(themes) + '/functions.php' in a loop + file_put_contents, or fopen(..,'a'|'w') + fwrite, the code from wp_remote_get/curl/request/base64/get_option"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $t1 = /glob\s{0,2}\([^;]{0,160}\/\*\/functions\.php['"]/
        $t2 = /['"]\/functions\.php['"]/
        $d1 = /\bget_theme_root\s{0,2}\(/
        $d2 = /['"]\/themes(\/\*)?['"]/
        $d3 = /dirname\s{0,2}\(\s{0,2}dirname\s{0,2}\(\s{0,2}__FILE__/
        $d4 = /\bget_theme_roots?\s{0,2}\(|\bsearch_theme_directories\s{0,2}\(/
        $l1 = /\b(foreach|while)\s{0,2}\(/
        $l2 = /\b(scandir|glob|readdir|opendir)\s{0,2}\(/
        $w1 = /\bfile_put_contents\s{0,2}\(/
        $w2 = /\b(fwrite|fputs)\s{0,2}\(/
        // or the file opened for appending or writing, then fwrite
        $w3 = /\bfopen\s{0,2}\(\s{0,2}\$\w{1,30}\s{0,2},\s{0,2}['"][aw]/
    condition:
        filesize < 1MB and wp_injection__php_source and wp_injection__outside_code and
        $l1 and any of ($w*) and
        ($t1 or ($t2 and any of ($d*) and $l2 and
            for any i in (1..#t2): (for any j in (1..#w1): (@w1[j] > @t2[i] and @w1[j] - @t2[i] < 500)) or
            ($w2 and for any i in (1..#t2): (for any j in (1..#w3): (@w3[j] > @t2[i] and @w3[j] - @t2[i] < 500)))))
}

rule wp_plugin_hidden_backdoor : webshell persistence
{
    meta:
        description = "WordPress plugin that removes itself from the plugin list (all_plugins filter) and holds a backdoor: code run from outside, a login cookie or an account made"
        severity = "high"
        technique = "add_filter('all_plugins') + unset(plugin_basename(__FILE__) / its own 'dir/file.php' key) + eval/assert/create_function of a variable, wp_set_auth_cookie, wp_insert_user/wp_create_user, or a command function"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $h = /add_filter\s{0,2}\(\s{0,2}['"]all_plugins['"]/
        $u1 = /unset\s{0,2}\(\s{0,2}\$\w{1,30}\s{0,2}\[\s{0,2}(plugin_basename\s{0,2}\(\s{0,2}__FILE__|['"][\w.-]{1,60}\/[\w.-]{1,60}\.php['"])/
        $u2 = /array_diff_key\s{0,2}\(|array_filter\s{0,2}\(\s{0,2}\$\w{1,30}\s{0,2},/
        $b1 = /\b(eval|assert|create_function)\s{0,2}\(\s{0,2}(\$|base64_decode|gzinflate|gzuncompress|str_rot13|stripslashes)/
        $b2 = /\bwp_set_auth_cookie\s{0,2}\(/
        $b3 = /\bwp_(insert|create)_user\s{0,2}\(/
        $b4 = /\b(system|shell_exec|passthru|proc_open|popen)\s{0,2}\(\s{0,2}\$/
    condition:
        filesize < 1MB and wp_injection__php_source and $h and any of ($u*) and any of ($b*)
}

rule wp_plugin_hides_itself : persistence
{
    meta:
        description = "WordPress plugin that removes its own entry from the plugin list for everyone (all_plugins filter with no capability test)"
        severity = "medium"
        technique = "add_filter('all_plugins') + unset(plugin_basename(__FILE__)), no current_user_can/is_super_admin in the file; an agency hiding a tool from client editors tests the user first"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $h = /add_filter\s{0,2}\(\s{0,2}['"]all_plugins['"]/
        $u = /unset\s{0,2}\(\s{0,2}\$\w{1,30}\s{0,2}\[\s{0,2}plugin_basename\s{0,2}\(\s{0,2}__FILE__/
        $c1 = "current_user_can" ascii
        $c2 = "is_super_admin" ascii
        $c3 = "user_can(" ascii
    condition:
        filesize < 1MB and wp_injection__php_source and $h and $u and not any of ($c*)
}

rule wp_magic_login_backdoor : webshell
{
    meta:
        description = "WordPress code that logs the visitor in as an administrator on a secret request value (a login cookie set for the first administrator or for user 1, after comparing the request with a literal)"
        severity = "high"
        technique = "$_GET/$_POST/$_COOKIE + md5/sha1/hash(..) == 'literal hash' or get_users(role administrator) / wp_set_auth_cookie(1) + wp_set_auth_cookie, no wp_signon/wp_check_password/wp_verify_nonce"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $q = /\$_(GET|POST|REQUEST|COOKIE|SERVER\s{0,2}\[\s{0,2}['"]HTTP_)\s{0,2}\[/
        $c = /\bwp_set_auth_cookie\s{0,2}\(/
        $c1 = /\bwp_set_auth_cookie\s{0,2}\(\s{0,2}(1|'1'|"1")\s{0,2}[,)]/
        $k1 = /\b(md5|sha1|hash|crc32)\s{0,2}\([^;)]{0,40}\$_(GET|POST|REQUEST|COOKIE|SERVER)[^;)]{0,40}\)\s{0,2}\)?\s{0,2}(===?|!==?)\s{0,2}['"][0-9a-f]{8,128}['"]/
        $k2 = /['"]role['"]\s{0,12}=>\s{0,2}['"]administrator['"]/
        $k3 = /get_users\s{0,2}\([^;]{0,80}administrator/
        $n1 = "wp_signon" ascii
        $n2 = "wp_check_password" ascii
        $n3 = "wp_verify_nonce" ascii
        $n4 = "check_admin_referer" ascii
    condition:
        filesize < 1MB and wp_injection__php_source and $q and
        ($c1 or ($c and any of ($k*))) and not any of ($n*)
}

rule wp_login_credential_stealer : phishing credentials
{
    meta:
        description = "A hook on the WordPress login (wp_login, wp_authenticate, authenticate, wp_authenticate_user) that sends, mails or appends to a file the password the user typed"
        severity = "high"
        technique = "add_action/add_filter('wp_login'|'wp_authenticate'|'authenticate'|..) + the typed password ($_POST['pwd'], the hook's $password argument) inside wp_remote_post/wp_remote_get/curl/file_get_contents(http)/mail/wp_mail/file_put_contents/fwrite/error_log"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $h = /add_(action|filter)\s{0,2}\(\s{0,2}['"](wp_login|wp_authenticate|authenticate|wp_authenticate_user|wp_signon|login_init)['"]/
        // the password, as typed, in the arguments of a send or a write
        $s1 = /\b(wp_remote_post|wp_remote_get|wp_remote_request|wp_safe_remote_post|file_get_contents|curl_setopt|mail|wp_mail|file_put_contents|fwrite|fputs|error_log)\s{0,2}\((\s|[^;]){0,400}(\$_POST\s{0,2}\[\s{0,2}['"](pwd|pass|password|user_pass)['"]|\$(user_)?pass(word)?\b|\$pwd\b)/
    condition:
        filesize < 1MB and wp_injection__php_source and $h and $s1
}

rule wp_checkout_card_skimmer : phishing skimmer
{
    meta:
        description = "A WooCommerce checkout or order hook that reads the card number or security code from the form and sends it away or appends it to a file, outside a payment gateway class"
        severity = "high"
        technique = "add_action('woocommerce_checkout_*'|'woocommerce_after_checkout_validation'|'woocommerce_new_order'|'woocommerce_payment_complete') + $_POST[..card..|cvv|cvc|ccv|expiry] + wp_remote_post/curl/file_get_contents(http)/mail/fopen(..,'a')/FILE_APPEND; not in a class extending WC_Payment_Gateway"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $h = /add_action\s{0,2}\(\s{0,2}['"]woocommerce_(checkout_[a-z_]{2,40}|after_checkout_validation|new_order|payment_complete|thankyou)['"]/
        $f = /\$_(POST|REQUEST)\s{0,2}\[\s{0,2}['"][\w-]{0,30}(card[_-]?(number|num|no|cvc|cvv|code)|cc[_-]?(num|number|cvv)|cvv2?|cvc|ccv|card[_-]?expir[\w-]{0,6})['"]/ nocase
        $x1 = /\b(wp_remote_post|wp_remote_get|wp_safe_remote_post|curl_exec|mail|wp_mail)\s{0,2}\(/
        $x2 = /\b(file_get_contents|fopen)\s{0,2}\(\s{0,2}['"]https?:\/\//
        $x3 = /\bfopen\s{0,2}\([^;]{1,200},\s{0,2}['"]a\+?b?['"]/
        $x4 = "FILE_APPEND" ascii
        $g = /extends\s{1,4}WC_Payment_Gateway/
    condition:
        filesize < 1MB and wp_injection__php_source and $h and $f and any of ($x*) and not $g
}

rule wp_cron_code_reinfection : persistence
{
    meta:
        description = "A WP-Cron event whose handler writes code from a remote host, an option or a decoder into a PHP file (functions.php, the core tree)"
        severity = "high"
        technique = "wp_schedule_event + (wp_remote_get/curl/file_get_contents(http)/gzinflate/base64_decode(get_option)) + file_put_contents/fwrite into a .php path, functions.php, ABSPATH/WPINC or the theme directory"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $e = /\bwp_schedule_(single_)?event\s{0,2}\(/
        $s1 = /\bwp_remote_(get|retrieve_body)\s{0,2}\(/
        $s2 = /\bcurl_exec\s{0,2}\(/
        $s3 = /\bfile_get_contents\s{0,2}\(\s{0,2}['"]https?:\/\//
        $s4 = /\b(gzinflate|gzuncompress|base64_decode|str_rot13)\s{0,2}\(\s{0,2}(base64_decode\s{0,2}\(\s{0,2})?get_option\s{0,2}\(/
        $w = /\b(file_put_contents|fopen)\s{0,2}\([^;]{0,160}(\.php['"]|functions\.php|\bABSPATH\b|\bWPINC\b|get_template_directory\s{0,2}\(|get_stylesheet_directory\s{0,2}\()/
        $w2 = /['"]\/?functions\.php['"]/
        $w3 = /\bfile_put_contents\s{0,2}\(/
    condition:
        filesize < 1MB and wp_injection__php_source and $e and any of ($s*) and ($w or ($w2 and $w3))
}

rule wp_remote_code_run : webshell
{
    meta:
        description = "PHP that runs code fetched from a remote host: eval of a wp_remote_get/curl body, or a fetched body written to a file that is then included"
        severity = "high"
        technique = "$b = curl_exec(..)/wp_remote_retrieve_body(..)/file_get_contents('http..') then eval($b)/eval('?>'.$b)/eval($r['body']); or file_put_contents($t, file_get_contents($u)) followed by include $t"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $f1 = /\$\w{1,30}\s{0,2}=\s{0,2}@?(curl_exec|wp_remote_retrieve_body)\s{0,2}\(/
        $f2 = /\$\w{1,30}\s{0,2}=\s{0,2}@?file_get_contents\s{0,2}\(\s{0,2}['"]https?:\/\//
        $e1 = /\beval\s{0,2}\(\s{0,2}(['"]\?>['"]\s{0,2}\.\s{0,2})?\$\w{1,30}\s{0,2}\)/
        $e2 = /\beval\s{0,2}\(\s{0,2}\$\w{1,30}\s{0,2}\[\s{0,2}['"]body['"]\s{0,2}\]/
        $w = /\bfile_put_contents\s{0,2}\(\s{0,2}\$\w{1,30}\s{0,2},\s{0,2}@?(file_get_contents|wp_remote_retrieve_body|curl_exec)\s{0,2}\(/
        $i = /\b(include|require)(_once)?\s{0,2}\(?\s{0,2}\$\w{1,30}\s{0,2}\)?\s{0,2};/
        $r = /\bwp_remote_get\s{0,2}\(/
    condition:
        filesize < 1MB and wp_injection__php_source and (
            (any of ($f*) and $e1 and (for any i in (1..#e1): (for any j in (1..#f1): (@e1[i] > @f1[j] and @e1[i] - @f1[j] < 600)) or
                                       for any i in (1..#e1): (for any j in (1..#f2): (@e1[i] > @f2[j] and @e1[i] - @f2[j] < 600)))) or
            ($e2 and $r) or
            ($w and $i and for any i in (1..#i): (for any j in (1..#w): (@i[i] > @w[j] and @i[i] - @w[j] < 300))))
}

rule wp_include_hidden_upload : webshell persistence
{
    meta:
        description = "An include of a file in wp-content/uploads with a hidden name or a picture or text extension (the loader half of a backdoor kept in uploads)"
        severity = "high"
        technique = "include/require of a literal 'uploads/..../.name' or 'uploads/..../x.ico|jpg|png|gif|txt|css', directly or through a variable set from the literal just before"
        seen = "none"
        tuned_on = "wpsite-variants"
    strings:
        $p1 = /['"][^'"\n]{0,120}uploads\/([^'"\n\/]{1,60}\/){0,5}\.[\w.-]{1,60}['"]/
        $p2 = /['"][^'"\n]{0,120}uploads\/[^'"\n]{0,120}\.(ico|jpe?g|png|gif|bmp|webp|svg|txt|log|dat|css|js|json|tmp|bak|zip)['"]/
        $i = /\b(include|require)(_once)?\b/
    condition:
        filesize < 1MB and wp_injection__php_source and $i and
        for any k in (1..#i): (
            for any j in (1..#p1): (@i[k] > @p1[j] - 200 and @i[k] < @p1[j] + 300) or
            for any j in (1..#p2): (@i[k] > @p2[j] - 200 and @i[k] < @p2[j] + 300))
}

/* A master password: a filter on WordPress' password check
 * (authenticate, wp_authenticate_user, check_password) that compares the
 * password typed (or its hash) with a literal and then lets the visitor in:
 * it returns a user it looks up itself, or true. Two-factor and SSO
 * plugins hook there too, but check against stored secrets or a provider,
 * not a word written in the source. */
rule wp_master_password_backdoor : webshell persistence
{
    meta:
        description = "WordPress filter on the password check (authenticate / wp_authenticate_user / check_password) that compares the password with a literal and returns a user or true: a master password"
        severity = "high"
        technique = "add_filter('authenticate', function($u, $name, $pass) { if ($pass === 'literal' / md5($pass) == 'hash') return get_user_by(...); })"
        seen = "none"
    strings:
        $h = /add_filter\s{0,2}\(\s{0,2}['"](authenticate|wp_authenticate_user|check_password)['"]/
        // a closure on the hook comparing with a literal, close to the hook
        $hc = /add_filter\s{0,2}\(\s{0,2}['"](authenticate|wp_authenticate_user|check_password)['"]\s{0,2},\s{0,2}(static\s{1,4})?(function|fn)\b[^{]{0,120}\{[^}]{0,300}(\$\w{1,30}|\))\s{0,2}(===?|!==?)\s{0,2}['"][^'"\n]{4,128}['"]/
        $cmp2 = /\b(md5|sha1|hash|crc32)\s{0,2}\([^;)]{0,60}\)\s{0,2}(===?|!==?)\s{0,2}['"][0-9a-f]{8,128}['"]/
        $cmp3 = /\bhash_equals\s{0,2}\(\s{0,2}['"][^'"\n]{4,128}['"]/
        $r1 = /return\s{1,4}(get_user_by|get_userdata|new\s{1,4}\\?WP_User)\b/
        $r2 = /return\s{1,4}true\s{0,2};/
        $r3 = /\$\w{1,30}\s{0,2}=\s{0,2}(get_user_by|get_userdata|new\s{1,4}\\?WP_User)\b/
    condition:
        filesize < 1MB and wp_injection__php_source and
        (($hc and any of ($r*)) or ($h and any of ($cmp*) and ($r1 or $r3)))
}
