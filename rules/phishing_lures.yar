/*
 * hostsweep — the regional "update your details" and "parcel fee" kits
 * (docs/rules.md, "Phishing kits, round 9"): a page claiming a bank, a
 * telecom or a parcel service tells the visitor a story that ends in a
 * card form — the registration is out of date and the account will be
 * blocked (Brazil's "atualização cadastral"), the last bill could not be
 * charged ("kart bilgileri güncelleme", "cập nhật thông tin thanh toán"),
 * the parcel waits for a small fee ("frais de livraison", "colis en
 * attente", customs fees) — and asks for the card number with its security
 * code, or the bank password with the national ID number.
 *
 * Found before today only at medium (a brand title over a password form
 * posting to a .php) or not at all (no password field: a card form under a
 * regional brand the lists did not name). What makes the page high is the
 * combination: the story, a brand it claims, and the secrets only the card
 * holder or the bank knows, in a form that does not post to a payment
 * gateway and carries no CSRF token. A shop's own checkout asks for a card
 * but claims no bank or parcel service and tells no such story; a shop's
 * order-tracking page names the parcel service and the delivery fee but
 * asks for no card; a payment page posts to its gateway.
 * Not scoped: these pages are HTML as often as PHP.
 */

/* The story, in the languages of the kits (UTF-8 as written). */
private rule phishing_lures__story
{
    strings:
        /* the threat, not the fee or the update: a shop's checkout shows its
         * delivery fee and names its carrier, an account page says "update
         * your details"; neither says the account will be blocked or the
         * parcel is held. English: */
        $en1 = /account (has been|will be|is) (suspended|locked|limited|blocked|closed|disabled)/ nocase
        $en2 = /(package|parcel|shipment) (is |has been )?(on hold|held|awaiting (payment|delivery))/
        $en3 = /could not be delivered/ nocase
        /* French */
        $fr1 = /colis (est )?en attente/ nocase
        $fr2 = /n'a pas pu (\xc3\xaatre|etre) (livr|distribu)/ nocase
        $fr3 = /retourn\xc3\xa9 \xc3\xa0 l'exp\xc3\xa9diteur/ nocase
        $fr4 = /compte (sera|a \xc3\xa9t\xc3\xa9|est) (suspendu|bloqu\xc3\xa9|d\xc3\xa9sactiv\xc3\xa9)/ nocase
        /* Portuguese (Brazil) */
        $pt1 = /atualiza(\xc3\xa7\xc3\xa3o|cao) cadastral (obrigat|pendente)/ nocase
        $pt2 = /recadastramento/ nocase
        $pt3 = /(evitar o bloqueio|ser\xc3\xa1 (bloquead|desativad|suspens|cancelad)[ao])/ nocase
        $pt4 = /cadastro (est\xc3\xa1 )?desatualizado/ nocase
        /* Spanish */
        $es1 = /cuenta (ha sido|ser\xc3\xa1|est\xc3\xa1) (suspendida|bloqueada|desactivada)/ nocase
        $es2 = /paquete (est\xc3\xa1 )?(en espera|retenido)/ nocase
        /* Turkish */
        $tr1 = /(kapanmamas\xc4\xb1|ask\xc4\xb1ya al\xc4\xb1n)/ nocase
        $tr2 = /\xc3\xb6demesi[^<\n]{0,40}al\xc4\xb1namad\xc4\xb1/ nocase
        $tr3 = /(g\xc3\xb6nderiniz|kargonuz|paketiniz)[^<\n]{0,60}(bekliyor|teslim edilemedi)/ nocase
        /* Vietnamese: "temporarily locked", "will be locked" */
        $vi1 = /(t\xe1\xba\xa1m|b\xe1\xbb\x8b) kh\xc3\xb3a/ nocase
        /* German, Italian */
        $de1 = /Konto (wurde|wird) (gesperrt|eingeschr\xc3\xa4nkt)/ nocase
        $de2 = /(Ihr Paket wartet|konnte nicht zugestellt werden)/ nocase
        $it1 = /(pacco in giacenza|account (\xc3\xa8 stato )?sospeso)/ nocase
    condition:
        any of them
}

/* The brand the page claims: banks, telecoms, parcel services and shops
 * the regional kits copy (literals: cheap to look for). */
