/*
 * hostsweep — checkout card skimmers (Magecart style; written from the
 * technique, seen = "none"; docs/rules.md "Wave 3"): a script in a
 * checkout template (PHP/HTML/JS, any shop: WooCommerce, Magento,
 * OpenCart ...) that reads the card number and security-code fields and
 * sends them to another host with an image request, sendBeacon, fetch or
 * XHR. A payment provider's script (Stripe Elements-like) hands the card to
 * its own iframe or tokenizer and the merchant posts only a token to its
 * own server; an analytics beacon carries no card fields.
 */

private rule skimmer__card_fields
{
    strings:
        $n1 = "cc-number" ascii nocase
        $n2 = "cc_number" ascii nocase
        $n3 = "ccnumber" ascii nocase
        $n4 = "cardnumber" ascii nocase
        $n5 = "card-number" ascii nocase
        $n6 = "card_number" ascii nocase
        $n7 = "cc_num" ascii nocase
        $n8 = "cc-num" ascii nocase
        $n9 = "credit_card" ascii nocase
        $n10 = "cc_no" ascii nocase
        $v1 = "cvv" ascii nocase
        $v2 = "cvc" ascii nocase
        $v3 = "cc_cid" ascii nocase
        $v4 = "cc-csc" ascii nocase
        $v5 = "card_code" ascii nocase
        $v6 = "securitycode" ascii nocase
        $v7 = "security_code" ascii nocase
        $v8 = "cc-cvv" ascii nocase
    condition:
        any of ($n*) and any of ($v*)
}

