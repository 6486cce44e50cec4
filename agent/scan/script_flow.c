#include "scan/script_flow.h"
#include "util.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* labels and paths are cut to their buffers on purpose */
#pragma GCC diagnostic ignored "-Wformat-truncation"

/* The bounds (docs/script-flow.md). */
#define SF_MAX_TOKENS 200000
#define SF_MAX_NAMES  4096
#define SF_MAX_PASSES 6
#define SF_MAX_FUNCS  512
#define SF_NAME_LEN   48
#define SF_CHAIN_BACK 48          /* tokens walked back over a receiver chain */
#define SF_MAX_BYTES  (64u << 10) /* bots are small; a daemon of 100 KB is an application */
#define SF_MAX_DEPTH  6           /* names on a path from a source */
#define SF_WEB_INPUT  (32u << 10) /* web request input counts in files this small */

enum lang { L_NONE, L_PY, L_PL, L_RB, L_JS };
enum tt { T_ID, T_VAR, T_STR, T_NUM, T_OP, T_NL, T_READ };

struct tok {
	uint32_t off, len; /* for T_STR: the content */
	int32_t match;     /* the other bracket, -1 */
	uint8_t type;
	uint8_t interp; /* string with interpolation */
	uint8_t cmd;    /* backtick / qx / %x: a command */
};

struct name {
	char s[SF_NAME_LEN];
	bool used, tainted, table, cpalias, netmod, unixsock;
	bool argonly; /* tainted only past the head of a list or string: an argument, not a command
	               */
	int from;     /* name it came from, -1: a source */
	int depth;    /* names between it and its source */
	char label[SF_NAME_LEN];
};

struct func {
	char name[SF_NAME_LEN];
	int params[8]; /* name indexes, -1 */
	int np;
	int body_a, body_b; /* Perl: the body's tokens */
	bool method;        /* first parameter is self/cls */
	bool returns;       /* returns a tainted value */
	int def;            /* the token of its name */
	bool tainted;       /* Perl: called with a tainted argument */
};

struct sf {
	const unsigned char *b;
	size_t n;
	enum lang lang;
	struct tok *t;
	int nt, cap;
	bool truncated;
	int *scope;         /* per token: the innermost function whose body holds it, -1 */
	int param_scope;    /* collect_funcs: the function whose parameters are named */
	struct name *names; /* open addressing */
	int nnames;
	struct func funcs[SF_MAX_FUNCS];
	int nfuncs;
	bool changed;
	bool captures; /* the last regex match was on a tainted value */
	char capture_label[SF_NAME_LEN];
	int capture_from;
	bool stdin_net; /* a network handle made a process's stdin (dup2, open STDIN) */
	char stdin_label[SF_NAME_LEN];
	int stdin_from;
	bool has_cp, has_subprocess_import, has_os_import, has_lwp_simple;
	bool cgi; /* a CGI program (reads CONTENT_LENGTH): its stdin is the request body */
	struct sf_result *r;
};

/* ---------- helpers ---------- */

static bool tok_is(const struct sf *s, int i, const char *w)
{
	if (i < 0 || i >= s->nt)
		return false;
	const struct tok *t = &s->t[i];
	if (t->type == T_STR || t->type == T_NL)
		return false;
	size_t l = strlen(w);
	return t->len == l && memcmp(s->b + t->off, w, l) == 0;
}

static bool tok_in(const struct sf *s, int i, const char *const *list)
{
	for (; *list; list++)
		if (tok_is(s, i, *list))
			return true;
	return false;
}

static bool str_eq(const struct sf *s, int i, const char *w)
{
	if (i < 0 || i >= s->nt || s->t[i].type != T_STR)
		return false;
	size_t l = strlen(w);
	return s->t[i].len == l && memcmp(s->b + s->t[i].off, w, l) == 0;
}

static bool is_name(const struct sf *s, int i)
{
	return i >= 0 && i < s->nt && (s->t[i].type == T_ID || s->t[i].type == T_VAR);
}

static const void *mem_find(const void *h, size_t hl, const char *needle)
{
	return memmem(h, hl, needle, strlen(needle));
}

static bool str_has(const struct sf *s, int i, const char *w)
{
	return s->t[i].type == T_STR && mem_find(s->b + s->t[i].off, s->t[i].len, w);
}

/* the key of a name token: sigils dropped ($x, @x, %x, @@x are x) */
static void tok_key(const struct sf *s, int i, char *out)
{
	const struct tok *t = &s->t[i];
	const unsigned char *p = s->b + t->off;
	size_t l = t->len;
	while (l > 1 && (*p == '$' || *p == '@' || *p == '%' || *p == '&')) {
		p++;
		l--;
	}
	if (l > 1 && *p == '{' && p[l - 1] == '}') { /* ${name} */
		p++;
		l -= 2;
	}
	if (l >= SF_NAME_LEN)
		l = SF_NAME_LEN - 1;
	memcpy(out, p, l);
	out[l] = 0;
}

static uint32_t hash_str(const char *k)
{
	uint32_t h = 2166136261u;
	for (; *k; k++)
		h = (h ^ (unsigned char)*k) * 16777619u;
	return h;
}

/* the index of key, created when create; -1 when the table is full */
static int name_get(struct sf *s, const char *k, bool create)
{
	uint32_t h = hash_str(k) & (SF_MAX_NAMES - 1);
	for (int probe = 0; probe < SF_MAX_NAMES; probe++) {
		struct name *nm = &s->names[h];
		if (!nm->used) {
			if (!create || s->nnames >= SF_MAX_NAMES / 2)
				return -1;
			nm->used = true;
			nm->from = -1;
			snprintf(nm->s, sizeof(nm->s), "%s", k);
			s->nnames++;
			return (int)h;
		}
		if (!strcmp(nm->s, k))
			return (int)h;
		h = (h + 1) & (SF_MAX_NAMES - 1);
	}
	return -1;
}

static bool tok_is(const struct sf *s, int i, const char *w);
static bool is_member(const struct sf *s, int i);
static bool holds_shell(const struct sf *s, int v);

/* Names are scoped by function: a name assigned in a function body (Perl
 * with my/local, Node with let/const/var, Python and Ruby always) and a
 * parameter are the function's; attributes (self.x, @x, $x->{..}) and
 * names of the top level are the file's. A read finds the function's
 * name first, then the file's. */
static bool perl_my(const struct sf *s, int i)
{
	for (int j = i - 1; j >= 0 && j > i - 12; j--) {
		if (tok_is(s, j, "my") || tok_is(s, j, "local") || tok_is(s, j, "state"))
			return true;
		if (s->t[j].type == T_NL || tok_is(s, j, "=") || tok_is(s, j, ";") ||
		    tok_is(s, j, "{"))
			return false;
	}
	return false;
}

static int tok_name(struct sf *s, int i, bool create)
{
	char k[SF_NAME_LEN];
	tok_key(s, i, k);
	if (!k[0])
		return -1;
	int F = s->param_scope >= 0 ? s->param_scope : s->scope ? s->scope[i] : -1;
	const struct tok *t = &s->t[i];
	unsigned char c0 = s->b[t->off];
	bool member = is_member(s, i - 1) || (s->lang == L_RB && t->type == T_VAR) ||
	              (t->type == T_VAR && isdigit((unsigned char)k[0]));
	if (F < 0 || member)
		return name_get(s, k, create);
	char lk[SF_NAME_LEN + 8];
	snprintf(lk, sizeof(lk), "%d|%s", F, k);
	int li = name_get(s, lk, false);
	if (li >= 0 || s->param_scope >= 0)
		return li >= 0 ? li : name_get(s, lk, create);
	if (create) {
		bool local =
		    s->lang == L_PY || s->lang == L_RB ||
		    (s->lang == L_PL && c0 != '@' && perl_my(s, i)) ||
		    (s->lang == L_PL && c0 == '@' && perl_my(s, i)) ||
		    (s->lang == L_JS && (tok_is(s, i - 1, "let") || tok_is(s, i - 1, "const") ||
		                         tok_is(s, i - 1, "var")));
		if (local)
			return name_get(s, lk, true);
	}
	return name_get(s, k, create);
}

static void taint2(struct sf *s, int ni, int from, const char *label, bool argonly)
{
	if (ni < 0 || (s->names[ni].tainted && (argonly || !s->names[ni].argonly)))
		return;
	int depth = from >= 0 && from != ni ? s->names[from].depth + 1 : 0;
	if (depth > SF_MAX_DEPTH)
		return;
	struct name *nm = &s->names[ni];
	bool upgrade = nm->tainted;
	nm->tainted = true;
	nm->argonly = argonly;
	nm->depth = depth;
#ifdef SF_TRACE
	fprintf(stderr, "taint %s%s from %s label %s\n", nm->s, argonly ? " (arg)" : "",
	        from >= 0 ? s->names[from].s : "-", label ? label : "");
#endif
	if (upgrade && from == ni) {
		s->changed = true;
		return;
	}
	nm->from = from == ni ? -1 : from;
	snprintf(nm->label, sizeof(nm->label), "%s", label ? label : "");
	s->changed = true;
}

static void taint(struct sf *s, int ni, int from, const char *label)
{
	taint2(s, ni, from, label, false);
}

/* ---------- language ---------- */

static bool line_starts(const unsigned char *b, size_t n, const char *w)
{
	size_t l = strlen(w);
	const unsigned char *p = b, *e = b + n;
	while (p < e) {
		if ((size_t)(e - p) >= l && !memcmp(p, w, l))
			return true;
		const unsigned char *nl = memchr(p, '\n', (size_t)(e - p));
		if (!nl)
			break;
		p = nl + 1;
	}
	return false;
}

static enum lang detect(const unsigned char *b, size_t n)
{
	if (n > 2 && b[0] == '#' && b[1] == '!') {
		const unsigned char *nl = memchr(b, '\n', n);
		size_t l = nl ? (size_t)(nl - b) : n;
		if (l > 200)
			l = 200;
		if (mem_find(b, l, "python"))
			return L_PY;
		if (mem_find(b, l, "perl"))
			return L_PL;
		if (mem_find(b, l, "ruby"))
			return L_RB;
		if (mem_find(b, l, "node") || mem_find(b, l, "deno") || mem_find(b, l, "bun"))
			return L_JS;
		return L_NONE; /* a shell, awk, php ... */
	}
	size_t m = n < 65536 ? n : 65536;
	int py = 0, pl = 0, rb = 0, js = 0;
	if (line_starts(b, m, "import ") || line_starts(b, m, "from "))
		py += 3;
	if (mem_find(b, m, "def ") && mem_find(b, m, "):"))
		py += 2;
	if (mem_find(b, m, "__name__"))
		py += 2;
	if (mem_find(b, m, "elif ") || mem_find(b, m, "self."))
		py++;
	if (line_starts(b, m, "use strict") || line_starts(b, m, "use warnings"))
		pl += 3;
	if (mem_find(b, m, "my $") || mem_find(b, m, "my ("))
		pl += 2;
	if (line_starts(b, m, "use ") && mem_find(b, m, ";") && mem_find(b, m, "$"))
		pl += 3;
	if (mem_find(b, m, "PF_INET") || mem_find(b, m, "sockaddr_in(") ||
	    mem_find(b, m, "open(STDIN"))
		pl += 3;
	if (mem_find(b, m, "sub ") && mem_find(b, m, "@_"))
		pl += 2;
	if (line_starts(b, m, "require '") || line_starts(b, m, "require \""))
		rb += 3;
	if (mem_find(b, m, "\nend") && (mem_find(b, m, " do |") || mem_find(b, m, "puts ")))
		rb += 2;
	if (mem_find(b, m, "#{"))
		rb++;
	if (mem_find(b, m, "require(") || mem_find(b, m, "module.exports"))
		js += 3;
	if (mem_find(b, m, "const ") || mem_find(b, m, "let "))
		js++;
	if (mem_find(b, m, "=> {") || mem_find(b, m, "function("))
		js++;
	if (line_starts(b, m, "import ") && mem_find(b, m, " from '"))
		js += 2, py -= 2;
	int best = 2;
	enum lang l = L_NONE;
	if (py > best)
		best = py, l = L_PY;
	if (pl > best)
		best = pl, l = L_PL;
	if (rb > best)
		best = rb, l = L_RB;
	if (js > best)
		best = js, l = L_JS;
	if (l == L_NONE && best == 2) { /* a tie at 2 or a lone 3: the strongest */
		if (py == 3 || pl == 3 || rb == 3 || js == 3)
			l = js == 3 ? L_JS : pl == 3 ? L_PL : py == 3 ? L_PY : L_RB;
	}
	return l;
}

/* ---------- tokenizer ---------- */

static bool identc(unsigned char c)
{
	return isalnum(c) || c == '_' || c >= 0x80;
}

static void emit(struct sf *s, uint8_t type, size_t off, size_t len)
{
	if (s->nt >= s->cap) {
		s->truncated = true;
		return;
	}
	if (type == T_NL && s->nt && s->t[s->nt - 1].type == T_NL)
		return;
	struct tok *t = &s->t[s->nt++];
	t->off = (uint32_t)off;
	t->len = (uint32_t)len;
	t->type = type;
	t->match = -1;
	t->interp = 0;
	t->cmd = 0;
}

