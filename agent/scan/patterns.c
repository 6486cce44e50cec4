#include "scan/patterns.h"
#include "scan/pattern_gate.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool parse_line(struct patterns *p, char *line, const char *file, int lineno, bool php_only)
{
	char *fields[4];
	char *s = line;
	for (int i = 0; i < 3; i++) {
		char *tab = strchr(s, '\t');
		if (!tab) {
			hs_err("%s:%d: expected ID<TAB>SEVERITY<TAB>TAGS<TAB>REGEX", file, lineno);
			return false;
		}
		*tab = '\0';
		fields[i] = s;
		s = tab + 1;
	}
	fields[3] = s;
	enum hs_severity sev;
	if (!severity_parse(fields[1], &sev) || sev == HS_SEV_NONE) {
		hs_err("%s:%d: bad severity '%s' (low, medium, high or critical)", file, lineno,
		       fields[1]);
		return false;
	}
	int errcode;
	PCRE2_SIZE erroff;
	pcre2_code *code =
	    pcre2_compile((PCRE2_SPTR)fields[3], PCRE2_ZERO_TERMINATED, 0, &errcode, &erroff, NULL);
	if (!code) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(errcode, msg, sizeof(msg));
		hs_err("%s:%d: pattern %s: %s at offset %zu", file, lineno, fields[0], (char *)msg,
		       (size_t)erroff);
		return false;
	}
	/* JIT fails under MemoryDenyWriteExecute; the interpreter still works. */
	if (pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) != 0)
		p->jit = false;
	p->v = xrealloc(p->v, (p->n + 1) * sizeof(*p->v));
	p->v[p->n].id =
	    xasprintf("pcre.%s", strncmp(fields[0], "pcre.", 5) ? fields[0] : fields[0] + 5);
	p->v[p->n].severity = sev;
	p->v[p->n].tags = xstrdup(fields[2]);
	p->v[p->n].src = xstrdup(fields[3]);
	p->v[p->n].php_only = php_only;
	p->v[p->n].gated = false;
	p->v[p->n].code = code;
	p->n++;
	return true;
}

struct load_state {
	struct patterns *p;
	const char *file;
	bool php_only; /* the current #@scope */
};

static bool load_line(void *ud, char *line, size_t len, int lineno)
{
	struct load_state *ls = ud;
	if (!strcmp(line, "#@scope php") || !strcmp(line, "#@scope any")) {
		ls->php_only = line[8] == 'p';
		return true;
	}
	if (!strncmp(line, "#@", 2)) {
		hs_err("%s:%d: unknown directive (#@scope php or #@scope any)", ls->file, lineno);
		return false;
	}
	if (len == 0 || line[0] == '#')
		return true;
	return parse_line(ls->p, line, ls->file, lineno, ls->php_only);
}

static bool load_file(struct patterns *p, const char *file)
{
	struct load_state ls = {.p = p, .file = file};
	return for_each_line(file, load_line, &ls);
}

struct patterns *patterns_load(const char *dir)
{
	struct patterns *p = xcalloc(1, sizeof(*p));
	p->jit = true;
	DIR *d = opendir(dir);
	if (!d) {
		if (errno != ENOENT) {
			hs_err("%s: cannot read signature directory: %s", dir, strerror(errno));
			free(p);
			return NULL;
		}
		return p;
	}
	struct strlist names = {0};
	struct dirent *de;
	while ((de = readdir(d))) {
		size_t l = strlen(de->d_name);
		if (de->d_name[0] != '.' && l > 5 && !strcmp(de->d_name + l - 5, ".pcre"))
			strlist_add(&names, de->d_name);
	}
	closedir(d);
	if (names.n)
		qsort(names.v, names.n, sizeof(char *), cmpstr);
	bool ok = true;
	for (size_t i = 0; ok && i < names.n; i++) {
		char *f = path_join(dir, names.v[i]);
		ok = load_file(p, f);
		free(f);
	}
	strlist_clear(&names);
	if (!ok) {
		patterns_free(p);
		return NULL;
	}
	patterns_gate(p);
	return p;
}

void patterns_gate(struct patterns *p)
{
	free(p->gate_src);
	p->gate_src = NULL;
	if (!p->n)
		return;
	const char **srcs = xcalloc(p->n, sizeof(*srcs));
	bool *gated = xcalloc(p->n, sizeof(*gated));
	for (size_t i = 0; i < p->n; i++)
		srcs[i] = p->v[i].src;
	p->gate_src = pattern_gate_source(srcs, p->n, gated);
	for (size_t i = 0; i < p->n; i++)
		p->v[i].gated = p->gate_src && gated[i];
	free(srcs);
	free(gated);
}

void patterns_free(struct patterns *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n; i++) {
		free(p->v[i].id);
		free(p->v[i].tags);
		free(p->v[i].src);
		pcre2_code_free(p->v[i].code);
	}
	free(p->v);
	free(p->gate_src);
	free(p);
}

void pattern_matcher_init(struct pattern_matcher *m)
{
	m->quoted = NULL;
	m->quoted_ud = NULL;
	m->md = pcre2_match_data_create(4, NULL);
	m->mctx = pcre2_match_context_create(NULL);
	/* Bounded work per pattern and file: a hit on a limit is "inconclusive". */
	pcre2_set_match_limit(m->mctx, 2000000);
	pcre2_set_heap_limit(m->mctx, 20000); /* KiB, interpreter only */
	pcre2_set_depth_limit(m->mctx, 10000);
	m->stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	if (m->stack)
		pcre2_jit_stack_assign(m->mctx, NULL, m->stack);
}

void pattern_matcher_free(struct pattern_matcher *m)
{
	pcre2_match_data_free(m->md);
	pcre2_match_context_free(m->mctx);
	if (m->stack)
		pcre2_jit_stack_free(m->stack);
}

/* memmem(buf, len, "<?", 2) != NULL, with the vectorized memchr: most
 * text files that are not PHP hold no "<?" and are read to the end. */
static bool has_tag_start(const unsigned char *buf, size_t len)
{
	for (const unsigned char *q = buf, *end = buf + len; q + 1 < end; q++) {
		q = memchr(q, '<', (size_t)(end - q - 1));
		if (!q)
			return false;
		if (q[1] == '?')
			return true;
	}
	return false;
}

int patterns_scan(const struct patterns *p, struct pattern_matcher *m, const unsigned char *buf,
                  size_t len, bool may_be_php, const unsigned char *gate, struct finding *f)
{
	int inconclusive = 0;
	/* PHP code cannot run without an open tag: spare PHP patterns the rest */
	bool php_tag = may_be_php && has_tag_start(buf, len);
	for (size_t i = 0; i < p->n; i++) {
		if (p->v[i].php_only && !php_tag)
			continue;
		if (gate && p->v[i].gated && !gate[i])
			continue; /* none of the literals every match needs */
		int rc = pcre2_match(p->v[i].code, buf, len, 0, 0, m->md, m->mctx);
		if (rc >= 0) {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
			size_t start = ov[0], end = ov[1];
			enum hs_severity sev = p->v[i].severity;
			if (m->quoted && sev >= HS_SEV_HIGH)
				sev = m->quoted(m->quoted_ud, m, &p->v[i], buf, len, start, end);
			finding_add_rule(f, p->v[i].id, sev, p->v[i].tags);
			if (end > start + 120)
				end = start + 120;
			if (end > start)
				finding_offer_evidence(f, sev, buf + start, end - start);
		} else if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT ||
		           rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT) {
			inconclusive++;
		}
	}
	return inconclusive;
}
