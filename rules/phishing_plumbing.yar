/*
 * hostsweep — a phishing kit's PHP plumbing (docs/rules.md, "Phishing kits,
 * round 6"): the step files of a multi-step kit, the one handler behind an
 * HTML page, the wallet-phrase handler, the gate that hands each visitor a
 * random directory, single-test anti-bot includes and the one-table
 * fingerprint helpers. Written from the technique and the invented kits of
 * tests/eval/phishgen2.py; held-out set 4's generator (a training set now)
 * was read for its families (tuned_on says so). The table helpers were
 * written after two packetrat files were read (seen says so).
 *
 * What sets these apart from applications: a step file keeps credential
 * fields in the session *and* ships them with the visitor's address; a
 * handler dumps every posted field with the visitor's address to a fixed
 * channel and then sends the visitor to another site (FormMail thanks its
 * sender on its own site); nothing real ships a wallet's recovery phrase;
 * an anti-bot include that turns away security vendors' crawlers with a
 * fake 404 or a big brand's site hides something from them.
 */
// Every rule here reads PHP source only (docs/rules.md, "Rule scope"):
// hostsweep: scope=php

private rule phishing_plumbing__php_source
{
    strings:
        $o1 = "<?php" ascii nocase
        $o2 = "<?=" ascii
        $o3 = /<\?[ \t\r\n]/
    condition:
        any of them and (
            (for any of ($o*) : (@ == 0 or (@ <= 64 and for all i in (0..@ - 1) : (uint8(i) == 0x20 or
                uint8(i) == 0x09 or uint8(i) == 0x0a or uint8(i) == 0x0d or (i < 3 and uint16be(0) == 0xefbb and uint8(2) == 0xbf)))))
            or not (
            extension == "js" or extension == "mjs" or extension == "ts" or extension == "css" or
            extension == "cjs" or extension == "jsx" or extension == "tsx" or extension == "vue" or
            extension == "svelte" or extension == "coffee" or extension == "mdx" or extension == "adoc" or
            extension == "asciidoc" or
            extension == "md" or extension == "markdown" or extension == "rst" or
            extension == "txt" or extension == "text" or extension == "log" or
            extension == "json" or extension == "xml" or extension == "svg" or
            extension == "yml" or extension == "yaml" or extension == "po" or extension == "pot" or
            extension == "csv" or extension == "sql"))
}

/* The visitor's address. */
private rule phishing_plumbing__visitor_ip
{
    strings:
        $i1 = "REMOTE_ADDR" ascii
        $i2 = "HTTP_CLIENT_IP" ascii
        $i3 = "HTTP_X_FORWARDED_FOR" ascii
        $i4 = "HTTP_CF_CONNECTING_IP" ascii
    condition:
        any of them
}

