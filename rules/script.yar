/*
 * hostsweep — web shells written in Python (CGI, WSGI, Flask-style
 * handlers): request input reaching a command or code execution sink.
 * And the Perl CGI shell and the C socket shell's source
 * (webshell_perl_cgi_shell, webshell_c_socket_shell_source: moved here from
 * webshell.yar, whose rules read PHP source only). Bots, reverse shells,
 * spam loops and droppers in any script language are in bot.yar.
 * docs/script-rules.md explains every rule.
 */

private rule hs_py_script
{
    strings:
        $sb = /#![^\n]{0,60}python/
        $m1 = /(^|\n)\s{0,8}import\s{1,4}[\w, ]{0,60}\b(cgi|os|subprocess|commands|cgitb|flask|bottle)\b/
        $m2 = /(^|\n)\s{0,8}from\s{1,4}(flask|bottle|django[\w.]{0,30}|subprocess|os)\s{1,4}import\s/
    condition:
        // a python shebang on the first line is a program whatever the name (an
        // .htaccess can make .txt files CGI programs: session 21, train7)
        $sb at 0 or
        (($sb or extension == "py" or extension == "cgi" or extension == "wsgi" or $m1 or $m2)
         and not extension matches /^(md|markdown|rst|txt|html?|js|json|xml|po|pot)$/)
}

