#include "scan/pattern_gate.h"
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The deriver reads the regex once, recursively, and computes for every
 * node what any text the node consumes must be or contain:
 *   exact: the node consumes one of these strings exactly (a small set), or
 *          "unknown";
 *   req:   the node's text contains one of these strings, or "none".
 * Zero-width items (anchors, \b, lookarounds, option settings) consume ""
 * exactly. A concatenation multiplies exact sets while they stay small and
 * keeps the best set seen as its requirement; an alternation unites its
 * branches' sets (and knows nothing when one branch knows nothing); a
 * quantifier with a minimum of 0 knows nothing, one of 1 or more keeps the
 * requirement. Case-insensitivity only ever widens a literal (nocase), so
 * an option turned on stays on to the end of its group. Any syntax outside
 * the known subset makes the whole derivation fail: the pattern always
 * runs. */

#define MAX_EXACT  16 /* strings in an exact set */
#define MAX_REQ    64 /* strings in a requirement */
#define MAX_LITLEN 64 /* bytes in an exact string */

struct sset {
	struct gate_lit *v;
	size_t n;
};

struct info {
	bool has_exact, has_req;
	struct sset exact, req;
};

struct parser {
	const char *s;
	size_t i;
	bool fail;
};

static void sset_free(struct sset *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i].s);
	free(s->v);
	s->v = NULL;
	s->n = 0;
}

static void info_free(struct info *f)
{
	sset_free(&f->exact);
	sset_free(&f->req);
	f->has_exact = f->has_req = false;
}

static bool lit_eq(const struct gate_lit *a, const struct gate_lit *b)
{
	return a->n == b->n && a->nocase == b->nocase && !memcmp(a->s, b->s, a->n);
}

static void sset_add(struct sset *s, const char *str, size_t n, bool nocase)
{
	struct gate_lit l = {.s = xmalloc(n + 1), .n = n, .nocase = nocase};
	for (size_t i = 0; i < n; i++)
		l.s[i] = nocase ? (char)tolower((unsigned char)str[i]) : str[i];
	l.s[n] = '\0';
	for (size_t i = 0; i < s->n; i++)
		if (lit_eq(&s->v[i], &l)) {
			free(l.s);
			return;
		}
	s->v = xrealloc(s->v, (s->n + 1) * sizeof(*s->v));
	s->v[s->n++] = l;
}

static struct sset sset_copy(const struct sset *a)
{
	struct sset r = {0};
	for (size_t i = 0; i < a->n; i++)
		sset_add(&r, a->v[i].s, a->v[i].n, a->v[i].nocase);
	return r;
}

/* How good a requirement is: its shortest string (0: useless). */
static size_t sset_score(const struct sset *s)
{
	if (s->n == 0)
		return 0;
	size_t m = SIZE_MAX;
	for (size_t i = 0; i < s->n; i++)
		if (s->v[i].n < m)
			m = s->v[i].n;
	return m;
}

/* Keep cand as *best when it is better (longer shortest string; then fewer). */
static void consider(struct sset *best, bool *has, const struct sset *cand)
{
	size_t sc = sset_score(cand);
	if (sc == 0)
		return;
	if (*has) {
		size_t sb = sset_score(best);
		if (sc < sb || (sc == sb && cand->n >= best->n))
			return;
		sset_free(best);
	}
	*best = sset_copy(cand);
	*has = true;
}

static struct info exact_of(const char *str, size_t n, bool nocase)
{
	struct info f = {.has_exact = true};
	sset_add(&f.exact, str, n, nocase);
	return f;
}

static struct info unknown(void)
{
	return (struct info){0};
}

/* The best set that a node's text must contain one of (exact or req). */
static void node_req(const struct info *f, struct sset *out, bool *has)
{
	*has = false;
	if (f->has_exact)
		consider(out, has, &f->exact);
	if (f->has_req)
		consider(out, has, &f->req);
}

static struct info parse_alt(struct parser *p, bool nocase);

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* A backslash escape outside a class. Sets *lit for one literal byte,
 * returns 0 for a literal, 1 for zero-width, 2 for a non-literal item that
 * consumes text; fails the parser on anything unknown. */
