/*
 * hostsweep — Perl and Python CGI bulk mailers (written from the
 * technique, seen = "none"; docs/rules.md "Wave 3"): a cgi-bin script that
 * takes the recipient list from the form (a textarea split into lines, or
 * an uploaded list file) and sends one message per address through
 * sendmail, Net::SMTP/MIME::Lite or smtplib. bot.yar's
 * bot_smtp_spam_loop_script covers lists read from a file or argv. A
 * feedback form mails a fixed address; Mailman-style list code takes its
 * members from its own database, not from the request.
 */

rule cgi_perl_bulk_mailer : mailer
{
    meta:
        description = "Perl CGI bulk mailer: recipient list from a form field or uploaded file, one sendmail/SMTP send per address"
        severity = "high"
        technique = "@list = split(/\\n/, param('emails')) / $q->upload('list'); foreach $to (@list) { open(MAIL, '|/usr/sbin/sendmail -t'); print MAIL \"To: $to\" ... }"
        seen = "none"
    strings:
        $in1 = /\buse\s{1,4}CGI\b/
        $in2 = /\$ENV\s{0,2}\{\s{0,2}['"]?(QUERY_STRING|CONTENT_LENGTH|REQUEST_METHOD)['"]?\s{0,2}\}/
        /* a list of addresses is split at line ends, commas, semicolons or
           blanks; Smokeping splits a target's dotted path (split /\./,
           $q->param('target')) and mails alerts to its own configured list */
        $sp1 = /\bsplit\s{0,2}\(?\s{0,2}(\/[^\/\n]{0,20}(\\[nrs]|[,; ])[^\/\n]{0,20}\/|m?\{[^}\n]{0,20}(\\[nrs]|[,; ])[^}\n]{0,20}\}|['"][^'"\n]{0,10}(\\[nr]|[,; ])[^'"\n]{0,10}['"])\s{0,2},\s{0,2}(\$\w{1,20}\s{0,2}->\s{0,2}param|param|\$FORM|\$in\b|\$input|\$form|\$query\s{0,2}->)/
        $sp2 = /\bupload\s{0,2}\(\s{0,2}['"]/
        $sp3 = /\bparam\s{0,2}\(\s{0,2}['"][\w-]{0,20}(mails|list|emails|recipients|targets|leads)['"]/ nocase
        /* loop keywords as literals: a regex on "for" would be verified at every "for" */
        $lp1 = "foreach" ascii
        $lp2 = "for my " ascii
        $lp3 = "for $" ascii
        $lp4 = "while (<" ascii
        $lp5 = "while(<" ascii
        $s1 = /\|\s{0,2}(\/usr(\/s?bin)?\/|\/usr\/lib\/)?sendmail\b/
        $s2 = /['"]\|-['"]\s{0,2},\s{0,2}['"][^'"\n]{0,40}sendmail/
        $s3 = /Net::SMTP(::SSL|S)?\s{0,2}->\s{0,2}new\b/
        $s4 = /MIME::Lite\s{0,2}->\s{0,2}new\b/
        $s5 = "->to($" ascii
        $s6 = "->recipient($" ascii
        $to = "To: $" ascii
    condition:
        filesize < 1MB and any of ($in*) and any of ($sp*) and
        (for any i in (1..#lp1) : ( for any of ($s*, $to) : ( $ in (@lp1[i] .. @lp1[i] + 2000) ) ) or
         for any i in (1..#lp2) : ( for any of ($s*, $to) : ( $ in (@lp2[i] .. @lp2[i] + 2000) ) ) or
         for any i in (1..#lp3) : ( for any of ($s*, $to) : ( $ in (@lp3[i] .. @lp3[i] + 2000) ) ) or
         for any i in (1..#lp4) : ( for any of ($s*, $to) : ( $ in (@lp4[i] .. @lp4[i] + 2000) ) ) or
         for any i in (1..#lp5) : ( for any of ($s*, $to) : ( $ in (@lp5[i] .. @lp5[i] + 2000) ) )) and
        any of ($s1, $s2, $s3, $s4)
}

rule cgi_python_bulk_mailer : mailer
{
    meta:
        description = "Python CGI bulk mailer: recipient list from a form field or uploaded file, one smtplib/sendmail send per address"
        severity = "high"
        technique = "form = cgi.FieldStorage(); for to in form.getvalue('emails').splitlines(): s = smtplib.SMTP(host); s.login(u, p); s.sendmail(frm, to, msg)"
        seen = "none"
    strings:
        $in1 = /\bcgi\s{0,2}\.\s{0,2}FieldStorage\s{0,2}\(/
        $in2 = /\bos\.environ\s{0,2}(\[|\.get\s{0,2}\()\s{0,2}['"](QUERY_STRING|CONTENT_LENGTH|REQUEST_METHOD)['"]/
        $in3 = /\brequest\s{0,2}\.\s{0,2}(form|files|values)\b/
        $sp1 = /\.\s{0,2}(splitlines\s{0,2}\(|split\s{0,2}\(\s{0,2}['"](\\r)?\\n['"]|split\s{0,2}\(\s{0,2}['"],['"])/
        $sp2 = /\.(file|stream)\s{0,2}\.\s{0,2}read(lines)?\s{0,2}\(/
        $sp3 = /\b(getvalue|getfirst|getlist|get)\s{0,2}\(\s{0,2}['"][\w-]{0,20}(mails|list|emails|recipients|targets|leads)['"]/ nocase
        // the send indented (inside the loop over the list; "for" itself is too common an atom)
        $s1 = /\n[ \t]{4,16}[\w.]{1,40}\.(sendmail|send_message)\s{0,2}\(/
        $s3 = /\n[ \t]{4,16}[\w.]{1,40}\s{0,2}=\s{0,2}(os\.popen|subprocess\.Popen)\s{0,2}\(\s{0,2}\[?\s{0,2}['"](\/usr(\/s?bin)?\/|\/usr\/lib\/)?sendmail\b/
        $sm = /\bsmtplib\s{0,2}\.\s{0,2}SMTP(_SSL)?\s{0,2}\(/
    condition:
        filesize < 1MB and any of ($in*) and any of ($sp*) and (($sm and $s1) or $s3)
}