rule script_python_cgi_shell : webshell
{
    meta:
        description = "Python CGI/web handler that reads request parameters and runs commands or code with a non-literal argument"
        severity = "high"
        technique = "cgi.FieldStorage / QUERY_STRING / request.args + os.popen/os.system/subprocess(shell=True)/exec of a variable"
        seen = "bediger4000,nikicat,shipcod3,tennc,train7"
    strings:
        $in1 = /\bcgi\.FieldStorage\s{0,2}\(/
        $in2 = /\bos\.environ\s{0,2}(\[|\.get\s{0,2}\()\s{0,2}['"](QUERY_STRING|HTTP_\w{1,30})['"]/
        $in3 = /\brequest\.(args|form|values|GET|POST|query|forms|json)\b/
        $in4 = /\bsys\.stdin\.read\s{0,2}\(\s{0,2}int\s{0,2}\(\s{0,2}os\.environ/
        // round 8: a standalone http.server handler: the query of self.path, or the posted body
        $in5 = /\bparse_qs\s{0,2}\([^\n]{0,40}self\.path\b|\bself\.rfile\.read\s{0,2}\(/
        // session 21 (train7): the CGI body's length read first, the body read after
        $in6 = /\bos\.environ\s{0,2}(\[|\.get\s{0,2}\()\s{0,2}['"]CONTENT_LENGTH['"]/
        $x1 = /\bos\.(popen[234]?|system)\s{0,2}\(\s{0,2}[a-zA-Z_]/
        $x2 = /\bsubprocess\.(Popen|call|run|check_output|check_call|getoutput|getstatusoutput)\s{0,2}\(\s{0,2}[a-zA-Z_][^\n]{0,200}shell\s{0,2}=\s{0,2}(True|1)\b/
        $x3 = /\bcommands\.(getoutput|getstatusoutput)\s{0,2}\(\s{0,2}[a-zA-Z_]/
        $x4 = /\b(exec|eval)\s{0,2}\(\s{0,2}[a-zA-Z_][\w.]{0,40}\s{0,2}[,)]/
        $x5 = /\bsubprocess\.(getoutput|getstatusoutput)\s{0,2}\(\s{0,2}[a-zA-Z_]/
    condition:
        // the sink in the handler that reads the request: within 4 KB of the read
        // (a web framework parses the request in one place and runs template code
        // with exec() 100 KB further on)
        filesize < 2MB and hs_py_script and any of ($in*) and
        for any of ($x*) : ( for any k in (1..#) : (
            for any i in (1..#in1) : ( @[k] > @in1[i] - 4096 and @[k] < @in1[i] + 4096 ) or
            for any i in (1..#in2) : ( @[k] > @in2[i] - 4096 and @[k] < @in2[i] + 4096 ) or
            for any i in (1..#in3) : ( @[k] > @in3[i] - 4096 and @[k] < @in3[i] + 4096 ) or
            for any i in (1..#in4) : ( @[k] > @in4[i] - 4096 and @[k] < @in4[i] + 4096 ) or
            for any i in (1..#in5) : ( @[k] > @in5[i] - 4096 and @[k] < @in5[i] + 4096 ) or
            for any i in (1..#in6) : ( @[k] > @in6[i] - 4096 and @[k] < @in6[i] + 4096 ) ) )
}

rule script_python_request_exec : webshell
{
    meta:
        description = "Python web handler passing a request parameter straight to command or code execution"
        severity = "critical"
        technique = "os.popen(form.getvalue('cmd')), subprocess.check_output(request.args['c'], shell=True), exec(request.form['code'])"
        seen = "bediger4000,nikicat,shipcod3,tennc"
    strings:
        // cgi's getvalue/getfirst name a field; StringIO/BytesIO.getvalue() takes no argument
        $d1 = /\b(os\.(popen[234]?|system)|subprocess\.\w{1,16}|commands\.getoutput|exec|eval)\s{0,2}\(\s{0,2}(str\s{0,2}\(\s{0,2})?\w{1,20}\s{0,2}(\.getvalue\s{0,2}\(\s{0,2}['"\w]|\.getfirst\s{0,2}\(\s{0,2}['"\w]|\[\s{0,2}['"]\w{1,30}['"]\s{0,2}\]\s{0,2}\.value)/
        $d2 = /\b(os\.(popen[234]?|system)|subprocess\.\w{1,16}|commands\.getoutput|exec|eval)\s{0,2}\(\s{0,2}(str\s{0,2}\(\s{0,2})?request\.(args|form|values|GET|POST|query|forms)\s{0,2}(\.get\s{0,2}\(|\[)/
        $d3 = /\b(os\.(popen[234]?|system)|subprocess\.\w{1,16}|commands\.getoutput|exec|eval)\s{0,2}\(\s{0,2}os\.environ\s{0,2}(\[|\.get\s{0,2}\()\s{0,2}['"](QUERY_STRING|HTTP_\w{1,30})/
        $gv = /\b\w{1,30}\s{0,2}=\s{0,2}[\w.]{0,30}(\.getvalue\s{0,2}\(\s{0,2}['\"\w]|\.getfirst\s{0,2}\(\s{0,2}['\"\w]|request\.(args|form|values)\.get|request\.(args|form|values)\s{0,2}\[)/
        $x = /\b(os\.(popen[234]?|system)|subprocess\.(Popen|call|run|check_output|getoutput)|commands\.getoutput)\s{0,2}\(\s{0,2}[a-zA-Z_]/
    condition:
        filesize < 2MB and hs_py_script and
        (any of ($d*) or for any i in (1..#gv) : ( $x in (@gv[i] .. @gv[i] + 300) ))
}

rule webshell_perl_cgi_shell : webshell
{
    meta:
        description = "Perl CGI script running commands or browsing files from query parameters"
        severity = "high"
        technique = "CGI command shell / file browser"
        seen = "pre"
    strings:
        $p1 = "#!/usr/bin/perl" ascii
        $p2 = "#!/usr/local/bin/perl" ascii
        $p3 = "use CGI" ascii
        $q1 = "QUERY_STRING" ascii
        $q2 = "param(" ascii
        $q3 = "REQUEST_METHOD" ascii
        $x1 = /\b(system|exec)\s{0,4}\(?\s{0,4}\$(FORM|in|cmd|command|param)/ nocase
        $x2 = /`\s{0,4}(\$FORM|\$in|\$cmd|\$command)/ nocase
        $x3 = /open\s{0,4}\(\s{0,4}\w{1,20}\s{0,4},\s{0,4}["']?[<]?\s{0,4}\$(path|file|FORM)/
        $x4 = /open\s{0,4}\(\s{0,4}\w{1,20}\s{0,4},\s{0,4}["']\s{0,4}\$\w{1,20}\s{0,4}\|["']/
        $x5 = /system\s{0,4}\(?\s{0,4}["']?\$\w{1,20}/
        $x6 = /open\s{0,4}\(\s{0,4}\w{1,20}\s{0,4},\s{0,4}["'][^"'\n]{0,10}\$\w{1,20}[^"'\n]{0,20}\|\s{0,4}["']/
        $h1 = "Content-Type: application/octet-stream" ascii
        $h2 = "Content-type: text/html" ascii nocase
        /* a file browser lists directories: opening a file named by a
           variable is what every CGI report does (a log analyser, a graph page) */
        $ls = /\b(opendir|readdir|glob)\s{0,4}\(/
        /* system("$var ...") with any variable: a CGI that runs a fixed
           program from its own settings ($capath = "/usr/bin/openssl ca" in
           stunnel's ca.pl example) does that too. A command shell shows a
           form to type the command in, or the output in <pre> */
        $ui1 = /<\s{0,2}(form|input|textarea)\b/ nocase
        $ui2 = "<pre" ascii nocase
    condition:
        (any of ($p*)) and any of ($q*) and any of ($h*) and
        (any of ($x1, $x2, $x4, $x6) or ($x5 and any of ($ui*)) or
         ($x3 and $ls and filesize < 256KB))
}

rule webshell_c_socket_shell_source : webshell
{
    meta:
        description = "C source of a bind or back-connect shell: a socket connected or bound, its descriptor duplicated onto stdin/stdout and a shell executed (plain, in a PHP string a dropper compiles, or a decoded layer)"
        severity = "high"
        technique = "C back-connect/bind shell carried by a PHP dropper (written to /tmp, compiled with gcc, run)"
        seen = "for-just-we"
    strings:
        $inc = "#include" ascii
        $sock = "socket(" ascii
        $n1 = "connect(" ascii
        $n2 = "bind(" ascii
        $n3 = "accept(" ascii
        $dup = "dup2(" ascii
        $sh1 = "/bin/sh" ascii
        $sh2 = "/bin/bash" ascii
        $sh3 = "cmd.exe" ascii nocase
        $e1 = /\bexec(l|lp|le|v|vp|ve)\s{0,4}\(/
        $e2 = /\bsystem\s{0,4}\(/
    condition:
        filesize < 2MB and $inc and $sock and any of ($n*) and $dup and any of ($sh*) and any of ($e*)
}

/* Round 7 (branch nonphp6, seen = "none"): a Perl CGI uploader that writes
 * the uploaded file wherever the form says (a directory or path field), the
 * upload half of a web shell. Written from the technique (the corpus file
 * that carries it was not opened), on tests/eval/nonphpgen.py's variants. A
 * guestbook's photo upload writes into its own directory under a name it
 * untaints with a pattern (`=~ /^([\w.-]+)$/`), and asks for no path. */
rule script_perl_cgi_upload_anywhere : webshell
{
    meta:
        description = "Perl CGI uploader writing the uploaded file to a path or directory taken from the form"
        severity = "high"
        technique = "my $dir = $q->param('d'); my $fh = $q->upload('f'); open(OUT, '>', \"$dir/$name\"); print OUT $_ while <$fh>"
        seen = "none"
    strings:
        $cgi = /\buse\s{1,4}CGI\b|CGI\s{0,2}->\s{0,2}new\b|multipart\/form-data/
        $up = /upload\(['"]\w{1,30}['"]\)/
        // a field naming where to write
        $pp = /param\(['"](d|dir|directory|path|p|to|dest|destination|folder|target|where|loc|location|save|savepath|upath)['"]\)/
        // a write open whose path starts with a variable
        $wo1 = /\bopen\s{0,2}\(?\s{0,2}(my\s{1,4})?[$*]?\w{1,30}\s{0,2},\s{0,2}['"]>{1,2}['"]\s{0,2},\s{0,2}["']?\$\w{1,30}/
        $wo2 = /\bopen\s{0,2}\(?\s{0,2}(my\s{1,4})?[$*]?\w{1,30}\s{0,2},\s{0,2}["']>{1,2}\s{0,2}\$\w{1,30}/
        // an untainted name: the program decides what it writes
        $ut = /=~\s{0,2}\/\^\(/
    condition:
        filesize < 500KB and $cgi and $up and $pp and any of ($wo*) and not $ut
}
