/*
 * hostsweep — webshell family rules.
 *
 * Written for techniques, not for individual samples. Externals used
 * (defined by the scanner before compiling): filename, extension, filepath,
 * mime, owner_web, in_docroot, in_uploads.
 *
 * Severity policy (docs/rules.md):
 *   critical  request input reaches code or command execution in one
 *             expression, or a known tool's code (several of its own
 *             functions, not merely its name);
 *   high      input reaches a sink through a short, visible path, or a page
 *             that bundles command execution with the other features of a
 *             shell (recon, file manager, upload, database, back-connect);
 *   medium    suspicious co-occurrence (a command parameter near a command
 *             call, a bare uploader);
 *   low       names and banners only.
 * PHP rules read only PHP source: content with a PHP open tag, in a file
 * whose extension is not a document or asset type (a Markdown page, a JS
 * file or an SQL dump that quotes PHP cannot run; a PHP payload hidden in
 * such a file is the built-in type-mismatch check's finding).
 *
 * meta `seen`: the corpus collections (MANIFEST.tsv source_repo) looked at
 * while writing or tuning the rule: "none" (written from the technique),
 * "pre" (inherited from before the corpus grew: treated as having seen
 * every collection but for-just-we), or a comma list of short names.
 * tests/eval-rules.sh scores each collection with only the rules that did
 * not see it (leave one collection out).
 */
// Every rule here reads PHP source only (docs/rules.md, "Rule scope"):
// hostsweep: scope=php

private rule webshell__php_source
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
            extension == "scss" or extension == "less" or extension == "map" or
            extension == "md" or extension == "markdown" or extension == "rst" or
            extension == "txt" or extension == "text" or extension == "log" or
            extension == "json" or extension == "xml" or extension == "svg" or
            extension == "yml" or extension == "yaml" or extension == "po" or extension == "pot" or
            extension == "csv" or extension == "sql" or extension == "html" or extension == "htm" or
            extension == "xhtml" or extension == "tex" or extension == "diff" or extension == "patch"))
}

/* Command execution whose argument is a variable, not a fixed command: the
 * variable is the whole argument, or gets only " 2>&1" appended. ->exec()
 * and ::exec() (PDO, ORMs) and curl_exec/shell_exec prefixes are excluded. */
