/*
 * hostsweep — phishing-kit rules (credential harvesting back ends and kit helpers).
 *
 * The technique: posted credentials (password, card, PIN, OTP) put into a
 * message with the visitor's fingerprint (IP, user agent, geo lookup) and
 * sent away — by mail to a fixed mailbox, to a Telegram bot, or appended
 * to a text file — then the visitor is sent on to the real brand; plus the
 * kit's helpers: anti-bot blockers that hide the kit from security
 * vendors' crawlers, and cloned brand login pages. An application that
 * mails members their own details, or logs a contact form's IP, is not
 * that: what makes a kit is the fixed destination and the fingerprint
 * together. Severity and `seen` as in webshell.yar (docs/rules.md).
 */
// Every rule here reads PHP source only (docs/rules.md, "Rule scope"); the
// HTML sign-in clone rules are in phishing_pages.yar:
// hostsweep: scope=php

private rule phishing__php_source
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
            extension == "cjs" or extension == "jsx" or extension == "tsx" or extension == "vue" or
            extension == "svelte" or extension == "coffee" or extension == "mdx" or extension == "adoc" or
            extension == "asciidoc" or
            extension == "md" or extension == "markdown" or extension == "rst" or
            extension == "txt" or extension == "text" or extension == "log" or
            extension == "json" or extension == "xml" or extension == "svg" or
            extension == "yml" or extension == "yaml" or extension == "po" or extension == "pot" or
            extension == "csv" or extension == "sql"))
}

