#include "scan/php_analyze.h"
#include "scan/php_lex.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* File types that quote PHP rather than being run by it. A Markdown page
 * or a JavaScript file can mention `shell_exec(` or show `<?php` in an
 * example, a readme.txt or an SQL dump can quote a backdoor; a server does
 * not execute them. One that *starts* with the tag is read as PHP (and the
 * type-mismatch check flags a .txt that is PHP). The list is "text that
 * quotes code": documents (Markdown, MDX, AsciiDoc, reStructuredText,
 * gettext catalogues) and front-end sources (JS in every module flavour,
 * JSX/TSX, Vue and Svelte components, CoffeeScript, Sass/Less). */
static const char *const quoting_exts[] = {
    "md",   "markdown", "mdx", "rst", "adoc",   "asciidoc", "js",   "mjs", "cjs",
    "jsx",  "ts",       "tsx", "vue", "svelte", "coffee",   "json", "css", "scss",
    "less", "xml",      "svg", "po",  "pot",    "yml",      "yaml", "tex", "map",
    "txt",  "text",     "log", "csv", "sql",    "diff",     "patch"};

/* Of those, the assets a web server serves as they are and a PHP file may
 * include(): an attacker appends a PHP block to jquery.min.js or style.css
 * (include runs the blocks of any file), so the tag need not come first. */
static const char *const served_exts[] = {"js", "mjs", "cjs", "css"};

static bool in_list(const char *ext, const char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(ext, v[i]))
			return true;
	return false;
}

static bool starts_with_tag(const unsigned char *buf, size_t len)
{
	size_t i = len >= 3 && !memcmp(buf, "\xef\xbb\xbf", 3) ? 3 : 0;
	while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' || buf[i] == '\n'))
		i++;
	return len - i >= 2 && buf[i] == '<' && buf[i + 1] == '?';
}

/* A backtick followed by what ends a JavaScript template literal
 * (`;` `)` `,` `+` `]` `}`): a quoted sample with real newlines sits in
 * one, so a tag before such a backtick is quoted, not appended. */
static bool template_close_after(const unsigned char *buf, size_t len, size_t from)
{
	for (const unsigned char *p = buf + from; (p = memchr(p, '`', len - (size_t)(p - buf)));) {
		p++;
		if (p < buf + len && strchr(";),+]}", *p) && *p)
			return true;
	}
	return false;
}

/* A PHP block after (or inside) a served asset: an open tag that opens a
 * line (after at most 8 blanks), followed by a blank, and no template
 * literal closing after it. The same reading as rules/misc.yar's
 * misc_php_appended_to_asset, so the PHP layer sees what that rule sees. */
static bool appended_block(const unsigned char *buf, size_t len)
{
	for (const unsigned char *nl = buf; (nl = memchr(nl, '\n', len - (size_t)(nl - buf)));) {
		size_t i = (size_t)(++nl - buf), b = 0;
		while (i < len && b < 8 && (buf[i] == ' ' || buf[i] == '\t'))
			i++, b++;
		if (len - i < 3 || buf[i] != '<' || buf[i + 1] != '?')
			continue;
		size_t k = i + 2;
		if (len - k >= 3 && !strncasecmp((const char *)buf + k, "php", 3))
			k += 3;
		else if (buf[k] == '=')
			k++;
		if (k < len && strchr(" \t\r\n", buf[k]) && buf[k] &&
		    !template_close_after(buf, len, k))
			return true;
	}
	return false;
}

static bool word_at(const unsigned char *p, const unsigned char *end, const char *w)
{
	size_t n = strlen(w);
	if ((size_t)(end - p) < n || strncasecmp((const char *)p, w, n))
		return false;
	p += n;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p < end && *p == '(';
}

static bool is_ident(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c >= 0x80;
}

/* A PHP statement that no other language starts a file with: `$name =`,
 * `$name[`, `$name->`, `@$name`, `$GLOBALS`, or a call of a PHP function
 * that only PHP code begins with. */