static int parse_escape(struct parser *p, unsigned char *lit)
{
	char c = p->s[p->i];
	if (!c) {
		p->fail = true;
		return 2;
	}
	p->i++;
	switch (c) {
	case 'n':
		*lit = '\n';
		return 0;
	case 't':
		*lit = '\t';
		return 0;
	case 'r':
		*lit = '\r';
		return 0;
	case 'f':
		*lit = '\f';
		return 0;
	case 'e':
		*lit = 0x1b;
		return 0;
	case 'a':
		*lit = 0x07;
		return 0;
	case 'x': {
		int h = hexval((unsigned char)p->s[p->i]),
		    l = h >= 0 ? hexval((unsigned char)p->s[p->i + 1]) : -1;
		if (h < 0 || l < 0) {
			p->fail = true;
			return 2;
		}
		p->i += 2;
		*lit = (unsigned char)(h * 16 + l);
		return 0;
	}
	case 'b':
	case 'B':
	case 'A':
	case 'z':
	case 'Z':
	case 'G':
	case 'K':
		return 1;
	case 'd':
	case 'D':
	case 'w':
	case 'W':
	case 's':
	case 'S':
	case 'h':
	case 'H':
	case 'v':
	case 'V':
	case 'R':
	case 'N':
		return 2;
	default:
		if (c >= '1' && c <= '9') { /* a back reference: \1 to \99 */
			while (isdigit((unsigned char)p->s[p->i]))
				p->i++;
			return 2;
		}
		if (isalnum((unsigned char)c) || (unsigned char)c >= 0x80) {
			p->fail = true; /* \p, \g, \k, \Q, \0, \c, \x{..} ... */
			return 2;
		}
		*lit = (unsigned char)c;
		return 0;
	}
}

/* [...]: a small set of single bytes when it is one, else unknown. */
static struct info parse_class(struct parser *p, bool nocase)
{
	bool neg = false, simple = true;
	char bytes[8];
	size_t nb = 0;
	if (p->s[p->i] == '^') {
		neg = true;
		p->i++;
	}
	bool first = true;
	for (;;) {
		char c = p->s[p->i];
		if (!c) {
			p->fail = true;
			return unknown();
		}
		if (c == ']' && !first) {
			p->i++;
			break;
		}
		first = false;
		if (c == '[' && p->s[p->i + 1] == ':') { /* [:alpha:] */
			const char *e = strstr(p->s + p->i + 2, ":]");
			if (!e) {
				p->fail = true;
				return unknown();
			}
			p->i = (size_t)(e - p->s) + 2;
			simple = false;
			continue;
		}
		unsigned char b;
		if (c == '\\') {
			p->i++;
			char e = p->s[p->i];
			if (e == 'd' || e == 'D' || e == 'w' || e == 'W' || e == 's' || e == 'S' ||
			    e == 'h' || e == 'H' || e == 'v' || e == 'V') {
				p->i++;
				simple = false;
				continue;
			}
			if (e == 'b') { /* backspace in a class */
				p->i++;
				b = 0x08;
			} else {
				int k = parse_escape(p, &b);
				if (p->fail)
					return unknown();
				if (k != 0) {
					p->fail = true;
					return unknown();
				}
			}
		} else {
			b = (unsigned char)c;
			p->i++;
		}
		if (b >= 0x80) {
			p->fail = true;
			return unknown();
		}
		if (p->s[p->i] == '-' && p->s[p->i + 1] != ']' && p->s[p->i + 1]) {
			/* a range: skip its end (an escape or a byte) */
			p->i++;
			if (p->s[p->i] == '\\') {
				p->i++;
				unsigned char e2;
				if (parse_escape(p, &e2) != 0 || p->fail) {
					p->fail = true;
					return unknown();
				}
			} else {
				p->i++;
			}
			simple = false;
			continue;
		}
		if (nb < sizeof(bytes))
			bytes[nb++] = (char)b;
		else
			simple = false;
	}
	if (neg || !simple || nb == 0 || nb > 4)
		return unknown();
	struct info f = {.has_exact = true};
	for (size_t k = 0; k < nb; k++)
		sset_add(&f.exact, &bytes[k], 1, nocase && isalpha((unsigned char)bytes[k]));
	return f;
}

