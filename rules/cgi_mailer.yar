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
        seen = "none,train7,train8"
    strings:
        $in1 = /\buse\s{1,4}CGI\b/
        $in2 = /\$ENV\s{0,2}\{\s{0,2}['"]?(QUERY_STRING|CONTENT_LENGTH|REQUEST_METHOD)['"]?\s{0,2}\}/
        /* a list of addresses is split at line ends, commas, semicolons or
           blanks; Smokeping splits a target's dotted path (split /\./,
           $q->param('target')) and mails alerts to its own configured list */
        $sp1 = /\bsplit\s{0,2}\(?\s{0,2}(\/[^\/\n]{0,20}(\\[nrs]|[,; ])[^\/\n]{0,20}\/|m?\{[^}\n]{0,20}(\\[nrs]|[,; ])[^}\n]{0,20}\}|['"][^'"\n]{0,10}(\\[nr]|[,; ])[^'"\n]{0,10}['"])\s{0,2},\s{0,2}(\$\w{1,20}\s{0,2}->\s{0,2}param|param|\$FORM|\$in\b|\$input|\$form|\$query\s{0,2}->)/
        /* train7: the form parsed by hand into a hash (read(STDIN, $buf,
           $ENV{CONTENT_LENGTH}); ... $F{$k} = $v) and one of its fields split */
        $sp4 = /\bsplit\s{0,2}\(?\s{0,2}(\/[^\/\n]{0,20}(\\[nrs]|[,; ])[^\/\n]{0,20}\/|['"][^'"\n]{0,10}(\\[nr]|[,; ])[^'"\n]{0,10}['"])\s{0,2},\s{0,2}([A-Za-z_][\w:]{1,30}\s{0,2}\(\s{0,2})?\$[A-Za-z]\w{0,12}\s{0,2}\{\s{0,2}['"]?\w{1,20}['"]?\s{0,2}\}/
        $sp2 = /\bupload\s{0,2}\(\s{0,2}['"]/
        $sp3 = /\bparam\s{0,2}\(\s{0,2}['"][\w-]{0,20}(mails|list|emails|recipients|targets|leads)['"]/ nocase
        /* loop keywords as literals: a regex on "for" would be verified at every "for" */
        $lp1 = "foreach" ascii
        $lp2 = "for my " ascii
        $lp3 = "for $" ascii
        $lp4 = "while (<" ascii
        $lp5 = "while(<" ascii
        /* train7: exim, postfix's sendmail, qmail-inject, ssmtp, msmtp too */
        $s1 = /\|\s{0,2}(\/usr(\/s?bin)?\/|\/usr\/lib\/|\/usr\/local\/s?bin\/|\/var\/qmail\/bin\/)?(sendmail|exim4?|qmail-inject|ssmtp|msmtp)\b/
        $s2 = /['"]\|-['"]\s{0,2},\s{0,2}['"][^'"\n]{0,40}(sendmail|exim4?|qmail-inject|ssmtp|msmtp)/
        $s3 = /Net::SMTP(::SSL|S)?\s{0,2}->\s{0,2}new\b/
        $s4 = /MIME::Lite\s{0,2}->\s{0,2}new\b/
        $s5 = "->to($" ascii
        $s6 = "->recipient($" ascii
        /* the recipient a variable: a header, a method's argument, the MTA's
           command line (train7: required in the loop with the send; a
           feedback form loops over its topics into one mail to the
           webmaster) */
        $to = "To: $" ascii
        $rv1 = /\|\s{0,2}[\w\/]{0,30}(sendmail|exim4?|qmail-inject|msmtp|ssmtp)[^'"\n]{0,40}\$\w/
        $rv2 = /\bTo\s{0,2}=>\s{0,2}["']?\$/
    condition:
        filesize < 1MB and any of ($in*) and any of ($sp*) and
        (for any i in (1..#lp1) : ( for any of ($s*) : ( $ in (@lp1[i] .. @lp1[i] + 2000) ) and for any of ($to, $rv*, $s5, $s6) : ( $ in (@lp1[i] .. @lp1[i] + 2000) ) ) or
         for any i in (1..#lp2) : ( for any of ($s*) : ( $ in (@lp2[i] .. @lp2[i] + 2000) ) and for any of ($to, $rv*, $s5, $s6) : ( $ in (@lp2[i] .. @lp2[i] + 2000) ) ) or
         for any i in (1..#lp3) : ( for any of ($s*) : ( $ in (@lp3[i] .. @lp3[i] + 2000) ) and for any of ($to, $rv*, $s5, $s6) : ( $ in (@lp3[i] .. @lp3[i] + 2000) ) ) or
         for any i in (1..#lp4) : ( for any of ($s*) : ( $ in (@lp4[i] .. @lp4[i] + 2000) ) and for any of ($to, $rv*, $s5, $s6) : ( $ in (@lp4[i] .. @lp4[i] + 2000) ) ) or
         for any i in (1..#lp5) : ( for any of ($s*) : ( $ in (@lp5[i] .. @lp5[i] + 2000) ) and for any of ($to, $rv*, $s5, $s6) : ( $ in (@lp5[i] .. @lp5[i] + 2000) ) )) and
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

/* ---- train7 (branch fix7-mail): script mass mailers outside cgi-bin ------
 * Written from the techniques of train7's misses (seeds 2 and 3), with
 * variants of our own (tests/fixtures/mail/EXPECTED.tsv). A script in
 * Perl, Python, shell or Node that sends one message per entry of a list,
 * with the signs of a campaign rather than of an administrator's notice:
 * the recipient's address substituted into the letter or into a link
 * ('[-email-]', {email}, %e, ?u=$to), an SMTP login written in the script,
 * raw SMTP to port 25 (the recipients' MX), sends run concurrently
 * (threads, a pool, asyncio), the list or the job fetched from a URL, the
 * list kept in /tmp or /dev/shm, a batch resumed from a saved offset, a
 * forged X-Mailer. Two of them, or a recipient list posted to a web
 * handler, make it high. A List-Unsubscribe header or an unsubscribe link
 * is what a legitimate bulk sender writes: no finding then. bot.yar's
 * bot_script_list_mailer (medium) and bot_smtp_spam_loop_script (high)
 * see a part of these shapes; these rules add the ones they miss. */

private rule cm_script
{
    strings:
        $sb = /#![ \t]{0,4}\/[^\n]{0,60}\b(perl|python[0-9.]{0,5}|bash|sh|dash|zsh|ksh|node|ruby)\b/
        $pl1 = /(^|\n)\s{0,8}use\s{1,4}(strict|warnings|IO::Socket|Net::SMTP|MIME::Lite|CGI)\b/
        $pl2 = /(^|\n)\s{0,8}my\s{1,4}[$@%(]/
        $py1 = /(^|\n)\s{0,8}(import|from)\s{1,4}[\w., ]{0,60}\b(smtplib|email)\b/
        $js1 = /\brequire\s{0,2}\(\s{0,2}['"](nodemailer|net|tls|fs)['"]\s{0,2}\)/
        $sh1 = /(^|\n)\s{0,8}while\s{1,4}(IFS=\S{0,4}\s{1,4})?read\s/
        $sh2 = /(^|\n)\s{0,8}for\s{1,4}[a-z_]\w{0,20}\s{1,4}in\s{1,4}\$\(/
        $rb1 = /(^|\n)\s{0,8}require\s{1,4}['"](socket|net\/smtp|mail|json|open3)['"]/
        $php = "<?php" ascii nocase
    condition:
        not $php and ($sb at 0 or
            extension matches /^(pl|pm|cgi|py|sh|bash|js|cjs|mjs|rb)$/ or
            any of ($pl*, $py*, $js*, $sh*, $rb*))
}

private rule cm_campaign_signs
{
    strings:
        /* the recipient's address put into the letter: a placeholder
           replaced ('[-email-]', '{email}', '%EMAIL%', '{{to}}', #EMAIL#) */
        $k1a = /\.replace\s{0,2}\(\s{0,2}(['"`][\[{%#]{1,2}-?[A-Za-z_]{1,16}-?[\]}%#]{1,2}['"`]|\/[^\/\n]{1,30}\/g?)\s{0,2},\s{0,2}[a-z_]\w{0,20}\s{0,2}\)/
        $k1b = /\bs\/[^\/\n]{1,40}\/\$[a-z_]\w{0,20}\/g?/
        $k1c = /\bsed\s{1,4}(-e\s{1,4})?["']s[\/|#][^\/|#\n]{1,40}[\/|#]\$\{?[a-z_]\w{0,20}\}?[\/|#]g?["']/
        $k1d = /\bstr_replace|\.safe_substitute\s{0,2}\([^)\n]{0,40}\b(email|to|rcpt|addr)\s{0,2}=/
        /* train9: Ruby's sub/gsub, a split-and-join, GNU parallel's {} in sed */
        $k1e = /\.g?sub!?\s{0,2}\(\s{0,2}(['"][\[{%#]{1,2}-?[A-Za-z_]{1,16}-?[\]}%#]{1,2}['"]|\/[^\/\n]{1,30}\/)\s{0,2},\s{0,2}[a-z_]\w{0,20}/
        $k1f = /\.split\s{0,2}\(\s{0,2}['"`][\[{%#]{1,2}-?[A-Za-z_]{1,16}-?[\]}%#]{1,2}['"`]\s{0,2}\)\s{0,2}\.join\s{0,2}\(\s{0,2}[a-z_]\w{0,20}\s{0,2}\)/
        $k1g = /\bsed\s{1,4}(-e\s{1,4})?["']s[\/|#][^\/|#\n]{1,40}[\/|#]\{\}[\/|#]g?["']/
        /* ... or into a link (a tracking or phishing URL per recipient) */
        $k2 = /https?:\/\/[^\s'"<>`]{1,80}\?(\w{1,12}=)?(\$\{?[a-z_]\w{0,20}|\$_\b|%s)/
        /* an SMTP login written in the script */
        $k3a = /\.login\s{0,2}\(\s{0,2}['"][^'"\n]{1,80}['"]\s{0,2},\s{0,2}['"][^'"\n]{1,80}['"]/
        $k3b = /->\s{0,2}auth\s{0,2}\(\s{0,2}['"][^'"\n]{1,80}['"]\s{0,2},\s{0,2}['"][^'"\n]{1,80}['"]/
        $k3c = /\bAuthPass\s{0,2}=>\s{0,2}['"][^'"$\n]{1,80}['"]/
        $k3d = /--user\s{1,4}["'][^"'$:\s]{1,80}:[^"'$\s]{1,80}["']/
        $k3e = /\bpass\s{0,2}:\s{0,2}['"][^'"\n]{1,80}['"]/
        $k3f = /--auth-password\s{1,4}["']?[^"'$\s(]{1,80}/
        /* raw SMTP, the envelope recipient a variable, to port 25 */
        $k4a = /RCPT TO:?\s{0,2}<?\s{0,2}(\$\{?[a-z_]|%s|#?\{[a-z_])/ nocase
        $k4b = /\b(Peer)?Port\s{0,4}=>\s{0,4}['"]?25\b|\bnet\.(connect|createConnection)\s{0,2}\(\s{0,2}25\s{0,2},|\bSMTP\s{0,2}\(\s{0,2}[^,()\n]{1,60},\s{0,2}25\s{0,2}\)/
        /* train9: a socket to port 25 (Ruby TCPSocket, a library's port=25) */
        /* (not a library's "port: 25" setting: a mailer configured for the
           local relay says that too; lead, session 21) */
        $k4c = /\bTCPSocket\.(new|open)\s{0,2}\(\s{0,2}[^,()\n]{1,60},\s{0,2}25\s{0,2}\)|\bsmtp:\/\/[\w.-]{1,60}:25\b|--server\s{1,4}[\w.-]{1,60}:25\b/
        /* sends run concurrently */
        $k5 = /\bthreading\.Thread\b|\bThreadPoolExecutor\b|\brun_in_executor\s{0,2}\(|\basyncio\.gather\s{0,2}\(|Parallel::ForkManager|\bthreads->create\b|\bpool\s{0,2}:\s{0,2}true\b/
        /* train9: Ruby threads, an asyncio semaphore, GNU parallel or xargs -P
           workers, shell jobs counted and waited for */
        $k5b = /\bThread\.new\b|\basyncio\.Semaphore\s{0,2}\(|\bparallel\s{1,4}(-j|--jobs)\s{0,2}[0-9]|\bxargs\s[^\n|;]{0,40}-P\s{0,2}[0-9]|\bjobs\s{1,4}-r\b/
        /* train9: senders, relays, accounts or keys rotated per message */
        $krot = /\brandom\.choice\s{0,2}\(\s{0,2}[A-Za-z_][\w.\[\]'"]{0,40}(smtp|SMTP|prox|relay|from|FROM|froms|acct|key|KEY)|\bitertools\.cycle\s{0,2}\(|\b(accts|smtps|relays|proxies|keys|froms|senders)\.sample\b|\[\s{0,2}[a-z_]\w{0,10}\s{0,2}%\s{0,2}[a-zA-Z_][\w.]{0,30}\.length\s{0,2}\]/
        /* train9: an SMTP account unpacked from a list line (host, port, user,
           password): a list of stolen logins */
        $kacct = /\b(host|h|server|srv)\s{0,2},\s{0,2}(port|p)\s{0,2},\s{0,2}(user|u|login|usr)\w{0,4}\s{0,2},\s{0,2}(pass|pw|pwd|password)\w{0,4}\s{0,2}=/
        /* train9: an HTTP mail API (the key stolen: written in the script or
           read from a file) */
        $kapi = /api\.mailgun\.net|api\.sendgrid\.com\/v3\/mail|api\.postmarkapp\.com\/email|mandrillapp\.com\/api|api\.sparkpost\.com\/api|api\.(brevo|sendinblue)\.com\/v3\/smtp|api\.mailjet\.com\/v3(\.1)?\/send|api\.resend\.com\/emails|api\.elasticemail\.com|email\.[a-z0-9-]{4,20}\.amazonaws\.com/
        $kkey = /['"]SG\.[\w-]{16,30}\.[\w-]{30,50}['"]|['"]key-[0-9a-f]{32}['"]|['"]xkeysib-[0-9a-f]{40,}|\b[A-Z_]{1,12}=\$\(cat\s[^)\n]{1,80}\)[^\n]{0,4}\n[^\0]{0,400}Bearer\s\$\{?[A-Z_]/
        /* the list or the job fetched from a URL */
        $k6a = /\burlopen\s{0,2}\([^)\n]{0,80}\)\s{0,2}\.read\s{0,2}\(\s{0,2}\)\s{0,2}\.decode\s{0,2}\([^)\n]{0,20}\)\s{0,2}\.split/
        $k6b = /\bjson\.load\s{0,2}\(\s{0,2}urllib\.request\.urlopen\s{0,2}\(/
        $k6c = /\bfor\s{1,4}[a-z_]\w{0,20}\s{1,4}in\s{1,4}"?\$\(\s{0,2}(curl|wget)\s/
        $k6d = /\bdone\s{0,2}<\s{0,2}<\(\s{0,2}(curl|wget)\s/
        $k6e = /\brequests\.(get|post)\s{0,2}\([^)\n]{0,120}\)\s{0,2}\.json\s{0,2}\(\s{0,2}\)/
        $k6f = /\bdecode_json\s{0,2}\(\s{0,2}(LWP::Simple::)?get\s{0,2}\(/
        /* the list kept in a hidden file of /tmp or /dev/shm */
        $k7 = /['"]\/(tmp|dev\/shm|var\/tmp)\/\.[\w.-]{1,40}['"]/
        /* a batch resumed from a saved offset, the offset written back */
        $k8 = /(\.write\s{0,2}\(\s{0,2}str\s{0,2}\(\s{0,2}|\bprint\s{1,4}\$[a-z_]\w{0,20}\s{1,4}|\becho\s{1,4}"?\$\(\(\s{0,2})\$?[a-z_]\w{0,20}\s{0,2}\+\s{0,2}[0-9]{2,5}/
        /* the list and the batch's state in dot-files named in the script
           ("$dir/.rcpt", os.path.join(base, '.off'), tail -n +$o .rcpt) */
        $k7b1 = /os\.path\.join\s{0,2}\([^)\n]{1,30},\s{0,2}['"]\.[a-z]{1,8}['"]\s{0,2}\)/
        $k7b2 = /["']\$[a-z_]\w{0,20}\/\.[a-z]{1,8}["']/
        $k7b3 = /\b(cat|tail|head)\s[^\n|;]{0,30}\s\.[a-z]{1,8}(\s|\))/
        /* an endless poll (paired only with a fetched job: the C2 sender) */
        $kpoll = /\bwhile\s{1,4}True\s{0,2}:|\bwhile\s{1,4}(:|true)\s{0,2};\s{0,2}do\b|\bwhile\s{0,2}\(\s{0,2}(1|true)\s{0,2}\)|\bsetInterval\s{0,2}\(/
        /* a forged mail client */
        $k9 = /['"]X-Mailer['"]?\s{0,2}[:=,]/
        /* train9: the next send scheduled after a pause (setTimeout(next, 150)) */
        $kpause2 = /\bsetTimeout\s{0,2}\(\s{0,2}[a-zA-Z_$][\w$]{0,30}\s{0,2},\s{0,2}[0-9]{2,5}\s{0,2}\)/
        /* train9: a hidden spool of messages, unquoted (SP=/var/tmp/.x) */
        $k7c = /=\s{0,2}\/(tmp|dev\/shm|var\/tmp)\/\.[\w.-]{1,40}\s/
        /* train9: a loop over the messages of a hidden spool in /tmp, each
           removed once sent (the drain of a queue a web script writes) */
        $k7d = /[\s"'=]\/(tmp|dev\/shm|var\/tmp)\/\.[\w.-]{1,40}\/\*/
        $kdel = /&&\s{0,2}rm\s{1,4}-f\s{1,4}"?\$\{?[a-z_]\w{0,20}\}?"?|\bos\.(remove|unlink)\s{0,2}\(\s{0,2}[a-z_]\w{0,20}\s{0,2}\)|\bunlinkSync\s{0,2}\(\s{0,2}[a-z_]\w{0,20}\s{0,2}\)/
        /* the list a flat file of lines (File.read(f).split, .split(/\r?\n/),
           readlines, readline.createInterface, cat "$L" |, while read,
           for x in open(f)) */
        $kflat = /\.split\s{0,2}\(\s{0,2}(\/\\r\?\\n\/|['"]\\n['"])|\bFile\.read\s{0,2}\([^)\n]{1,80}\)\s{0,2}\.split\b|\.readlines\b|\breadline\.createInterface\b|\.splitlines\s{0,2}\(|\bcat\s{1,4}"?\$\{?\w{1,20}\}?"?\s{0,2}\||\bSTDIN\.read\.split|\bfor\s{1,4}\w{1,20}\s{1,4}in\s{1,4}open\s{0,2}\(|\bwhile\s{1,4}(IFS=\S{0,4}\s{1,4})?read\s/
        /* a pause every N messages (a sender keeping under a relay's rate) */
        $kpause = /%\s{0,2}[0-9a-z_(').\]\[]{1,30}\s{0,2}\)?\s{0,2}(==|-eq)\s{0,2}0\b[^\n]{0,60}\bsleep\b|\bsleep\s{1,4}[0-9]{1,4}\s{1,4}unless\s{1,4}\$\w{1,20}\s{0,2}%/
    condition:
        /* train9 signs. Strong ones (senders or accounts rotated, an SMTP
           login unpacked from a list line, a hidden spool) with any other
           sign; weak ones (workers and semaphores, an API host or key, a
           paced next send, a sent file removed: what an on-call notifier or a
           receipts job does too) only with a stronger old sign, never with a
           placeholder, a login written in the script or threads alone (lead,
           session 21: an asyncio on-call notifier with a semaphore and a
           written login was high) */
        (any of ($krot, $kacct, $k7c, $k7d) and
         any of ($k1*, $k2, $k3*, $k4*, $k5, $k5b, $k6*, $k7, $k8, $k9, $kpause, $kapi, $kkey,
                 $kpause2, $kdel)) or
        2 of ($krot, $kacct, $k7c, $k7d) or
        (any of ($k5b, $kapi, $kkey, $kpause2, $kdel) and
         (any of ($k2, $k4*, $k6*, $k7, $k8, $k9, $kpause) or
          /* ... or with a placeholder, a login or threads when the list is a
             flat file of addresses (a line is the recipient), not records
             of people (person['email'] from a JSON or CSV) */
          ($kflat and any of ($k1*, $k3*, $k5)))) or
        ($k4a and $k4c) or
        2 of ($k1*, $k2) or
        (any of ($k1*, $k2) and (any of ($k3*, $k4*, $k5, $k6*, $k7, $k8, $k9, $kpause) or #k7b1 + #k7b2 + #k7b3 >= 2)) or
        (any of ($k3*) and (any of ($k4*, $k5, $k6*, $k7, $k8, $k9, $kpause) or #k7b1 + #k7b2 + #k7b3 >= 2)) or
        ($k4a and $k4b) or
        (any of ($k4*) and (any of ($k5, $k6*, $k7, $k8, $k9, $kpause) or #k7b1 + #k7b2 + #k7b3 >= 2)) or
        ($k5 and (any of ($k6*, $k7, $k8, $k9, $kpause) or #k7b1 + #k7b2 + #k7b3 >= 2)) or
        (any of ($k6*) and (any of ($k7, $k8, $k9, $kpause, $kpoll) or #k7b1 + #k7b2 + #k7b3 >= 2)) or
        ($k7 and (any of ($k8, $k9, $kpause) or #k7b1 + #k7b2 + #k7b3 >= 2)) or
        ($k8 and (any of ($k9, $kpause) or #k7b1 + #k7b2 + #k7b3 >= 2)) or ($k9 and ($kpause or #k7b1 + #k7b2 + #k7b3 >= 2))
}

rule script_list_mass_mailer : mailer
{
    meta:
        description = "Script mass mailer (Perl, Python, shell, Node): one message per entry of a list, with campaign signs (the recipient put into the letter or a link, a login in the script, raw SMTP to port 25, concurrent sends, a fetched list, a list in /tmp, a resumed batch, a forged X-Mailer)"
        severity = "high"
        technique = "while (<$l>) { open($m, '|-', 'sendmail -t'); print $m \"To: $_ ... ?r=$_\" } / for to in open(argv[1]): s.sendmail(f, to, html.replace('[-email-]', to)) / while read e; do sed \"s/%e/$e/\" tpl | sendmail \"$e\"; done / for (const r of list) t.sendMail({to: r, html: h.replace(/x/g, r)})"
        seen = "train7,train9,train8"
    strings:
        /* a send whose recipient is a variable */
        $s1 = /\bopen\s{0,2}\(?\s{0,2}(my\s{1,4})?[*$]?\w{1,30}\s{0,2},\s{0,2}(['"]\|-['"]\s{0,2},\s{0,2})?['"]\s{0,2}\|?\s{0,2}(\/usr(\/s?bin)?\/|\/usr\/lib\/|\/usr\/local\/s?bin\/)?(sendmail|exim4?|qmail-inject|ssmtp|msmtp)\b/
        $s2 = /RCPT TO:?\s{0,2}<?\s{0,2}(\$\{?[a-z_]|%s|#?\{[a-z_])/ nocase
        $s3 = /->\s{0,2}(to|recipient)\s{0,2}\(\s{0,2}["']?\$|\bTo\s{0,4}=>\s{0,4}["']?\$/
        $s4 = /\.(sendmail|send_message)\s{0,2}\(\s{0,2}[^,()\n]{1,60},\s{0,2}\[?\s{0,2}[a-z_]\w{0,30}/
        $s5 = /\|\s{0,4}(\/usr\/s?bin\/|\/usr\/lib\/)?(sendmail|exim4?|msmtp|ssmtp)\s[^\n|;]{0,80}["']?\$\{?[a-z_]\w{0,30}\}?["']?\s{0,2}(\n|;|&|\|)/
        $s6 = /\b(mailx?|mutt|s-nail)\s{1,4}-[^\n|;]{0,200}\s"?\$\{?[a-z_]\w{0,30}\}?"?\s{0,4}(\n|;|&|<|\|)/
        $s7 = /--mail-rcpt\s{1,4}["']?(\$\{?[a-z_]|\{\}[\s"']|[@%#]{2,3}[\s"'])|\bswaks\s[^\n]{0,80}--to\s{1,4}["']?(\$\{?[a-z_]|\{\}[\s"']|[@%#]{2,3}[\s"'])/
        $s8 = /\.sendMail\s{0,2}\(\s{0,2}\{[^;]{0,300}[{,]\s{0,4}to\s{0,2}(:\s{0,2}[a-zA-Z_$][\w$]{0,30}\s{0,2})?[,}]/
        /* train9: an MTA spawned (Node spawn, Ruby IO.popen, Python Popen),
           the recipient in the letter's header; a pipe to sendmail -t in a
           command GNU parallel or xargs runs */
        $s9 = /\b(spawn|spawnSync|execFile|execFileSync|popen|Popen|check_output|check_call|subprocess\.run|subprocess\.call)\s{0,2}\(\s{0,2}\[?\s{0,2}['"`](\/usr(\/s?bin)?\/|\/usr\/lib\/|\/usr\/local\/s?bin\/)?(sendmail|exim4?|msmtp|ssmtp|qmail-inject)\b/
        $s10 = /\|\s{0,4}(\/usr\/s?bin\/|\/usr\/lib\/)?(sendmail|exim4?|msmtp|ssmtp)\s{1,4}-t\b/
        /* train9: an MTA reading each message from a file (sendmail -t < "$m") */
        $s13 = /\b(sendmail|exim4?|msmtp|ssmtp)\s[^\n|;<]{0,60}<\s{0,2}"?\$\{?[a-z_]/
        /* train9: library sends (aiosmtplib, Ruby Net::SMTP and mail) */
        $s11 = /\baiosmtplib\.send\s{0,2}\(|\bNet::SMTP\.start\s{0,2}\(|\bMail\.deliver\b|\.deliver!?\s{0,2}$|\byagmail\.SMTP\b|\.send_message\s{0,2}\(\s{0,2}[a-z_]\w{0,20}\s{0,2}\)/
        /* train9: an HTTP mail API */
        $s12 = /api\.mailgun\.net|api\.sendgrid\.com\/v3\/mail|api\.postmarkapp\.com\/email|mandrillapp\.com\/api|api\.sparkpost\.com\/api|api\.(brevo|sendinblue)\.com\/v3\/smtp|api\.mailjet\.com\/v3(\.1)?\/send|api\.resend\.com\/emails|api\.elasticemail\.com|email\.[a-z0-9-]{4,20}\.amazonaws\.com/
        /* a loop over a list (literal-keyed where a regex on "for" would be tried at every for) */
        $l1 = "foreach" ascii
        $l2 = "for my $" ascii
        $l3 = "while (<" ascii
        $l4 = "while (my $" ascii
        $l5 = /\bfor\s{1,4}[a-z_]\w{0,20}\s{1,4}in\s/
        $l6 = /\bwhile\s{1,4}(IFS=\S{0,4}\s{1,4})?read\s/
        $l7 = /\bfor\s{0,2}(await\s{0,2})?\(\s{0,2}(const|let|var)\s{1,4}[a-zA-Z_$][\w$]{0,30}\s{1,4}of\s/
        $l8 = "while not " ascii
        $l9 = /\bfor\s{0,2}\(\s{0,2}(my\s{1,4})?\$\w{1,30}\s{0,2}\(\s{0,2}@/
        $l10 = ".forEach(" ascii
        /* train9: GNU parallel / xargs over the list, a JS counted loop,
           Ruby's each / each_slice / File.foreach, a promise chain by reduce */
        $l11 = /\b(parallel|xargs)\s/
        $l12 = /\bfor\s{0,2}\(\s{0,2}(let|var)\s{1,4}[a-zA-Z_$][\w$]{0,20}\s{0,2}=\s{0,2}0\s{0,2};/
        $l13 = /\.(each|each_slice|each_with_index|each_line|foreach|map)\s{0,2}(\(\s{0,2}[^()\n]{1,40}\s{0,2}\))?\s{0,2}(do\b|\{)\s{0,2}\|/
        $l14 = ".reduce(" ascii
        /* a web handler: the list posted to it */
        $f1 = /\breq\.body\b/
        $f2 = /\bcreateTransport\s{0,2}\(\s{0,2}[a-z_][\w.]{0,30}\s{0,2}\)/
        $f3 = /\bapp\.post\s{0,2}\(/
        $un = /List-Unsubscribe|unsubscribe|opt-out|optout/ nocase
    condition:
        filesize < 512KB and cm_script and not $un and
        (for any i in (1..#l1) : ( for any of ($s*) : ( $ in (@l1[i] .. @l1[i] + 1200) ) ) or
         for any i in (1..#l2) : ( for any of ($s*) : ( $ in (@l2[i] .. @l2[i] + 1200) ) ) or
         for any i in (1..#l3) : ( for any of ($s*) : ( $ in (@l3[i] .. @l3[i] + 1200) ) ) or
         for any i in (1..#l4) : ( for any of ($s*) : ( $ in (@l4[i] .. @l4[i] + 1200) ) ) or
         for any i in (1..#l5) : ( for any of ($s*) : ( $ in (@l5[i] .. @l5[i] + 1200) ) ) or
         for any i in (1..#l6) : ( for any of ($s*) : ( $ in (@l6[i] .. @l6[i] + 1200) ) ) or
         for any i in (1..#l7) : ( for any of ($s*) : ( $ in (@l7[i] .. @l7[i] + 1200) ) ) or
         for any i in (1..#l8) : ( for any of ($s*) : ( $ in (@l8[i] .. @l8[i] + 1200) ) ) or
         for any i in (1..#l9) : ( for any of ($s*) : ( $ in (@l9[i] .. @l9[i] + 1200) ) ) or
         for any i in (1..#l10) : ( for any of ($s*) : ( $ in (@l10[i] .. @l10[i] + 1200) ) ) or
         for any i in (1..#l11) : ( for any of ($s*) : ( $ in (@l11[i] .. @l11[i] + 1200) ) ) or
         for any i in (1..#l12) : ( for any of ($s*) : ( $ in (@l12[i] .. @l12[i] + 1200) ) ) or
         for any i in (1..#l13) : ( for any of ($s*) : ( $ in (@l13[i] .. @l13[i] + 1200) ) ) or
         for any i in (1..#l14) : ( for any of ($s*) : ( $ in (@l14[i] .. @l14[i] + 1200) ) ) or
         /* the send in a function the concurrent workers or the loop run */
         (any of ($s2, $s4, $s8, $s9, $s11, $s12) and any of ($l*))) and
        (cm_campaign_signs or ($f1 and $f2 and $f3 and $s8))
}