static bool php_statement_at(const unsigned char *p, const unsigned char *end)
{
	static const char *const calls[] = {"define",
	                                    "error_reporting",
	                                    "ini_set",
	                                    "set_time_limit",
	                                    "eval",
	                                    "assert",
	                                    "session_start",
	                                    "ignore_user_abort",
	                                    "@error_reporting",
	                                    "@ini_set",
	                                    "@set_time_limit",
	                                    "@eval",
	                                    "if(!defined",
	                                    "if (!defined",
	                                    "if(!function_exists",
	                                    "if (!function_exists"};
	for (size_t i = 0; i < sizeof(calls) / sizeof(*calls); i++)
		if (word_at(p, end, calls[i]))
			return true;
	if (p < end && *p == '@')
		p++;
	if (p >= end || *p != '$' || p + 1 >= end || !is_ident(p[1]) ||
	    (p[1] >= '0' && p[1] <= '9'))
		return false;
	p++;
	while (p < end && is_ident(*p))
		p++;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p >= end)
		return false;
	return (*p == '=' && (p + 1 >= end || p[1] != '=')) || *p == '[' ||
	       (*p == '-' && p + 1 < end && p[1] == '>') || *p == '{';
}

bool php_tagless_code(const unsigned char *buf, size_t len)
{
	const unsigned char *p = buf, *end = buf + len;
	if (len >= 3 && !memcmp(p, "\xef\xbb\xbf", 3))
		p += 3;
	/* blanks and PHP comments before the first statement */
	for (int guard = 0; p < end && guard < 64; guard++) {
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
			p++;
		if (end - p >= 2 && p[0] == '/' && p[1] == '/') {
			const unsigned char *nl = memchr(p, '\n', (size_t)(end - p));
			p = nl ? nl : end;
		} else if (end - p >= 2 && p[0] == '/' && p[1] == '*') {
			const unsigned char *q = p + 2;
			while (q + 1 < end && !(q[0] == '*' && q[1] == '/'))
				q++;
			p = q + 1 < end ? q + 2 : end;
		} else {
			break;
		}
	}
	if (p >= end || (end - p >= 2 && p[0] == '<' && p[1] == '?'))
		return false;
	if (!php_statement_at(p, end))
		return false;
	/* and more of it: statements ending in ';' and variables in the first
	 * 4 KB, not one line of prose that starts with a dollar amount */
	size_t n = (size_t)(end - p) < 4096 ? (size_t)(end - p) : 4096;
	int semis = 0, vars = 0;
	for (size_t i = 0; i < n; i++) {
		if (p[i] == ';')
			semis++;
		else if (p[i] == '$' && i + 1 < n && is_ident(p[i + 1]) &&
		         !(p[i + 1] >= '0' && p[i + 1] <= '9'))
			vars++;
	}
	return semis >= 3 && vars >= 3;
}

bool php_is_code(const unsigned char *buf, size_t len, const char *ext)
{
	if (!php_has_open_tag(buf, len))
		return false;
	if (!in_list(ext, quoting_exts, sizeof(quoting_exts) / sizeof(quoting_exts[0])))
		return true;
	if (starts_with_tag(buf, len))
		return true;
	return in_list(ext, served_exts, sizeof(served_exts) / sizeof(served_exts[0])) &&
	       appended_block(buf, len);
}

/* A file that starts with PHP code and no open tag: a payload kept for
 * eval(file_get_contents(..)) (eval runs code without a tag), or a decoded
 * layer dumped to disk. Read in code mode, so a tag that only appears in a
 * string later is a string. Not for the types that quote code, nor for
 * Perl, shell and the other languages whose variables also start with '$'. */
static const char *const other_script_exts[] = {"pl", "pm",  "cgi", "py",  "sh", "bash",
                                                "rb", "tcl", "lua", "ps1", "awk"};

static bool tagless_php(const unsigned char *buf, size_t len, const char *ext)
{
	return !in_list(ext, quoting_exts, sizeof(quoting_exts) / sizeof(quoting_exts[0])) &&
	       !in_list(ext, other_script_exts,
	                sizeof(other_script_exts) / sizeof(other_script_exts[0])) &&
	       php_tagless_code(buf, len);
}