/* a value just ended: / is division, % is modulo, < is less-than */
static bool after_value(const struct sf *s)
{
	if (!s->nt)
		return false;
	const struct tok *t = &s->t[s->nt - 1];
	if (t->type == T_VAR || t->type == T_NUM || t->type == T_STR || t->type == T_READ)
		return true;
	if (t->type == T_ID) {
		static const char *const kw[] = {
		    "return", "split", "if",  "unless", "and",  "or", "not", "grep", "when",
		    "while",  "until", "map", "typeof", "case", "in", "of",  "puts", NULL};
		return !tok_in(s, s->nt - 1, kw);
	}
	if (t->type == T_OP) {
		unsigned char c = s->b[t->off];
		return t->len == 1 && (c == ')' || c == ']' || c == '}');
	}
	return false;
}

static unsigned char closer(unsigned char c)
{
	switch (c) {
	case '(':
		return ')';
	case '[':
		return ']';
	case '{':
		return '}';
	case '<':
		return '>';
	default:
		return c;
	}
}

/* a delimited body from p (just after the opening delimiter); returns the
 * index of the closing delimiter (or n) */
static size_t delimited(const unsigned char *b, size_t n, size_t p, unsigned char open)
{
	unsigned char close = closer(open);
	int depth = 1;
	while (p < n) {
		unsigned char c = b[p];
		if (c == '\\' && p + 1 < n) {
			p += 2;
			continue;
		}
		if (open != close && c == open)
			depth++;
		else if (c == close && --depth == 0)
			return p;
		p++;
	}
	return n;
}

struct heredoc {
	char term[32];
	size_t tl;
	bool interp, indent;
	int tok;
};

static void lex(struct sf *s)
{
	const unsigned char *b = s->b;
	size_t n = s->n, p = 0;
	bool bol = true;
	struct heredoc hd[4];
	int nhd = 0;
	enum lang L = s->lang;
	while (p < n && !s->truncated) {
		unsigned char c = b[p];
		if (c == '\n') {
			emit(s, T_NL, p, 1);
			p++;
			bol = true;
			for (int h = 0; h < nhd; h++) { /* heredoc bodies */
				size_t start = p;
				size_t end = n, next = n;
				while (p < n) {
					const unsigned char *nl = memchr(b + p, '\n', n - p);
					size_t le = nl ? (size_t)(nl - b) : n;
					size_t q = p;
					if (hd[h].indent)
						while (q < le && (b[q] == ' ' || b[q] == '\t'))
							q++;
					size_t ll = le - q;
					if (ll && b[le - 1] == '\r')
						ll--;
					if (ll == hd[h].tl && !memcmp(b + q, hd[h].term, ll)) {
						end = p;
						next = nl ? le + 1 : n;
						break;
					}
					p = nl ? le + 1 : n;
				}
				if (p >= n)
					end = next = n;
				if (hd[h].tok >= 0 && hd[h].tok < s->nt) {
					s->t[hd[h].tok].off = (uint32_t)start;
					s->t[hd[h].tok].len = (uint32_t)(end - start);
				}
				p = next;
			}
			nhd = 0;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0) {
			p++;
			continue;
		}
		/* POD and =begin blocks */
		if (bol && c == '=' && p + 1 < n && isalpha(b[p + 1]) && (L == L_PL || L == L_RB)) {
			const char *endw = L == L_PL ? "\n=cut" : "\n=end";
			const unsigned char *e = memmem(b + p, n - p, endw, 5);
			if (!e) {
				p = n;
				break;
			}
			p = (size_t)(e - b) + 5;
			const unsigned char *nl = memchr(b + p, '\n', n - p);
			p = nl ? (size_t)(nl - b) : n;
			continue;
		}
		bol = false;
		/* comments */
		if ((c == '#' && L != L_JS) || (c == '#' && p == 0 && L == L_JS) ||
		    (L == L_JS && c == '/' && p + 1 < n && b[p + 1] == '/')) {
			const unsigned char *nl = memchr(b + p, '\n', n - p);
			p = nl ? (size_t)(nl - b) : n;
			continue;
		}
		if (L == L_JS && c == '/' && p + 1 < n && b[p + 1] == '*') {
			const unsigned char *e = memmem(b + p + 2, n - p - 2, "*/", 2);
			p = e ? (size_t)(e - b) + 2 : n;
			continue;
		}
		/* strings */
		if (c == '"' || c == '\'' || c == '`') {
			bool triple = L == L_PY && p + 2 < n && b[p + 1] == c && b[p + 2] == c;
			size_t q = p + (triple ? 3 : 1);
			size_t e = n;
			while (q < n) {
				if (b[q] == '\\' && q + 1 < n) {
					q += 2;
					continue;
				}
				if (b[q] == c &&
				    (!triple || (q + 2 < n && b[q + 1] == c && b[q + 2] == c))) {
					e = q;
					break;
				}
				if (b[q] == '\n' && !triple && L == L_PY)
					break; /* an unterminated Python string ends at its line */
				q++;
			}
			if (q >= n)
				e = n;
			else if (e == n)
				e = q;
			size_t start = p + (triple ? 3 : 1);
			emit(s, T_STR, start, e - start);
			if (!s->truncated) {
				struct tok *t = &s->t[s->nt - 1];
				bool fpre = false;
				if (L == L_PY && s->nt >= 2 && s->t[s->nt - 2].type == T_ID &&
				    s->t[s->nt - 2].off + s->t[s->nt - 2].len == p) {
					/* a prefix: f"", rb"" ... */
					const struct tok *pt = &s->t[s->nt - 2];
					if (pt->len <= 2) {
						for (uint32_t k = 0; k < pt->len; k++)
							if (b[pt->off + k] == 'f' ||
							    b[pt->off + k] == 'F')
								fpre = true;
						s->t[s->nt - 2] = *t;
						s->nt--;
						t = &s->t[s->nt - 1];
					}
				}
				if (L == L_PY)
					t->interp = fpre;
				else if (c == '"')
					t->interp = L != L_JS;
				else if (c == '`') {
					t->interp = 1;
					t->cmd = L != L_JS;
				}
			}
			p = e < n ? e + (triple ? 3 : 1) : n;
			continue;
		}
		/* Perl <$fh>, <FH> */
		if (L == L_PL && c == '<' && !after_value(s)) {
			size_t q = p + 1;
			if (q < n && b[q] == '$')
				q++;
			size_t a = q;
			while (q < n && identc(b[q]))
				q++;
			if (q < n && b[q] == '>' && q > a) {
				emit(s, T_READ, a, q - a);
				p = q + 1;
				continue;
			}
		}
		/* heredocs */
		if ((L == L_PL || L == L_RB) && c == '<' && p + 2 < n && b[p + 1] == '<' &&
		    nhd < 4) {
			size_t q = p + 2;
			bool indent = false;
			if (q < n && (b[q] == '~' || b[q] == '-')) {
				indent = true;
				q++;
			}
			unsigned char qc = 0;
			if (q < n && (b[q] == '"' || b[q] == '\''))
				qc = b[q++];
			size_t a = q;
			while (q < n && identc(b[q]))
				q++;
			if (q > a && q - a < 32 && (qc || isupper(b[a]) || b[a] == '_') &&
			    (!qc || (q < n && b[q] == qc))) {
				struct heredoc *h = &hd[nhd++];
				memcpy(h->term, b + a, q - a);
				h->tl = q - a;
				h->interp = qc != '\'';
				h->indent = indent || L == L_RB;
				emit(s, T_STR, q, 0);
				h->tok = s->truncated ? -1 : s->nt - 1;
				if (!s->truncated)
					s->t[s->nt - 1].interp = h->interp;
				p = qc ? q + 1 : q;
				continue;
			}
		}
		/* regex literals */
		if (c == '/' && L != L_PY && !after_value(s)) {
			size_t q = p + 1;
			bool cls = false;
			while (q < n && b[q] != '\n') {
				if (b[q] == '\\' && q + 1 < n) {
					q += 2;
					continue;
				}
				if (b[q] == '[')
					cls = true;
				else if (b[q] == ']')
					cls = false;
				else if (b[q] == '/' && !cls)
					break;
				q++;
			}
			if (q < n && b[q] == '/') {
				emit(s, T_STR, p + 1, q - p - 1);
				p = q + 1;
				while (p < n && isalpha(b[p]))
					p++;
				continue;
			}
		}
		/* Ruby %q() %Q() %w() %x() %() */
		if (L == L_RB && c == '%' && !after_value(s) && p + 1 < n) {
			size_t q = p + 1;
			unsigned char kind = 0;
			if (strchr("qQwWiIxr", b[q]) && q + 1 < n && !identc(b[q + 1]) &&
			    b[q + 1] != ' ')
				kind = b[q++];
			unsigned char d = q < n ? b[q] : 0;
			if (d && strchr("([{<|!/^", d)) {
				size_t e = delimited(b, n, q + 1, d);
				emit(s, T_STR, q + 1, e - q - 1);
				if (!s->truncated) {
					s->t[s->nt - 1].interp =
					    kind != 'q' && kind != 'w' && kind != 'i';
					s->t[s->nt - 1].cmd = kind == 'x';
				}
				p = e < n ? e + 1 : n;
				continue;
			}
		}
		/* variables */
		if ((L == L_PL || L == L_RB) &&
		    (c == '$' || c == '@' || (c == '%' && L == L_PL && !after_value(s)))) {
			size_t q = p + 1;
			if (q < n && b[q] == '@')
				q++;
			if (L == L_PL && c == '$' && q < n && b[q] == '#')
				q++;
			if (q < n && b[q] == '{' && L == L_PL) {
				size_t e = delimited(b, n, q + 1, '{');
				if (e - q < SF_NAME_LEN) {
					emit(s, T_VAR, p, (e < n ? e + 1 : n) - p);
					p = e < n ? e + 1 : n;
					continue;
				}
			}
			size_t a = q;
			while (q < n &&
			       (identc(b[q]) || (L == L_PL && b[q] == ':' && q + 1 < n &&
			                         b[q + 1] == ':' && q + 2 < n && identc(b[q + 2]))))
				q += b[q] == ':' ? 2 : 1;
			/* punctuation variables: $` and $' would otherwise open a
			 * command or a string that swallows the rest of the file; $$
			 * is the pid unless a name follows ($$ref) */
			if (q == a && q < n &&
			    (strchr("_&!0;~@/\\,.`'\"+<>|?-=%:()[]^", b[q]) ||
			     (b[q] == '$' && L == L_PL && (q + 1 >= n || !identc(b[q + 1])))))
				q += b[q] == '^' && q + 1 < n && isupper(b[q + 1]) ? 2 : 1;
			if (q > a) {
				emit(s, T_VAR, p, q - p);
				p = q;
				continue;
			}
		}
		/* identifiers (Perl and Ruby join :: ; Ruby allows ? and !) */
		if (isalpha(c) || c == '_' || c >= 0x80 || (c == '$' && L == L_JS)) {
			size_t q = p + 1;
			while (q < n) {
				if (identc(b[q]) || (b[q] == '$' && L == L_JS))
					q++;
				else if ((L == L_PL || L == L_RB) && b[q] == ':' && q + 2 < n &&
				         b[q + 1] == ':' && (isalpha(b[q + 2]) || b[q + 2] == '_'))
					q += 2;
				else
					break;
			}
			if (L == L_RB && q < n && (b[q] == '?' || b[q] == '!') &&
			    !(q + 1 < n && b[q + 1] == '='))
				q++;
			/* Perl quote-like operators */
			if (L == L_PL) {
				size_t l = q - p;
				bool ql =
				    (l == 1 && (c == 'q' || c == 'm' || c == 's' || c == 'y')) ||
				    (l == 2 &&
				     (!memcmp(b + p, "qq", 2) || !memcmp(b + p, "qw", 2) ||
				      !memcmp(b + p, "qx", 2) || !memcmp(b + p, "qr", 2) ||
				      !memcmp(b + p, "tr", 2)));
				size_t d = q;
				while (ql && d < n && (b[d] == ' ' || b[d] == '\t'))
					d++;
				if (ql && d < n && !identc(b[d]) && !isspace(b[d]) &&
				    !strchr("=,;)}>-", b[d]) &&
				    !(s->nt && tok_is(s, s->nt - 1, "->")) &&
				    !(d + 1 < n && b[d] == '=' && b[d + 1] == '>')) {
					unsigned char dl = b[d];
					size_t e = delimited(b, n, d + 1, dl);
					emit(s, T_STR, d + 1, (e < n ? e : n) - d - 1);
					if (!s->truncated) {
						s->t[s->nt - 1].interp =
						    !(l == 1 && c == 'q') && memcmp(b + p, "qw", 2);
						s->t[s->nt - 1].cmd =
						    l == 2 && !memcmp(b + p, "qx", 2);
					}
					bool two = (l == 1 && (c == 's' || c == 'y')) ||
					           (l == 2 && !memcmp(b + p, "tr", 2));
					p = e < n ? e + 1 : n;
					if (two && p <= n) {
						if (closer(dl) != dl) { /* s{..}{..} */
							while (p < n && isspace(b[p]))
								p++;
							if (p < n) {
								unsigned char d2 = b[p];
								size_t e2 =
								    delimited(b, n, p + 1, d2);
								p = e2 < n ? e2 + 1 : n;
							}
						} else {
							size_t e2 = delimited(b, n, p, dl);
							p = e2 < n ? e2 + 1 : n;
						}
					}
					while (p < n && isalpha(b[p]))
						p++;
					continue;
				}
			}
			emit(s, T_ID, p, q - p);
			p = q;
			continue;
		}
		if (isdigit(c)) {
			size_t q = p + 1;
			while (q < n && (isalnum(b[q]) || b[q] == '.' || b[q] == '_'))
				q++;
			emit(s, T_NUM, p, q - p);
			p = q;
			continue;
		}
		/* operators */
		static const char *const ops[] = {"===", "!==", "**=", "||=", "&&=", "//=", "...",
		                                  "<=>", "==",  "!=",  "=~",  "!~",  "=>",  "<=",
		                                  ">=",  "->",  "+=",  "-=",  ".=",  ":=",  "&&",
		                                  "||",  "<<",  ">>",  "::",  "|=",  "&.",  NULL};
		size_t ol = 1;
		for (const char *const *o = ops; *o; o++) {
			size_t l = strlen(*o);
			if (p + l <= n && !memcmp(b + p, *o, l)) {
				ol = l;
				break;
			}
		}
		emit(s, T_OP, p, ol);
		p += ol;
	}
	/* brackets */
	int *stack = xcalloc((size_t)s->nt + 1, sizeof(int));
	int sp = 0;
	for (int i = 0; i < s->nt; i++) {
		struct tok *t = &s->t[i];
		if (t->type != T_OP || t->len != 1)
			continue;
		unsigned char c = s->b[t->off];
		if (c == '(' || c == '[' || c == '{') {
			stack[sp++] = i;
		} else if (c == ')' || c == ']' || c == '}') {
			/* unwind to the matching kind; a stray closer is left alone */
			unsigned char want = c == ')' ? '(' : c == ']' ? '[' : '{';
			int k = sp - 1;
			while (k >= 0 && s->b[s->t[stack[k]].off] != want && sp - k < 8)
				k--;
			if (k >= 0 && s->b[s->t[stack[k]].off] == want) {
				t->match = stack[k];
				s->t[stack[k]].match = i;
				sp = k;
			}
		}
	}
	free(stack);
}

