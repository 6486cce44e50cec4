/*
 * hostsweep — a phishing kit's other parts: the files around the result
 * handler (phishing.yar and the PHP layer's php.credential_exfil find the
 * handler). Written from the techniques of docs/rules.md ("Phishing kits:
 * the techniques", phishgen round) and the invented kits of
 * tests/eval/phishgen.py, never from a corpus sample or a held-out set:
 * seen = "none". Each part alone steals nothing, so each is medium ("how
 * sure, not how bad": a kit's part, but one file of it); the handler that
 * sends the credentials is where high and critical are.
 *
 *   - the visitor-information include (IP, geo lookup, browser and OS tables
 *     that fill the result message)
 *   - the remote anti-bot check (the visitor's address and agent asked of an
 *     outside service, a fake 404 or a big site for those it flags)
 *   - the kit's configuration file (drop mailbox or bot token with the kit's
 *     switches: double login, anti-bot, OTP page, results file)
 *   - the kit's results panel (a fixed password, then the results file or
 *     the victims' store shown with their passwords)
 *   - the autograb page (the victim's address from the link, the logo of its
 *     mail domain from a logo service, a password field)
 *   - the mail function called through a variable ($s = 'mail'; $s($to, ...))
 *     in a credential handler
 */
// hostsweep: scope=php

private rule phishing_kit__php_source
{
    strings:
        $o1 = "<?php" ascii nocase
        $o2 = "<?=" ascii
        $o3 = /<\?[ \t\r\n]/
    condition:
        any of them and not (
            extension == "js" or extension == "mjs" or extension == "ts" or extension == "css" or
            extension == "cjs" or extension == "jsx" or extension == "tsx" or extension == "vue" or
            extension == "svelte" or extension == "coffee" or extension == "mdx" or extension == "adoc" or
            extension == "asciidoc" or
            extension == "md" or extension == "markdown" or extension == "rst" or
            extension == "txt" or extension == "text" or extension == "log" or
            extension == "json" or extension == "xml" or extension == "svg" or
            extension == "yml" or extension == "yaml" or extension == "po" or extension == "pot" or
            extension == "csv" or extension == "sql")
}

/* Code that is an application's: classes, namespaces, a framework's hooks. */
private rule phishing_kit__app_code
{
    strings:
        $c1 = /\n\s{0,8}(abstract\s|final\s)?class\s{1,4}\w{1,60}/
        $c2 = /\nnamespace\s{1,4}[\w\\]{1,80};/
        $c3 = "add_action(" ascii
        $c4 = "add_filter(" ascii
        $c5 = "defined('ABSPATH')" ascii
        $c6 = "defined( 'ABSPATH' )" ascii
    condition:
        any of them
}

rule phishing_kit_visitor_info_include : phishing
{
    meta:
        description = "Kit include that gathers who the visitor is for the result message: address, a geo-IP web API or reverse DNS, and browser and OS name tables"
        severity = "medium"
        technique = "$ip = $_SERVER['REMOTE_ADDR']; geoplugin/ip-api lookup; function getBrowser() { '/firefox/i' => 'Firefox', ... } function getOS() { '/windows nt 10/i' => 'Windows 10', ... }"
        seen = "none"
    strings:
        $g1 = /(ip-api\.com|geoplugin\.net|ipinfo\.io|ipapi\.co|ipwho\.is|ipwhois\.app|ipgeolocation\.io|extreme-ip-lookup\.com|freegeoip|geoiplookup\.io|db-ip\.com|iplocation\.net)/ nocase
        $g2 = "gethostbyaddr" ascii
        $a = "REMOTE_ADDR" ascii
        /* browser-name table: regex keys naming browsers */
        $b1 = /["']\/(msie|trident)[^"'\/]{0,20}\/i?["']/ nocase
        $b2 = /["']\/firefox[^"'\/]{0,20}\/i?["']/ nocase
        $b3 = /["']\/chrome[^"'\/]{0,20}\/i?["']/ nocase
        $b4 = /["']\/safari[^"'\/]{0,20}\/i?["']/ nocase
        $b5 = /["']\/(opera|opr)[^"'\/]{0,20}\/i?["']/ nocase
        $b6 = /["']\/(edge?|edg)[^"'\/]{0,20}\/i?["']/ nocase
        /* OS-name table */
        $s1 = /["']\/windows nt[^"'\/]{0,20}\/i?["']/ nocase
        $s2 = /["']\/iphone[^"'\/]{0,20}\/i?["']/ nocase
        $s3 = /["']\/android[^"'\/]{0,20}\/i?["']/ nocase
        $s4 = /["']\/(macintosh|mac os x|mac_powerpc)[^"'\/]{0,20}\/i?["']/ nocase
        $s5 = /["']\/(linux|ubuntu)[^"'\/]{0,20}\/i?["']/ nocase
    condition:
        filesize < 16KB and phishing_kit__php_source and $a and any of ($g*) and 3 of ($b*) and 2 of ($s*) and
        not phishing_kit__app_code
}