private rule phishing_lures__brand
{
    strings:
        $p1 = "Colissimo" ascii nocase
        $p2 = "Chronopost" ascii nocase
        $p3 = "La Poste" ascii nocase
        $p4 = "Mondial Relay" ascii nocase
        $p5 = "DHL" ascii
        $p6 = "FedEx" ascii nocase
        $p7 = "PostNL" ascii
        $p8 = "Correos" ascii
        $p9 = "Royal Mail" ascii nocase
        $p10 = "USPS" ascii
        $p11 = "PTT" ascii
        $p12 = "Yurti\xc3\xa7i" ascii
        $p13 = "Aras Kargo" ascii nocase
        $p14 = "Evri" ascii
        $p15 = "Canada Post" ascii
        $t1 = "T\xc3\xbcrk Telekom" ascii
        $t2 = "Turkcell" ascii nocase
        $t3 = "Vodafone" ascii nocase
        $t4 = "e-Devlet" ascii nocase
        $t5 = "Viettel" ascii nocase
        $b1 = "Ziraat" ascii nocase
        $b2 = "Garanti" ascii
        $b3 = "Akbank" ascii nocase
        $b4 = "Yap\xc4\xb1 Kredi" ascii nocase
        $b5 = "Halkbank" ascii nocase
        $b6 = "Vak\xc4\xb1fBank" ascii nocase
        $b7 = "Vietcombank" ascii nocase
        $b8 = "Techcombank" ascii nocase
        $b9 = "VPBank" ascii nocase
        $b10 = "BIDV" ascii
        $b11 = "Agribank" ascii nocase
        $b12 = "VietinBank" ascii nocase
        $b13 = "Sacombank" ascii nocase
        $b14 = "Ita\xc3\xba" ascii
        $b15 = "Bradesco" ascii nocase
        $b16 = "CAIXA" ascii
        $b17 = "Nubank" ascii nocase
        $b18 = "Santander" ascii nocase
        $b19 = "Banco do Brasil" ascii nocase
        $b20 = "Sicredi" ascii nocase
        $b21 = "Cr\xc3\xa9dit Agricole" ascii nocase
        $b22 = "Soci\xc3\xa9t\xc3\xa9 G\xc3\xa9n\xc3\xa9rale" ascii nocase
        $b23 = "BNP Paribas" ascii nocase
        $b24 = "Banque Postale" ascii nocase
        $b25 = "Caisse d'Epargne" ascii nocase
        $b26 = "Sparkasse" ascii nocase
        $b27 = "BBVA" ascii
        $b28 = "Bancolombia" ascii nocase
        $s1 = "Shopee" ascii nocase
        $s2 = "Lazada" ascii nocase
        $s3 = "Netflix" ascii nocase
        $s4 = "PayPal" ascii
        $s5 = "Amazon" ascii
        $s6 = "Ameli" ascii
        $s7 = "Mercado Pago" ascii nocase
        $s8 = "PicPay" ascii nocase
    condition:
        any of them
}

/* What only the holder knows: a card number with its security code, or the
 * bank's password with the national ID number (CPF, T.C. kimlik, SSN...). */
private rule phishing_lures__secrets
{
    strings:
        $num = /(name|id)\s{0,2}=\s{0,2}["']?[\w-]{0,12}(card_?num|card_?no|cardnumber|ccnum|cc_?number|kartno|kart_?no|kart_?numarasi|numcarte|num_?carte|numero_?carte|numero_?cartao|numero_?tarjeta|sothe|so_?the|kartennummer)/ nocase
        $cvv = /(name|id)\s{0,2}=\s{0,2}["']?[\w-]{0,12}(cvv|cvc|csc|cryptogramme|guvenlik_?kodu|security_?code|codigo_?seguranca|codigo_?seguridad)/ nocase
        $pw = /t[y]pe\s{0,2}=\s{0,2}["']?password/ nocase
        $nid = /name=["']?(cpf|tckn|tc_?kimlik|tc_?no|ssn|dni|cccd|cmnd)["'\s>]/
    condition:
        ($num and $cvv) or ($cvv and $pw) or ($pw and $nid)
}

/* A real application's page, a payment gateway's form, documentation. */
private rule phishing_lures__not_kit
{
    strings:
        $a1 = "csrf" ascii nocase
        $a2 = "_token" ascii
        $a3 = "nonce" ascii nocase
        $a4 = "{{" ascii
        $a5 = "wp_nonce_field" ascii
        /* a payment gateway's host in the page (literals: a regex from <form over
         * the tag to the host cost 23 M) */
        $g0 = "stripe.com" ascii nocase
        $g1 = "paypal.com" ascii nocase
        $g2 = "adyen.com" ascii nocase
        $g3 = "iyzipay.com" ascii nocase
        $g4 = "iyzico.com" ascii nocase
        $g5 = "paytr.com" ascii nocase
        $g6 = "vnpay.vn" ascii nocase
        $g7 = "mercadopago.com" ascii nocase
        $g8 = "pagseguro.uol.com.br" ascii nocase
        $g9 = "cielo.com.br" ascii nocase
        $g10 = "payzen.eu" ascii nocase
        $g11 = "monetico" ascii nocase
        $g12 = "paybox.com" ascii nocase
        $g13 = "systempay" ascii nocase
        $g14 = "ogone.com" ascii nocase
        $g15 = "worldpay.com" ascii nocase
        $g16 = "authorize.net" ascii nocase
        $g17 = "braintreegateway.com" ascii nocase
        $g18 = "checkout.com" ascii nocase
        $g19 = "mollie.com" ascii nocase
    condition:
        any of them or extension == "md" or extension == "txt" or extension == "po" or extension == "json" or
        extension == "yml" or extension == "yaml" or extension == "js" or extension == "ts"
}

rule phishing_lure_card_update_page : phishing
{
    meta:
        description = "Page claiming a bank, telecom or parcel service that tells an 'update your details' or 'parcel fee' story and asks for the card with its security code, or the bank password with the national ID, in a form that does not go to a payment gateway"
        severity = "high"
        technique = "<title>Colissimo</title> 'votre colis est en attente', 'frais de livraison de 1,99 €' + name=numcarte + name=cryptogramme -> paiement.php / 'evitar o bloqueio' + CPF + senha (type=password) / 'hattınızın kapanmaması için' + kartno + cvv"
        seen = "none"
        tuned_on = "tests/fixtures/phishing"
    strings:
        $send1 = /<form\b/ nocase
        $send2 = /\bfetch\s{0,2}\(/
        $send3 = "XMLHttpRequest" ascii
        $send4 = /\$\.(post|ajax)\s{0,2}\(/
    condition:
        filesize < 400KB and phishing_lures__story and phishing_lures__brand and phishing_lures__secrets and
        any of ($send*) and not phishing_lures__not_kit
}