private rule webshell__dynamic_exec
{
    strings:
        $x1 = /\b(system|passthru|shell_exec|popen|proc_open|pcntl_exec)\s{0,4}\(\s{0,4}@?\s{0,2}(stripslashes\s{0,4}\(\s{0,4}|base64_decode\s{0,4}\(\s{0,4}|trim\s{0,4}\(\s{0,4})?\$\w{1,30}(\s{0,4}\[[^\]\n]{1,40}\])?\s{0,4}(\)|,|\.\s{0,4}["']\s{0,4}2\s{0,2}>\s{0,2}&\s{0,2}1)/
        $x2 = /[^\w>:$]exec\s{0,4}\(\s{0,4}@?\s{0,2}(stripslashes\s{0,4}\(\s{0,4}|base64_decode\s{0,4}\(\s{0,4}|trim\s{0,4}\(\s{0,4})?\$\w{1,30}(\s{0,4}\[[^\]\n]{1,40}\])?\s{0,4}(\)|,|\.\s{0,4}["']\s{0,4}2\s{0,2}>\s{0,2}&\s{0,2}1)/
    condition:
        any of them
}

private rule webshell__request_input
{
    strings:
        $q1 = "$_POST" ascii
        $q2 = "$_GET" ascii
        $q3 = "$_REQUEST" ascii
        $q4 = "$_COOKIE" ascii
        $q5 = "HTTP_POST_VARS" ascii
        $q6 = "HTTP_GET_VARS" ascii
        $q7 = "$_FILES" ascii
    condition:
        any of them
}

rule webshell_php_eval_request : webshell
{
    meta:
        description = "PHP code evaluation fed directly from HTTP request data"
        severity = "critical"
        technique = "eval/assert of $_GET/$_POST/$_REQUEST/$_COOKIE/$_SERVER (one-line backdoor)"
        seen = "pre"
    strings:
        $e1 = /\beval\s{0,8}\(\s{0,8}(stripslashes|base64_decode|urldecode|rawurldecode|gzinflate|str_rot13|trim|html_entity_decode|hex2bin|strrev)?\s{0,8}\(?\s{0,8}\$_(GET|POST|REQUEST|COOKIE|SERVER\s{0,4}\[\s{0,4}['"]HTTP_)/
        $e2 = /\bassert\s{0,8}\(\s{0,8}(stripslashes|base64_decode|urldecode|rawurldecode|gzinflate|str_rot13|trim|html_entity_decode|hex2bin|strrev)?\s{0,8}\(?\s{0,8}\$_(GET|POST|REQUEST|COOKIE|SERVER\s{0,4}\[\s{0,4}['"]HTTP_)/
        $e3 = /\beval\s{0,8}\(\s{0,8}\$\{\s{0,4}['"]_(GET|POST|REQUEST|COOKIE)/
        $e4 = /\beval\s{0,8}\(\s{0,8}getenv\s{0,4}\(\s{0,4}['"]HTTP_/
        $e5 = /\beval\s{0,8}\(\s{0,8}file_get_contents\s{0,4}\(\s{0,4}['"]php:\/\/input/
    condition:
        webshell__php_source and any of them
}

rule webshell_php_exec_request : webshell
{
    meta:
        description = "OS command execution fed directly from HTTP request data"
        severity = "critical"
        technique = "system/exec/passthru/shell_exec/popen/proc_open/backticks of request data"
        seen = "pre"
    strings:
        $x1 = /\b(system|passthru|shell_exec|popen|proc_open|pcntl_exec)\s{0,8}\(\s{0,8}(stripslashes|base64_decode|urldecode|rawurldecode|trim|escapeshellcmd)?\s{0,4}\(?\s{0,4}(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE|\$_SERVER\s{0,4}\[\s{0,4}['"]HTTP_)/
        $x2 = /[^_a-zA-Z>:]exec\s{0,8}\(\s{0,8}(stripslashes|base64_decode|urldecode|rawurldecode|trim)?\s{0,4}\(?\s{0,4}\$_(GET|POST|REQUEST|COOKIE|SERVER\s{0,4}\[\s{0,4}['"]HTTP_)/
        $x5 = /\b(system|passthru|shell_exec|popen|proc_open|exec)\s{0,8}\(\s{0,8}["'][^"'\n]{0,40}["']\s{0,4}\.\s{0,4}(\$_FILES|\$_POST|\$_GET|\$_REQUEST|\$_COOKIE)\s{0,4}\[/
        $x4 = /\b(system|passthru|shell_exec|popen|exec)\s{0,8}\(\s{0,8}getenv\s{0,4}\(\s{0,4}['"]HTTP_/
        $x3 = /(=|echo|print|\()\s{0,4}`\s{0,4}(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s{0,4}\[[^\]]{1,40}\]\s{0,4}`/
    condition:
        webshell__php_source and any of them
}

rule webshell_php_variable_function_request : webshell
{
    meta:
        description = "Function name and/or argument taken from request data and called"
        severity = "critical"
        technique = "variable function call: $_GET['f']($_GET['a']) / array_map / call_user_func of request data"
        seen = "pre"
    strings:
        $v1 = /(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s{0,4}\[\s{0,4}['"]?[\w-]{1,40}['"]?\s{0,4}\]\s{0,4}\((\s{0,8}(base64_decode\s{0,4}\(\s{0,4})?(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE|\$_SERVER)|\s{0,4}['"])/
        $v3 = /call_user_func(_array)?\s{0,8}\(\s{0,8}(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)/
        $v4 = /array_map\s{0,8}\(\s{0,8}(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s{0,4}\[/
        $v5 = /register_shutdown_function\s{0,8}\(\s{0,8}(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)/
        /* `new $_GET['module']($_GET['scope'])` constructs an object of a class the
           request names (an application's module loader, checked against its list):
           not a function call. Each such match is one $v1 match too. */
        $n1 = /\bnew\s{1,4}(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s{0,4}\[\s{0,4}['"]?[\w-]{1,40}['"]?\s{0,4}\]\s{0,4}\((\s{0,8}(base64_decode\s{0,4}\(\s{0,4})?(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE|\$_SERVER)|\s{0,4}['"])/
    condition:
        webshell__php_source and (#v1 > #n1 or any of ($v3, $v4, $v5))
}

rule webshell_php_variable_callee_request : webshell
{
    meta:
        description = "A function called through a variable with request data as its argument"
        severity = "high"
        technique = "$f = 'as'.'sert'; $f($_POST['x']) (the callee hidden, the argument straight from the request)"
        seen = "none"
    strings:
        $v = /[^\w>:$\\]\$\{?\w{1,20}\}?\s{0,2}\(\s{0,2}@?\s{0,2}(base64_decode\s{0,2}\(\s{0,2}|stripslashes\s{0,2}\(\s{0,2}|trim\s{0,2}\(\s{0,2}|str_rot13\s{0,2}\(\s{0,2}|gzinflate\s{0,2}\(\s{0,2})?\$_(POST|GET|REQUEST|COOKIE)\s{0,2}\[/
    condition:
        webshell__php_source and $v
}

rule webshell_php_xor_request_eval : webshell
{
    meta:
        description = "Request data decrypted with a key (XOR loop) and evaluated or kept in the session for evaluation"
        severity = "high"
        technique = "encrypted-channel shells (Godzilla/Behinder style): base64 + XOR of $_POST with a fixed key, then eval"
        seen = "none"
    strings:
        /* an array element XORed with another: $D[$i]^$K[$i+1&15] */
        $x1 = "]^$" ascii
        $x2 = "] ^ $" ascii
        $x3 = /openssl_decrypt\s{0,4}\(/
        $e1 = /\b(eval|assert)\s{0,4}\(\s{0,4}@?\s{0,2}\$/
        $e2 = /create_function\s{0,4}\(/
        $e3 = /\$_SESSION\s{0,4}\[[^\]\n]{1,40}\]\s{0,4}=\s{0,4}\$/
        $i1 = "$_POST" ascii
        $i2 = "$_COOKIE" ascii
        $i3 = "php://input" ascii
        $i4 = "$_REQUEST" ascii
        $d = "base64_decode" ascii
    condition:
        filesize < 30KB and webshell__php_source and any of ($x*) and any of ($e1, $e2) and any of ($i*) and
        ($d or $e3 or $i3)
}

rule webshell_php_input_body_eval : webshell
{
    meta:
        description = "Script reading the raw request body and evaluating a variable"
        severity = "high"
        technique = "php://input read into a variable, then eval/assert/create_function of it (body-borne one-word shell)"
        seen = "none"
    strings:
        $i = /file_get_contents\s{0,4}\(\s{0,4}['"]php:\/\/input['"]/
        $e1 = /\b(eval|assert)\s{0,4}\(\s{0,4}@?\s{0,2}(base64_decode\s{0,4}\(\s{0,4}|gzinflate\s{0,4}\(\s{0,4}|str_rot13\s{0,4}\(\s{0,4})?\$/
        $e2 = /create_function\s{0,4}\(\s{0,4}['"]{2}\s{0,4},\s{0,4}\$/
    condition:
        filesize < 200KB and webshell__php_source and $i and any of ($e*)
}

rule webshell_php_small_eval_input : webshell
{
    meta:
        description = "Small script that reads request data and evaluates a variable"
        severity = "medium"
        technique = "one-word shell: request value moved through variables, then eval($x)/assert($x)"
        seen = "none"
    strings:
        $e1 = /[^\w>:$]eval\s{0,4}\(\s{0,4}@?\s{0,2}\$/
        $e2 = /[^\w>:$]assert\s{0,4}\(\s{0,4}@?\s{0,2}\$/
        $e3 = /create_function\s{0,4}\(\s{0,4}['"][^'"]{0,20}['"]\s{0,4},\s{0,4}\$/
    condition:
        filesize < 4KB and webshell__php_source and webshell__request_input and any of them
}

rule webshell_php_named_array_call : webshell
{
    meta:
        description = "Call through an array element named like a command or function (cmd, func, exec)"
        severity = "medium"
        technique = "$p['func']($p['arg']) dispatch of a request-shaped array"
        seen = "pre"
    strings:
        $v7 = /\$\w{1,20}\s{0,2}\[\s{0,2}('cmd['"]|"cmd['"]|'func['"]|"func['"]|'function['"]|"function['"]|'fn'|'fn"|"fn'|"fn"|'call['"]|"call['"]|'exec['"]|"exec['"])\s{0,2}\]\s{0,2}\(\s{0,4}\$/
    condition:
        webshell__php_source and $v7
}

rule webshell_php_preg_replace_e : webshell
{
    meta:
        description = "preg_replace with the /e (eval) modifier on request or encoded data"
        severity = "high"
        technique = "preg_replace /e code execution"
        seen = "pre"
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
        webshell__php_source and ($p2 or ($p1 and any of ($r*)))
}

rule webshell_php_create_function_payload : webshell
{
    meta:
        description = "create_function building code from request data or encoded payload"
        severity = "high"
        technique = "create_function anonymous-function eval"
        seen = "pre"
    strings:
        $c1 = /create_function\s{0,8}\(\s{0,8}['"]{2}\s{0,8},\s{0,8}(\$_(GET|POST|REQUEST|COOKIE)|base64_decode|gzinflate|gzuncompress|str_rot13|strrev|\$\w{1,20}\s{0,4}\()/
        $c2 = /create_function\s{0,8}\([^;]{0,120}\$_(GET|POST|REQUEST|COOKIE)/
    condition:
        webshell__php_source and any of them
}

/* Known tools: their own functions and dispatch, called or defined in code
 * (a name followed by "("), so a scanner's signature list or a security
 * plugin's readme that merely names them stays below. */
rule webshell_filesman_wso : webshell
{
    meta:
        description = "FilesMan / WSO web shell code (its own functions and action dispatch)"
        severity = "critical"
        technique = "WSO/FilesMan file manager shell"
        seen = "none"
    strings:
        $f1 = /\bwso[A-Z][A-Za-z]{1,20}\s{0,4}\(/
        $f2 = /\baction(FilesMan|Console|SecInfo|Php|Sql|Network|RC|SelfRemove|Bruteforce|FilesTools|StringTools|SafeMode|Logout|Infect|Domains)\s{0,4}\(/
        $d1 = /\$default_action\s{0,4}=\s{0,4}['"]FilesMan/
        $d2 = /['"]action['"]\s{0,4}\.\s{0,4}\$_(POST|GET|REQUEST)\s{0,4}\[/
        $d3 = /\$_(POST|REQUEST)\s{0,4}\[\s{0,4}['"]p1['"]\s{0,4}\]/
    condition:
        webshell__php_source and (#f1 + #f2 >= 3 or (any of ($f*) and any of ($d*)) or ($d1 and ($d2 or $d3)))
}

rule webshell_c99_r57_family : webshell
{
    meta:
        description = "c99 / r57 / ctt / Locus7 style PHP shell: its own functions, or its banner with shell capability"
        severity = "critical"
        technique = "c99/r57-style shell UI"
        seen = "none"
    strings:
        $s1 = /\bc99(sh)?_?[a-z]{2,30}\s{0,4}\(/
        $s2 = /\$c99sh_[a-z]{2,30}/
        $s3 = /\br57_[a-z_]{2,30}\s{0,4}\(/
        $b1 = "c99shell" ascii nocase
        $b2 = "r57shell" ascii nocase
        $b3 = "Locus7s" ascii nocase
        $b4 = "ctshell" ascii nocase
        $b5 = "ctt_sh" ascii nocase
        $b6 = "NetworkFileManagerPHP" ascii nocase
        $b7 = "r57_table" ascii
    condition:
        webshell__php_source and
        (#s1 + #s2 + #s3 >= 3 or (any of ($b*) and (any of ($s*) or webshell__dynamic_exec) and webshell__request_input))
}

rule webshell_b374k : webshell
{
    meta:
        description = "b374k-style PHP shell (its config globals and packed modules)"
        severity = "critical"
        technique = "b374k shell (packed single-file manager)"
        seen = "pre"
    strings:
        $b1 = "b374k" ascii nocase
        $b2 = "$GLOBALS['pass']" ascii
        $b3 = "$GLOBALS['module']" ascii
        $b4 = "$GLOBALS['resources']" ascii
        $b5 = "b374k_config" ascii
    condition:
        webshell__php_source and (2 of ($b2, $b3, $b4) or (($b1 or $b5) and (any of ($b2, $b3, $b4) or webshell__dynamic_exec)))
}

rule webshell_tool_banner : webshell
{
    meta:
        description = "Names a widely circulated PHP web shell or its UI banner (names only: scanners and docs name them too)"
        severity = "low"
        technique = "known shell names and banners (FilesMan, c99shell, r57shell, b374k, PHPShell, Mini Shell, Ani Shell...)"
        seen = "pre"
    strings:
        $n1 = "FilesMan" ascii
        $n2 = "wsoSecParam" ascii
        $n3 = "c99shell" ascii nocase
        $n4 = "r57shell" ascii nocase
        $n5 = "b374k" ascii nocase
        $n6 = "phpRemoteView" ascii nocase
        $n7 = "Mini Shell" ascii nocase
        $n8 = "Ani Shell" ascii nocase
        $n9 = "Webcommander" ascii nocase
        $n10 = "KingDefacer" ascii nocase
        $n11 = "Locus7s" ascii nocase
        $n12 = "PHPShell" ascii
        $n13 = "Safe mode bypass" ascii nocase
        $n14 = "Configuration File Killer" ascii nocase
        $n15 = "milw0rm" ascii nocase
        $n16 = "priv8" ascii nocase
        $n17 = "Defaced by" ascii nocase
        $n18 = "Hacked by" ascii nocase
        $n19 = "sh3ll" ascii nocase
        $n20 = "b4ckd00r" ascii nocase
    condition:
        filesize < 3MB and webshell__php_source and any of them
}

/* The features a web shell bundles, by group; real admin pages have one or
 * two of them, a shell has command execution of a variable, host recon and
 * at least one more. */
rule webshell_php_toolkit_features : webshell
{
    meta:
        description = "PHP page bundling command execution of a variable with host reconnaissance and file manager, upload, database or back-connect features"
        severity = "high"
        technique = "generic web shell feature set (exec + recon + file manager/upload/db dump/back connect)"
        seen = "none"
    strings:
        /* recon */
        $r1 = "php_uname" ascii
        $r2 = "posix_getpwuid" ascii
        $r3 = "disable_functions" ascii
        $r4 = "safe_mode" ascii nocase
        $r5 = "open_basedir" ascii
        $r6 = "/etc/passwd" ascii
        $r7 = "uname -a" ascii
        $r8 = "getmyuid" ascii
        $r9 = "get_current_user" ascii
        $r10 = "disk_free_space" ascii
        $r11 = "/proc/cpuinfo" ascii
        $r12 = "whoami" ascii
        $r13 = "posix_getgrgid" ascii
        $r14 = "netstat" ascii
        /* file manager */
        $m1 = "opendir(" ascii
        $m10 = "scandir(" ascii
        $m2 = "fileperms" ascii
        $m3 = "unlink(" ascii
        $m4 = "rmdir(" ascii
        $m5 = "rename(" ascii
        $m6 = "chmod(" ascii
        $m7 = "touch(" ascii
        $m8 = "is_writable" ascii
        $m9 = "fileowner(" ascii
        $m11 = "filegroup(" ascii
        /* upload */
        $u1 = "move_uploaded_file" ascii
        $u2 = /copy\s{0,4}\(\s{0,4}\$(_FILES|HTTP_POST_FILES)/
        /* database */
        $d1 = "mysql_connect(" ascii
        $d5 = "mysqli_connect(" ascii
        $d6 = "mysql_query(" ascii
        $d7 = "mysqli_query(" ascii
        $d8 = "pg_connect(" ascii
        $d2 = "SHOW TABLES" ascii nocase
        $d3 = "SHOW DATABASES" ascii nocase
        $d4 = "mysqldump" ascii
        /* back connect / bind */
        $n1 = "fsockopen(" ascii
        $n4 = "socket_create(" ascii
        $n5 = "stream_socket_client(" ascii
        $n6 = "stream_socket_server(" ascii
        $n2 = "/bin/sh" ascii
        $n3 = /back[ -]?connect|bind[ -]?port/ nocase
    condition:
        filesize < 3MB and webshell__php_source and webshell__request_input and webshell__dynamic_exec and
        3 of ($r*) and
        (5 of ($m*) or any of ($u*) or (any of ($d1, $d5, $d6, $d7, $d8) and any of ($d2, $d3, $d4)) or
         (any of ($n1, $n4, $n5, $n6) and any of ($n2, $n3)))
}

rule webshell_php_upload_exec_manager : webshell
{
    meta:
        description = "Small PHP page offering both arbitrary upload and command execution"
        severity = "high"
        technique = "uploader + command runner"
        seen = "pre"
    strings:
        $up = "move_uploaded_file" ascii
        $cp = "copy($_FILES" ascii
        $f1 = "<form" ascii nocase
        $f2 = "type=\"file\"" ascii nocase
        $f3 = "type=file" ascii nocase
        $f4 = "type='file'" ascii nocase
        $cmd1 = /\$_(GET|POST|REQUEST)\s{0,4}\[\s{0,4}['"](cmd|command|exec|execute|c|shell)['"]/
    condition:
        filesize < 200KB and webshell__php_source and ($up or $cp) and webshell__dynamic_exec and
        $f1 and any of ($f2, $f3, $f4) and $cmd1
}

rule webshell_php_password_gate_eval : webshell
{
    meta:
        description = "Hashed password gate guarding dynamic code execution"
        severity = "high"
        technique = "md5/sha1 password check on request data followed by eval/exec"
        seen = "pre"
    strings:
        $g = /(md5|sha1)\s{0,4}\(\s{0,4}\$_(GET|POST|REQUEST|COOKIE|SERVER)\s{0,4}\[[^\]]{1,40}\]\s{0,4}\)\s{0,4}(===?|!==?)\s{0,4}['"][0-9a-f]{32,40}['"]/
        $e1 = "eval(" ascii
        $e2 = "assert(" ascii
        $e3 = "system(" ascii
        $e4 = "passthru(" ascii
        $e5 = "shell_exec(" ascii
        $e6 = "create_function" ascii
    condition:
        webshell__php_source and $g and any of ($e*)
}

rule webshell_php_include_request : webshell
{
    meta:
        description = "include/require of a path or URL taken from request data"
        severity = "high"
        technique = "remote/local file inclusion backdoor"
        seen = "pre"
    strings:
        $i1 = /\b(include|require)(_once)?\s{0,4}\(?\s{0,4}(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s{0,4}\[/
        $i2 = /\b(include|require)(_once)?\s{0,4}\(?\s{0,4}base64_decode\s{0,4}\(\s{0,4}\$_(GET|POST|REQUEST|COOKIE)/
    condition:
        webshell__php_source and any of them
}

rule webshell_php_write_request_to_file : webshell
{
    meta:
        description = "Request data written verbatim into a PHP file (dropper)"
        severity = "high"
        technique = "file_put_contents/fwrite of request data to .php"
        seen = "pre"
    strings:
        $w1 = /file_put_contents\s{0,4}\(\s{0,4}\$_(GET|POST|REQUEST|COOKIE)\s{0,4}\[[^\]]{1,40}\]\s{0,4},\s{0,4}(base64_decode\s{0,4}\(\s{0,4})?\$_(GET|POST|REQUEST|COOKIE)/
        $w2 = /file_put_contents\s{0,4}\(\s{0,4}['"][^'"\n]{1,80}\.php['"]\s{0,4},\s{0,4}(base64_decode\s{0,4}\(\s{0,4}|gzinflate\s{0,4}\(\s{0,4})?(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)/
        $w3 = /fwrite\s{0,4}\(\s{0,4}fopen\s{0,4}\(\s{0,4}\$_(GET|POST|REQUEST|COOKIE)/
    condition:
        webshell__php_source and any of them
}

rule webshell_php_cmd_form_exec : webshell
{
    meta:
        description = "Page with a command input field whose request value is passed straight to a command-execution function"
        severity = "critical"
        technique = "minimal command shell: <input name=cmd> + system($_POST['cmd'])"
        seen = "pre"
    strings:
        /* n[a]me: the class keeps YARA from taking the common "name" as search atom */
        $f1 = /n[a]me\s{0,2}=\s{0,2}["']?-?(cmd|command|komut|cmmd|execute|exec|shell)["'\s>\/]/ nocase
        $x1 = /\b(system|passthru|shell_exec|popen|proc_open|exec)\s{0,4}\(\s{0,4}(stripslashes\s{0,4}\(\s{0,4})?\$(_POST|_GET|_REQUEST|HTTP_POST_VARS|HTTP_GET_VARS)\b/ nocase
        $x2 = /\$function\s{0,4}\(\s{0,4}\$_(POST|GET|REQUEST)/
    condition:
        filesize < 3MB and webshell__php_source and $f1 and any of ($x*)
}

rule webshell_php_cmd_form_exec_var : webshell
{
    meta:
        description = "Page with a command input field and a command-execution call on a command-named variable"
        severity = "medium"
        technique = "minimal command shell: <input name=cmd> + system($cmd)"
        seen = "pre"
    strings:
        $f1 = /n[a]me\s{0,2}=\s{0,2}["']?-?(cmd|command|komut|cmmd|execute|exec|shell)["'\s>\/]/ nocase
        $x1 = /\b(system|passthru|shell_exec|popen|proc_open|exec)\s{0,4}\(\s{0,4}(stripslashes\s{0,4}\(\s{0,4})?\$(cmd|command|komut|cmmd|execute|exec|formcmd|curcmd|cmd_\w{1,10})\s{0,4}(\)|,|\.\s{0,4}["']\s{0,4}2\s{0,2}>)/ nocase
    condition:
        filesize < 3MB and webshell__php_source and $f1 and $x1 and webshell__request_input
}

rule webshell_php_shell_title_exec : webshell
{
    meta:
        description = "HTML page titled as a shell/backdoor that executes commands of a variable"
        severity = "medium"
        technique = "shell UI branding (<title>... Shell ...</title>) with exec/file functions"
        seen = "pre"
    strings:
        $t1 = /<title>[^<\n]{0,120}(shell|sh3ll|backdoor|hacked|hack3d|b4ckd00r|r00t|h4x|defacer)/ nocase
        $t2 = /(shell|sh3ll) v\d/ nocase
        $x6 = "readdir(" ascii
        $x7 = "fileperms(" ascii
        $x8 = "move_uploaded_file" ascii
        $x9 = "fsockopen" ascii
        $x10 = "posix_get" ascii
        $x11 = "php_uname" ascii
    condition:
        filesize < 3MB and webshell__php_source and any of ($t*) and webshell__dynamic_exec and any of ($x*)
}

rule webshell_php_callback_backdoor : webshell
{
    meta:
        description = "Callback-taking PHP function given a dangerous callable or a request-supplied callable"
        severity = "critical"
        technique = "callback backdoor (register_shutdown_function('assert'), array_diff_ukey(..., $_REQUEST[x]), ob_start(assert))"
        seen = "pre"
    strings:
        $c1 = /(register_shutdown_function|array_map|call_user_func(_array)?|ob_start|array_filter|usort|uasort|uksort|array_walk(_recursive)?|array_diff_ukey|array_intersect_ukey|iterator_apply|set_error_handler|set_exception_handler|preg_replace_callback)\s{0,4}\(\s{0,4}['"](assert|system|passthru|shell_exec|exec|eval|create_function|popen|proc_open)['"]/ nocase
        $c2 = /(array_diff_ukey|array_diff_uassoc|array_intersect_ukey|array_intersect_uassoc|array_udiff|uasort|uksort|usort|array_walk|array_filter|array_reduce|iterator_apply)\s{0,4}\([^;()]{0,200},\s{0,4}(\(string\)\s{0,4})?(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s{0,4}\[[^\]]{1,40}\]\s{0,4}\)/
        $c3 = /register_shutdown_function\s{0,4}\(\s{0,4}['"]assert['"]/
        $c4 = /(array_diff_ukey|array_diff_uassoc|array_intersect_ukey|array_intersect_uassoc|array_udiff_assoc|array_uintersect)\s{0,4}\([^;]{0,300},\s{0,4}(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s{0,4}\[[^\]]{1,40}\]\s{0,4}\)\s{0,4};/
    condition:
        webshell__php_source and any of them
}

rule webshell_php_upload_to_php_name : webshell
{
    meta:
        description = "Uploaded file stored under a fixed .php name"
        severity = "high"
        technique = "uploader dropping an executable script"
        seen = "pre"
    strings:
        $m1 = /(move_uploaded_file\s{0,4}\([^;]{1,120}|copy\s{0,4}\(\s{0,4}\$(_FILES|HTTP_POST_FILES|userfile|\w{0,10}file)[^;]{0,120}),\s{0,4}["'][^"'\n]{0,80}\.(php\d?|phtml|pht)["']\s{0,4}\)/ nocase
    condition:
        filesize < 500KB and webshell__php_source and $m1
}

rule webshell_php_tiny_uploader : webshell
{
    meta:
        description = "Very small page that stores an uploaded file under the client's own name, unchecked"
        severity = "medium"
        technique = "minimal uploader left behind after compromise (no type or extension check)"
        seen = "none"
    strings:
        $u1 = "move_uploaded_file" ascii
        $u2 = "copy($_FILES" ascii
        $u3 = "copy($HTTP_POST_FILES" ascii
        /* t[y]pe: the class keeps YARA from taking the common "type" as search atom */
        $f1 = /t[y]pe\s{0,2}=\s{0,2}["']?file/ nocase
        $f2 = "<form" ascii nocase
        $n1 = /\$(_FILES|HTTP_POST_FILES)\s{0,4}\[[^\]\n]{1,40}\]\s{0,4}\[\s{0,4}['"]name['"]\s{0,4}\]/
        /* what a real upload handler checks before it stores anything */
        $k1 = "finfo" ascii
        $k2 = "getimagesize" ascii
        $k3 = "pathinfo" ascii
        $k4 = "mime_content_type" ascii
        $k5 = "exif_imagetype" ascii
        $k6 = "in_array" ascii
        $k7 = "preg_match" ascii
        $k8 = /\[\s{0,4}['"]type['"]\s{0,4}\]/
        $k9 = "['size']" ascii
        $k10 = "random_bytes" ascii
        $k11 = "uniqid" ascii
    condition:
        filesize < 4KB and webshell__php_source and any of ($u*) and $f1 and $f2 and $n1 and not any of ($k*)
}

rule webshell_php_file_infector : webshell
{
    meta:
        description = "Script that injects PHP code into other writable files and restores their timestamps"
        severity = "high"
        technique = "mass file infector (prepend payload + touch() to hide)"
        seen = "pre"
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
        filesize < 1MB and webshell__php_source and 3 of ($a*) and any of ($d*)
}

rule webshell_php_create_function_variable : webshell
{
    meta:
        description = "create_function with a variable body in a script that reads request/cookie data into that variable"
        severity = "high"
        technique = "create_function('', $code) with $code from request/cookie"
        seen = "pre"
    strings:
        $c = /create_function\s{0,4}\(\s{0,4}['"]{2}\s{0,4},\s{0,4}\$\w{1,30}\s{0,4}\)/
        $q1 = /\$_(POST|COOKIE)\s{0,4}\[\s{0,4}['"][\w-]{1,20}['"]\s{0,4}\]\s{0,4}\)?\s{0,4}\?\s{0,4}\$_(POST|COOKIE)/
        $q2 = "setcookie" ascii
    condition:
        filesize < 1MB and webshell__php_source and $c and $q1 and $q2
}

rule webshell_php_ddos_flooder : webshell
{
    meta:
        description = "PHP flooder: request-supplied target and duration, UDP/TCP packets in a loop"
        severity = "high"
        technique = "PHP UDP/HTTP flood script"
        seen = "pre"
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
        filesize < 100KB and webshell__php_source and $s and $w and $t1 and 2 of ($l*) and (any of ($u*) or $l4)
}

rule webshell_php_cmd_param_exec : webshell
{
    meta:
        description = "Request parameter named like a command (cmd/command/exec) read close to a command-execution call on a variable"
        severity = "medium"
        technique = "command shell reading ?cmd= and running it via system/exec/passthru/proc_open"
        seen = "pre"
    strings:
        $k = /(\$_POST|\$_GET|\$_REQUEST|\$_COOKIE)\s{0,4}\[\s{0,4}['"](cmd|command|exec|execute|shell|run|cmd_\w{1,8}|komut)['"]\s{0,4}\]/ nocase
        $x1 = /\b(system|passthru|shell_exec|popen|proc_open)\s{0,4}\(\s{0,4}(escapeshellcmd\s{0,4}\(\s{0,4}|stripslashes\s{0,4}\(\s{0,4})?\$\w{1,30}\s{0,4}(\)|,|\.\s{0,4}["']\s{0,4}2\s{0,2}>)/ nocase
        $x2 = /[^_a-zA-Z>:$]exec\s{0,4}\(\s{0,4}(escapeshellcmd\s{0,4}\(\s{0,4}|stripslashes\s{0,4}\(\s{0,4})?\$\w{1,30}\s{0,4}(\)|,|\.\s{0,4}["']\s{0,4}2\s{0,2}>)/ nocase
    condition:
        filesize < 3MB and webshell__php_source and #k < 200 and
        for any i in (1..#k) : (
            for any j in (1..#x1) : (@x1[j] > @k[i] - 400 and @x1[j] < @k[i] + 400) or
            for any j in (1..#x2) : (@x2[j] > @k[i] - 400 and @x2[j] < @k[i] + 400))
}

rule webshell_php_include_image_or_escaped_path : webshell
{
    meta:
        description = "include/require of an image-named file or of a path written with hex escapes"
        severity = "high"
        technique = "loader: @include \"\x2fhome...favicon_x.ico\" (payload hidden in an icon/image)"
        seen = "pre"
    strings:
        $i1 = /(include|require)(_once)?\s{0,4}\(?\s{0,4}["'][^"'\n]{1,200}\.(ico|png|jpe?g|gif|bmp)["']/ nocase
        $i2 = /(include|require)(_once)?\s{0,4}\(?\s{0,4}"[^"\n]{0,6}\\x[0-9a-fA-F]{2}[^"\n]{0,6}\\x[0-9a-fA-F]{2}/
    condition:
        webshell__php_source and any of them
}

rule webshell_php_antiforensics_commands : webshell
{
    meta:
        description = "PHP that runs commands erasing logs or shell history (unset HISTFILE, rm/find -exec rm over log files, history -c) through a command function"
        severity = "medium"
        technique = "log and history wiper: a fixed list of destructive commands run with system/exec"
        seen = "for-just-we"
    strings:
        $h1 = "unset HISTFILE" ascii
        $h2 = "HISTFILE=/dev/null" ascii
        $h3 = "history -c" ascii
        $h4 = /rm\s{1,4}-(rf|fr|f)\s{1,4}[^\n'"]{0,40}(\.bash_history|\/var\/log|\/var\/adm|wtmp|lastlog|xferlog)/
        $h5 = /find\s{1,4}\/[^\n'"]{0,60}-exec\s{1,4}rm\b/
        $h6 = /(echo\s{0,4}['"]{0,2}\s{0,4}>|cat\s{1,4}\/dev\/null\s{0,4}>)\s{0,4}\/var\/log\//
        $x = /\b(system|exec|shell_exec|passthru|popen|proc_open)\s{0,4}\(/
    condition:
        filesize < 1MB and webshell__php_source and $x and 2 of ($h*)
}

/* The disable_functions bypass: LD_PRELOAD set from PHP to a shared object,
 * then a function that starts a program (mail() runs sendmail,
 * error_log() with type 1 and mb_send_mail() too, imap_mail, or a new
 * process of the image or ghostscript libraries), so the object's
 * constructor runs the attacker's command although system() and exec()
 * are disabled. An application never sets LD_PRELOAD in its own process. */
rule webshell_php_ld_preload_bypass : webshell
{
    meta:
        description = "PHP that sets LD_PRELOAD with putenv() and then starts a program (mail, error_log, mb_send_mail, imap_mail, Imagick, gnupg): the disable_functions bypass"
        severity = "high"
        technique = "putenv('LD_PRELOAD=/tmp/x.so') + mail('a','b','c') runs x.so's constructor"
        seen = "none"
    strings:
        $p = /putenv\s{0,4}\(\s{0,4}[^)]{0,80}LD_PRELOAD/ nocase
        $t1 = /\bmail\s{0,4}\(/
        $t2 = /\berror_log\s{0,4}\([^;]{0,200},\s{0,4}1\s{0,4},/
        $t3 = /\bmb_send_mail\s{0,4}\(/
        $t4 = /\bimap_mail\s{0,4}\(/
        $t5 = /new\s{1,4}\\?(Imagick|gnupg)\b/ nocase
    condition:
        filesize < 1MB and webshell__php_source and $p and any of ($t*)
}

/* The defacer's notifier: a page that reports sites it defaced to a
 * defacement archive (Zone-H and its successors take the defacer's name,
 * the site's URL and how it was hacked), one by one or from a list. The
 * archive's own fields (defacer, hackmode, reason, domain) with an HTTP
 * POST give the tool away; a security blog that links to an archive posts
 * nothing. */
rule webshell_php_deface_notifier : webshell
{
    meta:
        description = "PHP that posts sites to a defacement archive (notifier: the defacer's name, the site, the hack mode or reason)"
        severity = "high"
        technique = "mass defacement mirror notifier (zone-h style notify form posted with curl or a stream)"
        seen = "none"
    strings:
        $arch1 = /zone-h\.(org|com|net)\/notify/ nocase
        $arch2 = /\/notify\/(single|mass)\b/ nocase
        $d = /['"]?\bdefacer\b['"]?\s{0,4}(=>|=|:|,)/ nocase
        $f1 = /['"]?\bhackmode\b['"]?\s{0,4}(=>|=|:|,)/ nocase
        $f2 = /['"]?\breason\b['"]?\s{0,4}(=>|=|:|,)/ nocase
        $f3 = /['"]?\bdomain[s12]?\b['"]?\s{0,4}(=>|=|:|,)/ nocase
        $f4 = /['"]?\b(url|site|target)s?\b['"]?\s{0,4}(=>|=|:)/ nocase
        $p1 = "CURLOPT_POSTFIELDS" ascii
        $p2 = "http_build_query" ascii
        $p3 = "stream_context_create" ascii
        $p4 = "fsockopen" ascii
        $p5 = /Content-Type:\s{0,2}application\/x-www-form-urlencoded/ nocase
    condition:
        filesize < 1MB and webshell__php_source and $d and any of ($p*) and
        (any of ($arch*) or 2 of ($f*))
}

/* Escaping open_basedir, the wall a shared host puts around each site:
 * open_basedir loosened to a relative '..' and the working directory
 * walked up with chdir('..') until '/' is inside it; the glob:// wrapper,
 * which lists directories outside it; a chain of symlinks through a deep
 * directory that resolves to a file outside. An application sets
 * open_basedir, if ever, to its own directories. */
rule webshell_php_open_basedir_bypass : webshell
{
    meta:
        description = "PHP that escapes open_basedir: loosened to '..' then chdir('..') up to '/', a glob:// directory listing, or a symlink chain out of the site"
        severity = "high"
        technique = "open_basedir bypass (ini_set + chdir walk, glob:// listing, symlink traversal)"
        seen = "none"
    strings:
        $ini = /ini_set\s{0,4}\(\s{0,4}['"]open_basedir['"]\s{0,4},\s{0,4}['"]\.\.['"]/ nocase
        $up = /chdir\s{0,4}\(\s{0,4}['"]\.\.['"]\s{0,4}\)/
        $glob1 = /new\s{1,4}\\?(DirectoryIterator|FilesystemIterator|GlobIterator)\s{0,4}\(\s{0,4}['"]glob:\/\//
        $glob2 = /\b(opendir|scandir)\s{0,4}\(\s{0,4}['"]glob:\/\//
        $sym = /symlink\s{0,4}\([^;]{0,200}(\.\.\/){4}/
        $mk = /\b(mkdir|chdir)\s{0,4}\(/
    condition:
        filesize < 1MB and webshell__php_source and
        (($ini and $up) or any of ($glob*) or (#sym >= 1 and #mk >= 2))
}

/* train6: a web SQL client: the connection's host, user and password and
 * the statement run all come from the request (or a session the request
 * filled), with no login of the application in front: a shell's database
 * page, the attacker's way into every database the harvested passwords
 * open. A DB admin tool checks its own login first (password_verify, a
 * session user, a capability) and is far larger. */
rule webshell_php_request_sql_client : webshell
{
    meta:
        description = "PHP web SQL client: connection host, user, password and the query all from the request, no login"
        severity = "high"
        technique = "new mysqli/mysqli_connect/new PDO/pg_connect with request credentials + query/exec of a request field"
        seen = "train6"
    strings:
        $c1 = /\bnew\s{1,4}\\?(mysqli|PDO)\s{0,2}\(/ nocase
        $c2 = /\b(mysqli_connect|mysql_connect|pg_connect|mysqli_real_connect)\s{0,2}\(/ nocase
        $q1 = /(->|\b(mysqli|mysql|pg)_)(query|exec|multi_query|real_query)\s{0,2}\((\s{0,2}\$\w{1,20}\s{0,2},)?\s{0,2}\$_(POST|GET|REQUEST|COOKIE)\s{0,2}\[/ nocase
        $h = /\$_(POST|GET|REQUEST|COOKIE)\s{0,2}\[\s{0,2}['"](h|host|hostname|server|srv|dbhost|db_host|dbserver)['"]/ nocase
        $p = /\$_(POST|GET|REQUEST|COOKIE)\s{0,2}\[\s{0,2}['"](p|pw|pwd|pass|passwd|password|dbpass|db_pass)['"]/ nocase
        $a1 = "password_verify" ascii
        $a2 = "current_user_can" ascii
        $a3 = /\$_SESSION\s{0,2}\[\s{0,2}['"](user|user_id|uid|auth|logged_in|logged|admin|login)['"]/ nocase
        $a4 = /\b(Auth|auth)\s{0,2}(::|\(|->)/
    condition:
        filesize < 64KB and webshell__php_source and any of ($c*) and $q1 and $h and $p and
        not any of ($a*)
}

/* train6: other accounts' site configurations read: a glob over every
 * account's (or every site's) docroot for a wp-config.php, configuration.php,
 * .env...: the config grabber of a shared-host shell. A backup script reads
 * its own site's file by a fixed path. */
rule webshell_php_cross_account_config_harvest : webshell
{
    meta:
        description = "PHP reading other accounts' site configs: glob('/home/*/public_html/wp-config.php') and the like"
        severity = "high"
        technique = "glob or a /etc/passwd walk over /home/*/public_html (www, htdocs, httpdocs) for wp-config.php, configuration.php, .env, settings.php, env.php"
        seen = "train6"
    strings:
        $g1 = /\bglob\s{0,2}\(\s{0,2}['"][^'"\n]{0,60}\/\*\/(public_html|www|htdocs|httpdocs|web|html)\/[^'"\n]{0,40}(wp-config|configuration|settings|config|env|LocalSettings)\.php['"]/ nocase
        $g2 = /\bglob\s{0,2}\(\s{0,2}['"][^'"\n]{0,60}\/\*\/(public_html|www|htdocs|httpdocs|web|html)\/[^'"\n]{0,40}\.env['"]/ nocase
        $e1 = "/etc/passwd" ascii
        $e2 = /['"]\/home\/['"]?\s{0,2}\.\s{0,2}\$\w{1,20}(\[[^\]]{1,20}\])?\s{0,2}\.\s{0,2}['"]\/(public_html|www|htdocs|httpdocs)\/(wp-config|configuration)\.php['"]/ nocase
        // the server's own command-line tools (a root backup that dumps every
        // site's database) walk the same paths: a shebang or a CLI guard
        $sb = "#!" ascii
        $cli = /\b(php_sapi_name\s{0,2}\(\s{0,2}\)|PHP_SAPI)\s{0,2}(!==?|===?)\s{0,2}['"]cli['"]/
    condition:
        filesize < 1MB and webshell__php_source and (any of ($g*) or ($e1 and $e2)) and
        not $sb at 0 and not $cli
}