/* Option letters after "(?": returns the end (':' or ')') or 0 on failure.
 * Sets *on_i when i is turned on (turning it off is ignored: nocase only
 * widens). */
static char parse_flags(struct parser *p, bool *on_i)
{
	bool neg = false;
	for (;;) {
		char c = p->s[p->i++];
		switch (c) {
		case ':':
		case ')':
			return c;
		case '-':
			neg = true;
			break;
		case 'i':
			if (!neg)
				*on_i = true;
			break;
		case 'm':
		case 's':
		case 'U':
		case 'J':
		case 'n':
			break;
		default:
			return 0; /* x (extended), ^ and anything unknown */
		}
	}
}

/* An atom: returns its info; *zero_width for items that consume nothing. */
static struct info parse_atom(struct parser *p, bool *nocase)
{
	char c = p->s[p->i];
	if (c == '(') {
		p->i++;
		bool inner_nocase = *nocase;
		bool lookaround = false;
		if (p->s[p->i] == '*') {
			p->fail = true;
			return unknown();
		}
		if (p->s[p->i] == '?') {
			p->i++;
			char k = p->s[p->i];
			if (k == ':' || k == '>' || k == '|') {
				p->i++;
			} else if (k == '=' || k == '!') {
				p->i++;
				lookaround = true;
			} else if (k == '<' && (p->s[p->i + 1] == '=' || p->s[p->i + 1] == '!')) {
				p->i += 2;
				lookaround = true;
			} else if (k == '<' || k == '\'' || (k == 'P' && p->s[p->i + 1] == '<')) {
				char end = k == '\'' ? '\'' : '>';
				const char *e = strchr(p->s + p->i + 1, end);
				if (!e) {
					p->fail = true;
					return unknown();
				}
				p->i = (size_t)(e - p->s) + 1;
			} else if (k == '#') {
				const char *e = strchr(p->s + p->i, ')');
				if (!e) {
					p->fail = true;
					return unknown();
				}
				p->i = (size_t)(e - p->s) + 1;
				return exact_of("", 0, false);
			} else {
				bool on_i = false;
				char end = parse_flags(p, &on_i);
				if (!end) {
					p->fail = true;
					return unknown();
				}
				if (end == ')') { /* (?i): for the rest of the group */
					if (on_i)
						*nocase = true;
					return exact_of("", 0, false);
				}
				if (on_i)
					inner_nocase = true;
			}
		}
		struct info f = parse_alt(p, inner_nocase);
		if (p->fail || p->s[p->i] != ')') {
			p->fail = true;
			info_free(&f);
			return unknown();
		}
		p->i++;
		if (lookaround) {
			info_free(&f);
			return exact_of("", 0, false);
		}
		return f;
	}
	if (c == '[') {
		p->i++;
		return parse_class(p, *nocase);
	}
	if (c == '.')
		return p->i++, unknown();
	if (c == '^' || c == '$')
		return p->i++, exact_of("", 0, false);
	if (c == '\\') {
		p->i++;
		unsigned char b;
		int k = parse_escape(p, &b);
		if (p->fail)
			return unknown();
		if (k == 1)
			return exact_of("", 0, false);
		if (k == 2)
			return unknown();
		if (b >= 0x80) {
			p->fail = true;
			return unknown();
		}
		return exact_of((const char *)&b, 1, *nocase && isalpha(b));
	}
	if (c == '*' || c == '+' || c == '?' || c == '{' || c == ')' || c == '|' || !c ||
	    (unsigned char)c >= 0x80) {
		p->fail = true;
		return unknown();
	}
	p->i++;
	return exact_of(&c, 1, *nocase && isalpha((unsigned char)c));
}

/* A quantifier after an atom: min count, or -1 for none; fails on a '{'
 * that is not one (PCRE2 would read it as a literal: not derived here). */