rule phishing_kit_remote_antibot_check : phishing
{
    meta:
        description = "Kit gate that asks an outside anti-bot service about the visitor (address and user agent with an API key) and shows a fake 404 or a big site to those it flags"
        severity = "medium"
        technique = "$r = json_decode(file_get_contents($api . '?apikey=' . $key . '&ip=' . $ip . '&ua=' . urlencode($ua)), true); if ($r['is_bot']) { header('HTTP/1.0 404 Not Found'); exit; }"
        seen = "none"
    strings:
        $a = "REMOTE_ADDR" ascii
        $u = "HTTP_USER_AGENT" ascii
        $r1 = /file_get_contents\s{0,4}\(\s{0,4}["']https?:\/\//
        $r2 = "curl_init(" ascii
        /* the service's key: $apikey = '...', 'key' => '...' */
        $k = /key\w{0,10}["']?\s{0,4}(=>|=)\s{0,4}["'][A-Za-z0-9]{20,64}["']/ nocase
        $v1 = /\[\s{0,4}["'](is_?bot|isBot|block_?access|blocked|is_?blocked|block|bot|is_?crawler|is_?vpn|is_?proxy)["']\s{0,4}\]\s{0,4}(==|===|!=|\)|&&|\|\|)/
        $v2 = /->(is_?bot|isBot|block_?access|blocked|is_?blocked|is_?crawler)\b/
        $d1 = /HTTP\/1\.[01]\s{1,4}404/
        $d2 = /http_response_code\s{0,4}\(\s{0,4}404/
        /* the flagged visitor sent to another site (the brand's, a search engine) */
        $d3 = /(Location:\s{0,4}|location\.(replace|href)\s{0,2}[=(]\s{0,2}\\?["'])https?:\/\/[\w-]/ nocase
    condition:
        filesize < 64KB and phishing_kit__php_source and $a and $u and any of ($r*) and $k and any of ($v*) and any of ($d*) and
        not phishing_kit__app_code
}

rule phishing_kit_config_file : phishing
{
    meta:
        description = "Phishing kit configuration: a drop mailbox or a Telegram bot token written out, with the kit's switches (double login, anti-bot, OTP page, results file, exit link)"
        severity = "medium"
        technique = "$Receive_email = 'x@gmail.com'; $double_login = true; $antibot = 'on'; / define('BOT_TOKEN', '123456789:AA...'); define('SAVE_TXT', 1);"
        seen = "none"
    strings:
        $m = /["'][\w.+-]{1,64}@(gmail|yahoo|hotmail|outlook|yandex|aol|protonmail|proton|gmx|icloud|live|zoho|mail|inbox|tutanota)\.[a-z.]{2,8}["']/ nocase
        /* a Telegram bot token: the bot's id, ":AA" and 33 more characters */
        $t = /\d{8,10}:AA[A-Za-z0-9_-]{33}/
        /* any mailbox as a whole literal ending a statement or an entry */
        $m2 = /@[\w.-]{1,63}\.(com|net|org|de|ru|fr|uk|nl|it|es|pl|br|in|info|biz|io|co|xyz|online|top|site|me|invalid)["'](;|,|\))/
        $w1 = /double_?log(in)?\b/ nocase
        $w2 = /anti_?bots?\b/ nocase
        $w3 = /block_?(vpn|proxy|proxies|bots?|tor|hosting|isp)\b/ nocase
        $w4 = /otp_?(page|step|on)\b/ nocase
        $w5 = /save_?(results?|txt|rez|logs?|file)\b/ nocase
        $w6 = /exit_?(link|url|page)\b/ nocase
        $w7 = /(receive|result|rezult|results|drop)_?(e?mail|box)\b/ nocase
        $w8 = /(send|use)_?(telegram|tg)\b/ nocase
        $f = /\bfunction\s{1,4}\w{1,60}\s{0,4}\(/
    condition:
        filesize < 4KB and phishing_kit__php_source and not $f and not phishing_kit__app_code and
        (($t and $m) or (($t or $m2) and 2 of ($w1, $w2, $w3, $w4, $w5, $w6, $w7, $w8)))
}

rule phishing_kit_results_panel : phishing
{
    meta:
        description = "Kit results panel: a fixed password in the code, then the results file or the victims' store shown with their passwords"
        severity = "medium"
        technique = "if ($_POST['pw'] == 's3cret') $_SESSION['adm'] = 1; echo htmlspecialchars(file_get_contents('../results.txt')); foreach ($rows as $v) echo $v['email'] . $v['password']"
        seen = "none"
    strings:
        /* a password-named field compared with a literal ($_POST['action'] == 'save' is not that) */
        $p1 = /\$_(POST|GET|REQUEST|COOKIE)\s{0,4}\[\s{0,4}["']([\w-]{0,10}(pass|pw|pwd|key|secret|auth|adm|login|code)[\w-]{0,10}|p|k)["']\s{0,4}\]\s{0,4}(==|===)\s{0,4}["'][^"'\s]{4,40}["']/ nocase
        $p2 = /["'][^"'\s]{4,40}["']\s{0,4}(==|===)\s{0,4}@?\$_(POST|GET|REQUEST|COOKIE)\s{0,4}\[\s{0,4}["']([\w-]{0,10}(pass|pw|pwd|key|secret|auth|adm|login|code)[\w-]{0,10}|p|k)["']/ nocase
        $r = /(file_get_contents|file|fopen|readfile)\s{0,4}\(\s{0,4}(__DIR__\s{0,4}\.\s{0,4})?["'][^"'\n]{0,80}\.(txt|json|log|html|dat)["']/
        $c1 = /\[\s{0,4}["'](password|pass|passwd|pwd|otp|cvv|cc|card)["']\s{0,4}\]/
        $c2 = /substr_count\s{0,4}\([^;]{0,60}["'](Password|Pass|CVV|Card|OTP|Login)/
        $e = /\becho\b/
    condition:
        filesize < 64KB and phishing_kit__php_source and any of ($p*) and $r and any of ($c*) and $e and
        not phishing_kit__app_code
}

rule phishing_kit_autograb_logo_page : phishing
{
    meta:
        description = "Sign-in page that takes the victim's address from the link, fetches its mail domain's logo from a logo service and asks for the password"
        severity = "medium"
        technique = "$email = $_GET['email']; $domain = substr(strrchr($email, '@'), 1); <img src='https://logo.clearbit.com/<?= $domain ?>'> + <input type=password>"
        seen = "none"
    strings:
        $g = /\$_(GET|REQUEST)\s{0,4}\[/
        $d1 = /strrchr\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,4},\s{0,4}["']@["']/
        $d2 = /explode\s{0,4}\(\s{0,4}["']@["']\s{0,4},\s{0,4}\$\w{1,30}/
        $d3 = /strstr\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,4},\s{0,4}["']@["']/
        $l1 = "logo.clearbit.com" ascii nocase
        $l2 = "google.com/s2/favicons" ascii nocase
        $l3 = "icons.duckduckgo.com" ascii nocase
        $l4 = "favicone.com" ascii nocase
        $l5 = "faviconkit.com" ascii nocase
        $l6 = "t0.gstatic.com/faviconV2" ascii nocase
        $p = /t[y]pe\s{0,2}=\s{0,2}["']?password/ nocase
    condition:
        filesize < 400KB and phishing_kit__php_source and $g and any of ($d*) and any of ($l*) and $p
}

rule phishing_kit_dynamic_mail_credentials : phishing
{
    meta:
        description = "Credential handler that calls mail() through a variable ($s = 'mail'; $s($to, ...)) with a credential label and the visitor's address in the message"
        severity = "high"
        technique = "$msg .= 'Password: ' . $_POST['p']; $ip = $_SERVER['REMOTE_ADDR']; $send = 'mail'; $send($to, $subject, $msg);"
        seen = "none"
    strings:
        $n = /\$\w{1,30}\s{0,4}=\s{0,4}["'](mail|mb_send_mail)["']\s{0,4};/
        /* a credential label before a value in the message */
        $l1 = /(pass(word|wd|code)?|pwd|pin|cvv2?|cvc|otp|ssn)\b[^"'\n]{0,20}["']\s{0,4}\.\s{0,4}\$/ nocase
        $l2 = /(pass(word|wd|code)?|pwd|pin|cvv2?|cvc|otp|ssn)\b\s{0,4}(:|=>?)\s{0,4}\{?\$\w/ nocase
        /* no \b before: "\nPassCode: %s" has the n of the escape before it */
        $l3 = /["'][^"'\n]{0,60}(pass(word|wd|code)?|pwd|cvv2?|cvc|otp)\s{0,4}:\s{0,4}%s/ nocase
        $i1 = "REMOTE_ADDR" ascii
        $i2 = "HTTP_USER_AGENT" ascii
        $q = /\$_(POST|REQUEST|GET)\s{0,4}\[/
    condition:
        /* a kit's handler is a short script; an application's mailer class says mail in its config */
        filesize < 32KB and phishing_kit__php_source and $n and any of ($l*) and any of ($i*) and $q and
        not phishing_kit__app_code
}
