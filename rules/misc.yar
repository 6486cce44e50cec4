/*
 * hostsweep — type-mismatch and placement rules.
 * These depend on the scanner's external variables:
 *   extension (lowercase, no dot), filename, in_docroot, in_uploads
 *   (the path is under one of [scan] upload_dirs).
 * (They avoid `mime`: a rule that reads it makes the scanner type every
 * file with libmagic, the dearest step of the pipeline. They avoid
 * `filepath` too: a verdict that depends on the whole path cannot be
 * reused for the identical copy of a file in another account.)
 */

rule misc_php_in_image : type_mismatch
{
    meta:
        description = "PHP code inside a file named or typed as an image"
        severity = "high"
        technique = "PHP hidden in .jpg/.png/.gif/.ico (include()d from another script)"
        seen = "pre"
    strings:
        $p1 = "<?php" ascii nocase
        $p2 = /<\?=?\s{0,4}(eval|assert|system|passthru|@?(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)|\$\w{1,20}\s{0,2}=\s{0,2}(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE))/
    condition:
        (extension == "jpg" or extension == "jpeg" or extension == "png" or extension == "gif" or
         extension == "ico" or extension == "bmp" or extension == "webp" or extension == "tif" or
         extension == "tiff" or extension == "svg" or
         // the image signatures themselves (GIF, JPEG, PNG, ICO/CUR, BMP, TIFF, WebP):
         // the same test as libmagic's, without typing every file
         uint32(0) == 0x38464947 or (uint16(0) == 0xd8ff and uint8(2) == 0xff) or
         uint32(0) == 0x474e5089 or uint32(0) == 0x00010000 or uint32(0) == 0x00020000 or
         (uint16(0) == 0x4d42 and filesize >= 14) or uint32(0) == 0x002a4949 or
         uint32(0) == 0x2a004d4d or (uint32(0) == 0x46464952 and uint32(8) == 0x50424557))
        and any of them
}

rule misc_gif_header_php : type_mismatch
{
    meta:
        description = "GIF magic followed by PHP code (image-upload filter bypass)"
        severity = "high"
        technique = "GIF89a<?php polyglot"
        seen = "pre"
    strings:
        $php1 = "<?php" ascii nocase
        $php2 = "<?=" ascii
        $e1 = "eval(" ascii nocase
        $e2 = "$_GET" ascii
        $e3 = "$_POST" ascii
        $e4 = "$_REQUEST" ascii
        $e5 = "system(" ascii
        $e6 = "base64_decode" ascii
    condition:
        (uint32(0) == 0x38464947 or uint32(0) == 0x474e5089) and filesize < 2MB and
        ($php1 or ($php2 and any of ($e*)))
}

rule misc_php_in_text_file : type_mismatch
{
    meta:
        description = "Plain-text/data file that starts with PHP code (payload kept for include())"
        severity = "medium"
        technique = "PHP code stored in .txt/.log/.dat/.css/.js files"
        seen = "pre"
    strings:
        $open = /^\s{0,8}<\?php/ nocase
        $x1 = "eval(" ascii nocase
        $x2 = "$_GET" ascii
        $x3 = "$_POST" ascii
        $x4 = "$_REQUEST" ascii
        $x5 = "$_COOKIE" ascii
        $x6 = "base64_decode" ascii
        $x7 = "system(" ascii
        $x8 = "shell_exec" ascii
        $x9 = "passthru" ascii
        $x10 = "gzinflate" ascii
    condition:
        (extension == "txt" or extension == "log" or extension == "dat" or extension == "css" or
         extension == "js" or extension == "json" or extension == "xml" or extension == "pdf" or
         extension == "zip" or extension == "svg")
        and $open and any of ($x*)
}