/* ---------- tables: what reads the network, what runs ---------- */

/* Module or class names whose calls return a network channel or data
 * (a member call on them is a source: socket.socket(), requests.get(),
 * IO::Socket::INET->new, TCPSocket.new, https.get ...). */
static const char *const py_netmods[] = {
    /* sockets, TLS, asyncio streams */
    "socket", "websocket", "websockets", "socketserver",
    /* HTTP clients */
    "requests", "urllib", "urllib2", "httplib", "http", "httpx", "aiohttp", "urllib3", "session",
    "client", "pycurl", "telnetlib", "ftplib", "paramiko",
    /* DNS */
    "resolver", NULL};
static const char *const pl_netmods[] = {
    "IO::Socket::INET",  "IO::Socket::SSL", "IO::Socket::IP",    "IO::Socket",
    "IO::Socket::INET6", "LWP::UserAgent",  "HTTP::Tiny",        "Net::HTTP",
    "Net::HTTPS",        "Mojo::UserAgent", "HTTP::Request",     "Net::DNS::Resolver",
    "Net::IRC",          "Net::Telnet",     "IO::Socket::Socks", NULL};
static const char *const rb_netmods[] = {"TCPSocket",   "TCPServer",
                                         "UDPSocket",   "Socket",
                                         "SSLSocket",   "OpenSSL::SSL::SSLSocket",
                                         "Net::HTTP",   "HTTParty",
                                         "RestClient",  "Faraday",
                                         "Resolv::DNS", "Excon",
                                         "HTTP",        "WebSocket::Client::Simple",
                                         NULL};
static const char *const js_netmods[] = {
    /* node modules (their aliases are found from require/import) */
    "http", "https",      "net",    "tls",       "dgram", "dns",   "axios",
    "got",  "superagent", "needle", "WebSocket", "io",    "fetch", NULL};
/* require('X') / import of these makes the name an alias of a network module */
static const char *const js_netreq[] = {"http",       "https",
                                        "net",        "tls",
                                        "dgram",      "dns",
                                        "axios",      "got",
                                        "superagent", "needle",
                                        "ws",         "node-fetch",
                                        "request",    "socket.io-client",
                                        "websocket",  "undici",
                                        "telegraf",   "node-telegram-bot-api",
                                        "discord.js", "dns/promises",
                                        "node:http",  "node:https",
                                        "node:net",   "node:tls",
                                        "node:dns",   "node:dgram",
                                        NULL};

/* Calls that read from a peer whatever the receiver. */
static const char *const py_srcfn[] = {
    "recv",        "recvfrom",     "makefile",        "urlopen",
    "accept",      "getresponse",  "open_connection", "create_connection",
    "wrap_socket", "urlretrieve_", "resolve",         "FieldStorage",
    NULL};
static const char *const pl_srcfn[] = {"accept", "recv", "param", "get_url", NULL};
static const char *const rb_srcfn[] = {
    "recv",          "recvfrom",    "accept",       "read_nonblock",
    "recv_nonblock", "getresource", "getresources", NULL};
static const char *const js_srcfn[] = {"resolveTxt", "createConnection", "createServer", "connect",
                                       NULL};
/* calls on these names are not sources (host names, constants) */
static const char *const not_src[] = {"gethostname",
                                      "gethostbyname",
                                      "inet_aton",
                                      "inet_ntoa",
                                      "htons",
                                      "ntohs",
                                      "setdefaulttimeout",
                                      "getfqdn",
                                      "sleep",
                                      "run",
                                      "get_event_loop",
                                      "Event",
                                      "Lock",
                                      "Queue",
                                      "gather",
                                      "wait_for",
                                      "create_task",
                                      "new_event_loop",
                                      "exceptions",
                                      "parse",
                                      "quote",
                                      "urlencode",
                                      "urlparse",
                                      "quote_plus",
                                      "unquote",
                                      "Request",
                                      "join",
                                      "URI",
                                      NULL};
/* web request input: receiver.field */
static const char *const req_recv[] = {"request", "req", "cgi", "form", NULL};
static const char *const req_field[] = {
    "args", "form",  "values", "data",     "json",     "get_json", "get_data",     "GET", "POST",
    "body", "query", "params", "getvalue", "getfirst", "cookies",  "query_string", NULL};
/* chat-bot libraries: the text of a message or event */
static const char *const chat_recv[] = {"message", "msg",         "update", "event", "evt",
                                        "ctx",     "interaction", "m",      NULL};
static const char *const chat_field[] = {"content", "text", "body", "caption", NULL};

/* command output of a network client: its output is network bytes */
static const char *const net_cmds[] = {"curl ",  "wget ",      "dig ",     "nslookup ", "host -t",
                                       "drill ", "lynx -dump", "fetch -o", NULL};

enum sink_kind { SK_CMD, SK_CODE };
struct sink {
	uint8_t langs;    /* bit per language */
	const char *recv; /* NULL: any receiver or none; "": no receiver */
	const char *name;
	uint8_t kind;
};
#define B(l) (1u << (l))
static const struct sink sinks[] = {
    /* Python: os, subprocess, pty, asyncio, commands; exec/eval */
    {B(L_PY), NULL, "system", SK_CMD},
    {B(L_PY), NULL, "popen", SK_CMD},
    {B(L_PY), NULL, "popen2", SK_CMD},
    {B(L_PY), NULL, "popen3", SK_CMD},
    {B(L_PY), NULL, "Popen", SK_CMD},
    {B(L_PY), NULL, "getoutput", SK_CMD},
    {B(L_PY), NULL, "getstatusoutput", SK_CMD},
    {B(L_PY), NULL, "check_output", SK_CMD},
    {B(L_PY), NULL, "check_call", SK_CMD},
    {B(L_PY), "subprocess", "run", SK_CMD},
    {B(L_PY), "subprocess", "call", SK_CMD},
    {B(L_PY), "pty", "spawn", SK_CMD},
    {B(L_PY), NULL, "create_subprocess_shell", SK_CMD},
    {B(L_PY), NULL, "create_subprocess_exec", SK_CMD},
    {B(L_PY), "os", "execl", SK_CMD},
    {B(L_PY), "os", "execlp", SK_CMD},
    {B(L_PY), "os", "execv", SK_CMD},
    {B(L_PY), "os", "execvp", SK_CMD},
    {B(L_PY), "os", "execve", SK_CMD},
    {B(L_PY), "os", "spawnl", SK_CMD},
    {B(L_PY), "os", "spawnlp", SK_CMD},
    {B(L_PY), "os", "spawnv", SK_CMD},
    {B(L_PY), "os", "spawnvp", SK_CMD},
    {B(L_PY), "", "exec", SK_CODE},
    {B(L_PY), "", "eval", SK_CODE},
    {B(L_PY), "", "execfile", SK_CODE},
    /* Perl: system, exec, open with a pipe (qx and backticks are strings); string eval */
    {B(L_PL), "", "system", SK_CMD},
    {B(L_PL), "", "exec", SK_CMD},
    {B(L_PL), "", "open", SK_CMD},
    {B(L_PL), "", "eval", SK_CODE},
    /* Ruby: system, exec, spawn, IO.popen, Open3, Process.spawn; eval family */
    {B(L_RB), NULL, "system", SK_CMD},
    {B(L_RB), NULL, "exec", SK_CMD},
    {B(L_RB), NULL, "spawn", SK_CMD},
    {B(L_RB), "IO", "popen", SK_CMD},
    {B(L_RB), "Open3", "popen3", SK_CMD},
    {B(L_RB), "Open3", "popen2", SK_CMD},
    {B(L_RB), "Open3", "popen2e", SK_CMD},
    {B(L_RB), "Open3", "capture2", SK_CMD},
    {B(L_RB), "Open3", "capture2e", SK_CMD},
    {B(L_RB), "Open3", "capture3", SK_CMD},
    {B(L_RB), "PTY", "spawn", SK_CMD},
    {B(L_RB), NULL, "eval", SK_CODE},
    {B(L_RB), NULL, "instance_eval", SK_CODE},
    {B(L_RB), NULL, "class_eval", SK_CODE},
    {B(L_RB), NULL, "module_eval", SK_CODE},
    /* Node: child_process (checked against its aliases); eval, Function, vm */
    {B(L_JS), NULL, "exec", SK_CMD},
    {B(L_JS), NULL, "execSync", SK_CMD},
    {B(L_JS), NULL, "spawn", SK_CMD},
    {B(L_JS), NULL, "spawnSync", SK_CMD},
    {B(L_JS), NULL, "execFile", SK_CMD},
    {B(L_JS), NULL, "execFileSync", SK_CMD},
    {B(L_JS), NULL, "fork", SK_CODE},
    {B(L_JS), "", "eval", SK_CODE},
    {B(L_JS), "", "Function", SK_CODE},
    {B(L_JS), "vm", "runInNewContext", SK_CODE},
    {B(L_JS), "vm", "runInThisContext", SK_CODE},
    {B(L_JS), "vm", "runInContext", SK_CODE},
    {B(L_JS), "vm", "Script", SK_CODE},
    {B(L_JS), NULL, "compileFunction", SK_CODE},
};

static const char *const shells[] = {
    "sh",         "bash",         "/bin/sh",       "/bin/bash",   "/bin/zsh", "zsh",
    "dash",       "/bin/dash",    "ksh",           "/bin/ksh",    "cmd.exe",  "cmd",
    "powershell", "/usr/bin/env", "/usr/bin/bash", "/usr/bin/sh", "sh.exe",   NULL};

/* the gate: some sink is named (memmem over the bytes) */
bool script_flow_gate(const unsigned char *buf, size_t len)
{
	static const char *const w[] = {"system",     "popen", "exec",   "spawn", "eval",  "`",
	                                "subprocess", "qx",    "%x",     "Open3", "Popen", "output",
	                                "Function",   "runIn", "Script", "open",  NULL};
	for (const char *const *p = w; *p; p++)
		if (mem_find(buf, len, *p))
			return true;
	return false;
}

/* ---------- analysis ---------- */

static bool is_op(const struct sf *s, int i, char c)
{
	return i >= 0 && i < s->nt && s->t[i].type == T_OP && s->t[i].len == 1 &&
	       s->b[s->t[i].off] == (unsigned char)c;
}

static bool is_member(const struct sf *s, int i) /* . -> :: &. */
{
	return is_op(s, i, '.') || tok_is(s, i, "->") || tok_is(s, i, "::") || tok_is(s, i, "&.");
}