/* A channel out: mail, an appended file, an outbound request, a messenger. */
private rule phishing_plumbing__ship
{
    strings:
        $s1 = /\bmail\s{0,2}\(/
        $s2 = "FILE_APPEND" ascii
        $s3 = /\bfopen\s{0,2}\([^;\n]{1,120},\s{0,2}["']a\+?["']\s{0,2}\)/
        $s4 = /\bcurl_init\s{0,2}\(/
        $s5 = /\bstream_context_create\s{0,2}\(/
        $s6 = "api.telegram.org" ascii nocase
        $s7 = /\berror_log\s{0,2}\([^;\n]{1,120},\s{0,2}3\s{0,2},/
        $s8 = /->send\s{0,2}\(\s{0,2}\)/
    condition:
        any of them
}

/* What a real login, checkout or form carries: a hash check, a CSRF token
 * or nonce, a captcha. */
private rule phishing_plumbing__real_app
{
    strings:
        $a1 = "password_verify" ascii
        $a2 = "csrf" ascii nocase
        $a3 = "nonce" ascii nocase
        $a4 = "captcha" ascii nocase
        $a5 = "check_admin_referer" ascii
    condition:
        any of them
}

/* The visitor is sent on to another site (the real brand), or to an address
 * the kit's config holds. */
private rule phishing_plumbing__away
{
    strings:
        $l1 = /Location:\s{0,4}https?:\/\//
        $l2 = /Location:\s{0,4}(https:\/\/)?["']\s{0,4}\.\s{0,4}(\$\w{1,30}\s{0,2}\[|[A-Z_]{3,30}\b|\$\w{1,30}\s{0,2}\))/
        $l3 = /location(\.href)?\s{0,2}=\s{0,2}\\?["']https?:\/\//
        $l4 = /url=https?:\/\//
        $l5 = /Refresh:\s{0,4}\d{1,2};\s{0,4}url=["']\s{0,4}\.\s{0,4}\$/
    condition:
        any of them
}

rule phishing_kit_session_step_ships : phishing
{
    meta:
        description = "Step file of a multi-step kit: posted card, code or password fields kept in $_SESSION, shipped with the visitor's address (mail, file, messenger, webhook), then the next step"
        severity = "high"
        technique = "foreach (['cc','exp','cvv'] as $k) $_SESSION['d'][$k] = $_POST[$k]; $msg = $ip . print_r($_SESSION['d'], true); file_put_contents(.., FILE_APPEND) / curl(telegram) / mail(); header('Location: otp.php')"
        seen = "none"
        tuned_on = "phishgen2, heldout4"
    strings:
        $keep1 = /\$_SESSION\s{0,2}\[[^\]\n]{1,40}\](\s{0,2}\[[^\]\n]{1,40}\]){0,2}\s{0,2}=[^;\n]{0,80}\$_(POST|REQUEST)\b/
        $keep2 = /\$_SESSION\s{0,2}\[[^\]\n]{1,40}\]\s{0,2}=\s{0,2}array_merge\s{0,2}\([^;\n]{0,120}\$_POST/
        $cred = /["'](pass(word|wd)?|pwd|pw|cvv2?|cvc|cc(num|_number)?|card(num|number|_number)?|ssn|otp|pin|atmpin|mmn|phrase|seed|mnemonic|exp(iry|date)?)["']/
        $next = /(Location:\s{0,4}|location(\.href)?\s{0,2}=\s{0,2}\\?["'])[\w.\/-]{0,40}\.php/
    condition:
        filesize < 200KB and phishing_plumbing__php_source and any of ($keep*) and $cred and $next and
        phishing_plumbing__ship and phishing_plumbing__visitor_ip and not phishing_plumbing__real_app
}

rule phishing_kit_post_dump_shipped : phishing
{
    meta:
        description = "Handler that dumps every posted field with the visitor's address to a fixed channel (mail, file, messenger, webhook, a remote panel) and sends the visitor to another site"
        severity = "medium"
        technique = "foreach ($_POST as $k => $v) $msg .= \"$k: $v\"; $msg .= 'IP: ' . $ip; mail($cfg['to'], ..) / curl(gate.php); header('Location: ' . $cfg['redirect']) (FormMail thanks the sender on its own site)"
        seen = "none"
        tuned_on = "phishgen2, heldout4"
    strings:
        $d1 = /foreach\s{0,2}\(\s{0,2}\$_(POST|REQUEST)\s{1,4}as\b/
        $d2 = /\b(print_r|var_export|json_encode|http_build_query|serialize|implode)\s{0,2}\([^;\n]{0,20}\$_(POST|REQUEST)\b\s{0,2}[,)]/
    condition:
        filesize < 100KB and phishing_plumbing__php_source and any of ($d*) and phishing_plumbing__visitor_ip and
        phishing_plumbing__ship and phishing_plumbing__away and not phishing_plumbing__real_app
}

/* The page's own form asks for a card number and its security code, by
 * the field's name or by the label the visitor reads (placeholder, aria
 * label, <label>), in the languages the kits are written in: a kit that
 * names its fields cn, cv, f2 still has to tell the victim what to type. */
private rule phishing_plumbing__card_form
{
    strings:
        /* the field's name (name= written tight: a regex keyed on "name"
         * alone is tried at every input of every page) */
        $n1 = /name=\\?["']?(cc|ccn|cc_?num(ber)?|card_?num(ber)?|card_?no|cardnumber|kart_?no|num_?carte|numero_?cartao|so_?the)["'\s>]/ nocase
        /* the words the visitor reads (placeholder, label), in the kits'
         * languages */
        $n2 = /(card number|num\xc3\xa9ro de (la )?carte|n\xc3\xbamero de (la )?tarjeta|n\xc3\xbamero do cart\xc3\xa3o|kart numaras\xc4\xb1|kartennummer|s\xe1\xbb\x91 th\xe1\xba\xbb|nomor kartu|numero (della )?carta|kaartnummer|numer karty)/ nocase
        $c1 = /name=\\?["']?(cvv2?|cvc2?|csc|cid|cryptogramme|ccv)["'\s>]/ nocase
        $c2 = /(cvv|cvc|cryptogramme|c\xc3\xb3digo de seguran|c\xc3\xb3digo de seguridad|g\xc3\xbcvenlik kodu|m\xc3\xa3 b\xe1\xba\xa3o m\xe1\xba\xadt|kode keamanan|pr\xc3\xbcfnummer|security code)/ nocase
    condition:
        any of ($n*) and any of ($c*)
}

rule phishing_kit_card_form_ships : phishing
{
    meta:
        description = "Kit page and handler in one file: its form asks for a card number and the security code (by name or by the label the visitor reads), and the posted fields go out with the visitor's address (messenger, mail, an appended file) to no payment gateway"
        severity = "high"
        technique = "$msg = 'NF | ' . $_POST['cn'] . ' | ' . $_POST['cv'] . ' | ' . $ip; fopen(.., 'a') / api.telegram.org / mail(); <input name=cn placeholder='Kart numarası'><input name=cv placeholder=CVV> (round 10: fields named for nothing, the label says it)"
        seen = "heldout5"
        tuned_on = "tests/fixtures/phishing"
    strings:
        $post = /\$_(POST|REQUEST)\b/
        $form = /<form\b/ nocase
        /* a payment gateway's SDK or host: a shop's own checkout */
        $g1 = "stripe" ascii nocase
        $g2 = "braintree" ascii nocase
        $g3 = "adyen" ascii nocase
        $g4 = "paypal.com" ascii nocase
        $g5 = "iyzipay" ascii nocase
        $g6 = "mercadopago" ascii nocase
        $g7 = "vnpay" ascii nocase
        $g8 = "authorize.net" ascii nocase
        $g9 = "checkout.com" ascii nocase
    condition:
        filesize < 100KB and phishing_plumbing__php_source and $post and $form and phishing_plumbing__card_form and
        phishing_plumbing__ship and phishing_plumbing__visitor_ip and not phishing_plumbing__real_app and
        not any of ($g*)
}

rule phishing_kit_wallet_phrase_shipped : phishing
{
    meta:
        description = "Handler that takes a wallet's recovery phrase (seed, mnemonic), checks it has 12-24 words and ships it (mail, file, messenger, webhook)"
        severity = "high"
        technique = "$w = $_POST['phrase']; if (str_word_count($w) < 12) ..; $msg = 'Phrase: ' . $w . $ip; curl(telegram) / mail() / FILE_APPEND"
        seen = "none"
        tuned_on = "phishgen2, heldout4"
    strings:
        $in = /\$_(POST|REQUEST|GET)\s{0,2}\[\s{0,2}["'](phrase|mnemonic|seed|seedphrase|seed_phrase|words|secret|recovery|recovery_phrase|privatekey|private_key|keystore|semilla|frase|palavras|mnemonica|fraza|kelimeler|cle_?privee)["']/ nocase
        $post = /\$_(POST|REQUEST)\s{0,2}\[/
        $n1 = /\bstr_word_count\s{0,2}\(/
        $n2 = /count\s{0,2}\(\s{0,2}(explode|preg_split)\s{0,2}\(/
        $n3 = /(\[|array\s{0,2}\()\s{0,2}12\s{0,2},\s{0,2}15\s{0,2},\s{0,2}18/
        /* round 9: the word count of a posted field tested against 12 or 24 */
        $n5 = /str_word_count\s{0,2}\([^;\n]{0,60}\)\s{0,2}(>=|<|==|===|!=|>)\s{0,2}(12|24)\b/
        $n4 = /["'][^"'\n]{0,20}(phrase|seed|mnemonic|recovery)[^"'\n]{0,10}:/ nocase
    condition:
        filesize < 100KB and phishing_plumbing__php_source and ($in and any of ($n*) or $post and $n3) and
        phishing_plumbing__ship
}

rule phishing_kit_random_dir_redirect : phishing
{
    meta:
        description = "Kit index that links, renames or unzips the kit into a random directory per visitor and redirects the visitor into it"
        severity = "medium"
        technique = "$t = substr(sha1(uniqid()), 0, 12); symlink(__DIR__ . '/app', 's_' . $t) / rename($last, $t) / $zip->extractTo($t); header('Location: s_' . $t . '/login.php') or a meta refresh into $t"
        seen = "none"
        tuned_on = "phishgen2, heldout4"
    strings:
        $mk1 = /\bsymlink\s{0,2}\(/
        $mk2 = /\brename\s{0,2}\(/
        $mk3 = /->extractTo\s{0,2}\(/
        $rnd = /\b(uniqid|mt_rand|rand|random_bytes|str_shuffle|microtime|openssl_random_pseudo_bytes)\s{0,2}\(/
        $go1 = /Location:\s{0,4}[\w.\/-]{0,20}["']\s{0,2}\.\s{0,2}\$\w{1,30}/
        $go2 = /Location:\s{0,4}[\w.\/-]{0,20}\{?\$\w{1,30}/
        $go3 = /url=["']\s{0,2}\.\s{0,2}\$\w{1,30}/
        $go4 = /location(\.href)?\s{0,2}=\s{0,2}\\?["']["']?\s{0,2}\.\s{0,2}\$\w{1,30}/
        $up = "$_FILES" ascii
    condition:
        filesize < 12KB and phishing_plumbing__php_source and any of ($mk*) and $rnd and any of ($go*) and not $up
}

/* The lie a gate tells the turned-away visitor: a fake 404, or a big site. */
private rule phishing_plumbing__deny
{
    strings:
        $d1 = /HTTP\/1\.[01]\s{1,4}404/
        $d2 = /http_response_code\s{0,4}\(\s{0,4}(404|403)/
        $d3 = /Location:\s{0,4}https?:\/\/(www\.)?(google|bing|yahoo|paypal|microsoft|office|outlook|live|apple|amazon|dhl|fedex|netflix|chase|wellsfargo|facebook|youtube|wikipedia)\./ nocase
        $d4 = /<h1>\s{0,2}Not Found\s{0,2}<\/h1>/ nocase
        $d5 = /location\.(replace|assign|href)\s{0,2}[=(]\s{0,2}\\?["']https?:\/\/(www\.)?(google|bing|yahoo|paypal|microsoft|office|outlook|live|apple|amazon|dhl|fedex|netflix|chase|wellsfargo|facebook|youtube|wikipedia)\./ nocase
    condition:
        any of them
}

/* train8: the same per-visitor directory made by copying the kit's files
 * (mkdir, then copy() over a glob/scandir of the kit's folder), named from
 * the visitor's address or a random token, the visitor redirected into it,
 * behind a gate that shows everyone else a big site or a fake 404. An
 * installer copies files once, into a fixed place, and turns no visitor
 * away; nothing real gives each visitor a copy of its pages. */
rule phishing_kit_gated_visitor_copy : phishing
{
    meta:
        description = "Kit index behind a visitor gate (fake 404 or a big brand's site for the turned-away) that copies the kit's pages into a directory named for each visitor (from the address or a random token) and redirects the visitor into it"
        severity = "high"
        technique = "if (!in_array($cc, $allowed)) header('Location: https://www.google.com/'); $d = substr(md5($ip . 'salt'), 0, 10); mkdir('s/' . $d); foreach (glob('src/*') as $f) copy($f, 's/' . $d . '/' . basename($f)); header('Location: s/' . $d . '/')"
        seen = "train8"
    strings:
        $mk = /\bmkdir\s{0,2}\(/
        $cp1 = /\bcopy\s{0,2}\(/
        $cp2 = /\bsymlink\s{0,2}\(/
        $cp3 = /->extractTo\s{0,2}\(/
        $ls1 = /\b(glob|scandir|opendir)\s{0,2}\(/
        $ls2 = "DirectoryIterator" ascii
        /* the directory's name from the visitor's address or a random token */
        $nm1 = /\b(md5|sha1|crc32|hash|base64_encode|bin2hex)\s{0,2}\([^;\n]{0,60}(\$\w{0,20}ip\b|REMOTE_ADDR)/ nocase
        $nm2 = /\b(uniqid|mt_rand|random_bytes|str_shuffle|openssl_random_pseudo_bytes)\s{0,2}\(/
        $go1 = /Location:\s{0,4}[\w.\/-]{0,20}["']\s{0,2}\.\s{0,2}\$\w{1,30}/
        $go2 = /Location:\s{0,4}[\w.\/-]{0,20}\{?\$\w{1,30}/
        $go3 = /url=["']\s{0,2}\.\s{0,2}\$\w{1,30}/
        $up = "$_FILES" ascii
        /* the lie told the turned-away: a fake 404 or a big site (a 403
         * for a user without the right is an application's answer) */
        $d1 = /HTTP\/1\.[01]\s{1,4}404/
        $d2 = /http_response_code\s{0,4}\(\s{0,4}404/
        $d3 = /Location:\s{0,4}https?:\/\/(www\.)?(google|bing|yahoo|paypal|microsoft|office|outlook|live|apple|amazon|dhl|fedex|netflix|chase|wellsfargo|facebook|youtube|wikipedia)\./ nocase
        $d4 = /<h1>\s{0,2}Not Found\s{0,2}<\/h1>/ nocase
    condition:
        filesize < 20KB and phishing_plumbing__php_source and $mk and any of ($cp*) and any of ($ls*) and
        any of ($nm*) and any of ($go*) and any of ($d*) and not $up
}

rule phishing_kit_antibot_single_test : phishing
{
    meta:
        description = "Anti-bot include of a kit: one test on the visitor that targets security vendors, crawler networks or hosting providers (user agent or host-name words, a CIDR list, a geo/ISP lookup's hosting flag, a daily token) answered with a fake 404 or a big brand's site"
        severity = "medium"
        technique = "preg_match('/..|phishtank|netcraft|urlscan/i', $ua) / foreach (['amazonaws','kaspersky',..] as $w) strpos(gethostbyaddr($ip), $w) / ip2long mask over 8+ CIDRs / ip-api ..['hosting'] / md5(date('Ymd')) token; then 404 or Location: https://www.google.com"
        seen = "none"
        tuned_on = "phishgen2, heldout4"
    strings:
        /* security vendors and abuse scanners, two or more named (plain
         * literals: one regex over pairs of them cost 20 times as much) */
        $v0 = "phishtank" ascii nocase
        $v1 = "netcraft" ascii nocase
        $v2 = "urlscan" ascii nocase
        $v3 = "virustotal" ascii nocase
        $v4 = "kaspersky" ascii nocase
        $v5 = "trendmicro" ascii nocase
        $v6 = "bitdefender" ascii nocase
        $v7 = "forcepoint" ascii nocase
        $v8 = "sophos" ascii nocase
        $v9 = "fortinet" ascii nocase
        $v10 = "paloalto" ascii nocase
        $v11 = "mcafee" ascii nocase
        $v12 = "symantec" ascii nocase
        $v13 = "phishlabs" ascii nocase
        $v14 = "opendns" ascii nocase
        $v15 = "spamhaus" ascii nocase
        $ua = "HTTP_USER_AGENT" ascii
        $rdns = /\bgethostbyaddr\s{0,2}\(/
        /* hosting providers in the visitor's host name */
        $h = /["'](amazonaws|googleusercontent|digitalocean|linode|hetzner|ovh|azure|cloudfront|choopa|vultr)["']/ nocase
        /* a network of /24 or wider in a quoted list: '66.249.64.0/19' (its
         * host bits are zero, so it ends in ".0/": the literal YARA looks for) */
        $cidr = /\d\.0\/(8|9|1[0-9]|2[0-4])["']/
        $mask = /\bip2long\s{0,2}\(/
        $geo1 = /\[\s{0,2}["'](hosting|proxy)["']\s{0,2}\]/
        $geo2 = /->(hosting|proxy)\b/
        $tok = /md5\s{0,2}\(\s{0,2}date\s{0,2}\(/
        $get = "$_GET" ascii
    condition:
        filesize < 60KB and phishing_plumbing__php_source and phishing_plumbing__deny and (
            (2 of ($v*) and ($ua or $rdns)) or ($rdns and #h >= 2) or (#cidr >= 8 and $mask and phishing_plumbing__visitor_ip) or
            (any of ($geo*) and phishing_plumbing__visitor_ip) or ($tok and $get))
}

rule phishing_kit_ua_table_helper : phishing
{
    meta:
        description = "Kit helper holding just one table: a function that maps the visitor's user agent to a browser or OS name (the fingerprint line of a result message); no class, no namespace"
        severity = "low"
        technique = "function getOS($ua) { $oses = array('Windows 10' => 'windows nt 10', 'iPhone' => 'iphone', ..); foreach (..) if (preg_match/eregi(..)) return $name; }"
        seen = "packetrat"
        tuned_on = "phishgen2"
    strings:
        $n = /["'](Windows (XP|Vista|7|8|8\.1|10|11|98|95|2000|ME|NT( 4\.0)?|Server 2003|3\.11)|Mac OS X|Mac OS 9|Linux|Ubuntu|iPhone|iPod|iPad|Android|BlackBerry|Mobile|Internet Explorer( \d{1,2})?|Firefox|Mozilla Firefox|Safari|Chrome|Google Chrome|Opera|Netscape|Maxthon|Konqueror|Handheld Browser|Edge|Galeon|Lynx|MyIE|Nokia|SearchBot|UC Browser|Open BSD|Sun OS|QNX|BeOS|OS\/2|Search Bot)["']/
        $m = /\b(eregi|preg_match|stripos|stristr)\s{0,2}\(/
        /* literals: a regex on "function NAME(" cost ten times as much */
        $f = "function " ascii
        $ns1 = "namespace " ascii
        $ns2 = "class " ascii
        $ns3 = "interface " ascii
        $ns4 = "trait " ascii
    condition:
        filesize < 8KB and phishing_plumbing__php_source and #n >= 8 and $m and $f and not any of ($ns*)
}

/* train6, second round (seen = "train6"): a multi-step kit whose handler
 * names no field. Each step's form (plain HTML pages served by the handler)
 * asks for what the handler never names; the handler only adds each post,
 * whole, to a store that outlives the request ($_SESSION, or a JSON or
 * serialized file per visitor), and ships the store at the end. What it
 * must do in any spelling: accumulate the whole $_POST across requests,
 * serve the next static step page, and send the store out. A real wizard
 * keeps chosen, cleaned fields and renders templates, with a CSRF token. */
rule phishing_kit_steps_accumulate_ship : phishing
{
    meta:
        description = "Multi-step kit handler: every post added whole to a per-visitor store (session or per-visitor file) across steps, static step pages served, the store shipped at the end"
        severity = "high"
        technique = "$_SESSION['d'] = array_merge($_SESSION['d'] ?? [], $_POST) / $data = array_merge(json_decode(file_get_contents(\"tmp/$id.json\")), $_POST) / $_SESSION['log'] .= http_build_query($_POST); .. mail($to, .., print_r($data, true)); readfile(\"steps/$next.html\")"
        seen = "train6"
    strings:
        $a1 = /array_merge\s{0,2}\([^;\n]{0,120},\s{0,2}\$_(POST|REQUEST)\s{0,2}\)/
        $a2 = /\$_SESSION\s{0,2}\[[^\]\n]{1,40}\]\s{0,2}(\[\s{0,2}\]\s{0,2})?=\s{0,2}\$_(POST|REQUEST)\s{0,2};/
        $a3 = /\$_SESSION\s{0,2}\[[^\]\n]{1,40}\]\s{0,2}(\.=|=\s{0,2}\(\s{0,2}\$_SESSION\s{0,2}\[[^\]\n]{1,40}\][^;\n]{0,20}\)\s{0,2}\.)/
        $a4 = /\$_SESSION\s{0,2}\[[^\]\n]{1,40}\]\s{0,2}\+=\s{0,2}\$_(POST|REQUEST)\b/
        $d = /\b(json_encode|http_build_query|print_r|var_export|implode|serialize)\s{0,2}\([^;\n]{0,20}\$_(POST|REQUEST)\b\s{0,2}[,)]/
        $st1 = "session_start" ascii
        $st2 = /json_decode\s{0,2}\(\s{0,2}(@\s{0,2})?file_get_contents\s{0,2}\(/
        $st3 = /unserialize\s{0,2}\(\s{0,2}(@\s{0,2})?file_get_contents\s{0,2}\(/
        $pg1 = /\b(readfile|include|require)(_once)?[\s(][^;\n]{0,120}\.html?["']/
        $pg2 = /\b(echo|print)\s{1,3}(@\s{0,2})?file_get_contents\s{0,2}\([^;\n]{0,120}\.html?["']/
    condition:
        filesize < 30KB and phishing_plumbing__php_source and
        (any of ($a1, $a2, $a4) or ($a3 and $d)) and any of ($st*) and any of ($pg*) and
        phishing_plumbing__ship and not phishing_plumbing__real_app
}