/* PHP appended to a script or style sheet: `echo '<?php ...' >> jquery.min.js`, then the
 * file is include()d from a PHP file (an include runs the PHP blocks of any file, whatever
 * its name, and prints the rest). misc_php_in_text_file only sees a file that *starts* with
 * the tag. Front-end code quotes PHP too (highlighters, editors' samples, parser tests), so:
 * the tag opens a line; nothing after it closes a JavaScript template literal (a backtick
 * followed by `;` `)` `,` `+` `]` `}`), which is where a quoted sample with real newlines
 * sits (a '...' or "..." string cannot hold one, a JSDoc line starts with `*`); and what
 * follows the tag holds a sink (eval, assert, a command function, create_function) and
 * request input or a decoder. Limit: a payload that runs a command in PHP backticks
 * (`` `$c`; ``) looks like the end of a template literal and is not matched. */
rule misc_php_appended_to_asset : type_mismatch webshell
{
    meta:
        description = "A PHP block with a code or command sink appended to a JavaScript or CSS file"
        severity = "high"
        technique = "PHP payload appended to a static asset that a PHP file includes"
        seen = "none"
    strings:
        $tag = /\n[ \t]{0,8}<\?(php|=)?[ \t\r\n]/ nocase
        $sink = /\b(eval|assert|system|passthru|shell_exec|popen|proc_open|pcntl_exec|create_function)[ \t]{0,4}\(/ nocase
        $in1 = /\$_(POST|GET|REQUEST|COOKIE|FILES|SERVER)\b/
        $in2 = /\b(base64_decode|gzinflate|gzuncompress|str_rot13|hex2bin|php:\/\/input)\b/ nocase
        $bt1 = "`;"
        $bt2 = "`)"
        $bt3 = "`,"
        $bt4 = "`+"
        $bt5 = "`]"
        $bt6 = "`}"
    condition:
        (extension == "js" or extension == "mjs" or extension == "cjs" or extension == "css")
        and for any i in (1..#tag): (
            $sink in (@tag[i]..filesize) and
            ($in1 in (@tag[i]..filesize) or $in2 in (@tag[i]..filesize)) and
            not $bt1 in (@tag[i]..filesize) and not $bt2 in (@tag[i]..filesize) and
            not $bt3 in (@tag[i]..filesize) and not $bt4 in (@tag[i]..filesize) and
            not $bt5 in (@tag[i]..filesize) and not $bt6 in (@tag[i]..filesize))
}

rule misc_elf_in_docroot : type_mismatch
{
    meta:
        description = "ELF executable inside a web document root"
        severity = "medium"
        technique = "dropped binary (miner/bot/proxy) in docroot"
        seen = "pre"
    condition:
        in_docroot and uint32(0) == 0x464c457f
}

rule misc_php_in_uploads_dir : type_mismatch
{
    meta:
        description = "PHP script inside a CMS uploads/cache directory"
        severity = "medium"
        technique = "webshell dropped into wp-content/uploads or similar writable media directory"
        seen = "pre"
    strings:
        $php = "<?php" ascii nocase
    condition:
        in_uploads and $php and
        (extension startswith "php" or extension == "phtml" or extension == "phar")
}

rule misc_php_webuser_htaccess_handler : type_mismatch
{
    meta:
        description = ".htaccess mapping image/text extensions to the PHP handler"
        severity = "high"
        technique = "AddType/AddHandler/SetHandler making .jpg/.txt/.ico executable as PHP"
        seen = "pre"
    strings:
        $a1 = /AddType\s{1,8}application\/x-httpd-php[\w-]{0,8}\s[^\n]{0,60}\.(jpe?g|gif|png|ico|txt|bmp|log)/ nocase
        $a2 = /AddHandler\s{1,8}(php[\d]?-script|application\/x-httpd-php[\w-]{0,8}|x-httpd-php[\w-]{0,8})\s[^\n]{0,60}\.(jpe?g|gif|png|ico|txt|bmp|log)/ nocase
        $a3 = /<Files(Match)?\s[^>\n]{0,80}\.(jpe?g|gif|png|ico|txt)[^>\n]{0,40}>\s{0,8}SetHandler\s{1,4}application\/x-httpd-php/ nocase
    condition:
        (filename == ".htaccess" or filename == ".user.ini" or extension == "htaccess") and any of them
}