static bool is_assign(const struct sf *s, int i)
{
	static const char *const a[] = {"=", "+=", ".=", "||=", "//=", ":=", "&&=", "|=", NULL};
	if (s->t[i].type != T_OP)
		return false;
	if (tok_in(s, i, a))
		return true;
	return s->lang == L_RB && tok_is(s, i, "<<"); /* buf << data */
}

static bool is_compare(const struct sf *s, int i)
{
	static const char *const c[] = {"==", "!=", "===", "!==", "eq", "ne", "<",
	                                ">",  "<=", ">=",  "<=>", "is", NULL};
	return i >= 0 && i < s->nt && s->t[i].type != T_STR && tok_in(s, i, c);
}

/* the receiver name of the member call at i (x.name, x->name), or -1 */
static int receiver(const struct sf *s, int i)
{
	if (i >= 2 && is_member(s, i - 1))
		return i - 2;
	return -1;
}

/* a string's text contains one of list */
static bool str_has_any(const struct sf *s, int i, const char *const *list)
{
	for (; *list; list++)
		if (str_has(s, i, *list))
			return true;
	return false;
}

static bool is_literal_table(struct sf *s, int i)
{
	if (!is_name(s, i))
		return false;
	int ni = tok_name(s, i, false);
	return ni >= 0 && s->names[ni].table;
}

static void set_label(const struct sf *s, int i, char *out, size_t cap, const char *suffix)
{
	int r = receiver(s, i);
	char a[SF_NAME_LEN] = "", k[SF_NAME_LEN];
	if (r >= 0 && is_name(s, r)) {
		tok_key(s, r, a);
	}
	tok_key(s, i, k);
	snprintf(out, cap, "%s%s%s%s", a, a[0] ? "." : "", k, suffix);
}

/* the paren group after i (i+1 is '('), or -1 */
static int call_close(const struct sf *s, int i)
{
	if (is_op(s, i + 1, '(') && s->t[i + 1].match > i + 1)
		return s->t[i + 1].match;
	return -1;
}

static bool group_has_netcmd(const struct sf *s, int a, int b)
{
	static const char *const words[] = {"curl", "wget", "dig", "nslookup", "drill", NULL};
	for (int j = a; j < b && j < s->nt; j++) {
		if (s->t[j].type != T_STR)
			continue;
		if (str_has_any(s, j, net_cmds))
			return true;
		for (const char *const *w = words; *w; w++)
			if (str_eq(s, j, *w))
				return true;
		if (str_eq(s, j, "host") && j + 1 < b &&
		    (str_eq(s, j + 1, "-t") || str_eq(s, j + 1, "-ttxt")))
			return true;
	}
	return false;
}

/* The interpolated names of string token i: calls fn for each, with
 * first = it opens the string (after blanks). */
typedef bool (*interp_fn)(struct sf *s, int ni, bool first, void *ud);
static int scoped_get(struct sf *s, int i, const char *k)
{
	int F = s->scope ? s->scope[i] : -1;
	if (F >= 0) {
		char lk[SF_NAME_LEN + 8];
		snprintf(lk, sizeof(lk), "%d|%s", F, k);
		int li = name_get(s, lk, false);
		if (li >= 0)
			return li;
	}
	return name_get(s, k, false);
}

static bool interp_names(struct sf *s, int i, interp_fn fn, void *ud)
{
	const struct tok *t = &s->t[i];
	if (!t->interp)
		return false;
	const unsigned char *p = s->b + t->off, *e = p + t->len;
	const unsigned char *lead = p;
	while (lead < e && (*lead == ' ' || *lead == '\t' || *lead == '"' || *lead == '\''))
		lead++;
	int count = 0;
	while (p < e && count < 64) {
		const unsigned char *start = p;
		char k[SF_NAME_LEN];
		size_t kl = 0;
		if (s->lang == L_PL && (*p == '$' || *p == '@') && p + 1 < e) {
			const unsigned char *q = p + 1;
			if (*q == '{')
				q++;
			while (q < e && (identc(*q) || (*q == ':' && q + 1 < e && q[1] == ':')) &&
			       kl < SF_NAME_LEN - 1)
				k[kl++] = (char)*q++;
			p = q > p + 1 ? q : p + 1;
		} else if ((s->lang == L_RB && *p == '#' && p + 1 < e && p[1] == '{') ||
		           (s->lang == L_JS && *p == '$' && p + 1 < e && p[1] == '{') ||
		           (s->lang == L_PY && *p == '{' && !(p + 1 < e && p[1] == '{'))) {
			const unsigned char *q = p + (s->lang == L_PY ? 1 : 2);
			while (q < e && (*q == ' ' || *q == '@' || *q == '$'))
				q++;
			while (q < e && identc(*q) && kl < SF_NAME_LEN - 1)
				k[kl++] = (char)*q++;
			/* a.b: the last simple name before the closing brace counts too */
			const unsigned char *close = memchr(q, '}', (size_t)(e - q));
			k[kl] = 0;
			if (kl) {
				count++;
				int ni = scoped_get(s, i, k);
				if (ni >= 0 && fn(s, ni, start == lead, ud))
					return true;
			}
			if (close && close - q < 128) {
				/* other names inside the braces */
				const unsigned char *r = q;
				while (r < close) {
					if (identc(*r) && !isdigit(*r) &&
					    (r == q || !identc(r[-1]))) {
						char k2[SF_NAME_LEN];
						size_t l2 = 0;
						while (r < close && identc(*r) &&
						       l2 < SF_NAME_LEN - 1)
							k2[l2++] = (char)*r++;
						k2[l2] = 0;
						int ni = scoped_get(s, i, k2);
						if (ni >= 0 && fn(s, ni, start == lead, ud))
							return true;
					} else {
						r++;
					}
				}
			}
			p = close ? close + 1 : e;
			continue;
		} else {
			p++;
			continue;
		}
		k[kl] = 0;
		if (kl) {
			count++;
			int ni = scoped_get(s, i, k);
			if (isdigit((unsigned char)k[0]) && kl == 1 && s->captures) {
				if (fn(s, -2, start == lead, ud))
					return true;
			} else if (ni >= 0 && fn(s, ni, start == lead, ud)) {
				return true;
			}
		}
	}
	return false;
}

struct why {
	int from; /* a tainted name, -1: a source */
	char label[SF_NAME_LEN];
	bool first_only; /* interp: only an interpolation that opens the string */
	bool found;
	bool argonly; /* the name found is tainted as an argument only */
};

static bool interp_tainted_cb(struct sf *s, int ni, bool first, void *ud)
{
	struct why *w = ud;
	if (w->first_only && !first)
		return false;
	if (ni == -2) {
		w->from = s->capture_from;
		snprintf(w->label, sizeof(w->label), "%s", s->capture_label);
		w->found = true;
		return true;
	}
	if (s->names[ni].tainted) {
		w->from = ni;
		w->label[0] = 0;
		w->found = true;
		return true;
	}
	return false;
}

static int in_perl_tainted_sub(const struct sf *s, int i)
{
	for (int f = 0; f < s->nfuncs; f++)
		if (s->funcs[f].tainted && i > s->funcs[f].body_a && i < s->funcs[f].body_b)
			return f;
	return -1;
}

/* A CGI environment variable that carries the request (token i: a
 * string or a bareword key). */
static bool cgi_var(const struct sf *s, int i)
{
	const struct tok *t = &s->t[i];
	if (t->type != T_STR && t->type != T_ID)
		return false;
	const char *v = (const char *)s->b + t->off;
	static const char *const keys[] = {"QUERY_STRING", "PATH_INFO", "REQUEST_URI", NULL};
	for (const char *const *k = keys; *k; k++)
		if (t->len == strlen(*k) && !memcmp(v, *k, t->len))
			return true;
	return t->len > 5 && !memcmp(v, "HTTP_", 5);
}

/* Is token i by itself a tainted value? (a tainted name, a source call or
 * field, a read of a tainted handle, a tainted interpolation, a capture) */