/* A credential label put into a message next to a variable or request value. */
private rule phishing__credential_in_message
{
    strings:
        $c1 = /(pass(word|wd)?|pwd|passcode|pin|cvv2?|cvc|ssn|card ?number|ccnum|exp(iry)? ?date|otp|security answer|mmn|sort ?code)[^"'\n]{0,40}["']\s{0,4}\.\s{0,4}(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[/ nocase
        $c2 = /\$\w{1,30}\s{0,4}\.?=\s{0,4}["'][^"'\n]{0,60}(pass(word|wd)?|pwd|cvv|cvc|card|pin|otp)[^"'\n]{0,40}["']\s{0,4}\.\s{0,4}\$\w{1,30}/ nocase
        $c3 = /["'][^"'\n]{0,30}(pass(word|wd)?|pwd)[^"'\n$()]{0,30}(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[/ nocase
        $c4 = /["'][^"'\n]{0,40}\b(pass(word|wd)?|pwd|cvv2?|cvc|pin|otp)\b\s{0,4}[:=]\s{0,4}\{?\$\w{1,30}/ nocase
        /* a heredoc message: the label starts its line ("Pass: {$v1}"; phishgen round) */
        $c5 = /\n[ \t]{0,8}[\w -]{0,20}\b(pass(word|wd|code)?|pwd|cvv2?|cvc|pin|otp)\b[ \t]{0,4}:[ \t]{0,4}\{?\$\w{1,30}/ nocase
        /* the same labels in the languages kits are written in (round 9):
         * "Senha 6: {$_POST['senha6']}", "Mot de passe : $mdp", "Şifre: ",
         * "Mật khẩu: ", "CVV : {$_POST['cryptogramme']}" */
        $c6 = /\b(senha|clave|contrase(\xc3\xb1|n)a|mot de passe|mdp|passwort|kennwort|\xc5\x9fifre|sifre|parola|has(\xc5\x82|l)o|wachtwoord|m\xe1\xba\xadt kh\xe1\xba\xa9u|mat khau|cryptogramme|itoken)\b[^"'\n:=]{0,16}[:=][ \t]{0,4}["']?[ \t]{0,4}\.?[ \t]{0,4}\{?\$\w{1,30}/ nocase
    condition:
        any of them
}

/* A table of field keys and labels with a credential among them, the posted
 * fields read through it in a loop ('senha' => 'Senha', then $_POST[$k]):
 * used only with a messenger, where an application has no such table. */
private rule phishing__credential_label_table
{
    strings:
        $t = /["'](pass(word|wd)?|senha|clave|contrasena|sifre|cvv2?|card_?number|numero_cartao|codigo_sms|sms_code)["']\s{0,4}=>\s{0,4}["'][^"'\n]{1,40}["']/ nocase
        $l = /\$_(POST|REQUEST)\s{0,4}\[\s{0,4}\$\w{1,20}\s{0,4}\]/
    condition:
        $t and $l
}

/* A password-like field read from the request. */
private rule phishing__credential_input
{
    strings:
        $k = /\$_([Pp][Oo][Ss][Tt]|[Rr][Ee][Qq][Uu][Ee][Ss][Tt]|[Gg][Ee][Tt])\s{0,4}\[\s{0,4}['"][\w-]{0,12}([Pp][Aa][Ss][Ss]|[Pp][Ww][Dd]|[Pp][Aa][Ss][Ss][Ww][Dd]|[Pp][Ss][Ww][Dd]|[Pp][Ii][Nn]|[Cc][Vv][Vv]|[Cc][Vv][Cc]|[Cc][Cc][Nn][Uu][Mm]|[Cc][Aa][Rr][Dd][Nn][Uu][Mm]|[Cc][Aa][Rr][Dd]_[Nn][Uu][Mm]|[Ss][Ss][Nn]|[Oo][Tt][Pp]|[Mm][Mm][Nn]|[Ee][Xx][Pp][Ii][Rr])[\w-]{0,12}['"]\s{0,4}\]/
        /* the same fields in the languages kits are written in, and the
         * bank's code generators (round 9) */
        $k2 = /\$_(POST|REQUEST|GET)\s{0,4}\[\s{0,4}['"][\w-]{0,12}(senha|clave|contrasena|sifre|parola|haslo|matkhau|cartao|tarjeta|numcarte|kartno|cryptogramme|guvenlik|itoken|smscode|sms_code|codigo_sms)[\w-]{0,12}['"]\s{0,4}\]/
    condition:
        $k or $k2
}

/* Who the visitor is: IP, user agent, reverse DNS, a geo-IP service. */
private rule phishing__fingerprint
{
    strings:
        $i1 = "REMOTE_ADDR" ascii
        $i2 = "HTTP_USER_AGENT" ascii
        $i3 = "geoplugin" ascii nocase
        $i4 = "gethostbyaddr" ascii
        $i5 = "HTTP_X_FORWARDED_FOR" ascii
        $i6 = "HTTP_CLIENT_IP" ascii
        $i7 = "ip-api.com" ascii nocase
        $i8 = "ipinfo.io" ascii nocase
        $i9 = "geoiplookup" ascii nocase
    condition:
        any of them
}

/* Where the loot goes, when that place is fixed in the script: a mail to a
 * literal mailbox (or a variable assigned one), a Telegram bot, a text file
 * appended to. */
private rule phishing__fixed_exfil
{
    strings:
        $m1 = /\bmail\s{0,4}\(\s{0,4}["'][\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,30}["']/
        $m2 = /=\s{0,4}["'][\w.+-]{1,64}@(gmail|yahoo|hotmail|outlook|yandex|aol|protonmail|gmx|icloud|live|zoho|inbox|mail)\.[a-z]{2,6}["']\s{0,4};/
        $m4 = /\$(sendto|send_to|recipient|receiver|rcpt|emailku|mailto|mail_to|my_?email|your_?email|result_?mail|admin_?email|ur_?email|penerima)\s{0,4}=\s{0,4}["'][\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,30}["']\s{0,4};/
        $m3 = /\bmail\s{0,4}\(/
        $t1 = "api.telegram.org" ascii nocase
        $f1 = /fopen\s{0,4}\([^)]{0,120}\.(txt|log|html|dat)["']\s{0,4},\s{0,4}["']a\+?["']/ nocase
        $f2 = /file_put_contents\s{0,4}\([^;]{0,200}FILE_APPEND/
    condition:
        ($m3 and ($m1 or $m2 or $m4)) or $t1 or any of ($f*)
}

/* What a real application does with a password: hash it, verify it, keep a session. */
private rule phishing__account_handling
{
    strings:
        $a1 = "password_hash" ascii
        $a2 = "password_verify" ascii
        $a3 = "session_regenerate_id" ascii
        $a4 = "ldap_bind" ascii
        $a5 = "wp_signon" ascii
        $a6 = "wp_check_password" ascii
        $a7 = "crypt(" ascii
    condition:
        any of them
}

rule phishing_credentials_exfil : phishing
{
    meta:
        description = "Posted credentials put into a message with the visitor's fingerprint and sent to a fixed mailbox, a Telegram bot or a log file"
        severity = "critical"
        technique = "phishing kit result script: $message .= \"Password: \".$_POST[...] + IP, mailed to the kit owner"
        seen = "none"
    condition:
        filesize < 500KB and phishing__php_source and phishing__credential_in_message and
        phishing__fingerprint and phishing__fixed_exfil and not phishing__account_handling
}

rule phishing_credentials_mailed : phishing
{
    meta:
        description = "Posted credentials collected with visitor IP/user agent and mailed or stored"
        severity = "medium"
        technique = "phishing kit result script: $message .= \"Password: \".$_POST[...] then mail()"
        seen = "pre"
    strings:
        $o1 = /\bmail\s{0,4}\(/
        $o2 = "api.telegram.org" ascii nocase
        $o3 = /fopen\s{0,4}\([^)]{0,80}["']a\+?["']/
        $o4 = "file_put_contents" ascii
        $o5 = "curl_exec" ascii
        $q1 = "$_POST" ascii
        $q2 = "$_GET" ascii
        $q3 = "$_REQUEST" ascii
    condition:
        filesize < 500KB and phishing__php_source and phishing__credential_in_message and phishing__fingerprint and
        any of ($o*) and any of ($q*) and not phishing__account_handling
}

rule phishing_login_capture_redirect : phishing
{
    meta:
        description = "Login form handler that sends the posted user and password away and redirects the visitor to an outside site"
        severity = "high"
        technique = "kit login.php: capture user + password, mail/Telegram/file, then Location: the real brand"
        seen = "none"
    strings:
        $u = /\$_([Pp][Oo][Ss][Tt]|[Rr][Ee][Qq][Uu][Ee][Ss][Tt]|[Gg][Ee][Tt])\s{0,4}\[\s{0,4}['"][\w-]{0,10}([Uu][Ss][Ee][Rr]|[Ll][Oo][Gg][Ii][Nn]|[Ee][Mm][Aa][Ii][Ll]|[Mm][Aa][Ii][Ll]|[Aa][Cc][Cc][Oo][Uu][Nn][Tt]|[Ii][Dd]|[Uu][Ss][Ee][Rr][Ii][Dd]|[Uu][Ss][Ee][Rr][Nn][Aa][Mm][Ee]|[Uu][Nn][Aa][Mm][Ee])[\w-]{0,10}['"]\s{0,4}\]/
        $r1 = /header\s{0,4}\(\s{0,4}["']Location:\s{0,4}https?:\/\//
        $r2 = /(window\.location|location\.href|location\.replace)[^\n]{0,20}https?:\/\//
        $r3 = /http-equiv\s{0,2}=\s{0,2}["']?refresh["']?[^>]{0,80}url\s{0,2}=\s{0,2}https?:\/\// nocase
    condition:
        filesize < 300KB and phishing__php_source and $u and phishing__credential_input and
        phishing__fixed_exfil and any of ($r*) and not phishing__account_handling
}

rule phishing_result_markers : phishing
{
    meta:
        description = "Phishing kit result/log banners (\"ReZulT\", login info, fullz) in a script sending mail"
        severity = "high"
        technique = "phishing kit result e-mail template"
        seen = "pre"
    strings:
        $r1 = "rezult" ascii nocase
        $r2 = "reZult" ascii nocase
        $r3 = "Result Good" ascii nocase
        $r4 = "Reult" ascii
        $r5 = "Fullz" ascii nocase
        $r6 = "LOGIN INFOS" ascii nocase
        $r7 = "Login Details" ascii nocase
        $r8 = "Logs " ascii
        $r9 = "VBV" ascii
        $r10 = "Created By" ascii nocase
        $r11 = "Hacked" ascii nocase
        $r12 = "ScamPage" ascii nocase
        $r13 = "scama" ascii nocase
        $r14 = "Spammed" ascii nocase
        $r15 = "[ IP" ascii nocase
        $r16 = "Victim" ascii nocase
        $r17 = "Log Info" ascii nocase
        $o1 = /\bmail\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,4},/
        $o2 = "api.telegram.org" ascii nocase
        $i1 = "REMOTE_ADDR" ascii
        $i2 = "HTTP_USER_AGENT" ascii
        $q = "$_POST" ascii
    condition:
        phishing__php_source and (
        filesize < 500KB and any of ($r1, $r2, $r3, $r4, $r5, $r12, $r13, $r14, $r16) and any of ($o*) and any of ($i*) and $q
        or (filesize < 500KB and 2 of ($r6, $r7, $r8, $r9, $r10, $r11, $r15, $r17) and $o1 and any of ($i*) and $q))
}

rule phishing_telegram_exfil : phishing
{
    meta:
        description = "Posted credentials forwarded to a Telegram bot"
        severity = "critical"
        technique = "Telegram Bot API sendMessage exfiltration"
        seen = "pre"
    strings:
        $t1 = "api.telegram.org/bot" ascii nocase
        $t2 = "sendMessage" ascii
        $t3 = "sendDocument" ascii
    condition:
        phishing__php_source and $t1 and any of ($t2, $t3) and
        (phishing__credential_input or phishing__credential_in_message or phishing__credential_label_table) and
        not phishing__account_handling
}

rule phishing_telegram_form_forward : phishing
{
    meta:
        description = "Posted form data and the visitor's fingerprint forwarded to a Telegram bot"
        severity = "medium"
        technique = "Telegram Bot API sendMessage of form data (kits; also order-notification bots)"
        seen = "pre"
    strings:
        $t1 = "api.telegram.org/bot" ascii nocase
        $t2 = "sendMessage" ascii
        $t3 = "sendDocument" ascii
        $q1 = "$_POST" ascii
        $q2 = "$_REQUEST" ascii
        $q3 = "$_GET" ascii
    condition:
        phishing__php_source and $t1 and any of ($t2, $t3) and any of ($q*) and phishing__fingerprint
}

rule phishing_antibot_blocker : phishing
{
    meta:
        description = "Phishing-kit anti-bot blocker: turns away security vendors' crawlers and scanners by host name, user agent or IP"
        severity = "high"
        technique = "kit blocker.php: banned IP/hostname/user-agent lists naming security vendors"
        seen = "none,packetrat"
    strings:
        /* security vendors, brand-protection and URL-scanning services as quoted list entries */
        $v1 = /["'](phishtank|netcraft|cyveillance|trendmicro|kaspersky|bitdefender|sophos|mcafee|symantec|norton|fortinet|fortiguard|avast|avira|eset|f-secure|paloalto|websense|forcepoint|zscaler|barracuda|spamhaus|surbl|virustotal|urlscan|safebrowsing|opendns|phishlabs|markmonitor|brandprotect|ironport|bluecoat|proofpoint|mimecast|sucuri|quttera|clamav|comodo|checkpoint|lookingglass|phish)["']/
        /* crawler ranges as wildcard prefixes: "^66.102.*.*" */
        $ip1 = ".*.*\"" ascii
        $ip2 = ".*.*'" ascii
        $ip3 = ".*\"" ascii
        $w1 = /["'](above|softlayer|amazonaws|digitalocean|hetzner|ovh|linode|tor-exit|torproject|dreamhost|netpilot|calyxinstitute|googlebot|bingbot|msnbot|crawler|spider|curl|wget|python-requests|libwww)["']/
        $s1 = "REMOTE_ADDR" ascii
        $s2 = "HTTP_USER_AGENT" ascii
        $s3 = "gethostbyaddr" ascii
        $b1 = /HTTP\/1\.[01]\s{1,4}40[34]/
        $b2 = "die(" ascii
        $b5 = "exit(" ascii
        $b6 = "exit;" ascii
        $b3 = /header\s{0,4}\(\s{0,4}["']Location:/
        $b4 = "http_response_code" ascii
    condition:
        filesize < 300KB and phishing__php_source and any of ($s*) and any of ($b*) and
        (#v1 >= 3 or (#v1 >= 1 and #w1 >= 3) or (#ip1 + #ip2 + #ip3 >= 6 and $b1 and $s1))
}

rule phishing_brand_login_clone : phishing
{
    meta:
        description = "Cloned bank/webmail/cloud login page posting credentials to a local PHP script"
        severity = "high"
        technique = "brand login clone (PayPal/Apple/Office365/bank) with local credential handler"
        seen = "pre"
    strings:
        $b1 = "PayPal" ascii
        $b2 = "Apple ID" ascii
        $b3 = "Office 365" ascii
        $b4 = "Microsoft account" ascii
        $b5 = "Outlook" ascii
        $b6 = "Wells Fargo" ascii
        $b7 = "Chase" ascii
        $b8 = "Bank of America" ascii
        $b9 = "Dropbox" ascii
        $b10 = "Yahoo" ascii
        $b11 = "Gmail" ascii
        $b12 = "Hotmail" ascii
        $b13 = "AOL" ascii
        $b14 = "Netflix" ascii
        $b15 = "Adobe" ascii
        $b16 = "DHL" ascii
        $b17 = "OneDrive" ascii
        $f1 = /<form[^>]{0,200}action\s{0,2}=\s{0,2}["'][^"'\/:]{1,60}\.php/ nocase
        /* t[y]pe: the class keeps YARA from taking the common "type" as search atom */
        $p1 = /t[y]pe\s{0,2}=\s{0,2}["']?password/ nocase
        $o = /\bmail\s{0,4}\(/
    condition:
        filesize < 300KB and phishing__php_source and any of ($b*) and $f1 and $p1 and phishing__fingerprint and $o and
        (phishing__credential_in_message or phishing__fixed_exfil)
}

rule phishing_hardcoded_dropbox_address : phishing
{
    meta:
        description = "Kit configuration: free-mail drop address defined for results next to a kit include"
        severity = "medium"
        technique = "kit config file ($ur_email/$send/$to = attacker mailbox)"
        seen = "pre"
    strings:
        $a = /\$(ur_?email|send|to|recipient|emailku|mailto|your_email|result_mail|resultmail|owner)\s{0,4}=\s{0,4}["'][\w.+-]{1,64}(@gmail|@yahoo|@hotmail|@outlook|@yandex|@aol|@mail|@protonmail|@gmx)\.[a-z.]{2,8}/ nocase
        $i1 = "blocker.php" ascii nocase
        $i2 = "antibots" ascii nocase
        $i3 = "anti-bot" ascii nocase
        $i4 = "error_reporting(0)" ascii
    condition:
        filesize < 4KB and phishing__php_source and $a and any of ($i*)
}

rule phishing_geo_fingerprint_mail : phishing
{
    meta:
        description = "Visitor geolocated via a free geo-IP API and posted credentials sent out"
        severity = "high"
        technique = "phishing result script with geoplugin/ip-api lookup + mail()"
        seen = "pre"
    strings:
        $g1 = "geoplugin.net" ascii nocase
        $g2 = "ip-api.com" ascii nocase
        $g3 = "ipinfo.io" ascii nocase
        $g4 = "geoiplookup" ascii nocase
        $i1 = "REMOTE_ADDR" ascii
        $q = "$_POST" ascii
        $o1 = /\bmail\s{0,4}\(/
        $o2 = "api.telegram.org" ascii nocase
        $o3 = "fwrite" ascii
    condition:
        filesize < 200KB and phishing__php_source and any of ($g*) and $i1 and $q and any of ($o*) and
        (phishing__credential_input or phishing__credential_in_message or phishing__fixed_exfil)
}

rule phishing_geo_fingerprint_form_mail : phishing
{
    meta:
        description = "Visitor geolocated via a free geo-IP API, posted form fields and the fingerprint mailed out"
        severity = "medium"
        technique = "kit result script (recovery e-mail/phone, card data...) with geoplugin/ip-api lookup + mail()"
        seen = "packetrat"
    strings:
        $g1 = "geoplugin.net" ascii nocase
        $g2 = "ip-api.com" ascii nocase
        $g3 = "ipinfo.io" ascii nocase
        $g4 = "geoiplookup" ascii nocase
        $i1 = "REMOTE_ADDR" ascii
        $i2 = "HTTP_USER_AGENT" ascii
        $q = "$_POST" ascii
        $o1 = /\bmail\s{0,4}\(/
        $o2 = "api.telegram.org" ascii nocase
        $o3 = "fwrite" ascii
    condition:
        filesize < 200KB and phishing__php_source and any of ($g*) and $i1 and $i2 and $q and any of ($o*)
}

rule phishing_brand_login_page_php : phishing
{
    meta:
        description = "Brand-impersonating sign-in page served by PHP, posting the password to a local script"
        severity = "medium"
        technique = "cloned Microsoft/Office365/Apple/PayPal/bank sign-in page in a .php file"
        seen = "pre"
    strings:
        $b1 = "Microsoft account" ascii nocase
        $b2 = "Sign in to Outlook" ascii nocase
        $b3 = "Office 365" ascii nocase
        $b4 = "Apple ID" ascii
        $b5 = "PayPal" ascii
        $b6 = "Wells Fargo" ascii nocase
        $b7 = "Bank of America" ascii nocase
        $b8 = "login.microsoftonline.com" ascii nocase
        $b9 = "login.live.com" ascii nocase
        $b10 = "OneDrive" ascii
        $b11 = "SharePoint" ascii
        $b12 = "DocuSign" ascii nocase
        $b13 = "Adobe Document Cloud" ascii nocase
        $b14 = "Dropbox" ascii
        $b15 = "Yahoo Mail" ascii nocase
        $b16 = "Outlook Web App" ascii nocase
        $b17 = "aol.com" ascii nocase
        $f1 = /<form[^>]{0,400}action\s{0,2}=\s{0,2}["'][^"'\/:?]{1,80}\.php/ nocase
        /* t[y]pe: the class keeps YARA from taking the common "type" as search atom */
        $p1 = /t[y]pe\s{0,2}=\s{0,2}["']?password/ nocase
    condition:
        filesize < 400KB and (extension startswith "php" or extension == "phtml" or extension == "") and
        2 of ($b*) and $f1 and $p1
}

rule phishing_kit_random_landing_copy : phishing
{
    meta:
        description = "Kit index that copies the landing page or folder to a random name per visitor and redirects to it"
        severity = "medium"
        technique = "per-victim random landing page (copy + random name + Location redirect) to dodge takedowns"
        seen = "pre,packetrat"
    strings:
        $c1 = /\bcopy\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,4},\s{0,4}\$\w{1,30}\s{0,4}\)/
        $c2 = /function\s{1,4}\w{0,20}copy\w{0,10}\s{0,4}\(/ nocase
        $u1 = "unlink(" ascii
        $u2 = "mkdir(" ascii
        $h = /header\s{0,4}\(\s{0,4}["']Location:\s{0,4}["']?\s{0,4}(\.\s{0,4})?\$\w{1,30}/ nocase
        $r1 = "generateRandomString" ascii nocase
        $r2 = "rand(" ascii
        $r3 = "uniqid(" ascii
        $r4 = "str_shuffle(" ascii
        $r5 = "random_bytes(" ascii
        $e1 = /\$_GET\s{0,4}\[/
        $e2 = "REMOTE_ADDR" ascii
    condition:
        filesize < 50KB and phishing__php_source and any of ($c*) and any of ($u*) and $h and any of ($r*) and any of ($e*)
}

/* Cloned sign-in pages: a password field in a page naming a brand, with the
 * kit's tells (the victim's address pre-filled from the link, an anti-bot
 * include, the brand's own asset hosts). */
private rule phishing__brand
{
    strings:
        $b1 = /Microsoft[ -]?(account|Office|365|Online|Outlook|Teams|Excel|Word|SharePoint|OneDrive|Corporation)/ nocase
        $b2 = /\b(Office ?365|Outlook|OneDrive|SharePoint|Apple ?ID|iCloud|PayPal|DocuSign|Dropbox|Adobe|Wells ?Fargo|Bank of America|Netflix|Gmail|Google Accounts?|Yahoo|Hotmail|WeTransfer|DHL|FedEx|Amazon|Webmail|Excel Online)\b/
        $h1 = "microsoftonline" ascii
        $h2 = "msauth.net" ascii
        $h3 = "msftauth" ascii
        $h4 = "aadcdn" ascii
        $h5 = "login.live.com" ascii
        $h6 = "appleid.apple" ascii
        $h7 = "paypalobjects" ascii
        $h8 = "gstatic.com/images/branding" ascii
        $h9 = "accounts.google.com" ascii
        $h10 = "login.yahoo" ascii
    condition:
        any of them
}

private rule phishing__kit_tells
{
    strings:
        $p1 = /<\?(php\s{1,4}echo|=)\s{0,4}@?\s{0,2}(\$_GET\s{0,4}\[|\$(email|user|login|mail|em|userid|username)\b)/ nocase
        $p2 = /\$_GET\s{0,4}\[\s{0,4}['"](email|em|user|login|username|userid|mail|e)['"]\s{0,4}\]/ nocase
        $bl = /(include|require)(_once)?\s{0,4}\(?\s{0,4}['"][^'"\n]{0,60}(blocker|antibots?|anti-bots?|anti_bots?|block_detectors|botblock|blocklist|[\/_-]block|bots)\.php['"]/ nocase
    condition:
        ($p1 and $p2) or $bl
}

rule phishing_kit_login_page : phishing
{
    meta:
        description = "Cloned brand sign-in page with a phishing kit's tells (victim address pre-filled from the link, anti-bot include)"
        severity = "high"
        technique = "brand login clone in PHP: <?php echo $_GET['email'] ?> + password field, include('blocker.php')"
        seen = "packetrat"
    strings:
        /* t[y]pe: the class keeps YARA from taking the common "type" as search atom */
        $p = /t[y]pe\s{0,2}=\s{0,2}["']?password/ nocase
        $f = /<form[^>]{0,300}method\s{0,2}=\s{0,2}["']?post/ nocase
    condition:
        filesize < 1MB and phishing__php_source and $p and $f and phishing__brand and phishing__kit_tells
}

rule phishing_brand_login_handler : phishing
{
    meta:
        description = "Brand sign-in page that reads the posted password itself"
        severity = "medium"
        technique = "brand login clone posting to itself ($_POST['Passwd...'] in a Google/Microsoft look-alike)"
        seen = "packetrat"
    strings:
        $p = /t[y]pe\s{0,2}=\s{0,2}["']?password/ nocase
        $f = /<form[^>]{0,300}action\s{0,2}=\s{0,2}["'][^"'\/:?]{0,80}(\.php)?["']/ nocase
    condition:
        filesize < 1MB and phishing__php_source and $p and $f and phishing__brand and phishing__credential_input and
        not phishing__account_handling
}

rule phishing_kit_antibot_include : phishing
{
    meta:
        description = "Form page that first includes a phishing kit's anti-bot/blocker script"
        severity = "medium"
        technique = "kit pages start with include('blocker.php') / require_once('antibots.php') to hide from crawlers"
        seen = "packetrat"
    strings:
        $bl = /(include|require)(_once)?\s{0,4}\(?\s{0,4}['"][^'"\n]{0,60}(blocker|antibots?|anti-bots?|anti_bots?|block_detectors|botblock|bot_?killer|blockbots?|ipblocker)\.php['"]/ nocase
        $f = /<form[^>]{0,300}method\s{0,2}=\s{0,2}["']?post/ nocase
        $q = "$_POST" ascii
    condition:
        filesize < 1MB and phishing__php_source and $bl and ($f or $q)
}

/* ---------------------------------------------------------------------
 * Written from the technique before the packetrat kits were looked at
 * (seen = "none"): tested on the invented kits of tests/eval/gen_variants.py
 * (the PHISHING KITS section) and tests/integration/scan_phishing.sh. The
 * handler itself (credential fields reaching mail, an appended file or a
 * messenger) is the PHP layer's php.credential_exfil; these are the kit's
 * other files. */

rule phishing_landing_copier : phishing
{
    meta:
        description = "Kit index that copies a folder to a random name (per visitor) and redirects there"
        severity = "medium"
        technique = "per-victim landing copy: recursive scandir+copy into md5(rand())/uniqid() dir, then Location: $dir"
        seen = "none"
    strings:
        $w1 = "scandir(" ascii
        $w2 = "opendir(" ascii
        $c = "copy(" ascii
        $m = "mkdir(" ascii
        /* a random name: plain literals (a regex on "md5" would run at every md5() call) */
        $r1 = "md5(rand(" ascii
        $r2 = "md5(mt_rand(" ascii
        $r3 = "md5(uniqid(" ascii
        $r4 = "md5(microtime(" ascii
        $r5 = "md5(time(" ascii
        $r6 = "sha1(time(" ascii
        $r7 = "sha1(rand(" ascii
        $r8 = "random_bytes(" ascii
        $r9 = "str_shuffle(" ascii
        $h = /Location:\s{0,4}["']\s{0,4}\.\s{0,4}\$\w{1,30}/ nocase
        $h2 = /["']Location:\s{0,4}\$\w{1,30}/ nocase
    condition:
        filesize < 30KB and phishing__php_source and any of ($w*) and $c and $m and any of ($r*) and any of ($h*)
}

rule phishing_messenger_form_forward : phishing
{
    meta:
        description = "Form fields and the visitor's address forwarded to a Telegram bot's sendMessage, however the API host is written"
        severity = "medium"
        technique = "sendMessage?chat_id=...&text= of $_POST data with REMOTE_ADDR (host hidden in base64 or a config file)"
        seen = "none"
    strings:
        $s1 = "sendMessage" ascii
        $s2 = "chat_id" ascii
        $q1 = "$_POST" ascii
        $q2 = "$_REQUEST" ascii
        $i1 = "REMOTE_ADDR" ascii
        $i2 = "HTTP_USER_AGENT" ascii
    condition:
        filesize < 200KB and phishing__php_source and $s1 and $s2 and any of ($q*) and any of ($i*)
}

/* ----------------------------------------------------------------------
 * PHP-side rules of the second phishing session (issue 12): the handler
 * whose destination the PHP layer cannot read (the API host or the webhook
 * in a config file), and the multi-step kit's session. Written from the
 * technique and invented variants (tests/eval/gen_variants.py: kit_tg_hidden,
 * kit_session_result, kit_session_step); the corpus and the held-out set were
 * not opened.
 * ---------------------------------------------------------------------- */

/* Credential-named values kept in the session by an earlier step of the kit
 * (login -> card -> OTP) and read back into the message the last step sends. */
private rule phishing__session_credential
{
    strings:
        $s1 = /\$_SESSION\s{0,4}\[\s{0,4}['"][\w-]{0,12}(pass|pwd|passwd|pswd|pin|cvv|cvc|ccnum|cardnum|card_?num|card_?no|ssn|otp|sms_?code|mmn)[\w-]{0,12}['"]\s{0,4}\]/ nocase
    condition:
        $s1
}

rule phishing_messenger_credential_forward : phishing
{
    meta:
        description = "Credential fields and the visitor's address forwarded to a Telegram bot's sendMessage whose host is hidden (a config file, base64)"
        severity = "high"
        technique = "require 'tg.php'; file_get_contents($api . '/sendMessage?chat_id=' . $chat . '&text=' . urlencode(\"Pass: $p IP: $ip\"))"
        seen = "none"
    strings:
        $s1 = "sendMessage" ascii
        $s2 = "sendDocument" ascii
        $c = "chat_id" ascii
    condition:
        filesize < 200KB and phishing__php_source and any of ($s*) and $c and
        (phishing__credential_input or phishing__credential_in_message or phishing__session_credential) and
        phishing__fingerprint and not phishing__account_handling
}

rule phishing_session_credentials_sent : phishing
{
    meta:
        description = "The last step of a multi-step kit: credentials the earlier steps kept in the session, with the visitor's address, sent to a fixed mailbox, a bot or a log"
        severity = "high"
        technique = "$msg = 'Pass: ' . $_SESSION['pass'] . ' CVV: ' . $_SESSION['cvv'] . ' IP: ' . $ip; mail('drop@...', ...)"
        seen = "none"
    strings:
        $q = "session_start" ascii
    condition:
        filesize < 300KB and phishing__php_source and $q and phishing__session_credential and
        phishing__fingerprint and phishing__fixed_exfil and not phishing__account_handling
}

rule phishing_session_step_capture : phishing
{
    meta:
        description = "A kit's middle step: a posted password, card or code kept in the session, then the visitor sent on to the next page"
        severity = "medium"
        technique = "$_SESSION['pass'] = $_POST['pass']; header('Location: card.php?session=' . md5(time()))"
        seen = "none"
    strings:
        $k = /\$_SESSION\s{0,4}\[\s{0,4}['"][\w-]{0,12}(pass|pwd|passwd|pswd|pin|cvv|cvc|ccnum|cardnum|card_?num|card_?no|ssn|otp|sms_?code|mmn)[\w-]{0,12}['"]\s{0,4}\]\s{0,4}=\s{0,4}(trim\s{0,2}\(\s{0,2}|htmlspecialchars\s{0,2}\(\s{0,2}|stripslashes\s{0,2}\(\s{0,2}|@)?\$_(POST|REQUEST|GET)\s{0,4}\[/ nocase
        $r1 = /header\s{0,4}\(\s{0,4}["']Location:/ nocase
        $r2 = /(window\.location|location\.href|location\.replace)/
        $r3 = /http-equiv\s{0,2}=\s{0,2}\\?["']?refresh/ nocase
    condition:
        filesize < 200KB and phishing__php_source and $k and any of ($r*) and not phishing__account_handling
}

rule phishing_redirect_random_session : phishing
{
    meta:
        description = "A kit's redirect handler: the visitor sent on with the address from the phishing link and a random session-looking token"
        severity = "medium"
        technique = "header('Location: signin.php?email=' . $_GET['email'] . '&session=' . md5(uniqid()) ...)"
        seen = "none"
    strings:
        $l = /(header\s{0,4}\(\s{0,4}["']Location:|location\.(href|replace)|http-equiv\s{0,2}=\s{0,2}\\?["']?refresh)[^\n]{0,200}[?&](email|e|em|mail|login|user|userid|u|ai)=[^\n]{0,200}(md5|sha1)\s{0,2}\(\s{0,2}(rand|mt_rand|time|uniqid|microtime)\s{0,2}\(/ nocase
        $g = /\$_([Gg][Ee][Tt]|[Rr][Ee][Qq][Uu][Ee][Ss][Tt])\s{0,4}\[\s{0,4}['"]([Ee][Mm][Aa][Ii][Ll]|[Ee]|[Ee][Mm]|[Mm][Aa][Ii][Ll]|[Ll][Oo][Gg][Ii][Nn]|[Uu][Ss][Ee][Rr]|[Uu][Ss][Ee][Rr][Ii][Dd]|[Uu]|[Aa][Ii])['"]\s{0,4}\]/
    condition:
        filesize < 100KB and phishing__php_source and $l and $g and not phishing__account_handling
}

rule phishing_credentials_posted_out : phishing
{
    meta:
        description = "Posted credentials put into a message with the visitor's fingerprint and posted to a web address (a webhook, the kit author's collector)"
        severity = "high"
        technique = "$msg .= 'CVV : ' . $_POST['cvv'] ... 'IP : ' . $ip; curl CURLOPT_POSTFIELDS / stream context / wp_remote_post to https://..."
        seen = "none"
    strings:
        $p1 = "CURLOPT_POSTFIELDS" ascii
        $p2 = "stream_context_create" ascii
        $p3 = "wp_remote_post" ascii
        $u = /["']https?:\/\/[\w\\-]/
    condition:
        filesize < 200KB and phishing__php_source and phishing__credential_in_message and
        phishing__fingerprint and any of ($p*) and $u and not phishing__account_handling
}

/* ----------------------------------------------------------------------
 * Third phishing session (issue 12): the kit's visitor gate and its
 * one-time directories. Written from the technique and the invented
 * variants of tests/eval/gen_variants.py (kit_gate, kit_onetime_dir and the
 * look-alikes geo_lang_redirect, rate_limiter, cdn_bot_filter); the corpus
 * and the held-out sets were not opened.
 * A gate decides, from the visitor's address, host name, user agent or
 * ISP, whether to show the kit; what it shows the others is a lie: a fake
 * 404 or a big brand's site. A real rate limiter or bot filter answers 403
 * or 429 and does not send the visitor to Google. A gate is not stolen
 * credentials, so it is medium, high only with the kit's own parts.
 * ---------------------------------------------------------------------- */

/* The turned-away visitor gets a fake "Not Found" or is sent to a big site. */
private rule phishing__gate_deny
{
    strings:
        $d1 = /HTTP\/1\.[01]\s{1,4}404/
        $d2 = /http_response_code\s{0,4}\(\s{0,4}404/
        $d3 = /Location:\s{0,4}https?:\/\/(www\.)?(google|bing|yahoo|paypal|microsoft|office|outlook|live|apple|amazon|dhl|fedex|netflix|chase|wellsfargo|facebook|youtube|wikipedia)\./ nocase
        $d4 = /<h1>\s{0,2}Not Found\s{0,2}<\/h1>/ nocase
        /* the same big site from a script the gate prints */
        $d5 = /location\.(replace|assign|href)\s{0,2}[=(]\s{0,2}\\?["']https?:\/\/(www\.)?(google|bing|yahoo|paypal|microsoft|office|outlook|live|apple|amazon|dhl|fedex|netflix|chase|wellsfargo|facebook|youtube|wikipedia)\./ nocase
    condition:
        any of them
}

/* The kinds of test on the visitor, one private rule each (names and
 * escapes in the kit may hide REMOTE_ADDR or HTTP_USER_AGENT, so the tests
 * themselves are what is looked for). T: an address list read from a text
 * file, line by line. */
private rule phishing__gate_list_file
{
    strings:
        $t1 = /\bfile(_get_contents)?\s{0,4}\(\s{0,4}(__DIR__\s{0,4}\.\s{0,4})?["'][^"'\n]{0,60}\.txt["']/ nocase
        $t2 = /\bfile\s{0,4}\([^;\n]{0,120}FILE_IGNORE_NEW_LINES/ nocase
        $t3 = /explode\s{0,4}\(\s{0,4}["']\\[rn]["']\s{0,4},\s{0,4}(@\s{0,2})?file_get_contents\s{0,4}\(/ nocase
    condition:
        any of them
}

/* V: the visitor's host name or ISP matched against security vendors and
 * hosting providers. */
private rule phishing__gate_vendor_names
{
    strings:
        $h1 = "gethostbyaddr" ascii nocase
        $h2 = /(ip-api\.com|ipinfo\.io|ipapi\.co|geoplugin\.net|ipwhois\.app|ipwho\.is|extreme-ip-lookup\.com|ipgeolocation\.io)/ nocase
        $v1 = /["'](phishtank|netcraft|google|amazonaws|amazon|microsoft|msn|digitalocean|ovh|hetzner|linode|softlayer|kaspersky|bitdefender|trendmicro|forcepoint|yandex|above|cyveillance|sophos|mcafee|symantec|fortinet|paloalto|spamhaus|virustotal|urlscan|zscaler|proofpoint|mimecast|barracuda|opendns|cloudflare|azure|googleusercontent)["']/ nocase
        $v2 = /["']\/[^"'\/\n]{0,200}(phishtank|netcraft|amazonaws|amazon|digitalocean|ovh|hetzner|linode|softlayer|kaspersky|bitdefender|trendmicro|forcepoint|microsoft|google|msn|cyveillance|sophos|mcafee|symantec|fortinet|virustotal|urlscan)[^"'\/\n]{0,200}\/i?["']/ nocase
    condition:
        any of ($h*) and (#v1 >= 2 or $v2)
}

/* U: a crawler filter on the user agent (a pattern or a list of words). */
private rule phishing__gate_crawler_filter
{
    strings:
        /* the pattern may hold escaped slashes ("java\/", "Go-http-client\/") */
        $u1 = /["']\/([^"'\/\\\n]|\\.){0,200}(bot|crawl|spider|slurp|curl|wget|python|headless|scanner)([^"'\/\\\n]|\\.){0,200}\/i?["']/ nocase
        $u2 = /["'](bot|crawl|crawler|spider|slurp|curl|wget|python|python-requests|headless|scanner|facebookexternalhit)["']/ nocase
    condition:
        $u1 or #u2 >= 2
}

/* G: a geo or ISP lookup of the visitor's address, its answer tested. */
private rule phishing__gate_geo_lookup
{
    strings:
        $g1 = /(ip-api\.com|ipinfo\.io|ipapi\.co|geoplugin\.net|ipwhois\.app|ipwho\.is|extreme-ip-lookup\.com|ipgeolocation\.io)/ nocase
        $g2 = /\[\s{0,4}["'](isp|org|as|countryCode|country|country_code|hosting|proxy)["']\s{0,4}\]/
        $g3 = /->(isp|org|countryCode|country|geoplugin_countryCode)\b/
    condition:
        $g1 and any of ($g2, $g3)
}

/* Two kinds of test together: one alone is a rate limiter, a bot filter or
 * a language redirect. */
private rule phishing__gate_tests
{
    condition:
        (phishing__gate_list_file and (phishing__gate_vendor_names or phishing__gate_crawler_filter or phishing__gate_geo_lookup)) or
        (phishing__gate_vendor_names and (phishing__gate_crawler_filter or phishing__gate_geo_lookup)) or
        (phishing__gate_crawler_filter and phishing__gate_geo_lookup)
}

rule phishing_visitor_gate : phishing
{
    meta:
        description = "Phishing-kit visitor gate: two kinds of test on the visitor (address list file, vendors' host names, crawler user agents, ISP/geo lookup) and a fake 404 or a big site for those turned away"
        severity = "medium"
        technique = "file('ips.txt') + preg_match('/bot|crawl|spider/i', $ua) / ip-api isp check -> header('HTTP/1.1 404 Not Found') or Location: https://www.google.com/, else include the kit"
        seen = "none"
    condition:
        filesize < 300KB and phishing__php_source and phishing__gate_tests and phishing__gate_deny
}

rule phishing_visitor_gate_kit : phishing
{
    meta:
        description = "Visitor gate in the same file as the kit's sign-in form or credential handling"
        severity = "high"
        technique = "gate (blocklist/ISP/user agent + fake 404) followed by the password form or the $_POST['pass'] handler"
        seen = "none"
    strings:
        $p = /t[y]pe\s{0,2}=\s{0,2}["']?password/ nocase
    condition:
        filesize < 1MB and phishing__php_source and phishing__gate_tests and phishing__gate_deny and
        ($p or phishing__credential_input or phishing__credential_in_message) and not phishing__account_handling
}

/* train6, second round: the kinds of test a gate may use beyond the four
 * above, and what the visitor who passes gets. R: the visitor's address
 * sent to an address-reputation or geo service (any host) and the answer's
 * verdict tested (bot, VPN, proxy, hosting, Tor, country). */
private rule phishing__gate_reputation
{
    strings:
        $a = "REMOTE_ADDR" ascii
        $j = "json_decode" ascii
        $k1 = /\[\s{0,2}["'](is_bot|is_vpn|is_proxy|is_tor|is_crawler|is_hosting|is_datacenter|vpn|tor|bot|hosting|proxy|datacenter|threat|fraud_score|risk)["']\s{0,2}\]/
        $k2 = /\[\s{0,2}["'](country|countryCode|country_code)["']\s{0,2}\]\s{0,12}\)?\s{0,2}(!==?|===?)\s{0,2}["'][A-Z]{2}["']/
        $k3 = /in_array\s{0,2}\(\s{0,2}\$\w{1,30}\[\s{0,2}["'](country|countryCode|country_code)["']/
    condition:
        $a and $j and any of ($k*)
}

/* C: the visitor's address matched against a list of CIDR ranges. */
private rule phishing__gate_cidr
{
    strings:
        $l = "ip2long" ascii
        $e = "explode" ascii
        $m1 = /<<\s{0,2}\(\s{0,2}32\s{0,2}-/
        $m2 = /pow\s{0,2}\(\s{0,2}2\s{0,2},\s{0,2}\(?\s{0,2}32\s{0,2}-/
    condition:
        $l and $e and any of ($m*)
}

/* H: the browser's headers required (no Accept-Language, or no Referer from
 * the lure, and the visitor gets nothing): a crawler or a scanner that
 * opens the link directly sends neither. */
private rule phishing__gate_headers
{
    strings:
        $h = /(empty|!\s{0,2}isset)\s{0,2}\(\s{0,2}\$_SERVER\[\s{0,2}["']HTTP_(ACCEPT_LANGUAGE|REFERER|ACCEPT)["']\s{0,2}\]\s{0,2}\)[^;\n]{0,80}(exit|die|header\s{0,2}\(|http_response_code)/
    condition:
        $h
}

/* B: a block list that grows: the turned-away visitor's address appended,
 * one per line, to a file the gate reads back. */
private rule phishing__gate_grown_list
{
    strings:
        $w = /file_put_contents\s{0,2}\([^,;\n]{1,80},\s{0,2}\$\w{1,30}\s{0,2}\.\s{0,2}(["']\\n["']|PHP_EOL)\s{0,2},\s{0,2}FILE_APPEND/
        $f = /fwrite\s{0,2}\(\s{0,2}\$\w{1,30}\s{0,2},\s{0,2}\$\w{1,30}\s{0,2}\.\s{0,2}(["']\\n["']|PHP_EOL)\s{0,2}\)/
    condition:
        ($w or $f) and phishing__gate_list_file
}

/* Two kinds of test, at least one of the four above or the earlier ones
 * (a growing list and the file it is read from are one kind). */
private rule phishing__gate_tests_any
{
    condition:
        phishing__gate_tests or
        (phishing__gate_reputation and (phishing__gate_cidr or phishing__gate_headers or phishing__gate_grown_list or
            phishing__gate_list_file or phishing__gate_vendor_names or phishing__gate_crawler_filter or phishing__gate_geo_lookup)) or
        (phishing__gate_cidr and (phishing__gate_headers or phishing__gate_grown_list or phishing__gate_list_file or
            phishing__gate_vendor_names or phishing__gate_crawler_filter or phishing__gate_geo_lookup)) or
        (phishing__gate_headers and (phishing__gate_grown_list or phishing__gate_list_file or phishing__gate_vendor_names or
            phishing__gate_crawler_filter or phishing__gate_geo_lookup)) or
        (phishing__gate_grown_list and (phishing__gate_vendor_names or phishing__gate_crawler_filter or phishing__gate_geo_lookup))
}

rule phishing_visitor_gate_shows_login : phishing
{
    meta:
        description = "Phishing-kit gate: two kinds of test on the visitor (reputation or geo verdict, CIDR block list, required browser headers, a growing block list, vendors' host names, crawler agents) decide who is shown a sign-in page kept beside it"
        severity = "high"
        technique = "ip-check API is_bot/is_vpn/country + blocklist grown with the visitor / CIDR list + no Accept-Language or Referer -> exit; else echo file_get_contents('x/login.html') or include 'pages/en/login.php'"
        seen = "train6"
    strings:
        $s1 = /\b(include|require)(_once)?[\s(][^;\n]{0,160}(login|signin|sign_in|sign-in|logon|verify|auth|account|secure|billing|webmail)[^;\n"']{0,40}\.(php|html?)["']/
        $s2 = /\b(echo|print)\s{1,3}(@\s{0,2})?file_get_contents\s{0,2}\([^;\n]{0,120}\.html?["']/
        $s3 = /\breadfile\s{0,2}\([^;\n]{0,120}\.html?["']/
        /* a crawler verifier confirms the reverse name forward (the search
         * engines' documented check): it turns away fake crawlers only */
        $fc1 = "gethostbyaddr" ascii
        $fc2 = "gethostbyname" ascii
    condition:
        filesize < 30KB and phishing__php_source and phishing__gate_tests_any and any of ($s*) and
        not phishing__account_handling and not ($fc1 and $fc2)
}

rule phishing_onetime_directory : phishing
{
    meta:
        description = "One-time directory: the kit copied (or unzipped) into a folder named at random for this visitor, who is then sent there"
        severity = "medium"
        technique = "$d = md5($ip . time()); mkdir($d); copy/extractTo/cp -r kit/* $d; header('Location: ' . $d . '/')"
        seen = "none"
    strings:
        $m = "mkdir(" ascii nocase
        $r1 = "uniqid(" ascii nocase
        $r2 = "rand(" ascii nocase
        $r3 = "str_shuffle(" ascii nocase
        $r4 = "random_bytes(" ascii nocase
        $r5 = "openssl_random_pseudo_bytes(" ascii nocase
        $r6 = "random_int(" ascii nocase
        $r7 = /md5\s{0,4}\(\s{0,4}\$_SERVER/ nocase
        $r8 = "md5(time(" ascii nocase
        $r9 = "md5(microtime(" ascii nocase
        $c1 = "copy(" ascii nocase
        $c2 = "extractTo(" ascii nocase
        $c3 = /cp\s{1,4}-[rRaf]{1,3}\s/
        $c4 = /file_put_contents\s{0,4}\([^;]{0,200}file_get_contents\s{0,4}\(/ nocase
        $c5 = "symlink(" ascii nocase
        $h1 = /Location:\s{0,4}["']\s{0,4}\.\s{0,4}\$\w{1,30}/ nocase
        $h2 = /Location:\s{0,4}(\.\/|\/)?\$\w{1,30}/ nocase
        $h3 = /(url=|location(\.href)?\s{0,2}=\s{0,2}\\?["']?|location\.replace\(\s{0,2}\\?["']?)["']\s{0,4}\.\s{0,4}\$\w{1,30}/ nocase
    condition:
        filesize < 30KB and phishing__php_source and $m and any of ($r*) and any of ($c*) and any of ($h*)
}

/* ---- branch loco ("none"): written from the techniques without opening the
 * corpus's phishing, mailer or bot samples; tuned only on the invented kits
 * of tests/eval/gen_variants.py (LOCO_PHISH) and on the clean sets. */

/* A gate that bans visitors by address ranges written into the code: a
 * long list of address prefixes (the vendors' and crawlers' networks, with
 * ^ anchors or * wildcards) matched against REMOTE_ADDR, and a fake 404 or a
 * big brand's site for those banned. A firewall plugin keeps its ranges in
 * the database or a file and answers 403. */
rule phishing_ip_range_gate : phishing
{
    meta:
        description = "Phishing-kit gate: the address prefixes of crawler and vendor networks (five or more) in the code matched against the visitor's address, banned visitors get a fake 404 or a big site"
        severity = "medium"
        technique = "$banned = array('^66.102.*.*', '^38.100.', '^64.233.', ...); foreach ... if (preg_match('/' . $ip . '/', $_SERVER['REMOTE_ADDR'])) { header('HTTP/1.0 404 Not Found'); exit; }"
        seen = "none"
    strings:
        /* the networks of crawlers and vendors every such list starts with
           (Google, Microsoft/Bing, Yahoo, Amazon, security vendors): literals,
           cheap to search, and five of them are a list, not an example */
        $n1 = "66.249." ascii
        $n2 = "64.233." ascii
        $n3 = "66.102." ascii
        $n4 = "72.14." ascii
        $n5 = "74.125." ascii
        $n6 = "209.85." ascii
        $n7 = "216.239." ascii
        $n8 = "38.100." ascii
        $n9 = "207.46." ascii
        $n10 = "157.55." ascii
        $n11 = "65.52." ascii
        $n12 = "131.253." ascii
        $n13 = "40.77." ascii
        $n14 = "8.6.48." ascii
        $n15 = "72.30." ascii
        $n16 = "67.195." ascii
        $n17 = "54.176." ascii
        $n18 = "63.229." ascii
        $n19 = "194.72.238." ascii
        $n20 = "212.143." ascii
        /* the same prefixes written as regex pieces: "^66\.249\.*" (phishgen
           round: the literals above do not see the escaped dots) */
        $e = /["']\^?\d{1,3}\\\.\d{1,3}\\\.(\d{1,3}\\\.)?\*?/
        $a = "REMOTE_ADDR" ascii
    condition:
        filesize < 300KB and phishing__php_source and (5 of ($n*) or #e >= 8) and $a and phishing__gate_deny
}

/* The one-time directory in its other spellings: the random name built in
 * steps (md5 of a random number, base64 of that, a slice of a hash), the
 * kit copied by a recursive function, an unzip or cp -r, and the visitor sent
 * there by any kind of redirect (an interpolated Location or Refresh header,
 * a meta refresh or a script that prints the variable). */
rule phishing_onetime_copy_redirect : phishing
{
    meta:
        description = "Kit index: the kit copied to a directory named at random, then the visitor redirected into it"
        severity = "medium"
        technique = "$r = rand(); $d = md5(\"$r\"); recurse_copy('page', $d); header(\"Location: {$d}/\") / echo \"<meta http-equiv='refresh' content='0;url=$d'>\""
        seen = "none"
    strings:
        $m1 = "mkdir(" ascii nocase
        $m2 = "extractTo(" ascii nocase
        $m3 = /cp\s{1,4}-[rRaf]{1,3}\s/
        $r1 = /\b(md5|sha1|crc32|hash|base64_encode|substr)\s{0,4}\(\s{0,4}["']?\s{0,2}\$\w{0,20}(rand|rnd|random|ran|num|time|ip|uniq)\w{0,10}/ nocase
        $r2 = "rand(" ascii
        $r3 = "uniqid(" ascii
        $r4 = "str_shuffle(" ascii
        $r5 = "random_bytes(" ascii
        $r6 = "random_int(" ascii
        $r7 = "microtime(" ascii
        $c1 = "copy(" ascii
        $c2 = /\b(xcopy|recurse_copy|recursive_copy|copy_dir|copydir|rcopy|copy_folder|copyfolder|dir_copy|full_copy|copy_r|smartCopy)\s{0,4}\(/ nocase
        $c3 = "extractTo(" ascii nocase
        $c4 = /cp\s{1,4}-[rRaf]{1,3}\s/
        $h1 = /Location:\s{0,4}(\.\/|\/)?\{?\$\w{1,30}/ nocase
        $h2 = /Location:\s{0,4}["']\s{0,4}\.\s{0,4}(["'][.\/]{1,2}["']\s{0,4}\.\s{0,4})?\$\w{1,30}/ nocase
        $h3 = /Refresh:\s{0,4}\d{1,3}\s{0,2};\s{0,2}url=\s{0,2}(["']\s{0,4}\.\s{0,4})?(\.\/|\/)?\{?\$\w{1,30}/ nocase
        $h4 = /url=\s{0,2}(\.\/|\/)?\{?\$\w{1,30}/ nocase
        $h5 = /url=\s{0,2}(\.\/|\/)?<\?(php\s{1,4}echo|=)\s{0,4}\$\w{1,30}/ nocase
        $h6 = /(location(\.href)?\s{0,2}=|location\.(replace|assign)\s{0,2}\()\s{0,2}\\?["'](\.\/|\/)?(["']\s{0,4}\.\s{0,4})?\{?\$\w{1,30}/ nocase
        $h7 = /(location(\.href)?\s{0,2}=|location\.(replace|assign)\s{0,2}\()\s{0,2}\\?["'](\.\/|\/)?<\?(php\s{1,4}echo|=)\s{0,4}\$\w{1,30}/ nocase
    condition:
        /* a kit's index is a few lines; a file-system library holds all four far apart */
        filesize < 12KB and phishing__php_source and any of ($m*) and any of ($r*) and any of ($c*) and any of ($h*)
}

/* ----------------------------------------------------------------------
 * Round 9 (docs/rules.md, "Phishing kits, round 9"): the card step of a
 * kit looks the card's first six digits up in a BIN service, to put the
 * issuing bank's name in the message it ships with the visitor's address.
 * A shop passes the card to its gateway and never mails it; written from
 * the technique and tests/fixtures/phishing.
 * ---------------------------------------------------------------------- */
rule phishing_card_bin_lookup_shipped : phishing
{
    meta:
        description = "Card handler that looks the posted card's BIN up (binlist and the like) and ships the result with the visitor's address by mail, Telegram or an appended file"
        severity = "high"
        technique = "$bin = json_decode(file_get_contents('https://lookup.binlist.net/' . substr($_POST['cc'], 0, 6))); $msg .= 'Bank: ' . $bin->bank->name . 'IP: ' . $ip; mail($to, .., $msg)"
        seen = "none"
        tuned_on = "tests/fixtures/phishing"
    strings:
        $b1 = "lookup.binlist.net" ascii nocase
        $b2 = "binlist.io" ascii nocase
        $b3 = "bins.su" ascii nocase
        $b4 = "bincodes.com" ascii nocase
        $b5 = "api.bincodes" ascii nocase
        $b6 = "data.handyapi.com/bin" ascii nocase
        $in = /\$_(POST|REQUEST|SESSION)\s{0,4}\[/
        $o1 = /\bmail\s{0,4}\(/
        $o2 = "api.telegram.org" ascii nocase
        $o3 = "FILE_APPEND" ascii
        $o4 = /fopen\s{0,4}\([^;\n]{1,120},\s{0,4}["']a\+?["']/
        $ip1 = "REMOTE_ADDR" ascii
        $ip2 = "HTTP_X_FORWARDED_FOR" ascii
        $ip3 = "HTTP_CLIENT_IP" ascii
    condition:
        filesize < 200KB and phishing__php_source and any of ($b*) and $in and any of ($o*) and any of ($ip*) and
        not phishing__account_handling
}
