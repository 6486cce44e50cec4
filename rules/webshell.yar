/*
 * hostsweep — webshell family rules.
 *
 * Written for techniques, not for individual samples. Externals used
 * (defined by the scanner before compiling): filename, extension, filepath,
 * mime, owner_web, in_docroot.
 */

rule webshell_php_eval_request : webshell
{
    meta:
        description = "PHP code evaluation fed directly from HTTP request data"
        severity = "critical"
        technique = "eval/assert of $_GET/$_POST/$_REQUEST/$_COOKIE/$_SERVER (one-line backdoor)"
    strings:
        $e1 = /\beval\s{0,8}\(\s{0,8}(stripslashes|base64_decode|urldecode|rawurldecode|gzinflate|str_rot13|trim|html_entity_decode|hex2bin|strrev)?\s{0,8}\(?\s{0,8}\$_(GET|POST|REQUEST|COOKIE|SERVER\s{0,4}\[\s{0,4}['"]HTTP_)/
        $e2 = /\bassert\s{0,8}\(\s{0,8}(stripslashes|base64_decode|urldecode|rawurldecode|gzinflate|str_rot13|trim|html_entity_decode|hex2bin|strrev)?\s{0,8}\(?\s{0,8}\$_(GET|POST|REQUEST|COOKIE|SERVER\s{0,4}\[\s{0,4}['"]HTTP_)/
        $e3 = /\beval\s{0,8}\(\s{0,8}\$\{\s{0,4}['"]_(GET|POST|REQUEST|COOKIE)/
        $e4 = /\beval\s{0,8}\(\s{0,8}getenv\s{0,4}\(\s{0,4}['"]HTTP_/
        $e5 = /\beval\s{0,8}\(\s{0,8}file_get_contents\s{0,4}\(\s{0,4}['"]php:\/\/input/
    condition:
        any of them
}

rule webshell_php_exec_request : webshell
{
    meta:
        description = "OS command execution fed directly from HTTP request data"
        severity = "critical"
        technique = "system/exec/passthru/shell_exec/popen/proc_open/backticks of request data"
    strings:
        $x1 = /\b(system|passthru|shell_exec|popen|proc_open|pcntl_exec)\s{0,8}\(\s{0,8}(stripslashes|base64_decode|urldecode|rawurldecode|trim|escapeshellcmd)?\s{0,4}\(?\s{0,4}(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE|\$_SERVER\s{0,4}\[\s{0,4}['"]HTTP_)/
        $x2 = /[^_a-zA-Z>:]exec\s{0,8}\(\s{0,8}(stripslashes|base64_decode|urldecode|rawurldecode|trim)?\s{0,4}\(?\s{0,4}\$_(GET|POST|REQUEST|COOKIE|SERVER\s{0,4}\[\s{0,4}['"]HTTP_)/
        $x5 = /\b(system|passthru|shell_exec|popen|proc_open|exec)\s{0,8}\(\s{0,8}["'][^"'\n]{0,40}["']\s{0,4}\.\s{0,4}(\$_FILES|\$_POST|\$_GET|\$_REQUEST|\$_COOKIE)\s{0,4}\[/
        $x4 = /\b(system|passthru|shell_exec|popen|exec)\s{0,8}\(\s{0,8}getenv\s{0,4}\(\s{0,4}['"]HTTP_/
        $x3 = /(=|echo|print|\()\s{0,4}`\s{0,4}(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s{0,4}\[[^\]]{1,40}\]\s{0,4}`/
    condition:
        any of them
}

rule webshell_php_variable_function_request : webshell
{
    meta:
        description = "Function name and/or argument taken from request data and called"
        severity = "critical"
        technique = "variable function call: $_GET['f']($_GET['a']) / array_map / call_user_func of request data"
    strings:
        $v1 = /(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s{0,4}\[\s{0,4}['"]?[\w-]{1,40}['"]?\s{0,4}\]\s{0,4}\((\s{0,8}(base64_decode\s{0,4}\(\s{0,4})?(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE|\$_SERVER)|\s{0,4}['"])/
        $v3 = /call_user_func(_array)?\s{0,8}\(\s{0,8}(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)/
        $v4 = /array_map\s{0,8}\(\s{0,8}(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s{0,4}\[/
        $v5 = /register_shutdown_function\s{0,8}\(\s{0,8}(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)/
        $v7 = /\$\w{1,20}\s{0,2}\[\s{0,2}('cmd['"]|"cmd['"]|'func['"]|"func['"]|'function['"]|"function['"]|'fn'|'fn"|"fn'|"fn"|'call['"]|"call['"]|'exec['"]|"exec['"])\s{0,2}\]\s{0,2}\(\s{0,4}\$/
    condition:
        any of them
}

rule webshell_php_preg_replace_e : webshell
{
    meta:
        description = "preg_replace with the /e (eval) modifier on request or encoded data"
        severity = "high"
        technique = "preg_replace /e code execution"
    strings:
        $p1 = /preg_replace\s{0,8}\(\s{0,8}['"]([^'"\n]{1,6}\.\*|\/[^'"\n]{0,80}\/[imsxuU]{0,5})e[imsxuU]{0,5}['"]\s{0,4},/
        $p2 = /preg_replace\s{0,8}\(\s{0,8}['"]\/\.\*\/e['"]/ nocase
        $r1 = "$_POST" ascii
        $r2 = "$_GET" ascii
        $r3 = "$_REQUEST" ascii
        $r4 = "$_COOKIE" ascii
        $r5 = "base64_decode" ascii
        $r6 = "HTTP_" ascii
        $r7 = "gzinflate" ascii
    condition:
        $p2 or ($p1 and any of ($r*))
}

rule webshell_php_create_function_payload : webshell
{
    meta:
        description = "create_function building code from request data or encoded payload"
        severity = "high"
        technique = "create_function anonymous-function eval"
    strings:
        $c1 = /create_function\s{0,8}\(\s{0,8}['"]{2}\s{0,8},\s{0,8}(\$_(GET|POST|REQUEST|COOKIE)|base64_decode|gzinflate|gzuncompress|str_rot13|strrev|\$\w{1,20}\s{0,4}\()/
        $c2 = /create_function\s{0,8}\([^;]{0,120}\$_(GET|POST|REQUEST|COOKIE)/
    condition:
        any of them
}

rule webshell_filesman_wso : webshell
{
    meta:
        description = "FilesMan / WSO web shell user interface"
        severity = "critical"
        technique = "WSO/FilesMan file manager shell"
    strings:
        $a1 = "FilesMan" ascii
        $a2 = "wsoSecParam" ascii
        $a3 = "wsoHeader" ascii
        $a4 = "wsoFooter" ascii
        $a5 = "wsoEx(" ascii
        $a6 = "actionBruteforce" ascii nocase
        $a7 = "wsoLogin" ascii
        $a8 = "$default_action" ascii
        $a9 = "actionSecInfo" ascii
        $a10 = "actionConsole" ascii
        $a11 = "actionFilesTools" ascii
        $a12 = "actionSafeMode" ascii
    condition:
        $a1 or 2 of them
}

rule webshell_c99_r57_family : webshell
{
    meta:
        description = "c99 / r57 / ctt / Locus7 style PHP shell"
        severity = "critical"
        technique = "c99/r57-style shell UI"
    strings:
        $c1 = "c99shell" ascii nocase
        $c2 = "c99sh_" ascii
        $c3 = "c99_sess_put" ascii
        $c4 = "c99_buff_prepare" ascii
        $c5 = "c99ftpbrutecheck" ascii
        $c6 = "c99fsearch" ascii
        $c7 = "c99getsource" ascii
        $c8 = "c99shexit" ascii
        $r1 = "r57shell" ascii nocase
        $r2 = "r57_table" ascii
        $r3 = "r57_temp_table" ascii
        $r4 = "$_POST['cmd']" ascii
        $r5 = "Locus7s" ascii nocase
        $r6 = "ctshell" ascii nocase
        $r7 = "ctt_sh" ascii nocase
        $r8 = "_exit_sh" ascii
        $r9 = "NetworkFileManagerPHP" ascii nocase
        $r10 = "PHPShell" ascii
    condition:
        any of ($c*) or any of ($r1, $r2, $r3, $r5, $r6, $r7, $r9) or (2 of ($r4, $r8, $r10))
}

rule webshell_b374k : webshell
{
    meta:
        description = "b374k-style PHP shell"
        severity = "critical"
        technique = "b374k shell (packed single-file manager)"
    strings:
        $b1 = "b374k" ascii nocase
        $b2 = "$GLOBALS['pass']" ascii
        $b3 = "$GLOBALS['module']" ascii
        $b4 = "$GLOBALS['resources']" ascii
        $b5 = "b374k_config" ascii
    condition:
        $b1 or $b5 or 2 of ($b2, $b3, $b4)
}

rule webshell_shell_ui_indicators : webshell
{
    meta:
        description = "PHP page combining command execution with server reconnaissance and shell UI strings"
        severity = "high"
        technique = "generic web shell / file manager UI (recon + exec + upload)"
    strings:
        $x1 = "shell_exec(" ascii
        $x2 = "passthru(" ascii
        $x3 = "system(" ascii
        $x4 = "popen(" ascii
        $x5 = "proc_open(" ascii
        $x6 = "pcntl_exec(" ascii
        $r1 = "posix_getpwuid" ascii
        $r2 = "safe_mode" ascii nocase
        $r3 = "disable_functions" ascii
        $r4 = "php_uname" ascii
        $r5 = "/etc/passwd" ascii
        $r6 = "uname -a" ascii
        $r7 = "netstat -an" ascii
        $r8 = "perm -04000" ascii
        $r9 = "perm -02000" ascii
        $r10 = "ps aux" ascii
        $r11 = "/bin/sh" ascii
        $r12 = "open_basedir" ascii
        $r13 = "getmyuid" ascii
        $r14 = "cat /etc/" ascii
        $r15 = "locate httpd.conf" ascii
        $r16 = "config.inc.php" ascii
        $r17 = "/proc/cpuinfo" ascii
        $r18 = "whoami" ascii
        $u1 = "move_uploaded_file" ascii
        $u2 = "$_FILES" ascii
        $u3 = "$_POST" ascii
        $u4 = "$_GET" ascii
        $u5 = "$_REQUEST" ascii
        $h1 = "back connect" ascii nocase
        $h2 = "backconnect" ascii nocase
        $h3 = "bind port" ascii nocase
        $h4 = "bindport" ascii nocase
        $h5 = "Safe-mode" ascii nocase
        $h6 = "Hacked by" ascii nocase
        $h7 = "Bypass" ascii
        $h8 = "milw0rm" ascii nocase
        $h9 = "Command execute" ascii nocase
        $h10 = "Execute command" ascii nocase
        $h11 = "shell" ascii nocase
        $h12 = "Self remove" ascii nocase
        $h13 = "Brute" ascii
        $h14 = "Dumper" ascii
        $h15 = "Connect back" ascii nocase
    condition:
        filesize < 3MB and any of ($u3, $u4, $u5) and
        (
            (2 of ($x*) and 4 of ($r*) and 2 of ($h*)) or
            (any of ($x*) and 6 of ($r*) and ($u1 or 3 of ($h*))) or
            (3 of ($x*) and ($u1 or $u2) and 3 of ($r*) and 1 of ($h*))
        )
}

rule webshell_php_upload_exec_manager : webshell
{
    meta:
        description = "Small PHP page offering both arbitrary upload and command execution"
        severity = "high"
        technique = "uploader + command runner"
    strings:
        $up = "move_uploaded_file" ascii
        $cp = "copy($_FILES" ascii
        $x1 = /\b(shell_exec|passthru|system|popen|proc_open)\s{0,4}\(\s{0,4}\$\w{1,30}/
        $x2 = /[^_a-zA-Z>:]exec\s{0,4}\(\s{0,4}\$\w{1,30}/
        $f1 = "<form" ascii nocase
        $f2 = "type=\"file\"" ascii nocase
        $f3 = "type=file" ascii nocase
        $f4 = "type='file'" ascii nocase
        $q1 = "$_POST[" ascii
        $q2 = "$_GET[" ascii
        $q3 = "$_REQUEST[" ascii
        $cmd1 = /\$_(GET|POST|REQUEST)\s{0,4}\[\s{0,4}['"](cmd|command|exec|execute|c|shell)['"]/
    condition:
        filesize < 200KB and ($up or $cp) and any of ($x*) and $f1 and any of ($f2, $f3, $f4) and any of ($q*) and $cmd1
}

rule webshell_php_password_gate_eval : webshell
{
    meta:
        description = "Hashed password gate guarding dynamic code execution"
        severity = "high"
        technique = "md5/sha1 password check on request data followed by eval/exec"
    strings:
        $g = /(md5|sha1)\s{0,4}\(\s{0,4}\$_(GET|POST|REQUEST|COOKIE|SERVER)\s{0,4}\[[^\]]{1,40}\]\s{0,4}\)\s{0,4}(===?|!==?)\s{0,4}['"][0-9a-f]{32,40}['"]/
        $e1 = "eval(" ascii
        $e2 = "assert(" ascii
        $e3 = "system(" ascii
        $e4 = "passthru(" ascii
        $e5 = "shell_exec(" ascii
        $e6 = "create_function" ascii
    condition:
        $g and any of ($e*)
}

rule webshell_php_include_request : webshell
{
    meta:
        description = "include/require of a path or URL taken from request data"
        severity = "high"
        technique = "remote/local file inclusion backdoor"
    strings:
        $i1 = /\b(include|require)(_once)?\s{0,4}\(?\s{0,4}(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s{0,4}\[/
        $i2 = /\b(include|require)(_once)?\s{0,4}\(?\s{0,4}base64_decode\s{0,4}\(\s{0,4}\$_(GET|POST|REQUEST|COOKIE)/
    condition:
        any of them
}

rule webshell_php_write_request_to_file : webshell
{
    meta:
        description = "Request data written verbatim into a PHP file (dropper)"
        severity = "high"
        technique = "file_put_contents/fwrite of request data to .php"
    strings:
        $w1 = /file_put_contents\s{0,4}\(\s{0,4}\$_(GET|POST|REQUEST|COOKIE)\s{0,4}\[[^\]]{1,40}\]\s{0,4},\s{0,4}(base64_decode\s{0,4}\(\s{0,4})?\$_(GET|POST|REQUEST|COOKIE)/
        $w2 = /file_put_contents\s{0,4}\(\s{0,4}['"][^'"\n]{1,80}\.php['"]\s{0,4},\s{0,4}(base64_decode\s{0,4}\(\s{0,4}|gzinflate\s{0,4}\(\s{0,4})?(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)/
        $w3 = /fwrite\s{0,4}\(\s{0,4}fopen\s{0,4}\(\s{0,4}\$_(GET|POST|REQUEST|COOKIE)/
    condition:
        any of them
}

rule webshell_perl_cgi_shell : webshell
{
    meta:
        description = "Perl CGI script running commands or browsing files from query parameters"
        severity = "high"
        technique = "CGI command shell / file browser"
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
    condition:
        (any of ($p*)) and any of ($q*) and any of ($x*) and any of ($h*)
}

rule webshell_php_cmd_form_exec : webshell
{
    meta:
        description = "Page with a command input field whose value is passed to a command-execution function"
        severity = "critical"
        technique = "minimal command shell: <input name=cmd> + system/passthru/shell_exec($cmd)"
    strings:
        /* n[a]me: the class keeps YARA from taking the common "name" as search atom */
        $f1 = /n[a]me\s{0,2}=\s{0,2}["']?-?(cmd|command|komut|cmmd|execute|exec|shell)["'\s>\/]/ nocase
        $x1 = /\b(system|passthru|shell_exec|popen|proc_open|exec)\s{0,4}\(\s{0,4}(stripslashes\s{0,4}\(\s{0,4})?\$(cmd|command|komut|cmmd|execute|exec|_POST|_GET|_REQUEST|HTTP_POST_VARS|HTTP_GET_VARS|formcmd|curcmd|cmd_\w{1,10})\b/ nocase
        $x2 = /\$function\s{0,4}\(\s{0,4}\$_(POST|GET|REQUEST)/
    condition:
        filesize < 3MB and $f1 and any of ($x*)
}

rule webshell_php_shell_title_exec : webshell
{
    meta:
        description = "HTML page titled as a shell/backdoor that executes commands or browses the filesystem"
        severity = "high"
        technique = "shell UI branding (<title>... Shell ...</title>) with exec/file functions"
    strings:
        $t1 = /<title>[^<\n]{0,120}(shell|sh3ll|backdoor|hacked|hack3d|b4ckd00r|r00t|h4x|defacer)/ nocase
        $t2 = /(shell|sh3ll) v\d/ nocase
        $x1 = "shell_exec" ascii nocase
        $x2 = "passthru" ascii nocase
        $x3 = "system(" ascii nocase
        $x4 = "exec(" ascii nocase
        $x5 = "popen(" ascii nocase
        $x6 = "readdir(" ascii
        $x7 = "fileperms(" ascii
        $x8 = "move_uploaded_file" ascii
        $x9 = "fsockopen" ascii
        $x10 = "posix_get" ascii
        $x11 = "php_uname" ascii
        $php = "<?" ascii
    condition:
        filesize < 3MB and $php and any of ($t*) and 2 of ($x*)
}

rule webshell_php_recon_exec_bundle : webshell
{
    meta:
        description = "PHP page bundling command execution with host reconnaissance and filesystem browsing"
        severity = "high"
        technique = "generic shell feature set (exec + uname/passwd/perms/uid + dir listing)"
    strings:
        $x1 = "shell_exec" ascii nocase
        $x2 = "passthru" ascii nocase
        $x3 = "system(" ascii nocase
        $x4 = "popen(" ascii nocase
        $x5 = "proc_open" ascii nocase
        $x6 = /[^_a-zA-Z>:]exec\s{0,2}\(/ nocase
        $r1 = "posix_getpwuid" ascii
        $r2 = "posix_getuid" ascii
        $r3 = "php_uname" ascii
        $r4 = "/etc/passwd" ascii
        $r5 = "uname -a" ascii
        $r6 = "whoami" ascii
        $r7 = "fileperms" ascii
        $r8 = "HTTP_POST_VARS" ascii
        $r9 = "ls -la" ascii
        $r10 = "mysql_connect" ascii
        $r11 = "safe_mode" ascii nocase
        $r12 = "disable_functions" ascii
        $r13 = "getcwd" ascii
        $r14 = "readdir" ascii
        $r15 = "get_current_user" ascii
        $r16 = "posix_getgrgid" ascii
        $r17 = "disk_free_space" ascii
        $r18 = "netstat" ascii
        $r19 = "/etc/" ascii
        $r20 = "chmod" ascii
        $q1 = "$_POST" ascii
        $q2 = "$_GET" ascii
        $q3 = "$_REQUEST" ascii
        $q4 = "HTTP_POST_VARS" ascii
        $q5 = "$_COOKIE" ascii
        $php = "<?" ascii
    condition:
        filesize < 3MB and $php and any of ($q*) and not (extension == "js" or extension == "css") and
        ((2 of ($x*) and 7 of ($r*)) or (1 of ($x*) and 9 of ($r*)))
}

rule webshell_php_callback_backdoor : webshell
{
    meta:
        description = "Callback-taking PHP function given a dangerous callable or a request-supplied callable"
        severity = "critical"
        technique = "callback backdoor (register_shutdown_function('assert'), array_diff_ukey(..., $_REQUEST[x]), ob_start(assert))"
    strings:
        $c1 = /(register_shutdown_function|array_map|call_user_func(_array)?|ob_start|array_filter|usort|uasort|uksort|array_walk(_recursive)?|array_diff_ukey|array_intersect_ukey|iterator_apply|set_error_handler|set_exception_handler|preg_replace_callback)\s{0,4}\(\s{0,4}['"](assert|system|passthru|shell_exec|exec|eval|create_function|popen|proc_open)['"]/ nocase
        $c2 = /(array_diff_ukey|array_diff_uassoc|array_intersect_ukey|array_intersect_uassoc|array_udiff|uasort|uksort|usort|array_walk|array_filter|array_reduce|iterator_apply)\s{0,4}\([^;()]{0,200},\s{0,4}(\(string\)\s{0,4})?(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s{0,4}\[[^\]]{1,40}\]\s{0,4}\)/
        $c3 = /register_shutdown_function\s{0,4}\(\s{0,4}['"]assert['"]/
        $c4 = /(array_diff_ukey|array_diff_uassoc|array_intersect_ukey|array_intersect_uassoc|array_udiff_assoc|array_uintersect)\s{0,4}\([^;]{0,300},\s{0,4}(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s{0,4}\[[^\]]{1,40}\]\s{0,4}\)\s{0,4};/
    condition:
        any of them
}

rule webshell_php_upload_to_php_name : webshell
{
    meta:
        description = "Uploaded file stored under a fixed .php name or a tiny upload-only page"
        severity = "high"
        technique = "uploader dropping an executable script"
    strings:
        $m1 = /(move_uploaded_file\s{0,4}\([^;]{1,120}|copy\s{0,4}\(\s{0,4}\$(_FILES|HTTP_POST_FILES|userfile|\w{0,10}file)[^;]{0,120}),\s{0,4}["'][^"'\n]{0,80}\.(php\d?|phtml|pht)["']\s{0,4}\)/ nocase
    condition:
        filesize < 500KB and $m1
}

rule webshell_php_tiny_uploader : webshell
{
    meta:
        description = "Very small page that only offers a file upload form and stores the file"
        severity = "medium"
        technique = "minimal uploader left behind after compromise"
    strings:
        $u1 = "move_uploaded_file" ascii
        $u2 = "copy($_FILES" ascii
        $u3 = "copy($HTTP_POST_FILES" ascii
        /* t[y]pe: the class keeps YARA from taking the common "type" as search atom */
        $f1 = /t[y]pe\s{0,2}=\s{0,2}["']?file/ nocase
        $f2 = "<form" ascii nocase
    condition:
        filesize < 4KB and any of ($u*) and all of ($f*)
}

rule webshell_php_file_infector : webshell
{
    meta:
        description = "Script that injects PHP code into other writable files and restores their timestamps"
        severity = "high"
        technique = "mass file infector (prepend payload + touch() to hide)"
    strings:
        $a1 = "is_writable" ascii
        $a2 = "file_put_contents" ascii
        $a3 = /touch\s{0,4}\(\s{0,4}\$\w{1,30}\s{0,4},\s{0,4}\$\w{1,30}/
        $a4 = /["']<\?php ["']\s{0,4}\./
        $d1 = "rawurldecode($payload" ascii
        $d2 = "urldecode($payload" ascii
        $d3 = "base64_decode($payload" ascii
        $d4 = "GetWritableFiles" ascii nocase
        $d5 = "$payload_file" ascii
    condition:
        filesize < 1MB and 3 of ($a*) and any of ($d*)
}

rule webshell_php_create_function_variable : webshell
{
    meta:
        description = "create_function with a variable body in a script that reads request/cookie data into that variable"
        severity = "high"
        technique = "create_function('', $code) with $code from request/cookie"
    strings:
        $c = /create_function\s{0,4}\(\s{0,4}['"]{2}\s{0,4},\s{0,4}\$\w{1,30}\s{0,4}\)/
        $q1 = /\$_(POST|COOKIE)\s{0,4}\[\s{0,4}['"][\w-]{1,20}['"]\s{0,4}\]\s{0,4}\)?\s{0,4}\?\s{0,4}\$_(POST|COOKIE)/
        $q2 = "setcookie" ascii
    condition:
        filesize < 1MB and $c and $q1 and $q2
}

rule webshell_php_ddos_flooder : webshell
{
    meta:
        description = "PHP flooder: request-supplied target and duration, UDP/TCP packets in a loop"
        severity = "high"
        technique = "PHP UDP/HTTP flood script"
    strings:
        $u1 = "udp://" ascii
        $u2 = "tcp://" ascii
        $s = "fsockopen" ascii
        $w = "fwrite" ascii
        $t1 = /\$_(GET|POST|REQUEST)\s{0,4}\[\s{0,4}['"](ip|host|target|time|port)['"]/
        $l1 = "while(1)" ascii
        $l2 = "while (1)" ascii
        $l3 = "ignore_user_abort" ascii
        $l4 = "max_time" ascii
    condition:
        filesize < 100KB and $s and $w and $t1 and 2 of ($l*) and (any of ($u*) or $l4)
}

rule webshell_known_tool_names : webshell
{
    meta:
        description = "Name or banner of a widely circulated PHP web shell / hacking tool"
        severity = "high"
        technique = "known shell UI banners (phpRemoteView, PHPShell, Mini Shell, Ani Shell, Kolang, WebCommander...)"
    strings:
        $n1 = "phpRemoteView" ascii nocase
        $n2 = "PHPSHELL.PHP" ascii nocase
        $n3 = "php-webshell" ascii nocase
        $n4 = "Mini Shell" ascii nocase
        $n5 = "Ani Shell" ascii nocase
        $n6 = "Safe mode bypass" ascii nocase
        $n7 = "Webcommander" ascii nocase
        $n8 = "KingDefacer" ascii nocase
        $n9 = "Shell Injection" ascii nocase
        $n10 = "web shell" ascii nocase
        $n11 = "webshell" ascii nocase
        $n12 = "Configuration File Killer" ascii nocase
        $n13 = "priv8" ascii nocase
        $n14 = "Defaced by" ascii nocase
        $n15 = "hacked by" ascii nocase
        $n16 = "backdoor" ascii nocase
        $n17 = "r00t" ascii nocase
        $n18 = "trojan" ascii nocase
        $n19 = "milw0rm" ascii nocase
        $n20 = "exploit-db" ascii nocase
        $p1 = "<?" ascii
        $f1 = "$_POST" ascii
        $f2 = "$_GET" ascii
        $f3 = "$_REQUEST" ascii
        $f4 = "opendir" ascii
        $f5 = "fopen" ascii
        $f6 = "system(" ascii
        $f7 = "exec(" ascii
        $f8 = "passthru" ascii
        $f9 = "$argv" ascii
        $f10 = "$_SERVER" ascii
    condition:
        filesize < 3MB and $p1 and any of ($n*) and 2 of ($f*) and not (extension == "js" or extension == "css" or extension == "md" or extension == "txt" or extension == "html")
}

rule webshell_php_cmd_param_exec : webshell
{
    meta:
        description = "Request parameter named like a command (cmd/command/exec) and a command-execution call on a variable"
        severity = "high"
        technique = "command shell reading ?cmd= and running it via system/exec/passthru/proc_open"
    strings:
        $k = /(\$_POST|\$_GET|\$_REQUEST|\$_COOKIE)\s{0,4}\[\s{0,4}['"](cmd|command|exec|execute|shell|run|cmd_\w{1,8}|komut)['"]\s{0,4}\]/ nocase
        $x1 = /\b(system|passthru|shell_exec|popen|proc_open)\s{0,4}\(\s{0,4}(escapeshellcmd\s{0,4}\(\s{0,4}|stripslashes\s{0,4}\(\s{0,4})?\$\w{1,30}/ nocase
        $x2 = /[^_a-zA-Z>:]exec\s{0,4}\(\s{0,4}(escapeshellcmd\s{0,4}\(\s{0,4}|stripslashes\s{0,4}\(\s{0,4})?\$\w{1,30}\s{0,4}[,)]/ nocase
    condition:
        filesize < 3MB and $k and any of ($x*)
}

rule webshell_php_include_image_or_escaped_path : webshell
{
    meta:
        description = "include/require of an image-named file or of a path written with hex escapes"
        severity = "high"
        technique = "loader: @include \"\x2fhome...favicon_x.ico\" (payload hidden in an icon/image)"
    strings:
        $i1 = /(include|require)(_once)?\s{0,4}\(?\s{0,4}["'][^"'\n]{1,200}\.(ico|png|jpe?g|gif|bmp)["']/ nocase
        $i2 = /(include|require)(_once)?\s{0,4}\(?\s{0,4}"[^"\n]{0,6}\\x[0-9a-fA-F]{2}[^"\n]{0,6}\\x[0-9a-fA-F]{2}/
    condition:
        any of them
}