static bool tok_taint(struct sf *s, int i, struct why *w)
{
	const struct tok *t = &s->t[i];
	w->found = false;
	if (t->type == T_READ) {
		char k[SF_NAME_LEN];
		size_t l = t->len < SF_NAME_LEN - 1 ? t->len : SF_NAME_LEN - 1;
		memcpy(k, s->b + t->off, l);
		k[l] = 0;
		int ni = scoped_get(s, i, k);
		if (ni >= 0 && s->names[ni].tainted) {
			w->from = ni;
			snprintf(w->label, sizeof(w->label), "<$%s>", k);
			return w->found = true;
		}
		return false;
	}
	if (t->type == T_STR) {
		if (t->cmd && str_has_any(s, i, net_cmds)) {
			w->from = -1;
			snprintf(w->label, sizeof(w->label), "`%.*s`",
			         t->len > 24 ? 24 : (int)t->len, s->b + t->off);
			return w->found = true;
		}
		w->first_only = false;
		return interp_names(s, i, interp_tainted_cb, w);
	}
	if (!is_name(s, i))
		return false;
	char k[SF_NAME_LEN];
	tok_key(s, i, k);
	/* Perl and Ruby captures */
	if (t->type == T_VAR && isdigit((unsigned char)k[0]) && s->captures) {
		w->from = s->capture_from;
		snprintf(w->label, sizeof(w->label), "%s", s->capture_label);
		return w->found = true;
	}
	/* a CGI program's request: the environment's QUERY_STRING, HTTP_* and
	 * PATH_INFO ($ENV{..}, os.environ[..], ENV[..]) and, when it reads
	 * CONTENT_LENGTH, its stdin (the POST body: read(STDIN, $buf, ..)) */
	if (s->n <= SF_WEB_INPUT && (!strcmp(k, "ENV") || !strcmp(k, "environ")) &&
	    (is_op(s, i + 1, '{') || is_op(s, i + 1, '[') ||
	     (is_member(s, i + 1) && tok_is(s, i + 2, "get") && is_op(s, i + 3, '(')))) {
		int q = is_op(s, i + 3, '(') ? i + 4 : i + 2;
		if (q < s->nt && cgi_var(s, q)) {
			snprintf(w->label, sizeof(w->label), "%s[%.*s]", k,
			         s->t[q].len > 16 ? 16 : (int)s->t[q].len, s->b + s->t[q].off);
			w->from = -1;
			return w->found = true;
		}
	}
	/* Perl split(/re/) with no string splits $_ */
	if (s->lang == L_PL && t->type == T_ID && !strcmp(k, "split") && is_op(s, i + 1, '(') &&
	    s->t[i + 1].match > i + 1) {
		bool comma = false;
		for (int q = i + 2; q < s->t[i + 1].match; q++)
			comma |= is_op(s, q, ',');
		int u = name_get(s, "_", false);
		if (!comma && u >= 0 && s->names[u].tainted) {
			w->from = u;
			snprintf(w->label, sizeof(w->label), "%s", "split($_)");
			return w->found = true;
		}
	}
	if (s->cgi && t->type == T_ID && (!strcmp(k, "STDIN") || !strcmp(k, "stdin"))) {
		snprintf(w->label, sizeof(w->label), "%s", "STDIN(CGI)");
		w->from = -1;
		return w->found = true;
	}
	if (s->lang == L_PL && (!strcmp(k, "_") || tok_is(s, i, "shift")) &&
	    (tok_is(s, i, "@_") || tok_is(s, i, "shift") ||
	     (tok_is(s, i, "$_") && is_op(s, i + 1, '['))) &&
	    in_perl_tainted_sub(s, i) >= 0) {
		int f = in_perl_tainted_sub(s, i);
		w->from = -1;
		snprintf(w->label, sizeof(w->label), "%s(@_)", s->funcs[f].name);
		return w->found = true;
	}
	bool call = is_op(s, i + 1, '(');
	int r = receiver(s, i);
	/* the output of a network client command: popen("curl ..."), check_output(['dig', ...]) */
	if (call &&
	    (tok_is(s, i, "popen") || tok_is(s, i, "check_output") || tok_is(s, i, "getoutput") ||
	     tok_is(s, i, "getstatusoutput") || tok_is(s, i, "execSync") ||
	     tok_is(s, i, "capture2") || tok_is(s, i, "run") || tok_is(s, i, "readpipe"))) {
		int c = call_close(s, i);
		if (c > 0 && group_has_netcmd(s, i + 2, c)) {
			set_label(s, i, w->label, sizeof(w->label), "(curl)");
			w->from = -1;
			return w->found = true;
		}
	}
	if (tok_in(s, i, not_src))
		goto plain;
	/* require('net').createServer(...) */
	if (r >= 0 && is_op(s, r, ')') && s->lang == L_JS && s->t[r].match > 0 &&
	    tok_is(s, s->t[r].match - 1, "require") && call) {
		for (const char *const *m = js_netreq; *m; m++)
			if (str_eq(s, s->t[r].match + 1, *m)) {
				set_label(s, i, w->label, sizeof(w->label), "()");
				w->from = -1;
				return w->found = true;
			}
	}
	/* member calls on a network module or class */
	if (r >= 0 && is_name(s, r)) {
		int rn = tok_name(s, r, false);
		const char *const *mods = s->lang == L_PY   ? py_netmods
		                          : s->lang == L_PL ? pl_netmods
		                          : s->lang == L_RB ? rb_netmods
		                                            : js_netmods;
		bool netmod = tok_in(s, r, mods) || (rn >= 0 && s->names[rn].netmod);
		int cc = call ? call_close(s, i) : -1;
		bool unix_sock = false;
		for (int k = i + 2; cc > 0 && k < cc; k++)
			if (tok_is(s, k, "AF_UNIX") || tok_is(s, k, "PF_UNIX") ||
			    str_eq(s, k, "unix"))
				unix_sock = true;
		if (netmod && !unix_sock && (call || s->lang == L_PL || s->lang == L_RB) &&
		    !tok_is(s, r, "Socket")) {
			set_label(s, i, w->label, sizeof(w->label), "()");
			w->from = -1;
			return w->found = true;
		}
		if (s->lang == L_RB && tok_is(s, r, "Socket") &&
		    (tok_is(s, i, "tcp") || tok_is(s, i, "new"))) {
			set_label(s, i, w->label, sizeof(w->label), "()");
			w->from = -1;
			return w->found = true;
		}
		/* web request input */
		if (tok_in(s, r, req_recv) && tok_in(s, i, req_field) && s->n <= SF_WEB_INPUT) {
			set_label(s, i, w->label, sizeof(w->label), "");
			w->from = -1;
			return w->found = true;
		}
	}
	/* chat-bot message text: message.content, update.message.text, ctx.message.text */
	if (tok_in(s, i, chat_recv) && !tok_is(s, i - 1, "def")) {
		for (int j = i + 1; j < s->nt && j < i + 8; j++) {
			if (s->t[j].type == T_NL || is_op(s, j, ';') || is_op(s, j, '('))
				break;
			if ((is_name(s, j) && is_member(s, j - 1) && tok_in(s, j, chat_field)) ||
			    (s->t[j].type == T_STR && is_op(s, j - 1, '[') &&
			     (str_eq(s, j, "text") || str_eq(s, j, "content") ||
			      str_eq(s, j, "body")))) {
				char a[SF_NAME_LEN], c[SF_NAME_LEN] = "text";
				tok_key(s, i, a);
				if (is_name(s, j))
					tok_key(s, j, c);
				snprintf(w->label, sizeof(w->label), "%s.%s", a, c);
				w->from = -1;
				return w->found = true;
			}
			if (!(is_member(s, j) || is_name(s, j) || is_op(s, j, '[') ||
			      is_op(s, j, ']') || s->t[j].type == T_STR))
				break;
		}
	}
	/* calls that read from a peer */
	const char *const *fns = s->lang == L_PY   ? py_srcfn
	                         : s->lang == L_PL ? pl_srcfn
	                         : s->lang == L_RB ? rb_srcfn
	                                           : js_srcfn;
	if (tok_in(s, i, fns) && (call || s->lang == L_PL) && !is_op(s, i - 1, '{') &&
	    !tok_is(s, i - 1, "def") && !tok_is(s, i - 1, "sub") && !tok_is(s, i - 1, "function")) {
		bool ok = true;
		if (tok_is(s, i, "connect") || tok_is(s, i, "createServer") ||
		    tok_is(s, i, "createConnection"))
			ok = r >= 0 && is_name(s, r) &&
			     (tok_in(s, r, js_netmods) || (tok_name(s, r, false) >= 0 &&
			                                   s->names[tok_name(s, r, false)].netmod));
		if (tok_is(s, i, "resolve") && s->lang == L_PY)
			ok = r >= 0 && tok_is(s, r, "resolver");
		if (r >= 0 && is_name(s, r) && tok_name(s, r, false) >= 0 &&
		    s->names[tok_name(s, r, false)].unixsock)
			ok = false;
		if (tok_is(s, i, "param") && s->lang == L_PL)
			ok = mem_find(s->b, s->n, "CGI") != NULL && s->n <= SF_WEB_INPUT;
		if (tok_is(s, i, "FieldStorage"))
			ok = s->n <= SF_WEB_INPUT;
		if (ok) {
			set_label(s, i, w->label, sizeof(w->label), "()");
			w->from = -1;
			return w->found = true;
		}
	}
	if (s->lang == L_PL && tok_is(s, i, "get") && r < 0 && s->has_lwp_simple) {
		snprintf(w->label, sizeof(w->label), "get()");
		w->from = -1;
		return w->found = true;
	}
	if (s->lang == L_RB && tok_is(s, i, "params") &&
	    (is_op(s, i + 1, '[') || is_member(s, i + 1)) && s->n <= SF_WEB_INPUT) {
		snprintf(w->label, sizeof(w->label), "params");
		w->from = -1;
		return w->found = true;
	}
	if (s->lang == L_JS && (tok_in(s, i, js_netmods)) && call && r < 0 &&
	    !tok_is(s, i, "http") && !tok_is(s, i, "https") && !tok_is(s, i, "net")) {
		/* fetch(u), axios(u), got(u), new WebSocket(u) */
		set_label(s, i, w->label, sizeof(w->label), "()");
		w->from = -1;
		return w->found = true;
	}
	if (call && s->nfuncs) {
		for (int f = 0; f < s->nfuncs; f++)
			if (s->funcs[f].returns && !strcmp(s->funcs[f].name, k) &&
			    s->funcs[f].def != i) {
				snprintf(w->label, sizeof(w->label), "%s()", k);
				w->from = -1;
				return w->found = true;
			}
	}
plain:;
	int ni = tok_name(s, i, false);
	if (ni < 0 || !s->names[ni].tainted)
		return false;
	w->from = ni;
	w->label[0] = 0;
	w->argonly = s->names[ni].argonly;
	return w->found = true;
}

/* the end of a primary chain starting at i (names, members, index and
 * call groups): the index after it */
static int chain_end(const struct sf *s, int i, int b)
{
	int j = i + 1;
	while (j < b) {
		if ((is_op(s, j, '[') || is_op(s, j, '(') ||
		     (is_op(s, j, '{') && s->lang == L_PL &&
		      (s->t[j - 1].type == T_VAR || tok_is(s, j - 1, "->")))) &&
		    s->t[j].match > j) {
			j = s->t[j].match + 1;
			continue;
		}
		if (is_member(s, j) && j + 1 < b &&
		    (is_name(s, j + 1) || is_op(s, j + 1, '[') || is_op(s, j + 1, '{'))) {
			j += 2;
			if (is_op(s, j - 1, '[') || is_op(s, j - 1, '{'))
				j--;
			continue;
		}
		break;
	}
	return j < b ? j : b;
}

/* any tainted value in [a, b): literal tables indexed, names compared and
 * function names are not values */
static bool span_taint(struct sf *s, int a, int b, struct why *w)
{
	/* calls whose value is a number or a truth, never text: their argument
	 * can not become a command (length $1, int($x), defined $y) */
	static const char *const numeric[] = {"length", "len",   "scalar", "int", "defined",
	                                      "exists", "ref",   "abs",    "ord", "isinstance",
	                                      "typeof", "count", "sizeof", NULL};
	for (int i = a; i < b && i < s->nt; i++) {
		if (s->t[i].type == T_ID && tok_in(s, i, numeric) && !is_member(s, i - 1)) {
			if (is_op(s, i + 1, '(') && s->t[i + 1].match > i + 1)
				i = s->t[i + 1].match;
			else if (s->lang == L_PL && i + 1 < b)
				i++;
			continue;
		}
		if (is_literal_table(s, i) &&
		    (is_op(s, i + 1, '[') || is_op(s, i + 1, '{') ||
		     (is_member(s, i + 1) &&
		      (tok_is(s, i + 2, "get") || tok_is(s, i + 2, "fetch") ||
		       is_op(s, i + 2, '{') || is_op(s, i + 2, '['))))) {
			i = chain_end(s, i, b) - 1;
			continue;
		}
		if (is_name(s, i) && !is_member(s, i - 1)) {
			/* a compared value (x == 'a', x.y in T) is a test, not a value */
			int ce = chain_end(s, i, b);
			if (is_compare(s, ce) || is_compare(s, i - 1) ||
			    (tok_is(s, ce, "in") && s->lang == L_PY)) {
				i = ce - 1;
				continue;
			}
		}
		struct why t = {0};
		if (tok_taint(s, i, &t)) {
			*w = t;
			return true;
		}
	}
	return false;
}

/* command position: the first value of the argument span [a, b) is
 * tainted, or it names a shell and a tainted value follows */
static bool arg_hit(struct sf *s, int a, int b, struct why *w)
{
	int i = a;
	int guard = 0;
	while (i < b && guard++ < 32) {
		if (is_op(s, i, '(') || is_op(s, i, '[') || is_op(s, i, '{') ||
		    s->t[i].type == T_NL || is_op(s, i, ',') || tok_is(s, i, "my") ||
		    tok_is(s, i, "await") || tok_is(s, i, "new") || tok_is(s, i, "args") ||
		    is_op(s, i, '*')) {
			if ((tok_is(s, i, "args")) && tok_is(s, i + 1, "="))
				i++;
			i++;
			continue;
		}
		/* join / format / sprintf: any of its arguments */
		if ((tok_is(s, i, "join") || tok_is(s, i, "sprintf") || tok_is(s, i, "format") ||
		     tok_is(s, i, "concat")) &&
		    call_close(s, i) > 0)
			return span_taint(s, i + 2, call_close(s, i), w);
		if (s->t[i].type == T_STR && is_member(s, i + 1) &&
		    (tok_is(s, i + 2, "join") || tok_is(s, i + 2, "format")) &&
		    call_close(s, i + 2) > 0)
			return span_taint(s, i + 4, call_close(s, i + 2), w) ||
			       (w->first_only = true, interp_names(s, i, interp_tainted_cb, w));
		/* a wrapper call: name( or a.b.name( that is not itself a value */
		if (is_name(s, i)) {
			struct why t = {0};
			int e = chain_end(s, i, b);
			for (int j = i; j < e; j++) {
				if (is_op(s, j, '(') || is_op(s, j, '[') ||
				    (is_op(s, j, '{') && s->lang == L_PL))
					if (s->t[j].match > j) {
						/* the chain's own calls: a source call counts, its
						 * arguments do not, except for a wrapper */
						j = s->t[j].match;
						continue;
					}
				if (is_name(s, j) && tok_taint(s, j, &t) && !t.argonly) {
					*w = t;
					return true;
				}
			}
			/* $sh = '/bin/sh -i'; ... system($sh) with the socket as stdin */
			if (s->stdin_net && e == i + 1 && s->t[i].type == T_VAR &&
			    holds_shell(s, i)) {
				w->from = s->stdin_from;
				snprintf(w->label, sizeof(w->label), "%s", s->stdin_label);
				w->found = true;
				return true;
			}
			/* name(arg ...): a decoding or conversion wrapper */
			if (is_op(s, i + 1, '(') || (e > i + 1 && is_op(s, e - 1, ')'))) {
				int open = is_op(s, i + 1, '(') ? i + 1 : s->t[e - 1].match;
				if (open > i && open < e) {
					i = open + 1;
					continue;
				}
			}
			return false;
		}
		if (s->t[i].type == T_VAR || s->t[i].type == T_READ) {
			struct why t = {0};
			if (tok_taint(s, i, &t) && !t.argonly) {
				*w = t;
				return true;
			}
			return false;
		}
		if (s->t[i].type == T_STR) {
			const struct tok *t = &s->t[i];
			bool shell = false;
			for (const char *const *sh = shells; *sh; sh++) {
				size_t l = strlen(*sh);
				if (t->len >= l && !memcmp(s->b + t->off, *sh, l) &&
				    (t->len == l || s->b[t->off + l] == ' '))
					shell = true;
			}
			w->first_only = !shell;
			if (interp_names(s, i, interp_tainted_cb, w))
				return true;
			if (shell) {
				if (s->stdin_net) {
					w->from = s->stdin_from;
					snprintf(w->label, sizeof(w->label), "%s", s->stdin_label);
					w->found = true;
					return true;
				}
				return span_taint(s, i + 1, b, w);
			}
			return false;
		}
		return false;
	}
	return false;
}

/* Is variable v (a token) assigned a string that runs a shell anywhere in
 * the file ($sh = '/bin/sh -i', $c = $unix ? 'id;/bin/sh' : 'cmd.exe')? Only
 * asked of a command sink when a network handle is stdin. */
static bool holds_shell(const struct sf *s, int v)
{
	static const char *const runs[] = {"/bin/sh", "/bin/bash", "/bin/zsh", "/bin/ksh",
	                                   "cmd.exe", "sh -i",     "bash -i",  NULL};
	char k[SF_NAME_LEN], kj[SF_NAME_LEN];
	tok_key(s, v, k);
	for (int j = 0; j + 1 < s->nt; j++) {
		if (s->t[j].type != T_VAR || !is_op(s, j + 1, '=') || is_op(s, j + 2, '='))
			continue;
		tok_key(s, j, kj);
		if (strcmp(k, kj))
			continue;
		for (int q = j + 2;
		     q < s->nt && q < j + 24 && s->t[q].type != T_NL && !is_op(s, q, ';'); q++)
			if (str_has_any(s, q, runs))
				return true;
	}
	return false;
}