static long parse_quant(struct parser *p)
{
	char c = p->s[p->i];
	long min;
	if (c == '*' || c == '?') {
		p->i++;
		min = 0;
	} else if (c == '+') {
		p->i++;
		min = 1;
	} else if (c == '{') {
		size_t j = p->i + 1;
		if (!isdigit((unsigned char)p->s[j])) {
			p->fail = true;
			return -1;
		}
		min = 0;
		while (isdigit((unsigned char)p->s[j]))
			min = min * 10 + (p->s[j++] - '0');
		if (p->s[j] == ',') {
			j++;
			while (isdigit((unsigned char)p->s[j]))
				j++;
		}
		if (p->s[j] != '}') {
			p->fail = true;
			return -1;
		}
		p->i = j + 1;
	} else {
		return -1;
	}
	if (p->s[p->i] == '?' || p->s[p->i] == '+')
		p->i++;
	return min;
}

/* One branch: a concatenation of quantified atoms. */
static struct info parse_concat(struct parser *p, bool *nocase)
{
	struct sset cur = {0}, best = {0};
	bool has_best = false, whole_exact = true;
	sset_add(&cur, "", 0, false);
	while (!p->fail && p->s[p->i] && p->s[p->i] != '|' && p->s[p->i] != ')') {
		struct info a = parse_atom(p, nocase);
		if (p->fail) {
			info_free(&a);
			break;
		}
		long min = parse_quant(p);
		if (p->fail) {
			info_free(&a);
			break;
		}
		if (min == 0) {
			info_free(&a);
			a = unknown();
		} else if (min > 0) { /* x+, x{n,m}: the requirement stays */
			struct sset r = {0};
			bool has = false;
			node_req(&a, &r, &has);
			info_free(&a);
			a = unknown();
			if (has) {
				a.has_req = true;
				a.req = r;
			}
		}
		if (a.has_exact && cur.n * a.exact.n <= MAX_EXACT) {
			struct sset prod = {0};
			bool toolong = false;
			for (size_t i = 0; i < cur.n && !toolong; i++)
				for (size_t j = 0; j < a.exact.n; j++) {
					size_t n = cur.v[i].n + a.exact.v[j].n;
					if (n > MAX_LITLEN) {
						toolong = true;
						break;
					}
					char buf[MAX_LITLEN + 1];
					memcpy(buf, cur.v[i].s, cur.v[i].n);
					memcpy(buf + cur.v[i].n, a.exact.v[j].s, a.exact.v[j].n);
					sset_add(&prod, buf, n,
					         cur.v[i].nocase || a.exact.v[j].nocase);
				}
			if (!toolong) {
				sset_free(&cur);
				cur = prod;
				info_free(&a);
				continue;
			}
			sset_free(&prod);
		}
		/* the run of exact strings ends here */
		consider(&best, &has_best, &cur);
		sset_free(&cur);
		whole_exact = false;
		if (a.has_req)
			consider(&best, &has_best, &a.req);
		if (a.has_exact) {
			cur = sset_copy(&a.exact);
		} else {
			sset_add(&cur, "", 0, false);
		}
		info_free(&a);
	}
	struct info f = {0};
	if (p->fail) {
		sset_free(&cur);
		sset_free(&best);
		return f;
	}
	if (whole_exact) {
		f.has_exact = true;
		f.exact = sset_copy(&cur);
	}
	consider(&best, &has_best, &cur);
	sset_free(&cur);
	if (has_best) {
		f.has_req = true;
		f.req = best;
	}
	return f;
}

