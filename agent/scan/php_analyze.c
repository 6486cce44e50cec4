#include "scan/php_analyze.h"
#include "scan/php_lex.h"

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

bool php_analyze(const unsigned char *buf, size_t len, const char *ext, struct php_result *res)
{
	if (!php_is_code(buf, len, ext ? ext : ""))
		return false;
	php_eval(buf, len, false, NULL, res);
	return true;
}