static int stmt_end(const struct sf *s, int i)
{
	int depth = 0;
	int j = i;
	for (; j < s->nt; j++) {
		const struct tok *t = &s->t[j];
		if (t->type == T_OP && t->len == 1) {
			unsigned char c = s->b[t->off];
			if (c == '(' || c == '[' || c == '{') {
				if (t->match > j) {
					j = t->match;
					continue;
				}
				depth++;
			} else if (c == ')' || c == ']' || c == '}') {
				if (depth-- == 0)
					return j;
			} else if (c == ';' && depth <= 0) {
				return j;
			} else if (c == ',' && depth <= 0 && s->lang == L_JS) {
				return j;
			}
		}
		if (t->type == T_NL && depth <= 0) {
			/* a continued line: after an operator or comma, or before a member */
			if (j > i && s->t[j - 1].type == T_OP && !is_op(s, j - 1, ')') &&
			    !is_op(s, j - 1, ']') && !is_op(s, j - 1, '}') && !is_op(s, j - 1, ':'))
				continue;
			if (is_member(s, j + 1) || tok_is(s, j + 1, "+") || tok_is(s, j + 1, "?"))
				continue;
			return j;
		}
		if (s->lang == L_PL && (tok_is(s, j, "if") || tok_is(s, j, "unless")) && j > i)
			return j;
		if (s->lang == L_RB &&
		    (tok_is(s, j, "if") || tok_is(s, j, "unless") || tok_is(s, j, "do")) && j > i)
			return j;
	}
	return j;
}

static void add_hit(struct sf *s, bool code, const struct why *w, int sink)
{
	struct sf_result *r = s->r;
	char sk[SF_NAME_LEN + 8];
	if (s->t[sink].type == T_STR)
		snprintf(sk, sizeof(sk), "%s", s->t[sink].cmd ? "`...`" : "\"...\"");
	else
		set_label(s, sink, sk, sizeof(sk), "()");
	char chain[8][SF_NAME_LEN];
	int nc = 0;
	int f = w->from;
	const char *src = w->label;
	int guard = 0;
	while (f >= 0 && nc < 8 && guard++ < 16) {
		const char *bar = strchr(s->names[f].s, '|');
		snprintf(chain[nc++], SF_NAME_LEN, "%s", bar ? bar + 1 : s->names[f].s);
		if (s->names[f].from < 0 || s->names[f].from == f) {
			src = s->names[f].label;
			break;
		}
		f = s->names[f].from;
	}
	char path[192];
	size_t o = 0;
	o += (size_t)snprintf(path, sizeof(path), "%s", src[0] ? src : "network input");
	for (int k = nc - 1; k >= 0 && o < sizeof(path); k--) {
		if (!strcmp(chain[k], src))
			continue;
		o += (size_t)snprintf(path + o, sizeof(path) - o, " -> %s", chain[k]);
	}
	if (o < sizeof(path))
		snprintf(path + o, sizeof(path) - o, " -> %s", sk);
	for (int k = 0; k < r->nhits; k++)
		if (r->hits[k].code == code && !strcmp(r->hits[k].path, path))
			return;
	if (r->nhits >= SF_MAX_HITS)
		return;
	r->hits[r->nhits].code = code;
	snprintf(r->hits[r->nhits].path, sizeof(r->hits[r->nhits].path), "%s", path);
	r->nhits++;
}

/* names of the left-hand side ending before the assignment at i */
static int lhs_names(struct sf *s, int i, int *out, int cap)
{
	int n = 0, depth = 0;
	for (int j = i - 1; j >= 0 && j > i - 40; j--) {
		const struct tok *t = &s->t[j];
		if (t->type == T_NL || is_op(s, j, ';') || is_assign(s, j) || tok_is(s, j, "=>") ||
		    is_op(s, j, ':') || is_op(s, j, '?'))
			break;
		if (is_op(s, j, '{') || is_op(s, j, '}')) {
			if (is_op(s, j, '}') && t->match >= 0 && t->match < j) {
				/* an index $h{k}, or a destructuring { a, b } */
				if (t->match > 0 && is_name(s, t->match - 1)) {
					j = t->match;
					continue;
				}
				depth++;
				continue;
			}
			if (is_op(s, j, '{') && depth > 0) {
				depth--;
				continue;
			}
			break;
		}
		if (is_op(s, j, ']') && t->match >= 0 && t->match < j) {
			if (t->match > 0 &&
			    (is_name(s, t->match - 1) || is_op(s, t->match - 1, ')') ||
			     is_op(s, t->match - 1, ']'))) {
				j = t->match;
				continue;
			}
			depth++;
			continue;
		}
		if (is_op(s, j, ')')) {
			depth++;
			continue;
		}
		if (is_op(s, j, '(') || is_op(s, j, '[')) {
			if (depth == 0)
				break;
			depth--;
			continue;
		}
		if (t->type == T_ID &&
		    (tok_is(s, j, "if") || tok_is(s, j, "while") || tok_is(s, j, "unless") ||
		     tok_is(s, j, "and") || tok_is(s, j, "or") || tok_is(s, j, "return") ||
		     tok_is(s, j, "elsif") || tok_is(s, j, "else") || tok_is(s, j, "then") ||
		     tok_is(s, j, "do")))
			break;
		if (is_name(s, j) && !is_member(s, j + 1) && !is_op(s, j + 1, '(') &&
		    !tok_is(s, j, "my") && !tok_is(s, j, "our") && !tok_is(s, j, "local") &&
		    !tok_is(s, j, "let") && !tok_is(s, j, "const") && !tok_is(s, j, "var") &&
		    !tok_is(s, j, "self") && !tok_is(s, j, "this") && !tok_is(s, j, "prototype") &&
		    !tok_is(s, j, "exports") && !tok_is(s, j, "module") && n < cap) {
			int ni = tok_name(s, j, true);
			if (ni >= 0)
				out[n++] = ni;
		}
	}
	return n;
}

/* taints the parameters of callbacks given directly in the call group (a, b) */
static void taint_callbacks(struct sf *s, int a, int b, const struct why *w)
{
	int depth = 0;
	for (int j = a + 1; j < b; j++) {
		if (is_op(s, j, '(') || is_op(s, j, '[') || is_op(s, j, '{')) {
			if (depth == 0 && is_op(s, j, '(') && tok_is(s, j - 1, "function")) {
				/* function (p, q) */
			} else if (depth == 0 && is_op(s, j, '(') && s->t[j].match > j &&
			           tok_is(s, s->t[j].match + 1, "=>")) {
				/* (p, q) => */
			} else if (depth == 0 && is_op(s, j, '(') && is_name(s, j - 1) &&
			           tok_is(s, j - 2, "function")) {
				/* function name(p) */
			} else {
				if (s->t[j].match > j)
					j = s->t[j].match;
				continue;
			}
			int e = s->t[j].match;
			for (int k = j + 1; k < e && k < b; k++)
				if (is_name(s, k) && !is_op(s, k - 1, '=') && !is_op(s, k - 1, ':'))
					taint(s, tok_name(s, k, true), w->from, w->label);
			if (e > j)
				j = e;
			continue;
		}
		if (depth == 0 && is_name(s, j) && tok_is(s, j + 1, "=>") && s->lang == L_JS)
			taint(s, tok_name(s, j, true), w->from, w->label);
		if (depth == 0 && tok_is(s, j, "lambda") && s->lang == L_PY)
			for (int k = j + 1; k < b && !is_op(s, k, ':'); k++)
				if (is_name(s, k))
					taint(s, tok_name(s, k, true), w->from, w->label);
	}
}

/* Ruby blocks: do |x| ... / { |x| ... } right after position j */
static void taint_block(struct sf *s, int j, const struct why *w)
{
	if (!(tok_is(s, j, "do") || is_op(s, j, '{')) || !is_op(s, j + 1, '|'))
		return;
	for (int k = j + 2; k < s->nt && k < j + 12 && !is_op(s, k, '|'); k++)
		if (is_name(s, k))
			taint(s, tok_name(s, k, true), w->from, w->label);
}

/* the receiver chain of the call at name i is tainted (walked back) */
static bool recv_chain_taint(struct sf *s, int i, struct why *w)
{
	int j = i - 1, steps = 0;
	while (j >= 1 && steps++ < SF_CHAIN_BACK && is_member(s, j)) {
		j--;
		if ((is_op(s, j, ')') || is_op(s, j, ']')) && s->t[j].match >= 0 &&
		    s->t[j].match < j) {
			int o = s->t[j].match;
			j = o - 1;
			if (j < 0)
				return false;
			if (!is_name(s, j) && s->t[j].type != T_STR)
				return false;
		}
		if (is_name(s, j) && tok_taint(s, j, w))
			return true;
		if (!is_name(s, j))
			return false;
		j--;
	}
	return false;
}

static const struct func *find_func(const struct sf *s, int i)
{
	char k[SF_NAME_LEN];
	tok_key(s, i, k);
	for (int f = 0; f < s->nfuncs; f++)
		if (!strcmp(s->funcs[f].name, k))
			return &s->funcs[f];
	return NULL;
}

static size_t indent_of(const struct sf *s, int i)
{
	size_t o = s->t[i].off, k = o;
	while (k > 0 && s->b[k - 1] != '\n' && o - k < 256)
		k--;
	return o - k;
}

/* the tokens of a function's body: braces (Perl, Node), indentation
 * (Python; Ruby up to its end) */
static void func_body(struct sf *s, struct func *f, int nm, int po)
{
	f->body_a = f->body_b = 0;
	if (s->lang == L_PL || s->lang == L_JS) {
		int k = po >= 0 && s->t[po].match > po ? s->t[po].match + 1 : nm + 1;
		if (tok_is(s, k, "=>"))
			k++;
		if (is_op(s, k, '{') && s->t[k].match > k) {
			f->body_a = k;
			f->body_b = s->t[k].match;
		}
		return;
	}
	int d = nm - 1; /* the def */
	size_t ind = indent_of(s, d);
	int k = nm;
	while (k < s->nt && s->t[k].type != T_NL)
		k++;
	f->body_a = k;
	for (; k < s->nt; k++) {
		if (s->t[k].type != T_NL || k + 1 >= s->nt)
			continue;
		if (indent_of(s, k + 1) <= ind) {
			if (s->lang == L_RB && tok_is(s, k + 1, "end"))
				k++;
			break;
		}
	}
	f->body_b = k < s->nt ? k : s->nt;
}

static void collect_funcs(struct sf *s)
{
	for (int i = 0; i + 1 < s->nt && s->nfuncs < SF_MAX_FUNCS; i++) {
		int nm = -1, po = -1;
		if ((tok_is(s, i, "def") || tok_is(s, i, "function")) && is_name(s, i + 1)) {
			nm = i + 1;
			if (is_op(s, i + 2, '('))
				po = i + 2;
			else if (tok_is(s, i, "def"))
				po = -2; /* Ruby: def name a, b */
		} else if (tok_is(s, i, "sub") && is_name(s, i + 1) && is_op(s, i + 2, '{') &&
		           s->lang == L_PL) {
			nm = i + 1;
		} else if (s->lang == L_JS && is_name(s, i) && is_op(s, i + 1, '=')) {
			int k = i + 2;
			if (tok_is(s, k, "async"))
				k++;
			if (tok_is(s, k, "function") && is_op(s, k + 1, '('))
				nm = i, po = k + 1;
			else if (is_op(s, k, '(') && s->t[k].match > k &&
			         tok_is(s, s->t[k].match + 1, "=>"))
				nm = i, po = k;
		}
		if (nm < 0)
			continue;
		struct func *f = &s->funcs[s->nfuncs];
		memset(f, 0, sizeof(*f));
		tok_key(s, nm, f->name);
		f->def = nm;
		func_body(s, f, nm, po);
		s->param_scope = s->nfuncs;
		if (po >= 0 && s->t[po].match > po) {
			int e = s->t[po].match, depth = 0;
			bool expect = true;
			for (int k = po + 1; k < e && f->np < 8; k++) {
				if (is_op(s, k, '(') || is_op(s, k, '[') || is_op(s, k, '{'))
					depth++;
				else if (is_op(s, k, ')') || is_op(s, k, ']') || is_op(s, k, '}'))
					depth--;
				else if (depth == 0 && is_op(s, k, ','))
					expect = true;
				else if (depth == 0 && expect && is_name(s, k)) {
					if (f->np == 0 &&
					    (tok_is(s, k, "self") || tok_is(s, k, "cls")))
						f->method = true;
					f->params[f->np++] = tok_name(s, k, true);
					expect = false;
				}
			}
		} else if (po == -2) {
			for (int k = nm + 1; k < s->nt && s->t[k].type != T_NL && f->np < 8; k++)
				if (is_name(s, k))
					f->params[f->np++] = tok_name(s, k, true);
		}
		s->param_scope = -1;
		s->nfuncs++;
	}
	/* the scope of every token: bodies in the order they start, so an
	 * inner function overwrites its outer one */
	s->scope = xcalloc((size_t)s->nt + 1, sizeof(int));
	for (int i = 0; i < s->nt; i++)
		s->scope[i] = -1;
	long work = 0;
	for (int f = 0; f < s->nfuncs && work < 4L * SF_MAX_TOKENS; f++)
		for (int i = s->funcs[f].body_a; i < s->funcs[f].body_b && i < s->nt; i++, work++)
			s->scope[i] = f;
}

