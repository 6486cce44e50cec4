/*
 * hostsweep — phishing-kit rules (credential harvesting back ends and kit helpers).
 */

rule phishing_credentials_mailed : phishing
{
    meta:
        description = "Posted credentials collected with visitor IP/user agent and mailed or stored"
        severity = "critical"
        technique = "phishing kit result script: $message .= \"Password: \".$_POST[...] then mail()"
    strings:
        $c1 = /(pass(word|wd)?|pwd|passcode|pin|cvv2?|ssn|card ?number|ccnum|exp(iry)? ?date|otp|security answer|mmn)[^"'\n]{0,40}["']\s{0,4}\.\s{0,4}(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[/ nocase
        $c2 = /\$\w{1,30}\s{0,4}\.?=\s{0,4}["'][^"'\n]{0,60}(pass(word|wd)?|pwd|cvv|card|pin)[^"'\n]{0,40}["']\s{0,4}\.\s{0,4}\$\w{1,30}/ nocase
        $c3 = /["'][^"'\n]{0,30}(pass(word|wd)?|pwd)[^"'\n$()]{0,30}(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[/ nocase
        $c4 = /\$\w{0,20}(pass(word|wd)?|pwd)\w{0,10}\s{0,4}=\s{0,4}(trim\s{0,4}\(\s{0,4}|stripslashes\s{0,4}\(\s{0,4}|htmlspecialchars\s{0,4}\(\s{0,4})?(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[/ nocase
        $i1 = "REMOTE_ADDR" ascii
        $i2 = "HTTP_USER_AGENT" ascii
        $i3 = "geoplugin" ascii nocase
        $i4 = "gethostbyaddr" ascii
        $i5 = "HTTP_X_FORWARDED_FOR" ascii
        $i6 = "HTTP_CLIENT_IP" ascii
        $o1 = /\bmail\s{0,4}\(/
        $o2 = "api.telegram.org" ascii nocase
        $o3 = /fopen\s{0,4}\([^)]{0,80}["']a\+?["']/
        $o4 = "file_put_contents" ascii
        $o5 = "curl_exec" ascii
        $q1 = "$_POST" ascii
        $q2 = "$_GET" ascii
        $q3 = "$_REQUEST" ascii
    condition:
        filesize < 500KB and any of ($c*) and any of ($i*) and any of ($o*) and any of ($q*)
}

rule phishing_result_markers : phishing
{
    meta:
        description = "Phishing kit result/log banners (\"ReZulT\", login info, fullz) in a script sending mail"
        severity = "high"
        technique = "phishing kit result e-mail template"
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
        filesize < 500KB and any of ($r1, $r2, $r3, $r4, $r5, $r12, $r13, $r14, $r16) and any of ($o*) and any of ($i*) and $q
        or (filesize < 500KB and 2 of ($r6, $r7, $r8, $r9, $r10, $r11, $r15, $r17) and $o1 and any of ($i*) and $q)
}

rule phishing_telegram_exfil : phishing
{
    meta:
        description = "Posted form data forwarded to a Telegram bot"
        severity = "critical"
        technique = "Telegram Bot API sendMessage exfiltration"
    strings:
        $t1 = "api.telegram.org/bot" ascii nocase
        $t2 = "sendMessage" ascii
        $t3 = "sendDocument" ascii
        $q1 = "$_POST" ascii
        $q2 = "$_REQUEST" ascii
        $q3 = "$_GET" ascii
        $i1 = "REMOTE_ADDR" ascii
        $i2 = "HTTP_USER_AGENT" ascii
        $p = /pass(word|wd)?/ nocase
    condition:
        $t1 and any of ($t2, $t3) and any of ($q*) and (any of ($i*) or $p)
}

rule phishing_antibot_blocker : phishing
{
    meta:
        description = "Phishing-kit anti-bot/anti-crawler blocker (bans security vendors and crawlers)"
        severity = "high"
        technique = "kit blocker.php: banned IP/hostname/user-agent lists"
    strings:
        $b1 = "phishtank" ascii nocase
        $b2 = "bannedIP" ascii nocase
        $b4 = "HTTP/1.0 404 Not Found" ascii
        $b5 = "gethostbyaddr" ascii
        $b6 = "HTTP_USER_AGENT" ascii
        $b7 = "REMOTE_ADDR" ascii
        $h1 = "\"phishtank\"" ascii nocase
        $h2 = "\"google\"" ascii nocase
        $h3 = "\"msnbot\"" ascii nocase
        $h4 = "\"above\"" ascii
        $h5 = "\"netcraft\"" ascii nocase
        $h6 = "\"trendmicro\"" ascii nocase
        $h7 = "'phishtank'" ascii nocase
        $h8 = "'google'" ascii nocase
        $h9 = "'netcraft'" ascii nocase
        $h10 = "\"^66.102." ascii
        $h11 = "\"^64.233." ascii
        $h12 = "'^66.102." ascii
        $h13 = "\"^81.161.59." ascii
        $h14 = "\"amazonaws\"" ascii nocase
    condition:
        filesize < 300KB and ($b1 or $b2) and 2 of ($b4, $b5, $b6, $b7) and 2 of ($h*)
        or (filesize < 300KB and 5 of ($h*) and any of ($b4, $b5, $b6, $b7))
}

rule phishing_brand_login_clone : phishing
{
    meta:
        description = "Cloned bank/webmail/cloud login page posting credentials to a local PHP script"
        severity = "high"
        technique = "brand login clone (PayPal/Apple/Office365/bank) with local credential handler"
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
        $v1 = "REMOTE_ADDR" ascii
        $v2 = "HTTP_USER_AGENT" ascii
        $v3 = "geoplugin" ascii nocase
        $v4 = "$_SESSION" ascii
        $o = /\bmail\s{0,4}\(/
    condition:
        filesize < 300KB and any of ($b*) and $f1 and $p1 and any of ($v*) and $o
}

rule phishing_hardcoded_dropbox_address : phishing
{
    meta:
        description = "Kit configuration: free-mail drop address defined for results next to a kit include"
        severity = "medium"
        technique = "kit config file ($ur_email/$send/$to = attacker mailbox)"
    strings:
        $a = /\$(ur_?email|send|to|recipient|emailku|mailto|your_email|result_mail|resultmail|owner)\s{0,4}=\s{0,4}["'][\w.+-]{1,64}(@gmail|@yahoo|@hotmail|@outlook|@yandex|@aol|@mail|@protonmail|@gmx)\.[a-z.]{2,8}/ nocase
        $i1 = "blocker.php" ascii nocase
        $i2 = "antibots" ascii nocase
        $i3 = "anti-bot" ascii nocase
        $i4 = "error_reporting(0)" ascii
    condition:
        filesize < 4KB and $a and any of ($i*)
}

rule phishing_geo_fingerprint_mail : phishing
{
    meta:
        description = "Visitor geolocated via a free geo-IP API and posted form data mailed out"
        severity = "high"
        technique = "phishing result script with geoplugin/ip-api lookup + mail()"
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
        filesize < 200KB and any of ($g*) and $i1 and $q and any of ($o*)
}

rule phishing_brand_login_page_php : phishing
{
    meta:
        description = "Brand-impersonating sign-in page served by PHP, posting the password to a local script"
        severity = "medium"
        technique = "cloned Microsoft/Office365/Apple/PayPal/bank sign-in page in a .php file"
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
        description = "Kit index that copies the landing page to a random name per visitor and redirects to it"
        severity = "medium"
        technique = "per-victim random landing page (copy + unlink + Location redirect) to dodge takedowns"
    strings:
        $c = /copy\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,4},\s{0,4}\$\w{1,30}\s{0,4}\)/
        $u = "unlink(" ascii
        $h = /header\s{0,4}\(\s{0,4}["']Location:\s{0,4}\$\w{1,30}/ nocase
        $r1 = "generateRandomString" ascii nocase
        $r2 = "rand(" ascii
        $r3 = "md5(" ascii
        $e = /\$_GET\s{0,4}\[\s{0,4}['"](email|login|user)['"]/
    condition:
        filesize < 50KB and $c and $u and $h and any of ($r*) and $e
}
