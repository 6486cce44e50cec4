/*
 * hostsweep — phishing-kit techniques, one rule each, written without the
 * corpus phishing collection (docs/rules.md, "The phishloco round"): the
 * parts of a kit that are neither its login page nor its form handler and
 * that a collection-specific rule used to find: the visitor blocklist
 * tables (address wildcards, reverse host-name words), the kit's settings
 * file (drop address, messenger token, anti-bot switches), the launcher
 * that runs the gate and sends each visitor to a fresh "session" URL, the
 * .htaccess that denies security vendors by host name, brand sign-in
 * clones, script relays, card-step translations and kit archives. Written from the technique, the
 * train8 seeds 2/3 kits and invented variants, and tuned on the clean sets.
 */

private rule phishing_tech__php_source
{
    strings:
        $o1 = "<?php" ascii nocase
        $o2 = /<\?[ \t\r\n]/
    condition:
        any of them and not (extension == "js" or extension == "css" or extension == "md" or
            extension == "txt" or extension == "json" or extension == "xml" or extension == "svg" or
            extension == "po" or extension == "pot" or extension == "csv" or extension == "sql" or
            extension == "rst" or extension == "yml" or extension == "yaml")
}

/* What a gate does to a visitor it turns away: a fake 404/403, a "Not
 * Found" page, or a big site instead of the kit. */