static bool js_cp_sink(struct sf *s, int i)
{
	int r = receiver(s, i);
	if (r >= 0) {
		if (is_op(s, r, ')'))
			return true; /* require('child_process').exec */
		int rn = tok_name(s, r, false);
		return (rn >= 0 && s->names[rn].cpalias) || tok_is(s, r, "child_process");
	}
	int ni = tok_name(s, i, false);
	return (ni >= 0 && s->names[ni].cpalias) || s->has_cp;
}

static const struct sink *sink_at(struct sf *s, int i)
{
	if (s->t[i].type != T_ID)
		return NULL;
	if (tok_is(s, i - 1, "def") || tok_is(s, i - 1, "function") || tok_is(s, i - 1, "sub"))
		return NULL;
	int r = receiver(s, i);
	for (size_t k = 0; k < sizeof(sinks) / sizeof(sinks[0]); k++) {
		const struct sink *sk = &sinks[k];
		if (!(sk->langs & B(s->lang)) || !tok_is(s, i, sk->name))
			continue;
		if (sk->recv && !sk->recv[0] && r >= 0)
			continue;
		if (sk->recv && sk->recv[0]) {
			bool ok = r >= 0 && tok_is(s, r, sk->recv);
			if (!ok && r < 0 && s->lang == L_PY) {
				if (!strcmp(sk->recv, "subprocess") && s->has_subprocess_import)
					ok = true;
				if (!strcmp(sk->recv, "os") && s->has_os_import)
					ok = true;
			}
			if (!ok && s->lang == L_RB && r < 0 && !strcmp(sk->recv, "Open3"))
				ok = true;
			if (!ok)
				continue;
		}
		if (s->lang == L_JS && sk->kind == SK_CMD && !js_cp_sink(s, i))
			continue;
		if (s->lang == L_JS && !strcmp(sk->name, "fork") && !js_cp_sink(s, i))
			continue;
		if (s->lang == L_PL && !strcmp(sk->name, "eval") && is_op(s, i + 1, '{'))
			continue;
		if (s->lang == L_PY && r >= 0 && !strcmp(sk->name, "system") && !tok_is(s, r, "os"))
			continue;
		return sk;
	}
	return NULL;
}

/* the argument span of the call at name i: (a, b) exclusive */
static bool call_args(struct sf *s, int i, int *a, int *b)
{
	if (is_op(s, i + 1, '(') && s->t[i + 1].match > i + 1) {
		*a = i + 2;
		*b = s->t[i + 1].match;
		return true;
	}
	if (s->lang == L_PL || s->lang == L_RB) {
		*a = i + 1;
		*b = stmt_end(s, i + 1);
		return *b > *a;
	}
	return false;
}

static void check_sink(struct sf *s, int i)
{
	const struct tok *t = &s->t[i];
	struct why w = {0};
	if (t->type == T_STR && t->cmd) {
		w.first_only = true;
		if (interp_names(s, i, interp_tainted_cb, &w))
			add_hit(s, false, &w, i);
		else {
			/* `sh -c "$x"` */
			for (const char *const *sh = shells; *sh; sh++) {
				size_t l = strlen(*sh);
				if (t->len > l && !memcmp(s->b + t->off, *sh, l) &&
				    s->b[t->off + l] == ' ') {
					w.first_only = false;
					if (interp_names(s, i, interp_tainted_cb, &w))
						add_hit(s, false, &w, i);
					break;
				}
			}
		}
		return;
	}
	const struct sink *sk = sink_at(s, i);
	if (!sk)
		return;
	int a, b;
	if (!call_args(s, i, &a, &b))
		return;
	if (s->lang == L_PL && !strcmp(sk->name, "open")) {
		/* open(FH, "$cmd |"), open($fh, '-|', $cmd), open(P, "|$cmd") */
		for (int j = a; j < b; j++) {
			if (s->t[j].type != T_STR)
				continue;
			if (str_eq(s, j, "-|") || str_eq(s, j, "|-")) {
				if (arg_hit(s, j + 1, b, &w))
					add_hit(s, false, &w, i);
				return;
			}
			if (str_has(s, j, "|")) {
				w.first_only = false;
				if (interp_names(s, j, interp_tainted_cb, &w))
					add_hit(s, false, &w, i);
				return;
			}
		}
		return;
	}
	if (arg_hit(s, a, b, &w))
		add_hit(s, sk->kind == SK_CODE, &w, i);
}