/* train6: Blade's `@php ... @endphp` blocks and its inline `@php(expr)`
 * run as PHP in a view compiled by Laravel, with no open tag in the file.
 * A copy with each block written as `<?php ... ?>` (the rest left as the
 * page it is); NULL when there is no block (`@@php` is Blade's escape for
 * the text "@php"). Needs an `@endphp` for a block, so prose naming the
 * directive is no code; not for the types that quote code (Markdown...). */
static bool blade_at(const unsigned char *buf, size_t len, size_t i)
{
	if (len - i < 4 || memcmp(buf + i, "@php", 4) ||
	    (i > 0 && (buf[i - 1] == '@' || is_ident(buf[i - 1]))))
		return false;
	return i + 4 == len || !is_ident(buf[i + 4]);
}

/* Does buf hold "@php"? memchr finds the rare '@' many times faster than
 * memmem's byte loop, and this is asked of every file with PHP in it. */
static bool has_at_php(const unsigned char *buf, size_t len)
{
	const unsigned char *end = buf + len;
	for (const unsigned char *p = buf; (p = memchr(p, '@', (size_t)(end - p))); p++)
		if (end - p >= 4 && !memcmp(p + 1, "php", 3))
			return true;
	return false;
}

static unsigned char *blade_code(const unsigned char *buf, size_t len, size_t *outlen)
{
	if (len < 12 || !has_at_php(buf, len))
		return NULL;
	unsigned char *out = NULL;
	size_t n = 0, cap = 0, from = 0;
	bool any = false;
	for (size_t i = 0; i + 4 <= len; i++) {
		if (buf[i] != '@' || !blade_at(buf, len, i))
			continue;
		size_t j = i + 4, close = 0, resume = 0;
		bool inline_form = j < len && buf[j] == '(';
		if (inline_form) {
			int depth = 0;
			for (size_t k = j; k < len && k < j + 4096; k++) {
				if (buf[k] == '(')
					depth++;
				else if (buf[k] == ')' && --depth == 0) {
					close = k + 1;
					break;
				}
			}
			if (!close)
				continue;
			resume = close;
		} else {
			const unsigned char *e = memmem(buf + j, len - j, "@endphp", 7);
			if (!e)
				break;
			close = (size_t)(e - buf);
			resume = close + 7;
		}
		size_t need = n + (i - from) + (close - j) + 16;
		if (need > cap) {
			cap = need * 2 + len;
			out = xrealloc(out, cap);
		}
		memcpy(out + n, buf + from, i - from), n += i - from;
		memcpy(out + n, "<?php ", 6), n += 6;
		memcpy(out + n, buf + j, close - j), n += close - j;
		memcpy(out + n, inline_form ? "; ?>" : "\n?>", inline_form ? 4 : 3);
		n += inline_form ? 4 : 3;
		from = resume;
		i = resume - 1;
		any = true;
	}
	if (!any) {
		free(out);
		return NULL;
	}
	if (n + (len - from) > cap)
		out = xrealloc(out, n + (len - from) + 1);
	memcpy(out + n, buf + from, len - from), n += len - from;
	*outlen = n;
	return out;
}

bool php_analyze(const unsigned char *buf, size_t len, const char *ext, struct php_result *res)
{
	if (!ext)
		ext = "";
	if (!in_list(ext, quoting_exts, sizeof(quoting_exts) / sizeof(quoting_exts[0]))) {
		size_t bn = 0;
		unsigned char *b = blade_code(buf, len, &bn);
		if (b) {
			php_eval(b, bn, false, NULL, res);
			free(b);
			return true;
		}
	}
	if (tagless_php(buf, len, ext)) {
		php_eval(buf, len, true, NULL, res);
		return true;
	}
	if (!php_is_code(buf, len, ext))
		return false;
	php_eval(buf, len, false, NULL, res);
	return true;
}
