/*
 * hostsweep — pages and CGI programs that run what the request sends,
 * outside PHP (session 21, lead; seen = "train7": train7 seeds 2-3 read).
 *
 * Server-side includes: Apache's mod_include runs <!--#exec cmd="..."-->
 * in any page an .htaccess marks as parsed (Options +Includes, AddHandler
 * server-parsed .html, AddOutputFilter INCLUDES). A command built from the
 * request (QUERY_STRING, a header as HTTP_*, directly or through a
 * #set variable) is a web shell in one line of HTML. A fixed command
 * (<!--#exec cmd="date"-->, an old footer's uptime) is not.
 *
 * Shell CGI: a sh/bash script that prints a CGI header and hands text taken
 * from the request (QUERY_STRING, HTTP_* headers, the POST body read with
 * read -n $CONTENT_LENGTH) to eval, sh -c or runs it as a command.
 */

rule ssi_exec_request_command : webshell
{
    meta:
        description = "Server-side include running a command built from the request (<!--#exec cmd=\"$QUERY_STRING\"-->, a header through #set)"
        severity = "high"
        technique = "<!--#exec cmd=\"$QUERY_STRING_UNESCAPED\" -->; <!--#set var=\"c\" value=\"${HTTP_X_..}\" --><!--#exec cmd=\"$c\" -->"
        seen = "train7"
    strings:
        $direct = /<!--#exec\s{1,4}cmd\s{0,2}=\s{0,2}["'][^"'\n]{0,200}\$\{?(QUERY_STRING|HTTP_[A-Z0-9_]{1,40}|REQUEST_URI|PATH_INFO|DOCUMENT_URI)/
        $set = /<!--#set\s{1,4}var\s{0,2}=\s{0,2}["']?\w{1,40}["']?\s{1,4}value\s{0,2}=\s{0,2}["'][^"'\n]{0,200}\$\{?(QUERY_STRING|HTTP_[A-Z0-9_]{1,40}|REQUEST_URI|PATH_INFO)/
        $var = /<!--#exec\s{1,4}cmd\s{0,2}=\s{0,2}["'][^"'\n]{0,200}\$\{?[A-Za-z_]/
    condition:
        filesize < 1MB and ($direct or ($set and $var))
}

rule cgi_shell_script_runs_request : webshell
{
    meta:
        description = "Shell CGI program running text from the request (eval / sh -c / a variable run as a command, fed by QUERY_STRING, an HTTP_* header or the POST body)"
        severity = "high"
        technique = "echo Content-Type; eval \"$(echo \"$QUERY_STRING\" | cut -d= -f2-)\"; c=$HTTP_X_C; sh -c \"$c\"; read -n $CONTENT_LENGTH b; eval \"$b\""
        seen = "train7"
    strings:
        $sh = /^#!\s{0,2}(\/usr)?\/bin\/(env\s{1,4})?(ba|da|z|k)?sh\b/
        $ct = /\b(echo|printf)\s{1,4}(-e\s{1,4})?["']?Content-[Tt]ype:/
        $in1 = /\$\{?(QUERY_STRING|HTTP_[A-Z0-9_]{1,40})\b/
        $in2 = /\bread\s{1,4}(-[a-zA-Z]{1,3}\s{1,4})*-n\s{1,4}["']?\$\{?CONTENT_LENGTH/
        // the request's text run: eval of it, a shell given it, a variable as the command
        $ex1 = /\beval\s{1,4}["']?\$/
        $ex2 = /\b(sh|bash|dash|zsh|ksh)\s{1,4}-c\s{1,4}["']?\$/
        // (literals: a regex starting at a newline or a pipe is tried at every one)
        $ex4 = "| sh" ascii
        $ex5 = "| bash" ascii
        $ex6 = "|sh" ascii
        $ex7 = "|bash" ascii
    condition:
        filesize < 256KB and $sh and $ct and any of ($in*) and any of ($ex*)
}

private rule hs_htaccess_name
{
    condition:
        filename == ".htaccess" or filename matches /^\.htaccess/
}

rule htaccess_cgi_handler_for_data_files : webshell
{
    meta:
        description = "An .htaccess making data files CGI programs (AddHandler/SetHandler cgi-script for .txt, pictures, style sheets...): a script saved under an innocent name runs"
        severity = "high"
        technique = "Options +ExecCGI; AddHandler cgi-script .txt (beside a Python/Perl/shell console named stat.txt)"
        seen = "train7"
    strings:
        $exec = /\bOptions\s[^\n]{0,60}\+?ExecCGI/ nocase
        $add = /\bAddHandler\s{1,4}cgi-script\s[^\n]{0,80}\.(txt|jpe?g|png|gif|ico|css|js|log|dat|html?|bmp|webp|svg|woff2?)\b/ nocase
        // <FilesMatch "\.(jpg|png)$"> SetHandler cgi-script </FilesMatch>
        $set = /<Files(Match)?\s[^\n>]{0,120}\b(txt|jpe?g|png|gif|ico|css|js|log|dat|bmp|webp|svg)\b[^\n>]{0,60}>\s{0,200}SetHandler\s{1,4}cgi-script/ nocase
    condition:
        filesize < 64KB and hs_htaccess_name and $exec and ($add or $set)
}

rule cgi_perl_script_runs_request : webshell
{
    meta:
        description = "Perl CGI program running a command built from the request (QUERY_STRING, a cookie or header as HTTP_*, param(), the body on STDIN) within a few lines of reading it"
        severity = "high"
        technique = "my ($c) = $ENV{HTTP_COOKIE} =~ /k=(..)/; system(decode_base64($c)); %q from split of $ENV{QUERY_STRING}; `$q{'c'} 2>&1`"
        seen = "train8"
    strings:
        $pl = /^#!\s{0,2}(\/usr(\/local)?)?\/bin\/(env\s{1,4})?perl\b/
        $ct = /\bprint\s{1,4}(STDOUT\s{1,4})?["']Content-[Tt]ype:|->\s{0,2}header\s{0,2}\(/
        $in = /\$ENV\s{0,2}\{\s{0,2}['"]?(QUERY_STRING|HTTP_[A-Z0-9_]{1,40}|CONTENT_LENGTH)['"]?\s{0,2}\}|\bparam\s{0,2}\(|<STDIN>|\b(sys)?read\s{0,2}\(\s{0,2}STDIN\b/
        // a command of a variable: system/exec, backticks or qx, a piped open
        $ex1 = /\b(system|exec)\s{0,2}\(?\s{0,2}(["']\s{0,4})?\$/
        // (a backtick opening on a variable: a regex starting at any backtick is
        // tried at every one of a JavaScript file's template literals)
        $ex2 = "`$" ascii
        $ex3 = /\bqx\s{0,2}[({\/|!][^\n]{0,20}\$\w/
        $ex4 = /\bopen\s{0,2}\(?\s{0,2}[^,\n]{1,30},\s{0,4}["'][^"'\n]{0,10}\$[^"'\n]{0,40}\|\s{0,2}["']/
        $ex5 = /\bopen\s{0,2}\(?\s{0,2}[^,\n]{1,30},\s{0,4}["']-\|["']\s{0,4},\s{0,4}\$/
        $ex6 = /\b(system|exec)\s{0,2}\(\s{0,2}decode_base64\s{0,2}\(/
    condition:
        filesize < 128KB and $pl and $ct and
        for any i in (1..#in) : ( for any of ($ex*) : ( for any j in (1..#) : (
            @[j] > @in[i] and @[j] < @in[i] + 1500 ) ) )
}
