/*
 * hostsweep — mass-mailer rules (spam kits dropped into docroots).
 *
 * The technique: mail() or a PHPMailer/SMTP send inside a loop over a
 * recipient list that comes from the request, from an uploaded file or
 * from a list file next to the script. A newsletter that loops over its
 * subscribers from the database is not that: the list source is what the
 * rules look at. Severity and the `seen` meta as in webshell.yar
 * (docs/rules.md).
 */
// Every rule here reads PHP source only (docs/rules.md, "Rule scope"):
// hostsweep: scope=php

private rule mailer__php_source
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
            extension == "csv" or extension == "sql" or extension == "html" or extension == "htm"))
}

/* A send per recipient: mail() to a variable, or a PHPMailer-style
 * recipient added from a variable, sent right after and cleared for the
 * next one (a loop that adds every address and sends once is a "share with
 * friends" form). */
private rule mailer__send_to_variable
{
    strings:
        /* (mb_send_mail too; not wp_mail: WordPress code mails its subscribers in loops) */
        $m1 = /\b(mb_send_)?mail\s{0,4}\(\s{0,4}(trim\s{0,4}\(\s{0,4}|stripslashes\s{0,4}\(\s{0,4})?\$\w{1,30}/
        $m2 = /->\s{0,2}(addAddress|AddAddress|addBCC|AddBCC|addCC|AddCC|setTo)\s{0,4}\(\s{0,4}(trim\s{0,4}\(\s{0,4})?\$\w{1,30}/
        $m4 = "RCPT TO:" ascii nocase
        $s = /->\s{0,2}(send|Send)\s{0,4}\(\s{0,4}\)/
        $c = /->\s{0,2}(clearAddresses|ClearAddresses|clearAllRecipients|ClearAllRecipients)\s{0,4}\(/
    condition:
        $m1 or $m4 or ($c and #m2 < 200 and
            for any i in (1..#m2) : (for any j in (1..#s) : (@s[j] > @m2[i] and @s[j] < @m2[i] + 800)))
}

private rule mailer__loop
{
    strings:
        /* literals: a regex on "for" would be verified at every "for" of every file */
        $l1 = "foreach" ascii
        $l2 = "for(" ascii
        $l3 = "for (" ascii
        $l4 = "while(" ascii
        $l5 = "while (" ascii
    condition:
        any of them
}

rule mailer_leaf_style_page : mailer
{
    meta:
        description = "Mass-mailer page: recipient list field sent in a loop (Leaf PHPMailer style)"
        severity = "high"
        technique = "web mass-mailer UI with emaillist/textarea and send loop"
        seen = "pre"
    strings:
        $l1 = "emaillist" ascii nocase
        $l2 = "email_list" ascii nocase
        $l3 = "mailist" ascii nocase
        $l4 = "maillist" ascii nocase
        $l5 = "leafmailer" ascii nocase
        $l6 = "Leaf PHPMailer" ascii nocase
        $q1 = "$_POST" ascii
        $q2 = "$_GET" ascii
        $q3 = "$_REQUEST" ascii
        $q4 = "$_COOKIE" ascii
        $k1 = /(explode|split|preg_split)\s{0,4}\(\s{0,4}["'](\\r)?\\n["']\s{0,4},\s{0,4}\$\w{0,20}(mail|list|to)/ nocase
        $k2 = "<textarea" ascii nocase
    condition:
        filesize < 2MB and mailer__php_source and any of ($l*) and mailer__send_to_variable and
        ($k1 or (any of ($q*) and $k2 and mailer__loop))
}

rule mailer_tool_banner : mailer
{
    meta:
        description = "Names a circulated mass-mailer kit (names only: scanners and docs name them too)"
        severity = "low"
        technique = "Leaf PHPMailer / mass mailer / inbox mailer banners"
        seen = "pre"
    strings:
        $t1 = "leafmailer" ascii nocase
        $t2 = "Leaf PHPMailer" ascii nocase
        $t3 = "Mass Mailer" ascii nocase
        $t4 = "Inbox Mailer" ascii nocase
        $t5 = "PHP Mailer Inbox" ascii nocase
        $t6 = "Mail Bomber" ascii nocase
        $t7 = "Email Bomber" ascii nocase
        $t8 = "Spam Mailer" ascii nocase
        $t9 = "Priv8 Mailer" ascii nocase
    condition:
        filesize < 2MB and mailer__php_source and any of them
}

rule mailer_mail_loop_uploaded_list : mailer
{
    meta:
        description = "mail() or PHPMailer send in a loop over an uploaded or posted address list"
        severity = "high"
        technique = "mail() loop over $_FILES / posted list of recipients"
        seen = "pre"
    strings:
        /* \b: move_uploaded_file($_FILES[..]['tmp_name'] is not file() of the upload */
        $f1 = /\bfile\s{0,4}\(\s{0,4}\$_FILES\s{0,4}\[[^\]]{1,40}\]\s{0,4}\[\s{0,4}['"]tmp_name['"]/
        $f2 = /file_get_contents\s{0,4}\(\s{0,4}\$_FILES\s{0,4}\[[^\]]{1,40}\]\s{0,4}\[\s{0,4}['"]tmp_name['"]/
        $f3 = /(explode|split|preg_split)\s{0,4}\(\s{0,4}["'](\\r)?\\n["']\s{0,4},\s{0,4}(trim\s{0,4}\(\s{0,4})?(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[/
        $f4 = /(explode|split|preg_split)\s{0,4}\(\s{0,4}["'](\\r)?\\n["']\s{0,4},\s{0,4}(trim\s{0,4}\()?\$\w{0,20}(mail|list|to|recip|addr)/ nocase
        $f5 = /fopen\s{0,4}\(\s{0,4}\$_FILES\s{0,4}\[[^\]]{1,40}\]\s{0,4}\[\s{0,4}['"]tmp_name['"]/
        /* an SplFileObject iterates the upload line by line, as file() does (round 6) */
        $f6 = /SplFileObject\s{0,4}\(\s{0,4}\$_FILES\s{0,4}\[[^\]]{1,40}\]\s{0,4}\[\s{0,4}['"]tmp_name['"]/
        $q1 = "$_POST" ascii
        $q2 = "$_FILES" ascii
        $q3 = "$_REQUEST" ascii
        $q4 = "$_GET" ascii
        /* file_get_contents()/fopen() of an upload reads any data (a wiki
           attachment, an avatar); it is an address list once it is split
           into lines or read line by line (file() already does that) */
        $sp = /\b(explode|preg_split|split|str_getcsv|strtok|fgets|fgetcsv)\s{0,4}\(/
    condition:
        filesize < 1MB and mailer__php_source and mailer__loop and any of ($q*) and
        (any of ($f1, $f3, $f4, $f6) or (any of ($f2, $f5) and $sp)) and mailer__send_to_variable
}

rule mailer_list_file_loop : mailer
{
    meta:
        description = "mail() or PHPMailer send in a loop over an address list read from a file beside the script"
        severity = "high"
        technique = "bulk sender reading list.txt / emails.txt and mailing every line"
        seen = "none"
    strings:
        $f1 = /\b(file|file_get_contents|fopen)\s{0,4}\(\s{0,4}(__DIR__\s{0,4}\.\s{0,4}|dirname\s{0,4}\(\s{0,4}__FILE__\s{0,4}\)\s{0,4}\.\s{0,4})?["'][^"'\n]{0,60}(mail|list|lead|address|recip|target|to|email)[^"'\n]{0,30}\.(txt|lst|list|csv|dat)["']/ nocase
        $f2 = /\b(file|file_get_contents|fopen)\s{0,4}\(\s{0,4}\$\w{0,20}(list|mails|emails|leads|targets|recip)\w{0,10}\s{0,4}[,)]/ nocase
        $e = /(explode|preg_split)\s{0,4}\(\s{0,4}["'](\/|\\r|\\n|,|;|\[)/
        $g1 = /\bfile\s{0,4}\(/
    condition:
        filesize < 1MB and mailer__php_source and mailer__loop and mailer__send_to_variable and
        any of ($f*) and ($e or $g1)
}

rule mailer_phpmailer_bulk : mailer
{
    meta:
        description = "PHPMailer/SMTP bulk sender: recipients added from a list taken from the request or a file, sent in a loop"
        severity = "high"
        technique = "PHPMailer bulk sender (addAddress($line) + send() per line of a posted/uploaded list)"
        seen = "none"
    strings:
        $p1 = "PHPMailer" ascii
        $p2 = /->\s{0,2}(isSMTP|IsSMTP|IsMail|isMail)\s{0,4}\(/
        $s = /->\s{0,2}(send|Send)\s{0,4}\(\s{0,4}\)/
        $a = /->\s{0,2}(addAddress|AddAddress|addBCC|AddBCC)\s{0,4}\(\s{0,4}(trim\s{0,4}\(\s{0,4})?\$\w{1,30}/
        $c = /->\s{0,2}(clearAddresses|ClearAddresses|ClearAllRecipients|clearAllRecipients)\s{0,4}\(/
        $i1 = /(explode|preg_split)\s{0,4}\(\s{0,4}["'](\/|\\r|\\n|,|;|\[)[^;]{0,80}\$_(POST|GET|REQUEST)/
        $i2 = /(explode|preg_split)\s{0,4}\(\s{0,4}["'](\/|\\r|\\n)/
        $i3 = /\$_FILES\s{0,4}\[[^\]]{1,40}\]\s{0,4}\[\s{0,4}['"]tmp_name['"]/
        $i4 = /\bfile\s{0,4}\(\s{0,4}["'][^"'\n]{1,60}\.(txt|lst|list|csv)["']/
    condition:
        filesize < 2MB and mailer__php_source and any of ($p*) and mailer__loop and $c and #a < 200 and
        for any i in (1..#a) : (for any j in (1..#s) : (@s[j] > @a[i] and @s[j] < @a[i] + 800)) and
        ($i1 or $i3 or $i4 or $i2)
}

rule mailer_request_fields_to_mail : mailer
{
    meta:
        description = "mail() with recipient and body straight from request parameters (open relay script)"
        severity = "high"
        technique = "mail($_POST[to], $_POST[subject], $_POST[body]) relay"
        seen = "pre"
    strings:
        $r1 = /\bmail\s{0,4}\(\s{0,4}(base64_decode|stripslashes|urldecode|trim)?\s{0,4}\(?\s{0,4}\$_(POST|GET|REQUEST|COOKIE)\s{0,4}\[[^\]]{1,40}\]\s{0,4}\)?\s{0,4},\s{0,4}(base64_decode|stripslashes|urldecode|trim)?\s{0,4}\(?\s{0,4}\$_(POST|GET|REQUEST|COOKIE)/
        $r2 = /=\s{0,4}base64_decode\s{0,4}\(\s{0,4}\$_(POST|GET|REQUEST)\s{0,4}\[\s{0,4}["'](mailto|to|msgheader|msgbody|msgsubject|subject|from)["']/
        $r3 = /=\s{0,4}base64_decode\s{0,4}\(\s{0,4}\$_(POST|GET|REQUEST)\s{0,4}\[/
        $m = "mail(" ascii
    condition:
        mailer__php_source and ($r1 or (#r2 > 1 and $m) or (#r3 > 2 and $m))
}

rule mailer_cookie_configured_smtp : mailer
{
    meta:
        description = "Mailer configured entirely through cookies/request (host, port, login, list) and talking SMTP"
        severity = "high"
        technique = "cookie-driven SMTP spam script"
        seen = "pre"
    strings:
        $c = /urldecode\s{0,4}\(\s{0,4}\$_COOKIE\s{0,4}\[/
        $s1 = "fsockopen" ascii
        $s2 = "RCPT TO" ascii nocase
        $s3 = "MAIL FROM" ascii nocase
        $s4 = "mail(" ascii
        $s5 = "EHLO" ascii
        $s6 = "HELO" ascii
    condition:
        mailer__php_source and #c > 8 and 2 of ($s*)
}

rule mailer_ui_strings : mailer
{
    meta:
        description = "Spam-mailer UI text (mass mailer / inbox mailer / bulk sender page) with a send loop"
        severity = "medium"
        technique = "mass-mailer web UI"
        seen = "pre"
    strings:
        $t1 = "Mass Mailer" ascii nocase
        $t2 = "Inbox Mailer" ascii nocase
        $t3 = "PHP Mailer Inbox" ascii nocase
        $t4 = "Mail Bomber" ascii nocase
        $t5 = "Email Bomber" ascii nocase
        $t6 = "Bulk Mailer" ascii nocase
        $t7 = "Spam Mailer" ascii nocase
        $t8 = "Mailer Inbox" ascii nocase
        $t9 = "Priv8 Mailer" ascii nocase
        $t10 = "Bomber" ascii
        $q1 = "$_POST" ascii
        $q2 = "$_GET" ascii
        $q3 = "$_REQUEST" ascii
    condition:
        filesize < 2MB and mailer__php_source and any of ($t*) and mailer__send_to_variable and
        mailer__loop and any of ($q*)
}

rule mailer_header_forgery_loop : mailer
{
    meta:
        description = "Script forging mailer identity and sending in a sleep-throttled loop"
        severity = "medium"
        technique = "spoofed X-Mailer / random sender with throttled send loop"
        seen = "pre"
    strings:
        $x1 = /X-Mailer:\s{0,4}(Microsoft Outlook|Microsoft Office Outlook|The Bat|Apple Mail)/ nocase
        $s1 = "sleep(" ascii
        $s2 = "usleep(" ascii
        $m = /\bmail\s{0,4}\(\s{0,4}\$\w{1,30}/
        $q1 = "$_POST" ascii
        $q2 = "$_REQUEST" ascii
    condition:
        mailer__php_source and $x1 and any of ($s*) and $m and any of ($q*) and mailer__loop
}

rule mailer_request_controlled_headers : mailer
{
    meta:
        description = "mail() relay whose sender, reply-to and extra headers all come from the request"
        severity = "high"
        technique = "remote-controlled mail relay endpoint (spoofed From/Reply-To from POST)"
        seen = "pre"
    strings:
        $f1 = /(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[\s{0,4}['"](from|sender|from_email|fromemail|frommail)['"]/ nocase
        $r1 = /(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[\s{0,4}['"](replyto|reply_to|reply-to|reply)['"]/ nocase
        $h1 = /(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[\s{0,4}['"](headers|header|fname|realname|from_name|fromname|xmailer)['"]/ nocase
        $s1 = /(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[\s{0,4}['"](subj|subject)['"]/ nocase
        $m = /\bmail\s{0,4}\(/
    condition:
        filesize < 1MB and mailer__php_source and $f1 and $r1 and $h1 and $s1 and $m
}

rule mailer_send_test_to_posted_address : mailer
{
    meta:
        description = "Small script mailing a posted address with no form checks (spammer delivery test / relay)"
        severity = "medium"
        technique = "mail($_POST['email'], ...) delivery check left by spam kits"
        seen = "pre"
    strings:
        $m = /\bmail\s{0,4}\(\s{0,4}(trim\s{0,4}\(\s{0,4})?(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[/
        /* what a real form checks before it sends anything */
        $k1 = "captcha" ascii nocase
        $k2 = "filter_var" ascii
        $k3 = "is_email" ascii
        $k4 = "nonce" ascii nocase
        $k5 = "csrf" ascii nocase
        $k6 = "check_admin_referer" ascii
        $k7 = "session_start" ascii
    condition:
        filesize < 200KB and mailer__php_source and $m and not any of ($k*)
}

/* ---- branch loco ("none"): written from the techniques without opening the
 * corpus's mailer, phishing or bot samples; tuned only on the invented
 * mailers of tests/eval/gen_variants.py (LOCO_MAILERS) and the clean sets. */

/* Raw SMTP from PHP: the script opens the socket itself (fsockopen,
 * stream_socket_client, socket_connect), speaks MAIL FROM / RCPT TO / DATA,
 * and takes its recipient list from the request or an upload (split into
 * lines). SMTP libraries (PHPMailer's SMTP class, Net_SMTP, Horde) speak the
 * protocol too, but never read a recipient list from $_POST or $_FILES. */
rule mailer_raw_smtp_request_list : mailer
{
    meta:
        description = "Raw SMTP sender (own socket, MAIL FROM/RCPT TO) mailing a recipient list taken from the request or an upload"
        severity = "high"
        technique = "fsockopen($smtp, 25/587) + AUTH LOGIN + foreach (explode(\"\\n\", $_POST['list']) as $to) { fputs($s, \"RCPT TO:<$to>\\r\\n\") ... }"
        seen = "none"
    strings:
        $t1 = "fsockopen" ascii
        $t2 = "stream_socket_client" ascii
        $t3 = "socket_connect" ascii
        $mf = "MAIL FROM" ascii nocase
        $rt = "RCPT TO" ascii nocase
        $w1 = /\b(fputs|fwrite|socket_write|stream_socket_sendto)\s{0,4}\(/
        $l1 = /(explode|preg_split)\s{0,4}\(\s{0,4}["'](\/|\\r|\\n|,|;|\[)[^;]{0,80}\$_(POST|GET|REQUEST|COOKIE)/
        $l2 = /\$_FILES\s{0,4}\[[^\]]{1,40}\]\s{0,4}\[\s{0,4}['"]tmp_name['"]/
        $l3 = /\bfile\s{0,4}\(\s{0,4}\$_(POST|GET|REQUEST)\s{0,4}\[/
    condition:
        filesize < 300KB and mailer__php_source and mailer__loop and any of ($t*) and $mf and
        /* the recipient written to the socket, and the list taken shortly before: a
           form library that names SMTP words and $_FILES far apart is not this */
        for any i in (1..#rt) : ( $w1 in (@rt[i] - 120 .. @rt[i]) and
            for any of ($l*) : ( $ in (@rt[i] - 6000 .. @rt[i]) ) )
}

/* A letter personalised per recipient with a spam kit's placeholders
 * (##EMAIL##, [-email-], %%name%%, [[user]]) replaced inside the send loop,
 * the letter or the list coming from the request. A newsletter plugin uses
 * {name}-style tags (one brace: not matched here) and reads its list from
 * the database. */
rule mailer_letter_placeholders : mailer
{
    meta:
        description = "Letter placeholders of spam kits (##EMAIL##, [-email-], %%name%%) filled per recipient in a send loop driven by the request"
        severity = "medium"
        technique = "$body = str_replace('[-email-]', $to, $_POST['letter']); mail($to, ...) per line"
        seen = "none"
    strings:
        $p1 = /str_(ireplace|replace)\s{0,4}\(\s{0,4}(array\s{0,2}\(\s{0,2}|\[\s{0,2})?["'](##|\[-|%%|\[\[|\{\{|\[%|#\[)[A-Za-z_]{2,16}(##|-\]|%%|\]\]|\}\}|%\]|\]#)["']/
        $p2 = /str_(ireplace|replace)\s{0,4}\(\s{0,4}\$\w{1,20}\s{0,4},\s{0,4}\$\w{1,30}\s{0,4},\s{0,4}\$\w{1,30}\s{0,4}\)/
        $k1 = /["'](##|\[-|%%)(email|mail|to|user|name|domain|date|rand|random|link|url)(##|-\]|%%)["']/ nocase
        $q1 = "$_POST" ascii
        $q2 = "$_FILES" ascii
        $q3 = "$_REQUEST" ascii
    condition:
        filesize < 1MB and mailer__php_source and mailer__loop and mailer__send_to_variable and
        any of ($q*) and ($p1 or ($p2 and $k1))
}

/* An open relay with the fields in variables: the recipient, the subject
 * and the body each assigned from the request, then mail() of variables,
 * with none of the checks a contact form makes. A contact form posts the
 * *sender's* address (`email`) and mails a fixed owner; this posts the
 * recipient (`to`, `mailto`, `rcpt`, `emails`). Medium: a "send to a friend"
 * form is the same shape. */
rule mailer_request_relay_fields : mailer
{
    meta:
        description = "mail() relay: recipient, subject and body each assigned from request parameters, no form checks"
        severity = "medium"
        technique = "$to = $_POST['to']; $subject = $_POST['subject']; $msg = $_POST['body']; @mail($to, $subject, $msg, $headers)"
        seen = "none"
    strings:
        // the recipient, subject and body as literals (a regex keyed on $_POST verifies at
        // every request read of every file)
        $to1 = "_POST['to']" ascii
        $to2 = "_POST[\"to\"]" ascii
        $to3 = "_POST['mailto']" ascii
        $to4 = "_POST[\"mailto\"]" ascii
        $to5 = "_POST['rcpt']" ascii
        $to6 = "_POST[\"rcpt\"]" ascii
        $to7 = "_POST['recipient']" ascii
        $to8 = "_POST[\"recipient\"]" ascii
        $to9 = "_POST['recipients']" ascii
        $to10 = "_POST[\"recipients\"]" ascii
        $to11 = "_POST['emails']" ascii
        $to12 = "_POST[\"emails\"]" ascii
        $to13 = "_POST['maillist']" ascii
        $to14 = "_POST[\"maillist\"]" ascii
        $to15 = "_POST['send_to']" ascii
        $to16 = "_POST[\"send_to\"]" ascii
        $to17 = "_POST['mail_to']" ascii
        $to18 = "_POST[\"mail_to\"]" ascii
        $to19 = "_REQUEST['to']" ascii
        $to20 = "_REQUEST[\"to\"]" ascii
        $to21 = "_REQUEST['mailto']" ascii
        $to22 = "_REQUEST[\"mailto\"]" ascii
        $to23 = "_REQUEST['rcpt']" ascii
        $to24 = "_REQUEST[\"rcpt\"]" ascii
        $to25 = "_REQUEST['recipient']" ascii
        $to26 = "_REQUEST[\"recipient\"]" ascii
        $to27 = "_REQUEST['recipients']" ascii
        $to28 = "_REQUEST[\"recipients\"]" ascii
        $to29 = "_REQUEST['emails']" ascii
        $to30 = "_REQUEST[\"emails\"]" ascii
        $to31 = "_REQUEST['maillist']" ascii
        $to32 = "_REQUEST[\"maillist\"]" ascii
        $to33 = "_REQUEST['send_to']" ascii
        $to34 = "_REQUEST[\"send_to\"]" ascii
        $to35 = "_REQUEST['mail_to']" ascii
        $to36 = "_REQUEST[\"mail_to\"]" ascii
        $to37 = "_GET['to']" ascii
        $to38 = "_GET[\"to\"]" ascii
        $to39 = "_GET['mailto']" ascii
        $to40 = "_GET[\"mailto\"]" ascii
        $to41 = "_GET['rcpt']" ascii
        $to42 = "_GET[\"rcpt\"]" ascii
        $to43 = "_GET['recipient']" ascii
        $to44 = "_GET[\"recipient\"]" ascii
        $to45 = "_GET['recipients']" ascii
        $to46 = "_GET[\"recipients\"]" ascii
        $to47 = "_GET['emails']" ascii
        $to48 = "_GET[\"emails\"]" ascii
        $to49 = "_GET['maillist']" ascii
        $to50 = "_GET[\"maillist\"]" ascii
        $to51 = "_GET['send_to']" ascii
        $to52 = "_GET[\"send_to\"]" ascii
        $to53 = "_GET['mail_to']" ascii
        $to54 = "_GET[\"mail_to\"]" ascii
        $su1 = "['subject']" ascii
        $su2 = "[\"subject\"]" ascii
        $su3 = "['subj']" ascii
        $su4 = "['Subject']" ascii
        $bo1 = "['message']" ascii
        $bo2 = "[\"message\"]" ascii
        $bo3 = "['body']" ascii
        $bo4 = "['letter']" ascii
        $bo5 = "['msg']" ascii
        $bo6 = "['content']" ascii
        $bo7 = "['html']" ascii
        $bo8 = "['text']" ascii
        $m = /\bmail\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,4},\s{0,4}\$\w{1,30}\s{0,4},\s{0,4}\$\w{1,30}/
        $k1 = "captcha" ascii nocase
        $k2 = "nonce" ascii nocase
        $k3 = "csrf" ascii nocase
        $k4 = "check_admin_referer" ascii
        $k5 = "current_user_can" ascii
        $k6 = "is_user_logged_in" ascii
        $k7 = "session_start" ascii
    condition:
        filesize < 300KB and mailer__php_source and any of ($to*) and any of ($su*) and any of ($bo*) and $m and not any of ($k*)
}

/* Sender and subject rotation: a spam run changes its From name, address or
 * subject for every message (picked at random from lists) to get past
 * filters, and sends inside a loop over a list from the request or a file. */
rule mailer_sender_rotation : mailer
{
    meta:
        description = "Bulk sender rotating its From or Subject per message (random pick from lists) in a send loop fed by the request or a list file"
        severity = "medium"
        technique = "$from = $froms[array_rand($froms)]; $subj = $subjects[rand(0, count($subjects)-1)]; mail($to, $subj, $body, \"From: $from\")"
        seen = "none"
    strings:
        // an element picked at random (literals: a regex that starts with "$" is keyed on nothing)
        $r1a = "[array_rand(" ascii
        $r1b = "[mt_rand(" ascii
        $r1c = "[rand(" ascii
        $r1d = "[random_int(" ascii
        $r2 = /(array_rand|shuffle)\s{0,4}\(\s{0,4}\$\w{0,20}(from|sender|subj|subject|name)\w{0,10}\s{0,4}\)/ nocase
        $h = /["'](From|Subject|Reply-To):/ nocase
        $q1 = "$_POST" ascii
        $q2 = "$_FILES" ascii
        $q3 = "$_REQUEST" ascii
        $f = /\bfile\s{0,4}\(/
    condition:
        filesize < 1MB and mailer__php_source and mailer__loop and mailer__send_to_variable and
        any of ($r*) and $h and (any of ($q*) or $f)
}

/* ---- round 6 (branch mail5, "none"): written from the technique list of
 * docs/script-rules.md "Round 6" without opening the corpus's mailer samples;
 * tuned only on tests/eval/mailgen.py (its variants and look-alikes) and the
 * clean sets. */

/* The list is somebody's database: a script that connects with credentials
 * posted to it (or with the site's own config, included from a parent
 * directory by a file that is not part of the application), selects the
 * address column and mails the posted letter to every row. A newsletter
 * plugin mails its own subscribers from its own connection, behind a login
 * or a capability check. */
rule mailer_db_list_mailer : mailer
{
    meta:
        description = "Mass mailer over a database's address column: connection from posted credentials or a parent directory's config, the posted letter mailed to every row"
        severity = "high"
        technique = "$db = new mysqli($_POST['h'], $_POST['u'], $_POST['p'], $_POST['d']); $r = $db->query('SELECT email FROM users'); while ($row = $r->fetch_assoc()) mail($row['email'], $_POST['subject'], $_POST['body'])"
        seen = "none"
    strings:
        // (new mysqli( / new PDO( by the class name: "new" is in every file)
        $c1 = /(mysqli_connect|mysqli|mysql_connect|PDO)\s{0,4}\(\s{0,4}(trim\s{0,4}\(\s{0,4})?\$_(POST|GET|REQUEST|COOKIE)\s{0,4}\[/
        // a parent directory's config (literals: a regex keyed on include/require is dear)
        $c2 = "../wp-config.php" ascii
        $c3 = "../configuration.php" ascii
        $sel = /SELECT\s[^;'"]{0,60}(mail|user_email)[^;'"]{0,60}\sFROM/ nocase
        $fl = /while\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,4}=\s{0,4}(mysqli_fetch_\w{1,10}|mysql_fetch_\w{1,10}|\$\w{1,30}\s{0,2}->\s{0,2}fetch\w{0,10})\s{0,4}\(/
        $m = /\bmail\s{0,4}\(\s{0,4}(trim\s{0,4}\(\s{0,4})?\$\w{1,30}\s{0,4}(\[|,)/
        $q = /\$_(POST|REQUEST|GET)\s{0,4}\[\s{0,4}['"](subject|subj|body|message|letter|msg|html|text|content)['"]/
        $k1 = "current_user_can" ascii
        $k2 = "check_admin_referer" ascii
        $k3 = "session_start" ascii
        $k4 = "wp_verify_nonce" ascii
        $k5 = "is_admin(" ascii
    condition:
        filesize < 300KB and mailer__php_source and any of ($c*) and $sel and $q and not any of ($k*) and
        for any i in (1..#fl) : ( $m in (@fl[i] .. @fl[i] + 600) )
}

/* An SMTP-auth checker (a cracker's validator): host|user|pass combinations
 * from the request, an upload or a combo file, a login tried on each (its
 * own AUTH LOGIN with the 235 answer tested, or PHPMailer's smtpConnect), the
 * working ones kept or reported. A mail plugin's "test connection" button
 * tries the one server configured, not a list. */
rule mailer_smtp_auth_checker : mailer
{
    meta:
        description = "SMTP login checker: host/user/password combinations from a list, a login tried on each"
        severity = "high"
        technique = "foreach (file($_FILES['combo']['tmp_name']) as $l) { list($h, $p, $u, $pw) = explode('|', $l); ... AUTH LOGIN ... '235' ... }"
        seen = "none"
    strings:
        $a1 = "AUTH LOGIN" ascii nocase
        $a1ok = "235" ascii
        $a2 = /->\s{0,2}(smtpConnect|SmtpConnect|SMTPConnect)\s{0,4}\(/
        $a3 = /->\s{0,2}(authenticate|Authenticate)\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,4},\s{0,4}\$/
        $sp1 = /list\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,4},\s{0,4}\$\w{1,30}\s{0,4},\s{0,4}\$\w{1,30}[^)\n]{0,60}\)\s{0,4}=\s{0,4}(array_pad\s{0,4}\(\s{0,4})?(explode|preg_split)\s{0,4}\(\s{0,4}['"]/
        // short list syntax, keyed on what follows the "]" ("[$" is in every PHP file)
        $sp2 = /\$\w{1,30}\s{0,2}\]\s{0,4}=\s{0,4}(array_pad\s{0,4}\(\s{0,4})?(explode|preg_split)\s{0,4}\(\s{0,4}['"][|:;,]['"]/
        // round 7: $p = array_map('trim', explode('|', $line)), then $p[0] .. $p[3]
        $sp3 = /=\s{0,4}array_map\s{0,4}\(\s{0,4}['"]trim['"]\s{0,4},\s{0,4}(explode|preg_split)\s{0,4}\(\s{0,4}['"][|:;,]['"]/
        $q1 = "$_POST" ascii
        $q2 = "$_FILES" ascii
        $q3 = "$_REQUEST" ascii
        $q4 = "$_GET" ascii
        $fl = /\bfile\s{0,4}\(\s{0,4}['"][^'"\n]{1,60}['"]/
    condition:
        filesize < 500KB and mailer__php_source and mailer__loop and
        (($a1 and $a1ok) or $a2 or $a3) and
        (any of ($q*) or $fl) and
        ( for any i in (1..#sp1) : ( $a1 in (@sp1[i] - 200 .. @sp1[i] + 1500) or $a2 in (@sp1[i] - 200 .. @sp1[i] + 1500) or
              $a3 in (@sp1[i] - 200 .. @sp1[i] + 1500) ) or
          for any i in (1..#sp2) : ( $a1 in (@sp2[i] - 200 .. @sp2[i] + 1500) or $a2 in (@sp2[i] - 200 .. @sp2[i] + 1500) or
              $a3 in (@sp2[i] - 200 .. @sp2[i] + 1500) ) or
          // the login in a function defined before the loop that calls it with the fields
          (for any i in (1..#sp3) : ( $a1 in (@sp3[i] - 1500 .. @sp3[i] + 1500) or
              $a2 in (@sp3[i] - 1500 .. @sp3[i] + 1500) or $a3 in (@sp3[i] - 1500 .. @sp3[i] + 1500) )) )
}

/* An SMS blaster: numbers from the request, an upload or a list file, one
 * SMS API call per number (or one message per number to a carrier's e-mail
 * gateway: mail($num . '@' . $gateway, ...)). A two-factor plugin texts the
 * one logged-in user; an SMS plugin's "send to all" page is behind a
 * capability check. */
rule mailer_sms_blaster : mailer
{
    meta:
        description = "SMS blaster: one SMS API call (or carrier-gateway mail) per number of a posted, uploaded or file list"
        severity = "high"
        technique = "foreach (explode(\"\\n\", $_POST['numbers']) as $n) { curl_setopt($ch, CURLOPT_POSTFIELDS, ['To' => $n, 'Body' => $_POST['text']]); curl_exec($ch); }"
        seen = "none"
    strings:
        // (round 7: also foreach ($nums as $i => $to))
        $l1 = /foreach\s{0,4}\(\s{0,4}(\$\w{1,30}|(explode|preg_split|array_filter|array_map|file)\s{0,4}\([^{\n]{0,160}(\$_(POST|GET|REQUEST|FILES)|\.txt['"]|\.csv['"])[^{\n]{0,80})\s{1,4}as\s{1,4}(\$\w{1,30}\s{0,4}=>\s{0,4})?\$\w{1,30}\s{0,4}\)/
        $src1 = /(explode|preg_split)\s{0,4}\(\s{0,4}["'][^"'\n]{1,12}["']\s{0,4},[^;\n]{0,80}\$_(POST|GET|REQUEST)/
        // (round 7: also file(__DIR__ . '/numbers.txt'))
        $src2 = /\bfile\s{0,4}\(\s{0,4}(\$_FILES\s{0,4}\[[^\]]{1,40}\]\s{0,4}\[\s{0,4}['"]tmp_name['"]|(__DIR__\s{0,4}\.\s{0,4})?['"][^'"\n]{1,60}\.(txt|csv|lst)['"])/
        $sms1 = "sms" ascii nocase
        $sms2 = "Messages.json" ascii
        // round 7: a file that never says "sms" but handles phone numbers: digits
        // kept from the entry, a "+" country prefix joined to it, a numbers file
        // (literals where they can be: "preg_replace" alone is in most PHP files)
        $ph1 = "preg_replace('/\\D/'" ascii
        $ph1b = "preg_replace(\"/\\D/\"" ascii
        $ph1c = "preg_replace('/[^0-9]/'" ascii
        // "+" joined to a number, as literals: a regex whose atoms are '+' and
        // a quote slows every scan (YARA warns)
        $pp1 = "'+' . $" ascii
        $pp2 = "'+'.$" ascii
        $pp3 = "\"+\" . $" ascii
        $pp4 = "\"+\".$" ascii
        $ph3 = /(numbers|phones|nums|mobiles|msisdn|Numbers|Phones)\w{0,10}\.(txt|csv)\b/
        $h1 = "curl_exec" ascii
        $h2 = /file_get_contents\s{0,4}\(\s{0,4}['"]https?:\/\//
        $gw = /\bmail\s{0,4}\(\s{0,4}(trim\s{0,4}\(\s{0,4})?\$\w{1,30}\s{0,4}\)?\s{0,4}\.\s{0,4}['"]@/
        $k1 = "current_user_can" ascii
        $k2 = "check_admin_referer" ascii
        $k3 = "wp_verify_nonce" ascii
        $k4 = "check_ajax_referer" ascii
        $k5 = "session_start" ascii
    condition:
        filesize < 300KB and mailer__php_source and any of ($src*) and not any of ($k*) and
        for any i in (1..#l1) : (
            $gw in (@l1[i] .. @l1[i] + 800) or
            ((any of ($sms*) or 2 of ($ph*) or (any of ($ph*) and any of ($pp*))) and ($h1 in (@l1[i] .. @l1[i] + 1500) or $h2 in (@l1[i] .. @l1[i] + 1500))) )
}

/* The old mailer page that gets its form fields as variables: register_globals
 * (the variable is never assigned, the posted field of the same name fills
 * it), extract($_POST), a `$$k = $v` loop or import_request_variables. A
 * textarea on the page, a plain variable split into lines, and mail() to a
 * variable in a loop after it, with no request read but such an import. An
 * application's notification list comes from its settings (get_option,
 * functions, classes): excluded. */
rule mailer_register_globals_list : mailer
{
    meta:
        description = "Mailer page whose recipient list is a form field imported as a variable (register_globals, extract($_POST), $$k), split into lines and mailed in a loop"
        severity = "high"
        technique = "<textarea name=emaillist> ... $all = explode(\"\\n\", $emaillist); for (...) mail($all[$i], $subject, $message, ...) with no $_POST read"
        seen = "none"
    strings:
        $ta = /<textarea[^>]{0,80}name\s{0,2}=/ nocase
        $sp = /\b(explode|split|preg_split)\s{0,4}\(\s{0,4}["'][^"'\n]{1,12}["']\s{0,4},\s{0,4}(trim\s{0,4}\(\s{0,4})?\$[a-zA-Z]\w{0,30}\s{0,4}\)/
        $m = /\b(mb_send_|@)?mail\s{0,4}\(\s{0,4}(trim\s{0,4}\(\s{0,4})?\$\w{1,30}/
        $q1 = "$_POST" ascii
        $q2 = "$_GET" ascii
        $q3 = "$_REQUEST" ascii
        $q4 = "HTTP_POST_VARS" ascii
        $i1 = /\bextract\s{0,4}\(\s{0,4}\$_(POST|REQUEST|GET)\b/
        $i2 = /\$\$\w{1,30}\s{0,4}=/
        $i3 = /\$\{\s{0,2}\$\w{1,30}\s{0,2}\}\s{0,4}=/
        $i4 = "import_request_variables" ascii
        $x1 = "function " ascii
        $x2 = "get_option" ascii
        $x3 = "$this->" ascii
    condition:
        filesize < 300KB and mailer__php_source and mailer__loop and $ta and
        (not any of ($q*) or any of ($i*)) and not any of ($x*) and
        for any i in (1..#sp) : ( $m in (@sp[i] .. @sp[i] + 1500) )
}

/* Spam in a brand's name: a mail loop whose From header is a fixed address
 * at a bank's, a payment service's, a parcel service's or a big platform's
 * own domain. No site on a shared host mails as paypal.com or dhl.com; a
 * phishing run does, to every address of its list (a query's rows, a file's
 * lines, a posted list). */
rule mailer_brand_spoof_loop : mailer phishing
{
    meta:
        description = "Mail sent in a loop with a From header forged as a bank, payment, parcel or platform domain (paypal.com, apple.com, dhl.com...): a phishing spam run"
        severity = "high"
        technique = "foreach/while over a list + mail()/->send() with 'From: PayPal <service@paypal.com>' (a header string or a PEAR/PHPMailer header array)"
        seen = "none"
    strings:
        $f1 = /From:\s{0,4}[^\r\n'"]{0,60}[\w.+-]{1,40}@([\w-]{1,30}\.)?(paypal|apple|icloud|microsoft|outlook|office365|amazon|netflix|chase|wellsfargo|bankofamerica|citibank|hsbc|barclays|santander|dhl|fedex|ups|usps|docusign|dropbox|coinbase|binance|adobe|ebay|irs)\.(com|net|gov|co\.uk|de|fr|es|it)\b/ nocase
        $f2 = /['"]From['"]\s{0,4}(=>|,)\s{0,4}['"][^'"\n]{0,60}[\w.+-]{1,40}@([\w-]{1,30}\.)?(paypal|apple|icloud|microsoft|outlook|office365|amazon|netflix|chase|wellsfargo|bankofamerica|citibank|hsbc|barclays|santander|dhl|fedex|ups|usps|docusign|dropbox|coinbase|binance|adobe|ebay|irs)\.(com|net|gov|co\.uk|de|fr|es|it)\b/ nocase
        $f3 = /->\s{0,2}(setFrom|SetFrom|From)\s{0,4}\(\s{0,4}['"][\w.+-]{1,40}@([\w-]{1,30}\.)?(paypal|apple|icloud|microsoft|outlook|office365|amazon|netflix|chase|wellsfargo|bankofamerica|citibank|hsbc|barclays|santander|dhl|fedex|ups|usps|docusign|dropbox|coinbase|binance|adobe|ebay|irs)\.(com|net|gov|co\.uk|de|fr|es|it)['"]/ nocase
        $s1 = /\b(mb_send_)?mail\s{0,4}\(\s{0,4}\$/
        $s2 = /->\s{0,2}(send|Send)\s{0,4}\(/
    condition:
        filesize < 500KB and mailer__php_source and any of ($f*) and any of ($s*) and mailer__loop
}