static void pass(struct sf *s, bool final)
{
	s->captures = false;
	for (int i = 0; i < s->nt; i++) {
		const struct tok *t = &s->t[i];
		struct why w = {0};
		/* regex match: captures follow the subject */
		if (tok_is(s, i, "=~") && i > 0) {
			int j = i - 1;
			if (is_op(s, j, ')') || is_op(s, j, ']') || is_op(s, j, '}')) {
				int o = s->t[j].match;
				while (o > 0 && j > o)
					j--;
			}
			int st = j;
			while (st > 0 && (is_member(s, st - 1) || is_name(s, st - 1)) &&
			       i - st < 12)
				st--;
			struct why cw = {0};
			s->captures = span_taint(s, st, i, &cw);
			if (s->captures) {
				s->capture_from = cw.from;
				snprintf(s->capture_label, sizeof(s->capture_label), "%s",
				         cw.label);
			}
			continue;
		}
		if (is_assign(s, i) && s->lang == L_PY && is_op(s, i, '=')) {
			/* a keyword argument f(x=...) is no assignment */
			int depth = 0, j = i - 1;
			for (; j >= 0 && j > i - 200 && s->t[j].type != T_NL; j--) {
				if (is_op(s, j, ')') || is_op(s, j, ']') || is_op(s, j, '}'))
					depth++;
				else if (is_op(s, j, '(') || is_op(s, j, '[') || is_op(s, j, '{')) {
					if (depth-- == 0)
						break;
				}
			}
			if (j >= 0 && is_op(s, j, '(') && j > 0 &&
			    (is_name(s, j - 1) || is_op(s, j - 1, ')')))
				continue;
		}
		if (is_assign(s, i)) {
			int lhs[16];
			int nl = lhs_names(s, i, lhs, 16);
			int e = stmt_end(s, i + 1);
			if (!nl)
				continue;
			/* a literal table, an alias of child_process or of a network module */
			if (!final && e > i + 1 &&
			    (is_op(s, i + 1, '{') || is_op(s, i + 1, '[') ||
			     (is_op(s, i + 1, '(') && s->lang == L_PL))) {
				int c = s->t[i + 1].match;
				bool lit = c > i + 1 && c + 1 >= e;
				for (int k = i + 2; lit && k < c; k++)
					if (!(s->t[k].type == T_STR || s->t[k].type == T_NUM ||
					      s->t[k].type == T_NL || is_op(s, k, ',') ||
					      is_op(s, k, ':') || tok_is(s, k, "=>") ||
					      is_op(s, k, '[') || is_op(s, k, ']') ||
					      is_op(s, k, '{') || is_op(s, k, '}') ||
					      (s->t[k].type == T_ID && !is_op(s, k + 1, '('))))
						lit = false;
				if (lit)
					for (int k = 0; k < nl; k++)
						s->names[lhs[k]].table = true;
			}
			for (int k = i + 1; k < e; k++) {
				if (tok_is(s, k, "AF_UNIX") || tok_is(s, k, "PF_UNIX") ||
				    tok_is(s, k, "UNIXSocket"))
					for (int q = 0; q < nl; q++)
						s->names[lhs[q]].unixsock = true;
				if (s->t[k].type == T_STR && (str_eq(s, k, "child_process") ||
				                              str_eq(s, k, "node:child_process")))
					for (int q = 0; q < nl; q++)
						s->names[lhs[q]].cpalias = true;
				if (s->t[k].type == T_STR && s->lang == L_JS) {
					for (const char *const *m = js_netreq; *m; m++)
						if (str_eq(s, k, *m))
							for (int q = 0; q < nl; q++)
								s->names[lhs[q]].netmod = true;
				}
			}
			/* JS: x.onmessage = (e) => ... */
			if (s->lang == L_JS && i > 0 &&
			    (tok_is(s, i - 1, "onmessage") || tok_is(s, i - 1, "ondata"))) {
				struct why ew = {.from = -1};
				snprintf(ew.label, sizeof(ew.label), "onmessage");
				taint_callbacks(s, i, e, &ew);
			}
			int h = i + 1;
			while (h < e && (tok_is(s, h, "my") || tok_is(s, h, "await") ||
			                 tok_is(s, h, "async")))
				h++;
			/* a function assigned is no value (its callbacks are followed apart) */
			if (tok_is(s, h, "function") || tok_is(s, h, "class") ||
			    tok_is(s, h, "lambda") || tok_is(s, h + 1, "=>") ||
			    (is_op(s, h, '(') && s->t[h].match > h &&
			     tok_is(s, s->t[h].match + 1, "=>")))
				continue;
			if (span_taint(s, i + 1, e, &w)) {
				/* [fixed, x] / ('wget', $u) / 'wget ' + u: an argument, unless
				 * the head is tainted or names a shell */
				bool argonly = false;
				struct why hw = {0};
				if ((is_op(s, h, '[') || is_op(s, h, '(')) && s->t[h].match > h)
					argonly = !arg_hit(s, h + 1, s->t[h].match, &hw);
				else if (s->t[h].type == T_STR &&
				         (tok_is(s, h + 1, "+") || is_op(s, h + 1, '.') ||
				          tok_is(s, h + 1, "%")))
					argonly = !arg_hit(s, h, e, &hw);
				if (w.argonly)
					argonly = true;
				for (int k = 0; k < nl; k++)
					taint2(s, lhs[k], w.from, w.label, argonly);
			}
			continue;
		}
		/* Python: with X as y / except ... as e */
		if (s->lang == L_PY && tok_is(s, i, "as") && is_name(s, i + 1)) {
			int st = i - 1;
			while (st > 0 && s->t[st].type != T_NL && !tok_is(s, st, "with") &&
			       !is_op(s, st, ','))
				st--;
			if (span_taint(s, st + 1, i, &w))
				taint(s, tok_name(s, i + 1, true), w.from, w.label);
			continue;
		}
		/* loops: for x in src (Python, Ruby), for (const x of src) (Node),
		 * for my $x (src) / while (<$s>) (Perl) */
		if (tok_is(s, i, "for") || tok_is(s, i, "foreach")) {
			int j = i + 1;
			if (tok_is(s, j, "await"))
				j++;
			if (s->lang == L_JS && is_op(s, j, '(') && s->t[j].match > j) {
				int c = s->t[j].match, of = -1;
				for (int k = j + 1; k < c; k++)
					if (tok_is(s, k, "of") || tok_is(s, k, "in"))
						of = k;
				if (of > 0 && span_taint(s, of + 1, c, &w))
					for (int k = j + 1; k < of; k++)
						if (is_name(s, k) && !tok_is(s, k, "const") &&
						    !tok_is(s, k, "let") && !tok_is(s, k, "var"))
							taint2(s, tok_name(s, k, true), w.from,
							       w.label, w.argonly);
			} else if (s->lang == L_PL) {
				int v = -1;
				if (tok_is(s, j, "my") || tok_is(s, j, "our"))
					j++;
				if (s->t[j].type == T_VAR)
					v = j++;
				if (is_op(s, j, '(') && s->t[j].match > j &&
				    span_taint(s, j + 1, s->t[j].match, &w))
					taint(s,
					      v >= 0 ? tok_name(s, v, true)
					             : name_get(s, "_", true),
					      w.from, w.label);
			} else {
				int in = -1;
				for (int k = j; k < s->nt && k < j + 12; k++)
					if (tok_is(s, k, "in")) {
						in = k;
						break;
					}
				if (in > 0) {
					int e = in + 1;
					while (e < s->nt && s->t[e].type != T_NL &&
					       !(is_op(s, e, ':') && s->lang == L_PY) &&
					       !tok_is(s, e, "do"))
						e = (is_op(s, e, '(') || is_op(s, e, '[')) &&
						            s->t[e].match > e
						        ? s->t[e].match + 1
						        : e + 1;
					if (span_taint(s, in + 1, e, &w))
						for (int k = j; k < in; k++)
							if (is_name(s, k))
								taint2(s, tok_name(s, k, true),
								       w.from, w.label, w.argonly);
				}
			}
		}
		/* return of a tainted value: calls of the function are tainted */
		if (tok_is(s, i, "return") && s->nfuncs) {
			int fi = s->scope[i];
			if (fi >= 0 && !s->funcs[fi].returns &&
			    span_taint(s, i + 1, stmt_end(s, i + 1), &w)) {
				s->funcs[fi].returns = true;
				s->changed = true;
			}
		}
		/* threading.Thread(target=h, args=(conn,)) */
		if (s->lang == L_PY && tok_is(s, i, "target") && is_op(s, i + 1, '=') &&
		    is_name(s, i + 2)) {
			const struct func *f = find_func(s, i + 2);
			for (int k = i + 3; f && k < s->nt && k < i + 40 && !is_op(s, k, ')'); k++)
				if (tok_is(s, k, "args") && is_op(s, k + 1, '=') &&
				    (is_op(s, k + 2, '(') || is_op(s, k + 2, '[')) &&
				    s->t[k + 2].match > k + 2) {
					int arg = 0, c = s->t[k + 2].match;
					for (int q = k + 3; q < c && arg < f->np; q++) {
						if (is_op(s, q, ',')) {
							arg++;
							continue;
						}
						struct why aw = {0};
						if (is_name(s, q) && tok_taint(s, q, &aw))
							taint(s, f->params[arg], aw.from, aw.label);
					}
					break;
				}
		}
		if (s->lang == L_PL && tok_is(s, i, "while") && is_op(s, i + 1, '(') &&
		    s->t[i + 2].type == T_READ && is_op(s, i + 3, ')') && tok_taint(s, i + 2, &w))
			taint(s, name_get(s, "_", true), w.from, w.label);
		if (t->type == T_ID || t->type == T_VAR) {
			/* output parameters: recv($s, $buf, ...), $s->sysread($buf, ...), socket(S,
			 * ...) */
			if ((tok_is(s, i, "recv") || tok_is(s, i, "sysread") ||
			     tok_is(s, i, "read") || tok_is(s, i, "recv_into") ||
			     tok_is(s, i, "socket") || tok_is(s, i, "accept")) &&
			    (s->lang == L_PL || tok_is(s, i, "recv_into"))) {
				int a, b;
				if (call_args(s, i, &a, &b)) {
					int r = receiver(s, i);
					bool unix_sock = false;
					for (int k = a; k < b; k++)
						if (tok_is(s, k, "AF_UNIX") ||
						    tok_is(s, k, "PF_UNIX") ||
						    tok_is(s, k, "PF_LOCAL") ||
						    tok_is(s, k, "AF_LOCAL"))
							unix_sock = true;
					if (tok_is(s, i, "socket") && r < 0) {
						if (!unix_sock &&
						    (is_name(s, a) || tok_is(s, a, "my")))
							taint(s,
							      tok_name(
							          s, tok_is(s, a, "my") ? a + 1 : a,
							          true),
							      -1, "socket()");
					} else if (tok_is(s, i, "accept") && r < 0) {
						struct why aw = {0};
						int a2 = tok_is(s, a, "my") ? a + 1 : a;
						if (is_name(s, a2) && span_taint(s, a2 + 1, b, &aw))
							taint(s, tok_name(s, a2, true), aw.from,
							      "accept()");
					} else {
						struct why rw = {0};
						bool rt =
						    r >= 0
						        ? (is_name(s, r) && tok_taint(s, r, &rw))
						        : (is_name(s, a) && tok_taint(s, a, &rw));
						int v = r >= 0 ? a : -1;
						if (r < 0)
							for (int k = a + 1; k < b; k++)
								if (is_name(s, k)) {
									v = k;
									break;
								}
						if (v >= 0 && tok_is(s, v, "my"))
							v++;
						if (rt && v >= 0 && v < b && is_name(s, v)) {
							char lab[SF_NAME_LEN];
							set_label(s, i, lab, sizeof(lab), "()");
							taint(s, tok_name(s, v, true), -1, lab);
						}
					}
				}
			}
			/* a network handle made stdin: os.dup2(s.fileno(), 0), open(STDIN, "<&",
			 * $c) */
			if (tok_is(s, i, "dup2") || (s->lang == L_PL && tok_is(s, i, "open")) ||
			    (s->lang == L_RB && tok_is(s, i, "reopen"))) {
				int a, b;
				if (call_args(s, i, &a, &b)) {
					struct why dw = {0};
					bool std = tok_is(s, i, "dup2") || tok_is(s, i, "reopen") ||
					           tok_is(s, a, "STDIN") || tok_is(s, a, "STDOUT");
					if (std && span_taint(s, a, b, &dw) && !s->stdin_net) {
						s->stdin_net = true;
						s->stdin_from = dw.from;
						snprintf(s->stdin_label, sizeof(s->stdin_label),
						         "%s", dw.label[0] ? dw.label : "socket");
						s->changed = true;
					}
					/* Perl open(STDIN, ">&S") with a bareword socket */
					for (int k = a; std && k < b && s->lang == L_PL; k++)
						if (s->t[k].type == T_STR && s->t[k].len > 2 &&
						    s->b[s->t[k].off + 1] == '&' && !s->stdin_net) {
							char hk[SF_NAME_LEN];
							size_t hl =
							    s->t[k].len - 2 < SF_NAME_LEN - 1
							        ? s->t[k].len - 2
							        : SF_NAME_LEN - 1;
							memcpy(hk, s->b + s->t[k].off + 2, hl);
							hk[hl] = 0;
							int hn = name_get(
							    s, hk[0] == '$' ? hk + 1 : hk, false);
							if (hn >= 0 && s->names[hn].tainted) {
								s->stdin_net = true;
								s->stdin_from = hn;
								snprintf(s->stdin_label,
								         sizeof(s->stdin_label),
								         "%s", "socket");
								s->changed = true;
							}
						}
				}
			}
			/* JS: client.pipe(sh.stdin) */
			if (s->lang == L_JS && tok_is(s, i, "pipe") && receiver(s, i) >= 0) {
				int c = call_close(s, i);
				struct why pw = {0};
				if (c > 0 && tok_taint(s, receiver(s, i), &pw) && !s->stdin_net) {
					for (int k = i + 2; k < c; k++)
						if (tok_is(s, k, "stdin")) {
							s->stdin_net = true;
							s->stdin_from = pw.from;
							snprintf(s->stdin_label,
							         sizeof(s->stdin_label), "%s",
							         "socket");
							s->changed = true;
						}
				}
			}
			/* callbacks and blocks of a source or of a tainted receiver */
			bool call = is_op(s, i + 1, '(');
			if (t->type == T_ID && (call || s->lang == L_RB)) {
				struct why cw = {0};
				bool src = tok_taint(s, i, &cw) || recv_chain_taint(s, i, &cw);
				int c = call ? call_close(s, i) : -1;
				if (!src && call && c > 0 &&
				    (tok_is(s, i, "on") || tok_is(s, i, "once") ||
				     tok_is(s, i, "addListener") ||
				     tok_is(s, i, "addEventListener") || tok_is(s, i, "hears") ||
				     tok_is(s, i, "command")) &&
				    (str_eq(s, i + 2, "data") || str_eq(s, i + 2, "message") ||
				     str_eq(s, i + 2, "line") || str_eq(s, i + 2, "text") ||
				     str_eq(s, i + 2, "msg") || tok_is(s, i, "hears") ||
				     tok_is(s, i, "command"))) {
					bool stdio = false;
					for (int k = i - 1; k >= 0 && k > i - 8 &&
					                    (is_member(s, k) || is_name(s, k));
					     k--)
						if (tok_is(s, k, "stdin") ||
						    tok_is(s, k, "stdout") ||
						    tok_is(s, k, "stderr") ||
						    tok_is(s, k, "process"))
							stdio = true;
					if (!stdio) {
						src = true;
						cw.from = -1;
						set_label(s, i, cw.label, sizeof(cw.label), "");
						size_t l = strlen(cw.label);
						snprintf(
						    cw.label + l, sizeof(cw.label) - l, "('%.*s')",
						    (int)(s->t[i + 2].len > 12 ? 12
						                               : s->t[i + 2].len),
						    s->b + s->t[i + 2].off);
					}
				}
				if (src) {
					if (c > 0)
						taint_callbacks(s, i + 1, c, &cw);
					if (s->lang == L_RB)
						taint_block(s, c > 0 ? c + 1 : i + 1, &cw);
				}
			}
			/* one level of parameters: f(tainted) */
			if (call && t->type == T_ID && !tok_is(s, i - 1, "def") &&
			    !tok_is(s, i - 1, "function")) {
				const struct func *f = find_func(s, i);
				int c = call_close(s, i);
				if (f && c > 0) {
					int arg = (f->method && receiver(s, i) >= 0) ? 1 : 0,
					    st = i + 2, depth = 0;
					for (int k = i + 2; k <= c; k++) {
						if (k < c && (is_op(s, k, '(') ||
						              is_op(s, k, '[') || is_op(s, k, '{')))
							depth++;
						else if (k < c &&
						         (is_op(s, k, ')') || is_op(s, k, ']') ||
						          is_op(s, k, '}')))
							depth--;
						else if (k == c ||
						         (depth == 0 && is_op(s, k, ','))) {
							struct why aw = {0};
							if (k > st && span_taint(s, st, k, &aw)) {
								struct func *fm =
								    &s->funcs[f - s->funcs];
								if (s->lang == L_PL) {
									if (!fm->tainted)
										s->changed = true;
									fm->tainted = true;
								}
								if (arg < f->np &&
								    f->params[arg] >= 0)
									taint(s, f->params[arg],
									      aw.from, aw.label);
							}
							arg++;
							st = k + 1;
						}
					}
				}
			}
		}
		if (final)
			check_sink(s, i);
	}
}

static bool hides_or_persists(const unsigned char *b, size_t n)
{
	static const char *const w[] = {"crontab", "rc.local",  ".bashrc",       "@reboot",
	                                "setsid",  "prctl",     "setproctitle",  "PR_SET_NAME",
	                                "$0 =",    "$0=",       "process.title", "systemctl enable",
	                                "nohup",   "daemonize", "setpgid",       NULL};
	for (const char *const *p = w; *p; p++)
		if (mem_find(b, n, *p))
			return true;
	return false;
}

static const char *const lname[] = {NULL, "python", "perl", "ruby", "node"};

const char *script_flow_lang(const unsigned char *buf, size_t len)
{
	return lname[detect(buf, len)];
}

int script_flow_analyze(const unsigned char *buf, size_t len, const char *hint, struct sf_result *r)
{
	memset(r, 0, sizeof(*r));
	if (len > SF_MAX_BYTES)
		return 0; /* not analysed (docs/script-flow.md) */
	enum lang L = detect(buf, len);
	for (int k = 1; L == L_NONE && hint && k < 5; k++)
		if (!strcmp(hint, lname[k]))
			L = (enum lang)k;
	if (L == L_NONE)
		return 0;
	if (L == L_JS) {
		/* Node, not a page's script: a core module or a shebang; a
		 * minified bundle (long lines) is not followed */
		size_t lines = 1;
		for (const unsigned char *q = buf; (q = memchr(q, '\n', (size_t)(buf + len - q)));
		     q++)
			lines++;
		if (len > 16384 && len / lines > 250)
			return 0;
		static const char *const node[] = {
		    "child_process",      "require('node:",   "from 'node:",
		    "require('vm')",      "require('net')",   "require('http')",
		    "require('https')",   "require('tls')",   "require('dgram')",
		    "require('ws')",      "require(\"net\")", "require(\"http\")",
		    "require(\"https\")", "require(\"vm\")",  "from 'vm'",
		    "from 'net'",         "from 'ws'",        NULL};
		bool is_node = len > 2 && buf[0] == '#' && buf[1] == '!';
		for (const char *const *w = node; *w && !is_node; w++)
			is_node = mem_find(buf, len, *w) != NULL;
		if (!is_node)
			return 0;
	}
	r->lang = lname[L];
	struct sf *s = xcalloc(1, sizeof(*s));
	s->b = buf;
	s->n = len;
	s->lang = L;
	s->r = r;
	size_t cap = s->n + 16;
	if (cap > SF_MAX_TOKENS)
		cap = SF_MAX_TOKENS;
	s->t = xcalloc(cap, sizeof(*s->t));
	s->cap = (int)cap;
	s->names = xcalloc(SF_MAX_NAMES, sizeof(*s->names));
	s->has_cp = mem_find(s->b, s->n, "child_process") != NULL;
	s->has_subprocess_import = mem_find(s->b, s->n, "from subprocess import") != NULL;
	s->has_os_import = mem_find(s->b, s->n, "from os import") != NULL;
	s->has_lwp_simple = mem_find(s->b, s->n, "LWP::Simple") != NULL;
	s->cgi = s->n <= SF_WEB_INPUT && mem_find(s->b, s->n, "CONTENT_LENGTH") != NULL;
	lex(s);
	s->param_scope = -1;
	collect_funcs(s);
	for (int p = 0; p < SF_MAX_PASSES; p++) {
		s->changed = false;
		pass(s, false);
		if (!s->changed)
			break;
	}
	pass(s, true);
	if (s->truncated)
		r->truncated = true;
	if (r->nhits)
		r->critical = hides_or_persists(s->b, s->n);
	free(s->t);
	free(s->scope);
	free(s->names);
	free(s);
	return r->nhits;
}
