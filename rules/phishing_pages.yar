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

rule phishing_brand_title_login_clone : phishing
{
    meta:
        description = "Page titled as a bank, webmail, cloud or payment brand with a password form posting to a script, without the CSRF token of a real application"
        severity = "medium"
        technique = "static brand sign-in clone (<title>Sign in - PayPal</title> + password field + action=post.php)"
        seen = "none"
    strings:
        $t = /<title>[^<]{0,80}(PayPal|Microsoft|Office ?365|Outlook|OneDrive|SharePoint|Apple ID|iCloud|Netflix|DHL|FedEx|Wells Fargo|Chase|Bank of America|Coinbase|Binance|MetaMask|Blockchain|Dropbox|Amazon|Adobe|DocuSign|WeTransfer|Gmail|Google|Yahoo|AOL|cPanel|Webmail|Zimbra|Office|Excel|Instagram|Facebook|Santander|Barclays|HSBC|Citi|Capital One|American Express|USPS|Royal Mail|La Poste)/ nocase
    condition:
        filesize < 400KB and $t and phishing_pages__password_form and not phishing_pages__real_app_form
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
