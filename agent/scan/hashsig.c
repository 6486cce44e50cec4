#include "scan/hashsig.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static bool parse_line(struct hashsigs *h, char *line, const char *file, int lineno)
{
	char *f[5] = {0};
	int nf = 0;
	char *save = NULL;
	for (char *t = strtok_r(line, "\t", &save); t && nf < 5; t = strtok_r(NULL, "\t", &save))
		f[nf++] = t;
	if (nf < 4 || strlen(f[0]) != 64) {
		hs_err("%s:%d: expected SHA256<TAB>ID<TAB>SEVERITY<TAB>TAGS", file, lineno);
		return false;
	}
	struct hashsig s = {0};
	for (int i = 0; i < 32; i++) {
		int hi = hexval(f[0][2 * i]), lo = hexval(f[0][2 * i + 1]);
		if (hi < 0 || lo < 0) {
			hs_err("%s:%d: not a hex SHA-256", file, lineno);
			return false;
		}
		s.sha[i] = (unsigned char)(hi << 4 | lo);
	}
	if (!severity_parse(f[2], &s.severity) || s.severity == HS_SEV_NONE) {
		hs_err("%s:%d: bad severity '%s'", file, lineno, f[2]);
		return false;
	}
	s.id = xasprintf("sha256.%s", f[1]);
	s.tags = xstrdup(f[3]);
	h->v = xrealloc(h->v, (h->n + 1) * sizeof(*h->v));
	h->v[h->n++] = s;
	return true;
}

struct load_state {
	struct hashsigs *h;
	const char *file;
};

static bool load_line(void *ud, char *line, size_t len, int lineno)
{
	struct load_state *ls = ud;
	if (len == 0 || line[0] == '#')
		return true;
	return parse_line(ls->h, line, ls->file, lineno);
}

static bool load_file(struct hashsigs *h, const char *file)
{
	struct load_state ls = {h, file};
	return for_each_line(file, load_line, &ls);
}

static int cmp_sig(const void *a, const void *b)
{
	return memcmp(((const struct hashsig *)a)->sha, ((const struct hashsig *)b)->sha, 32);
}

struct hashsigs *hashsigs_load(const char *dir)
{
	struct hashsigs *h = xcalloc(1, sizeof(*h));
	DIR *d = opendir(dir);
	if (!d) {
		if (errno == ENOENT)
			return h;
		hs_err("%s: cannot read signature directory: %s", dir, strerror(errno));
		free(h);
		return NULL;
	}
	struct dirent *de;
	bool ok = true;
	while (ok && (de = readdir(d))) {
		size_t l = strlen(de->d_name);
		if (de->d_name[0] == '.' || !((l > 7 && !strcmp(de->d_name + l - 7, ".sha256")) ||
		                              !strcmp(de->d_name, "sha256.txt")))
			continue;
		char *f = path_join(dir, de->d_name);
		ok = load_file(h, f);
		free(f);
	}
	closedir(d);
	if (!ok) {
		hashsigs_free(h);
		return NULL;
	}
	if (h->n)
		qsort(h->v, h->n, sizeof(*h->v), cmp_sig);
	return h;
}

void hashsigs_free(struct hashsigs *h)
{
	if (!h)
		return;
	for (size_t i = 0; i < h->n; i++) {
		free(h->v[i].id);
		free(h->v[i].tags);
	}
	free(h->v);
	free(h);
}

const struct hashsig *hashsigs_find(const struct hashsigs *h, const unsigned char sha[32])
{
	struct hashsig key;
	memcpy(key.sha, sha, 32);
	if (!h->n)
		return NULL;
	return bsearch(&key, h->v, h->n, sizeof(*h->v), cmp_sig);
}