private rule phishing_tech__turn_away
{
    strings:
        $d1 = /HTTP\/1\.[01]\s{1,4}40[34]/
        $d2 = /http_response_code\s{0,4}\(\s{0,4}40[34]/
        $d3 = /Location:\s{0,4}https?:\/\/(www\.)?(google|bing|yahoo|paypal|microsoft|office|outlook|live|apple|icloud|amazon|dhl|fedex|ups|usps|netflix|chase|wellsfargo|bankofamerica|facebook|instagram|youtube|wikipedia|example)\./ nocase
        $d4 = /<h1>\s{0,2}(404\s{0,2})?Not Found\s{0,2}<\/h1>/ nocase
        $d5 = /(die|exit)\s{0,2}\(\s{0,2}["'][^"'\n]{0,40}(Not Found|Forbidden|Access denied)/ nocase
    condition:
        any of them
}

rule phishing_tech_ip_wildcard_table : phishing
{
    meta:
        description = "Visitor blocklist table of a phishing kit: twelve or more address wildcards or prefixes (\"^66.102.*.*\", \"64.233.\") tested against the visitor's address, those matched sent a fake 404 or a big site"
        severity = "medium"
        technique = "$banned = array('^66.102.*.*', '^64.233.160.*', '207.46.', ..); foreach ($banned as $ip) if (preg_match('/'.$ip.'/', $_SERVER['REMOTE_ADDR'])) { header('HTTP/1.0 404 Not Found'); die(..); }"
        seen = "train8"
        round = "phishloco"
    strings:
        /* a quoted address prefix ending in a dot or a wildcard: a full
         * address (1.2.3.4) or a CIDR range does not match */
        $p1 = /\d\.\*\.\*["']/
        $p2 = /\d\.\d{1,3}\.\*["']/
        $p3 = /\d\.",/
        $p4 = /\d\.',/
        $p5 = /\d\.", /
        $p6 = /\d\.', /
        $p7 = /\d\\\.["'],/
        $a1 = "REMOTE_ADDR" ascii
        $a2 = "HTTP_CLIENT_IP" ascii
        $a3 = "HTTP_X_FORWARDED_FOR" ascii
        $c = /\b(in_array|preg_match|strpos|stripos|substr|strncmp|fnmatch|ereg|eregi|str_starts_with)\s{0,2}\(/
    condition:
        filesize < 200KB and phishing_tech__php_source and #p1 + #p2 + #p3 + #p4 + #p5 + #p6 + #p7 >= 12 and any of ($a*) and $c and phishing_tech__turn_away
}

rule phishing_tech_rdns_word_block : phishing
{
    meta:
        description = "Phishing-kit gate on the visitor's reverse host name: gethostbyaddr() tested against a list of security vendors and hosting/crawler networks (one or more vendors, four or more words), those matched turned away"
        severity = "medium"
        technique = "$host = gethostbyaddr($_SERVER['REMOTE_ADDR']); foreach (array('above','softlayer','amazonaws','phishtank','netcraft',..) as $w) if (substr_count($host, $w) > 0) { header('HTTP/1.0 404 Not Found'); exit; }"
        seen = "train8"
        round = "phishloco"
    strings:
        $r = /\bgethostbyaddr\s{0,2}\(/ nocase
        /* abuse scanners and security vendors (a verifier of search
         * crawlers names none of them) */
        $s0 = "phishtank" ascii nocase
        $s1 = "netcraft" ascii nocase
        $s2 = "cyveillance" ascii nocase
        $s3 = "netpilot" ascii nocase
        $s4 = "calyxinstitute" ascii nocase
        $s5 = "tor-exit" ascii nocase
        $s6 = "kaspersky" ascii nocase
        $s7 = "bitdefender" ascii nocase
        $s8 = "trendmicro" ascii nocase
        $s9 = "fortinet" ascii nocase
        $s10 = "forcepoint" ascii nocase
        $s11 = "websense" ascii nocase
        $s12 = "ironport" ascii nocase
        $s13 = "zscaler" ascii nocase
        $s14 = "proofpoint" ascii nocase
        $s15 = "mimecast" ascii nocase
        $s16 = "barracuda" ascii nocase
        $s17 = "spamhaus" ascii nocase
        $s18 = "surbl" ascii nocase
        $s19 = "urlscan" ascii nocase
        $s20 = "virustotal" ascii nocase
        $s21 = "phishlabs" ascii nocase
        $s22 = "sophos" ascii nocase
        $s23 = "mcafee" ascii nocase
        $s24 = "symantec" ascii nocase
        $s25 = "opendns" ascii nocase
        $s26 = /["']paypal["']/ nocase
        /* hosting and crawler networks, quoted list words */
        $h0 = /["']above["']/ nocase
        $h1 = /["']softlayer["']/ nocase
        $h2 = /["']amazonaws["']/ nocase
        $h3 = /["']dreamhost["']/ nocase
        $h4 = /["']google["']/ nocase
        $h5 = /["']msnbot["']/ nocase
        $h6 = /["']digitalocean["']/ nocase
        $h7 = /["']ovh(\.net)?["']/ nocase
        $h8 = /["']hetzner["']/ nocase
        $h9 = /["']linode["']/ nocase
        $h10 = /["']yahoo["']/ nocase
        $h11 = /["']bing["']/ nocase
        $h12 = /["'](rackspace|leaseweb|choopa|vultr|contabo)["']/ nocase
        $h13 = /["'](azure|cloudfront|googleusercontent|compute)["']/ nocase
        $h14 = /["'](tor|proxy|vpn|hosting|datacenter)["']/ nocase
        $x = /\b(exit|die)\b/
    condition:
        filesize < 200KB and phishing_tech__php_source and $r and 1 of ($s*) and 4 of ($s*, $h*) and
        (phishing_tech__turn_away or $x)
}

rule phishing_tech_kit_settings : phishing
{
    meta:
        description = "Phishing kit's settings file: a small file of assignments holding a hard-coded messenger drop (Telegram bot token with a chat id, a Discord webhook) or a drop mail address beside the kit's switches (anti-bot, double login, one-time access, result saving, the real site to send the victim to)"
        severity = "medium"
        technique = "$bot_token = '123456789:AA..'; $chat_id = '-100..'; / $recipient = 'drop@..'; $antibot = 'on'; $redirect = 'https://www.brand.com/'; / $Receive_email; $Double_Login = 1; $One_Time_Access = 1"
        seen = "train8"
        round = "phishloco"
    strings:
        $tg = /["']\d{8,11}:AA[A-Za-z0-9_-]{30,40}["']/
        $chat = /(chat_?id|chatid)["']?\s{0,4}(=>?|:)\s{0,4}["']?-?\d{5,15}/ nocase
        $dw = /discord(app)?\.com\/api\/webhooks\/\d{15,21}\/[A-Za-z0-9_-]{40,}/
        /* a mail address assigned to a variable, a constant or a key */
        $mail = /(mail|recipient|receiver|send|result|drop|owner|inbox|\$to|_to)\w{0,20}["']?\s{0,4}(=>?|,)\s{0,4}["'][A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,80}\.[A-Za-z]{2,10}["']/ nocase
        /* the kit's switches */
        $k1 = /[$"']\w{0,20}anti_?bots?\w{0,20}["']?\s{0,4}(=|=>)/ nocase
        $k2 = /[$"']\w{0,20}(double_?log(in)?|one_?time(_?access)?|save_?(log|result|txt|file)s?|send_?(log|result|tele(gram)?)s?|results?_?(mail|email|file|box)|receive_?e?mail|block_?(vpn|proxy|bots?|hosting|isp|country))\w{0,20}["']?\s{0,4}(=|=>)/ nocase
        $k3 = /[$"']\w{0,20}(get_?(card|bank|ssn|otp|billing|vbv)|vbv|3ds|otp_?(page|step)|card_?(page|step))\w{0,20}["']?\s{0,4}(=|=>)/ nocase
        $k4 = /[$"']\w{0,20}(redirect(ion)?|exit|final|after)_?(link|url|site|page)?\w{0,10}["']?\s{0,4}(=|=>)\s{0,4}["']https?:\/\//
        /* code beyond settings: a function, a class, a loop or output */
        $code = /\b(function|class|foreach|while|echo|print|include|require)\b/
    condition:
        filesize < 4KB and not $code and (
            ($tg and $chat) or
            ($dw and ($mail or any of ($k*))) or
            ($mail and (($k1 and ($k4 or $k2 or $k3)) or ($k2 and ($k3 or $k4)) or ($k3 and $k4) or #k2 >= 3)))
}

rule phishing_tech_session_launcher : phishing
{
    meta:
        description = "Phishing-kit launcher: a small page that runs the kit's visitor gate and sends each visitor to the sign-in step under a fresh random \"session\" token (a random id in the URL makes every victim's link look unique)"
        severity = "medium"
        technique = "include 'antibot/check.php'; $key = sha1(mt_rand()); header('Location: signin.php?session=' . $key); / $r = md5(rand()); header(\"Location: login.php?cmd=login_submit&id=$r&session=$r\")"
        seen = "train8"
        round = "phishloco"
    strings:
        $gate = /\b(include|require)(_once)?\s{0,2}\(?\s{0,2}(__DIR__\s{0,2}\.\s{0,2})?["'][^"'\n]{0,60}(anti|bot|block|prevent|guard|shield|detect|filter|visitor|check)[^"'\n\/]{0,30}\.php["']/ nocase
        $rnd = /\b(md5|sha1|uniqid|mt_rand|rand|random_bytes|random_int|bin2hex|str_shuffle|microtime)\s{0,2}\(/
        $loc1 = /header\s{0,2}\(\s{0,2}["']Location:\s{0,4}[^"'\n]{0,80}\?[^"'\n]{0,80}["']\s{0,2}\.\s{0,2}\$\w{1,30}/ nocase
        $loc2 = /header\s{0,2}\(\s{0,2}"Location:\s{0,4}[^"\n]{0,80}\?[^"\n]{0,80}\$\w{1,30}/ nocase
        $fake = /\?[^"'\n]{0,80}(session|sessionid|dispatch|cmd=login|login_submit|webscr|sslchannel|verify|token|_id)=/ nocase
    condition:
        filesize < 3KB and phishing_tech__php_source and $rnd and ($loc1 or $loc2) and ($gate or $fake)
}

rule phishing_tech_htaccess_vendor_hosts : phishing
{
    meta:
        description = ".htaccess that denies security vendors and abuse scanners by host name (two or more named in deny from / Require not host lines)"
        severity = "medium"
        technique = "deny from .phishtank.com / deny from netcraft.com / Require not host cyveillance.com"
        seen = "train8"
        round = "phishloco"
    strings:
        $v = /(deny\s{1,4}from|Require\s{1,4}not\s{1,4}host)\s{1,4}[^\n]{0,60}(phishtank|netcraft|cyveillance|netpilot|calyxinstitute|kaspersky|bitdefender|trendmicro|fortinet|forcepoint|websense|ironport|zscaler|proofpoint|mimecast|barracuda|spamhaus|surbl|urlscan|virustotal|phishlabs|sophos|mcafee|symantec|opendns|avast|eset|paloalto)/ nocase
    condition:
        (filename == ".htaccess" or extension == "htaccess") and filesize < 256KB and #v >= 2
}

/* A sign-in page that claims a brand: the brand in the title or as the
 * logo's alt text / file name / class. Single-sign-on buttons ("Sign in
 * with Apple", "Continue with Microsoft") do not count: the page using
 * them is the site's own. */
private rule phishing_tech__brand_claim
{
    strings:
        $t = /<title>[^<]{0,80}\b(PayPal|Microsoft|Office ?365|Outlook|OneDrive|SharePoint|Apple|iCloud|Netflix|Spotify|Disney|Amazon|eBay|DHL|FedEx|UPS|USPS|Royal Mail|La Poste|Colissimo|Chronopost|PostNL|Correos|InPost|Poczta|Wells Fargo|Chase|Bank of America|Citi(bank)?|Capital One|American Express|Amex|Navy Federal|USAA|TD Bank|RBC|Scotiabank|CIBC|BMO|Desjardins|Santander|Barclays|HSBC|NatWest|Lloyds|Halifax|Monzo|Revolut|N26|ING|Rabobank|ABN AMRO|KBC|Belfius|BNP Paribas|Soci(e|\xc3\xa9)t(e|\xc3\xa9) G(e|\xc3\xa9)n(e|\xc3\xa9)rale|Cr(e|\xc3\xa9)dit Agricole|Cr(e|\xc3\xa9)dit Mutuel|LCL|Banque Populaire|Caisse d.(E|\xc3\x89)pargne|La Banque Postale|Sparkasse|Volksbank|Commerzbank|Deutsche Bank|Postbank|Intesa|UniCredit|Poste Italiane|CaixaBank|BBVA|Bankinter|Millennium|Caixa|Ita(u|\xc3\xba)|Bradesco|Nubank|PKO|mBank|Pekao|Commonwealth Bank|Westpac|ANZ|NAB|impots\.gouv|ameli|Coinbase|Binance|Kraken|MetaMask|Blockchain|Trust Wallet|Ledger|Dropbox|Adobe|DocuSign|WeTransfer|Yahoo|AOL|Instagram|Facebook|WhatsApp|Steam|Roblox|Zimbra|Orange|Vodafone|Telekom)\b/ nocase
        $a = /<img[^>]{0,200}alt\s{0,2}=\s{0,2}["']\s{0,2}(PayPal|Microsoft|Office ?365|Outlook|OneDrive|SharePoint|Apple|iCloud|Netflix|Spotify|Disney|Amazon|eBay|DHL|FedEx|UPS|USPS|Royal Mail|La Poste|Colissimo|Chronopost|PostNL|Correos|InPost|Poczta|Wells Fargo|Chase|Bank of America|Citi(bank)?|Capital One|American Express|Amex|Navy Federal|USAA|TD Bank|RBC|Scotiabank|CIBC|BMO|Desjardins|Santander|Barclays|HSBC|NatWest|Lloyds|Halifax|Monzo|Revolut|N26|ING|Rabobank|ABN AMRO|KBC|Belfius|BNP Paribas|Soci(e|\xc3\xa9)t(e|\xc3\xa9) G(e|\xc3\xa9)n(e|\xc3\xa9)rale|Cr(e|\xc3\xa9)dit Agricole|Cr(e|\xc3\xa9)dit Mutuel|LCL|Banque Populaire|Caisse d.(E|\xc3\x89)pargne|La Banque Postale|Sparkasse|Volksbank|Commerzbank|Deutsche Bank|Postbank|Intesa|UniCredit|Poste Italiane|CaixaBank|BBVA|Bankinter|Millennium|Caixa|Ita(u|\xc3\xba)|Bradesco|Nubank|PKO|mBank|Pekao|Commonwealth Bank|Westpac|ANZ|NAB|impots\.gouv|ameli|Coinbase|Binance|Kraken|MetaMask|Blockchain|Trust Wallet|Ledger|Dropbox|Adobe|DocuSign|WeTransfer|Yahoo|AOL|Instagram|Facebook|WhatsApp|Steam|Roblox|Zimbra|Orange|Vodafone|Telekom)\b[^"']{0,30}["']/ nocase
        $l = /(src|class)\s{0,2}=\s{0,2}["'][^"']{0,160}(microsoft|office365|outlook|onedrive|sharepoint|paypal|apple|icloud|netflix|dhl|fedex|usps|chase|wellsfargo|bofa|bankofamerica|amex|santander|barclays|hsbc|coinbase|binance|metamask|dropbox|adobe|docusign|wetransfer|yahoo|aol)[^"'\s]{0,60}logo/ nocase
        $l2 = /(src|class)\s{0,2}=\s{0,2}["'][^"']{0,160}logo[^"'\s]{0,60}(microsoft|office365|outlook|onedrive|sharepoint|paypal|apple|icloud|netflix|dhl|fedex|usps|chase|wellsfargo|bofa|bankofamerica|amex|santander|barclays|hsbc|coinbase|binance|metamask|dropbox|adobe|docusign|wetransfer|yahoo|aol)/ nocase
        /* the brand's own images, styles or scripts loaded from its site
         * (a clone hot-links them; the brand's page would post to itself) */
        $b = /(src|href)\s{0,2}=\s{0,2}["']https?:\/\/([a-z0-9-]{1,30}\.){0,3}(paypal|microsoft|microsoftonline|live|office|office365|outlook|apple|icloud|wellsfargo|chase|bankofamerica|dropbox|adobe|docusign|netflix|dhl|fedex|usps|americanexpress|capitalone|citi|santander|barclays|hsbc|coinbase|binance|yahoo|aol)\.(com|net)\/[^"']{0,200}\.(png|svg|gif|jpe?g|ico|css|js)["']/ nocase
        /* the title spelt in numeric character references (&#80;&#97;..):
         * hides the brand from a text search, a real page has no reason */
        $e = /<title>[^<]{0,20}(&#x?[0-9a-f]{2,4};\s?){5}/ nocase
        $c = /(paypalobjects\.com|aadcdn\.msftauth\.net|aadcdn\.msauth\.net|logincdn\.msftauth\.net|logincdn\.msauth\.net|aadcdn\.microsoftonline-p\.com|appleid\.cdn-apple\.com|assets\.nflxext\.com|static\.chasecdn\.com|cfl\.dropboxstatic\.com|s\.yimg\.com\/[^"'\s]{0,40}login)/ nocase
        $sso = /(sign|log) ?in with|continue with|connect with/ nocase
    condition:
        any of ($t, $a, $l, $l2, $b, $c, $e) and not $sso
}

/* The page's password form goes to a script beside it, or is sent by a
 * script (action "#", "javascript:", empty), the way kit pages post to
 * next.php or hand the fields to an XHR. */
private rule phishing_tech__local_password_form
{
    strings:
        $p = /t[y]pe\s{0,2}=\s{0,2}["']?password/ nocase
        $f1 = /<form[^>]{0,300}action\s{0,2}=\s{0,2}["'](\.{0,2}\/)?[\w\/.-]{0,80}\.php(\?[^"']{0,80})?["']/ nocase
        $f2 = /<form[^>]{0,300}action\s{0,2}=\s{0,2}["'](#|javascript:[^"']{0,40}|)["']/ nocase
        $f3 = /<form[^>]{0,300}action\s{0,2}=\s{0,2}(\.{0,2}\/)?[\w\/.-]{0,80}\.php[\s>]/ nocase
    condition:
        $p and any of ($f*)
}

/* What a real application's own login page carries and a hand-made clone
 * does not: a CSRF token or nonce, template markup. */
private rule phishing_tech__real_app
{
    strings:
        $real1 = "csrf" ascii nocase
        $real2 = "_token" ascii
        $real3 = "nonce" ascii nocase
        $real4 = "{{" ascii
        $real5 = "<roundcube:" ascii
        $real6 = "wp-login" ascii
        $real7 = "authenticity_token" ascii
        $real8 = "RequestVerificationToken" ascii
    condition:
        any of them
}

/* The brand's own sign-in assets (its login CDN, its site's images and
 * styles): a page saved from the brand carries the brand's tokens too, and
 * still gives itself away by posting the password to a local script. */
private rule phishing_tech__brand_assets
{
    strings:
        $b = /(src|href)\s{0,2}=\s{0,2}["']https?:\/\/([a-z0-9-]{1,30}\.){0,3}(paypal|paypalobjects|microsoft|microsoftonline|msftauth|msauth|live|office|office365|outlook|apple|cdn-apple|icloud|wellsfargo|chase|chasecdn|bankofamerica|dropbox|dropboxstatic|adobe|docusign|netflix|nflxext|dhl|fedex|usps|americanexpress|capitalone|citi|santander|barclays|hsbc|coinbase|binance|yahoo|yimg|aol)\.(com|net)\/[^"']{0,200}\.(png|svg|gif|jpe?g|ico|css|js)(\?[^"']{0,80})?["']/ nocase
    condition:
        #b >= 2
}

rule phishing_tech_brand_login_page : phishing
{
    meta:
        description = "Brand sign-in clone: a page that claims a bank, mail, cloud, parcel or payment brand (title, logo alt text or file name, the brand's own CDN) and whose password form posts to a script beside it or is sent by script, with none of a real application's CSRF token or template markup"
        severity = "medium"
        technique = "<title>Apple - Apple ID</title> / <img src=logo.svg alt=\"Credit Agricole\"> / paypalobjects.com CSS + <form action=post.php|#> + type=password"
        seen = "train8"
        round = "phishloco"
    condition:
        filesize < 400KB and (extension == "html" or extension == "htm" or extension == "php" or extension == "") and
        phishing_tech__brand_claim and phishing_tech__local_password_form and
        (not phishing_tech__real_app or phishing_tech__brand_assets)
}

rule phishing_tech_js_credential_relay : phishing
{
    meta:
        description = "Kit script that takes the sign-in form's password (and user) field, sends it with XHR/fetch/jQuery, then moves the victim to a brand's real site"
        severity = "medium"
        technique = "x.open('POST','next.php'); x.send('u='+f.user.value+'&p='+f.pass.value); x.onload = function(){ top.location = 'https://www.brand.com/' } / $.ajax({url:.., data:{email:e, password:p}, complete: .. window.location.replace('https://outlook.office.com')})"
        seen = "train8"
        round = "phishloco"
    strings:
        $pw1 = /\.(pass|passwd|password|pwd|pw|clave|senha|haslo|passe|mdp|pin)\.value/ nocase
        $pw2 = /["'#](pass|passwd|password|pwd|pw|clave|senha|haslo|passe|mdp|pin)["']\s{0,2}\)\s{0,2}\.val\s{0,2}\(\)/ nocase
        $pw3 = /getElementById\s{0,2}\(\s{0,2}["'](pass|passwd|password|pwd|pw|clave|senha|haslo|passe|mdp|pin)["']\s{0,2}\)\s{0,2}\.value/ nocase
        $pw4 = /querySelector\s{0,2}\(\s{0,2}["'][^"']{0,40}(type=["\\']{0,2}password|name=["\\']{0,2}pass)[^"']{0,20}["']\s{0,2}\)\s{0,2}\.value/ nocase
        $s1 = /\.open\s{0,2}\(\s{0,2}["']POST["']/ nocase
        $s2 = /\bfetch\s{0,2}\(/
        $s3 = /\$\.(ajax|post)\s{0,2}\(/
        $s4 = /navigator\.sendBeacon\s{0,2}\(/
        $away = /(top|window|document|self)\.location(\.href|\.replace|\.assign)?\s{0,2}(=|\()\s{0,2}["']https:\/\/(www\.|login\.|outlook\.|accounts?\.|signin\.)?[a-z0-9-]{2,30}\.(com|net|org|fr|de|es|it|pl|pt|co\.uk|com\.br|gouv\.fr)\/?["']/ nocase
        $csrf = /csrf|_token|nonce/ nocase
    condition:
        filesize < 200KB and any of ($pw*) and any of ($s*) and $away and not $csrf
}

rule phishing_tech_visitor_log_redirect : phishing
{
    meta:
        description = "Kit entry page that appends each visitor's address (with the user agent or the time) to a file beside it and sends the visitor on to the kit's sign-in folder"
        severity = "low"
        technique = "fwrite(fopen('visitors.html','a'), $ip.' -- '.date(..).' -- '.$ua); header('Location: login/'); / file_put_contents('hits.txt', .., FILE_APPEND); header('Location: signin/')"
        seen = "train8"
        round = "phishloco"
    strings:
        $ip = "REMOTE_ADDR" ascii
        $more1 = "HTTP_USER_AGENT" ascii
        $more2 = /\bdate\s{0,2}\(/
        $w1 = /fopen\s{0,2}\([^;\n]{0,120},\s{0,2}["']a\+?b?["']/
        $w2 = /file_put_contents\s{0,2}\([^;\n]{0,200}FILE_APPEND/
        $go = /header\s{0,2}\(\s{0,2}["']Location:\s{0,4}(\.{0,2}\/)?[\w-]{0,30}(login|signin|sign-in|logon|verify|verification|secure|account|update|auth|webscr|session|validate|confirm)[\w-]{0,30}(\/|\/index\.(php|html?)|\.(php|html?))?["']/ nocase
        $code = /\b(function|class)\b/
        /* a login handler logging failures reads the form and the users */
        $in = /\$_(POST|GET|REQUEST|COOKIE|SESSION)\b|password_verify|->prepare|mysqli_/
    condition:
        filesize < 4KB and phishing_tech__php_source and $ip and any of ($more*) and any of ($w*) and $go and not $code and not $in
}

rule phishing_tech_gate_include_chain : phishing
{
    meta:
        description = "Kit page that starts by pulling in two or more anti-bot / blocker includes (anti1.php .. anti8.php, antibots.php, blocker.php, bots.php)"
        severity = "medium"
        technique = "include 'antibots/anti1.php'; include 'antibots/anti2.php'; require_once 'blocker.php'; then the page or the redirect"
        seen = "train8"
        round = "phishloco"
    strings:
        $i = /\b(include|require)(_once)?\s{0,2}\(?\s{0,2}(__DIR__\s{0,2}\.\s{0,2}|dirname\s{0,2}\(__FILE__\)\s{0,2}\.\s{0,2})?["'][^"'\n]{0,60}(anti[-_]?bots?|anti[-_]?\d{1,2}|antibot\w{0,10}|\bbots?|blocker\w{0,10}|block_?ips?|bot_?block\w{0,10}|crawler\w{0,10}|netcraft|phishtank)\.php["']/ nocase
    condition:
        filesize < 400KB and phishing_tech__php_source and #i >= 2
}

rule phishing_tech_drop_address_file : phishing
{
    meta:
        description = "Kit's drop-address file: a tiny PHP file that only assigns a free-mail address (or two) for the results, included by the form handler"
        severity = "low"
        technique = "<?php $send = \"drop@yandex.com\"; ?> / <?php $to = 'x@gmail.com'; $cc = 'y@outlook.com';"
        seen = "train8"
        round = "phishloco"
    strings:
        $m = /\$\w{1,30}\s{0,4}=\s{0,4}["'][A-Za-z0-9._%+-]{1,64}@(gmail|googlemail|yahoo|ymail|yandex|hotmail|outlook|live|aol|protonmail|proton|mail|gmx|zoho|tutanota|icloud|inbox|rambler)\.[a-z.]{2,8}["']\s{0,2};/ nocase
        $any = /\b(function|class|if|foreach|while|echo|print|return|include|require|define|array|new)\b/
    condition:
        filesize < 400 and phishing_tech__php_source and not $any and (
            /* the file is its address assignments and the PHP tags */
            (#m == 1 and filesize <= !m[1] + 14) or (#m == 2 and filesize <= !m[1] + !m[2] + 16) or
            (#m == 3 and filesize <= !m[1] + !m[2] + !m[3] + 18))
}

/* A kit uploaded as an archive (a .zip beside its unpacked copy): the
 * archive's entry names (stored in clear in its local and central
 * headers) are a kit's: a form handler, the anti-bot include, a brand
 * folder, the .htaccess gate. A CMS, theme or plugin archive carries its
 * own tree (wp-includes, vendor, node_modules) and many more entries. */
rule phishing_tech_kit_archive : phishing
{
    meta:
        description = "Zip archive whose few entries are a phishing kit's: a form handler (send/next/post/login .php) beside an anti-bot include, a brand-named folder, or an index page, config and .htaccess"
        severity = "medium"
        technique = "office365.zip: office365/index.html office365/next.php office365/antibot/blocker.php / v3.zip: v3/index.html v3/send.php v3/config.php v3/.htaccess"
        seen = "train8"
        round = "phishloco"
    strings:
        $cd = { 50 4B 01 02 }
        $h = /[\x00-\x1f\/](send|next|post|login|signin|sign_in|verify|verification|mail|mailer|process|submit|result|results|rezult|step\d|card|billing|otp|sms|vbv|confirm|auth)\.php/ nocase
        $g = /[\x00-\x1f\/](anti[-_]?bots?|anti[-_]?\d{1,2}|antibot\w{0,10}|bots?|blocker\w{0,10}|block_?ips?|bot_?block\w{0,10})\.php/ nocase
        $gd = /[\x00-\x1f\/](anti[-_]?bots?|antibot\w{0,10}|blocker|prevent)\//
        $b = /[\x00-\x1f](office365|o365|outlook|onedrive|sharepoint|microsoft|paypal|apple|icloud|netflix|dhl|fedex|usps|chase|wellsfargo|wells|bofa|amex|santander|barclays|hsbc|coinbase|binance|metamask|dropbox|adobe|docusign|wetransfer|yahoo|aol|webmail|amazon)[\w-]{0,20}\// nocase
        $ix = /[\x00-\x1f\/]index\.(html?|php)/
        $cf = /[\x00-\x1f\/](config|settings|email|setting)\.php/
        $ht = /[\x00-\x1f\/]\.htaccess/
        $cms = /(wp-includes|wp-admin|wp-content|vendor|node_modules|administrator|includes\/js|\.git)\//
    condition:
        uint32(0) == 0x04034b50 and filesize < 20MB and #cd <= 40 and not $cms and $h and
        (any of ($g, $gd) or ($b and $ix) or ($ix and $cf and $ht))
}

/* Card-step translations of a multi-language kit: a PHP table (return
 * [..] or $lang = [..]) that is nothing but the labels of a card form (the
 * number, the expiry, the security code) with a "confirm / update your
 * payment" wording. A shop's translations live in .po/.mo files or
 * gettext calls and carry many more strings. */
rule phishing_tech_card_lang_table : phishing
{
    meta:
        description = "Small PHP translation table of a kit's card step: only the card form's labels (number, expiry, security code) and an update/confirm-your-payment title"
        severity = "low"
        technique = "<?php return ['title' => 'Mettez a jour votre paiement', 'cc' => 'Numero de carte', 'exp' => 'Expiration', 'cvv' => 'Cryptogramme', 'btn' => 'Confirmer'];"
        seen = "train8"
        round = "phishloco"
    strings:
        $tab1 = /return\s{0,2}(\[|array\s{0,2}\()/
        $tab2 = /=\s{0,2}array\s{0,2}\(/
        $tab3 = /\$lang\w{0,20}\s{0,2}=\s{0,2}\[/ nocase
        $k1 = /["'](cc|ccnum|card|cardnumber|card_number|cnum|numero)["']\s{0,2}=>/ nocase
        $k2 = /["'](cvv|cvv2|cvc|csc|ccv|cid|code)["']\s{0,2}=>/ nocase
        $k3 = /["'](exp|expiry|expiration|expdate|exp_date|validity)["']\s{0,2}=>/ nocase
        $t = /=>\s{0,2}["'][^"'\n]{0,40}(update|confirm|verify|mettez|actualice|aktualisieren|aggiorna|atualize|zaktualizuj|bestätigen|v(e|\xc3\xa9)rifi)[^"'\n]{0,60}["']/ nocase
        $code = /\b(function|class|foreach|while|echo|include|require|__\()/
    condition:
        filesize < 3KB and phishing_tech__php_source and any of ($tab*) and $k1 and $k2 and $k3 and $t and not $code
}

/* A kit turns the search engines' own crawlers away (a site that wants
 * visitors never answers Googlebot with a fake 404); an SEO bad-bot block
 * names SEO crawlers and answers 403, a cloaker shows crawlers its spam. */
rule phishing_tech_crawler_turn_away : phishing
{
    meta:
        description = "Visitor gate that answers the search engines' crawlers (three or more of Googlebot, bingbot, Slurp, msnbot, Yandex, Baidu) with a fake 404 or a big site, in a small PHP file"
        severity = "medium"
        technique = "if (strpos($_SERVER['HTTP_USER_AGENT'], 'google') or strpos(.., 'msnbot') or strpos(.., 'Yahoo! Slurp') ..) { header('HTTP/1.0 404 Not Found'); exit; }"
        seen = "train8"
        round = "phishloco"
    strings:
        $ua = "HTTP_USER_AGENT" ascii
        $c1 = /["'\/|(]google(bot)?["'\/|)]/ nocase
        $c2 = /["'\/|(]bing(bot)?["'\/|)]/ nocase
        $c3 = /["'\/|(](Yahoo! ?)?slurp["'\/|)]/ nocase
        $c4 = /["'\/|(]msnbot["'\/|)]/ nocase
        $c5 = /["'\/|(]yandex(bot)?["'\/|)]/ nocase
        $c6 = /["'\/|(]baidu(spider)?["'\/|)]/ nocase
        $c7 = /["'\/|(]duckduckbot["'\/|)]/ nocase
        $c8 = /["'\/|(]facebookexternalhit["'\/|)]/ nocase
        $f1 = /HTTP\/1\.[01]\s{1,4}404/
        $f2 = /http_response_code\s{0,4}\(\s{0,4}404/
        $f3 = /<h1>\s{0,2}(404\s{0,2})?Not Found\s{0,2}<\/h1>/ nocase
        $f4 = /Location:\s{0,4}https?:\/\/(www\.)?(google|bing|yahoo|paypal|microsoft|office|outlook|live|apple|amazon|netflix|facebook|youtube|wikipedia)\./ nocase
        $serve = /\b(file_get_contents|curl_exec|readfile|include|require)\b/
    condition:
        filesize < 20KB and phishing_tech__php_source and $ua and 3 of ($c*) and any of ($f*) and not $serve
}
