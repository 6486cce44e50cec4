/*
 * hostsweep — mass-mailer rules (spam kits dropped into docroots).
 */

rule mailer_leaf_style_page : mailer
{
    meta:
        description = "Mass-mailer page: recipient list field sent in a loop (Leaf PHPMailer style)"
        severity = "critical"
        technique = "web mass-mailer UI with emaillist/textarea and send loop"
    strings:
        $l1 = "emaillist" ascii nocase
        $l2 = "email_list" ascii nocase
        $l3 = "mailist" ascii nocase
        $l4 = "maillist" ascii nocase
        $l5 = "leafmailer" ascii nocase
        $l6 = "Leaf PHPMailer" ascii nocase
        $m1 = "mail(" ascii
        $m2 = "->Send()" ascii nocase
        $m3 = "fsockopen" ascii
        $m4 = "RCPT TO" ascii nocase
        $q1 = "$_POST" ascii
        $q2 = "$_GET" ascii
        $q3 = "$_REQUEST" ascii
        $q4 = "$_COOKIE" ascii
        $k1 = /(explode|split|preg_split)\s{0,4}\(\s{0,4}["'](\\r)?\\n["']\s{0,4},\s{0,4}\$\w{0,20}(mail|list|to)/ nocase
        $k2 = "<textarea" ascii nocase
        $k3 = "foreach" ascii
        $k4 = "for (" ascii
        $k5 = "for(" ascii
    condition:
        filesize < 2MB and ($l5 or $l6 or
        (any of ($l1, $l2, $l3, $l4) and any of ($m*) and ($k1 or (any of ($q*) and $k2 and any of ($k3, $k4, $k5)))))
}

rule mailer_mail_loop_uploaded_list : mailer
{
    meta:
        description = "mail() sent in a loop over an uploaded or posted address list"
        severity = "high"
        technique = "mail() loop over $_FILES / posted list of recipients"
    strings:
        $f1 = /file\s{0,4}\(\s{0,4}\$_FILES\s{0,4}\[[^\]]{1,40}\]\s{0,4}\[\s{0,4}['"]tmp_name['"]/
        $f2 = /file_get_contents\s{0,4}\(\s{0,4}\$_FILES\s{0,4}\[[^\]]{1,40}\]\s{0,4}\[\s{0,4}['"]tmp_name['"]/
        $f3 = /(explode|split|preg_split)\s{0,4}\(\s{0,4}["'](\\r)?\\n["']\s{0,4},\s{0,4}(trim\s{0,4}\(\s{0,4})?(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[/
        $f4 = /(explode|split|preg_split)\s{0,4}\(\s{0,4}["'](\\r)?\\n["']\s{0,4},\s{0,4}(trim\s{0,4}\()?\$\w{0,20}(mail|list|to|recip|addr)/ nocase
        $m1 = /\bmail\s{0,4}\(\s{0,4}\$\w{1,30}/
        $l1 = "foreach" ascii
        $l2 = "for (" ascii
        $l3 = "for(" ascii
        $l4 = "while" ascii
        $q1 = "$_POST" ascii
        $q2 = "$_FILES" ascii
        $q3 = "$_REQUEST" ascii
        $q4 = "$_GET" ascii
    condition:
        filesize < 1MB and any of ($l*) and any of ($q*) and
        any of ($f*) and $m1
}

rule mailer_request_fields_to_mail : mailer
{
    meta:
        description = "mail() with recipient and body straight from request parameters (open relay script)"
        severity = "high"
        technique = "mail($_POST[to], $_POST[subject], $_POST[body]) relay"
    strings:
        $r1 = /\bmail\s{0,4}\(\s{0,4}(base64_decode|stripslashes|urldecode|trim)?\s{0,4}\(?\s{0,4}\$_(POST|GET|REQUEST|COOKIE)\s{0,4}\[[^\]]{1,40}\]\s{0,4}\)?\s{0,4},\s{0,4}(base64_decode|stripslashes|urldecode|trim)?\s{0,4}\(?\s{0,4}\$_(POST|GET|REQUEST|COOKIE)/
        $r2 = /=\s{0,4}base64_decode\s{0,4}\(\s{0,4}\$_(POST|GET|REQUEST)\s{0,4}\[\s{0,4}["'](mailto|to|msgheader|msgbody|msgsubject|subject|from)["']/
        $r3 = /=\s{0,4}base64_decode\s{0,4}\(\s{0,4}\$_(POST|GET|REQUEST)\s{0,4}\[/
        $m = "mail(" ascii
    condition:
        $r1 or (#r2 > 1 and $m) or (#r3 > 2 and $m)
}

rule mailer_cookie_configured_smtp : mailer
{
    meta:
        description = "Mailer configured entirely through cookies/request (host, port, login, list) and talking SMTP"
        severity = "high"
        technique = "cookie-driven SMTP spam script"
    strings:
        $c = /urldecode\s{0,4}\(\s{0,4}\$_COOKIE\s{0,4}\[/
        $s1 = "fsockopen" ascii
        $s2 = "RCPT TO" ascii nocase
        $s3 = "MAIL FROM" ascii nocase
        $s4 = "mail(" ascii
        $s5 = "EHLO" ascii
        $s6 = "HELO" ascii
    condition:
        #c > 8 and 2 of ($s*)
}

rule mailer_ui_strings : mailer
{
    meta:
        description = "Spam-mailer UI text (mass mailer / inbox mailer / bulk sender page)"
        severity = "high"
        technique = "mass-mailer web UI"
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
        $m1 = "mail(" ascii
        $m2 = "->Send(" ascii
        $q1 = "$_POST" ascii
        $q2 = "$_GET" ascii
        $q3 = "$_REQUEST" ascii
    condition:
        filesize < 2MB and any of ($t*) and any of ($m*) and any of ($q*)
}

rule mailer_header_forgery_loop : mailer
{
    meta:
        description = "Script forging mailer identity and sending in a sleep-throttled loop"
        severity = "medium"
        technique = "spoofed X-Mailer / random sender with throttled send loop"
    strings:
        $x1 = /X-Mailer:\s{0,4}(Microsoft Outlook|Microsoft Office Outlook|The Bat|Apple Mail)/ nocase
        $s1 = "sleep(" ascii
        $s2 = "usleep(" ascii
        $m = /\bmail\s{0,4}\(\s{0,4}\$\w{1,30}/
        $q1 = "$_POST" ascii
        $q2 = "$_REQUEST" ascii
        $lp = "foreach" ascii
        $lp2 = "for (" ascii
        $lp3 = "for(" ascii
    condition:
        $x1 and any of ($s*) and $m and any of ($q*) and any of ($lp*)
}

rule mailer_request_controlled_headers : mailer
{
    meta:
        description = "mail() relay whose sender, reply-to and extra headers all come from the request"
        severity = "high"
        technique = "remote-controlled mail relay endpoint (spoofed From/Reply-To from POST)"
    strings:
        $f1 = /(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[\s{0,4}['"](from|sender|from_email|fromemail|frommail)['"]/ nocase
        $r1 = /(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[\s{0,4}['"](replyto|reply_to|reply-to|reply)['"]/ nocase
        $h1 = /(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[\s{0,4}['"](headers|header|fname|realname|from_name|fromname|xmailer)['"]/ nocase
        $s1 = /(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[\s{0,4}['"](subj|subject)['"]/ nocase
        $m = /\bmail\s{0,4}\(/
    condition:
        filesize < 1MB and $f1 and $r1 and $h1 and $s1 and $m
}

rule mailer_send_test_to_posted_address : mailer
{
    meta:
        description = "Script mailing a posted address directly (spammer delivery test / relay)"
        severity = "medium"
        technique = "mail($_POST['email'], ...) delivery check left by spam kits"
    strings:
        $m = /\bmail\s{0,4}\(\s{0,4}(trim\s{0,4}\(\s{0,4})?(\$_POST|\$_GET|\$_REQUEST)\s{0,4}\[/
    condition:
        filesize < 200KB and $m
}
