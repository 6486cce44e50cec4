/*
 * hostsweep — PHP form handlers that keep or relay what a visitor typed
 * (written from the technique, seen = "none"; docs/rules.md "Wave 3").
 *
 * - Credential harvest to a file: a "login"/"verify" handler appends the
 *   posted password/card/OTP fields to a text file the kit owner fetches
 *   later, then sends the victim on to the real site. A real login
 *   verifies the password (password_verify, hash_equals, wp_check_password
 *   ...) and never writes it.
 * - Contact-form relay: the recipient, Bcc/Cc or the whole additional
 *   headers of mail() come from the request, so anyone can send through
 *   the form. A real contact form mails a fixed address and puts the
 *   visitor's input in the body.
 */
// Every rule here reads PHP source only (docs/rules.md, "Rule scope"):
// hostsweep: scope=php

private rule harvest__php_source
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

rule harvest_credentials_to_file : phishing
{
    meta:
        description = "Login/verify handler that appends posted passwords, card or OTP fields to a file and redirects the visitor to another site"
        severity = "high"
        technique = "$_POST['pass'|'cvv'|'otp'...] + fopen(..,'a')/file_put_contents(..,FILE_APPEND)/error_log(..,3,..) + header('Location: https://..'), no password verification"
        seen = "none"
    strings:
        $c = /\$_([Pp][Oo][Ss][Tt]|[Rr][Ee][Qq][Uu][Ee][Ss][Tt]|[Gg][Ee][Tt])\s{0,2}\[\s{0,2}['"][\w-]{0,20}([Pp][Aa][Ss][Ss]|[Pp][Ww][Dd]|[Pp][Ww]|[Cc][Vv][Vv]|[Cc][Vv][Cc]|[Cc][Aa][Rr][Dd]|[Cc][Cc][Nn][Uu][Mm]|[Oo][Tt][Pp]|[Ss][Ss][Nn]|[Ss][Ee][Cc][Rr][Ee][Tt]|[Pp][Ii][Nn])[\w-]{0,20}['"]\s{0,2}\]/
        $c2 = /filter_input\s{0,2}\(\s{0,2}INPUT_(POST|GET|REQUEST)\s{0,2},\s{0,2}['"][\w-]{0,20}(pass|pwd|cvv|cvc|card|ccnum|otp|ssn|secret|pin)[\w-]{0,20}['"]/ nocase
        $all = /foreach\s{0,2}\(\s{0,2}\$_(POST|REQUEST)\s{1,4}as\s/ nocase
        $all2 = /\b(json_encode|http_build_query|serialize|var_export|print_r)\s{0,2}\(\s{0,2}\$_(POST|REQUEST)\b/
        // a dump of the whole form counts on a page that asks for a password or a card code
        $cw = /(type\s{0,2}=\s{0,2}["']?password|['"][\w-]{0,20}(pass|pwd|cvv|cvc|otp)[\w-]{0,20}['"])/ nocase
        $w1 = /\bfopen\s{0,2}\([^;]{1,160},\s{0,2}['"]a\+?b?['"]\s{0,2}\)/
        $w2 = /\bfile_put_contents\s{0,2}\([^;]{1,400}\bFILE_APPEND\b/
        $w3 = /\berror_log\s{0,2}\([^;]{1,300},\s{0,2}3\s{0,2},/
        $r1 = /header\s{0,2}\(\s{0,2}["']Location\s{0,2}:\s{0,4}https?:\/\// nocase
        $r2 = /(window\.|document\.)?location(\.href|\.replace\s{0,2}\()?\s{0,2}=?\s{0,2}["']https?:\/\// nocase
        $r3 = /http-equiv\s{0,2}=\s{0,2}["']?refresh["']?[^>]{0,80}url\s{0,2}=\s{0,2}'?https?:\/\// nocase
        $r5 = /header\s{0,2}\(\s{0,2}["']Refresh\s{0,2}:[^"'\n]{0,20}url\s{0,2}=\s{0,2}https?:\/\// nocase
        $r4 = /header\s{0,2}\(\s{0,2}["']Location\s{0,2}:\s{0,4}["']?\s{0,2}\.?\s{0,2}\$\w{1,30}/ nocase
        $u = /\$\w{1,30}\s{0,2}=\s{0,2}["']https?:\/\// nocase
        $r6 = /header\s{0,2}\(\s{0,2}["']Location\s{0,2}:\s{0,4}["']\s{0,2}\.\s{0,2}[A-Z_]{3,30}\s{0,2}\)/
        $u2 = /define\s{0,2}\(\s{0,2}['"][A-Z_]{1,30}['"]\s{0,2},\s{0,2}['"]https?:\/\//
        $v1 = "password_verify" ascii
        $v2 = "hash_equals" ascii
        $v3 = "wp_check_password" ascii
        $v4 = "wp_authenticate" ascii
        $v5 = "wp_signon" ascii
        $v6 = "Auth::attempt" ascii
        $v7 = "->checkPassword" ascii nocase
        $v8 = "->verifyPassword" ascii nocase
    condition:
        filesize < 1MB and harvest__php_source and ($c or $c2 or (($all or $all2) and $cw)) and any of ($w*) and
        (any of ($r1, $r2, $r3, $r5) or ($r4 and $u) or ($r6 and $u2)) and not any of ($v*) and
        // the write within 3000 bytes of a credential read (the handler, not two unrelated functions)
        (for any i in (1..#c) : ( for any of ($w*) : ( $ in (@c[i] - 3000 .. @c[i] + 3000) ) ) or
         for any i in (1..#c2) : ( for any of ($w*) : ( $ in (@c2[i] - 3000 .. @c2[i] + 3000) ) ) or
         for any i in (1..#all) : ( for any of ($w*) : ( $ in (@all[i] - 3000 .. @all[i] + 3000) ) ) or
         for any i in (1..#all2) : ( for any of ($w*) : ( $ in (@all2[i] - 3000 .. @all2[i] + 3000) ) ))
}

rule harvest_contact_form_relay : mailer
{
    meta:
        description = "Contact-form relay: mail() whose recipient, Bcc/Cc or additional headers come from the request"
        severity = "high"
        technique = "mail($_POST['to'], ..); $to = $_POST['recipient']; mail($to ..); \"Bcc: \".$_POST['bcc']; mail($to, $s, $m, $_POST['headers'])"
        seen = "none"
    strings:
        $m = /\bmail\s{0,2}\(/
        $d1 = /\bmail\s{0,2}\(\s{0,2}(trim\s{0,2}\(\s{0,2}|stripslashes\s{0,2}\(\s{0,2})?\$_(POST|REQUEST|GET)\b/
        $d2 = /\bmail\s{0,2}\([^;]{1,300},\s{0,2}(stripslashes\s{0,2}\(\s{0,2})?\$_(POST|REQUEST|GET)\s{0,2}\[[^\]]{1,40}\]\s{0,2}\)\s{0,2};/
        $q1 = /(\$_(POST|REQUEST|GET)\s{0,2}\[|filter_input\s{0,2}\(\s{0,2}INPUT_(POST|GET|REQUEST)\s{0,2},)\s{0,2}['"](to|mailto|mail_to|recipients?|rcpt|sendto|send_to|to_email|email_to|toemail|receiver)['"]/ nocase
        $q2 = /(\$_(POST|REQUEST|GET)\s{0,2}\[|filter_input\s{0,2}\(\s{0,2}INPUT_(POST|GET|REQUEST)\s{0,2},)\s{0,2}['"](bcc|cc|headers?|extra_headers|xheaders)['"]/ nocase
        // one validated address (a "send me a copy" box) is not a relay of a list
        $v1 = "FILTER_VALIDATE_EMAIL" ascii
        $v2 = "is_email(" ascii
        $h1 = /["']\s{0,2}([Bb][Cc][Cc]|[Cc][Cc]|[Tt][Oo])\s{0,2}:\s{0,4}["']\s{0,2}\.\s{0,2}([Tt][Rr][Ii][Mm]\s{0,2}\(\s{0,2})?\$_([Pp][Oo][Ss][Tt]|[Rr][Ee][Qq][Uu][Ee][Ss][Tt]|[Gg][Ee][Tt])\b/
        $h2 = /["']([Bb][Cc][Cc]|[Cc][Cc]|[Tt][Oo])\s{0,2}:\s{0,4}\{?\$_([Pp][Oo][Ss][Tt]|[Rr][Ee][Qq][Uu][Ee][Ss][Tt]|[Gg][Ee][Tt])\[/
    condition:
        filesize < 1MB and harvest__php_source and $m and (
            $d2 or $h1 or $h2 or
            // a Bcc/Cc/headers field read from the request and mailed within the same handler
            for any i in (1..#q2) : ( for any j in (1..#m) : ( @m[j] > @q2[i] and @m[j] < @q2[i] + 3000 ) ) or
            // the recipient from the request, not checked to be one address
            (not any of ($v*) and ($d1 or
                for any i in (1..#q1) : ( for any j in (1..#m) : ( @m[j] > @q1[i] and @m[j] < @q1[i] + 3000 ) )))
        )
}

rule harvest_contact_form_from_header : mailer
{
    meta:
        description = "mail() additional headers (From/Content-Type) built from unvalidated request input (header injection)"
        severity = "medium"
        technique = "\"From: \".$_POST['email'] without filter_var(FILTER_VALIDATE_EMAIL)/preg_match on the value"
        seen = "none"
    strings:
        $m = /\bmail\s{0,2}\(/
        $h1 = /["']\s{0,2}([Ff][Rr][Oo][Mm]|[Rr][Ee][Pp][Ll][Yy]-[Tt][Oo]|[Cc][Oo][Nn][Tt][Ee][Nn][Tt]-[Tt][Yy][Pp][Ee])\s{0,2}:\s{0,4}["']\s{0,2}\.\s{0,2}\$_([Pp][Oo][Ss][Tt]|[Rr][Ee][Qq][Uu][Ee][Ss][Tt]|[Gg][Ee][Tt])\b/
        $h2 = /["']([Ff][Rr][Oo][Mm]|[Rr][Ee][Pp][Ll][Yy]-[Tt][Oo]|[Cc][Oo][Nn][Tt][Ee][Nn][Tt]-[Tt][Yy][Pp][Ee])\s{0,2}:\s{0,4}\{?\$_([Pp][Oo][Ss][Tt]|[Rr][Ee][Qq][Uu][Ee][Ss][Tt]|[Gg][Ee][Tt])\[/
        $f1 = "FILTER_VALIDATE_EMAIL" ascii
        $f2 = "FILTER_SANITIZE_EMAIL" ascii
        $f3 = "is_email(" ascii
        $f4 = /preg_(match|replace)\s{0,2}\([^;]{0,120}(\\r|\\n|%0a|%0d)/ nocase
    condition:
        filesize < 1MB and harvest__php_source and $m and any of ($h*) and not any of ($f*)
}

rule harvest_labelled_credentials_appended : phishing
{
    meta:
        description = "Form handler that appends a labelled password/card-code/OTP value from the request to a file (a harvest log, whatever else the page does)"
        severity = "high"
        technique = "$msg = \"Pass: \" . $_POST['password']; / \"Password: {$_POST['pw']}\" / fwrite($fp, $_POST['cvv']) + fopen(..,'a')/file_put_contents(..,FILE_APPEND)"
        seen = "none"
    strings:
        $l1 = /["'][^"'\n]{0,30}\b([Pp][Aa][Ss][Ss]([Ww][Oo][Rr][Dd]|[Ww][Dd])?|[Pp][Ww][Dd]|[Pp][Ww]|[Cc][Vv][Vv]2?|[Cc][Vv][Cc]|[Oo][Tt][Pp]|[Pp][Ii][Nn])\s{0,4}[:=]\s{0,4}["']\s{0,2}\.\s{0,2}\$_([Pp][Oo][Ss][Tt]|[Rr][Ee][Qq][Uu][Ee][Ss][Tt]|[Gg][Ee][Tt])\s{0,2}\[/
        $l2 = /"[^"\n]{0,30}\b([Pp][Aa][Ss][Ss]([Ww][Oo][Rr][Dd]|[Ww][Dd])?|[Pp][Ww][Dd]|[Pp][Ww]|[Cc][Vv][Vv]2?|[Cc][Vv][Cc]|[Oo][Tt][Pp]|[Pp][Ii][Nn])\s{0,4}[:=]\s{0,4}\{?\$_([Pp][Oo][Ss][Tt]|[Rr][Ee][Qq][Uu][Ee][Ss][Tt]|[Gg][Ee][Tt])\s{0,2}\[/
        $l3 = /\b([Ff][Ww][Rr][Ii][Tt][Ee]|[Ff][Pp][Uu][Tt][Ss]|[Ff][Ii][Ll][Ee]_[Pp][Uu][Tt]_[Cc][Oo][Nn][Tt][Ee][Nn][Tt][Ss])\s{0,2}\([^;]{0,300}\$_([Pp][Oo][Ss][Tt]|[Rr][Ee][Qq][Uu][Ee][Ss][Tt])\s{0,2}\[\s{0,2}['"][\w-]{0,20}([Pp][Aa][Ss][Ss]|[Pp][Ww][Dd]|[Cc][Vv][Vv]|[Cc][Vv][Cc]|[Oo][Tt][Pp])/
        $w1 = /\bfopen\s{0,2}\([^;]{1,160},\s{0,2}['"]a[+b]{0,2}['"]\s{0,2}\)/
        $w2 = /\bfile_put_contents\s{0,2}\([^;]{1,400}\bFILE_APPEND\b/
        $w3 = /\berror_log\s{0,2}\([^;]{1,300},\s{0,2}3\s{0,2},/
    condition:
        filesize < 2MB and harvest__php_source and
        (for any i in (1..#l1) : ( for any of ($w*) : ( $ in (@l1[i] - 3000 .. @l1[i] + 3000) ) ) or
         for any i in (1..#l2) : ( for any of ($w*) : ( $ in (@l2[i] - 3000 .. @l2[i] + 3000) ) ) or
         for any i in (1..#l3) : ( for any of ($w*) : ( $ in (@l3[i] - 3000 .. @l3[i] + 3000) ) ))
}

/* ---- round 6 (branch mail5, "none"): written from the technique list of
 * docs/script-rules.md "Round 6", tuned on tests/eval/mailgen.py. */

/* An e-mail extractor: addresses pulled by regex out of pages fetched from a
 * posted URL list, out of every table of a database (SHOW TABLES, then
 * SELECT * of each) or out of a whole directory tree, collected and handed
 * out as a list. An address obfuscator replaces the addresses of one page
 * (preg_replace_callback) and keeps none. Medium: an admin's export tool is
 * the same shape. */
rule harvest_email_extractor : mailer
{
    meta:
        description = "E-mail extractor: an address regex run over fetched pages, every database table or a directory tree, the addresses collected into a list"
        severity = "medium"
        technique = "foreach (explode(\"\\n\", $_POST['urls']) as $u) { preg_match_all('/[a-z0-9_.+-]+@[a-z0-9-]+\\.[a-z.]+/i', file_get_contents($u), $m); ... } file_put_contents('emails.txt', implode(\"\\n\", array_keys($found)))"
        seen = "none"
    strings:
        $rx = /preg_match_all\s{0,4}\(\s{0,4}['"][^'"\n]{0,60}(\]\+|\\w\+|\]\{1,\d{1,3}\}|\]\*)\)?\s{0,2}@\s{0,2}\(?[\[\\]/
        $u1 = /file_get_contents\s{0,4}\(\s{0,4}(trim\s{0,4}\(\s{0,4})?\$\w{1,30}/
        $u2 = "curl_exec" ascii
        $q1 = "$_POST" ascii
        $q2 = "$_REQUEST" ascii
        $q3 = "$_GET" ascii
        $d1 = "SHOW TABLES" ascii nocase
        $d2 = /SELECT \* FROM/ nocase
        $r1 = "RecursiveDirectoryIterator" ascii
        $o1 = /array_(keys|unique)\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,4}\)/
        // an address kept as a key ($found[$e] = 1) or appended ($seen[] = ..): literals
        $o2 = "] = 1;" ascii
        $o3 = "] = true;" ascii
        $o4 = "]=1;" ascii
    condition:
        filesize < 300KB and harvest__php_source and $rx and any of ($o*) and
        ((any of ($u*) and any of ($q*)) or ($d1 and $d2) or ($r1 and any of ($q*)))
}