rule skimmer_card_beacon : phishing
{
    meta:
        description = "Checkout card skimmer: script reads card number and CVV fields and sends them to another host (image request, sendBeacon, fetch, XHR)"
        severity = "high"
        technique = "document.querySelector('[name*=cc_number]').value ... new Image().src='https://x/?d='+btoa(..) / navigator.sendBeacon(url, data) / fetch('https://..', {method:'POST'})"
        seen = "none"
    strings:
        $rv1 = /\.value\b/
        $rv2 = /\.val\s{0,2}\(\s{0,2}\)/
        $rv3 = /new\s{1,2}FormData\s{0,2}\(/
        $rv4 = /['"]value['"]/
        $b1 = /new\s{1,2}Image\s{0,2}(\(\s{0,2}\))?[^\n]{0,200}\.src\s{0,2}=/
        $b2 = /navigator\s{0,2}\.\s{0,2}sendBeacon\s{0,2}\(/
        $b3 = /\bfetch\s{0,2}\(\s{0,2}(["'`]https?:\/\/|["'`]\/\/|atob\s{0,2}\(|String\.fromCharCode)/
        $b4 = /\.open\s{0,2}\(\s{0,2}["'](POST|GET)["']\s{0,2},\s{0,2}(["']https?:\/\/|["']\/\/|atob\s{0,2}\()/
        $b5 = /\$\.(post|ajax|get)\s{0,2}\(\s{0,2}(\{\s{0,4}url\s{0,2}:\s{0,2})?(["']https?:\/\/|atob\s{0,2}\()/
        $b6 = /\.src\s{0,2}=\s{0,2}(["'`]https?:\/\/|["'`]\/\/|atob\s{0,2}\()/
        $t1 = "createToken(" ascii
        $t2 = "createPaymentMethod(" ascii
        $t3 = "confirmCardPayment(" ascii
    condition:
        filesize < 1MB and skimmer__card_fields and any of ($rv*) and any of ($b*) and
        not (any of ($t*) and not ($b1 or $b2))
}

rule skimmer_obfuscated_checkout_script : obfuscation phishing
{
    meta:
        description = "Checkout page carrying a script that runs base64-decoded code (eval(atob(..)) / Function(atob(..)))"
        severity = "medium"
        technique = "<script>eval(atob('...'))</script> or new Function(atob(..))() in a checkout/onepage/payment template"
        seen = "none"
    strings:
        $e1 = /\beval\s{0,2}\(\s{0,2}(window\s{0,2}\.\s{0,2})?atob\s{0,2}\(\s{0,2}["'][A-Za-z0-9+\/=]{40}/
        $e2 = /\bFunction\s{0,2}\(\s{0,2}(window\s{0,2}\.\s{0,2})?atob\s{0,2}\(\s{0,2}["'][A-Za-z0-9+\/=]{40}/
        $k1 = "checkout" ascii nocase
        $k2 = "onepage" ascii nocase
        $k3 = "payment" ascii nocase
        $k4 = "billing" ascii nocase
    condition:
        filesize < 2MB and any of ($e*) and any of ($k*)
}

/* train6, second round (seen = "train6"): a skimmer that names no card
 * field. It takes every field of the checkout (FormData of the form, a loop
 * over the inputs, jQuery's serialize), keeps those whose name looks like a
 * card (a regex or an indexOf of card/cvv/cc), and sends them to an
 * absolute address. A gateway's own script hands the card to the gateway's
 * element and posts a token to the shop's own (relative) path; an
 * analytics beacon does not filter fields for a card. */
rule skimmer_checkout_field_harvest : phishing
{
    meta:
        description = "Checkout skimmer under any field names: every checkout field read, those named like a card kept, and sent to another host"
        severity = "high"
        technique = "for (const [k, v] of new FormData(form)) if (/card|cvv/.test(k)) pick[k] = v; navigator.sendBeacon('https://x/collect', ..) / querySelectorAll('input') loop, s.indexOf('card') > -1 && fetch('https://..', {body: s})"
        seen = "train6"
    strings:
        $h1 = /new\s{1,2}FormData\s{0,2}\(/
        $h2 = /querySelectorAll\s{0,2}\(\s{0,2}\\?["'][^"'\n]{0,30}\b(input|select|textarea)\b/
        $h3 = /\.elements\b/
        $h4 = /\.serialize(Array)?\s{0,2}\(\s{0,2}\)/
        $h5 = /\$\(\s{0,2}\\?["'][^"'\n]{0,30}\binput\b/
        $k1 = /\/[^\/\n]{0,60}(card|cvv|cvc|cc_|cc-|ccnum|csc)[^\/\n]{0,60}\/[gimsuy]{0,4}\.test\s{0,2}\(/
        /* a field filter that drops the card fields ("!/card|cvv/.test(k)")
         * is a shop keeping the card away from its own API */
        $nk1 = /!\s{0,2}\/[^\/\n]{0,60}(card|cvv|cvc|cc_|cc-|ccnum|csc)[^\/\n]{0,60}\/[gimsuy]{0,4}\.test\s{0,2}\(/
        $k2 = /\.(indexOf|includes|startsWith|search|match)\s{0,2}\(\s{0,2}(\\?["']|\/)[^"'\/\n]{0,10}(card|cvv|cvc|cc_|cc-|ccnum|csc)/
        $c1 = "checkout" ascii nocase
        $c2 = "onepage" ascii nocase
        $c3 = "payment" ascii nocase
        $b1 = /new\s{1,2}Image\s{0,2}(\(\s{0,2}\))?[^\n]{0,200}\.src\s{0,2}=\s{0,2}\\?["'`]https?:\/\//
        $b2 = /navigator\s{0,2}\.\s{0,2}sendBeacon\s{0,2}\(\s{0,2}(\\?["'`]https?:\/\/|atob\s{0,2}\()/
        $b3 = /\bfetch\s{0,2}\(\s{0,2}(\\?["'`]https?:\/\/|\\?["'`]\/\/|atob\s{0,2}\()/
        $b4 = /\.open\s{0,2}\(\s{0,2}\\?["'](POST|GET)\\?["']\s{0,2},\s{0,2}(\\?["']https?:\/\/|\\?["']\/\/|atob\s{0,2}\()/
        $b5 = /\$\.(post|ajax|get)\s{0,2}\(\s{0,2}(\{\s{0,4}url\s{0,2}:\s{0,2})?(\\?["']https?:\/\/|atob\s{0,2}\()/
        /* the gateways' own hosts */
        $g1 = "stripe.com" ascii
        $g2 = "braintreegateway.com" ascii
        $g3 = "adyen.com" ascii
        $g4 = "paypal.com" ascii
        $g5 = "squareup.com" ascii
    condition:
        filesize < 1MB and any of ($h*) and (#k1 > #nk1 or $k2) and any of ($c*) and any of ($b*) and not any of ($g*)
}
