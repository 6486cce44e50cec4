/*
 * hostsweep — obfuscation rules (PHP packers and encoders used to hide payloads).
 *
 * Obfuscation is suspicious, not proof: commercial plugins are packed too.
 * These rules are medium at most unless what is hidden is itself input
 * reaching a sink (the hex-encoded $_POST + eval). The PHP layer decodes
 * the layers and reports what they hold. Severity and `seen` as in
 * webshell.yar (docs/rules.md).
 */
// Every rule here reads PHP source only (docs/rules.md, "Rule scope"):
// hostsweep: scope=php

private rule obfuscation__php_source
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

rule obfuscation_php_eval_decode_chain : obfuscation
{
    meta:
        description = "eval/assert of decoded data (base64/gzinflate/rot13/strrev/uudecode)"
        severity = "medium"
        seen = "pre"
        technique = "eval(gzinflate(base64_decode(...))) layered payload"
    strings:
        $e1 = /(^|[\s;{}@(!])eval\s{0,8}\(\s{0,8}(@\s{0,4})?(gzinflate|gzuncompress|gzdecode|base64_decode|str_rot13|strrev|convert_uudecode|hex2bin|rawurldecode|urldecode|pack)\s{0,8}\(/ nocase
        $e2 = /(^|[\s;{}@(!])assert\s{0,8}\(\s{0,8}(@\s{0,4})?(gzinflate|gzuncompress|gzdecode|base64_decode|str_rot13|strrev|convert_uudecode|hex2bin)\s{0,8}\(/ nocase
        $e3 = /(^|[\s;{}@(!])eval\s{0,8}\(\s{0,8}['"]\?>['"]\s{0,4}\.\s{0,4}(gzinflate|gzuncompress|base64_decode|str_rot13)/ nocase
    condition:
        obfuscation__php_source and (any of them)
}

rule obfuscation_php_eval_variable_call : obfuscation
{
    meta:
        description = "eval of the result of a variable-named function call"
        severity = "medium"
        seen = "pre"
        technique = "eval($f(...)) with the decoder name hidden in a variable"
    strings:
        $e1 = /\beval\s{0,8}\(\s{0,8}\$\{?[\w'"\[\]]{1,40}\}?\s{0,4}\(\s{0,4}(\$\{?[\w'"\[\]]{1,40}\}?\s{0,4}\(|['"][A-Za-z0-9+\/=]{40})/
        $e2 = /\beval\s{0,8}\(\s{0,8}\$[\w]{1,40}\s{0,4}\(\s{0,4}['"][A-Za-z0-9+\/=\r\n]{200}/
    condition:
        obfuscation__php_source and (any of them)
}

rule obfuscation_php_encoded_function_names : obfuscation
{
    meta:
        description = "Sensitive PHP function names written as hex/octal escapes or reversed"
        severity = "medium"
        seen = "pre"
        technique = "escaped/reversed function names (\\x62\\x61\\x73\\x65..., strrev('edoced_46esab'))"
    strings:
        /* base64_decode */
        $h1 = "\\x62\\x61\\x73\\x65\\x36\\x34" ascii nocase
        $h2 = "\\142\\141\\163\\145\\66\\64" ascii
        $h3 = "\\x62\\141\\x73\\145" ascii nocase
        $h4 = "\\142\\x61\\163\\x65" ascii nocase
        /* gzinflate */
        $h5 = "\\x67\\x7a\\x69\\x6e\\x66\\x6c" ascii nocase
        $h6 = "\\147\\172\\151\\156\\146\\154" ascii
        /* eval */
        $h7 = "\\x65\\x76\\x61\\x6c" ascii nocase
        $h8 = "\\145\\166\\141\\154" ascii
        /* str_rot13 */
        $h9 = "\\x73\\x74\\x72\\x5f\\x72\\x6f\\x74" ascii nocase
        /* assert */
        $h10 = "\\x61\\x73\\x73\\x65\\x72\\x74" ascii nocase
        /* create_function */
        $h11 = "\\x63\\x72\\x65\\x61\\x74\\x65\\x5f" ascii nocase
        /* reversed */
        $r1 = "edoced_46esab" ascii nocase
        $r2 = "etalfnizg" ascii nocase
        $r3 = "31tor_rts" ascii nocase
        $r4 = "noitcnuf_etaerc" ascii nocase
        $r5 = "ssapyb_ro_" ascii nocase
    condition:
        obfuscation__php_source and (any of them)
}

rule obfuscation_php_split_function_names : obfuscation
{
    meta:
        description = "Dangerous function names assembled by string concatenation"
        severity = "medium"
        seen = "pre"
        technique = "\"ba\".\"se64_de\".\"code\" / 'as'.'sert' string splitting"
    strings:
        /* a quoted fragment spelled out per quote pair gives YARA a 4-byte atom ('as' rather than as) */
        $s1 = /('ba'|'ba"|"ba'|"ba")\s{0,4}\.\s{0,4}['"]se/ nocase
        $s2 = /('bas'|'bas"|"bas'|"bas")\s{0,4}\.\s{0,4}['"]e6/ nocase
        $s3 = /['"]base['"]\s{0,4}\.\s{0,4}['"]64/ nocase
        $s4 = /['"]base64['"]\s{0,4}\.\s{0,4}['"]_d/ nocase
        $s5 = /('as'|'as"|"as'|"as")\s{0,4}\.\s{0,4}['"]se/ nocase
        $s6 = /('ass'|'ass"|"ass'|"ass")\s{0,4}\.\s{0,4}['"]ert/ nocase
        $s7 = /['"]e['"]\s{0,4}\.\s{0,4}('val'|'val"|"val'|"val")/ nocase
        $s8 = /('ev'|'ev"|"ev'|"ev")\s{0,4}\.\s{0,4}['"]al['"]/ nocase
        $s9 = /['"]gzin['"]\s{0,4}\.\s{0,4}['"]fl/ nocase
        $s10 = /['"]str_['"]\s{0,4}\.\s{0,4}['"]rot/ nocase
        $s11 = /['"]cre['"]\s{0,4}\.\s{0,4}['"]ate_/ nocase
        $s12 = /('sys'|'sys"|"sys'|"sys")\s{0,4}\.\s{0,4}['"]tem['"]/ nocase
        $s13 = /('shell_'|'shell_"|"shell_'|"shell_")\s{0,4}\.\s{0,4}['"]exec/ nocase
        $s14 = /('pass'|'pass"|"pass'|"pass")\s{0,4}\.\s{0,4}['"]thru['"]/ nocase
    condition:
        obfuscation__php_source and (any of them)
}

rule obfuscation_php_chr_chain : obfuscation
{
    meta:
        description = "Long chains of chr() concatenations building code"
        severity = "medium"
        seen = "pre"
        technique = "chr(101).chr(118).chr(97)... string building"
    strings:
        $c = /chr\s{0,2}\(\s{0,2}\d{2,3}\s{0,2}\)\s{0,2}\.\s{0,2}chr\s{0,2}\(\s{0,2}\d{2,3}\s{0,2}\)\s{0,2}\.\s{0,2}chr\s{0,2}\(\s{0,2}\d{2,3}\s{0,2}\)\s{0,2}\.\s{0,2}chr\s{0,2}\(/ nocase
        $e1 = "eval(" ascii nocase
        $e2 = "assert(" ascii nocase
        $e3 = "create_function" ascii nocase
    condition:
        obfuscation__php_source and (#c > 4 and any of ($e*))
}

rule obfuscation_php_long_encoded_payload : obfuscation
{
    meta:
        description = "Very long base64 blob passed straight to a decoder"
        severity = "medium"
        seen = "pre"
        technique = "large encoded payload (base64_decode/gzinflate of a long literal)"
    strings:
        $b1 = /base64_decode\s{0,4}\(\s{0,4}['"][A-Za-z0-9+\/]{2000}/
        $b2 = /(gzinflate|gzuncompress|str_rot13|strrev)\s{0,4}\(\s{0,4}['"][A-Za-z0-9+\/=]{1000}/
        $b3 = /(gzinflate|gzuncompress|gzdecode)\s{0,4}\(\s{0,4}base64_decode\s{0,4}\(/
        $b4 = /(gzinflate|gzuncompress|gzdecode)\s{0,4}\(\s{0,4}str_rot13\s{0,4}\(/
        $b5 = /str_rot13\s{0,4}\(\s{0,4}(gzinflate|base64_decode|strrev)\s{0,4}\(/
        /* embedded media (PNG, JPEG, GIF, WOFF, TrueType, SVG, WebP/RIFF) is data, not code */
        $img = /base64_decode\s{0,4}\(\s{0,4}['"](iVBORw0KGg|\/9j\/|R0lGOD|d09GR|AAEAAA|PHN2Zy|UklGR)/
    condition:
        obfuscation__php_source and ((#b1 > #img) or any of ($b2, $b3, $b4, $b5))
}

rule obfuscation_php_globals_array_indirection : obfuscation
{
    meta:
        description = "Code calling functions through obfuscated $GLOBALS / ${\"...\"} array lookups"
        severity = "medium"
        seen = "pre"
        technique = "$GLOBALS['_1234_'][12]( ... ) indirection used by PHP packers"
    strings:
        $g1 = /\$GLOBALS\s{0,2}\[\s{0,2}['"][_\w]{1,30}['"]\s{0,2}\]\s{0,2}\[\s{0,2}\d{1,4}\s{0,2}\]\s{0,2}\(/
        $g2 = /\$\{\s{0,2}["']\\x[0-9a-fA-F]{2}/
        $g3 = /\$\{\s{0,2}["']GLOBALS["']\s{0,2}\}\s{0,2}\[\s{0,2}["'][\w\\]{1,30}["']\s{0,2}\]\s{0,2}\(/
    condition:
        obfuscation__php_source and (#g1 > 5 or #g2 > 3 or #g3 > 3)
}

rule obfuscation_known_php_packers : obfuscation
{
    meta:
        description = "Marker of a free online PHP obfuscator commonly used to hide malware"
        severity = "medium"
        seen = "pre"
        technique = "FOPO / PHP-obfuscator marker with eval"
    strings:
        $m1 = "Obfuscation provided by FOPO" ascii nocase
        $m2 = "by Free Online PHP Obfuscator" ascii nocase
        $m3 = "PHP Obfuscator by" ascii nocase
        $m4 = "Cha88.cn" ascii nocase
        $m5 = "phpjiami" ascii nocase
        $e = "eval(" ascii nocase
    condition:
        obfuscation__php_source and (any of ($m*) and $e)
}

rule obfuscation_php_preg_replace_callback_decode : obfuscation
{
    meta:
        description = "Dynamic-code execution through decode functions in callbacks"
        severity = "medium"
        seen = "pre"
        technique = "array_map/call_user_func/usort with decoded callable names"
    strings:
        $a1 = /(call_user_func|array_map|array_filter|usort|uasort|register_shutdown_function)\s{0,4}\(\s{0,4}(base64_decode|str_rot13|strrev|gzinflate)\s{0,4}\(/
    condition:
        obfuscation__php_source and (any of them)
}

rule obfuscation_php_mixed_char_building : obfuscation
{
    meta:
        description = "Identifiers assembled from chr() calls mixed with short literals and hex escapes"
        severity = "medium"
        seen = "pre"
        technique = "chr(97).\"s\".chr(115).\"\\x72\" name building"
    strings:
        $m1 = /chr\s{0,2}\(\s{0,2}\d{2,3}\s{0,2}\)\s{0,2}\.\s{0,2}["'](\\x[0-9a-fA-F]{2}|[^"'\\\n]{1,3})["']\s{0,2}\.\s{0,2}(chr\s{0,2}\(|["'])/
        $m2 = /["']\\x[0-9a-fA-F]{2}["']\s{0,2}\.\s{0,2}chr\s{0,2}\(\s{0,2}\d{2,3}\s{0,2}\)/
    condition:
        obfuscation__php_source and (#m1 + #m2 > 5)
}

rule obfuscation_php_goto_spaghetti : obfuscation
{
    meta:
        description = "Control flow shredded with goto between random labels plus escaped strings"
        severity = "medium"
        seen = "pre"
        technique = "goto-obfuscation (label shuffling) used by PHP malware packers"
    strings:
        $g = /goto [A-Za-z_][A-Za-z0-9_]{4,7};/
        $e1 = /\$GLOBALS\s{0,2}\[\s{0,2}["']\\[x0-7]/
        /* a[r]ray: the one-letter class keeps YARA from taking the very common "array" as search atom */
        $e2 = /=\s{0,2}a[r]ray\s{0,2}\(\s{0,2}("\\x|"\\0|"\\1|"\\2|"\\3|"\\4|"\\5|"\\6|"\\7|'\\x|'\\0|'\\1|'\\2|'\\3|'\\4|'\\5|'\\6|'\\7)/
    condition:
        obfuscation__php_source and (#g > 8 and any of ($e*))
}

rule obfuscation_php_urlencoded_code : obfuscation
{
    meta:
        description = "URL-encoded PHP code kept in a string and decoded at run time"
        severity = "medium"
        seen = "pre"
        technique = "rawurldecode/urldecode of an encoded PHP payload"
    strings:
        $u1 = "%24GLOBALS%5B" ascii nocase
        $u2 = "%3Bglobal%20%24" ascii nocase
        $u3 = "eval%28" ascii nocase
        $u4 = "base64_decode%28" ascii nocase
        $u5 = "%24_POST%5B" ascii nocase
        $u6 = "%24_REQUEST%5B" ascii nocase
        $u7 = "%24_COOKIE%5B" ascii nocase
        $d1 = "urldecode(" ascii nocase
    condition:
        obfuscation__php_source and (filesize < 2MB and any of ($u*) and $d1)
}

rule obfuscation_php_strrev_names : obfuscation
{
    meta:
        description = "Function names reversed and restored with strrev at run time"
        severity = "medium"
        seen = "pre"
        technique = "strrev(\"edoced_46esab\") / split reversed names"
    strings:
        $s1 = /strrev\s{0,2}\(\s{0,2}["'](tressa|lave|metsys|urhtssap|cexe_llehs|nepop|edoced_46esab|etalfnizg)["']/ nocase
        $s2 = /["']st["']\s{0,2}\.(\/\*[^*]{0,10}\*\/)?\s{0,2}('rr'|"rr"|'rr"|"rr')\s{0,2}\.(\/\*[^*]{0,10}\*\/)?\s{0,2}["']ev["']/
        $s3 = /\$\w{1,20}\s{0,2}=\s{0,2}["']strrev["']\s{0,2};/
    condition:
        obfuscation__php_source and (any of them)
}

rule obfuscation_php_hex_encoded_code : obfuscation
{
    meta:
        description = "PHP source tokens hidden as hex digits (decoded with pack/hex2bin)"
        severity = "high"
        seen = "pre"
        technique = "hex-encoded PHP payload ('245F504F5354' = $_POST)"
    strings:
        $h1 = "245F504F5354" ascii nocase
        $h2 = "245F474554" ascii nocase
        $h3 = "245F52455155455354" ascii nocase
        $h4 = "6261736536345F6465636F6465" ascii nocase
        $h5 = "6576616C28" ascii nocase
        $h6 = "46696C65734D616E" ascii nocase
        $h7 = "2464656661756C745F616374696F6E" ascii nocase
        $h8 = "7368656C6C5F65786563" ascii nocase
        $h9 = "706173737468727528" ascii nocase
        $h10 = "245F434F4F4B4945" ascii nocase
        $p = "<?" ascii
    condition:
        obfuscation__php_source and ($p and 2 of ($h*))
}

rule obfuscation_php_non_alnum : obfuscation
{
    meta:
        description = "Non-alphanumeric PHP (code built only from $_, $__ and operators)"
        severity = "medium"
        seen = "pre"
        technique = "non-alphanumeric PHP obfuscation ($_[]=@!+_; $__=...)"
    strings:
        $a = "$__" ascii
        $b = "$_[" ascii
        $p = "<?" ascii
    condition:
        obfuscation__php_source and ($p and #a > 15 and #b > 8 and filesize < 200KB)
}

rule obfuscation_php_embedded_windows_program : obfuscation
{
    meta:
        description = "PHP source carrying a Windows program as a base64 literal (the DOS stub's 'This program cannot be run in DOS mode', in any of the three base64 alignments)"
        severity = "medium"
        technique = "dropper: an .exe (password dumper, remote shell, rootkit) kept in base64 inside the script and written out"
        seen = "for-just-we"
    strings:
        $a0 = "cyBwcm9ncmFtIGNh" ascii
        $b0 = "dCBiZSBydW4gaW4g" ascii
        $a1 = "aXMgcHJvZ3JhbSBj" ascii
        $b1 = "b3QgYmUgcnVuIGlu" ascii
        $a2 = "aGlzIHByb2dyYW0g" ascii
        $b2 = "bm90IGJlIHJ1biBp" ascii
        $mz = /["'\n]\s{0,8}TV[o-r][A-Za-z0-9+\/]{8}/
    condition:
        filesize < 8MB and obfuscation__php_source and $mz and any of ($a*, $b*)
}
