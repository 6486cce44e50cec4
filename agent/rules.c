#include "rules.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct compile_state {
	int errors;
};

static void compiler_cb(int level, const char *file, int line, const YR_RULE *rule, const char *msg,
                        void *ud)
{
	(void)rule;
	struct compile_state *cs = ud;
	if (level == YARA_ERROR_LEVEL_ERROR) {
		cs->errors++;
		hs_err("%s:%d: rule error: %s", file ? file : "?", line, msg);
	} else {
		hs_warn("%s:%d: rule warning: %s", file ? file : "?", line, msg);
	}
}

static int cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_rule_file(const char *name)
{
	size_t n = strlen(name);
	return name[0] != '.' && ((n > 4 && !strcmp(name + n - 4, ".yar")) ||
	                          (n > 5 && !strcmp(name + n - 5, ".yara")));
}

/* Files of one directory, sorted so the namespace order is stable. */
static int list_rule_files(const char *dir, struct strlist *out)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	struct strlist names = {0};
	struct dirent *de;
	while ((de = readdir(d)))
		if (is_rule_file(de->d_name))
			strlist_add(&names, de->d_name);
	closedir(d);
	if (names.n)
		qsort(names.v, names.n, sizeof(char *), cmpstr);
	for (size_t i = 0; i < names.n; i++) {
		char *p = path_join(dir, names.v[i]);
		strlist_add(out, p);
		free(p);
	}
	strlist_clear(&names);
	return 0;
}

static const struct {
	const char *name;
	unsigned bit;
} externals_known[] = {
    {"filename", EXT_FILENAME},     {"extension", EXT_EXTENSION},
    {"filepath", EXT_FILEPATH},     {"mime", EXT_MIME},
    {"owner_web", EXT_OWNER_WEB},   {"in_docroot", EXT_IN_DOCROOT},
    {"in_uploads", EXT_IN_UPLOADS},
};

/* Which externals does YARA source text name as identifiers (outside
 * comments and string literals)? Errs on the side of yes (a regex holding
 * "mime" counts): the price of a wrong yes is speed, of a wrong no a
 * wrong verdict. */
static unsigned source_externals(const char *s, size_t n)
{
	unsigned mask = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '/' && i + 1 < n && s[i + 1] == '/') {
			while (i < n && s[i] != '\n')
				i++;
		} else if (s[i] == '/' && i + 1 < n && s[i + 1] == '*') {
			for (i += 2; i + 1 < n && !(s[i] == '*' && s[i + 1] == '/'); i++)
				;
			i++;
		} else if (s[i] == '"') {
			for (i++; i < n && s[i] != '"'; i++)
				if (s[i] == '\\')
					i++;
		} else if (i == 0 || !(isalnum((unsigned char)s[i - 1]) || s[i - 1] == '_')) {
			for (size_t k = 0; k < HS_ARRAY_LEN(externals_known); k++) {
				size_t l = strlen(externals_known[k].name);
				if (i + l <= n && !memcmp(s + i, externals_known[k].name, l) &&
				    (i + l == n ||
				     !(isalnum((unsigned char)s[i + l]) || s[i + l] == '_')))
					mask |= externals_known[k].bit;
			}
		}
	}
	return mask;
}

YR_RULES *rules_load(const struct strlist *dirs, const struct strlist *required, int *nfiles,
                     char digest[65], unsigned *externals)
{
	*externals = 0;
	struct strlist files = {0};
	for (size_t i = 0; i < dirs->n; i++) {
		if (list_rule_files(dirs->v[i], &files) < 0) {
			if (strlist_contains(required, dirs->v[i]) || errno != ENOENT) {
				hs_err("%s: cannot read rule directory: %s", dirs->v[i],
				       strerror(errno));
				strlist_clear(&files);
				return NULL;
			}
			hs_debug("%s: no such rule directory (optional)", dirs->v[i]);
		}
	}
	if (files.n == 0) {
		hs_err("no YARA rule files (*.yar) found in: %s",
		       dirs->n ? strlist_join(dirs, " ") : "(no rule directories)");
		return NULL;
	}
	YR_COMPILER *c = NULL;
	if (yr_compiler_create(&c) != ERROR_SUCCESS) {
		hs_err("cannot create YARA compiler");
		strlist_clear(&files);
		return NULL;
	}
	struct compile_state cs = {0};
	yr_compiler_set_callback(c, compiler_cb, &cs);
	/* Externals must exist before any source is added. */
	yr_compiler_define_string_variable(c, "filename", "");
	yr_compiler_define_string_variable(c, "extension", "");
	yr_compiler_define_string_variable(c, "filepath", "");
	yr_compiler_define_string_variable(c, "mime", "");
	yr_compiler_define_boolean_variable(c, "owner_web", 0);
	yr_compiler_define_boolean_variable(c, "in_docroot", 0);
	yr_compiler_define_boolean_variable(c, "in_uploads", 0);

	EVP_MD_CTX *md = EVP_MD_CTX_new();
	EVP_DigestInit_ex(md, EVP_sha256(), NULL);
	for (size_t i = 0; i < files.n && cs.errors == 0; i++) {
		FILE *fp = fopen(files.v[i], "r");
		if (!fp) {
			hs_err("%s: cannot read rule file: %s", files.v[i], strerror(errno));
			cs.errors++;
			break;
		}
		char buf[65536];
		size_t n;
		EVP_DigestUpdate(md, path_basename(files.v[i]),
		                 strlen(path_basename(files.v[i])) + 1);
		/* the whole file for the externals check: a token may straddle reads */
		char *text = NULL;
		size_t tlen = 0;
		while ((n = fread(buf, 1, sizeof(buf), fp)) > 0) {
			EVP_DigestUpdate(md, buf, n);
			text = xrealloc(text, tlen + n);
			memcpy(text + tlen, buf, n);
			tlen += n;
		}
		*externals |= source_externals(text ? text : "", tlen);
		free(text);
		rewind(fp);
		char ns[256];
		snprintf(ns, sizeof(ns), "%s", path_basename(files.v[i]));
		char *dot = strrchr(ns, '.');
		if (dot)
			*dot = '\0';
		/* After a failed add the compiler is unusable; stop at once. */
		yr_compiler_add_file(c, fp, ns, files.v[i]);
		fclose(fp);
	}
	unsigned char d[EVP_MAX_MD_SIZE];
	unsigned int dl = 0;
	EVP_DigestFinal_ex(md, d, &dl);
	EVP_MD_CTX_free(md);
	for (unsigned i = 0; i < 32; i++)
		snprintf(digest + 2 * i, 3, "%02x", d[i]);
	YR_RULES *rules = NULL;
	/* get_rules aborts on an assertion after a compile error: never call it then. */
	if (cs.errors == 0 && yr_compiler_get_rules(c, &rules) != ERROR_SUCCESS) {
		hs_err("cannot build YARA rules (out of memory?)");
		rules = NULL;
	}
	yr_compiler_destroy(c);
	*nfiles = (int)files.n;
	strlist_clear(&files);
	return rules;
}
