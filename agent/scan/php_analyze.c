#include "scan/php_analyze.h"
#include "scan/php_lex.h"

#include <string.h>

/* File types that quote PHP rather than being run by it. A Markdown page
 * or a JavaScript file can mention `shell_exec(` or show `<?php` in an
 * example, a readme.txt or an SQL dump can quote a backdoor; a server does
 * not execute them. One that *starts* with the tag is read as PHP (and the
 * type-mismatch check flags a .txt that is PHP). */
static const char *const quoting_exts[] = {"md",  "markdown", "rst",  "js",   "mjs", "ts",   "json",
                                           "css", "scss",     "less", "xml",  "svg", "po",   "pot",
                                           "yml", "yaml",     "tex",  "map",  "txt", "text", "log",
                                           "csv", "sql",      "diff", "patch"};

static bool starts_with_tag(const unsigned char *buf, size_t len)
{
	size_t i = len >= 3 && !memcmp(buf, "\xef\xbb\xbf", 3) ? 3 : 0;
	while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' || buf[i] == '\n'))
		i++;
	return len - i >= 2 && buf[i] == '<' && buf[i + 1] == '?';
}

bool php_is_code(const unsigned char *buf, size_t len, const char *ext)
{
	if (!php_has_open_tag(buf, len))
		return false;
	for (size_t i = 0; i < sizeof(quoting_exts) / sizeof(quoting_exts[0]); i++)
		if (!strcmp(ext, quoting_exts[i]))
			return starts_with_tag(buf, len);
	return true;
}

bool php_analyze(const unsigned char *buf, size_t len, const char *ext, struct php_result *res)
{
	if (!php_is_code(buf, len, ext ? ext : ""))
		return false;
	php_eval(buf, len, false, NULL, res);
	return true;
}