/* Alternatives a|b|...: what every branch must hold. */
static struct info parse_alt(struct parser *p, bool nocase)
{
	struct sset ex = {0}, rq = {0};
	bool all_exact = true, all_req = true;
	for (;;) {
		struct info b = parse_concat(p, &nocase);
		if (p->fail) {
			info_free(&b);
			break;
		}
		if (all_exact && b.has_exact && ex.n + b.exact.n <= MAX_EXACT) {
			for (size_t i = 0; i < b.exact.n; i++)
				sset_add(&ex, b.exact.v[i].s, b.exact.v[i].n, b.exact.v[i].nocase);
		} else {
			all_exact = false;
		}
		struct sset r = {0};
		bool has = false;
		node_req(&b, &r, &has);
		if (!has || rq.n + r.n > MAX_REQ)
			all_req = false;
		else
			for (size_t i = 0; i < r.n; i++)
				sset_add(&rq, r.v[i].s, r.v[i].n, r.v[i].nocase);
		sset_free(&r);
		info_free(&b);
		if (p->s[p->i] != '|')
			break;
		p->i++;
	}
	struct info f = {0};
	if (!p->fail && all_exact) {
		f.has_exact = true;
		f.exact = ex;
	} else {
		sset_free(&ex);
	}
	if (!p->fail && all_req) {
		f.has_req = true;
		f.req = rq;
	} else {
		sset_free(&rq);
	}
	return f;
}

bool pattern_gate_derive(const char *regex, struct gate_req *out)
{
	out->v = NULL;
	out->n = 0;
	struct parser p = {.s = regex};
	struct info f = parse_alt(&p, false);
	if (p.fail || p.s[p.i] != '\0') {
		info_free(&f);
		return false;
	}
	struct sset best = {0};
	bool has = false;
	node_req(&f, &best, &has);
	info_free(&f);
	if (!has || sset_score(&best) < PATTERN_GATE_MIN_LIT) {
		sset_free(&best);
		return false;
	}
	out->v = best.v;
	out->n = best.n;
	return true;
}

void gate_req_free(struct gate_req *r)
{
	struct sset s = {.v = r->v, .n = r->n};
	sset_free(&s);
	r->v = NULL;
	r->n = 0;
}

static bool has_lit(const struct gate_lit *l, const unsigned char *buf, size_t len)
{
	if (!l->nocase)
		return memmem(buf, len, l->s, l->n) != NULL;
	for (size_t i = 0; i + l->n <= len; i++) {
		size_t k = 0;
		while (k < l->n && tolower(buf[i + k]) == (unsigned char)l->s[k])
			k++;
		if (k == l->n)
			return true;
	}
	return false;
}

bool gate_req_admits(const struct gate_req *r, const unsigned char *buf, size_t len)
{
	if (r->n == 0)
		return true;
	for (size_t i = 0; i < r->n; i++)
		if (has_lit(&r->v[i], buf, len))
			return true;
	return false;
}

char *pattern_gate_source(const char *const *regexes, size_t n, bool *gated)
{
	char *text = NULL;
	size_t tlen = 0;
	FILE *fp = open_memstream(&text, &tlen);
	if (!fp) { /* no gate: every pattern runs */
		memset(gated, 0, n * sizeof(*gated));
		return NULL;
	}
	size_t rules = 0;
	for (size_t i = 0; i < n; i++) {
		struct gate_req r;
		gated[i] = pattern_gate_derive(regexes[i], &r);
		if (!gated[i])
			continue;
		rules++;
		fprintf(fp, "rule p%zu {\n strings:\n", i);
		for (size_t k = 0; k < r.n; k++) {
			fprintf(fp, "  $s%zu = \"", k);
			for (size_t j = 0; j < r.v[k].n; j++) {
				unsigned char c = (unsigned char)r.v[k].s[j];
				if (c == '"' || c == '\\')
					fprintf(fp, "\\%c", c);
				else if (c >= 0x20 && c < 0x7f)
					fprintf(fp, "%c", c);
				else
					fprintf(fp, "\\x%02x", c);
			}
			fprintf(fp, "\"%s\n", r.v[k].nocase ? " nocase" : "");
		}
		fprintf(fp, " condition:\n  any of them\n}\n");
		gate_req_free(&r);
	}
	fclose(fp);
	if (!rules) {
		free(text);
		return NULL;
	}
	return text;
}

bool pattern_gate_rule(const char *ns, const char *identifier, size_t *idx)
{
	if (strcmp(ns, PATTERN_GATE_NS) || identifier[0] != 'p' ||
	    !isdigit((unsigned char)identifier[1]))
		return false;
	*idx = (size_t)strtoul(identifier + 1, NULL, 10);
	return true;
}
