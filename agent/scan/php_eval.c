#include "scan/php_eval.h"
#include "scan/php_fold.h"
#include "scan/php_lex.h"
#include "util.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* ---------------------------------------------------------------- values */

enum { K_UNK, K_STR, K_ARR, K_FUNC, K_OBJ };

#define F_FOLDED  0x0001u /* computed from literals (concatenation, chr, indexing...) */
#define F_DECODED 0x0002u /* went through a decoder (base64, gzinflate, rot13, XOR...) */
#define F_ESCAPED 0x0004u /* a literal with letters written as escapes */
#define F_FILE    0x0008u /* data read from a file or a file handle */
#define F_SHESC   0x0010u /* escapeshellarg()ed */
#define F_SUPER   0x0020u /* a superglobal array itself */
#define F_SERVER  0x0040u /* $_SERVER: only its HTTP_* entries are input */
#define F_REMOTE  0x0080u /* data fetched from a URL */
#define F_REFLECT 0x0100u /* a ReflectionFunction: s is the function's name */
#define F_NUM     0x0200u /* a number (s is its decimal text) */
#define F_SOCKET  0x0400u /* a socket handle */
#define F_SMTP    0x0800u /* text holding SMTP envelope commands */
#define F_WHANDLE 0x1000u /* a handle opened for writing */
#define F_PLAIN   0x2000u /* a literal exactly as written in the source */
#define F_KPREFIX 0x4000u /* unknown, but it starts with known text (a fixed path or program) */
#define F_SHELLVAR                                                                                 \
	0x8000u /* the system's command interpreter: $_SERVER['COMSPEC'], getenv('SHELL') */
#define F_URLENC 0x10000u /* input through urlencode(): not harmless in a data: stream */
/* the Reflection API beyond ReflectionFunction (reflect_new, reflect_more) */
#define F_REFLM   0x800000u  /* a ReflectionMethod: a[0] is the callee ("C::m", [obj, 'm']) */
#define F_REFLC   0x1000000u /* a ReflectionClass / ReflectionObject: a[0] is the class */
#define F_WSCRIPT 0x2000000u /* a handle opened for writing on a path run as PHP (fetch_drop) */

/* a pipe to sendmail: what is written there is mail (pipe_more) */
#define F_MAILPIPE 0x200000u

#define BUILT (F_FOLDED | F_DECODED | F_ESCAPED)

/* pv.cred: request fields whose names say what they hold, and the visitor's
 * fingerprint, for the credential-exfiltration sink (cred_call). */
#define CR_SECRET 0x01u /* a password, card, CVV, PIN, OTP, SSN... field */
#define CR_USER   0x02u /* a user name, login or e-mail field */
#define CR_FP     0x04u /* the visitor: REMOTE_ADDR, user agent, reverse DNS */
#define CR_DUMP   0x08u /* every field of $_POST/$_GET/$_REQUEST, whatever its name */
#define CR_APPEND 0x10u /* a handle opened to append */
#define CR_MIX    0x20u /* a credential and the visitor's address in one text (cred_blob) */
#define CR_STRUCT 0x40u /* separate fields of an array serialized (json_encode...) */
#define CR_LOGIN  0x80u /* a password, PIN or one-time code (not a card: gateways take cards) */

struct parr;
struct fdef;

struct pv {
	uint8_t k;
	uint8_t cred;   /* CR_*: what a phishing back end sends away (php_cred_*) */
	uint32_t fl;    /* F_* */
	uint16_t taint; /* which request input reaches it (bits of src_names) */
	uint32_t n;
	const unsigned char *s;
	struct parr *a;
	const char *src; /* the input it came from ("$_POST['c']") */
	const char *via; /* variables it went through ("$x -> $y") */
	const char *how; /* the last fold that built it ("str_rot13") */
	struct fdef *fn;
	uint16_t wtaint; /* a write handle: taint of the path it was opened on */
	uint16_t param;  /* a function evaluated on its own: which parameters reach it */
	uint32_t sfxn;   /* unknown, ending with known text: its length */
	const unsigned char *sfx;
};

struct pel {
	struct pv key, val;
};

struct parr {
	uint32_t n, cap;
	struct pel *v;
	uint32_t next; /* next integer key */
	uint32_t *idx; /* hash index of the keys (slot = element + 1), when large */
	uint32_t icap;
};

#define ARR_MAX 4096

/* ------------------------------------------------------------ the context */

struct chunk {
	struct chunk *next;
	size_t used, cap;
	unsigned char mem[];
};

struct var {
	const unsigned char *name;
	uint32_t nlen;
	uint32_t hash;
	struct pv v;
};

struct map {
	struct var *t;
	size_t cap, n;
};

struct param {
	const unsigned char *name;
	uint32_t nlen;
	size_t def_b, def_e; /* default value tokens (def_b == def_e: none) */
	bool variadic;
	bool ref; /* &$x: what the body assigns goes back to the caller (byref_back) */
};

struct fdef {
	struct php_lex *lx; /* where its tokens are */
	size_t body_b, body_e;
	bool arrow; /* fn() => expr: the body is one expression */
	struct param p[16];
	int np;
	char name[64]; /* lower case; "" for a closure */
	char cls[64];
	bool method;
	int evals;
	bool active;
	int layer;
	struct fdef *next; /* the next one of the same name */
};

struct scope {
	struct map vars;
	uint16_t extract_taint; /* extract($_POST) & co: unknown variables are input */
	const char *extract_src;
	bool type_check; /* the scope checks a file's type or name */
	bool has_ret;
	struct pv ret;
	struct pv *args;
	int nargs;
	struct scope *global;
};

struct C {
	struct chunk *arena;
	size_t str_bytes, str_max;
	size_t work, work_max;
	bool stop;
	struct php_result *res;
	size_t hcap, lcap;
	struct php_lex *lex[PHP_MAX_LAYERS + 1];
	int nlex;
	struct fdef **fn;
	size_t nfn, capfn;
	struct map fnames, mnames; /* name -> first fdef (v.fn) */
	struct scope global;
	struct map consts, props;
	int call_depth;
	int input_loops;
	const char *loop_src; /* what the innermost such loop runs over */
	size_t decoded, decoded_max;
	size_t max_tokens;
	struct fbuf fb;
	int preg_compiles;
	int depth;            /* of the recursion, across calls and layers */
	uint16_t props_taint; /* unserialize() of input: unknown properties are input */
	const char *wrap[8];  /* command functions a parameter reached (command wrappers) */
	int wrap_n;
	size_t wrap_tok;
	bool wrap_dyn; /* a parameter reached a call through an unknown callee (command wrappers) */
	bool drop_open;         /* a source file (.c, .pl, .py, .sh...) opened for writing */
	const char *drop_src;   /* input written to such a file: its trail (drop_run) */
	const char *drop_dec;   /* decoded data written to such a file: how it was decoded */
	struct pv refout[4];    /* the last call's by-reference parameters, as it left them */
	unsigned char *cat_buf; /* the last long concatenation, with room after it (concat_grow) */
	size_t cat_len, cat_cap;
	int nrefout;
	bool cred_messenger;   /* a messenger's bot API was opened (cred_call) */
	uint8_t cred_url;      /* CU_*: an outbound HTTP request was opened (cred_call) */
	uint8_t cred_rcpt;     /* CM_*: a mailer object's recipient (cred_method) */
	uint8_t cred_mbody;    /* cred bits of a mailer object's body (cred_method) */
	struct pv err_handler; /* set_error_handler()'s callee: trigger_error() calls it */
	const char *props_src;
	unsigned validations; /* calls of is_numeric, ctype_*, in_array ... so far */
	bool uncalled_pass;   /* running functions and methods nothing in the file calls */
	/* closures made but never called in the file: a framework calls them
	 * (add_action, add_filter, a router), so the uncalled pass runs them */
	struct pv *closures; /* CLOSURES_MAX, allocated at the first */
	int nclosures;
	struct {
		const unsigned char *s;
		uint32_t n;
	} goto_pend[16]; /* labels of gotos met inside a nested statement */
	int ngoto_pend;
};

struct P {
	struct C *C;
	struct php_lex *lx;
	size_t i, end;
	struct scope *sc;
	int layer;
	int depth;
	bool in_str; /* parts of an interpolated string: "{" is not an index there */
	bool acc_on;
	uint16_t acc_taint, acc_fl;
	const char *acc_src; /* the first input source the header read */
	int cond_keep;       /* in a branch of an if that validated nothing (set_var) */
};

static const char *const src_names[] = {"$_GET",           "$_POST",      "$_REQUEST",
                                        "$_COOKIE",        "$_FILES",     "$_SERVER",
                                        "getallheaders()", "php://input", "extract()"};
#define T_GET     0x01u
#define T_POST    0x02u
#define T_REQUEST 0x04u
#define T_COOKIE  0x08u
#define T_FILES   0x10u
#define T_SERVER  0x20u
#define T_HEADERS 0x40u
#define T_INPUT   0x80u

static void *amem(struct C *C, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	if (!C->arena || C->arena->used + n > C->arena->cap) {
		size_t cap = n > 65536 ? n : 65536;
		struct chunk *c = xmalloc(sizeof(*c) + cap);
		c->next = C->arena;
		c->used = 0;
		c->cap = cap;
		C->arena = c;
	}
	void *p = C->arena->mem + C->arena->used;
	C->arena->used += n;
	memset(p, 0, n);
	return p;
}

/* Bytes for a known string; NULL when the bound on kept strings is reached
 * (the value becomes unknown). */
static unsigned char *astr(struct C *C, size_t n)
{
	if (n > C->str_max || C->str_bytes > C->str_max - n)
		return NULL;
	C->str_bytes += n;
	C->work += n / 64;
	return amem(C, n + 1);
}

static const char *afmt(struct C *C, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static const char *afmt(struct C *C, const char *fmt, ...)
{
	char tmp[160];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	size_t l = strlen(tmp);
	char *p = amem(C, l + 1);
	memcpy(p, tmp, l + 1);
	return p;
}

static struct pv unk(void)
{
	struct pv v;
	memset(&v, 0, sizeof(v));
	return v;
}

static struct pv unk_like(const struct pv *a)
{
	struct pv v = unk();
	v.taint = a->taint;
	v.param = a->param;
	v.src = a->src;
	v.via = a->via;
	v.fl = a->fl & (F_FILE | F_REMOTE | F_DECODED);
	v.cred = a->cred & (uint8_t)~CR_APPEND;
	return v;
}

static struct pv str_of(struct C *C, const void *s, size_t n, uint32_t fl)
{
	unsigned char *p = astr(C, n);
	if (!p)
		return unk();
	if (n)
		memcpy(p, s, n);
	struct pv v = unk();
	v.k = K_STR;
	v.s = p;
	v.n = (uint32_t)n;
	v.fl = fl;
	return v;
}

/* A known string that points at bytes that live as long as the analysis
 * (the source buffer, the lexer's values). */
static struct pv str_ref(const unsigned char *s, size_t n, uint32_t fl)
{
	struct pv v = unk();
	v.k = K_STR;
	v.s = s;
	v.n = (uint32_t)n;
	v.fl = fl;
	return v;
}

static struct pv num_of(struct C *C, long long x)
{
	char t[32];
	int l = snprintf(t, sizeof(t), "%lld", x);
	return str_of(C, t, (size_t)l, F_NUM);
}

static bool is_str(const struct pv *v)
{
	return v->k == K_STR;
}

static long long to_int(const struct pv *v, bool *ok)
{
	*ok = false;
	if (v->k != K_STR)
		return 0;
	size_t i = 0;
	while (i < v->n && (v->s[i] == ' ' || v->s[i] == '\t' || v->s[i] == '\n'))
		i++;
	bool neg = false;
	if (i < v->n && (v->s[i] == '-' || v->s[i] == '+'))
		neg = v->s[i++] == '-';
	long long x = 0;
	size_t b = i;
	while (i < v->n && v->s[i] >= '0' && v->s[i] <= '9' && i - b < 18)
		x = x * 10 + (v->s[i++] - '0');
	*ok = i > b || v->n == 0;
	return neg ? -x : x;
}

static void merge_taint(struct pv *dst, const struct pv *a)
{
	if (a->taint && !dst->taint) {
		dst->src = a->src;
		dst->via = a->via;
	}
	dst->taint |= a->taint;
	dst->param |= a->param;
	dst->fl |= a->fl & (F_FILE | F_REMOTE | F_SMTP);
	dst->cred |= a->cred & (uint8_t)~CR_APPEND;
}

/* -------------------------------------------------------------- the maps */

static uint32_t hname(const unsigned char *s, size_t n, bool nocase)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		if (nocase && c >= 'A' && c <= 'Z')
			c |= 0x20;
		h = (h ^ c) * 16777619u;
	}
	return h | 1;
}

static bool name_eq(const unsigned char *a, size_t an, const unsigned char *b, size_t bn,
                    bool nocase)
{
	if (an != bn)
		return false;
	if (!nocase)
		return !memcmp(a, b, an);
	for (size_t i = 0; i < an; i++) {
		unsigned char x = a[i], y = b[i];
		if (x >= 'A' && x <= 'Z')
			x |= 0x20;
		if (y >= 'A' && y <= 'Z')
			y |= 0x20;
		if (x != y)
			return false;
	}
	return true;
}

static struct var *map_find(struct map *m, const unsigned char *name, size_t n, bool nocase,
                            bool create)
{
	if (!m->cap) {
		if (!create)
			return NULL;
		m->cap = 16;
		m->t = xcalloc(m->cap, sizeof(*m->t));
	}
	if (create && (m->n + 1) * 2 > m->cap) {
		struct map nm = {.cap = m->cap * 2};
		nm.t = xcalloc(nm.cap, sizeof(*nm.t));
		for (size_t i = 0; i < m->cap; i++) {
			struct var *v = &m->t[i];
			if (!v->hash)
				continue;
			size_t j = v->hash & (nm.cap - 1);
			while (nm.t[j].hash)
				j = (j + 1) & (nm.cap - 1);
			nm.t[j] = *v;
		}
		nm.n = m->n;
		free(m->t);
		*m = nm;
	}
	uint32_t h = hname(name, n, nocase);
	size_t j = h & (m->cap - 1);
	while (m->t[j].hash) {
		if (m->t[j].hash == h && name_eq(m->t[j].name, m->t[j].nlen, name, n, nocase))
			return &m->t[j];
		j = (j + 1) & (m->cap - 1);
	}
	if (!create)
		return NULL;
	struct var *v = &m->t[j];
	v->hash = h;
	v->name = name;
	v->nlen = (uint32_t)n;
	v->v = unk();
	m->n++;
	return v;
}

static void map_free(struct map *m)
{
	free(m->t);
	memset(m, 0, sizeof(*m));
}

/* ----------------------------------------------------------------- hits */

/* A file write of request data is an uploader's technique, and also an
 * application's (a plugin's import, a kiosk profile upload). An uploader
 * runs what it is sent: its code is at the top of the file or called from
 * there. A write only reached in a method that nothing in the file calls
 * waits for the application's framework (its routing, its ACL checks) to
 * call it; it is reported, one level lower. */
static enum hs_severity write_sev(const struct P *P)
{
	return P->C->uncalled_pass ? HS_SEV_MEDIUM : HS_SEV_HIGH;
}
static const char *write_where(const struct P *P)
{
	return P->C->uncalled_pass ? " (in code nothing in the file calls)" : "";
}

static void hit(struct P *P, const char *rule, enum hs_severity sev, size_t tok, const char *fmt,
                ...) __attribute__((format(printf, 5, 6)));
static void hit(struct P *P, const char *rule, enum hs_severity sev, size_t tok, const char *fmt,
                ...)
{
	struct php_result *r = P->C->res;
	uint32_t off = tok < P->lx->n ? P->lx->t[tok].off : 0;
	for (size_t i = 0; i < r->nhits; i++)
		if (r->hits[i].rule == rule && r->hits[i].layer == P->layer &&
		    r->hits[i].off == off) {
			/* the same sink seen again (a function evaluated twice) */
			if (sev > r->hits[i].sev) {
				r->hits[i].sev = sev;
				va_list ap;
				va_start(ap, fmt);
				vsnprintf(r->hits[i].evidence, sizeof(r->hits[i].evidence), fmt,
				          ap);
				va_end(ap);
			}
			return;
		}
	if (r->nhits >= 64)
		return;
	if (r->nhits == P->C->hcap) {
		P->C->hcap = P->C->hcap ? P->C->hcap * 2 : 8;
		r->hits = xrealloc(r->hits, P->C->hcap * sizeof(*r->hits));
	}
	struct php_hit *h = &r->hits[r->nhits++];
	memset(h, 0, sizeof(*h));
	h->rule = rule;
	h->sev = sev;
	h->layer = P->layer;
	h->off = off;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(h->evidence, sizeof(h->evidence), fmt, ap);
	va_end(ap);
}

/* "$_POST['c'] -> $x" */
static const char *trail(struct P *P, const struct pv *v)
{
	if (!v->taint)
		return "";
	const char *s = v->src ? v->src : "input";
	if (v->via)
		return afmt(P->C, "%s -> %s", s, v->via);
	return s;
}

/* ---------------------------------------------------------------- tokens */

static const struct php_token eof_tok = {.type = PT_EOF};

static inline __attribute__((always_inline)) const struct php_token *T(const struct P *P)
{
	return P->i < P->end ? &P->lx->t[P->i] : &eof_tok;
}

static inline __attribute__((always_inline)) const struct php_token *TA(const struct P *P, size_t k)
{
	return P->i + k < P->end ? &P->lx->t[P->i + k] : &eof_tok;
}

static inline __attribute__((always_inline)) bool op(const struct P *P, const char *o)
{
	return php_tok_op(P->lx, T(P), o);
}

static inline __attribute__((always_inline)) bool opa(const struct P *P, size_t k, const char *o)
{
	return php_tok_op(P->lx, TA(P, k), o);
}

static inline __attribute__((always_inline)) bool word(const struct P *P, const char *w)
{
	return php_tok_word(P->lx, T(P), w);
}

static inline __attribute__((always_inline)) bool accept(struct P *P, const char *o)
{
	if (op(P, o)) {
		P->i++;
		return true;
	}
	return false;
}

static bool budget(struct P *P)
{
	struct C *C = P->C;
	if (C->stop)
		return false;
	if (++C->work > C->work_max) {
		C->stop = true;
		C->res->truncated = true;
		return false;
	}
	return true;
}

/* The token after the bracket that opens at P->i. */
static void skip_group(struct P *P)
{
	const struct php_token *t = T(P);
	if (t->match > P->i && t->match < P->end)
		P->i = t->match + 1;
	else
		P->i++;
}

static const unsigned char *tval(const struct P *P, const struct php_token *t)
{
	return php_tok_val(P->lx, t);
}

/* A name without its namespace ("\Foo\system" -> "system"). */
static void base_name(const unsigned char *s, size_t n, const unsigned char **b, size_t *bn)
{
	const unsigned char *e = s + n, *p = e;
	while (p > s && p[-1] != '\\')
		p--;
	*b = p;
	*bn = (size_t)(e - p);
}

static void lower_copy(char *out, size_t outlen, const unsigned char *s, size_t n)
{
	size_t l = n < outlen - 1 ? n : outlen - 1;
	for (size_t i = 0; i < l; i++)
		out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]);
	out[l] = '\0';
}

/* --------------------------------------------------------- declarations */

static struct fdef *fn_find(struct C *C, const char *name, const char *cls, bool method)
{
	struct var *v = map_find(method ? &C->mnames : &C->fnames, (const unsigned char *)name,
	                         strlen(name), false, false);
	if (!v)
		return NULL;
	struct fdef *first = v->v.fn;
	if (!cls || !cls[0])
		return first;
	for (struct fdef *f = first; f; f = f->next)
		if (!strcmp(f->cls, cls))
			return f;
	return first;
}

static void fn_add(struct C *C, struct fdef *f)
{
	if (C->nfn == C->capfn) {
		C->capfn = C->capfn ? C->capfn * 2 : 16;
		C->fn = xrealloc(C->fn, C->capfn * sizeof(*C->fn));
	}
	C->fn[C->nfn++] = f;
	struct var *v = map_find(f->method ? &C->mnames : &C->fnames,
	                         (const unsigned char *)f->name, strlen(f->name), false, true);
	if (!v->v.fn) {
		v->v.fn = f;
	} else {
		struct fdef *t = v->v.fn;
		while (t->next)
			t = t->next;
		t->next = f;
	}
}

static bool is_type_word(const struct P *P)
{
	const struct php_token *t = T(P);
	return t->type == PT_IDENT || op(P, "?") || op(P, "|") || op(P, "(") || op(P, ")") ||
	       (op(P, "&") && TA(P, 1)->type != PT_VAR && !opa(P, 1, "..."));
}

/* Parameters between the parenthesis at P->i and its match. */
static void parse_params(struct P *P, struct fdef *f)
{
	size_t close = T(P)->match;
	if (close <= P->i || close >= P->end) {
		P->i++;
		return;
	}
	P->i++;
	while (P->i < close && f->np < 16) {
		bool variadic = false, ref = false;
		while (P->i < close && T(P)->type != PT_VAR) {
			if (T(P)->type == PT_ATTR) {
				skip_group(P);
				continue;
			}
			if (op(P, "..."))
				variadic = true;
			if (op(P, "&"))
				ref = true;
			if (op(P, ","))
				break;
			P->i++;
		}
		if (P->i >= close || T(P)->type != PT_VAR) {
			P->i++;
			continue;
		}
		struct param *p = &f->p[f->np++];
		p->name = tval(P, T(P));
		p->nlen = T(P)->vlen;
		p->variadic = variadic;
		p->ref = ref;
		P->i++;
		if (accept(P, "=")) {
			p->def_b = P->i;
			while (P->i < close && !op(P, ",")) {
				if (op(P, "(") || op(P, "[") || op(P, "{"))
					skip_group(P);
				else
					P->i++;
			}
			p->def_e = P->i;
		}
		while (P->i < close && !op(P, ","))
			P->i++;
		if (op(P, ","))
			P->i++;
	}
	P->i = close + 1;
}

/* After the parameters: `use (...)`, `: type`, then the body '{' ... '}'
 * (or ';' for an abstract method). Leaves P->i after the body. */
static void parse_body(struct P *P, struct fdef *f)
{
	if (word(P, "use") && opa(P, 1, "(")) {
		P->i++;
		skip_group(P);
	}
	if (accept(P, ":"))
		while (P->i < P->end && is_type_word(P) && !op(P, "{"))
			P->i++;
	if (op(P, "{")) {
		size_t close = T(P)->match;
		f->body_b = P->i + 1;
		f->body_e = close > P->i && close < P->end ? close : P->end;
		P->i = f->body_e + 1;
	} else {
		f->body_b = f->body_e = P->i;
		if (op(P, ";"))
			P->i++;
	}
}

/* Hoisting: PHP knows every function and method of a file before it runs
 * a line of it, so a pre-pass registers them all (class members by the
 * class whose braces hold them). */
static void declare_all(struct P *P)
{
	struct C *C = P->C;
	size_t cls_end[16];
	char cls_name[16][64];
	int ncls = 0;
	size_t save = P->i;
	while (P->i < P->end && !C->stop) {
		while (ncls > 0 && P->i > cls_end[ncls - 1])
			ncls--;
		const struct php_token *t = T(P);
		if (t->type == PT_IDENT &&
		    (word(P, "class") || word(P, "trait") || word(P, "interface") ||
		     word(P, "enum")) &&
		    TA(P, 1)->type == PT_IDENT &&
		    !(P->i > 0 && php_tok_op(P->lx, &P->lx->t[P->i - 1], "::"))) {
			const struct php_token *nt = TA(P, 1);
			size_t k = P->i + 2;
			while (k < P->end && !php_tok_op(P->lx, &P->lx->t[k], "{") &&
			       !php_tok_op(P->lx, &P->lx->t[k], ";"))
				k++;
			if (k < P->end && php_tok_op(P->lx, &P->lx->t[k], "{") && ncls < 16) {
				cls_end[ncls] = P->lx->t[k].match;
				lower_copy(cls_name[ncls], 64, tval(P, nt), nt->vlen);
				ncls++;
				P->i = k + 1;
				continue;
			}
		}
		if (t->type == PT_IDENT && word(P, "function")) {
			size_t k = P->i + 1;
			if (k < P->end && php_tok_op(P->lx, &P->lx->t[k], "&"))
				k++;
			if (k + 1 < P->end && P->lx->t[k].type == PT_IDENT &&
			    php_tok_op(P->lx, &P->lx->t[k + 1], "(")) {
				struct fdef *f = amem(C, sizeof(*f));
				f->lx = P->lx;
				f->layer = P->layer;
				const struct php_token *nt = &P->lx->t[k];
				lower_copy(f->name, sizeof(f->name), tval(P, nt), nt->vlen);
				if (ncls > 0) {
					f->method = true;
					snprintf(f->cls, sizeof(f->cls), "%s", cls_name[ncls - 1]);
				}
				P->i = k + 1;
				parse_params(P, f);
				size_t after = P->i;
				parse_body(P, f);
				fn_add(C, f);
				/* nested declarations are found too: continue inside the body */
				P->i = after;
				continue;
			}
		}
		P->i++;
	}
	P->i = save;
}

/* ---------------------------------------------------------------- arrays */

static struct parr *arr_new(struct C *C)
{
	return amem(C, sizeof(struct parr));
}

static bool key_eq(const struct pv *a, const struct pv *b)
{
	return a->k == K_STR && b->k == K_STR && a->n == b->n && !memcmp(a->s, b->s, a->n);
}

static uint32_t key_hash(const struct pv *k)
{
	return hname(k->s, k->n, false);
}

/* Arrays beyond a few elements get a hash index of their keys: literal
 * tables of thousands of entries (font metrics, character maps) are
 * common and a linear search would make them quadratic. */
static void arr_index(struct C *C, struct parr *a)
{
	uint32_t cap = 64;
	while (cap < a->cap * 2)
		cap *= 2;
	a->idx = amem(C, cap * sizeof(*a->idx));
	a->icap = cap;
	for (uint32_t i = 0; i < a->n; i++) {
		uint32_t j = key_hash(&a->v[i].key) & (cap - 1);
		while (a->idx[j])
			j = (j + 1) & (cap - 1);
		a->idx[j] = i + 1;
	}
}

static struct pel *arr_get(struct parr *a, const struct pv *key)
{
	if (!a || key->k != K_STR)
		return NULL;
	if (a->idx) {
		uint32_t j = key_hash(key) & (a->icap - 1);
		while (a->idx[j]) {
			struct pel *e = &a->v[a->idx[j] - 1];
			if (key_eq(&e->key, key))
				return e;
			j = (j + 1) & (a->icap - 1);
		}
		return NULL;
	}
	for (uint32_t i = 0; i < a->n; i++)
		if (key_eq(&a->v[i].key, key))
			return &a->v[i];
	return NULL;
}

static void arr_set(struct C *C, struct parr *a, const struct pv *key, const struct pv *val)
{
	struct pv k = key ? *key : unk();
	if (!key || key->k != K_STR) {
		if (!key)
			k = num_of(C, a->next);
		else
			return; /* an unknown key: the element cannot be placed */
	}
	struct pel *e = arr_get(a, &k);
	if (e) {
		e->val = *val;
		return;
	}
	if (a->n >= ARR_MAX)
		return;
	if (a->n == a->cap) {
		uint32_t nc = a->cap ? a->cap * 2 : 8;
		struct pel *nv = amem(C, nc * sizeof(*nv));
		if (a->n)
			memcpy(nv, a->v, a->n * sizeof(*nv));
		a->v = nv;
		a->cap = nc;
		C->work += a->n / 8;
		a->idx = NULL;
	}
	a->v[a->n].key = k;
	a->v[a->n].val = *val;
	a->n++;
	if (a->idx) {
		uint32_t j = key_hash(&k) & (a->icap - 1);
		while (a->idx[j])
			j = (j + 1) & (a->icap - 1);
		a->idx[j] = a->n;
	} else if (a->n > 16) {
		arr_index(C, a);
	}
	bool ok;
	long long ik = to_int(&k, &ok);
	if (ok && (k.fl & F_NUM) && ik >= (long long)a->next)
		a->next = (uint32_t)(ik + 1);
}

/* PHP arrays are values: an assignment copies. */
static struct pv arr_copy(struct C *C, const struct pv *v)
{
	struct pv r = *v;
	if (v->k != K_ARR || !v->a)
		return r;
	struct parr *a = arr_new(C);
	a->next = v->a->next;
	if (v->a->n) {
		a->v = amem(C, v->a->n * sizeof(*a->v));
		memcpy(a->v, v->a->v, v->a->n * sizeof(*a->v));
		a->n = a->cap = v->a->n;
		C->work += v->a->n / 4;
		if (a->n > 16)
			arr_index(C, a);
	}
	r.a = a;
	return r;
}

/* A value standing for "some element of v". */
static struct pv arr_any(const struct pv *v)
{
	if (v->k == K_ARR && v->a && v->a->n == 1)
		return v->a->v[0].val;
	struct pv r = unk_like(v);
	if (v->k == K_ARR && v->a)
		for (uint32_t i = 0; i < v->a->n; i++)
			merge_taint(&r, &v->a->v[i].val);
	return r;
}

/* ------------------------------------------------------------ variables */

static int superglobal(const unsigned char *s, size_t n)
{
	static const char *const names[] = {"_GET",    "_POST",  "_REQUEST",
	                                    "_COOKIE", "_FILES", "_SERVER"};
	for (int i = 0; i < 6; i++)
		if (strlen(names[i]) == n && !memcmp(names[i], s, n))
			return i;
	return -1;
}

static struct pv super_value(struct C *C, int which)
{
	struct pv v = unk();
	v.k = K_ARR;
	v.a = arr_new(C);
	v.fl = F_SUPER;
	if (which == 5) {
		v.fl |= F_SERVER; /* only some entries are input */
	} else {
		v.taint = (uint16_t)(1u << which);
		v.src = src_names[which];
	}
	return v;
}

static struct pv get_var(struct P *P, const unsigned char *name, size_t n)
{
	struct C *C = P->C;
	struct pv r;
	int sg = superglobal(name, n);
	if (sg >= 0) {
		r = super_value(C, sg);
	} else if (n == 7 && !memcmp(name, "GLOBALS", 7)) {
		r = unk();
		r.k = K_ARR;
		r.fl = F_SUPER; /* $GLOBALS['x'] is handled by the indexing */
		r.s = (const unsigned char *)"GLOBALS";
		r.n = 7;
	} else if (n == 4 && !memcmp(name, "this", 4)) {
		r = unk();
		r.k = K_OBJ;
	} else {
		struct var *v = map_find(&P->sc->vars, name, n, false, false);
		if (v) {
			r = v->v;
		} else {
			r = unk();
			if (P->sc->extract_taint) {
				r.taint = P->sc->extract_taint;
				r.src = P->sc->extract_src;
			}
		}
	}
	if (P->acc_on) {
		if (r.taint && !P->acc_taint)
			P->acc_src = r.src;
		P->acc_taint |= r.taint;
		P->acc_fl |= r.fl & (F_FILE | F_REMOTE);
	}
	return r;
}

static const char *var_label(struct C *C, const unsigned char *name, size_t n)
{
	return afmt(C, "$%.*s", (int)(n > 24 ? 24 : n), (const char *)name);
}

static void set_var(struct P *P, struct scope *sc, const unsigned char *name, size_t n,
                    const struct pv *val)
{
	if (superglobal(name, n) >= 0 || (n == 4 && !memcmp(name, "this", 4)))
		return;
	struct var *v = map_find(&sc->vars, name, n, false, true);
	struct pv x = arr_copy(P->C, val);
	if (P->cond_keep > 0 && !x.taint && v->v.taint && x.k == K_STR)
		merge_taint(&x, &v->v); /* `if (!$c) $c = 'id';`: either value after the if */
	if (x.taint) {
		/* the path of the taint: the first few variables it went through */
		const char *lab = var_label(P->C, name, n);
		if (!x.via)
			x.via = lab;
		else if (strlen(x.via) < 60 && !strstr(x.via, lab))
			x.via = afmt(P->C, "%s -> %s", x.via, lab);
	}
	v->v = x;
}

/* ------------------------------------------------------------- lvalues */

enum { LV_NONE, LV_VAR, LV_PROP, LV_VARVAR };

struct lv {
	uint8_t kind;
	const unsigned char *name;
	uint32_t nlen;
	struct scope *sc;
	struct pv keys[4];
	bool append[4];
	int nkeys;
	bool deep; /* more keys than kept: the base only gets the taint */
};

static void lv_none(struct lv *l)
{
	if (l) {
		l->kind = LV_NONE;
		l->nkeys = 0;
		l->deep = false;
		l->name = NULL;
		l->nlen = 0;
		l->sc = NULL;
	}
}

/* $s[$i] = 'x' (or $s{$i}) on a known string: PHP writes the first byte of
 * the value at that offset (padding with spaces past the end; a negative
 * offset counts from the end), which is how a name is spelled into a
 * placeholder one letter at a time. Bounded: offsets under 4,096. */
static bool str_offset_write(struct C *C, struct pv *cur, const struct lv *l, const struct pv *val)
{
	if (!is_str(cur) || cur->n == 0 || l->nkeys != 1 || l->append[0] || (cur->fl & F_NUM))
		return false;
	bool ok;
	long long off = to_int(&l->keys[0], &ok);
	if (!ok || !is_str(&l->keys[0]) || l->keys[0].n == 0)
		return false;
	if (off < 0)
		off += cur->n;
	if (off < 0 || off >= 4096 || !is_str(val) || val->n == 0) {
		*cur = unk_like(cur); /* not known any more */
		merge_taint(cur, val);
		return true;
	}
	size_t n = (size_t)off + 1 > cur->n ? (size_t)off + 1 : cur->n;
	unsigned char *b = astr(C, n);
	if (!b)
		return false;
	memcpy(b, cur->s, cur->n);
	memset(b + cur->n, ' ', n - cur->n);
	b[off] = val->s[0];
	struct pv r = str_ref(b, n, (F_FOLDED | ((cur->fl | val->fl) & BUILT)));
	r.how = "writes at string offsets";
	merge_taint(&r, cur);
	merge_taint(&r, val);
	*cur = r;
	return true;
}

static void assign(struct P *P, const struct lv *l, const struct pv *val)
{
	struct C *C = P->C;
	if (!l || l->kind == LV_NONE || C->stop)
		return;
	if (l->kind == LV_VARVAR) {
		/* $$k = v with k unknown: any variable may now hold v */
		if (val->taint && !P->sc->extract_taint) {
			P->sc->extract_taint = val->taint;
			P->sc->extract_src = val->src;
		}
		return;
	}
	struct map *m = l->kind == LV_PROP ? &C->props : &l->sc->vars;
	if (l->nkeys == 0 && !l->deep) {
		if (l->kind == LV_PROP) {
			struct var *v = map_find(m, l->name, l->nlen, false, true);
			/* properties are shared by every object: join, keep taint */
			struct pv x = arr_copy(C, val);
			if (v->v.taint && !x.taint)
				merge_taint(&x, &v->v);
			v->v = x;
		} else {
			set_var(P, l->sc, l->name, l->nlen, val);
		}
		return;
	}
	if (superglobal(l->name, l->nlen) >= 0)
		return;
	struct var *v = map_find(m, l->name, l->nlen, false, true);
	if (l->deep) {
		merge_taint(&v->v, val);
		return;
	}
	if (str_offset_write(C, &v->v, l, val))
		return;
	if (v->v.k != K_ARR || !v->v.a) {
		struct pv old = v->v;
		v->v = unk();
		v->v.k = K_ARR;
		v->v.a = arr_new(C);
		merge_taint(&v->v, &old);
	}
	struct pv *cur = &v->v;
	for (int i = 0; i < l->nkeys; i++) {
		merge_taint(cur, val);
		if (cur->k != K_ARR || !cur->a)
			return;
		bool last = i == l->nkeys - 1;
		if (last) {
			struct pv x = arr_copy(C, val);
			arr_set(C, cur->a, l->append[i] ? NULL : &l->keys[i], &x);
			return;
		}
		struct pel *e = l->append[i] ? NULL : arr_get(cur->a, &l->keys[i]);
		if (!e) {
			struct pv na = unk();
			na.k = K_ARR;
			na.a = arr_new(C);
			arr_set(C, cur->a, l->append[i] ? NULL : &l->keys[i], &na);
			e = l->append[i] ? (cur->a->n ? &cur->a->v[cur->a->n - 1] : NULL)
			                 : arr_get(cur->a, &l->keys[i]);
			if (!e)
				return;
		}
		if (e->val.k != K_ARR || !e->val.a) {
			struct pv old = e->val;
			e->val = unk();
			e->val.k = K_ARR;
			e->val.a = arr_new(C);
			merge_taint(&e->val, &old);
		}
		cur = &e->val;
	}
}

/* ------------------------------------------------------------- forward */

/* $x++ / $x-- over a known value: numbers count, and a string increments
 * like PHP's ("a" -> "b", "Az" -> "Ba", "z9" -> "aa0"), which is how
 * "Array"[0] becomes the letters of a function name one ++ at a time. */
static struct pv incdec(struct C *C, const struct pv *v, bool inc)
{
	if (!is_str(v))
		return unk_like(v);
	bool ok;
	long long n = to_int(v, &ok);
	bool numeric =
	    ok && v->n && ((v->fl & F_NUM) || (v->s[0] >= '0' && v->s[0] <= '9') || v->s[0] == '-');
	for (uint32_t i = 1; numeric && !(v->fl & F_NUM) && i < v->n; i++)
		numeric = v->s[i] >= '0' && v->s[i] <= '9';
	if (numeric || v->n == 0) {
		struct pv r = num_of(C, v->n == 0 ? (inc ? 1 : -1) : n + (inc ? 1 : -1));
		r.taint = v->taint;
		r.src = v->src;
		return r;
	}
	if (!inc || v->n > 4096)
		return *v; /* PHP leaves a non-numeric string alone on -- */
	unsigned char *b = astr(C, v->n + 1);
	if (!b)
		return unk_like(v);
	memcpy(b + 1, v->s, v->n);
	size_t i = v->n;
	unsigned char first = 0;
	bool carry = true;
	while (carry && i > 0) {
		unsigned char *c = &b[i];
		if (*c >= 'a' && *c < 'z')
			(*c)++, carry = false;
		else if (*c == 'z')
			*c = 'a', first = 'a';
		else if (*c >= 'A' && *c < 'Z')
			(*c)++, carry = false;
		else if (*c == 'Z')
			*c = 'A', first = 'A';
		else if (*c >= '0' && *c < '9')
			(*c)++, carry = false;
		else if (*c == '9')
			*c = '0', first = '1';
		else
			carry = false; /* not alphanumeric: PHP stops there */
		i--;
	}
	struct pv r;
	if (carry && first) {
		b[0] = first;
		r = str_ref(b, v->n + 1, (F_FOLDED | (v->fl & (F_DECODED | F_ESCAPED))));
	} else {
		r = str_ref(b + 1, v->n, (F_FOLDED | (v->fl & (F_DECODED | F_ESCAPED))));
	}
	r.taint = v->taint;
	r.src = v->src;
	r.how = "++";
	return r;
}

static struct pv expr(struct P *P, int prec);
static struct pv expr_rest(struct P *P, struct pv v, int minprec, unsigned valid0);
static struct pv unary(struct P *P, struct lv *lv);
static void stmt(struct P *P);
static void stmts_until(struct P *P, size_t end);
static void eval_layer(struct C *C, const unsigned char *src, size_t len, bool code_mode, int layer,
                       struct scope *sc);
static struct pv call_fdef(struct P *P, struct fdef *f, struct pv *args, int nargs,
                           const struct pv *captured);
static struct pv invoke(struct P *P, const struct pv *callee, struct pv *args, int nargs,
                        size_t tok, bool callback);

/* -------------------------------------------------------------- builtins */

enum bid {
	B_NONE,
	/* sinks */
	B_ASSERT,
	B_CREATE_FUNCTION,
	B_CMD,
	B_PCNTL_EXEC,
	B_PREG_REPLACE,
	B_MB_EREG_REPLACE,
	B_CB0,
	B_CB0ARR,
	B_ARRAY_MAP,
	B_CB1,
	B_ARRAY_WALK,
	B_ARRAY_REDUCE,
	B_PREG_CB,
	B_OB_START,
	B_SET_HANDLER,
	B_USORT,
	B_FILE_PUT,
	B_FWRITE,
	B_MOVE_UPLOADED,
	B_COPY,
	B_FOPEN,
	B_MAIL,
	B_FSOCKOPEN,
	/* sources */
	B_GETALLHEADERS,
	B_GETENV,
	B_FILTER_INPUT,
	B_FILE_GET_CONTENTS,
	B_FILE,
	B_FREAD,
	B_CURL_EXEC,
	B_EXTRACT,
	B_PARSE_STR,
	B_IMPORT_REQ,
	B_FUNC_GET_ARGS,
	B_FUNC_GET_ARG,
	B_DEFINE,
	B_CONSTANT,
	/* checks and sanitizers */
	B_TYPECHECK,
	B_KILL,
	B_URLENC,
	B_SHESC,
	/* folding */
	B_STRREV,
	B_ROT13,
	B_LOWER,
	B_UPPER,
	B_UCFIRST,
	B_LCFIRST,
	B_UCWORDS,
	B_TRIM,
	B_LTRIM,
	B_RTRIM,
	B_BASE64_DECODE,
	B_BASE64_ENCODE,
	B_HEX2BIN,
	B_BIN2HEX,
	B_PACK,
	B_URLDECODE,
	B_RAWURLDECODE,
	B_UUDECODE,
	B_GZINFLATE,
	B_GZUNCOMPRESS,
	B_GZDECODE,
	B_STRIPSLASHES,
	B_STR_REPLACE,
	B_STR_IREPLACE,
	B_SUBSTR,
	B_STR_REPEAT,
	B_SPRINTF,
	B_IMPLODE,
	B_EXPLODE,
	B_CHR,
	B_ORD,
	B_STRVAL,
	B_STR_SPLIT,
	B_ARRAY_REVERSE,
	B_ARRAY_VALUES,
	B_END,
	B_RESET,
	B_ARRAY_POP,
	B_ARRAY_SHIFT,
	B_STRTR,
	B_ENTITY_DECODE,
	B_ARRAY_MERGE,
	B_PASS,
	B_COMPACT,
	B_ARRAY_SLICE,
	B_STRLEN,
	B_COUNT,
	B_INTVAL,
	B_SUBSTR_REPLACE,
	B_CBLAST,
	B_FILTER_VAR,
	B_SOCKET_READ,
	B_UNSERIALIZE,
	B_SPLIT,
	B_MORE, /* more_builtin() */
};

struct builtin {
	const char *name;
	enum bid id;
};

/* Sorted by name (bsearch). */
static const struct builtin builtins[] = {
    {"addslashes", B_PASS},
    {"apache_request_headers", B_GETALLHEADERS},
    {"array_chunk", B_PASS},
    {"array_diff_uassoc", B_CBLAST},
    {"array_diff_ukey", B_CBLAST},
    {"array_filter", B_CB1},
    {"array_flip", B_MORE},
    {"array_intersect_uassoc", B_CBLAST},
    {"array_intersect_ukey", B_CBLAST},
    {"array_key_exists", B_KILL},
    {"array_keys", B_MORE},
    {"array_map", B_ARRAY_MAP},
    {"array_merge", B_ARRAY_MERGE},
    {"array_merge_recursive", B_ARRAY_MERGE},
    {"array_pop", B_ARRAY_POP},
    {"array_reduce", B_ARRAY_REDUCE},
    {"array_replace", B_ARRAY_MERGE},
    {"array_reverse", B_ARRAY_REVERSE},
    {"array_shift", B_ARRAY_SHIFT},
    {"array_slice", B_ARRAY_SLICE},
    {"array_udiff", B_CBLAST},
    {"array_udiff_assoc", B_CBLAST},
    {"array_uintersect", B_CBLAST},
    {"array_uintersect_assoc", B_CBLAST},
    {"array_unique", B_PASS},
    {"array_values", B_ARRAY_VALUES},
    {"array_walk", B_ARRAY_WALK},
    {"array_walk_recursive", B_ARRAY_WALK},
    {"assert", B_ASSERT},
    {"base64_decode", B_BASE64_DECODE},
    {"base64_encode", B_BASE64_ENCODE},
    {"basename", B_PASS},
    {"bin2hex", B_BIN2HEX},
    {"boolval", B_KILL},
    {"call_user_func", B_CB0},
    {"call_user_func_array", B_CB0ARR},
    {"ceil", B_MORE},
    {"chop", B_RTRIM},
    {"chr", B_CHR},
    {"compact", B_COMPACT},
    {"constant", B_CONSTANT},
    {"convert_uudecode", B_UUDECODE},
    {"copy", B_COPY},
    {"count", B_COUNT},
    {"crc32", B_KILL},
    {"create_function", B_CREATE_FUNCTION},
    {"ctype_alnum", B_KILL},
    {"ctype_alpha", B_KILL},
    {"ctype_digit", B_KILL},
    {"curl_exec", B_CURL_EXEC},
    {"current", B_RESET},
    {"date", B_KILL},
    {"define", B_DEFINE},
    {"end", B_END},
    {"error_log", B_MORE},
    {"escapeshellarg", B_SHESC},
    {"escapeshellcmd", B_SHESC},
    {"exec", B_CMD},
    {"exif_imagetype", B_TYPECHECK},
    {"explode", B_EXPLODE},
    {"extract", B_EXTRACT},
    {"fgetc", B_FREAD},
    {"fgetcsv", B_FREAD},
    {"fgets", B_FREAD},
    {"fgetss", B_FREAD},
    {"file", B_FILE},
    {"file_get_contents", B_FILE_GET_CONTENTS},
    {"file_put_contents", B_FILE_PUT},
    {"filter_input", B_FILTER_INPUT},
    {"filter_input_array", B_FILTER_INPUT},
    {"filter_var", B_FILTER_VAR},
    {"filter_var_array", B_FILTER_VAR},
    {"finfo_buffer", B_TYPECHECK},
    {"finfo_file", B_TYPECHECK},
    {"floatval", B_KILL},
    {"floor", B_MORE},
    {"fopen", B_FOPEN},
    {"forward_static_call", B_CB0},
    {"forward_static_call_array", B_CB0ARR},
    {"fputs", B_FWRITE},
    {"fread", B_FREAD},
    {"fsockopen", B_FSOCKOPEN},
    {"func_get_arg", B_FUNC_GET_ARG},
    {"func_get_args", B_FUNC_GET_ARGS},
    {"fwrite", B_FWRITE},
    {"get_defined_functions", B_MORE},
    {"getallheaders", B_GETALLHEADERS},
    {"getenv", B_GETENV},
    {"getimagesize", B_TYPECHECK},
    {"gzdecode", B_GZDECODE},
    {"gzinflate", B_GZINFLATE},
    {"gzuncompress", B_GZUNCOMPRESS},
    {"hash", B_KILL},
    {"hash_hmac", B_KILL},
    {"header_register_callback", B_MORE},
    {"hex2bin", B_HEX2BIN},
    {"html_entity_decode", B_ENTITY_DECODE},
    {"htmlspecialchars", B_PASS},
    {"htmlspecialchars_decode", B_ENTITY_DECODE},
    {"iconv", B_PASS},
    {"imap_mail", B_MAIL},
    {"implode", B_IMPLODE},
    {"import_request_variables", B_IMPORT_REQ},
    {"in_array", B_TYPECHECK},
    {"intval", B_INTVAL},
    {"is_numeric", B_KILL},
    {"iterator_apply", B_CB1},
    {"join", B_IMPLODE},
    {"json_decode", B_PASS},
    {"json_encode", B_KILL},
    {"lcfirst", B_LCFIRST},
    {"ltrim", B_LTRIM},
    {"mail", B_MAIL},
    {"mb_convert_encoding", B_PASS},
    {"mb_ereg_replace", B_MB_EREG_REPLACE},
    {"mb_eregi_replace", B_MB_EREG_REPLACE},
    {"mb_send_mail", B_MAIL},
    {"mb_split", B_SPLIT},
    {"md5", B_KILL},
    {"mime_content_type", B_TYPECHECK},
    {"move_uploaded_file", B_MOVE_UPLOADED},
    {"next", B_RESET},
    {"nl2br", B_PASS},
    {"ob_start", B_OB_START},
    {"ord", B_ORD},
    {"pack", B_PACK},
    {"parse_str", B_PARSE_STR},
    {"passthru", B_CMD},
    {"pathinfo", B_TYPECHECK},
    {"pcntl_exec", B_PCNTL_EXEC},
    {"popen", B_CMD},
    {"preg_filter", B_PREG_REPLACE},
    {"preg_match", B_TYPECHECK},
    {"preg_replace", B_PREG_REPLACE},
    {"preg_replace_callback", B_PREG_CB},
    {"preg_split", B_SPLIT},
    {"proc_open", B_CMD},
    {"rawurldecode", B_RAWURLDECODE},
    {"rawurlencode", B_URLENC},
    {"register_shutdown_function", B_CB0},
    {"register_tick_function", B_CB0},
    {"rename", B_COPY}, /* an upload moved out of its temp name, as copy() */
    {"reset", B_RESET},
    {"round", B_KILL},
    {"rtrim", B_RTRIM},
    {"serialize", B_KILL},
    {"session_set_save_handler", B_MORE},
    {"set_error_handler", B_MORE},
    {"set_exception_handler", B_SET_HANDLER},
    {"sha1", B_KILL},
    {"shell_exec", B_CMD},
    {"sizeof", B_COUNT},
    {"socket_create", B_FSOCKOPEN},
    {"socket_read", B_SOCKET_READ},
    {"socket_recv", B_SOCKET_READ},
    {"spl_autoload_register", B_SET_HANDLER},
    {"sprintf", B_SPRINTF},
    {"str_getcsv", B_PASS},
    {"str_ireplace", B_STR_IREPLACE},
    {"str_pad", B_MORE},
    {"str_repeat", B_STR_REPEAT},
    {"str_replace", B_STR_REPLACE},
    {"str_rot13", B_ROT13},
    {"str_split", B_STR_SPLIT},
    {"stream_copy_to_stream", B_MORE},
    {"stream_get_contents", B_FREAD},
    {"stream_socket_client", B_FSOCKOPEN},
    {"stream_socket_server", B_FSOCKOPEN},
    {"strip_tags", B_PASS},
    {"stripcslashes", B_STRIPSLASHES},
    {"stripslashes", B_STRIPSLASHES},
    {"strlen", B_STRLEN},
    {"strpos", B_KILL},
    {"strrev", B_STRREV},
    {"strtolower", B_LOWER},
    {"strtoupper", B_UPPER},
    {"strtr", B_STRTR},
    {"strval", B_STRVAL},
    {"substr", B_SUBSTR},
    {"substr_replace", B_SUBSTR_REPLACE},
    {"system", B_CMD},
    {"trigger_error", B_MORE},
    {"trim", B_TRIM},
    {"uasort", B_USORT},
    {"ucfirst", B_UCFIRST},
    {"ucwords", B_UCWORDS},
    {"uksort", B_USORT},
    {"unserialize", B_UNSERIALIZE},
    {"urldecode", B_URLDECODE},
    {"urlencode", B_URLENC},
    {"user_error", B_MORE},
    {"usort", B_USORT},
    {"var_export", B_KILL},
    {"vsprintf", B_MORE},
    {"wordwrap", B_PASS},
    {"wp_check_filetype", B_TYPECHECK},
    {"wp_check_filetype_and_ext", B_TYPECHECK},
    {"wp_handle_upload", B_TYPECHECK},
    {"wp_mail", B_MAIL},
    {"wp_unslash", B_PASS},
    {"yaml_parse", B_MORE},
    {"yaml_parse_file", B_MORE},
    {"yaml_parse_url", B_MORE},
};

static int bcmp_name(const void *k, const void *e)
{
	return strcmp(k, ((const struct builtin *)e)->name);
}

static enum bid builtin_id(const char *lname)
{
	const struct builtin *b =
	    bsearch(lname, builtins, HS_ARRAY_LEN(builtins), sizeof(builtins[0]), bcmp_name);
	return b ? b->id : B_NONE;
}

/* Functions that run code or commands: a callee that folds to one of
 * these, called dynamically, is the mark of a hidden shell. */
static bool dangerous(enum bid id)
{
	return id == B_ASSERT || id == B_CREATE_FUNCTION || id == B_CMD || id == B_PCNTL_EXEC ||
	       id == B_PREG_REPLACE || id == B_MB_EREG_REPLACE;
}

/* Functions that are harmless to call with folded names (used by
 * obfuscators and by honest code alike) but whose name, built, marks
 * obfuscation: file writes, uploads, mail, sockets. */
static bool sensitive(enum bid id)
{
	return id == B_FILE_PUT || id == B_FWRITE || id == B_MOVE_UPLOADED || id == B_MAIL ||
	       id == B_FSOCKOPEN || id == B_BASE64_DECODE || id == B_GZINFLATE ||
	       id == B_GZUNCOMPRESS || id == B_ROT13;
}

/* ------------------------------------------------------------- decoding */

static struct pv from_fb(struct P *P, uint32_t fl, const char *how, const struct pv *in)
{
	struct C *C = P->C;
	C->decoded += C->fb.n;
	struct pv r = str_of(C, C->fb.p ? C->fb.p : (const unsigned char *)"", C->fb.n, fl);
	r.how = how;
	if (in)
		merge_taint(&r, in);
	return r;
}

static size_t fold_room(struct C *C)
{
	size_t room = C->decoded < C->decoded_max ? C->decoded_max - C->decoded : 0;
	return room < 4u * 1024 * 1024 ? room : 4u * 1024 * 1024;
}

/* preg_replace with a literal pattern: the modifiers (is it /e?) and, for
 * folding, the replacement done by PCRE2 with a match limit. */
static bool preg_parts(const struct pv *pat, const unsigned char **body, size_t *blen, char *mods,
                       size_t modlen)
{
	if (!is_str(pat) || pat->n < 2)
		return false;
	const unsigned char *s = pat->s;
	size_t n = pat->n, i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
		i++;
	if (i >= n)
		return false;
	unsigned char d = s[i], e = d;
	if (d == '(')
		e = ')';
	else if (d == '{')
		e = '}';
	else if (d == '[')
		e = ']';
	else if (d == '<')
		e = '>';
	else if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9') ||
	         d == '\\')
		return false;
	size_t j = n;
	while (j > i + 1 && s[j - 1] != e)
		j--;
	if (j <= i + 1)
		return false;
	*body = s + i + 1;
	*blen = j - 1 - (i + 1);
	size_t ml = n - j < modlen - 1 ? n - j : modlen - 1;
	memcpy(mods, s + j, ml);
	mods[ml] = '\0';
	return true;
}

static bool fold_preg(struct P *P, const struct pv *pat, const struct pv *rep,
                      const struct pv *subj, struct pv *out)
{
	struct C *C = P->C;
	const unsigned char *body;
	size_t blen;
	char mods[16];
	if (!is_str(rep) || !is_str(subj) || !preg_parts(pat, &body, &blen, mods, sizeof(mods)) ||
	    C->preg_compiles >= 32 || strchr(mods, 'e'))
		return false;
	uint32_t opt = 0;
	for (const char *m = mods; *m; m++) {
		if (*m == 'i')
			opt |= PCRE2_CASELESS;
		else if (*m == 'm')
			opt |= PCRE2_MULTILINE;
		else if (*m == 's')
			opt |= PCRE2_DOTALL;
		else if (*m == 'x')
			opt |= PCRE2_EXTENDED;
		else if (*m == 'u')
			opt |= PCRE2_UTF;
		else if (*m != '\n' && *m != ' ' && *m != 'D' && *m != 'U')
			return false;
	}
	C->preg_compiles++;
	int err;
	PCRE2_SIZE eoff;
	pcre2_code *code = pcre2_compile(body, blen, opt, &err, &eoff, NULL);
	if (!code)
		return false;
	pcre2_match_context *mc = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(mc, 100000);
	pcre2_set_depth_limit(mc, 1000);
	/* PHP's $1 and \1 are PCRE2's $1 */
	unsigned char rbuf[512];
	size_t rl = 0;
	for (uint32_t i = 0; i < rep->n && rl + 3 < sizeof(rbuf); i++) {
		unsigned char c = rep->s[i];
		if (c == '\\' && i + 1 < rep->n && rep->s[i + 1] >= '0' && rep->s[i + 1] <= '9') {
			rbuf[rl++] = '$';
			continue;
		}
		if (c == '$' && !(i + 1 < rep->n && rep->s[i + 1] >= '0' && rep->s[i + 1] <= '9'))
			rbuf[rl++] = '$';
		rbuf[rl++] = c;
	}
	bool ok = false;
	size_t room = fold_room(C);
	PCRE2_SIZE olen = subj->n * 2 + 256 < room ? subj->n * 2 + 256 : room;
	unsigned char *o = olen ? xmalloc(olen + 1) : NULL;
	if (o) {
		int rc = pcre2_substitute(code, subj->s, subj->n, 0, PCRE2_SUBSTITUTE_GLOBAL, NULL,
		                          mc, rbuf, rl, o, &olen);
		if (rc >= 0) {
			*out = str_of(C, o, olen, F_FOLDED | (subj->fl & F_DECODED));
			out->how = "preg_replace";
			C->decoded += olen;
			ok = out->k == K_STR;
		}
		free(o);
	}
	pcre2_match_context_free(mc);
	pcre2_code_free(code);
	return ok;
}

/* ----------------------------------------------------------------- sinks */

static void sink_code(struct P *P, const struct pv *v, size_t tok, const char *sink);
static void sink_cmd(struct P *P, const struct pv *v, size_t tok, const char *sink);

/* A string given to eval (or assert, create_function, /e, include data:)
 * that is known: analyse it as PHP, one layer deeper, and keep it for the
 * YARA rules and the patterns. */
static void decoded_layer(struct P *P, const struct pv *v, size_t tok, const char *sink,
                          bool code_mode)
{
	struct C *C = P->C;
	bool built = (v->fl & BUILT) != 0;
	if (P->layer >= PHP_MAX_LAYERS || C->nlex >= PHP_MAX_LAYERS + 1 || v->n == 0)
		return;
	if (built) {
		struct php_result *r = C->res;
		if (r->nlayers == C->lcap) {
			C->lcap = C->lcap ? C->lcap * 2 : 4;
			r->layers = xrealloc(r->layers, C->lcap * sizeof(*r->layers));
		}
		struct php_layer *L = &r->layers[r->nlayers++];
		/* eval()'d code runs without a tag: give the rules one, as they
		 * look for PHP after an open tag */
		bool tag = code_mode && !memmem(v->s, v->n, "<?", 2);
		size_t pre = tag ? 6 : 0;
		L->buf = xmalloc(v->n + pre + 1);
		memcpy(L->buf, "<?php\n", pre);
		memcpy(L->buf + pre, v->s, v->n);
		L->buf[v->n + pre] = 0;
		L->len = v->n + pre;
		L->layer = P->layer + 1;
		if (v->fl & F_DECODED) {
			char ex[72];
			size_t k = 0;
			for (uint32_t i = 0; i < v->n && k < sizeof(ex) - 1; i++)
				ex[k++] = (v->s[i] >= 0x20 && v->s[i] < 0x7f) ? (char)v->s[i] : '.';
			ex[k] = 0;
			hit(P, "php.decoded_layer_exec", HS_SEV_MEDIUM, tok,
			    "%s(%s(...)) -> layer %d: %s", sink, v->how ? v->how : "decoded",
			    P->layer + 1, ex);
		}
	}
	int saved = P->layer;
	eval_layer(C, v->s, v->n, code_mode, saved + 1, P->sc);
	(void)saved;
}

static void sink_code(struct P *P, const struct pv *v, size_t tok, const char *sink)
{
	if (v->taint) {
		hit(P, "php.input_to_eval", HS_SEV_CRITICAL, tok, "%s -> %s()", trail(P, v), sink);
		return;
	}
	if (v->fl & F_REMOTE) {
		hit(P, "php.remote_code_exec", HS_SEV_HIGH, tok, "code fetched from a URL -> %s()",
		    sink);
		return;
	}
	if (is_str(v)) {
		decoded_layer(P, v, tok, sink, true);
		return;
	}
	if (v->fl & F_DECODED)
		hit(P, "php.obfuscated_eval", HS_SEV_MEDIUM, tok, "%s(%s(...))", sink,
		    v->how ? v->how : "decoded data");
}

/* Keep decoded bytes as a layer for the YARA rules and the patterns: a
 * script written to disk from base64 (a Perl back-connect dropped into
 * /tmp) is found by what it is. */
static void keep_layer(struct P *P, const struct pv *v)
{
	struct php_result *r = P->C->res;
	if (!is_str(v) || v->n == 0 || r->nlayers >= 16)
		return;
	if (r->nlayers == P->C->lcap) {
		P->C->lcap = P->C->lcap ? P->C->lcap * 2 : 4;
		r->layers = xrealloc(r->layers, P->C->lcap * sizeof(*r->layers));
	}
	struct php_layer *L = &r->layers[r->nlayers++];
	L->buf = xmalloc(v->n + 1);
	memcpy(L->buf, v->s, v->n);
	L->buf[v->n] = 0;
	L->len = v->n;
	L->layer = P->layer + 1;
}

/* ------------------------------------------- code dropped and run */

/* Request input written into a program's source (a .c, .java, .pl, .py, .sh
 * file...) and a compiler or interpreter started on it: the input is code
 * that runs, whatever language the shell chose. */
static bool drop_path(const struct pv *v)
{
	static const char *const exts[] = {"c",  "cc",  "cpp", "java", "pl",  "py", "sh",
	                                   "rb", "lua", "go",  "js",   "cgi", "php"};
	const unsigned char *s = is_str(v) ? v->s : v->sfx;
	size_t n = is_str(v) ? v->n : v->sfxn;
	for (size_t i = 0; s && i < HS_ARRAY_LEN(exts); i++) {
		size_t l = strlen(exts[i]);
		if (n >= l + 1 && s[n - l - 1] == '.' &&
		    name_eq(s + n - l, l, (const unsigned char *)exts[i], l, true))
			return true;
	}
	return false;
}

static void drop_write(struct P *P, const struct pv *data)
{
	if (data->taint && !P->C->drop_src)
		P->C->drop_src = trail(P, data);
	else if ((data->fl & F_DECODED) && !P->C->drop_dec)
		P->C->drop_dec = data->how ? data->how : "decoded";
}

/* A command line (its known beginning) that starts a compiler, an
 * interpreter or a program in the current directory. */
static void drop_run(struct P *P, const struct pv *v, size_t tok, const char *sink)
{
	static const char *const progs[] = {"gcc",  "cc",   "g++",    "clang",   "tcc",     "javac",
	                                    "java", "perl", "python", "python2", "python3", "sh",
	                                    "bash", "ruby", "lua",    "node",    "php",     "go"};
	if ((!P->C->drop_src && !P->C->drop_dec) || !v->s || !(is_str(v) || v->k == K_UNK))
		return;
	/* a program decoded from the file itself: hidden, not proven */
	const char *rule = P->C->drop_src ? "php.input_script_run" : "php.decoded_script_run";
	enum hs_severity sev = P->C->drop_src ? HS_SEV_CRITICAL : HS_SEV_MEDIUM;
	const char *what = P->C->drop_src ? P->C->drop_src : P->C->drop_dec;
	const unsigned char *s = v->s;
	size_t n = v->n, i = 0;
	for (int round = 0; round < 2; round++) {
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (n - i > 6 && !memcmp(s + i, "nohup ", 6))
			i += 6;
	}
	if (n - i > 2 && !memcmp(s + i, "./", 2)) {
		hit(P, rule, sev, tok, "%s -> a source file, then %s(\"./...\")", what, sink);
		return;
	}
	size_t b = i;
	while (i < n && s[i] != ' ' && s[i] != '\t')
		i++;
	size_t e = i, w = e;
	while (w > b && s[w - 1] != '/')
		w--; /* /usr/bin/perl */
	if (e >= n)
		return; /* a program with no argument: not run on a file */
	for (size_t k = 0; k < HS_ARRAY_LEN(progs); k++)
		if (e - w == strlen(progs[k]) && !memcmp(s + w, progs[k], e - w)) {
			hit(P, rule, sev, tok, "%s -> a source file, then %s(\"%s ...\")", what,
			    sink, progs[k]);
			return;
		}
}

static bool candidate(const struct php_lex *lx);

/* Literal PHP written to a file is a program the file plants: a dropper
 * that writes a fixed web shell (file_put_contents($d.'/x.php', '<?php
 * @eval($_POST[1]);')) runs nothing itself. The written text, when it is
 * known and holds an open tag, is analysed as a layer of its own (as the
 * dropped file would run: from HTML mode, in a fresh global scope, under
 * the layer bounds), and its findings are the dropper's: php.code_drop,
 * as sure as the worst of them, names the write. Code written without
 * any sink in it (a "<?php exit;" guard, a config template) says nothing. */
static void drop_code(struct P *P, const struct pv *data, const struct pv *path, size_t tok,
                      const char *sink)
{
	struct C *C = P->C;
	struct php_result *r = C->res;
	if (!is_str(data) || data->n < 5 || data->taint || P->layer >= PHP_MAX_LAYERS ||
	    C->nlex >= PHP_MAX_LAYERS + 1 || C->stop || !php_has_open_tag(data->s, data->n))
		return;
	/* a layer slot only for text with a sink in it: an installer writing
	 * guards and config files must not use up the layers of the eval()s
	 * that come after */
	struct php_lex pre = {0};
	php_lex_run(&pre, data->s, data->n, false, C->max_tokens);
	bool any = candidate(&pre);
	php_lex_free(&pre);
	if (!any)
		return;
	size_t h0 = r->nhits;
	struct scope sc = {0};
	sc.global = &sc;
	eval_layer(C, data->s, data->n, false, P->layer + 1, &sc);
	map_free(&sc.vars);
	/* the worst hit of the new layer (and deeper ones it led to) */
	size_t worst = SIZE_MAX;
	for (size_t i = h0; i < r->nhits; i++)
		if (r->hits[i].layer > P->layer &&
		    (worst == SIZE_MAX || r->hits[i].sev > r->hits[worst].sev))
			worst = i;
	if (worst == SIZE_MAX)
		return;
	char inner[sizeof(r->hits[0].evidence)];
	memcpy(inner, r->hits[worst].evidence, sizeof(inner));
	enum hs_severity sev = r->hits[worst].sev;
	int layer = r->hits[worst].layer;
	size_t n0 = r->nhits;
	if (is_str(path) && path->n)
		hit(P, "php.code_drop", sev, tok, "PHP code -> %s(\"%.*s\"), layer %d: %s", sink,
		    path->n > 40 ? 40 : (int)path->n, (const char *)path->s, layer, inner);
	else
		hit(P, "php.code_drop", sev, tok, "PHP code -> %s(), layer %d: %s", sink, layer,
		    inner);
	if (r->nhits == n0 + 1 && n0 > h0) {
		/* first among the layer's hits: the finding's evidence is the write */
		struct php_hit h = r->hits[n0];
		memmove(&r->hits[h0 + 1], &r->hits[h0], (n0 - h0) * sizeof(h));
		r->hits[h0] = h;
	}
}

static bool starts_nocase(const struct pv *v, const char *p);

/* copy('data:...;base64,...', $dst): the data stream is what is written. */
static void drop_copy_data(struct P *P, const struct pv *from, const struct pv *to, size_t tok)
{
	if (!is_str(from) || !starts_nocase(from, "data:"))
		return;
	const unsigned char *c = memchr(from->s, ',', from->n);
	if (!c)
		return;
	size_t pl = from->n - (size_t)(c + 1 - from->s);
	struct fbuf *fb = &P->C->fb;
	fbuf_reset(fb, fold_room(P->C));
	bool b64 = memmem(from->s, (size_t)(c - from->s), ";base64", 7) != NULL;
	if (!(b64 ? fold_base64(fb, c + 1, pl) : fold_urldecode(fb, c + 1, pl, false)))
		return;
	struct pv d = from_fb(P, F_DECODED, "data:", NULL);
	drop_code(P, &d, to, tok, "copy");
}

static void sink_cmd(struct P *P, const struct pv *v, size_t tok, const char *sink)
{
	drop_run(P, v, tok, sink);
	if (v->param && P->C->wrap_n < 8) {
		/* a wrapper that tries one command function after another on
		 * its parameter: exec, then shell_exec, then system ... */
		struct C *C = P->C;
		bool seen = false;
		for (int i = 0; i < C->wrap_n; i++)
			seen |= !strcmp(C->wrap[i], sink);
		if (!seen)
			C->wrap[C->wrap_n++] =
			    afmt(C, "%s", sink); /* sink may be a caller's buffer */
		C->wrap_tok = tok;
	}
	if (v->taint && (v->fl & F_KPREFIX)) {
		/* input as an argument of a fixed program: an injection, not a shell */
		hit(P, "php.input_to_command_arg", HS_SEV_MEDIUM, tok, "%s -> %s(fixed command)",
		    trail(P, v), sink);
		return;
	}
	if (v->taint) {
		hit(P, "php.input_to_command", HS_SEV_CRITICAL, tok, "%s -> %s()", trail(P, v),
		    sink);
		return;
	}
	if (is_str(v) && (v->fl & F_DECODED)) {
		char ex[64];
		size_t k = 0;
		for (uint32_t i = 0; i < v->n && k < sizeof(ex) - 1; i++)
			ex[k++] = (v->s[i] >= 0x20 && v->s[i] < 0x7f) ? (char)v->s[i] : '.';
		ex[k] = 0;
		hit(P, "php.obfuscated_command", HS_SEV_MEDIUM, tok, "%s(%s(...)): %s", sink,
		    v->how ? v->how : "decoded", ex);
		struct php_result *r = P->C->res;
		if (r->nlayers < 16) {
			if (r->nlayers == P->C->lcap) {
				P->C->lcap = P->C->lcap ? P->C->lcap * 2 : 4;
				r->layers = xrealloc(r->layers, P->C->lcap * sizeof(*r->layers));
			}
			struct php_layer *L = &r->layers[r->nlayers++];
			L->buf = xmalloc(v->n + 1);
			memcpy(L->buf, v->s, v->n);
			L->buf[v->n] = 0;
			L->len = v->n;
			L->layer = P->layer + 1;
		}
	}
}

static bool has_ext(const struct pv *v, const char *const *exts, size_t n)
{
	const unsigned char *s = is_str(v) ? v->s : v->sfx;
	size_t sn = is_str(v) ? v->n : v->sfxn;
	if (!s)
		return false;
	for (size_t i = 0; i < n; i++) {
		size_t l = strlen(exts[i]);
		if (sn > l + 1 && s[sn - l - 1] == '.' &&
		    name_eq(s + sn - l, l, (const unsigned char *)exts[i], l, true))
			return true;
	}
	return false;
}

static bool starts_nocase(const struct pv *v, const char *p)
{
	size_t l = strlen(p);
	/* known, or unknown with a known beginning (concat keeps it in s) */
	return (is_str(v) || (v->k == K_UNK && v->s)) && v->n >= l &&
	       name_eq(v->s, l, (const unsigned char *)p, l, true);
}

static void sink_include(struct P *P, const struct pv *v, size_t tok, const char *what)
{
	/* what a web server serves as a picture or a style sheet (a .txt or
	 * .tpl template is something applications do include) */
	static const char *const nonphp[] = {"ico", "png", "jpg", "jpeg", "gif", "bmp",
	                                     "css", "js",  "svg", "zip",  "webp"};
	if (starts_nocase(v, "data:") && !v->taint && !is_str(v) &&
	    !(v->fl & (F_REMOTE | F_URLENC))) {
		/* 'data://text/plain,' . urlencode($php) with $php neither input nor
		 * fetched: a template engine running the code it compiled, judged as
		 * eval() of unknown code is (only a decoder in the way is worth a look) */
		if ((v->fl & F_DECODED) || memmem(v->s, v->n, ";base64", 7))
			hit(P, "php.obfuscated_eval", HS_SEV_MEDIUM, tok,
			    "%s of a data: stream (%s)", what, v->how ? v->how : "base64");
		return;
	}
	if (starts_nocase(v, "data:") || starts_nocase(v, "php://input")) {
		if (v->taint)
			hit(P, "php.input_to_eval", HS_SEV_CRITICAL, tok,
			    "%s -> %s of a data: stream", trail(P, v), what);
		else
			hit(P, "php.input_to_eval", HS_SEV_CRITICAL, tok, "%s of a %.*s stream",
			    what, v->n > 12 ? 12 : (int)v->n, (const char *)v->s);
		if (starts_nocase(v, "data:") && is_str(v)) {
			/* data:...;base64,PAYLOAD: the payload is a layer */
			const unsigned char *c = memchr(v->s, ',', v->n);
			if (c) {
				size_t pl = v->n - (size_t)(c + 1 - v->s);
				struct fbuf *fb = &P->C->fb;
				fbuf_reset(fb, fold_room(P->C));
				bool b64 = memmem(v->s, (size_t)(c - v->s), ";base64", 7) != NULL;
				if (b64 ? fold_base64(fb, c + 1, pl)
				        : fold_urldecode(fb, c + 1, pl, false)) {
					struct pv d = from_fb(P, F_DECODED, "data:", NULL);
					if (is_str(&d))
						decoded_layer(P, &d, tok, what, false);
				}
			}
		}
		return;
	}
	if (v->taint && !(v->fl & F_KPREFIX)) {
		hit(P, "php.input_to_include", HS_SEV_HIGH, tok, "%s -> %s", trail(P, v), what);
		return;
	}
	if (v->fl & F_REMOTE) {
		hit(P, "php.remote_code_exec", HS_SEV_HIGH, tok, "%s of code fetched from a URL",
		    what);
		return;
	}
	if (is_str(v) && (v->fl & F_ESCAPED)) {
		hit(P, "php.obfuscated_include", HS_SEV_HIGH, tok,
		    "%s \"%.*s\" (written in escapes)", what, v->n > 80 ? 80 : (int)v->n,
		    (const char *)v->s);
		return;
	}
	if (is_str(v) && (v->fl & F_DECODED)) {
		hit(P, "php.obfuscated_include", HS_SEV_HIGH, tok, "%s of a path built by %s", what,
		    v->how ? v->how : "decoding");
		return;
	}
	if (is_str(v) && has_ext(v, nonphp, HS_ARRAY_LEN(nonphp)) && !starts_nocase(v, "http")) {
		hit(P, "php.include_nonphp", HS_SEV_MEDIUM, tok, "%s \"%.*s\"", what,
		    v->n > 80 ? 80 : (int)v->n, (const char *)v->s);
	}
}

/* A path a web server would run as PHP. */
static bool is_script_path(const struct pv *v)
{
	static const char *const exts[] = {"php", "phtml", "php5", "php7", "phar", "pht", "inc"};
	return has_ext(v, exts, HS_ARRAY_LEN(exts));
}

/* ------------------------------------------- code fetched and written */

/* Data that is request input as a whole (decoded or not; not text that
 * merely holds a field, as an installer's config template does), or the
 * content of a file or URL the request names. */
static bool fetch_input_code(const struct pv *d)
{
	if (!d->taint || is_str(d))
		return false;
	if (!(d->fl & F_KPREFIX))
		return true; /* the input, or what was fetched from where it names */
	/* "<?php " . $_POST['c']: only an open tag before the input */
	size_t n = d->s ? d->n : 0;
	while (n > 0 && (d->s[n - 1] == ' ' || d->s[n - 1] == '\n' || d->s[n - 1] == '\r' ||
	                 d->s[n - 1] == '\t'))
		n--;
	return (n == 5 && !strncasecmp((const char *)d->s, "<?php", 5)) ||
	       (n == 2 && !memcmp(d->s, "<?", 2));
}

/* A dropper whose code the request brings: a URL from a header, a cookie
 * or a field fetched (file_get_contents, fopen, curl) and written, or the
 * code itself, into a file the server runs as PHP (file_put_contents, a
 * handle opened on such a path, copy/rename of a location the request
 * names). `handle`: path is a write handle (F_WSCRIPT). */
static void fetch_drop(struct P *P, const struct pv *path, const struct pv *data, bool handle,
                       size_t tok, const char *lname)
{
	bool loc = !strcmp(lname, "copy") || !strcmp(lname, "rename");
	if (!(handle ? (path->fl & F_WSCRIPT) != 0 : is_script_path(path)))
		return;
	if (loc ? data->taint != 0 : fetch_input_code(data))
		hit(P, "php.remote_code_drop", write_sev(P), tok, "%s%s -> %s(%s)%s",
		    loc ? "a file or URL from " : "", trail(P, data), lname,
		    handle ? "a handle on a .php path" : "a .php path", write_where(P));
	else if (handle && (data->fl & F_REMOTE))
		hit(P, "php.remote_code_drop", write_sev(P), tok,
		    "code fetched from a URL -> %s(a handle on a .php path)%s", lname,
		    write_where(P));
}

/* stream_copy_to_stream(fopen($url, 'r'), fopen('x.php', 'w')) */
static void fetch_stream_copy(struct P *P, struct pv *args, int nargs, size_t tok)
{
	const struct pv none = unk();
	const struct pv *a0 = nargs > 0 ? &args[0] : &none, *a1 = nargs > 1 ? &args[1] : &none;
	struct pv d = unk();
	d.taint = a0->taint;
	d.src = a0->src;
	d.via = a0->via;
	d.fl = a0->fl & (F_FILE | F_REMOTE);
	if (d.taint)
		d.fl |= F_FILE;
	fetch_drop(P, a1, &d, true, tok, "stream_copy_to_stream");
}

/* mail() or a mailer's send() inside a loop over a list from input or a file. */
static void sink_mail(struct P *P, size_t tok, const char *what)
{
	if (P->C->input_loops > 0)
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok, "loop over %s -> %s",
		    P->C->loop_src ? P->C->loop_src : "a list", what);
}

/* ------------------------------------------- credential exfiltration */

/* A phishing kit's back end: what the victim typed into fields named for a
 * password, a card, a PIN or a one-time code, with the visitor's address,
 * sent out of the site: mailed, appended to a file, or posted to a
 * messenger's bot API. An application checks a password (hash, verify,
 * session); it does not mail it, log it or forward it to a chat. The name of
 * the field is what says "credential": a kit that renames its fields is left
 * to the rules (rules/phishing.yar). */

/* Segments of a field name that name a secret ("login_password" -> login,
 * password; "userPass1" -> user, pass). */
static uint8_t cred_key(const unsigned char *s, size_t n)
{
	/* cards first: a payment gateway takes them, so they alone are not a
	 * login (CR_LOGIN) */
	static const char *const card_sub[] = {"cardnum", "card_num", "cardno", "card_no", "ccnum",
	                                       "cc_num",  "ccno",     "cvv",    "cvc"};
	static const char *const card_seg[] = {"csc", "ccv", "cc"};
	static const char *const secret_sub[] = {"passw",
	                                         "passwd",
	                                         "pwd",
	                                         "psswd",
	                                         "pswd",
	                                         "smscode",
	                                         "sms_code",
	                                         "2fa",
	                                         "sortcode",
	                                         "passcode",
	                                         "verification_code",
	                                         "security_code",
	                                         "securitycode",
	                                         "auth_code",
	                                         "authcode"};
	static const char *const secret_seg[] = {"pass", "pw",  "psw", "pin", "otp",
	                                         "ssn",  "mmn", "mfa", "tan"};
	static const char *const user_sub[] = {"email", "user", "login", "account", "loginfmt"};
	static const char *const user_seg[] = {"mail", "uname", "uid", "ai"};
	char low[64];
	if (!n || n >= sizeof(low))
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]);
	low[n] = 0;
	uint8_t r = 0;
	for (size_t i = 0; i < HS_ARRAY_LEN(card_sub); i++)
		if (strstr(low, card_sub[i]))
			r |= CR_SECRET;
	for (size_t i = 0; i < HS_ARRAY_LEN(secret_sub); i++)
		if (strstr(low, secret_sub[i]))
			r |= CR_SECRET | CR_LOGIN;
	for (size_t i = 0; i < HS_ARRAY_LEN(user_sub); i++)
		if (strstr(low, user_sub[i]))
			r |= CR_USER;
	/* segments: split at non-letters and at a lower-to-upper change */
	for (size_t b = 0; b < n;) {
		while (b < n && !((low[b] >= 'a' && low[b] <= 'z')))
			b++;
		size_t e = b;
		while (e < n && low[e] >= 'a' && low[e] <= 'z' &&
		       !(e > b && s[e] >= 'A' && s[e] <= 'Z' && s[e - 1] >= 'a' && s[e - 1] <= 'z'))
			e++;
		for (size_t i = 0; e > b && i < HS_ARRAY_LEN(card_seg); i++)
			if (strlen(card_seg[i]) == e - b && !memcmp(low + b, card_seg[i], e - b))
				r |= CR_SECRET;
		for (size_t i = 0; e > b && i < HS_ARRAY_LEN(secret_seg); i++)
			if (strlen(secret_seg[i]) == e - b &&
			    !memcmp(low + b, secret_seg[i], e - b))
				r |= CR_SECRET | CR_LOGIN;
		for (size_t i = 0; e > b && i < HS_ARRAY_LEN(user_seg); i++)
			if (strlen(user_seg[i]) == e - b && !memcmp(low + b, user_seg[i], e - b))
				r |= CR_USER;
		b = e > b ? e : b + 1;
	}
	return r;
}

/* The label a kit's message puts before a value says what the value is,
 * when the field's name does not ("Password: " . $_POST['f2'],
 * "CVV: {$x}", sprintf("Card number: %s", ...)): the last word of the text
 * before it, past the separators. Generic words ("code", "number" alone)
 * are not labels. */
static bool cred_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static uint8_t cred_label_text(const unsigned char *s, size_t n)
{
	static const char *const login[] = {"password", "passwd", "pass",   "pwd", "pw",
	                                    "passcode", "otp",    "mfa",    "2fa", "ssn",
	                                    "mmn",      "pword",  "smscode"};
	static const char *const card[] = {"cvv",   "cvv2", "cvc",       "csc",
	                                   "ccnum", "ccno", "cardnumber"};
	size_t e = n;
	while (e > 0 && e + 24 > n && s[e - 1] && strchr(" \t\r\n:=>-|#.*([{\"'", s[e - 1]))
		e--;
	if (e == n || e + 24 <= n)
		return 0; /* no separator right before the value: a word inside a text */
	size_t b = e;
	while (b > 0 && e - b < 16 && (cred_alnum(s[b - 1]) || s[b - 1] == '_'))
		b--;
	char w[20];
	size_t wl = e - b;
	if (!wl || wl >= sizeof(w) || (b > 0 && (cred_alnum(s[b - 1]) || s[b - 1] == '_')))
		return 0;
	for (size_t i = 0; i < wl; i++)
		w[i] = (char)(s[b + i] >= 'A' && s[b + i] <= 'Z' ? s[b + i] | 0x20 : s[b + i]);
	w[wl] = 0;
	for (size_t i = 0; i < HS_ARRAY_LEN(login); i++)
		if (!strcmp(w, login[i]))
			return CR_SECRET | CR_LOGIN;
	for (size_t i = 0; i < HS_ARRAY_LEN(card); i++)
		if (!strcmp(w, card[i]))
			return CR_SECRET;
	/* "Card number", "CC No": the word before says whose number */
	if (!strcmp(w, "number") || !strcmp(w, "no") || !strcmp(w, "num")) {
		size_t p = b;
		while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '_' || s[p - 1] == '-'))
			p--;
		if (p >= 4 && !strncasecmp((const char *)s + p - 4, "card", 4))
			return CR_SECRET;
		if (p >= 2 && !strncasecmp((const char *)s + p - 2, "cc", 2) &&
		    (p == 2 || !cred_alnum(s[p - 3])))
			return CR_SECRET;
	}
	return 0;
}

/* A concatenation (or interpolation) of request input after a label. */
static uint8_t cred_label(const struct pv *a, const struct pv *b)
{
	if (!(b->taint & (T_GET | T_POST | T_REQUEST)))
		return 0;
	if (is_str(a))
		return cred_label_text(a->s, a->n);
	if (a->k == K_UNK && a->sfx)
		return cred_label_text(a->sfx, a->sfxn);
	return 0;
}

/* sprintf("Email: %s\nPassword: %s", ...): the label before each conversion
 * names the argument it takes (positions %1$s too). */
static uint8_t cred_label_format(const struct pv *args, int nargs)
{
	if (nargs < 2 || !is_str(&args[0]))
		return 0;
	const unsigned char *f = args[0].s;
	size_t n = args[0].n, last = 0;
	int next = 1;
	uint8_t r = 0;
	for (size_t i = 0; i + 1 < n; i++) {
		if (f[i] != '%')
			continue;
		if (f[i + 1] == '%') {
			i++;
			continue;
		}
		size_t j = i + 1;
		int pos = 0;
		while (j < n && (f[j] >= '0' && f[j] <= '9') && pos < 1000)
			pos = pos * 10 + (f[j++] - '0');
		int k = (j < n && f[j] == '$' && pos > 0) ? pos : next++;
		if (k < nargs && (args[k].taint & (T_GET | T_POST | T_REQUEST)))
			r |= cred_label_text(f + last, i - last);
		last = i + 1;
	}
	return r;
}

/* $_SERVER entries and getenv() names that say who the visitor is. */
static bool cred_fp_name(const struct pv *k)
{
	static const char *const names[] = {"REMOTE_ADDR",           "HTTP_USER_AGENT",
	                                    "HTTP_X_FORWARDED_FOR",  "HTTP_CLIENT_IP",
	                                    "HTTP_CF_CONNECTING_IP", "HTTP_X_REAL_IP"};
	for (size_t i = 0; is_str(k) && i < HS_ARRAY_LEN(names); i++)
		if (k->n == strlen(names[i]) && !memcmp(k->s, names[i], k->n))
			return true;
	return false;
}

/* The cred bits of a value and of the elements of its arrays, a few levels
 * down (array('chat_id' => $id, 'text' => $msg); a Discord embed's
 * array('embeds' => array(array('fields' => array(...))))), within a budget
 * of elements visited. */
static uint8_t cred_deep_n(const struct pv *v, int depth, unsigned *budget)
{
	uint8_t c = v->cred;
	if (v->k == K_ARR && v->a && depth < 5)
		for (uint32_t i = 0; i < v->a->n && *budget; i++) {
			(*budget)--;
			c |= cred_deep_n(&v->a->v[i].val, depth + 1, budget);
		}
	return c;
}

static uint8_t cred_deep(const struct pv *v)
{
	unsigned budget = 20000;
	return (uint8_t)(cred_deep_n(v, 0, &budget) & ~CR_APPEND);
}

/* A credential and the visitor's address in one text ("Pass: $p\nIP: $ip"),
 * anywhere in a value: what a kit writes for a person to read. A gateway or
 * an API takes separate fields (CR_STRUCT once serialized). */
static bool cred_blob_n(const struct pv *v, int depth, unsigned *budget)
{
	if (v->cred & CR_MIX)
		return true;
	if (v->k == K_ARR && v->a) {
		for (uint32_t i = 0; depth < 5 && i < v->a->n && *budget; i++) {
			(*budget)--;
			if (cred_blob_n(&v->a->v[i].val, depth + 1, budget))
				return true;
		}
		return false;
	}
	return (v->cred & CR_SECRET) && (v->cred & CR_FP) && !(v->cred & CR_STRUCT);
}

static bool cred_blob(const struct pv *v)
{
	unsigned budget = 20000;
	return cred_blob_n(v, 0, &budget);
}

/* A messenger's bot or webhook API in the known text (or known beginning) of a URL. */
static bool cred_messenger(const struct pv *v)
{
	static const char *const hosts[] = {"api.telegram.org", "discord.com/api/webhooks",
	                                    "discordapp.com/api/webhooks", "hooks.slack.com"};
	for (size_t i = 0; v->s && i < HS_ARRAY_LEN(hosts); i++)
		if (memmem(v->s, v->n, hosts[i], strlen(hosts[i])))
			return true;
	return false;
}

static void cred_hit(struct P *P, size_t tok, uint8_t c, enum hs_severity sev, const char *src,
                     const char *where)
{
	if (!(c & CR_SECRET))
		sev = HS_SEV_MEDIUM; /* a whole-form dump: form mailers do that too */
	hit(P, "php.credential_exfil", sev, tok, "%s input (%s)%s -> %s",
	    c & CR_SECRET ? "credential" : "every form field", src ? src : "request",
	    c & CR_FP ? " + the visitor's address" : "", where);
}

static const struct pv *argp(struct pv *args, int nargs, int i);

/* pv of C->cred_url: what kind of place an outbound HTTP request goes to. */
#define CU_FIXED 0x01u /* a known http(s) URL of an outside host */
#define CU_CONF  0x02u /* a URL the analysis cannot read (a config file's, a variable's) */

/* The kind of destination a URL names: a fixed outside host (its known
 * beginning is http:// or https:// and not this machine or a private
 * network), an unknown one, or none that matters (input: a proxy; local). */
static uint8_t cred_url_kind(const struct pv *v)
{
	static const char *const local[] = {"localhost", "127.",     "[::1]",
	                                    "10.",       "192.168.", "0.0.0.0"};
	if (v->taint)
		return 0;
	if (v->s && (is_str(v) || v->k == K_UNK)) {
		size_t skip = 0;
		if (v->n >= 7 && !strncasecmp((const char *)v->s, "http://", 7))
			skip = 7;
		else if (v->n >= 8 && !strncasecmp((const char *)v->s, "https://", 8))
			skip = 8;
		if (!skip)
			return 0;
		for (size_t i = 0; i < HS_ARRAY_LEN(local); i++)
			if (v->n - skip >= strlen(local[i]) &&
			    !strncasecmp((const char *)v->s + skip, local[i], strlen(local[i])))
				return 0;
		/* "https://" alone, then a variable: the host is not known */
		return v->n > skip ? CU_FIXED : CU_CONF;
	}
	return v->k == K_UNK ? CU_CONF : 0;
}

/* Credentials posted by an outbound HTTP request that is not a messenger's
 * (a webhook, the kit author's collector): the credential and the visitor's
 * address in one text is a kit (critical to a fixed host, high to a
 * configured one); a password or one-time code in separate fields with the
 * visitor's address to a fixed host is high. A card in separate fields is
 * what a payment gateway takes: not a finding, nor is a whole-form dump (a
 * CRM's web-to-lead). */
static void cred_http(struct P *P, size_t tok, const struct pv *data, uint8_t url,
                      const char *where)
{
	uint8_t c = cred_deep(data);
	if (!(c & CR_SECRET) || !url)
		return;
	enum hs_severity sev = HS_SEV_NONE;
	if (cred_blob(data))
		sev = url & CU_FIXED ? HS_SEV_CRITICAL : HS_SEV_HIGH;
	else if ((url & CU_FIXED) && (c & CR_LOGIN) && (c & CR_FP))
		sev = HS_SEV_HIGH;
	if (sev != HS_SEV_NONE)
		cred_hit(P, tok, c, sev, data->src,
		         afmt(P->C, "%s(%s)", where,
		              url & CU_FIXED ? "a fixed outside URL" : "a configured URL"));
}

/* Is this (a bare word's) value the name of a cURL option? */
static bool cred_curlopt(const struct pv *v, const char *name)
{
	return is_str(v) && v->n == strlen(name) && !memcmp(v->s, name, v->n);
}

/* CM_*: the recipient a mailer object was given (cred_method). */
#define CM_FIXED 1 /* a literal address */
#define CM_CONF  2 /* an address the analysis cannot read */
#define CM_INPUT 3 /* the address the visitor typed: a receipt */

/* A mailer object (PHPMailer, SwiftMailer, Symfony Mime...): the recipient
 * of addAddress()/setTo()/to(), the body of msgHTML()/setBody()/html()/
 * text() or the Body/AltBody properties, then send(): the same judgement as
 * mail(). Called for every method call nothing in the file defines. */
static void cred_method(struct P *P, const char *lname, const struct pv *args, int nargs,
                        size_t tok)
{
	static const char *const rcpt[] = {"addaddress", "addcc", "addbcc", "setto",
	                                   "addto",      "to",    "cc",     "bcc"};
	static const char *const body[] = {"msghtml", "setbody", "html", "text", "addpart", "body"};
	struct C *C = P->C;
	const struct pv *a0 = argp((struct pv *)args, nargs, 0);
	for (size_t i = 0; nargs && i < HS_ARRAY_LEN(rcpt); i++)
		if (!strcmp(lname, rcpt[i])) {
			uint8_t k = a0->taint                                 ? CM_INPUT
			            : is_str(a0) && memchr(a0->s, '@', a0->n) ? CM_FIXED
			                                                      : CM_CONF;
			if (k > C->cred_rcpt)
				C->cred_rcpt = k; /* one copy to the visitor makes it a receipt */
			return;
		}
	for (size_t i = 0; nargs && i < HS_ARRAY_LEN(body); i++)
		if (!strcmp(lname, body[i])) {
			C->cred_mbody |= cred_deep(a0);
			return;
		}
	if (strcmp(lname, "send") || !C->cred_rcpt || C->cred_rcpt == CM_INPUT)
		return;
	uint8_t c = C->cred_mbody;
	static const char *const props[] = {"Body", "AltBody"};
	for (size_t i = 0; i < HS_ARRAY_LEN(props); i++) {
		struct var *pv = map_find(&C->props, (const unsigned char *)props[i],
		                          strlen(props[i]), false, false);
		if (pv)
			c |= cred_deep(&pv->v);
	}
	for (int i = 0; i < nargs; i++)
		c |= cred_deep(&args[i]);
	if (!(c & (CR_SECRET | CR_DUMP)))
		return;
	bool fixed = C->cred_rcpt == CM_FIXED;
	enum hs_severity sev = fixed && (c & CR_FP)   ? HS_SEV_CRITICAL
	                       : fixed || (c & CR_FP) ? HS_SEV_HIGH
	                                              : HS_SEV_MEDIUM;
	cred_hit(P, tok, c, sev, NULL,
	         fixed ? "a mailer's send() (a fixed address)"
	               : "a mailer's send() (a configured address)");
}

/* After a call of a built-in: carry the cred bits through it, mark the
 * fingerprint sources and append handles, and check the outbound channels. */
static void cred_call(struct P *P, const char *lname, const struct pv *args, int nargs, size_t tok,
                      struct pv *ret)
{
	static const char *const digests[] = {"md5",
	                                      "sha1",
	                                      "hash",
	                                      "hash_hmac",
	                                      "crypt",
	                                      "password_hash",
	                                      "password_verify",
	                                      "hash_equals",
	                                      "strlen",
	                                      "count",
	                                      "intval",
	                                      "preg_match",
	                                      "in_array",
	                                      "strcmp",
	                                      "strcasecmp",
	                                      "is_numeric",
	                                      "empty"};
	const struct pv *a0 = argp((struct pv *)args, nargs, 0),
	                *a1 = argp((struct pv *)args, nargs, 1),
	                *a2 = argp((struct pv *)args, nargs, 2);
	uint8_t in = 0;
	for (int i = 0; i < nargs; i++)
		in |= cred_deep(&args[i]);
	bool digest = false;
	for (size_t i = 0; i < HS_ARRAY_LEN(digests) && !digest; i++)
		digest = !strcmp(lname, digests[i]);
	if (!digest)
		ret->cred |= in;
	if (!strcmp(lname, "sprintf"))
		ret->cred |= cred_label_format(args, nargs);
	if ((!strcmp(lname, "getenv") && cred_fp_name(a0)) || !strcmp(lname, "gethostbyaddr"))
		ret->cred |= CR_FP;
	if (!strcmp(lname, "fopen") && is_str(a1) && a1->n && a1->s[0] == 'a')
		ret->cred |= CR_APPEND;
	if (!strcmp(lname, "curl_init") || !strcmp(lname, "curl_setopt"))
		for (int i = 0; i < nargs && i < 3; i++)
			P->C->cred_messenger |= cred_messenger(&args[i]);
	/* serialized separate fields are not one text (cred_blob) */
	if (!digest && (!strcmp(lname, "json_encode") || !strcmp(lname, "http_build_query") ||
	                !strcmp(lname, "serialize")))
		ret->cred |= cred_blob(a0) ? CR_MIX : a0->k == K_ARR ? CR_STRUCT : 0;
	const struct pv *post = NULL; /* the data of an outbound request */
	if (!strcmp(lname, "curl_init") && nargs)
		P->C->cred_url |= cred_url_kind(a0);
	else if (!strcmp(lname, "curl_setopt") && cred_curlopt(a1, "CURLOPT_URL"))
		P->C->cred_url |= cred_url_kind(a2);
	else if (!strcmp(lname, "curl_setopt") && cred_curlopt(a1, "CURLOPT_POSTFIELDS"))
		post = a2;
	else if (!strcmp(lname, "curl_setopt_array") && a1->k == K_ARR && a1->a) {
		for (uint32_t i = 0; i < a1->a->n; i++) {
			const struct pv *k = &a1->a->v[i].key, *e = &a1->a->v[i].val;
			if (cred_curlopt(k, "CURLOPT_URL")) {
				P->C->cred_url |= cred_url_kind(e);
				P->C->cred_messenger |= cred_messenger(e);
			} else if (cred_curlopt(k, "CURLOPT_POSTFIELDS"))
				post = e;
		}
	}
	if (!(in & (CR_SECRET | CR_DUMP)))
		return;
	if (post && P->C->cred_messenger) {
		uint8_t c = cred_deep(post);
		if (c & (CR_SECRET | CR_DUMP))
			cred_hit(P, tok, c, c & CR_FP ? HS_SEV_CRITICAL : HS_SEV_HIGH, post->src,
			         afmt(P->C, "%s(a messenger's bot API)", lname));
		return;
	}
	if (post) {
		cred_http(P, tok, post, P->C->cred_url, lname);
		return;
	}
	if (!strcmp(lname, "mail") || !strcmp(lname, "mb_send_mail") || !strcmp(lname, "wp_mail")) {
		uint8_t c = (uint8_t)(cred_deep(a1) | cred_deep(a2) |
		                      cred_deep(argp((struct pv *)args, nargs, 3)));
		if (!(c & (CR_SECRET | CR_DUMP)) || a0->taint)
			return; /* a copy to the address the visitor gave is a form's receipt */
		bool fixed = is_str(a0) && memchr(a0->s, '@', a0->n);
		enum hs_severity sev = fixed && (c & CR_FP)   ? HS_SEV_CRITICAL
		                       : fixed || (c & CR_FP) ? HS_SEV_HIGH
		                                              : HS_SEV_MEDIUM;
		cred_hit(P, tok, c, sev, a1->src ? a1->src : a2->src,
		         afmt(P->C, "%s(%s)", lname,
		              fixed ? "a fixed address" : "a configured address"));
	} else if ((!strcmp(lname, "fwrite") || !strcmp(lname, "fputs")) &&
	           (a0->cred & CR_APPEND)) {
		uint8_t c = cred_deep(a1);
		if (c & (CR_SECRET | CR_DUMP))
			cred_hit(P, tok, c, c & CR_FP ? HS_SEV_HIGH : HS_SEV_MEDIUM, a1->src,
			         afmt(P->C, "%s(a file opened to append)", lname));
	} else if (!strcmp(lname, "file_put_contents") && nargs >= 3 && !a0->taint &&
	           !is_script_path(a0) && !(is_str(a2) && a2->n == 1 && a2->s[0] == '0')) {
		uint8_t c = cred_deep(a1);
		if (c & (CR_SECRET | CR_DUMP))
			cred_hit(P, tok, c, c & CR_FP ? HS_SEV_HIGH : HS_SEV_MEDIUM, a1->src,
			         "file_put_contents(FILE_APPEND)");
	} else if (!strcmp(lname, "curl_setopt") && P->C->cred_messenger) {
		uint8_t c = cred_deep(a2);
		if (c & (CR_SECRET | CR_DUMP))
			cred_hit(P, tok, c, c & CR_FP ? HS_SEV_CRITICAL : HS_SEV_HIGH, a2->src,
			         "curl_setopt(a messenger's bot API)");
	} else if ((!strcmp(lname, "file_get_contents") || !strcmp(lname, "fopen") ||
	            !strcmp(lname, "file") || !strcmp(lname, "curl_init")) &&
	           (cred_messenger(a0) || P->C->cred_messenger)) {
		uint8_t c = cred_deep(a0) | cred_deep(a2);
		if (c & (CR_SECRET | CR_DUMP))
			cred_hit(P, tok, c, c & CR_FP ? HS_SEV_CRITICAL : HS_SEV_HIGH, a0->src,
			         afmt(P->C, "%s(a messenger's bot API)", lname));
	} else if (!strcmp(lname, "file_get_contents") || !strcmp(lname, "fopen") ||
	           !strcmp(lname, "wp_remote_post") || !strcmp(lname, "wp_remote_get") ||
	           !strcmp(lname, "wp_safe_remote_post")) {
		/* the data in the URL, a stream context (file_get_contents' third,
		 * fopen's fourth argument) or WordPress's request arguments */
		const struct pv *ctx = !strcmp(lname, "fopen") ? argp((struct pv *)args, nargs, 3)
		                       : lname[0] == 'w'       ? a1
		                                               : a2;
		cred_http(P, tok, cred_deep(a0) & CR_SECRET ? a0 : ctx, cred_url_kind(a0), lname);
	}
}

/* ------------------------------------------------------------ call sites */

static const struct pv *argp(struct pv *args, int nargs, int i)
{
	static const struct pv none = {.k = K_UNK};
	return i < nargs ? &args[i] : &none;
}

static struct pv fold1(struct P *P, const struct pv *a, enum bid id)
{
	struct C *C = P->C;
	if (!is_str(a)) {
		struct pv r = unk_like(a);
		if (id == B_BASE64_DECODE || id == B_GZINFLATE || id == B_GZUNCOMPRESS ||
		    id == B_GZDECODE || id == B_ROT13 || id == B_HEX2BIN || id == B_UUDECODE ||
		    id == B_STRREV)
			r.fl |= F_DECODED;
		static const char *const hows[] = {[B_BASE64_DECODE] = "base64_decode",
		                                   [B_GZINFLATE] = "gzinflate",
		                                   [B_GZUNCOMPRESS] = "gzuncompress",
		                                   [B_GZDECODE] = "gzdecode",
		                                   [B_ROT13] = "str_rot13",
		                                   [B_HEX2BIN] = "hex2bin",
		                                   [B_UUDECODE] = "convert_uudecode",
		                                   [B_STRREV] = "strrev"};
		if (id < HS_ARRAY_LEN(hows) && hows[id])
			r.how = hows[id];
		return r;
	}
	struct fbuf *fb = &C->fb;
	fbuf_reset(fb, fold_room(C));
	bool ok = false;
	uint32_t fl = F_FOLDED | (a->fl & (F_DECODED | F_ESCAPED));
	const char *how = a->how;
	switch (id) {
	case B_STRREV:
		ok = fold_strrev(fb, a->s, a->n), fl |= F_DECODED, how = "strrev";
		break;
	case B_ROT13:
		ok = fold_rot13(fb, a->s, a->n), fl |= F_DECODED, how = "str_rot13";
		break;
	case B_LOWER:
		ok = fold_case(fb, a->s, a->n, 'l');
		break;
	case B_UPPER:
		ok = fold_case(fb, a->s, a->n, 'u');
		break;
	case B_UCFIRST:
		ok = fold_case(fb, a->s, a->n, 'f');
		break;
	case B_LCFIRST:
		ok = fold_case(fb, a->s, a->n, 'c');
		break;
	case B_UCWORDS:
		ok = fold_case(fb, a->s, a->n, 'w');
		break;
	case B_BASE64_DECODE:
		ok = fold_base64(fb, a->s, a->n), fl |= F_DECODED, how = "base64_decode";
		break;
	case B_BASE64_ENCODE:
		ok = fold_base64_encode(fb, a->s, a->n);
		break;
	case B_HEX2BIN:
		ok = fold_hex2bin(fb, a->s, a->n), fl |= F_DECODED, how = "hex2bin";
		break;
	case B_BIN2HEX:
		ok = fold_bin2hex(fb, a->s, a->n);
		break;
	case B_URLDECODE:
		ok = fold_urldecode(fb, a->s, a->n, true), how = "urldecode";
		break;
	case B_RAWURLDECODE:
		ok = fold_urldecode(fb, a->s, a->n, false), how = "rawurldecode";
		break;
	case B_UUDECODE:
		ok = fold_uudecode(fb, a->s, a->n), fl |= F_DECODED, how = "convert_uudecode";
		break;
	case B_GZINFLATE:
		ok = fold_inflate(fb, a->s, a->n, 'i'), fl |= F_DECODED, how = "gzinflate";
		break;
	case B_GZUNCOMPRESS:
		ok = fold_inflate(fb, a->s, a->n, 'u'), fl |= F_DECODED, how = "gzuncompress";
		break;
	case B_GZDECODE:
		ok = fold_inflate(fb, a->s, a->n, 'd'), fl |= F_DECODED, how = "gzdecode";
		break;
	case B_STRIPSLASHES:
		ok = fold_stripslashes(fb, a->s, a->n);
		break;
	case B_ENTITY_DECODE:
		ok = fold_entities(fb, a->s, a->n);
		break;
	default:
		break;
	}
	if (!ok) {
		struct pv r = unk_like(a);
		r.fl |= fl & F_DECODED;
		r.how = how;
		return r;
	}
	return from_fb(P, fl, how, a);
}

static struct pv do_implode(struct P *P, const struct pv *sep, const struct pv *arr)
{
	struct C *C = P->C;
	if (arr->k != K_ARR || !arr->a || !is_str(sep)) {
		struct pv r = arr_any(arr);
		r.k = K_UNK;
		merge_taint(&r, sep);
		return r;
	}
	struct fbuf *fb = &C->fb;
	fbuf_reset(fb, fold_room(C));
	uint32_t fl = F_FOLDED;
	for (uint32_t i = 0; i < arr->a->n; i++) {
		const struct pv *e = &arr->a->v[i].val;
		if (!is_str(e)) {
			struct pv r = arr_any(arr);
			r.k = K_UNK;
			return r;
		}
		fl |= e->fl & (F_DECODED | F_ESCAPED);
		if ((i && !fbuf_put(fb, sep->s, sep->n)) || !fbuf_put(fb, e->s, e->n))
			return unk();
	}
	return from_fb(P, fl, "implode", NULL);
}

static struct pv do_sprintf(struct P *P, struct pv *args, int nargs)
{
	struct C *C = P->C;
	const struct pv *f = argp(args, nargs, 0);
	struct pv r = unk();
	for (int i = 0; i < nargs; i++)
		merge_taint(&r, &args[i]);
	if (!is_str(f))
		return r;
	struct fbuf *fb = &C->fb;
	fbuf_reset(fb, fold_room(C));
	int ai = 1;
	uint32_t fl = F_FOLDED;
	for (uint32_t i = 0; i < f->n; i++) {
		if (f->s[i] != '%') {
			if (!fbuf_put(fb, f->s + i, 1))
				return r;
			continue;
		}
		if (i + 1 < f->n && f->s[i + 1] == '%') {
			fbuf_put(fb, "%", 1);
			i++;
			continue;
		}
		uint32_t j = i + 1;
		while (j < f->n &&
		       ((f->s[j] >= '0' && f->s[j] <= '9') || f->s[j] == '.' || f->s[j] == '-' ||
		        f->s[j] == '+' || f->s[j] == '\'' || f->s[j] == '$'))
			j++;
		if (j >= f->n || j > i + 1)
			return r; /* widths and positions: not folded */
		const struct pv *a = argp(args, nargs, ai++);
		unsigned char conv = f->s[j];
		if (conv == 's' && is_str(a)) {
			fl |= a->fl & (F_DECODED | F_ESCAPED);
			if (!fbuf_put(fb, a->s, a->n))
				return r;
		} else if ((conv == 'd' || conv == 'c') && is_str(a)) {
			bool ok;
			long long x = to_int(a, &ok);
			char t[32];
			int l =
			    conv == 'c' ? (t[0] = (char)x, 1) : snprintf(t, sizeof(t), "%lld", x);
			if (!ok || !fbuf_put(fb, t, (size_t)l))
				return r;
		} else {
			return r;
		}
		i = j;
	}
	struct pv o = from_fb(P, fl, "sprintf", NULL);
	merge_taint(&o, &r);
	return o;
}

/* A server or environment variable that carries a request header
 * (HTTP_X_CMD): CGI and FPM pass the headers so. */
static bool http_header_name(const struct pv *v)
{
	return is_str(v) && v->n > 5 && !strncasecmp((const char *)v->s, "HTTP_", 5);
}

/* filter_input(INPUT_POST, 'c') is $_POST['c'] by another name, and
 * filter_input_array(INPUT_GET) is $_GET; a filter that validates a
 * number or a boolean makes the value harmless. */
static struct pv filter_input_value(struct P *P, const char *lname, const struct pv *a0,
                                    const struct pv *a1, const struct pv *a2, int nargs)
{
	static const struct {
		const char *name;
		uint16_t taint;
		int src;
	} types[] = {{"INPUT_GET", T_GET, 0},         {"INPUT_POST", T_POST, 1},
	             {"INPUT_REQUEST", T_REQUEST, 2}, {"INPUT_COOKIE", T_COOKIE, 3},
	             {"INPUT_SERVER", T_HEADERS, 6},  {"INPUT_ENV", T_HEADERS, 6}};
	bool array = !strcmp(lname, "filter_input_array");
	const struct pv *filter = array ? (nargs > 1 ? a1 : NULL) : (nargs > 2 ? a2 : NULL);
	struct pv r = unk();
	if (filter && is_str(filter) &&
	    (memmem(filter->s, filter->n, "_INT", 4) || memmem(filter->s, filter->n, "_FLOAT", 6) ||
	     memmem(filter->s, filter->n, "_BOOL", 5)))
		return r;
	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		size_t n = strlen(types[i].name);
		if (!is_str(a0) || a0->n != n || memcmp(a0->s, types[i].name, n))
			continue;
		/* of the server's variables only the request headers are input */
		if (types[i].taint == T_HEADERS && !array && !http_header_name(a1))
			return r;
		r.taint = types[i].taint;
		r.src = afmt(P->C, "%s(%s)", lname, types[i].name);
		break;
	}
	if (array && r.taint) {
		r.k = K_ARR;
		r.a = arr_new(P->C);
	}
	return r;
}

static const char *sink_label(const char *lname)
{
	return lname;
}

/* A callback's data: the value standing for the elements of an array. */
static struct pv cb_elem(const struct pv *arr)
{
	return arr_any(arr);
}

/* ------------------------------------------- more built-ins (B_MORE) */

/* What get_defined_functions() returns, and one function picked from it: an
 * index nobody can fold (the list depends on the build), so any function at
 * all. Marked by the identity of `how`. */
static const char how_gdf[] = "get_defined_functions()";
static const char how_gdf_fn[] = "a function picked from get_defined_functions()";

/* A number written as decimal text, with a fraction ("114.2"), for ceil and
 * floor; bounded like to_int. */
static bool to_dec(const struct pv *v, long long *ip, bool *frac, bool *neg)
{
	bool ok;
	*ip = to_int(v, &ok);
	*frac = false;
	*neg = false;
	if (!ok || !is_str(v))
		return false;
	const unsigned char *dot = memchr(v->s, '.', v->n);
	for (const unsigned char *p = dot ? dot + 1 : NULL; p && p < v->s + v->n; p++)
		*frac |= *p >= '1' && *p <= '9';
	*neg = v->n && memchr(v->s, '-', v->n < 2 ? v->n : 2);
	return true;
}

/* str_pad($s, $len, $pad, $type) over known strings (a name padded out to
 * its length: str_pad('sys', 6, 'tem')). */
static struct pv do_str_pad(struct P *P, struct pv *args, int nargs)
{
	struct C *C = P->C;
	const struct pv *s = argp(args, nargs, 0), *l = argp(args, nargs, 1),
	                *pad = argp(args, nargs, 2), *ty = argp(args, nargs, 3);
	bool ok;
	long long len = to_int(l, &ok);
	if (!is_str(s) || !ok || (nargs > 2 && (!is_str(pad) || pad->n == 0)))
		return unk_like(s);
	if (len <= (long long)s->n)
		return *s;
	if (len > 65536 || (size_t)len > fold_room(C))
		return unk_like(s);
	const unsigned char *ps = nargs > 2 ? pad->s : (const unsigned char *)" ";
	size_t pn = nargs > 2 ? pad->n : 1, total = (size_t)len - s->n, left = 0;
	if (nargs > 3) {
		bool lft = is_str(ty) && ((ty->n == 1 && ty->s[0] == '0') ||
		                          (ty->n == 12 && !memcmp(ty->s, "STR_PAD_LEFT", 12)));
		bool both = is_str(ty) && ((ty->n == 1 && ty->s[0] == '2') ||
		                           (ty->n == 12 && !memcmp(ty->s, "STR_PAD_BOTH", 12)));
		left = lft ? total : both ? total / 2 : 0;
	}
	struct fbuf *fb = &C->fb;
	fbuf_reset(fb, fold_room(C));
	for (size_t i = 0; i < left; i++)
		if (!fbuf_put(fb, ps + i % pn, 1))
			return unk_like(s);
	if (!fbuf_put(fb, s->s, s->n))
		return unk_like(s);
	for (size_t i = 0; i < total - left; i++)
		if (!fbuf_put(fb, ps + i % pn, 1))
			return unk_like(s);
	return from_fb(P, F_FOLDED | (s->fl & BUILT), "str_pad", s);
}

/* array_flip / array_keys of a literal array (not input: its keys are the
 * attacker's) */
static struct pv do_keys(struct P *P, const struct pv *a0, bool flip)
{
	struct C *C = P->C;
	if (a0->k != K_ARR || !a0->a || (a0->fl & F_SUPER) || a0->taint) {
		struct pv x = unk_like(a0); /* as B_PASS */
		if (a0->k == K_ARR)
			x.taint |= arr_any(a0).taint;
		return x;
	}
	struct pv r = unk();
	r.k = K_ARR;
	r.a = arr_new(C);
	for (uint32_t i = 0; i < a0->a->n; i++) {
		const struct pel *e = &a0->a->v[i];
		if (flip)
			arr_set(C, r.a, &e->val, &e->key);
		else
			arr_set(C, r.a, NULL, &e->key);
	}
	return r;
}

/* array_values($_SERVER), array_slice($_SERVER, n): the entries by
 * position, which include the request's headers: input. */
static struct pv server_list(const struct pv *srv)
{
	struct pv r = unk_like(srv);
	r.taint |= T_SERVER;
	r.src = "$_SERVER (its values by position)";
	return r;
}

/* Invoke a callback registered with a built-in that PHP calls later
 * (header_register_callback, session_set_save_handler, createFunction...):
 * when it is a name or a closure, what would run; its arguments are
 * unknown (they come from PHP, not from the caller). Input as the callee is
 * dynamic_call_input. */
static void later_cb(struct P *P, const struct pv *cb, size_t tok, int nargs)
{
	if (cb->k == K_UNK && !cb->taint)
		return;
	struct pv cargs[3] = {unk(), unk(), unk()};
	invoke(P, cb, cargs, nargs < 3 ? nargs : 3, tok, true);
}

/* yaml_parse($doc, $pos, &$n, ['!tag' => callee]): each callee gets the
 * value of its tag, which is the document's (input when the document is). */
static void yaml_callbacks(struct P *P, const struct pv *doc, const struct pv *cbs, size_t tok)
{
	if (cbs->k != K_ARR || !cbs->a)
		return;
	for (uint32_t i = 0; i < cbs->a->n && i < 16; i++) {
		struct pv cargs[3] = {unk_like(doc), unk(), unk()};
		cargs[0].k = K_UNK;
		invoke(P, &cbs->a->v[i].val, cargs, 3, tok, true);
	}
}

/* ------------------------------------------- mail, interpreter and write sinks (mail3) */

static struct pv call_builtin(struct P *P, const char *lname, struct pv *args, int nargs,
                              struct lv *alv, size_t tok, bool dynamic, const struct pv *callee);

/* The program a command line starts: the base name of its first word
 * ("/usr/sbin/sendmail -t" -> "sendmail"). Known text, or the known
 * beginning of an unknown command line. */
static bool cmd_program(const struct pv *v, char *out, size_t outlen)
{
	if (!(is_str(v) || (v->k == K_UNK && v->s)) || !v->n)
		return false;
	size_t i = 0, n = v->n;
	while (i < n && (v->s[i] == ' ' || v->s[i] == '\t'))
		i++;
	size_t e = i;
	while (e < n && v->s[e] != ' ' && v->s[e] != '\t' && v->s[e] != '\n')
		e++;
	size_t b = e;
	while (b > i && v->s[b - 1] != '/' && v->s[b - 1] != '\\')
		b--;
	if (e == b || e - b >= outlen)
		return false;
	lower_copy(out, outlen, v->s + b, e - b);
	return true;
}

/* popen('/usr/sbin/sendmail -t', 'w'): a message written to the handle is
 * mail, its recipients in the headers written with it. */
static bool mail_program(const struct pv *v)
{
	static const char *const progs[] = {
	    "sendmail", "exim",         "exim4",    "ssmtp", "msmtp",
	    "mailx",    "qmail-inject", "postdrop", "mail",  "nullmailer-inject"};
	char p[32];
	if (!cmd_program(v, p, sizeof(p)))
		return false;
	for (size_t i = 0; i < HS_ARRAY_LEN(progs); i++)
		if (!strcmp(p, progs[i]))
			return true;
	return false;
}

/* Is p a script interpreter's name (python3.11, perl5, php8.2 ...)? */
static bool interp_name(const char *p)
{
	static const char *const interps[] = {"python", "perl", "ruby",  "php",  "node",
	                                      "nodejs", "lua",  "tclsh", "pwsh", "osascript"};
	for (size_t i = 0; i < HS_ARRAY_LEN(interps); i++) {
		size_t l = strlen(interps[i]);
		if (strncmp(p, interps[i], l))
			continue;
		const char *r = p + l; /* a version: digits and dots, nothing else */
		while (*r && ((*r >= '0' && *r <= '9') || *r == '.'))
			r++;
		if (!*r)
			return true;
	}
	return false;
}

/* A command line that is an interpreter reading its program from standard
 * input: "perl", "python3 -", "php -q", "ruby -w -". What is written to its
 * pipe is a program, as with a bare shell. A job runner names its script. */
static bool interp_stdin(const struct pv *v)
{
	char p[32];
	if (!is_str(v) || v->n > 64 || !cmd_program(v, p, sizeof(p)) || !interp_name(p))
		return false;
	/* after the name: only options ("-", "-q", "-w", "-u"), no script */
	const unsigned char *s = v->s, *e = v->s + v->n;
	while (s < e && (*s == ' ' || *s == '\t'))
		s++;
	while (s < e && *s != ' ' && *s != '\t')
		s++;
	while (s < e) {
		while (s < e && (*s == ' ' || *s == '\t' || *s == '\n'))
			s++;
		if (s == e)
			break;
		if (*s != '-')
			return false;
		const unsigned char *w = s;
		while (s < e && *s != ' ' && *s != '\t' && *s != '\n')
			s++;
		/* -c, -e, -r take the program as an argument: that is not stdin */
		if (s - w == 2 && memchr("ceErx", w[1], 5))
			return false;
	}
	return true;
}

/* proc_open(['python3', '-'], ...): the argument array as a command line,
 * when every element is known. */
static bool argv_line(struct C *C, const struct pv *a, struct pv *out)
{
	if (a->k != K_ARR || !a->a || !a->a->n || a->a->n > 8)
		return false;
	size_t n = 0;
	for (uint32_t i = 0; i < a->a->n; i++) {
		if (!is_str(&a->a->v[i].val))
			return false;
		n += a->a->v[i].val.n + 1;
	}
	unsigned char *p = astr(C, n);
	if (!p)
		return false;
	size_t k = 0;
	for (uint32_t i = 0; i < a->a->n; i++) {
		memcpy(p + k, a->a->v[i].val.s, a->a->v[i].val.n);
		k += a->a->v[i].val.n;
		p[k++] = ' ';
	}
	*out = str_ref(p, k - 1, 0);
	return true;
}

/* The known text before a value spliced into a command: an interpreter
 * with the flag that takes a program ("python3 -c ", "perl -e '", "php -r",
 * "node -e", "ruby -e"). What follows is code, escaped or not: escaping
 * makes it one argument, the program. */
static bool interp_code_flag(const struct pv *a)
{
	char p[32];
	if (!is_str(a) || a->n < 4 || a->n > 256 || !cmd_program(a, p, sizeof(p)) ||
	    !interp_name(p))
		return false;
	size_t e = a->n;
	while (e > 0 && (a->s[e - 1] == ' ' || a->s[e - 1] == '\'' || a->s[e - 1] == '"'))
		e--;
	if (e < 3 || a->s[e - 2] != '-' || a->s[e - 3] != ' ')
		return false;
	/* each interpreter's own flag: python -E or -x is followed by a script */
	static const struct {
		const char *name, *flags;
	} code_flags[] = {{"python", "c"}, {"perl", "eE"}, {"php", "r"},       {"ruby", "e"},
	                  {"node", "ep"},  {"lua", "e"},   {"osascript", "e"}, {"pwsh", "c"}};
	for (size_t i = 0; i < HS_ARRAY_LEN(code_flags); i++)
		if (!strncmp(p, code_flags[i].name, strlen(code_flags[i].name)))
			return strchr(code_flags[i].flags, a->s[e - 1]) != NULL;
	return false;
}

/* A header list (a string or wp_mail's array) with a Bcc from input: a
 * message to a posted list of recipients at once. (A Cc to the visitor is
 * the "send me a copy" of a contact form.) */
static bool bcc_input(const struct pv *h)
{
	if (h->k == K_ARR && h->a) {
		for (uint32_t i = 0; i < h->a->n && i < 32; i++)
			if (bcc_input(&h->a->v[i].val))
				return true;
		return false;
	}
	if (!h->taint || !h->s || !h->n)
		return false;
	for (uint32_t i = 0; i < h->n; i++) {
		size_t r = h->n - i;
		if ((i == 0 || h->s[i - 1] == '\n') && r >= 4 &&
		    !strncasecmp((const char *)h->s + i, "bcc:", 4))
			return true;
	}
	return false;
}

/* mail(), wp_mail(), mb_send_mail(), imap_mail(): besides the loop
 * (sink_mail), recipients as a list from input in one call, a Bcc from
 * input, and the sendmail arguments: input there, or -X (sendmail writes a
 * log of the message to a file of the caller's choosing: a file write). */
static void mail_call(struct P *P, const char *lname, struct pv *args, int nargs, size_t tok)
{
	const struct pv *to = argp(args, nargs, 0);
	bool body_in = argp(args, nargs, 1)->taint || argp(args, nargs, 2)->taint;
	/* a list of unknown length (explode, preg_split of input), not an
	 * array literal of the one address the visitor typed */
	if (body_in && to->k == K_ARR && (!to->a || !to->a->n) && to->taint)
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok, "a list of recipients from %s -> %s",
		    trail(P, to), lname);
	else if (body_in && bcc_input(argp(args, nargs, 3)))
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok, "Bcc from input -> %s", lname);
	if (strcmp(lname, "mail") && strcmp(lname, "mb_send_mail"))
		return;
	const struct pv *prm = argp(args, nargs, 4);
	bool x = prm->s && prm->n >= 2 && (is_str(prm) || prm->k == K_UNK) &&
	         (memmem(prm->s, prm->n, "-X", 2) || memmem(prm->s, prm->n, "-C", 2) ||
	          memmem(prm->s, prm->n, "-OQueueDirectory", 16));
	if (x || (prm->taint && !(prm->fl & F_SHESC)))
		hit(P, "php.sendmail_args", HS_SEV_HIGH, tok, "%s -> %s(.., additional parameters)",
		    x ? "sendmail -X/-C (a log or config file)" : trail(P, prm), lname);
}

/* Writes that are not file_put_contents: error_log($msg, 3, $path) appends
 * the message to the file, copy('php://input', $dst) writes the request's
 * body. Input written as PHP code to a script path is a dropper whatever
 * names the path. */
static void write_more(struct P *P, const char *what, const struct pv *path, const struct pv *data,
                       size_t tok)
{
	if (!data->taint)
		return;
	bool code = data->s && data->n >= 2 && memmem(data->s, data->n, "<?", 2);
	if (path->taint)
		hit(P, "php.input_to_file_write", write_sev(P), tok, "%s -> %s, path from %s%s",
		    trail(P, data), what, trail(P, path), write_where(P));
	else if (is_script_path(path) || code)
		hit(P, "php.input_to_file_write", write_sev(P), tok, "%s -> %s, %s%s",
		    trail(P, data), what, code ? "as PHP code" : "to a .php path", write_where(P));
}

/* FFI::cdef('int system(const char *);') / FFI::load(): the C functions it
 * declares are methods of the object; the libc ones that run a command are
 * command sinks (disable_functions does not cover FFI). */
static const unsigned char ffi_class[] = "ffi";

static struct pv ffi_object(void)
{
	struct pv o = unk();
	o.k = K_OBJ;
	o.s = ffi_class;
	o.n = 3;
	return o;
}

static bool ffi_sink(struct P *P, const char *m, struct pv *args, int nargs, size_t tok)
{
	static const char *const cmds[] = {"system", "popen",  "execl",  "execlp",     "execle",
	                                   "execv",  "execvp", "execve", "posix_spawn"};
	for (size_t i = 0; i < HS_ARRAY_LEN(cmds); i++)
		if (!strcmp(m, cmds[i])) {
			struct pv a = *argp(args, nargs, 0);
			for (int k = 1; k < nargs && k < 4; k++)
				merge_taint(&a, &args[k]);
			char label[40];
			snprintf(label, sizeof(label), "FFI->%s", cmds[i]);
			sink_cmd(P, &a, tok, label);
			return true;
		}
	return false;
}

/* popen()/proc_open() of sendmail (F_MAILPIPE) or of an interpreter that
 * reads its program from standard input (F_SHELLVAR, as a bare shell, but no
 * finding of its own: what is written to it decides). r: the handle; for
 * proc_open the pipes, assigned to the third argument. */
static bool pipe_more(struct P *P, const char *lname, const struct pv *a0, int nargs,
                      struct lv *alv, struct pv *r)
{
	struct pv line = *a0;
	if (a0->k == K_ARR && !argv_line(P->C, a0, &line))
		return false;
	uint32_t fl;
	if (mail_program(&line))
		fl = F_MAILPIPE;
	else if (interp_stdin(&line))
		fl = F_SHELLVAR;
	else
		return false;
	*r = unk();
	r->fl |= fl;
	if (!strcmp(lname, "proc_open") && nargs >= 3 && alv && alv[2].kind != LV_NONE) {
		struct pv pipes = {.k = K_ARR, .a = arr_new(P->C)};
		struct pv k0 = num_of(P->C, 0);
		arr_set(P->C, pipes.a, &k0, r);
		assign(P, &alv[2], &pipes);
	}
	return true;
}

/* Built-ins of this block, from more_builtin(). */
static bool sink_more(struct P *P, const char *lname, struct pv *args, int nargs, size_t tok,
                      struct pv *ret)
{
	const struct pv *a0 = argp(args, nargs, 0);
	if (!strcmp(lname, "error_log")) {
		bool ok;
		long long type = to_int(argp(args, nargs, 1), &ok);
		if (ok && type == 3 && nargs >= 3)
			write_more(P, "error_log(type 3)", &args[2], a0, tok);
		*ret = unk();
		return true;
	}
	return false;
}

static struct pv more_builtin(struct P *P, const char *lname, struct pv *args, int nargs,
                              size_t tok)
{
	struct C *C = P->C;
	const struct pv *a0 = argp(args, nargs, 0);
	struct pv r = unk();
	if (sink_more(P, lname, args, nargs, tok, &r))
		return r;
	if (!strcmp(lname, "str_pad"))
		return do_str_pad(P, args, nargs);
	if (!strcmp(lname, "vsprintf")) {
		/* vsprintf('%s%s', ['sy', 'stem']): sprintf with the elements */
		const struct pv *a1 = argp(args, nargs, 1);
		struct pv sargs[16];
		int n = 0;
		sargs[n++] = *a0;
		if (a1->k == K_ARR && a1->a && !(a1->fl & F_SUPER))
			for (uint32_t i = 0; i < a1->a->n && n < 16; i++)
				sargs[n++] = a1->a->v[i].val;
		else
			sargs[n++] = unk_like(a1);
		return do_sprintf(P, sargs, n);
	}
	if (!strcmp(lname, "stream_copy_to_stream")) {
		fetch_stream_copy(P, args, nargs, tok);
		return r;
	}
	if (!strcmp(lname, "ceil") || !strcmp(lname, "floor")) {
		long long x;
		bool frac, neg;
		C->validations++; /* a number: nothing of the input is left (as B_KILL) */
		if (!to_dec(a0, &x, &frac, &neg))
			return r;
		if (frac && lname[0] == 'c' && !neg)
			x++;
		else if (frac && lname[0] == 'f' && neg)
			x--;
		return num_of(C, x);
	}
	if (!strcmp(lname, "array_flip") || !strcmp(lname, "array_keys")) {
		if (nargs > 1 && lname[6] == 'k')
			return unk_like(a0); /* array_keys($a, $search): a search */
		return do_keys(P, a0, lname[6] == 'f');
	}
	if (!strcmp(lname, "get_defined_functions")) {
		r.k = K_ARR;
		r.a = arr_new(C);
		struct pv all = unk();
		all.k = K_ARR;
		all.a = arr_new(C);
		all.how = how_gdf;
		struct pv k = str_ref((const unsigned char *)"internal", 8, 0);
		arr_set(C, r.a, &k, &all);
		r.how = how_gdf;
		return r;
	}
	if (!strcmp(lname, "header_register_callback")) {
		later_cb(P, a0, tok, 0);
		return r;
	}
	if (!strcmp(lname, "session_set_save_handler")) {
		/* open, close, read, write, destroy, gc (or an object: its methods
		 * are evaluated anyway) */
		for (int i = 0; i < nargs && i < 6; i++)
			later_cb(P, &args[i], tok, i == 3 ? 2 : 1);
		return r;
	}
	if (!strcmp(lname, "yaml_parse") || !strcmp(lname, "yaml_parse_file") ||
	    !strcmp(lname, "yaml_parse_url")) {
		yaml_callbacks(P, a0, argp(args, nargs, 3), tok);
		return unk_like(a0);
	}
	if (!strcmp(lname, "set_error_handler")) {
		C->err_handler = *a0;
		later_cb(P, a0, tok, 2);
		return r;
	}
	if (!strcmp(lname, "trigger_error") || !strcmp(lname, "user_error")) {
		/* the handler set before gets the message */
		if (C->err_handler.k != K_UNK || C->err_handler.taint) {
			struct pv cargs[2] = {num_of(C, 1024), *a0};
			invoke(P, &C->err_handler, cargs, 2, tok, true);
		}
		return r;
	}
	return r;
}

/* Call the builtin lname (already known not to be a user function).
 * dynamic: called through a variable, an expression or a callback;
 * callee: that value (to tell a folded name from a plain one). */
/* popen() or proc_open() of a bare command interpreter (/bin/sh, bash -i,
 * cmd.exe, $_SERVER['COMSPEC']) with no script: an interactive shell whose
 * commands are written to its pipe, so no command string ever reaches a
 * sink. Programs an application runs are named with their arguments. */
static bool shell_spawn(struct P *P, const struct pv *v, size_t tok, const char *sink)
{
	static const char *const shells[] = {"sh",      "bash",       "dash",          "zsh",
	                                     "ksh",     "csh",        "tcsh",          "cmd",
	                                     "cmd.exe", "powershell", "powershell.exe"};
	bool bare = (v->fl & F_SHELLVAR) != 0;
	if (!bare && is_str(v) && v->n && v->n < 64) {
		size_t n = v->n;
		const unsigned char *s = v->s;
		while (n && (s[n - 1] == ' ' || s[n - 1] == '\n'))
			n--;
		/* an interactive flag is still a bare shell */
		if (n > 3 && (!memcmp(s + n - 3, " -i", 3) || !memcmp(s + n - 3, " /k", 3) ||
		              !memcmp(s + n - 3, " /q", 3)))
			n -= 3;
		size_t b = n;
		while (b && s[b - 1] != '/' && s[b - 1] != '\\')
			b--;
		for (size_t i = 0; i < HS_ARRAY_LEN(shells) && !bare; i++)
			bare = n - b == strlen(shells[i]) &&
			       !strncasecmp((const char *)s + b, shells[i], n - b) &&
			       memchr(s, ' ', b) == NULL;
	}
	if (bare)
		hit(P, "php.shell_spawn", HS_SEV_MEDIUM, tok,
		    "%s() starts a bare command interpreter%s", sink,
		    (v->fl & F_SHELLVAR) ? " (COMSPEC/SHELL)" : "");
	return bare;
}

/* Is this preg_match() pattern a whitelist of one word: anchored at both
 * ends, one repeated atom of letters, digits, '_', '-' or '.' ("/^\\w+$/",
 * "/^([a-zA-Z0-9_]+)$/", "~^[a-z0-9.-]{1,64}$~i")? Not with /m, where ^ and
 * $ match at every line. */
static bool word_whitelist(const struct pv *pat)
{
	if (!is_str(pat) || pat->n < 5 || pat->n > 128)
		return false;
	const unsigned char *s = pat->s;
	size_t n = pat->n;
	unsigned char d = s[0];
	if (d == '(')
		d = ')';
	else if (d == '{')
		d = '}';
	else if (d == '[')
		d = ']';
	else if (d == '<')
		d = '>';
	if ((d >= '0' && d <= '9') || (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') ||
	    d == '\\' || d == ' ')
		return false;
	size_t e = n - 1;
	while (e > 0 && s[e] != d)
		e--;
	if (e < 2)
		return false;
	for (size_t i = e + 1; i < n; i++)
		if (!strchr("iDuS", s[i]))
			return false;
	size_t i = 1, end = e;
	if (s[i++] != '^')
		return false;
	bool grp = false;
	if (i < end && s[i] == '(') {
		grp = true;
		i++;
		if (i + 1 < end && s[i] == '?' && s[i + 1] == ':')
			i += 2;
	}
	/* the atom */
	if (i + 1 < end && s[i] == '\\' && (s[i + 1] == 'w' || s[i + 1] == 'd')) {
		i += 2;
	} else if (i < end && s[i] == '[') {
		i++;
		if (i < end && s[i] == '^')
			return false;
		bool any = false;
		while (i < end && s[i] != ']') {
			unsigned char c = s[i];
			if (c == '\\' && i + 1 < end && strchr("wd-._", s[i + 1])) {
				i += 2;
			} else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
			           (c >= 'A' && c <= 'Z') || c == '_' || c == '-' || c == '.') {
				i++;
			} else {
				return false;
			}
			any = true;
		}
		if (i >= end || !any)
			return false;
		i++;
	} else {
		return false;
	}
	/* the repeat */
	if (i < end && (s[i] == '+' || s[i] == '*')) {
		i++;
	} else if (i < end && s[i] == '{') {
		i++;
		while (i < end && ((s[i] >= '0' && s[i] <= '9') || s[i] == ','))
			i++;
		if (i >= end || s[i] != '}')
			return false;
		i++;
	} else {
		return false;
	}
	if (grp) {
		if (i >= end || s[i] != ')')
			return false;
		i++;
	}
	if (i + 1 == end && s[i] == '$')
		return true;
	return i + 2 == end && s[i] == '\\' && s[i + 1] == 'z';
}

static void magic_unserialize(struct P *P, const struct pv *data);

static struct pv call_builtin(struct P *P, const char *lname, struct pv *args, int nargs,
                              struct lv *alv, size_t tok, bool dynamic, const struct pv *callee)
{
	struct C *C = P->C;
	enum bid id = builtin_id(lname);
	bool is_eval = !strcmp(lname, "eval");
	if (dynamic && callee && (dangerous(id) || is_eval)) {
		bool data_in = false;
		for (int i = 0; i < nargs; i++)
			data_in |= args[i].taint != 0;
		if (callee->fl & BUILT)
			hit(P, "php.obfuscated_callee", data_in ? HS_SEV_CRITICAL : HS_SEV_HIGH,
			    tok, "'%s' built by %s, called dynamically", lname,
			    callee->how ? callee->how : "folding");
		else if (!data_in && nargs > 0 && !is_str(&args[0]))
			hit(P, "php.dynamic_dangerous_call", HS_SEV_MEDIUM, tok,
			    "'%s' called through a variable or callback", lname);
	} else if (dynamic && callee && (callee->fl & (F_DECODED | F_ESCAPED)) && sensitive(id)) {
		hit(P, "php.obfuscated_callee", HS_SEV_MEDIUM, tok,
		    "'%s' built by %s, called dynamically", lname,
		    callee->how ? callee->how : "folding");
	}
	if (is_eval) {
		sink_code(P, argp(args, nargs, 0), tok, "eval");
		return unk();
	}
	const struct pv *a0 = argp(args, nargs, 0), *a1 = argp(args, nargs, 1),
	                *a2 = argp(args, nargs, 2);
	struct pv r = unk();
	switch (id) {
	case B_NONE: {
		/* not modelled: a result that carries no input */
		return r;
	}
	case B_ASSERT:
		if (is_str(a0) || a0->taint || (a0->fl & (F_DECODED | F_REMOTE)))
			sink_code(P, a0, tok, "assert");
		return r;
	case B_CREATE_FUNCTION: {
		sink_code(P, a1, tok, "create_function");
		if (is_str(a1) && !a1->taint && C->nlex < PHP_MAX_LAYERS + 1 &&
		    P->layer < PHP_MAX_LAYERS) {
			/* a callable whose body is the code, its parameters from a0 */
			struct fdef *f = amem(C, sizeof(*f));
			f->layer = P->layer + 1;
			struct php_lex *bl = xcalloc(1, sizeof(*bl));
			php_lex_run(bl, a1->s, a1->n, true, C->max_tokens);
			C->lex[C->nlex++] = bl;
			f->lx = bl;
			f->body_b = 0;
			f->body_e = bl->n ? bl->n - 1 : 0;
			if (is_str(a0) && C->nlex < PHP_MAX_LAYERS + 1) {
				struct php_lex *pl = xcalloc(1, sizeof(*pl));
				php_lex_run(pl, a0->s, a0->n, true, 256);
				C->lex[C->nlex++] = pl;
				for (size_t i = 0; i < pl->n && f->np < 16; i++)
					if (pl->t[i].type == PT_VAR) {
						f->p[f->np].name = php_tok_val(pl, &pl->t[i]);
						f->p[f->np].nlen = pl->t[i].vlen;
						f->np++;
					}
			}
			r.k = K_FUNC;
			r.fn = f;
		}
		return r;
	}
	case B_CMD:
		sink_cmd(P, a0, tok, sink_label(lname));
		if ((!strcmp(lname, "popen") || !strcmp(lname, "proc_open")) &&
		    pipe_more(P, lname, a0, nargs, alv, &r))
			return r;
		if ((!strcmp(lname, "popen") || !strcmp(lname, "proc_open")) &&
		    shell_spawn(P, a0, tok, lname)) {
			/* the shell's handle, or its pipes: what is written there is a command */
			r = unk();
			r.fl |= F_SHELLVAR;
			if (!strcmp(lname, "proc_open") && nargs >= 3 && alv &&
			    alv[2].kind != LV_NONE) {
				struct pv pipes = {.k = K_ARR, .a = arr_new(C)};
				struct pv k0 = num_of(C, 0);
				arr_set(C, pipes.a, &k0, &r);
				assign(P, &alv[2], &pipes);
			}
			return r;
		}
		return unk_like(a0);
	case B_GETENV:
		if (is_str(a0) &&
		    ((a0->n == 7 && !strncasecmp((const char *)a0->s, "COMSPEC", 7)) ||
		     (a0->n == 5 && !memcmp(a0->s, "SHELL", 5))))
			r.fl |= F_SHELLVAR;
		/* under CGI and FPM the request headers are the environment */
		if (http_header_name(a0)) {
			r.taint = T_HEADERS;
			r.src = afmt(C, "getenv('%.*s')", a0->n > 40 ? 40 : (int)a0->n,
			             (const char *)a0->s);
		}
		return r;
	case B_FILTER_INPUT:
		return filter_input_value(P, lname, a0, a1, a2, nargs);
	case B_PCNTL_EXEC: {
		struct pv x = *a0;
		merge_taint(&x, a1);
		merge_taint(&x, &(struct pv){.taint = arr_any(a1).taint});
		sink_cmd(P, &x, tok, "pcntl_exec");
		return r;
	}
	case B_PREG_REPLACE: {
		const unsigned char *body;
		size_t blen;
		char mods[16];
		if (preg_parts(a0, &body, &blen, mods, sizeof(mods)) && strchr(mods, 'e')) {
			struct pv code = *a1;
			if (code.k == K_ARR)
				code = arr_any(a1);
			sink_code(P, &code, tok, "preg_replace/e");
			/* /e runs the replacement with the matches of the subject in it */
			if (!code.taint && a2->taint && is_str(&code) &&
			    memchr(code.s, '\\', code.n))
				hit(P, "php.input_to_eval", HS_SEV_CRITICAL, tok,
				    "%s -> preg_replace/e()", trail(P, a2));
			return unk_like(a2);
		}
		struct pv o;
		if (fold_preg(P, a0, a1, a2, &o))
			return o;
		/* preg_replace('/[^a-z0-9_]/', '', $x): what is left cannot carry code */
		if (is_str(a0) && is_str(a1) && a1->n == 0 &&
		    preg_parts(a0, &body, &blen, mods, sizeof(mods)) &&
		    (memmem(body, blen, "[^", 2) || memmem(body, blen, "\\W", 2)))
			return unk();
		r = unk_like(a2);
		merge_taint(&r, a1);
		return r;
	}
	case B_MB_EREG_REPLACE:
		if (is_str(argp(args, nargs, 3)) && memchr(args[3].s, 'e', args[3].n))
			sink_code(P, a1, tok, lname);
		return unk_like(a2);
	case B_CB0: {
		struct pv cargs[8];
		int n = 0;
		for (int i = 1; i < nargs && n < 8; i++)
			cargs[n++] = args[i];
		return invoke(P, a0, cargs, n, tok, true);
	}
	case B_CB0ARR: {
		struct pv cargs[8];
		int n = 0;
		if (a1->k == K_ARR && a1->a && !a1->taint) {
			for (uint32_t i = 0; i < a1->a->n && n < 8; i++)
				cargs[n++] = a1->a->v[i].val;
		} else {
			cargs[n++] = cb_elem(a1);
		}
		return invoke(P, a0, cargs, n, tok, true);
	}
	case B_ARRAY_MAP: {
		/* array_map('chr', [115, 121, ...]): folded element by element */
		if (is_str(a0) && a1->k == K_ARR && a1->a && nargs == 2) {
			char fname[32];
			lower_copy(fname, sizeof(fname), a0->s, a0->n);
			enum bid fid = builtin_id(fname);
			if (!fn_find(C, fname, NULL, false) &&
			    (fid == B_CHR || fid == B_STRREV || fid == B_ROT13 || fid == B_TRIM ||
			     fid == B_BASE64_DECODE || fid == B_LOWER || fid == B_UPPER ||
			     fid == B_ORD)) {
				struct pv out = unk();
				out.k = K_ARR;
				out.a = arr_new(C);
				for (uint32_t i = 0; i < a1->a->n; i++) {
					struct pv e = a1->a->v[i].val;
					struct pv x =
					    call_builtin(P, fname, &e, 1, NULL, tok, false, NULL);
					x.fl |= F_FOLDED;
					arr_set(C, out.a, &a1->a->v[i].key, &x);
				}
				merge_taint(&out, a1);
				return out;
			}
		}
		struct pv cargs[4];
		int n = 0;
		for (int i = 1; i < nargs && n < 4; i++)
			cargs[n++] = cb_elem(&args[i]);
		struct pv x = invoke(P, a0, cargs, n, tok, true);
		r.k = K_UNK;
		merge_taint(&r, &x);
		return r;
	}
	case B_CB1: {
		if (!strcmp(lname, "iterator_apply")) {
			/* iterator_apply($it, $f, $args): $f gets the elements of $args */
			struct pv cargs[8];
			int n = 0;
			if (a2->k == K_ARR && a2->a)
				for (uint32_t i = 0; i < a2->a->n && n < 8; i++)
					cargs[n++] = a2->a->v[i].val;
			invoke(P, a1, cargs, n, tok, true);
			return r;
		}
		struct pv e = cb_elem(a0);
		struct pv cargs[2] = {e, e};
		invoke(P, a1, cargs, 1, tok, true);
		if (!strcmp(lname, "array_filter") && a0->k == K_ARR)
			return *a0; /* some of the same elements: still a list */
		return unk_like(a0);
	}
	case B_USORT: {
		struct pv e = cb_elem(a0);
		struct pv cargs[2] = {e, e};
		invoke(P, a1, cargs, 2, tok, true);
		return r;
	}
	case B_ARRAY_WALK: {
		struct pv e = cb_elem(a0);
		struct pv cargs[3] = {e, unk_like(a0), *a2};
		invoke(P, a1, cargs, nargs > 2 ? 3 : 2, tok, true);
		return r;
	}
	case B_ARRAY_REDUCE: {
		struct pv cargs[2] = {*a2, cb_elem(a0)};
		return invoke(P, a1, cargs, 2, tok, true);
	}
	case B_PREG_CB: {
		struct pv m = unk_like(a2);
		m.k = K_UNK;
		struct pv cargs[1] = {m};
		invoke(P, a1, cargs, 1, tok, true);
		return unk_like(a2);
	}
	case B_OB_START:
	case B_SET_HANDLER: {
		struct pv cargs[1] = {unk()};
		if (a0->k != K_UNK || a0->taint)
			invoke(P, a0, cargs, 1, tok, true);
		return r;
	}
	case B_FILE_PUT: {
		struct pv data = a1->k == K_ARR ? arr_any(a1) : *a1;
		fetch_drop(P, a0, &data, false, tok, lname);
		if (drop_path(a0))
			drop_write(P, &data);
		if (data.fl & F_DECODED)
			keep_layer(P, &data);
		drop_code(P, &data, a0, tok, "file_put_contents");
		if (data.s && (data.k == K_STR || data.k == K_UNK) && (data.fl & F_DECODED) &&
		    is_script_path(a0) && memmem(data.s, data.n, "<?", 2))
			hit(P, "php.remote_code_drop", HS_SEV_HIGH, tok,
			    "decoded PHP (%s) -> file_put_contents(a .php path)",
			    data.how ? data.how : "decoded");
		if ((data.fl & F_REMOTE) && is_script_path(a0))
			hit(P, "php.remote_code_drop", HS_SEV_HIGH, tok,
			    "code fetched from a URL -> file_put_contents(\"%.*s\")",
			    a0->n > 60 ? 60 : (int)a0->n, (const char *)a0->s);
		if (a0->taint && data.taint)
			hit(P, "php.input_to_file_write", write_sev(P), tok,
			    "%s -> file_put_contents(path from %s)%s", trail(P, &data),
			    trail(P, a0), write_where(P));
		return r;
	}
	case B_FWRITE: {
		if (a0->fl & F_WSCRIPT)
			fetch_drop(P, a0, a1, true, tok, lname);
		if ((a0->fl & F_WHANDLE) && C->drop_open)
			drop_write(P, a1);
		if (a1->fl & F_DECODED)
			keep_layer(P, a1);
		if (a0->fl & F_WHANDLE)
			drop_code(P, a1, &(struct pv){0}, tok, lname);
		if (a0->wtaint && a1->taint)
			hit(P, "php.input_to_file_write", write_sev(P), tok,
			    "%s -> %s(handle on a path from input)%s", trail(P, a1), lname,
			    write_where(P));
		if ((a0->fl & F_SHELLVAR) && a1->taint)
			hit(P, "php.input_to_command", HS_SEV_CRITICAL, tok,
			    "%s -> %s(the pipe of a shell)", trail(P, a1), lname);
		if ((a0->fl & F_SOCKET) && (a1->fl & F_SMTP))
			sink_mail(P, tok, "SMTP commands written to a socket");
		if (a0->fl & F_MAILPIPE)
			sink_mail(P, tok, "a message written to a sendmail pipe");
		return r;
	}
	case B_MOVE_UPLOADED:
	case B_COPY: {
		if (id == B_COPY &&
		    ((a0->fl & F_REMOTE) || starts_nocase(a0, "http://") ||
		     starts_nocase(a0, "https://") || starts_nocase(a0, "ftp://")) &&
		    is_script_path(a1))
			hit(P, "php.remote_code_drop", HS_SEV_HIGH, tok, "a URL copied to \"%.*s\"",
			    a1->n > 60 ? 60 : (int)a1->n, (const char *)a1->s);
		if (id == B_COPY)
			drop_copy_data(P, a0, a1, tok);
		if (id == B_COPY && !(a0->taint & T_FILES))
			fetch_drop(P, a1, a0, false, tok, lname);
		if (id == B_COPY && starts_nocase(a0, "php://input")) {
			struct pv body = unk();
			body.taint = T_INPUT;
			body.src = src_names[7];
			write_more(P, lname, a1, &body, tok);
		}
		bool from_upload = id == B_MOVE_UPLOADED || (a0->taint & T_FILES);
		if (from_upload && a1->taint && !P->sc->type_check)
			hit(P, "php.upload_write", write_sev(P), tok,
			    "upload -> %s(destination from %s), no type check%s", lname,
			    trail(P, a1), write_where(P));
		return r;
	}
	case B_FOPEN: {
		r = unk();
		if (starts_nocase(a0, "php://input")) {
			r.taint = T_INPUT;
			r.src = src_names[7];
		} else if (starts_nocase(a0, "http://") || starts_nocase(a0, "https://") ||
		           starts_nocase(a0, "ftp://")) {
			r.fl |= F_REMOTE | F_FILE;
		} else {
			r.fl |= F_FILE;
			merge_taint(&r, a0);
		}
		if (is_str(a1) && a1->n && memchr("waxc", a1->s[0], 4)) {
			r.wtaint = a0->taint;
			r.fl |= F_WHANDLE;
			r.fl &= ~(uint32_t)F_FILE;
			if (is_script_path(a0))
				r.fl |= F_WSCRIPT;
			r.taint = 0;
			C->drop_open |= drop_path(a0);
		}
		return r;
	}
	case B_FSOCKOPEN:
		r.fl = F_SOCKET;
		return r;
	case B_MAIL:
		sink_mail(P, tok, lname);
		mail_call(P, lname, args, nargs, tok);
		return r;
	case B_GETALLHEADERS:
		r.k = K_ARR;
		r.a = arr_new(C);
		r.taint = T_HEADERS;
		r.src = src_names[6];
		return r;
	case B_FILE_GET_CONTENTS:
	case B_FILE: {
		if (starts_nocase(a0, "php://input")) {
			r.taint = T_INPUT;
			r.src = src_names[7];
			return r;
		}
		r.fl = F_FILE;
		if (starts_nocase(a0, "http://") || starts_nocase(a0, "https://") ||
		    starts_nocase(a0, "ftp://"))
			r.fl |= F_REMOTE;
		/* the content of a file the request names (an upload, a URL) */
		merge_taint(&r, a0);
		if (id == B_FILE) {
			struct pv a = unk();
			a.k = K_ARR;
			a.a = arr_new(C);
			a.fl = r.fl;
			merge_taint(&a, &r);
			return a;
		}
		return r;
	}
	case B_FREAD:
		r = unk_like(a0);
		r.fl |= a0->fl & (F_FILE | F_REMOTE);
		if (a0->fl & F_SOCKET)
			r.fl |= F_REMOTE; /* code read from a connection */
		return r;
	case B_CURL_EXEC:
		r.fl = F_REMOTE;
		return r;
	case B_EXTRACT:
	case B_IMPORT_REQ: {
		const struct pv *src = id == B_EXTRACT ? a0 : &(struct pv){.taint = T_REQUEST};
		uint16_t t = src->taint ? src->taint : (src->k == K_ARR ? arr_any(src).taint : 0);
		if (id == B_IMPORT_REQ)
			t = T_REQUEST;
		if (t) {
			P->sc->extract_taint |= t;
			P->sc->extract_src =
			    afmt(C, "%s(%s)", lname, src->src ? src->src : "input");
		} else if (src->k == K_ARR && src->a) {
			for (uint32_t i = 0; i < src->a->n; i++) {
				const struct pv *k = &src->a->v[i].key;
				if (is_str(k) && k->n && k->n < 64)
					set_var(P, P->sc, k->s, k->n, &src->a->v[i].val);
			}
		}
		return r;
	}
	case B_PARSE_STR: {
		if (a0->taint) {
			if (nargs >= 2 && alv && alv[1].kind != LV_NONE) {
				struct pv t = unk();
				t.k = K_ARR;
				t.a = arr_new(C);
				merge_taint(&t, a0);
				/* its elements are input as $_GET's are (index_val) */
				t.fl |= F_SUPER;
				assign(P, &alv[1], &t);
			} else {
				P->sc->extract_taint |= a0->taint;
				P->sc->extract_src =
				    afmt(C, "parse_str(%s)", a0->src ? a0->src : "input");
			}
		}
		return r;
	}
	case B_FUNC_GET_ARGS: {
		r.k = K_ARR;
		r.a = arr_new(C);
		for (int i = 0; i < P->sc->nargs; i++)
			arr_set(C, r.a, NULL, &P->sc->args[i]);
		return r;
	}
	case B_FUNC_GET_ARG: {
		bool ok;
		long long k = to_int(a0, &ok);
		if (ok && k >= 0 && k < P->sc->nargs)
			return P->sc->args[k];
		return r;
	}
	case B_DEFINE:
		if (is_str(a0) && a0->n < 128) {
			struct var *v = map_find(&C->consts, a0->s, a0->n, false, true);
			v->v = *a1;
		}
		return r;
	case B_CONSTANT:
		if (is_str(a0)) {
			struct var *v = map_find(&C->consts, a0->s, a0->n, false, false);
			if (v)
				return v->v;
		}
		return r;
	case B_TYPECHECK:
		P->sc->type_check = true;
		C->validations++;
		/* preg_match('/^[a-zA-Z0-9_]+$/', $key): after the check the variable
		 * holds one word of letters and digits, which no quote, operator or
		 * blank can follow into code or a command line: not free input any
		 * more (whichever branch tests it: control flow is not followed) */
		if (!strcmp(lname, "preg_match") && nargs >= 2 && a1->taint && alv &&
		    alv[1].kind == LV_VAR && alv[1].nkeys == 0 && !alv[1].deep &&
		    word_whitelist(a0)) {
			struct pv t = *a1;
			t.taint = 0;
			t.src = t.via = NULL;
			assign(P, &alv[1], &t);
		}
		return r;
	case B_KILL:
		C->validations++;
		return r;
	case B_URLENC:
		C->validations++;
		if (a0->taint)
			r.fl |= F_URLENC;
		return r;
	case B_INTVAL: {
		bool ok;
		long long x = to_int(a0, &ok);
		return ok ? num_of(C, x) : r;
	}
	case B_STRLEN:
		return is_str(a0) ? num_of(C, a0->n) : r;
	case B_COUNT:
		return a0->k == K_ARR && a0->a && !(a0->fl & F_SUPER) ? num_of(C, a0->a->n) : r;
	case B_SHESC:
		r = unk_like(a0);
		/* escaping keeps the input where it was: after a fixed program it is
		 * still only that program's argument */
		r.fl |= F_SHESC | (a0->fl & F_KPREFIX);
		return r;
	case B_STRREV:
	case B_ROT13:
	case B_LOWER:
	case B_UPPER:
	case B_UCFIRST:
	case B_LCFIRST:
	case B_UCWORDS:
	case B_BASE64_DECODE:
	case B_BASE64_ENCODE:
	case B_HEX2BIN:
	case B_BIN2HEX:
	case B_URLDECODE:
	case B_RAWURLDECODE:
	case B_UUDECODE:
	case B_GZINFLATE:
	case B_GZUNCOMPRESS:
	case B_GZDECODE:
	case B_STRIPSLASHES:
	case B_ENTITY_DECODE:
		return fold1(P, a0, id);
	case B_TRIM:
	case B_LTRIM:
	case B_RTRIM: {
		if (!is_str(a0) || (nargs > 1 && !is_str(a1)))
			return unk_like(a0);
		struct fbuf *fb = &C->fb;
		fbuf_reset(fb, fold_room(C));
		char w = id == B_TRIM ? 'b' : id == B_LTRIM ? 'l' : 'r';
		if (!fold_trim(fb, a0->s, a0->n, nargs > 1 ? a1->s : NULL, nargs > 1 ? a1->n : 0,
		               w))
			return unk_like(a0);
		return from_fb(P, (a0->fl & (BUILT)), a0->how, a0);
	}
	case B_PACK: {
		if (is_str(a0) && a0->n >= 1 && (a0->s[0] == 'H' || a0->s[0] == 'h') &&
		    is_str(a1)) {
			struct fbuf *fb = &C->fb;
			fbuf_reset(fb, fold_room(C));
			if (a0->s[0] == 'H' && fold_hex2bin(fb, a1->s, a1->n & ~1u))
				return from_fb(P, F_FOLDED | F_DECODED, "pack", a1);
			return unk_like(a1);
		}
		if (is_str(a0) && a0->n >= 1 && (a0->s[0] == 'C' || a0->s[0] == 'c')) {
			struct fbuf *fb = &C->fb;
			fbuf_reset(fb, fold_room(C));
			for (int i = 1; i < nargs; i++) {
				bool ok;
				long long x = to_int(&args[i], &ok);
				unsigned char c = (unsigned char)x;
				if (!ok || !fbuf_put(fb, &c, 1))
					return unk();
			}
			return from_fb(P, F_FOLDED | F_DECODED, "pack", NULL);
		}
		return unk_like(a1);
	}
	case B_STR_REPLACE:
	case B_STR_IREPLACE: {
		if (!is_str(a2)) {
			r = unk_like(a2);
			merge_taint(&r, a1);
			return r;
		}
		struct pv cur = *a2;
		bool nocase = id == B_STR_IREPLACE;
		if (a0->k == K_ARR && a0->a) {
			for (uint32_t i = 0; i < a0->a->n; i++) {
				const struct pv *from = &a0->a->v[i].val;
				const struct pv *to = a1;
				if (a1->k == K_ARR && a1->a)
					to = i < a1->a->n
					         ? &a1->a->v[i].val
					         : &(struct pv){.k = K_STR,
					                        .s = (const unsigned char *)"",
					                        .n = 0};
				if (!is_str(from) || !is_str(to))
					return unk_like(a2);
				struct fbuf *fb = &C->fb;
				fbuf_reset(fb, fold_room(C));
				if (!fold_replace(fb, cur.s, cur.n, from->s, from->n, to->s, to->n,
				                  nocase))
					return unk_like(a2);
				cur = from_fb(P, (F_FOLDED | (a2->fl & BUILT)), "str_replace", a2);
				if (!is_str(&cur))
					return cur;
			}
			return cur;
		}
		if (!is_str(a0) || !is_str(a1)) {
			r = unk_like(a2);
			merge_taint(&r, a1);
			return r;
		}
		struct fbuf *fb = &C->fb;
		fbuf_reset(fb, fold_room(C));
		if (!fold_replace(fb, a2->s, a2->n, a0->s, a0->n, a1->s, a1->n, nocase))
			return unk_like(a2);
		return from_fb(P, (F_FOLDED | (a2->fl & BUILT)), "str_replace", a2);
	}
	case B_SUBSTR: {
		bool ok1, ok2 = true;
		long long st = to_int(a1, &ok1), ln = nargs > 2 ? to_int(a2, &ok2) : 0;
		if (!is_str(a0) || !ok1 || !ok2)
			return unk_like(a0);
		long long n = a0->n;
		if (st < 0)
			st = n + st < 0 ? 0 : n + st;
		if (st > n)
			st = n;
		long long e =
		    nargs > 2 && a2->k == K_STR && a2->n ? (ln < 0 ? n + ln : st + ln) : n;
		if (e > n)
			e = n;
		if (e < st)
			e = st;
		struct pv o = str_of(C, a0->s + st, (size_t)(e - st),
		                     (F_FOLDED | (a0->fl & (F_DECODED | F_ESCAPED))));
		o.how = "substr";
		merge_taint(&o, a0);
		return o;
	}
	case B_STR_REPEAT: {
		bool ok;
		long long k = to_int(a1, &ok);
		if (!is_str(a0) || !ok || k < 0 || (unsigned long long)k * a0->n > fold_room(C))
			return unk_like(a0);
		struct fbuf *fb = &C->fb;
		fbuf_reset(fb, fold_room(C));
		for (long long i = 0; i < k; i++)
			if (!fbuf_put(fb, a0->s, a0->n))
				return unk();
		return from_fb(P, F_FOLDED, "str_repeat", a0);
	}
	case B_SPRINTF:
		return do_sprintf(P, args, nargs);
	case B_IMPLODE:
		if (nargs == 1)
			return do_implode(
			    P, &(struct pv){.k = K_STR, .s = (const unsigned char *)"", .n = 0},
			    a0);
		if (a0->k == K_ARR)
			return do_implode(P, a1, a0);
		return do_implode(P, a0, a1);
	case B_EXPLODE: {
		r.k = K_ARR;
		r.a = arr_new(C);
		merge_taint(&r, a1);
		r.fl |= a1->fl & (F_FILE | F_REMOTE);
		if (is_str(a0) && a0->n && is_str(a1)) {
			uint32_t st = 0;
			for (uint32_t i = 0; i + a0->n <= a1->n && r.a->n < ARR_MAX;) {
				if (!memcmp(a1->s + i, a0->s, a0->n)) {
					struct pv e = str_ref(a1->s + st, i - st,
					                      (F_FOLDED | (a1->fl & BUILT)));
					arr_set(C, r.a, NULL, &e);
					i += a0->n;
					st = i;
				} else {
					i++;
				}
			}
			struct pv e =
			    str_ref(a1->s + st, a1->n - st, (F_FOLDED | (a1->fl & BUILT)));
			arr_set(C, r.a, NULL, &e);
		}
		return r;
	}
	case B_CHR: {
		bool ok;
		long long x = to_int(a0, &ok);
		if (!ok)
			return unk_like(a0);
		unsigned char c = (unsigned char)(((x % 256) + 256) % 256);
		struct pv o = str_of(C, &c, 1, F_FOLDED);
		o.how = "chr";
		return o;
	}
	case B_ORD:
		return is_str(a0) && a0->n ? num_of(C, a0->s[0]) : r;
	case B_STRVAL:
		return *a0;
	case B_STR_SPLIT: {
		bool ok = true;
		long long k = nargs > 1 ? to_int(a1, &ok) : 1;
		r.k = K_ARR;
		r.a = arr_new(C);
		merge_taint(&r, a0);
		if (is_str(a0) && ok && k > 0)
			for (uint32_t i = 0; i < a0->n && r.a->n < ARR_MAX; i += (uint32_t)k) {
				uint32_t l = (uint32_t)k < a0->n - i ? (uint32_t)k : a0->n - i;
				struct pv e = str_ref(a0->s + i, l, (F_FOLDED | (a0->fl & BUILT)));
				arr_set(C, r.a, NULL, &e);
			}
		return r;
	}
	case B_ARRAY_REVERSE:
	case B_ARRAY_VALUES:
	case B_ARRAY_SLICE: {
		if ((a0->fl & F_SERVER) && id != B_ARRAY_REVERSE)
			return server_list(a0);
		if (a0->k != K_ARR || !a0->a || (a0->fl & F_SUPER))
			return unk_like(a0);
		r.k = K_ARR;
		r.a = arr_new(C);
		r.taint = a0->taint;
		r.src = a0->src;
		uint32_t n = a0->a->n, b = 0, e = n;
		if (id == B_ARRAY_SLICE) {
			bool ok;
			long long o = to_int(a1, &ok);
			if (!ok)
				return unk_like(a0);
			b = o < 0 ? (uint32_t)(n + o > 0 ? n + o : 0) : (uint32_t)(o > n ? n : o);
			if (nargs > 2) {
				long long l = to_int(a2, &ok);
				if (ok)
					e = l < 0 ? (uint32_t)(n + l > b ? n + l : b)
					          : (uint32_t)(b + l > n ? n : b + l);
			}
		}
		for (uint32_t i = b; i < e; i++) {
			uint32_t j = id == B_ARRAY_REVERSE ? n - 1 - i : i;
			arr_set(C, r.a, NULL, &a0->a->v[j].val);
		}
		return r;
	}
	case B_END:
	case B_RESET:
	case B_ARRAY_POP:
	case B_ARRAY_SHIFT:
		if (a0->k == K_ARR && a0->a && a0->a->n && !(a0->fl & F_SUPER)) {
			bool last = id == B_END || id == B_ARRAY_POP;
			struct pv e = a0->a->v[last ? a0->a->n - 1 : 0].val;
			merge_taint(&e, a0);
			return e;
		}
		return arr_any(a0);
	case B_STRTR: {
		if (nargs == 3 && is_str(a0) && is_str(a1) && is_str(a2)) {
			struct fbuf *fb = &C->fb;
			fbuf_reset(fb, fold_room(C));
			uint32_t m = a1->n < a2->n ? a1->n : a2->n;
			for (uint32_t i = 0; i < a0->n; i++) {
				unsigned char c = a0->s[i];
				for (uint32_t k = 0; k < m; k++)
					if (a1->s[k] == c) {
						c = a2->s[k];
						break;
					}
				if (!fbuf_put(fb, &c, 1))
					return unk();
			}
			return from_fb(P, (F_FOLDED | F_DECODED), "strtr", a0);
		}
		if (nargs == 2 && is_str(a0) && a1->k == K_ARR && a1->a) {
			struct pv cur = *a0;
			for (uint32_t i = 0; i < a1->a->n && i < 64; i++) {
				const struct pv *from = &a1->a->v[i].key, *to = &a1->a->v[i].val;
				if (!is_str(from) || !is_str(to))
					return unk_like(a0);
				struct fbuf *fb = &C->fb;
				fbuf_reset(fb, fold_room(C));
				if (!fold_replace(fb, cur.s, cur.n, from->s, from->n, to->s, to->n,
				                  false))
					return unk();
				cur = from_fb(P, (F_FOLDED | (a0->fl & BUILT)), "strtr", a0);
				if (!is_str(&cur))
					return cur;
			}
			return cur;
		}
		return unk_like(a0);
	}
	case B_ARRAY_MERGE: {
		r.k = K_ARR;
		r.a = arr_new(C);
		for (int i = 0; i < nargs; i++) {
			merge_taint(&r, &args[i]);
			if (args[i].k == K_ARR && args[i].a && !(args[i].fl & F_SUPER))
				for (uint32_t k = 0; k < args[i].a->n; k++) {
					merge_taint(&r, &args[i].a->v[k].val);
					bool ok;
					to_int(&args[i].a->v[k].key, &ok);
					arr_set(C, r.a,
					        (args[i].a->v[k].key.fl & F_NUM)
					            ? NULL
					            : &args[i].a->v[k].key,
					        &args[i].a->v[k].val);
				}
		}
		return r;
	}
	case B_COMPACT:
		return r;
	case B_SUBSTR_REPLACE: {
		bool ok1, ok2 = true;
		long long st = to_int(a2, &ok1);
		long long ln = nargs > 3 ? to_int(&args[3], &ok2) : a0->n;
		if (!is_str(a0) || !is_str(a1) || !ok1 || !ok2) {
			r = unk_like(a0);
			merge_taint(&r, a1);
			return r;
		}
		long long n = a0->n;
		if (st < 0)
			st = n + st < 0 ? 0 : n + st;
		if (st > n)
			st = n;
		long long e = ln < 0 ? n + ln : st + ln;
		if (e > n)
			e = n;
		if (e < st)
			e = st;
		struct fbuf *fb = &C->fb;
		fbuf_reset(fb, fold_room(C));
		if (!fbuf_put(fb, a0->s, (size_t)st) || !fbuf_put(fb, a1->s, a1->n) ||
		    !fbuf_put(fb, a0->s + e, (size_t)(n - e)))
			return unk();
		return from_fb(P, (F_FOLDED | ((a0->fl | a1->fl) & BUILT)), "substr_replace", a0);
	}
	case B_CBLAST: {
		/* array_intersect_uassoc($a, $b, 'cb'): the callee is the last argument */
		if (nargs < 2)
			return r;
		struct pv e = cb_elem(a0);
		struct pv k = unk_like(a0);
		if (a0->k == K_ARR && a0->a && a0->a->n == 1)
			k = a0->a->v[0].key;
		struct pv cargs[2] = {k, e};
		if (strstr(lname, "udiff") || strstr(lname, "uintersect"))
			cargs[0] = e; /* a value comparator: two elements */
		invoke(P, &args[nargs - 1], cargs, 2, tok, true);
		return r;
	}
	case B_FILTER_VAR: {
		/* FILTER_CALLBACK: ['options' => callee], maybe one level down */
		struct pv okey = str_ref((const unsigned char *)"options", 7, 0);
		const struct pv *opts = nargs > 2 ? a2 : a1;
		struct pv cb = unk();
		if (opts->k == K_ARR && opts->a) {
			struct pel *o = arr_get(opts->a, &okey);
			if (o)
				cb = o->val;
			for (uint32_t i = 0; !o && i < opts->a->n; i++) {
				const struct pv *sub = &opts->a->v[i].val;
				if (sub->k == K_ARR && sub->a && (o = arr_get(sub->a, &okey)))
					cb = o->val;
			}
		}
		if (cb.k != K_UNK || cb.taint) {
			struct pv e = a0->k == K_ARR ? cb_elem(a0) : *a0;
			invoke(P, &cb, &e, 1, tok, true);
		}
		return unk_like(a0);
	}
	case B_UNSERIALIZE:
		/* objects from the request: their properties are the attacker's
		 * (a gadget's __destruct or __toString runs on them) */
		if (a0->taint && !C->props_taint) {
			C->props_taint = a0->taint;
			C->props_src = afmt(C, "unserialize(%s)", a0->src ? a0->src : "input");
		}
		if (a0->taint)
			magic_unserialize(P, a0);
		return unk_like(a0);
	case B_SPLIT:
		/* preg_split('/[\r\n,;]+/', $_POST['emails']): a list of input */
		r.k = K_ARR;
		r.a = arr_new(C);
		merge_taint(&r, a1);
		r.fl |= a1->fl & (F_FILE | F_REMOTE);
		return r;
	case B_SOCKET_READ:
		r = unk();
		if (a0->fl & F_SOCKET)
			r.fl |= F_REMOTE;
		return r;
	case B_MORE:
		return more_builtin(P, lname, args, nargs, tok);
	case B_PASS: {
		r = unk_like(a0);
		if (a0->k == K_ARR)
			r.taint |= arr_any(a0).taint;
		return r;
	}
	}
	return r;
}

/* Callees invoke() did not model: an object called as a function (its
 * class's __invoke), a function picked by index from
 * get_defined_functions() (any function at all: with input, a shell). */
static bool invoke_more(struct P *P, const struct pv *callee, struct pv *args, int nargs,
                        size_t tok, struct pv *ret)
{
	*ret = unk();
	if (callee->how == how_gdf_fn) {
		const struct pv *in = NULL;
		for (int i = 0; i < nargs && !in; i++)
			if (args[i].taint)
				in = &args[i];
		if (in)
			hit(P, "php.obfuscated_callee", HS_SEV_CRITICAL, tok,
			    "%s -> %s, called dynamically", trail(P, in), how_gdf_fn);
		else
			hit(P, "php.obfuscated_callee", HS_SEV_MEDIUM, tok,
			    "%s, called dynamically", how_gdf_fn);
		return true;
	}
	if (callee->k == K_UNK && !callee->taint) {
		const struct pv *in = NULL;
		for (int i = 0; i < nargs; i++) {
			P->C->wrap_dyn |= args[i].param != 0; /* $f($cmd), $f from a list */
			if (args[i].taint && !in)
				in = &args[i];
		}
		/* a callee decoded from data the analysis cannot finish (a key
		 * from the file's own name, a server variable) called with input:
		 * honest code does not call what a decoder produced */
		if (in && (callee->fl & F_DECODED)) {
			hit(P, "php.obfuscated_callee", HS_SEV_HIGH, tok,
			    "%s -> a callee decoded from unknown data", trail(P, in));
			return true;
		}
	}
	if (callee->k == K_OBJ && callee->s && callee->n && callee->n < 64 &&
	    !(callee->fl & F_REFLECT)) {
		char cls[64];
		lower_copy(cls, sizeof(cls), callee->s, callee->n);
		struct fdef *f = fn_find(P->C, "__invoke", cls, true);
		if (f && !strcmp(f->cls, cls)) {
			*ret = call_fdef(P, f, args, nargs, NULL);
			return true;
		}
	}
	return false;
}

/* The callee of a callback or dynamic call: a closure, a user function, a
 * method ([$obj, 'm'], 'C::m'), a builtin by name, or input itself. */
static bool reflect_array_call(struct P *P, const struct pv *callee, struct pv *args, int nargs,
                               size_t tok, struct pv *ret);

static struct pv invoke(struct P *P, const struct pv *callee, struct pv *args, int nargs,
                        size_t tok, bool callback)
{
	struct C *C = P->C;
	(void)callback;
	if (callee->taint && callee->k != K_ARR) {
		hit(P, "php.dynamic_call_input", HS_SEV_CRITICAL, tok, "callee from %s",
		    trail(P, callee));
		return unk();
	}
	if (callee->k == K_FUNC && callee->fn)
		return call_fdef(P, callee->fn, args, nargs, callee->a ? callee : NULL);
	struct pv r2;
	if (invoke_more(P, callee, args, nargs, tok, &r2))
		return r2;
	if (callee->k == K_ARR && callee->a && callee->a->n == 2 &&
	    reflect_array_call(P, callee, args, nargs, tok, &r2))
		return r2;
	if (callee->k == K_ARR && callee->a && callee->a->n == 2) {
		const struct pv *m = &callee->a->v[1].val;
		if (m->taint && callee->a->v[0].val.k == K_STR && !callee->a->v[0].val.taint) {
			/* ['SomeClass', $_GET['m']] is a dispatch table; input is the class too
			 * here */
			return unk();
		}
		if (is_str(m)) {
			char lname[64];
			lower_copy(lname, sizeof(lname), m->s, m->n);
			struct fdef *f = fn_find(C, lname, NULL, true);
			if (f)
				return call_fdef(P, f, args, nargs, NULL);
		}
		return unk();
	}
	if (!is_str(callee) || callee->n == 0 || callee->n > 63)
		return unk();
	const unsigned char *b;
	size_t bn;
	base_name(callee->s, callee->n, &b, &bn);
	const unsigned char *dc = memmem(b, bn, "::", 2);
	char lname[64];
	if (dc) {
		lower_copy(lname, sizeof(lname), dc + 2, bn - (size_t)(dc + 2 - b));
		struct fdef *f = fn_find(C, lname, NULL, true);
		return f ? call_fdef(P, f, args, nargs, NULL) : unk();
	}
	lower_copy(lname, sizeof(lname), b, bn);
	struct fdef *f = fn_find(C, lname, NULL, false);
	if (f)
		return call_fdef(P, f, args, nargs, NULL);
	return call_builtin(P, lname, args, nargs, NULL, tok, true, callee);
}

/* By-reference parameters: function f(&$s) { $s .= 't'; } changes the
 * caller's variable (a name finished inside a helper). The call keeps the
 * final values of the first four (byref_keep); the call site assigns them
 * to its arguments (byref_back). */
static void byref_keep(struct C *C, const struct fdef *f, struct scope *sc)
{
	C->nrefout = 0;
	for (int i = 0; i < f->np && i < 4; i++) {
		struct var *v = f->p[i].ref
		                    ? map_find(&sc->vars, f->p[i].name, f->p[i].nlen, false, false)
		                    : NULL;
		C->refout[i] = v ? arr_copy(C, &v->v) : unk();
		C->nrefout = i + 1;
	}
}

static void byref_back(struct P *P, const struct fdef *f, struct lv *alv, int nargs)
{
	struct C *C = P->C;
	int n = C->nrefout;
	for (int i = 0; alv && i < n && i < nargs && i < f->np; i++)
		if (f->p[i].ref && alv[i].kind != LV_NONE) {
			struct pv v = C->refout[i];
			assign(P, &alv[i], &v);
		}
	C->nrefout = 0;
}

/* Evaluate a user function's body with its parameters bound to the
 * arguments: the path of input through it, and its return value. */
static struct pv call_fdef(struct P *P, struct fdef *f, struct pv *args, int nargs,
                           const struct pv *captured)
{
	struct C *C = P->C;
	C->nrefout = 0;
	if (f->active || C->call_depth >= 6 || C->stop)
		return unk();
	f->evals++;
	/* the same function with plain arguments again and again: a few times
	 * is enough; again only for arguments that carry input, a callable or
	 * a built (folded, decoded) string */
	bool any = captured != NULL;
	for (int i = 0; i < nargs; i++)
		any |= args[i].taint || args[i].k == K_FUNC || (args[i].fl & BUILT);
	if (f->evals > 2 && !any)
		return unk();
	if (f->evals > 16)
		return unk();
	struct scope sc;
	memset(&sc, 0, sizeof(sc));
	sc.global = &C->global;
	sc.args = args;
	sc.nargs = nargs;
	struct P Q = {.C = C, .lx = f->lx, .sc = &sc, .layer = f->layer, .depth = P->depth};
	for (int i = 0; i < f->np; i++) {
		struct pv v;
		if (f->p[i].variadic) {
			v = unk();
			v.k = K_ARR;
			v.a = arr_new(C);
			for (int k = i; k < nargs; k++)
				arr_set(C, v.a, NULL, &args[k]);
		} else if (i < nargs) {
			v = args[i];
		} else if (f->p[i].def_e > f->p[i].def_b) {
			Q.i = f->p[i].def_b;
			Q.end = f->p[i].def_e;
			v = expr(&Q, 0);
		} else {
			v = unk();
		}
		set_var(&Q, &sc, f->p[i].name, f->p[i].nlen, &v);
	}
	if (captured && captured->a)
		for (uint32_t i = 0; i < captured->a->n; i++) {
			const struct pv *k = &captured->a->v[i].key;
			if (is_str(k))
				set_var(&Q, &sc, k->s, k->n, &captured->a->v[i].val);
		}
	f->active = true;
	C->call_depth++;
	Q.i = f->body_b;
	Q.end = f->body_e;
	if (f->arrow) {
		sc.ret = expr(&Q, 0);
		sc.has_ret = true;
	} else {
		stmts_until(&Q, f->body_e);
	}
	C->call_depth--;
	f->active = false;
	struct pv ret = sc.has_ret ? sc.ret : unk();
	if (ret.k == K_ARR)
		ret = arr_copy(C, &ret);
	byref_keep(C, f, &sc);
	map_free(&sc.vars);
	return ret;
}

/* ------------------------------------------------------------ expressions */

#define MAX_ARGS 16
/* Recursion of the parser (expressions, statements, calls, layers
 * together): about 10 KB of stack a level at most. */
#define MAX_DEPTH 240

/* Arguments between the parenthesis at P->i and its match. */
static int parse_args(struct P *P, struct pv *args, struct lv *alv)
{
	size_t close = T(P)->match;
	if (close <= P->i || close > P->end)
		close = P->end;
	P->i++;
	int n = 0;
	while (P->i < close && !P->C->stop) {
		if (op(P, ",")) {
			P->i++;
			continue;
		}
		/* named argument: name: value */
		if (T(P)->type == PT_IDENT && opa(P, 1, ":") && !opa(P, 1, "::"))
			P->i += 2;
		bool spread = accept(P, "...");
		size_t before = P->i;
		struct lv l;
		lv_none(&l);
		struct pv v = unary(P, &l);
		/* a full expression: the unary part may be followed by operators */
		if (P->i < close && !op(P, ",")) {
			lv_none(&l);
			v = expr_rest(P, v, 0, P->C->validations);
		}
		if (spread)
			v = arr_any(&v);
		if (n < MAX_ARGS) {
			args[n] = v;
			if (alv)
				alv[n] = l;
			n++;
		}
		if (P->i == before)
			P->i++;
		while (P->i < close && !op(P, ","))
			P->i++; /* junk after the argument */
	}
	P->i = close < P->end ? close + 1 : P->end;
	return n;
}

/* Does text that ends like this put what follows in the place of a
 * command? "cmd.exe /c ", "sh -c '", "cd /tmp; ", "ls | " */
static bool command_position(const struct pv *a)
{
	size_t e = a->n;
	while (e > 0 && (a->s[e - 1] == ' ' || a->s[e - 1] == '\'' || a->s[e - 1] == '"'))
		e--;
	if (e == 0)
		return true;
	unsigned char c = a->s[e - 1];
	if (c == ';' || c == '|' || c == '&' || c == '`' || c == '(' || c == '\n')
		return true;
	return e >= 2 && (a->s[e - 2] == '/' || a->s[e - 2] == '-') && (c == 'c' || c == 'C') &&
	       (e == 2 || a->s[e - 3] == ' ');
}

/* 'a' . 'b' . 'c' ... over a thousand lines (a payload split into literal
 * pieces) copies the growing string each time: quadratic, and it used up
 * the work and string bounds before the payload was whole. A long result
 * gets room after it; appending to that same result (the value just built,
 * whole) writes into the room. Earlier values that view the buffer keep
 * their length, so they do not change. NULL: do the ordinary copy. */
static unsigned char *concat_grow(struct C *C, const struct pv *a, const struct pv *b, size_t n)
{
	if (C->cat_buf && a->s == C->cat_buf && a->n == C->cat_len && n <= C->cat_cap) {
		memcpy(C->cat_buf + a->n, b->s, b->n);
		C->cat_len = n;
		C->work += b->n / 64;
		return C->cat_buf;
	}
	if (n < 4096)
		return NULL;
	size_t cap = n * 2 > 8u * 1024 * 1024 ? n : n * 2;
	unsigned char *p = astr(C, cap);
	if (!p)
		return NULL;
	memcpy(p, a->s, a->n);
	memcpy(p + a->n, b->s, b->n);
	C->cat_buf = p;
	C->cat_len = n;
	C->cat_cap = cap;
	return p;
}

/* A literal array converted to a string: PHP gives "Array" (the first
 * letters of many names, one ++ at a time). */
static bool array_text(const struct pv *v, struct pv *out)
{
	if (v->k != K_ARR || v->taint || (v->fl & F_SUPER))
		return false;
	*out = str_ref((const unsigned char *)"Array", 5, F_FOLDED);
	out->how = "an array as a string";
	return true;
}

/* Known text that may be input (a default assigned in a branch, `$c ?: 'id'`)
 * stays input when concatenated; after a fixed beginning it is an argument,
 * as for unknown values. */
static void known_concat_taint(struct pv *r, const struct pv *a, const struct pv *b)
{
	merge_taint(r, a);
	merge_taint(r, b);
	if (!a->taint && a->n && !(a->fl & F_NUM) && !command_position(a) && !interp_code_flag(a))
		r->fl |= F_KPREFIX;
	if (a->fl & F_KPREFIX)
		r->fl |= F_KPREFIX;
}

static struct pv concat(struct P *P, const struct pv *a, const struct pv *b)
{
	struct C *C = P->C;
	struct pv r;
	/* an array as a string is "Array": `$_ = [] . '';` then $_[0] is 'A' */
	struct pv arr_a, arr_b;
	if (array_text(a, &arr_a))
		a = &arr_a;
	if (array_text(b, &arr_b))
		b = &arr_b;
	if (is_str(a) && is_str(b)) {
		size_t n = (size_t)a->n + b->n;
		if (n > 8u * 1024 * 1024)
			return unk();
		unsigned char *p = concat_grow(C, a, b, n);
		if (!p) {
			p = astr(C, n);
			if (!p)
				return unk();
			memcpy(p, a->s, a->n);
			memcpy(p + a->n, b->s, b->n);
		}
		r = unk();
		r.k = K_STR;
		r.s = p;
		r.n = (uint32_t)n;
		r.fl = (F_FOLDED | ((a->fl | b->fl) & (F_DECODED | F_ESCAPED | F_SMTP)));
		r.how = a->how ? a->how : b->how;
		if (!(r.fl & F_SMTP) && (memmem(p, n, "RCPT TO", 7) || memmem(p, n, "rcpt to", 7)))
			r.fl |= F_SMTP;
		if (a->taint || b->taint)
			known_concat_taint(&r, a, b);
		return r;
	}
	r = unk();
	/* a command escaped with escapeshellarg after a fixed prefix is safe */
	const struct pv *x = a, *y = b;
	for (int k = 0; k < 2; k++) {
		const struct pv *e = k ? y : x, *o = k ? x : y;
		if ((e->fl & F_SHESC) && is_str(o) && o->n && !(k && interp_code_flag(o)))
			continue;
		merge_taint(&r, e);
	}
	r.cred |= cred_label(a, b); /* "Password: " . $_POST['f2'] */
	r.fl |= (a->fl | b->fl) & (F_DECODED | F_FILE | F_REMOTE | F_URLENC);
	/* "/etc/app/config-" . $host: the input is not where the path or the
	 * command line starts */
	if ((is_str(a) && a->n && !(a->fl & F_NUM) && !command_position(a) &&
	     !interp_code_flag(a)) ||
	    (a->fl & F_KPREFIX))
		r.fl |= F_KPREFIX;
	/* the known beginning and end of an unknown value: 'data://...' . $x,
	 * $root . '/x.php' */
	if (is_str(a) || (a->k == K_UNK && a->s)) {
		r.s = a->s;
		r.n = a->n;
	}
	if (is_str(b)) {
		r.sfx = b->s;
		r.sfxn = b->n;
	} else if (b->k == K_UNK && b->sfx) {
		r.sfx = b->sfx;
		r.sfxn = b->sfxn;
	}
	if ((is_str(a) &&
	     (memmem(a->s, a->n, "RCPT TO", 7) || memmem(a->s, a->n, "MAIL FROM", 9))) ||
	    (is_str(b) &&
	     (memmem(b->s, b->n, "RCPT TO", 7) || memmem(b->s, b->n, "MAIL FROM", 9))) ||
	    ((a->fl | b->fl) & F_SMTP))
		r.fl |= F_SMTP;
	if ((a->fl & F_SHESC) && (b->fl & F_SHESC))
		r.fl |= F_SHESC;
	return r;
}

static struct pv bitwise(struct P *P, const struct pv *a, const struct pv *b, char o)
{
	struct C *C = P->C;
	if (is_str(a) && is_str(b)) {
		if ((a->fl & F_NUM) && (b->fl & F_NUM)) {
			bool ok1, ok2;
			long long x = to_int(a, &ok1), y = to_int(b, &ok2);
			if (ok1 && ok2)
				return num_of(C, o == '^' ? x ^ y : o == '|' ? x | y : x & y);
		}
		if (!(a->fl & F_NUM) && !(b->fl & F_NUM)) {
			struct fbuf *fb = &C->fb;
			fbuf_reset(fb, fold_room(C));
			if (fold_bitwise(fb, a->s, a->n, b->s, b->n, o))
				return from_fb(P, (F_FOLDED | F_DECODED), "XOR of strings", NULL);
		}
	}
	struct pv r = unk();
	merge_taint(&r, a);
	merge_taint(&r, b);
	/* a string XORed with a key the analysis does not know (the file's
	 * name, a server variable): still the output of a decryptor */
	if (o == '^' && ((is_str(a) && !(a->fl & F_NUM) && a->n > 1 && b->k == K_UNK) ||
	                 (is_str(b) && !(b->fl & F_NUM) && b->n > 1 && a->k == K_UNK)))
		r.fl |= F_DECODED;
	return r;
}

static struct pv arith(struct P *P, const struct pv *a, const struct pv *b, const char *o)
{
	bool ok1, ok2;
	long long x = to_int(a, &ok1), y = to_int(b, &ok2);
	if (is_str(a) && is_str(b) && ok1 && ok2) {
		long long r = 0;
		bool ov = false;
		switch (o[0]) {
		case '+':
			ov = __builtin_add_overflow(x, y, &r);
			break;
		case '-':
			ov = __builtin_sub_overflow(x, y, &r);
			break;
		case '*':
			if (o[1] == '*') {
				r = 1;
				for (long long k = 0; k < y && k < 64 && !ov; k++)
					ov = __builtin_mul_overflow(r, x, &r);
			} else {
				ov = __builtin_mul_overflow(x, y, &r);
			}
			break;
		case '/':
			r = y && !(x == LLONG_MIN && y == -1) ? x / y : 0;
			break;
		case '%':
			r = y && y != -1 ? x % y : 0;
			break;
		case '<':
			r = (long long)((unsigned long long)x << (y & 63));
			break;
		case '>':
			r = x >> (y & 63);
			break;
		default:
			r = 0;
			break;
		}
		if (ov)
			return unk(); /* PHP turns it into a float: not a name or a byte */
		struct pv v = num_of(P->C, r);
		v.fl |= F_FOLDED;
		return v;
	}
	struct pv r = unk();
	merge_taint(&r, a);
	merge_taint(&r, b);
	return r;
}

/* Comparisons of known values: ('>' > '<') is 1, a way to write numbers
 * without digits. */
static struct pv compare(struct P *P, const struct pv *a, const struct pv *b, const char *o)
{
	if (!is_str(a) || !is_str(b) || !strcmp(o, "instanceof"))
		return unk();
	int c;
	bool ok1, ok2;
	long long x = to_int(a, &ok1), y = to_int(b, &ok2);
	if ((a->fl & F_NUM) && (b->fl & F_NUM) && ok1 && ok2) {
		c = x < y ? -1 : x > y;
	} else {
		size_t m = a->n < b->n ? a->n : b->n;
		c = memcmp(a->s, b->s, m);
		if (c == 0)
			c = a->n < b->n ? -1 : a->n > b->n;
		c = c < 0 ? -1 : c > 0;
	}
	long long r;
	if (!strcmp(o, "==") || !strcmp(o, "==="))
		r = c == 0;
	else if (!strcmp(o, "!=") || !strcmp(o, "!==") || !strcmp(o, "<>"))
		r = c != 0;
	else if (!strcmp(o, "<"))
		r = c < 0;
	else if (!strcmp(o, ">"))
		r = c > 0;
	else if (!strcmp(o, "<="))
		r = c <= 0;
	else if (!strcmp(o, ">="))
		r = c >= 0;
	else if (!strcmp(o, "<=>"))
		r = c;
	else
		return unk();
	struct pv v =
	    r || !strcmp(o, "<=>") ? num_of(P->C, r) : str_ref((const unsigned char *)"", 0, F_NUM);
	v.fl |= F_FOLDED;
	return v;
}

/* Index a value: arrays, strings ($k[3]), superglobals. */
static struct pv index_val(struct P *P, const struct pv *base, const struct pv *key)
{
	struct C *C = P->C;
	if (base->how == how_gdf && base->k == K_ARR &&
	    !(base->a && is_str(key) && arr_get(base->a, key))) {
		struct pv f = unk(); /* get_defined_functions()['internal'][$n] */
		f.how = how_gdf_fn;
		return f;
	}
	if (base->fl & F_SUPER) {
		if (base->s && base->n == 7 && !memcmp(base->s, "GLOBALS", 7)) {
			if (!is_str(key))
				return unk();
			struct pv v = get_var(P, key->s, key->n);
			if (superglobal(key->s, key->n) < 0) {
				struct var *gv =
				    map_find(&C->global.vars, key->s, key->n, false, false);
				v = gv ? gv->v : unk();
			}
			return v;
		}
		if (base->fl & F_SERVER) {
			static const char *const input_keys[] = {"QUERY_STRING", "REQUEST_URI",
			                                         "PATH_INFO", "PHP_SELF", "argv"};
			struct pv v = unk();
			bool in = is_str(key) && key->n > 5 && !memcmp(key->s, "HTTP_", 5);
			for (size_t i = 0; is_str(key) && !in && i < 2; i++)
				in = key->n == strlen(input_keys[i]) &&
				     !memcmp(key->s, input_keys[i], key->n);
			if (in) {
				v.taint = T_SERVER;
				v.src = afmt(C, "$_SERVER['%.*s']",
				             (int)(key->n > 32 ? 32 : key->n), key->s);
			}
			if (is_str(key) && ((key->n == 7 && !memcmp(key->s, "COMSPEC", 7)) ||
			                    (key->n == 5 && !memcmp(key->s, "SHELL", 5))))
				v.fl |= F_SHELLVAR;
			if (cred_fp_name(key))
				v.cred |= CR_FP;
			return v;
		}
		struct pv v = unk();
		v.taint = base->taint;
		if (is_str(key))
			v.src = afmt(C, "%s['%.*s']", base->src, (int)(key->n > 32 ? 32 : key->n),
			             (const char *)key->s);
		else
			v.src = base->src;
		if (is_str(key) && !(base->taint & (T_FILES | T_COOKIE)))
			v.cred |= cred_key(key->s, key->n);
		/* $_FILES['f'] is an array of name, tmp_name... all from the request */
		if (base->taint & T_FILES) {
			v.k = K_ARR;
			v.a = arr_new(C);
		}
		return v;
	}
	if (base->k == K_ARR && base->a) {
		struct pel *e = arr_get(base->a, key);
		if (!e && is_str(key) && (key->fl & F_NUM) == 0 && key->n && key->s[0] >= '0' &&
		    key->s[0] <= '9') {
			bool ok;
			long long k = to_int(key, &ok);
			if (ok) {
				struct pv nk = num_of(C, k);
				e = arr_get(base->a, &nk);
			}
		}
		if (e) {
			struct pv v = e->val;
			if (!v.taint && base->taint)
				merge_taint(&v, base);
			return v;
		}
		struct pv v = arr_any(base);
		if (v.k != K_ARR)
			v.k = K_UNK;
		if (base->taint && v.k == K_UNK) {
			/* an element of an array of input: keep the array for nested keys */
			v.k = K_ARR;
			v.a = arr_new(C);
			v.taint = base->taint;
			v.src = base->src;
			v.via = base->via;
			if (is_str(key) && base->src && !strchr(base->src, '['))
				v.src =
				    afmt(C, "%s['%.*s']", base->src,
				         (int)(key->n > 32 ? 32 : key->n), (const char *)key->s);
		}
		return v;
	}
	if (is_str(base) && !(base->fl & F_NUM)) {
		bool ok;
		long long k = to_int(key, &ok);
		if (ok && is_str(key)) {
			if (k < 0)
				k += base->n;
			if (k >= 0 && k < base->n) {
				struct pv v =
				    str_of(C, base->s + k, 1,
				           (F_FOLDED | (base->fl & (F_DECODED | F_ESCAPED))));
				v.how = base->how ? base->how : "string indexing";
				return v;
			}
		}
	}
	struct pv v = unk_like(base);
	v.fl &= ~(uint32_t)F_DECODED;
	return v;
}

static const char *obj_class(const struct pv *o)
{
	static char buf[32];
	(void)buf;
	if (o->k != K_OBJ || !o->s || o->n == 0 || o->n > 24)
		return NULL;
	static const char *const known[] = {"perl", "com", "lua", "v8js", "python", "ffi"};
	for (size_t i = 0; i < HS_ARRAY_LEN(known); i++)
		if (o->n == strlen(known[i]) && !memcmp(o->s, known[i], o->n))
			return known[i];
	return NULL;
}

/* Objects of the extensions that embed an interpreter or a shell (perl,
 * lua, v8js, Windows' WScript.Shell through COM): their eval/exec methods
 * are sinks. */
static bool object_sink(struct P *P, const char *cls, const char *m, struct pv *args, int nargs,
                        size_t tok)
{
	const struct pv *a0 = argp(args, nargs, 0);
	if (!strcmp(cls, "ffi"))
		return ffi_sink(P, m, args, nargs, tok);
	if (!strcmp(cls, "com")) {
		if (!strcmp(m, "exec") || !strcmp(m, "run") || !strcmp(m, "shellexecute")) {
			sink_cmd(P, a0, tok, "WScript.Shell->exec");
			return true;
		}
		return false;
	}
	if (!strcmp(m, "eval") || !strcmp(m, "executestring") || !strcmp(m, "evalfile") ||
	    !strcmp(m, "exec")) {
		if (a0->taint)
			hit(P, "php.input_to_eval", HS_SEV_CRITICAL, tok, "%s -> %s->%s()",
			    trail(P, a0), cls, m);
		return true;
	}
	return false;
}

/* ------------------------------------------- callbacks of objects */

/* new ArrayObject($a) / ArrayIterator($a): the object keeps the array (for
 * its ->uasort($callee)), and its input. */
static void new_more(struct C *C, const char *cls, struct pv *args, int nargs, struct pv *o)
{
	if (nargs < 1 || (strcmp(cls, "arrayobject") && strcmp(cls, "arrayiterator") &&
	                  strcmp(cls, "recursivearrayiterator")))
		return;
	o->a = arr_new(C);
	arr_set(C, o->a, NULL, &args[0]);
	merge_taint(o, &args[0]);
	if (args[0].k == K_ARR)
		o->taint |= arr_any(&args[0]).taint;
}

/* Class::method() of a built-in class: Closure::fromCallable($f) is $f. */
static struct pv static_more(const char *cls, const char *m, struct pv *args, int nargs)
{
	if (nargs > 0 && !strcmp(cls, "closure") && !strcmp(m, "fromcallable"))
		return args[0];
	if (!strcmp(cls, "ffi") &&
	    (!strcmp(m, "cdef") || !strcmp(m, "load") || !strcmp(m, "scope")))
		return ffi_object();
	return unk();
}

/* ------------------------------------------- magic methods */

static inline bool args_input(const struct pv *args, int nargs)
{
	for (int i = 0; i < nargs; i++)
		if (args[i].taint)
			return true;
	return false;
}

/* A method the object's class does not have, called with input: PHP calls
 * its __call($name, $args) (__callStatic for Class::m()). Only with input
 * in the arguments: nothing else can make the call a finding. */
static struct pv magic_call(struct P *P, const char *magic, const struct pv *obj,
                            const unsigned char *name, size_t nlen, struct pv *args, int nargs)
{
	struct C *C = P->C;
	bool input = args_input(args, nargs);
	char cls[64] = "";
	if (obj->k == K_OBJ && obj->s && obj->n && obj->n < sizeof(cls))
		lower_copy(cls, sizeof(cls), obj->s, obj->n);
	struct fdef *f = input ? fn_find(C, magic, cls, true) : NULL;
	if (!f)
		return unk();
	struct pv cargs[2] = {name ? str_of(C, name, nlen, 0) : unk(), unk()};
	cargs[1].k = K_ARR;
	cargs[1].a = arr_new(C);
	for (int i = 0; i < nargs; i++) {
		arr_set(C, cargs[1].a, NULL, &args[i]);
		merge_taint(&cargs[1], &args[i]);
	}
	return call_fdef(P, f, cargs, 2, NULL);
}

/* $obj->name = input: a class with __set($name, $value) gets it. */
static void magic_set(struct P *P, const struct lv *l, const struct pv *val)
{
	struct fdef *f = fn_find(P->C, "__set", NULL, true);
	if (!f)
		return;
	struct pv cargs[2] = {str_of(P->C, l->name, l->nlen, 0), *val};
	call_fdef(P, f, cargs, 2, NULL);
}

/* unserialize(input): a Serializable class's unserialize($data) gets the
 * string, __unserialize(array $data) the array it encodes. */
static void magic_unserialize(struct P *P, const struct pv *data)
{
	static const char *const names[] = {"unserialize", "__unserialize"};
	for (size_t k = 0; k < HS_ARRAY_LEN(names); k++) {
		struct fdef *f = fn_find(P->C, names[k], NULL, true);
		if (!f)
			continue;
		struct pv d = unk_like(data);
		if (k == 1) {
			d.k = K_ARR;
			d.a = arr_new(P->C);
		}
		call_fdef(P, f, &d, 1, NULL);
	}
}

/* ------------------------------------------- the Reflection API */

static bool reflect_more(struct P *P, const struct pv *obj, const char *m, struct pv *args,
                         int nargs, size_t tok, struct pv *ret);

/* [$reflection, 'invoke'] as a callee (call_user_func_array([$rf,
 * 'invoke'], [...])): the method of the Reflection object. */
static bool reflect_array_call(struct P *P, const struct pv *callee, struct pv *args, int nargs,
                               size_t tok, struct pv *ret)
{
	const struct pv *obj = &callee->a->v[0].val, *m = &callee->a->v[1].val;
	if (obj->k != K_OBJ || !(obj->fl & (F_REFLECT | F_REFLM | F_REFLC)) || !is_str(m) ||
	    m->n >= 32)
		return false;
	char lname[32];
	lower_copy(lname, sizeof(lname), m->s, m->n);
	if (obj->fl & (F_REFLM | F_REFLC))
		return reflect_more(P, obj, lname, args, nargs, tok, ret);
	struct pv fn = obj->a && obj->a->n ? obj->a->v[0].val : unk();
	if (!strcmp(lname, "invoke")) {
		*ret = invoke(P, &fn, args, nargs, tok, true);
		return true;
	}
	if (!strcmp(lname, "invokeargs")) {
		struct pv e = nargs > 0 ? arr_any(&args[0]) : unk();
		*ret = invoke(P, &fn, &e, 1, tok, true);
		return true;
	}
	return false;
}

/* new ReflectionMethod('C', 'm') / ('C::m') / ($obj, 'm'): the object
 * holds the callee as invoke() takes it; new ReflectionClass('C') /
 * ReflectionObject($o) holds the class. */
static bool reflect_new(struct C *C, const char *cls, struct pv *args, int nargs, struct pv *o)
{
	if (nargs < 1)
		return false;
	if (!strcmp(cls, "reflectionmethod")) {
		struct pv callee = args[0];
		if (nargs > 1) {
			callee = unk();
			callee.k = K_ARR;
			callee.a = arr_new(C);
			arr_set(C, callee.a, NULL, &args[0]);
			arr_set(C, callee.a, NULL, &args[1]);
		}
		o->fl |= F_REFLM;
		o->a = arr_new(C);
		arr_set(C, o->a, NULL, &callee);
		return true;
	}
	if (!strcmp(cls, "reflectionclass") || !strcmp(cls, "reflectionobject")) {
		o->fl |= F_REFLC;
		o->a = arr_new(C);
		arr_set(C, o->a, NULL, &args[0]);
		return true;
	}
	return false;
}

/* new CallbackFilterIterator($it, $cb): iterating calls $cb with each
 * element of $it, its key and the iterator (called here, once, with an
 * element of the ArrayIterator's array when it is known). */
static void new_callback_iter(struct P *P, const char *cls, struct pv *args, int nargs, size_t tok)
{
	if (nargs < 2 || (strcmp(cls, "callbackfilteriterator") &&
	                  strcmp(cls, "recursivecallbackfilteriterator")))
		return;
	struct pv e = unk_like(&args[0]);
	if (args[0].k == K_OBJ && args[0].a && args[0].a->n)
		e = cb_elem(&args[0].a->v[0].val);
	struct pv cargs[3] = {e, unk(), args[0]};
	invoke(P, &args[1], cargs, 3, tok, true);
}

/* The elements of an array argument (invokeArgs, newInstanceArgs) as
 * arguments; an unknown or input array is one unknown argument. */
static int reflect_spread(const struct pv *arr, struct pv *out, int max)
{
	int n = 0;
	if (arr->k == K_ARR && arr->a && arr->a->n)
		for (uint32_t i = 0; i < arr->a->n && n < max; i++)
			out[n++] = arr->a->v[i].val;
	else
		out[n++] = cb_elem(arr);
	return n;
}

/* The class a ReflectionClass holds, lower case ("" when unknown). */
static void reflect_class(const struct pv *obj, char *out, size_t outlen)
{
	out[0] = 0;
	const struct pv *c = obj->a && obj->a->n ? &obj->a->v[0].val : NULL;
	if (c && (is_str(c) || (c->k == K_OBJ && c->s && c->n)))
		lower_copy(out, outlen, c->s, c->n);
	if (out[0] == '\\')
		memmove(out, out + 1, strlen(out));
}

/* ReflectionMethod->invoke($obj, ...$args) / invokeArgs($obj, [$args]) /
 * getClosure(); ReflectionClass->newInstance(...$args) /
 * newInstanceArgs([$args]) (the constructor runs with them) /
 * newInstanceWithoutConstructor() / getMethod('m'): the code the API runs
 * is followed as a direct call would be. */
static bool reflect_more(struct P *P, const struct pv *obj, const char *m, struct pv *args,
                         int nargs, size_t tok, struct pv *ret)
{
	struct C *C = P->C;
	struct pv cargs[8];
	if (obj->fl & F_REFLM) {
		struct pv callee = obj->a && obj->a->n ? obj->a->v[0].val : unk();
		if (!strcmp(m, "invoke")) {
			*ret = invoke(P, &callee, nargs > 1 ? args + 1 : NULL,
			              nargs > 1 ? nargs - 1 : 0, tok, true);
			return true;
		}
		if (!strcmp(m, "invokeargs")) {
			int n = nargs > 1 ? reflect_spread(&args[1], cargs, 8) : 0;
			*ret = invoke(P, &callee, cargs, n, tok, true);
			return true;
		}
		if (!strcmp(m, "getclosure")) {
			*ret = callee;
			return true;
		}
		return false;
	}
	char cls[64];
	reflect_class(obj, cls, sizeof(cls));
	if (!strcmp(m, "getmethod") && nargs > 0) {
		struct pv callee = unk();
		callee.k = K_ARR;
		callee.a = arr_new(C);
		arr_set(C, callee.a, NULL, &obj->a->v[0].val);
		arr_set(C, callee.a, NULL, &args[0]);
		struct pv o = unk();
		o.k = K_OBJ;
		o.fl |= F_REFLM;
		o.a = arr_new(C);
		arr_set(C, o.a, NULL, &callee);
		*ret = o;
		return true;
	}
	bool with = !strcmp(m, "newinstance"), spread = !strcmp(m, "newinstanceargs");
	if (!with && !spread && strcmp(m, "newinstancewithoutconstructor"))
		return false;
	struct pv o = unk();
	o.k = K_OBJ;
	size_t cl = strlen(cls);
	unsigned char *cs = cl ? astr(C, cl) : NULL;
	if (cs) {
		memcpy(cs, cls, cl);
		o.s = cs;
		o.n = (uint32_t)cl;
	}
	struct fdef *f = cls[0] && (with || spread) ? fn_find(C, "__construct", cls, true) : NULL;
	if (f && !strcmp(f->cls, cls)) {
		int n = with ? (nargs < 8 ? nargs : 8)
		             : (nargs > 0 ? reflect_spread(&args[0], cargs, 8) : 0);
		if (with)
			for (int i = 0; i < n; i++)
				cargs[i] = args[i];
		call_fdef(P, f, cargs, n, NULL);
	}
	*ret = o;
	return true;
}

/* Methods of built-in classes that take a callee PHP calls later: sort
 * callbacks of ArrayObject/ArrayIterator (with the elements), SQL functions
 * of SQLite3/PDO (called by a query), the PHP functions an XSL stylesheet may
 * call; ReflectionFunction->getClosure() is the function. */
static bool method_more(struct P *P, const struct pv *obj, const char *m, struct pv *args,
                        int nargs, size_t tok, struct pv *ret)
{
	const struct pv *a0 = argp(args, nargs, 0), *a1 = argp(args, nargs, 1);
	if ((obj->fl & (F_REFLM | F_REFLC)) && reflect_more(P, obj, m, args, nargs, tok, ret))
		return true;
	if ((obj->fl & F_REFLECT) && !strcmp(m, "getclosure")) {
		*ret = obj->a && obj->a->n ? obj->a->v[0].val : unk();
		return true;
	}
	if (!strcmp(m, "uasort") || !strcmp(m, "uksort") || !strcmp(m, "usort")) {
		if (obj->k != K_OBJ || !obj->a || !obj->a->n)
			return false;
		struct pv e = cb_elem(&obj->a->v[0].val);
		struct pv cargs[2] = {e, e};
		invoke(P, a0, cargs, 2, tok, true);
		*ret = unk();
		return true;
	}
	if (!strcmp(m, "createfunction") || !strcmp(m, "sqlitecreatefunction") ||
	    !strcmp(m, "createaggregate") || !strcmp(m, "sqlitecreateaggregate")) {
		later_cb(P, a1, tok, 1);
		if (strstr(m, "aggregate") && nargs > 2)
			later_cb(P, &args[2], tok, 1); /* an aggregate's final step */
		*ret = unk();
		return true;
	}
	if (!strcmp(m, "registerphpfunctions")) {
		/* a name or a list of names the stylesheet may call */
		if (a0->k == K_ARR && a0->a)
			for (uint32_t i = 0; i < a0->a->n && i < 16; i++)
				later_cb(P, &a0->a->v[i].val, tok, 1);
		else
			later_cb(P, a0, tok, 1);
		*ret = unk();
		return true;
	}
	return false;
}

/* `new X(args)` */
static struct pv parse_new(struct P *P)
{
	struct C *C = P->C;
	size_t tok = P->i;
	P->i++;
	char cls[64] = "";
	struct pv cname = unk();
	if (T(P)->type == PT_IDENT && !word(P, "class")) {
		const unsigned char *b;
		size_t bn;
		base_name(tval(P, T(P)), T(P)->vlen, &b, &bn);
		lower_copy(cls, sizeof(cls), b, bn);
		P->i++;
	} else if (word(P, "class")) {
		/* an anonymous class: its methods were declared by the pre-pass */
		P->i++;
		if (op(P, "("))
			skip_group(P);
		while (P->i < P->end && !op(P, "{"))
			P->i++;
		if (op(P, "{"))
			skip_group(P);
		struct pv o = unk();
		o.k = K_OBJ;
		return o;
	} else if (T(P)->type == PT_VAR) {
		cname = get_var(P, tval(P, T(P)), T(P)->vlen);
		P->i++;
		if (is_str(&cname))
			lower_copy(cls, sizeof(cls), cname.s, cname.n);
	} else if (op(P, "(")) {
		P->i++;
		cname = expr(P, 0);
		accept(P, ")");
		if (is_str(&cname))
			lower_copy(cls, sizeof(cls), cname.s, cname.n);
	}
	struct pv args[MAX_ARGS];
	int nargs = 0;
	if (op(P, "("))
		nargs = parse_args(P, args, NULL);
	struct pv o = unk();
	o.k = K_OBJ;
	if (cls[0]) {
		/* the class, for the methods that run code: perl->eval, COM->exec */
		size_t cl = strlen(cls);
		unsigned char *cs = astr(C, cl);
		if (cs) {
			memcpy(cs, cls, cl);
			o.s = cs;
			o.n = (uint32_t)cl;
		}
	}
	if (!strcmp(cls, "reflectionfunction") && nargs > 0) {
		o.fl |= F_REFLECT;
		o.fn = NULL;
		o.a = arr_new(C);
		arr_set(C, o.a, NULL, &args[0]);
		return o;
	}
	if (reflect_new(C, cls, args, nargs, &o))
		return o;
	new_callback_iter(P, cls, args, nargs, tok);
	new_more(C, cls, args, nargs, &o);
	if (cls[0]) {
		struct fdef *f = fn_find(C, "__construct", cls, true);
		if (f && !strcmp(f->cls, cls))
			call_fdef(P, f, args, nargs, NULL);
	}
	(void)tok;
	return o;
}

/* A closure made here, for the uncalled pass: a closure given to a hook
 * (add_action, add_filter, register_activation_hook, a router's table) is
 * called by the framework, never by the file. The same closure made again
 * (a function evaluated twice) is kept once. */
#define CLOSURES_MAX 64

static void closure_note(struct C *C, const struct pv *v)
{
	for (int i = 0; i < C->nclosures; i++)
		if (C->closures[i].fn->lx == v->fn->lx &&
		    C->closures[i].fn->body_b == v->fn->body_b)
			return;
	if (!C->closures)
		C->closures = amem(C, CLOSURES_MAX * sizeof(*C->closures));
	if (C->closures && C->nclosures < CLOSURES_MAX)
		C->closures[C->nclosures++] = *v;
}

/* function (...) use (...) { ... } and fn (...) => expr */
static struct pv parse_closure(struct P *P)
{
	struct C *C = P->C;
	bool arrow = word(P, "fn");
	P->i++;
	accept(P, "&");
	struct pv v = unk();
	if (!op(P, "("))
		return v;
	struct fdef *f = amem(C, sizeof(*f));
	f->lx = P->lx;
	f->layer = P->layer;
	parse_params(P, f);
	struct pv cap = unk();
	if (word(P, "use") && opa(P, 1, "(")) {
		P->i++;
		size_t close = T(P)->match;
		P->i++;
		cap.k = K_ARR;
		cap.a = arr_new(C);
		while (P->i < close && P->i < P->end) {
			if (T(P)->type == PT_VAR) {
				struct pv k = str_ref(tval(P, T(P)), T(P)->vlen, 0);
				struct pv val = get_var(P, k.s, k.n);
				arr_set(C, cap.a, &k, &val);
			}
			P->i++;
		}
		P->i = close + 1 <= P->end ? close + 1 : P->end;
	}
	if (arrow) {
		if (accept(P, ":"))
			while (P->i < P->end && is_type_word(P) && !op(P, "=>"))
				P->i++;
		accept(P, "=>");
		f->arrow = true;
		f->body_b = P->i;
		/* the expression ends at a ',' ';' or closing bracket at its level */
		while (P->i < P->end) {
			if (op(P, "(") || op(P, "[") || op(P, "{")) {
				skip_group(P);
				continue;
			}
			if (op(P, ",") || op(P, ";") || op(P, ")") || op(P, "]") || op(P, "}") ||
			    T(P)->type == PT_CLOSE)
				break;
			P->i++;
		}
		f->body_e = P->i;
		/* arrow functions see the enclosing scope by value */
		cap.k = K_ARR;
		if (!cap.a)
			cap.a = arr_new(C);
		for (size_t k = 0; k < P->sc->vars.cap && cap.a->n < 64; k++) {
			struct var *vv = &P->sc->vars.t[k];
			if (vv->hash && (vv->v.taint || vv->v.k == K_STR)) {
				struct pv key = str_ref(vv->name, vv->nlen, 0);
				arr_set(C, cap.a, &key, &vv->v);
			}
		}
	} else {
		parse_body(P, f);
	}
	v.k = K_FUNC;
	v.fn = f;
	v.a = cap.a;
	closure_note(C, &v);
	return v;
}

/* [a, b, 'k' => c] or array(...): the literal, element by element. When
 * it is the target of an assignment ([$a, $b] = ...), lvs collects the
 * places. */
static struct pv parse_array(struct P *P, size_t close, struct lv *lvs, struct pv *lkeys, int *nlv)
{
	struct C *C = P->C;
	struct pv r = unk();
	r.k = K_ARR;
	r.a = arr_new(C);
	while (P->i < close && !C->stop) {
		if (op(P, ",")) {
			P->i++;
			if (nlv && *nlv < 16) {
				lv_none(&lvs[*nlv]);
				lkeys[*nlv] = unk();
				(*nlv)++;
			}
			continue;
		}
		bool spread = accept(P, "...");
		accept(P, "&");
		size_t before = P->i;
		struct lv l;
		lv_none(&l);
		struct pv v = unary(P, &l);
		if (P->i < close && !op(P, ",") && !op(P, "=>")) {
			lv_none(&l);
			v = expr_rest(P, v, 0, P->C->validations);
		}
		struct pv key = unk();
		bool has_key = false;
		if (accept(P, "=>")) {
			key = v;
			has_key = true;
			accept(P, "&");
			before = P->i;
			lv_none(&l);
			v = unary(P, &l);
			if (P->i < close && !op(P, ",")) {
				lv_none(&l);
				v = expr_rest(P, v, 0, P->C->validations);
			}
		}
		if (spread) {
			if (v.k == K_ARR && v.a && !(v.fl & F_SUPER))
				for (uint32_t i = 0; i < v.a->n; i++)
					arr_set(C, r.a, NULL, &v.a->v[i].val);
			else
				merge_taint(&r, &v);
		} else if (has_key && key.k == K_STR) {
			arr_set(C, r.a, &key, &v);
		} else if (!has_key) {
			arr_set(C, r.a, NULL, &v);
		}
		if (v.taint && !r.taint)
			merge_taint(&r, &v);
		if (has_key && key.taint && !r.taint)
			merge_taint(&r, &key); /* array($_POST['k'] => 1): the keys are input */
		if (nlv && *nlv < 16) {
			lvs[*nlv] = l;
			lkeys[*nlv] = has_key ? key : unk();
			(*nlv)++;
		}
		if (P->i == before)
			P->i++;
		while (P->i < close && !op(P, ","))
			P->i++;
		if (op(P, ","))
			P->i++;
	}
	P->i = close < P->end ? close + 1 : P->end;
	return r;
}

static void destructure(struct P *P, struct lv *lvs, struct pv *lkeys, int n, const struct pv *v)
{
	for (int i = 0; i < n; i++) {
		if (lvs[i].kind == LV_NONE)
			continue;
		struct pv e;
		if (lkeys[i].k == K_STR)
			e = index_val(P, v, &lkeys[i]);
		else {
			struct pv k = num_of(P->C, i);
			e = index_val(P, v, &k);
		}
		assign(P, &lvs[i], &e);
	}
}

static bool is_assign_op(const struct P *P);

/* An array literal whose contents start at P->i, or the targets of a
 * destructuring assignment ([$a, $b] = ..., list(...) = ...). Its own
 * function: the places it collects are large, and the expression parser
 * recurses through postfix(). */
static __attribute__((noinline)) struct pv array_literal(struct P *P, size_t close, bool may_assign)
{
	struct lv lvs[16];
	struct pv lkeys[16];
	int nlv = 0;
	struct pv v = parse_array(P, close, lvs, lkeys, &nlv);
	if (may_assign && is_assign_op(P) && op(P, "=")) {
		P->i++;
		struct pv rhs = expr(P, 4);
		destructure(P, lvs, lkeys, nlv, &rhs);
		v = rhs;
	}
	return v;
}

static bool is_assign_op(const struct P *P)
{
	const struct php_token *t = T(P);
	if (t->type != PT_OP)
		return false;
	const unsigned char *s = P->lx->src + t->off;
	if (s[t->oplen - 1] != '=')
		return false;
	if (t->oplen == 1)
		return true;
	/* "==", "!=", "<=", ">=", "===", "!==" compare; the rest assign */
	unsigned char c = s[0];
	if (t->oplen == 2)
		return c != '=' && c != '!' && c != '<' && c != '>';
	return (c == '<' && s[1] == '<') || (c == '>' && s[1] == '>') ||
	       (c == '*' && s[1] == '*') || (c == '?' && s[1] == '?');
}

/* The value of `name` as a bare word: constants, the magic ones, or the
 * name itself (PHP < 8 read an undefined constant as its name). */
static struct pv constant_value(struct P *P, const unsigned char *s, size_t n)
{
	struct C *C = P->C;
	static const char *const falsy[] = {"false", "null"};
	if (name_eq(s, n, (const unsigned char *)"true", 4, true))
		return str_ref((const unsigned char *)"1", 1, F_NUM);
	for (size_t i = 0; i < 2; i++)
		if (name_eq(s, n, (const unsigned char *)falsy[i], strlen(falsy[i]), true))
			return str_ref((const unsigned char *)"", 0, F_NUM);
	if (n == 7 && !memcmp(s, "PHP_EOL", 7))
		return str_ref((const unsigned char *)"\n", 1, 0);
	if (n == 19 && !memcmp(s, "DIRECTORY_SEPARATOR", 19))
		return str_ref((const unsigned char *)"/", 1, 0);
	struct var *v = map_find(&C->consts, s, n, false, false);
	if (v)
		return v->v;
	if (n >= 4 && s[0] == '_' && s[1] == '_')
		return unk(); /* __FILE__, __DIR__, __LINE__ ... */
	struct pv r = str_ref(s, n, F_FOLDED);
	r.how = "a bare word";
	return r;
}

/* A call at P->i (the parenthesis): of the function named by the word
 * before it, or of the value v (a dynamic call). Its own function, for
 * the stack: the arguments and their places are large. */
static __attribute__((noinline)) struct pv call_at(struct P *P, const struct pv *vp,
                                                   bool callable_name, const unsigned char *fname,
                                                   size_t fnlen, size_t start)
{
	struct C *C = P->C;
	struct pv v = *vp;
	size_t tok = P->i;
	struct pv args[MAX_ARGS];
	struct lv alv[MAX_ARGS];
	int nargs = parse_args(P, args, alv);
	if (callable_name) {
		callable_name = false;
		const unsigned char *b;
		size_t bn;
		base_name(fname, fnlen, &b, &bn);
		char lname[64];
		lower_copy(lname, sizeof(lname), b, bn);
		struct fdef *f = bn < 64 ? fn_find(C, lname, NULL, false) : NULL;
		if (f) {
			v = call_fdef(P, f, args, nargs, NULL);
			byref_back(P, f, alv, nargs);
		} else {
			v = call_builtin(P, lname, args, nargs, alv, start, false, NULL);
			cred_call(P, lname, args, nargs, start, &v);
		}
	} else {
		struct pv callee = v;
		if (callee.fl & F_REFLECT)
			callee = unk();
		v = invoke(P, &callee, args, nargs, tok, false);
	}
	return v;
}

/* The primary expression and everything postfix: calls, indexing,
 * properties, methods, assignment. lv receives the place when it is one. */
static struct pv postfix(struct P *P, struct lv *lv)
{
	struct C *C = P->C;
	struct lv l;
	lv_none(&l);
	struct pv v = unk();
	const struct php_token *t = T(P);
	size_t start = P->i;
	bool callable_name = false; /* v is a function name written as a word */
	const unsigned char *fname = NULL;
	size_t fnlen = 0;

	if (!budget(P))
		return v;
	switch (t->type) {
	case PT_VAR: {
		const unsigned char *name = tval(P, t);
		v = get_var(P, name, t->vlen);
		l.kind = LV_VAR;
		l.name = name;
		l.nlen = t->vlen;
		l.sc = P->sc;
		P->i++;
		break;
	}
	case PT_DOLLAR: {
		/* $$x, ${expr}: the name is a value */
		P->i++;
		struct pv name;
		if (op(P, "{")) {
			size_t close = T(P)->match;
			P->i++;
			name = expr(P, 0);
			P->i = close > P->i - 1 && close < P->end ? close + 1 : P->i;
		} else if (T(P)->type == PT_VAR) {
			name = get_var(P, tval(P, T(P)), T(P)->vlen);
			P->i++;
		} else if (T(P)->type == PT_DOLLAR && P->depth < 64) {
			P->depth++;
			name = postfix(P, NULL);
			P->depth--;
		} else {
			name = unk();
		}
		if (is_str(&name) && name.n) {
			v = get_var(P, name.s, name.n);
			l.kind = LV_VAR;
			l.name = name.s;
			l.nlen = name.n;
			l.sc = P->sc;
			if (superglobal(name.s, name.n) >= 0 && (name.fl & BUILT))
				v.via =
				    afmt(C, "${'%.*s'} (built)", (int)name.n, (const char *)name.s);
		} else {
			v = unk();
			if (name.taint) {
				/* $$_GET['x']: a variable the request names */
				v.taint = name.taint;
				v.src = name.src;
			} else if (P->sc->extract_taint) {
				v.taint = P->sc->extract_taint;
				v.src = P->sc->extract_src;
			}
			l.kind = LV_VARVAR;
		}
		break;
	}
	case PT_STR:
		v = str_ref(tval(P, t), t->vlen,
		            (uint16_t)(((t->flags & PTF_ESCAPED) ? F_ESCAPED : 0) | F_PLAIN));
		P->i++;
		break;
	case PT_NUM: {
		const unsigned char *s = P->lx->src + t->off;
		char tmp[40];
		size_t k = 0;
		for (uint32_t i = 0; i < t->len && k < sizeof(tmp) - 1; i++)
			if (s[i] != '_')
				tmp[k++] = (char)s[i];
		tmp[k] = 0;
		char *e;
		long long x = strtoll(tmp, &e, 0);
		if (k > 1 && tmp[0] == '0' && (tmp[1] == 'b' || tmp[1] == 'B'))
			x = strtoll(tmp + 2, &e, 2);
		else if (k > 1 && tmp[0] == '0' && (tmp[1] == 'o' || tmp[1] == 'O'))
			x = strtoll(tmp + 2, &e, 8);
		if (*e == '\0')
			v = num_of(C, x);
		else
			v = str_of(C, tmp, k, F_NUM);
		P->i++;
		break;
	}
	case PT_ISTR_BEGIN:
	case PT_BT_BEGIN: {
		bool bt = t->type == PT_BT_BEGIN;
		P->i++;
		v = str_ref((const unsigned char *)"", 0, 0);
		bool first = true;
		while (P->i < P->end && T(P)->type != PT_ISTR_END && T(P)->type != PT_BT_END &&
		       !C->stop) {
			struct pv part;
			size_t before = P->i;
			if (T(P)->type == PT_STR) {
				const struct php_token *pt = T(P);
				part =
				    str_ref(tval(P, pt), pt->vlen,
				            (uint16_t)((pt->flags & PTF_ESCAPED) ? F_ESCAPED : 0));
				P->i++;
			} else if (op(P, "{")) {
				size_t close = T(P)->match;
				P->i++;
				bool was = P->in_str;
				P->in_str = false;
				part = expr(P, 0);
				P->in_str = was;
				P->i = close > before && close < P->end ? close + 1 : P->i;
			} else {
				bool was = P->in_str;
				P->in_str = true;
				part = postfix(P, NULL);
				P->in_str = was;
			}
			if (P->i == before)
				P->i++;
			v = first && is_str(&part) ? part : concat(P, &v, &part);
			first = false;
		}
		if (!first && v.k == K_STR)
			v.fl |= F_FOLDED;
		P->i++;
		if (bt)
			sink_cmd(P, &v, start, "backticks");
		break;
	}
	case PT_OP:
		if (op(P, "(")) {
			size_t close = t->match;
			/* a cast: (int) (string) ... */
			if (TA(P, 1)->type == PT_IDENT && opa(P, 2, ")") && close == P->i + 2) {
				static const char *const casts[] = {
				    "int", "integer", "bool", "boolean", "float", "double", "real"};
				const struct php_token *ct = TA(P, 1);
				bool numeric = false;
				for (size_t k = 0; k < HS_ARRAY_LEN(casts); k++)
					numeric |= php_tok_word(P->lx, ct, casts[k]);
				bool known = numeric || php_tok_word(P->lx, ct, "string") ||
				             php_tok_word(P->lx, ct, "array") ||
				             php_tok_word(P->lx, ct, "object") ||
				             php_tok_word(P->lx, ct, "binary") ||
				             php_tok_word(P->lx, ct, "unset");
				if (known) {
					P->i += 3;
					struct pv x = unary(P, NULL);
					if (numeric) {
						bool ok;
						long long n = to_int(&x, &ok);
						v = ok && is_str(&x) ? num_of(C, n) : unk();
					} else {
						v = x;
					}
					lv_none(lv);
					return v;
				}
			}
			P->i++;
			v = expr(P, 0);
			P->i = close > start && close < P->end ? close + 1 : P->i;
			if (op(P, "=") || op(P, ".=")) {
				/* not an lvalue */
			}
		} else if (op(P, "[")) {
			size_t close = t->match;
			P->i++;
			v = array_literal(P, close > start ? close : P->end, true);
		} else if (op(P, "&")) {
			P->i++;
			return postfix(P, lv);
		} else if (op(P, "-") || op(P, "+")) {
			bool neg = op(P, "-");
			P->i++;
			struct pv x = unary(P, NULL);
			bool ok;
			long long n = to_int(&x, &ok);
			if (ok && is_str(&x))
				v = num_of(C, neg ? -n : n);
			else
				v = unk_like(&x);
			lv_none(lv);
			return v;
		} else {
			P->i++; /* stray punctuation */
			lv_none(lv);
			return v;
		}
		break;
	case PT_IDENT: {
		if ((word(P, "array") || word(P, "list")) && opa(P, 1, "(")) {
			size_t close = TA(P, 1)->match;
			bool list = word(P, "list");
			P->i += 2;
			v = array_literal(P, close > start ? close : P->end, list);
			break;
		}
		if (word(P, "new")) {
			v = parse_new(P);
			break;
		}
		if (word(P, "function") || word(P, "fn")) {
			v = parse_closure(P);
			break;
		}
		if (word(P, "static") && TA(P, 1)->type == PT_IDENT &&
		    (php_tok_word(P->lx, TA(P, 1), "function") ||
		     php_tok_word(P->lx, TA(P, 1), "fn"))) {
			P->i++;
			v = parse_closure(P);
			break;
		}
		if ((word(P, "isset") || word(P, "empty")) && opa(P, 1, "(")) {
			P->i++;
			struct pv args[MAX_ARGS];
			parse_args(P, args, NULL);
			v = unk();
			break;
		}
		if ((word(P, "exit") || word(P, "die"))) {
			P->i++;
			if (op(P, "("))
				skip_group(P);
			break;
		}
		const unsigned char *name = tval(P, t);
		size_t nlen = t->vlen;
		P->i++;
		if (op(P, "(")) {
			fname = name;
			fnlen = nlen;
			callable_name = true;
			v = unk();
		} else if (op(P, "::")) {
			/* Class::CONST, Class::$prop, Class::method() */
			P->i++;
			if (T(P)->type == PT_VAR) {
				l.kind = LV_PROP;
				l.name = tval(P, T(P));
				l.nlen = T(P)->vlen;
				struct var *pv = map_find(&C->props, l.name, l.nlen, false, false);
				v = pv ? pv->v : unk();
				P->i++;
			} else if (T(P)->type == PT_IDENT) {
				const unsigned char *m = tval(P, T(P));
				size_t ml = T(P)->vlen;
				P->i++;
				if (op(P, "(")) {
					char lname[64], cls[64];
					lower_copy(lname, sizeof(lname), m, ml);
					const unsigned char *b;
					size_t bn;
					base_name(name, nlen, &b, &bn);
					lower_copy(cls, sizeof(cls), b, bn);
					struct pv args[MAX_ARGS];
					int nargs = parse_args(P, args, NULL);
					struct fdef *f = fn_find(C, lname, cls, true);
					v = f ? call_fdef(P, f, args, nargs, NULL)
					      : static_more(cls, lname, args, nargs);
					if (!f && v.k == K_UNK && !v.taint &&
					    args_input(args, nargs))
						v = magic_call(
						    P, "__callstatic",
						    &(struct pv){.k = K_OBJ,
						                 .s = (const unsigned char *)cls,
						                 .n = (uint32_t)strlen(cls)},
						    m, ml, args, nargs);
				} else if (name_eq(m, ml, (const unsigned char *)"class", 5,
				                   true)) {
					v = str_ref(name, nlen, 0);
				} else {
					struct var *cv = map_find(&C->consts, m, ml, false, false);
					v = cv ? cv->v : unk();
				}
			}
		} else {
			v = constant_value(P, name, nlen);
		}
		break;
	}
	default:
		P->i++;
		lv_none(lv);
		return v;
	}

	/* postfix operators */
	while (P->i < P->end && !C->stop) {
		const struct php_token *pt = T(P);
		if (!budget(P))
			break;
		if (op(P, "[") || (op(P, "{") && !P->in_str && P->i > 0 &&
		                   P->lx->t[P->i - 1].off + P->lx->t[P->i - 1].len == pt->off &&
		                   (P->lx->t[P->i - 1].type == PT_VAR ||
		                    php_tok_op(P->lx, &P->lx->t[P->i - 1], "]")))) {
			size_t close = pt->match;
			if (close <= P->i || close >= P->end)
				break;
			P->i++;
			struct pv key = unk();
			bool append = P->i == close;
			if (!append)
				key = expr(P, 0);
			P->i = close + 1;
			if (callable_name) {
				callable_name = false;
				v = constant_value(P, fname, fnlen);
			}
			if (l.kind != LV_NONE && l.nkeys < 4 && !l.deep) {
				l.keys[l.nkeys] = key;
				l.append[l.nkeys] = append;
				l.nkeys++;
			} else if (l.kind != LV_NONE) {
				l.deep = true;
			}
			if (l.kind == LV_VAR && l.nkeys == 1 && l.nlen == 7 &&
			    !memcmp(l.name, "GLOBALS", 7) && is_str(&key)) {
				/* $GLOBALS['x'] is the global $x */
				l.name = key.s;
				l.nlen = key.n;
				l.sc = &C->global;
				l.nkeys = 0;
			}
			v = append ? unk() : index_val(P, &v, &key);
			continue;
		}
		if (op(P, "(")) {
			v = call_at(P, &v, callable_name, fname, fnlen, start);
			callable_name = false;
			lv_none(&l);
			continue;
		}
		if (op(P, "->") || op(P, "?->")) {
			struct pv obj = v;
			P->i++;
			const unsigned char *pname = NULL;
			size_t plen = 0;
			struct pv dyn = unk();
			if (T(P)->type == PT_IDENT) {
				pname = tval(P, T(P));
				plen = T(P)->vlen;
				P->i++;
			} else if (T(P)->type == PT_VAR) {
				dyn = get_var(P, tval(P, T(P)), T(P)->vlen);
				P->i++;
			} else if (op(P, "{")) {
				size_t close = T(P)->match;
				P->i++;
				dyn = expr(P, 0);
				P->i = close < P->end && close >= P->i ? close + 1 : P->i;
			}
			if (!pname && is_str(&dyn)) {
				pname = dyn.s;
				plen = dyn.n;
			}
			if (op(P, "(")) {
				size_t tok = P->i;
				struct pv args[MAX_ARGS];
				int nargs = parse_args(P, args, NULL);
				v = unk();
				if ((obj.fl & F_REFLECT) && pname &&
				    (name_eq(pname, plen, (const unsigned char *)"invoke", 6,
				             true) ||
				     name_eq(pname, plen, (const unsigned char *)"invokeargs", 10,
				             true))) {
					struct pv callee =
					    obj.a && obj.a->n ? obj.a->v[0].val : unk();
					if (name_eq(pname, plen,
					            (const unsigned char *)"invokeargs", 10,
					            true) &&
					    nargs > 0) {
						struct pv e = arr_any(&args[0]);
						v = invoke(P, &callee, &e, 1, tok, true);
					} else {
						v = invoke(P, &callee, args, nargs, tok, true);
					}
				} else if (pname && plen < 64) {
					char lname[64];
					lower_copy(lname, sizeof(lname), pname, plen);
					struct fdef *f = fn_find(C, lname, NULL, true);
					const char *oc = obj_class(&obj);
					if (!f)
						cred_method(P, lname, args, nargs, tok);
					if (oc && !f && object_sink(P, oc, lname, args, nargs, tok))
						;
					else if (!f &&
					         method_more(P, &obj, lname, args, nargs, tok, &v))
						;
					else if (f)
						v = call_fdef(P, f, args, nargs, NULL);
					else if (!strcmp(lname, "send") ||
					         !strcmp(lname, "sendmail") ||
					         !strcmp(lname, "smtpsend") ||
					         !strcmp(lname, "mailsend"))
						sink_mail(P, tok, "->send()");
					else if (args_input(args, nargs))
						v = magic_call(P, "__call", &obj, pname, plen, args,
						               nargs);
				}
				lv_none(&l);
				continue;
			}
			if (pname) {
				l.kind = LV_PROP;
				l.name = pname;
				l.nlen = (uint32_t)plen;
				l.nkeys = 0;
				l.deep = false;
				struct var *pv = map_find(&C->props, pname, plen, false, false);
				v = pv ? pv->v : unk();
				if (!pv && C->props_taint) {
					v.taint = C->props_taint;
					v.src = C->props_src;
				}
			} else {
				lv_none(&l);
				v = unk();
			}
			continue;
		}
		if (op(P, "::") && (TA(P, 1)->type == PT_IDENT || TA(P, 1)->type == PT_VAR)) {
			/* $obj::CONST / $cls::method() */
			P->i++;
			const struct php_token *mt = T(P);
			P->i++;
			if (mt->type == PT_IDENT && op(P, "(")) {
				struct pv args[MAX_ARGS];
				int nargs = parse_args(P, args, NULL);
				char lname[64];
				lower_copy(lname, sizeof(lname), tval(P, mt), mt->vlen);
				struct fdef *f = fn_find(C, lname, NULL, true);
				v = f ? call_fdef(P, f, args, nargs, NULL) : unk();
			} else {
				v = unk();
			}
			lv_none(&l);
			continue;
		}
		if (op(P, "++") || op(P, "--")) {
			bool inc = op(P, "++");
			P->i++;
			if (l.kind != LV_NONE) {
				struct pv nv = incdec(C, &v, inc);
				assign(P, &l, &nv);
			}
			lv_none(&l);
			continue; /* the value is the old one */
		}
		break;
	}
	if (callable_name) {
		/* a word that was not called after all */
		v = constant_value(P, fname, fnlen);
	}

	/* assignment */
	if (l.kind != LV_NONE && is_assign_op(P)) {
		const struct php_token *at = T(P);
		P->i++;
		bool ref = accept(P, "&");
		(void)ref;
		struct pv rhs = expr(P, 4);
		struct pv val = rhs;
		if (!php_tok_op(P->lx, at, "=")) {
			char o[4] = {0};
			memcpy(o, P->lx->src + at->off, at->oplen - 1 < 3 ? at->oplen - 1 : 3);
			if (!strcmp(o, "."))
				val = concat(P, &v, &rhs);
			else if (!strcmp(o, "^") || !strcmp(o, "|") || !strcmp(o, "&"))
				val = bitwise(P, &v, &rhs, o[0]);
			else if (!strcmp(o, "??"))
				val = v.k != K_UNK || v.taint ? v : rhs;
			else
				val = arith(P, &v, &rhs, o);
		}
		assign(P, &l, &val);
		if (l.kind == LV_PROP && val.taint && !l.nkeys)
			magic_set(P, &l, &val);
		lv_none(lv);
		return val;
	}
	if (lv)
		*lv = l;
	return v;
}

static struct pv unary(struct P *P, struct lv *lv)
{
	struct C *C = P->C;
	lv_none(lv);
	if (!budget(P))
		return unk();
	if (C->depth >= MAX_DEPTH) {
		/* too deep: this part is not understood, the rest of the file is */
		C->res->truncated = true;
		if (op(P, "(") || op(P, "[") || op(P, "{"))
			skip_group(P);
		else
			P->i++;
		return unk();
	}
	C->depth++;
	struct pv v;
	size_t tok = P->i;
	if (op(P, "!")) {
		P->i++;
		struct pv x = expr(P, 18);
		(void)x;
		v = unk();
	} else if (op(P, "~")) {
		P->i++;
		struct pv x = unary(P, NULL);
		if (is_str(&x) && !(x.fl & F_NUM)) {
			struct fbuf *fb = &C->fb;
			fbuf_reset(fb, fold_room(C));
			bool ok = true;
			for (uint32_t i = 0; i < x.n && ok; i++) {
				unsigned char c = (unsigned char)~x.s[i];
				ok = fbuf_put(fb, &c, 1);
			}
			v = ok ? from_fb(P, F_FOLDED | F_DECODED, "bitwise not", NULL) : unk();
		} else {
			bool ok;
			long long n = to_int(&x, &ok);
			v = ok && is_str(&x) ? num_of(C, ~n) : unk_like(&x);
		}
	} else if (op(P, "@")) {
		P->i++;
		v = unary(P, lv);
	} else if (op(P, "++") || op(P, "--")) {
		bool inc = op(P, "++");
		P->i++;
		struct lv l2;
		lv_none(&l2);
		struct pv x = unary(P, &l2);
		v = incdec(P->C, &x, inc);
		if (l2.kind != LV_NONE)
			assign(P, &l2, &v);
	} else if (T(P)->type == PT_IDENT && (word(P, "include") || word(P, "include_once") ||
	                                      word(P, "require") || word(P, "require_once"))) {
		char what[16];
		lower_copy(what, sizeof(what), tval(P, T(P)), T(P)->vlen);
		P->i++;
		struct pv x = expr(P, 4);
		sink_include(P, &x, tok, what);
		v = unk();
	} else if (T(P)->type == PT_IDENT &&
	           (word(P, "print") || word(P, "yield") || word(P, "throw") || word(P, "clone"))) {
		P->i++;
		if (word(P, "from"))
			P->i++;
		struct pv x = expr(P, 4);
		v = unk_like(&x);
	} else if (T(P)->type == PT_IDENT && word(P, "eval") && opa(P, 1, "(")) {
		P->i++;
		struct pv args[MAX_ARGS];
		int nargs = parse_args(P, args, NULL);
		sink_code(P, argp(args, nargs, 0), tok, "eval");
		v = unk();
	} else if (T(P)->type == PT_IDENT && word(P, "match") && opa(P, 1, "(")) {
		P->i++;
		size_t close = T(P)->match;
		P->i++;
		expr(P, 0);
		P->i = close < P->end ? close + 1 : P->end;
		v = unk();
		if (op(P, "{")) {
			size_t bclose = T(P)->match;
			P->i++;
			while (P->i < bclose && P->i < P->end && !C->stop) {
				size_t before = P->i;
				struct pv x = expr(P, 0);
				merge_taint(&v, &x);
				if (P->i == before)
					P->i++;
			}
			P->i = bclose < P->end ? bclose + 1 : P->end;
		}
	} else if (T(P)->type == PT_ATTR) {
		skip_group(P);
		v = unary(P, lv);
	} else {
		v = postfix(P, lv);
	}
	C->depth--;
	return v;
}

/* Binary operators: precedence (higher binds tighter) and associativity. */
static int binop(const struct P *P, const char **name, bool *right)
{
	static const struct {
		const char *op;
		int prec;
		bool right;
	} ops[] = {
	    {"or", 1, false},          {"xor", 2, false},  {"and", 3, false}, {"?", 5, false},
	    {"??", 6, true},           {"||", 7, false},   {"&&", 8, false},  {"|", 9, false},
	    {"^", 10, false},          {"&", 11, false},   {"==", 12, false}, {"!=", 12, false},
	    {"===", 12, false},        {"!==", 12, false}, {"<>", 12, false}, {"<=>", 12, false},
	    {"<", 13, false},          {"<=", 13, false},  {">", 13, false},  {">=", 13, false},
	    {".", 14, false},          {"<<", 15, false},  {">>", 15, false}, {"+", 16, false},
	    {"-", 16, false},          {"*", 17, false},   {"/", 17, false},  {"%", 17, false},
	    {"instanceof", 19, false}, {"**", 20, true},
	};
	const struct php_token *t = T(P);
	if (t->type != PT_OP && t->type != PT_IDENT)
		return -1;
	if (t->type == PT_IDENT && (t->len < 2 || t->len > 10))
		return -1;
	const unsigned char *ts = P->lx->src + t->off;
	size_t tl = t->type == PT_OP ? t->oplen : t->len;
	for (size_t i = 0; i < HS_ARRAY_LEN(ops); i++) {
		const char *o = ops[i].op;
		bool is_word = o[0] >= 'a';
		if (is_word != (t->type == PT_IDENT) ||
		    (unsigned char)(ts[0] | (is_word ? 0x20 : 0)) != (unsigned char)o[0])
			continue;
		if (is_word ? php_tok_word(P->lx, t, o) : (strlen(o) == tl && !memcmp(ts, o, tl))) {
			*name = o;
			*right = ops[i].right;
			return ops[i].prec;
		}
	}
	return -1;
}

/* The binary operators after a left operand v already parsed. */
static struct pv expr_rest(struct P *P, struct pv v, int minprec, unsigned valid0)
{
	struct C *C = P->C;
	while (!C->stop) {
		const char *o;
		bool right;
		int prec = binop(P, &o, &right);
		if (prec < 0 || prec < minprec)
			break;
		P->i++;
		if (!strcmp(o, "?")) {
			/* ternary: a ? b : c, or a ?: c */
			struct pv b = v;
			if (!op(P, ":"))
				b = expr(P, 5);
			accept(P, ":");
			struct pv c = expr(P, 6);
			/* either branch: keep a known one, join the taint */
			struct pv r = is_str(&b) ? b : is_str(&c) ? c : unk();
			if (!is_str(&b) || !is_str(&c) || b.n != c.n || memcmp(b.s, c.s, b.n)) {
				if (is_str(&b) && is_str(&c))
					r = b; /* two known branches: the first one */
			}
			/* is_numeric($x) ? $x : 6 -- a condition that validated: what
			 * comes out is not free input */
			if (C->validations == valid0) {
				merge_taint(&r, &b);
				merge_taint(&r, &c);
			} else {
				r.taint = 0;
			}
			v = r;
			continue;
		}
		struct pv rhs = expr(P, right ? prec : prec + 1);
		if (!strcmp(o, "."))
			v = concat(P, &v, &rhs);
		else if (!strcmp(o, "^") || !strcmp(o, "|") || !strcmp(o, "&"))
			v = bitwise(P, &v, &rhs, o[0]);
		else if (!strcmp(o, "??"))
			v = v.k != K_UNK || v.taint ? v : rhs;
		else if (!strcmp(o, "+") || !strcmp(o, "-") || !strcmp(o, "*") || !strcmp(o, "/") ||
		         !strcmp(o, "%") || !strcmp(o, "<<") || !strcmp(o, ">>") ||
		         !strcmp(o, "**"))
			v = arith(P, &v, &rhs, o);
		else if (!strcmp(o, "or") || !strcmp(o, "||") || !strcmp(o, "and") ||
		         !strcmp(o, "&&") || !strcmp(o, "xor"))
			v = unk(); /* a boolean carries no payload */
		else
			v = compare(P, &v, &rhs, o);
	}
	return v;
}

static struct pv expr(struct P *P, int minprec)
{
	struct C *C = P->C;
	if (C->depth >= MAX_DEPTH) {
		C->res->truncated = true;
		if (op(P, "(") || op(P, "[") || op(P, "{"))
			skip_group(P);
		else
			P->i++;
		return unk();
	}
	C->depth++;
	unsigned valid0 = C->validations;
	struct pv v = unary(P, NULL);
	v = expr_rest(P, v, minprec, valid0);
	C->depth--;
	return v;
}

/* ------------------------------------------------------------- statements */

/* A parenthesized header: (expr; expr; ...) with the variables it reads
 * collected (for loops: over what do they run?). */
static void header(struct P *P, uint16_t *taint, uint16_t *fl)
{
	if (!op(P, "(")) {
		*taint = 0;
		*fl = 0;
		return;
	}
	size_t close = T(P)->match;
	if (close <= P->i || close > P->end)
		close = P->end;
	P->i++;
	bool was = P->acc_on;
	uint16_t st = P->acc_taint, sf = P->acc_fl;
	P->acc_on = true;
	P->acc_taint = 0;
	P->acc_fl = 0;
	P->acc_src = NULL;
	while (P->i < close && !P->C->stop) {
		size_t before = P->i;
		struct pv v = expr(P, 0);
		P->acc_taint |= v.taint;
		P->acc_fl |= v.fl & (F_FILE | F_REMOTE);
		if (P->i == before)
			P->i++;
	}
	*taint = P->acc_taint;
	*fl = P->acc_fl;
	P->acc_on = was;
	P->acc_taint = st | (was ? *taint : 0);
	P->acc_fl = sf | (was ? *fl : 0);
	P->i = close < P->end ? close + 1 : P->end;
}

/* The body of a loop or a branch: a block, an alternative-syntax block
 * (ending at one of the end words), or one statement. */
static void body(struct P *P, const char *end1, const char *end2)
{
	if (accept(P, ":")) {
		while (P->i < P->end && !P->C->stop && !word(P, end1) && !(end2 && word(P, end2))) {
			size_t before = P->i;
			stmt(P);
			if (P->i == before)
				P->i++;
		}
		if (word(P, end1)) {
			P->i++;
			accept(P, ";");
		}
		return;
	}
	stmt(P);
}

static void loop_body(struct P *P, uint16_t taint, uint32_t fl, const char *src, const char *end)
{
	struct C *C = P->C;
	bool over_input = taint || (fl & F_FILE);
	const char *was = C->loop_src;
	if (over_input) {
		C->input_loops++;
		C->loop_src = taint ? (src ? src : "input") : "lines of a file";
	}
	body(P, end, NULL);
	if (over_input) {
		C->input_loops--;
		C->loop_src = was;
	}
}

/* Evaluate the expressions of [b, e) in order; the last one's value. */
static struct pv exprs_in(struct P *P, size_t b, size_t e)
{
	struct pv v = unk();
	size_t saved_end = P->end;
	P->i = b;
	P->end = e;
	while (P->i < e && !P->C->stop) {
		size_t before = P->i;
		v = expr(P, 0);
		if (!accept(P, ",") && P->i == before)
			P->i++;
	}
	P->end = saved_end;
	P->i = e;
	return v;
}

static bool truthy(const struct pv *v, bool *known)
{
	*known = is_str(v);
	return *known && !(v->n == 0 || (v->n == 1 && v->s[0] == '0'));
}

#define LOOP_MAX_ITER 4096

/* for (init; cond; step) over known values, run as PHP runs it: a
 * decryptor that builds a name or a payload a character at a time
 * (`for ($i = 0; $i < strlen($s); $i++) $o .= $s[$i] ^ $k[$i % 4]`) gives
 * its result only when every iteration is evaluated. Bounded: at most
 * LOOP_MAX_ITER iterations, and a quarter of the work left to the file
 * (nested loops get a quarter of that), so that a loop never takes the
 * budget of the code after it. A condition that is not known (or false
 * before the first iteration) leaves the loop to the one-pass evaluation.
 * P->i is at the "(". */
static bool for_iterate(struct P *P)
{
	struct C *C = P->C;
	size_t open = P->i;
	if (!op(P, "("))
		return false;
	size_t close = T(P)->match;
	if (close <= open || close >= P->end)
		return false;
	size_t semi[2], ns = 0;
	for (size_t k = open + 1; k < close && ns < 3; k++) {
		const struct php_token *t = &P->lx->t[k];
		if (php_tok_op(P->lx, t, ";"))
			semi[ns < 2 ? ns : 1] = k, ns++;
		else if (t->match > k && t->match < close)
			k = t->match;
	}
	if (ns != 2 || semi[1] == semi[0] + 1)
		return false; /* for (;;): no condition to evaluate */
	size_t room = C->work_max > C->work ? (C->work_max - C->work) / 4 : 0;
	size_t start_work = C->work;
	exprs_in(P, open + 1, semi[0]);
	bool known;
	bool go = truthy((struct pv[]){exprs_in(P, semi[0] + 1, semi[1])}, &known);
	if (!known || !go) {
		P->i = open; /* the one-pass evaluation (it runs init again: harmless) */
		return false;
	}
	size_t body_end = close + 1;
	for (int it = 0; it < LOOP_MAX_ITER && go && known && !C->stop; it++) {
		P->i = close + 1;
		loop_body(P, 0, 0, NULL, "endfor");
		body_end = P->i;
		if (C->work - start_work > room)
			break;
		exprs_in(P, semi[1] + 1, close);
		go = truthy((struct pv[]){exprs_in(P, semi[0] + 1, semi[1])}, &known);
	}
	P->i = body_end;
	return true;
}

/* A loop condition at [b, e) worth running: it reads a variable (a
 * constant condition, `while (true)`, is a loop that ends with break,
 * which is not followed). */
static bool cond_reads_var(const struct P *P, size_t b, size_t e)
{
	for (size_t k = b; k < e; k++)
		if (P->lx->t[k].type == PT_VAR)
			return true;
	return false;
}

/* A do-while condition that counts (`while (++$i < $n)`): evaluating it
 * before the body, for what the loop runs over, would count once too many. */
static bool cond_counts(const struct P *P)
{
	size_t open = P->i;
	if (!op(P, "(") || T(P)->match <= open || T(P)->match >= P->end)
		return false;
	for (size_t k = open + 1; k < T(P)->match; k++)
		if (php_tok_op(P->lx, &P->lx->t[k], "++") || php_tok_op(P->lx, &P->lx->t[k], "--"))
			return true;
	return false;
}

/* while (cond) body over known values, run as PHP runs it, with the bounds
 * of for_iterate. P->i is at the "("; false leaves the loop to the one-pass
 * evaluation (a condition unknown or false at the start). */
static bool while_iterate(struct P *P)
{
	struct C *C = P->C;
	size_t open = P->i;
	if (!op(P, "("))
		return false;
	size_t close = T(P)->match;
	if (close <= open + 1 || close >= P->end || !cond_reads_var(P, open + 1, close))
		return false;
	size_t room = C->work_max > C->work ? (C->work_max - C->work) / 4 : 0;
	size_t start_work = C->work;
	bool known;
	bool go = truthy((struct pv[]){exprs_in(P, open + 1, close)}, &known);
	if (!known || !go) {
		P->i = open;
		return false;
	}
	size_t body_end = close + 1;
	for (int it = 0; it < LOOP_MAX_ITER && go && known && !C->stop; it++) {
		P->i = close + 1;
		loop_body(P, 0, 0, NULL, "endwhile");
		body_end = P->i;
		if (C->work - start_work > room)
			break;
		go = truthy((struct pv[]){exprs_in(P, open + 1, close)}, &known);
	}
	P->i = body_end;
	return true;
}

/* do { body } while (cond); the body was evaluated once: while the
 * condition is known and true, run it again (bounded like for_iterate).
 * [body_at, after) is the body and the while clause. */
static void do_iterate(struct P *P, size_t body_at, size_t after)
{
	struct C *C = P->C;
	if (body_at >= P->end || !php_tok_op(P->lx, &P->lx->t[body_at], "{"))
		return;
	size_t bclose = P->lx->t[body_at].match;
	size_t open = bclose + 2;
	if (bclose <= body_at || open >= after || open >= P->end ||
	    !php_tok_word(P->lx, &P->lx->t[bclose + 1], "while") ||
	    !php_tok_op(P->lx, &P->lx->t[open], "("))
		return;
	size_t close = P->lx->t[open].match;
	if (close <= open + 1 || close >= P->end || !cond_reads_var(P, open + 1, close))
		return;
	size_t room = C->work_max > C->work ? (C->work_max - C->work) / 4 : 0;
	size_t start_work = C->work;
	bool known;
	bool go = truthy((struct pv[]){exprs_in(P, open + 1, close)}, &known);
	for (int it = 1; it < LOOP_MAX_ITER && go && known && !C->stop; it++) {
		P->i = body_at;
		loop_body(P, 0, 0, NULL, "endwhile");
		if (C->work - start_work > room)
			break;
		go = truthy((struct pv[]){exprs_in(P, open + 1, close)}, &known);
	}
}

static void class_body(struct P *P)
{
	struct C *C = P->C;
	/* class Name extends X implements Y { ... } */
	while (P->i < P->end && !op(P, "{") && !op(P, ";"))
		P->i++;
	if (!op(P, "{"))
		return;
	size_t close = T(P)->match;
	if (close <= P->i || close > P->end)
		close = P->end;
	P->i++;
	while (P->i < close && !C->stop) {
		if (word(P, "function")) {
			/* declared by the pre-pass; skip to after its body */
			while (P->i < close && !op(P, "("))
				P->i++;
			if (op(P, "("))
				skip_group(P);
			struct fdef tmp;
			memset(&tmp, 0, sizeof(tmp));
			parse_body(P, &tmp);
			continue;
		}
		if (word(P, "const")) {
			P->i++;
			while (P->i < close && !op(P, ";")) {
				if (T(P)->type == PT_IDENT && opa(P, 1, "=")) {
					const struct php_token *nt = T(P);
					P->i += 2;
					struct pv v = expr(P, 0);
					struct var *cv = map_find(&C->consts, tval(P, nt), nt->vlen,
					                          false, true);
					cv->v = v;
					continue;
				}
				P->i++;
			}
			continue;
		}
		if (T(P)->type == PT_VAR) {
			const struct php_token *nt = T(P);
			P->i++;
			if (accept(P, "=")) {
				struct pv v = expr(P, 0);
				struct lv l = {
				    .kind = LV_PROP, .name = tval(P, nt), .nlen = nt->vlen};
				assign(P, &l, &v);
			}
			continue;
		}
		if (word(P, "use") || word(P, "case")) {
			while (P->i < close && !op(P, ";") && !op(P, "{"))
				P->i++;
			if (op(P, "{"))
				skip_group(P);
			continue;
		}
		if (T(P)->type == PT_ATTR || op(P, "{") || op(P, "(")) {
			skip_group(P);
			continue;
		}
		P->i++;
	}
	P->i = close < P->end ? close + 1 : P->end;
}

static void stmt_inner(struct P *P);

/* ------------------------------------------------------------- goto */

/* A goto inside a nested statement (`if (...) { goto L; }`): the list that
 * holds L walks from it once its own walk has ended (goto_run). */
static void goto_note(struct P *P, const struct php_token *lt)
{
	struct C *C = P->C;
	if (C->ngoto_pend < (int)HS_ARRAY_LEN(C->goto_pend)) {
		C->goto_pend[C->ngoto_pend].s = tval(P, lt);
		C->goto_pend[C->ngoto_pend].n = lt->vlen;
		C->ngoto_pend++;
	}
}

#define GOTO_SLOTS 4096u /* labels of one statement list (more are not followed) */

struct goto_tab {
	size_t start, n;
	uint32_t *endat; /* statement start -> its end (offsets from start + 1) */
	uint8_t *visits; /* how many times the walk ran the statement */
	uint32_t *slot;  /* hash of label names -> label position + 1 */
};

/* `L:` at the top level of the list: an identifier and a colon where a
 * statement starts (not `case X:`, a ternary's `? a : b` or `Foo::`). */
static bool goto_label_at(const struct P *P, size_t k, size_t start)
{
	const struct php_lex *lx = P->lx;
	const struct php_token *t = &lx->t[k];
	if (t->type != PT_IDENT || k + 1 >= P->end || !php_tok_op(lx, &lx->t[k + 1], ":") ||
	    php_tok_op(lx, &lx->t[k + 1], "::"))
		return false;
	if (t->vlen == 7 && !strncasecmp((const char *)tval(P, t), "default", 7))
		return false;
	if (t->vlen == 4 && !strncasecmp((const char *)tval(P, t), "else", 4))
		return false;
	if (k == start)
		return true;
	const struct php_token *pt = &lx->t[k - 1];
	return php_tok_op(lx, pt, ";") || php_tok_op(lx, pt, "}") || php_tok_op(lx, pt, "{") ||
	       php_tok_op(lx, pt, ":") || pt->type == PT_OPEN || pt->type == PT_CLOSE ||
	       pt->type == PT_HTML;
}

static size_t goto_find(const struct P *P, const struct goto_tab *g, const unsigned char *s,
                        size_t n)
{
	uint32_t h = hname(s, n, false);
	for (uint32_t k = 0; k < GOTO_SLOTS; k++) {
		uint32_t v = g->slot[(h + k) % GOTO_SLOTS];
		if (!v)
			return SIZE_MAX;
		const struct php_token *t = &P->lx->t[v - 1];
		if (t->vlen == n && !memcmp(tval(P, t), s, n))
			return v - 1;
	}
	return SIZE_MAX;
}

/* Run statements from P->i as PHP does: a `goto L;` of this list jumps to
 * L; a statement already run twice, `exit`, `die` or `return` end the
 * walk. Bounded: each statement runs at most twice. */
static void goto_walk(struct P *P, struct goto_tab *g)
{
	struct C *C = P->C;
	while (P->i < P->end && !C->stop) {
		size_t at = P->i, rel = at - g->start;
		if (g->visits[rel] >= 2)
			return;
		g->visits[rel]++;
		if (word(P, "goto") && TA(P, 1)->type == PT_IDENT) {
			const struct php_token *lt = TA(P, 1);
			size_t to = goto_find(P, g, tval(P, lt), lt->vlen);
			P->i += 2;
			accept(P, ";");
			g->endat[rel] = (uint32_t)(P->i - g->start);
			if (to == SIZE_MAX)
				return; /* a label elsewhere: PHP leaves this list */
			P->i = to;
			continue;
		}
		bool last = word(P, "exit") || word(P, "die") || word(P, "return");
		stmt(P);
		if (P->i <= at)
			P->i = at + 1;
		g->endat[rel] = (uint32_t)(P->i - g->start);
		if (last)
			return;
	}
}

/* A statement list that holds labels: follow its gotos (the statements of
 * goto-shuffled code are out of order in the text), then the labels that
 * nested gotos named, then every statement no walk reached, in order, so
 * nothing is left unread. False (the list runs in order) when the list has
 * no label of its own. */
static bool goto_run(struct P *P, size_t list, int pend0)
{
	struct C *C = P->C;
	size_t start = list, from = P->i, n = P->end > start ? P->end - start : 0;
	if (n < 3 || n > 4u * 1024 * 1024)
		return false;
	struct goto_tab g = {.start = start, .n = n};
	int labels = 0;
	for (size_t k = start; k < P->end; k++) {
		const struct php_token *t = &P->lx->t[k];
		if (t->type == PT_OP && t->match > k && t->match < P->end &&
		    (php_tok_op(P->lx, t, "{") || php_tok_op(P->lx, t, "(") ||
		     php_tok_op(P->lx, t, "["))) {
			k = t->match;
			continue;
		}
		if (!goto_label_at(P, k, start))
			continue;
		if (!g.slot)
			g.slot = xcalloc(GOTO_SLOTS, sizeof(*g.slot));
		uint32_t h = hname(tval(P, t), t->vlen, false);
		for (uint32_t j = 0; j < GOTO_SLOTS / 2 && labels < (int)GOTO_SLOTS / 2; j++) {
			uint32_t *sl = &g.slot[(h + j) % GOTO_SLOTS];
			if (!*sl) {
				*sl = (uint32_t)k + 1;
				labels++;
				break;
			}
		}
		k++;
	}
	if (!labels) {
		free(g.slot);
		return false;
	}
	g.endat = xcalloc(n, sizeof(*g.endat));
	g.visits = xcalloc(n, 1);
	goto_walk(P, &g);
	/* labels that gotos inside nested statements named */
	for (int r = 0; r < 16 && !C->stop; r++) {
		bool walked = false;
		for (int j = pend0; j < C->ngoto_pend && !C->stop;) {
			size_t to = goto_find(P, &g, C->goto_pend[j].s, C->goto_pend[j].n);
			if (to == SIZE_MAX) {
				j++; /* an outer list's label: left to it */
				continue;
			}
			C->goto_pend[j] = C->goto_pend[--C->ngoto_pend];
			if (g.visits[to - start] < 2) {
				P->i = to;
				goto_walk(P, &g);
				walked = true;
			}
		}
		if (!walked)
			break;
	}
	/* what no walk reached after the first goto, once, in order (what was
	 * before it ran in order already) */
	P->i = from;
	while (P->i < P->end && !C->stop) {
		size_t rel = P->i - start;
		if (g.visits[rel] && g.endat[rel] > rel) {
			P->i = start + g.endat[rel];
			continue;
		}
		size_t at = P->i;
		stmt(P);
		if (P->i <= at)
			P->i = at + 1;
	}
	free(g.slot);
	free(g.endat);
	free(g.visits);
	return true;
}

static void stmt(struct P *P)
{
	struct C *C = P->C;
	if (!budget(P))
		return;
	if (C->depth >= MAX_DEPTH) {
		C->res->truncated = true;
		if (op(P, "{") || op(P, "("))
			skip_group(P);
		else
			P->i++;
		return;
	}
	C->depth++;
	stmt_inner(P);
	C->depth--;
}

/* foreach (src as $k => $v) body: the loop runs over src. */
/* One target of `foreach (... as TARGET)` or `as KEY => TARGET`: `&$v`, a
 * variable or property (into *l, assigned by the caller), or a `[...]` /
 * `list(...)` destructured from the element at once. */
static void foreach_target(struct P *P, size_t close, struct lv *l, const struct pv *elem)
{
	accept(P, "&");
	if (op(P, "[") || (word(P, "list") && opa(P, 1, "("))) {
		if (word(P, "list"))
			P->i++;
		size_t c2 = T(P)->match;
		P->i++;
		struct lv lvs[16];
		struct pv lkeys[16];
		int nlv = 0;
		parse_array(P, c2 > P->i ? c2 : close, lvs, lkeys, &nlv);
		destructure(P, lvs, lkeys, nlv, elem);
	} else {
		postfix(P, l);
	}
}

static __attribute__((noinline)) void stmt_foreach(struct P *P)
{
	P->i++;
	if (!op(P, "(")) {
		P->i++;
		return;
	}
	size_t close = T(P)->match;
	if (close <= P->i || close > P->end)
		close = P->end;
	P->i++;
	bool was = P->acc_on;
	P->acc_on = true;
	uint16_t st = P->acc_taint, sf = P->acc_fl;
	P->acc_taint = P->acc_fl = 0;
	struct pv src = expr(P, 0);
	/* what it iterates over, not every variable the expression read */
	uint16_t ht = src.taint, hf = src.fl & F_FILE;
	if (src.k == K_ARR && src.a)
		for (uint32_t k = 0; k < src.a->n; k++) {
			ht |= src.a->v[k].val.taint;
			hf |= src.a->v[k].val.fl & F_FILE;
		}
	P->acc_on = was;
	P->acc_taint = st;
	P->acc_fl = sf;
	struct pv elem = arr_any(&src);
	if (elem.k == K_UNK)
		elem.fl |= src.fl & F_FILE;
	if ((src.fl & F_SUPER) && (src.taint & (T_GET | T_POST | T_REQUEST)))
		elem.cred |= CR_DUMP; /* every posted field, whatever its name */
	if (!elem.taint && ht) {
		elem.taint = ht;
		elem.src = src.src;
	}
	struct pv key = unk();
	key.taint = src.taint;
	key.src = src.src;
	if (word(P, "as")) {
		P->i++;
		struct lv l1, l2;
		lv_none(&l1);
		lv_none(&l2);
		foreach_target(P, close, &l1, &elem);
		if (accept(P, "=>")) {
			foreach_target(P, close, &l2, &elem);
			assign(P, &l1, &key);
			assign(P, &l2, &elem);
		} else {
			assign(P, &l1, &elem);
		}
	}
	P->i = close < P->end ? close + 1 : P->end;
	loop_body(P, ht, hf, src.src ? src.src : elem.src, "endforeach");
	return;
}

static void stmt_inner(struct P *P)
{
	struct C *C = P->C;
	const struct php_token *t = T(P);
	switch (t->type) {
	case PT_EOF:
		P->i = P->end;
		return;
	case PT_HTML:
	case PT_OPEN:
	case PT_CLOSE:
		P->i++;
		return;
	case PT_OPEN_ECHO:
		P->i++;
		expr(P, 0);
		return;
	case PT_ATTR:
		skip_group(P);
		return;
	default:
		break;
	}
	if (op(P, ";")) {
		P->i++;
		return;
	}
	if (op(P, "{")) {
		size_t close = t->match;
		if (close <= P->i || close > P->end)
			close = P->end;
		P->i++;
		stmts_until(P, close);
		P->i = close < P->end ? close + 1 : P->end;
		return;
	}
	if (t->type == PT_IDENT) {
		if (word(P, "if") || word(P, "elseif") || word(P, "while") || word(P, "switch") ||
		    word(P, "declare")) {
			bool loop = word(P, "while");
			bool sw = word(P, "switch");
			const char *end = loop                 ? "endwhile"
			                  : sw                 ? "endswitch"
			                  : word(P, "declare") ? "enddeclare"
			                                       : NULL;
			P->i++;
			if (loop && while_iterate(P))
				return;
			uint16_t ht, hf;
			unsigned checks = P->C->validations;
			header(P, &ht, &hf);
			/* a branch of an if that checked nothing: a default value
			 * assigned there does not replace the input */
			bool keep = !loop && !end && P->C->validations == checks;
			if (loop)
				loop_body(P, ht, hf, P->acc_src, end);
			else if (end)
				body(P, end, NULL);
			else if (accept(P, ":"))
				return; /* if (...): the statements follow */
			else {
				P->cond_keep += keep;
				stmt(P);
				P->cond_keep -= keep;
			}
			return;
		}
		if (word(P, "else")) {
			P->i++;
			if (!accept(P, ":") && !word(P, "if")) {
				P->cond_keep++; /* else: the default of an if */
				stmt(P);
				P->cond_keep--;
			}
			return;
		}
		if (word(P, "endif") || word(P, "endwhile") || word(P, "endfor") ||
		    word(P, "endforeach") || word(P, "endswitch") || word(P, "enddeclare")) {
			P->i++;
			accept(P, ";");
			return;
		}
		if (word(P, "do")) {
			P->i++;
			/* the condition after the body says what the loop runs over */
			size_t body_at = P->i;
			uint16_t ht = 0, hf = 0;
			if (op(P, "{")) {
				skip_group(P);
				if (word(P, "while")) {
					P->i++;
					if (cond_counts(P))
						skip_group(P); /* run after the body (do_iterate) */
					else
						header(P, &ht, &hf);
				}
			}
			size_t after = P->i;
			P->i = body_at;
			loop_body(P, ht, hf, P->acc_src, "endwhile");
			do_iterate(P, body_at, after);
			if (after > P->i)
				P->i = after;
			return;
		}
		if (word(P, "for")) {
			P->i++;
			if (for_iterate(P))
				return;
			uint16_t ht, hf;
			header(P, &ht, &hf);
			loop_body(P, ht, hf, P->acc_src, "endfor");
			return;
		}
		if (word(P, "foreach")) {
			stmt_foreach(P);
			return;
		}
		if (word(P, "case")) {
			P->i++;
			expr(P, 0);
			if (!accept(P, ":"))
				accept(P, ";");
			return;
		}
		if (word(P, "default") && (opa(P, 1, ":") || opa(P, 1, ";"))) {
			P->i += 2;
			return;
		}
		if (word(P, "try") || word(P, "finally")) {
			P->i++;
			return; /* the block follows as a statement */
		}
		if (word(P, "catch")) {
			P->i++;
			if (op(P, "("))
				skip_group(P);
			return;
		}
		if (word(P, "function") && TA(P, 1)->type != PT_OP) {
			/* a declaration (hoisted by the pre-pass): skip it */
			P->i++;
			accept(P, "&");
			P->i++;
			if (op(P, "("))
				skip_group(P);
			struct fdef tmp;
			memset(&tmp, 0, sizeof(tmp));
			parse_body(P, &tmp);
			return;
		}
		if (word(P, "function") && opa(P, 1, "&") && TA(P, 2)->type == PT_IDENT) {
			P->i += 3;
			if (op(P, "("))
				skip_group(P);
			struct fdef tmp;
			memset(&tmp, 0, sizeof(tmp));
			parse_body(P, &tmp);
			return;
		}
		if ((word(P, "abstract") || word(P, "final") || word(P, "readonly")) &&
		    TA(P, 1)->type == PT_IDENT) {
			P->i++;
			return;
		}
		if ((word(P, "class") || word(P, "trait") || word(P, "interface") ||
		     word(P, "enum")) &&
		    TA(P, 1)->type == PT_IDENT) {
			P->i++;
			class_body(P);
			return;
		}
		if (word(P, "goto") && TA(P, 1)->type == PT_IDENT)
			goto_note(P, TA(P, 1));
		if (word(P, "namespace") || word(P, "use") || word(P, "goto")) {
			P->i++;
			while (P->i < P->end && !op(P, ";") && !op(P, "{") &&
			       T(P)->type != PT_CLOSE)
				P->i++;
			accept(P, ";");
			return;
		}
		if (word(P, "global")) {
			P->i++;
			while (P->i < P->end && !op(P, ";") && T(P)->type != PT_CLOSE) {
				if (T(P)->type == PT_VAR && P->sc != &C->global) {
					const unsigned char *n = tval(P, T(P));
					struct var *gv =
					    map_find(&C->global.vars, n, T(P)->vlen, false, false);
					if (gv)
						set_var(P, P->sc, n, T(P)->vlen, &gv->v);
				}
				P->i++;
			}
			accept(P, ";");
			return;
		}
		if (word(P, "static") && TA(P, 1)->type == PT_VAR) {
			P->i++;
			return; /* static $x = ...: an ordinary assignment follows */
		}
		if (word(P, "echo")) {
			P->i++;
			while (P->i < P->end && !C->stop) {
				size_t before = P->i;
				expr(P, 0);
				if (P->i == before || !accept(P, ","))
					break;
			}
			accept(P, ";");
			return;
		}
		if (word(P, "unset") && opa(P, 1, "(")) {
			P->i++;
			skip_group(P);
			accept(P, ";");
			return;
		}
		if (word(P, "return")) {
			P->i++;
			struct pv v = unk();
			if (!op(P, ";") && T(P)->type != PT_CLOSE && T(P)->type != PT_EOF)
				v = expr(P, 0);
			struct scope *sc = P->sc;
			if (!sc->has_ret) {
				sc->ret = v;
				sc->has_ret = true;
			} else if (!(is_str(&sc->ret) && is_str(&v) && sc->ret.n == v.n &&
			             !memcmp(sc->ret.s, v.s, v.n))) {
				/* two different returns: keep a known one only if the other is
				 * unknown */
				struct pv r = is_str(&sc->ret) ? sc->ret : v;
				if (is_str(&sc->ret) && is_str(&v))
					r = v.n > sc->ret.n ? v : sc->ret;
				merge_taint(&r, &v);
				merge_taint(&r, &sc->ret);
				sc->ret = r;
			}
			accept(P, ";");
			return;
		}
		if (word(P, "const") && TA(P, 1)->type == PT_IDENT && opa(P, 2, "=")) {
			const struct php_token *nt = TA(P, 1);
			P->i += 3;
			struct pv v = expr(P, 0);
			struct var *cv = map_find(&C->consts, tval(P, nt), nt->vlen, false, true);
			cv->v = v;
			accept(P, ";");
			return;
		}
		if ((word(P, "break") || word(P, "continue"))) {
			P->i++;
			if (T(P)->type == PT_NUM)
				P->i++;
			accept(P, ";");
			return;
		}
		if (T(P)->type == PT_IDENT && opa(P, 1, ":") && !opa(P, 1, "::")) {
			P->i += 2; /* a goto label */
			return;
		}
	}
	size_t before = P->i;
	expr(P, 0);
	if (P->i == before)
		P->i++;
	accept(P, ";");
}

static bool goto_run(struct P *P, size_t list, int pend0);

static void stmts_until(struct P *P, size_t end)
{
	size_t saved_end = P->end, list = P->i;
	int pend0 = P->C->ngoto_pend;
	if (end < P->end)
		P->end = end;
	while (P->i < P->end && !P->C->stop) {
		size_t before = P->i;
		/* the list's first goto: from here on, as PHP runs it */
		if (T(P)->type == PT_IDENT && word(P, "goto") && goto_run(P, list, pend0))
			break;
		stmt(P);
		if (P->i <= before)
			P->i = before + 1;
	}
	P->end = saved_end;
}

/* ------------------------------------------------------------- the driver */

/* How many distinct command functions a function's body names. */
static int cmd_tokens(const struct fdef *f)
{
	static const char *const cmds[] = {"system", "exec",      "shell_exec", "passthru",
	                                   "popen",  "proc_open", "pcntl_exec"};
	bool seen[HS_ARRAY_LEN(cmds)] = {false};
	int n = 0;
	for (size_t i = f->body_b; i < f->body_e && i < f->lx->n; i++) {
		const struct php_token *t = &f->lx->t[i];
		if (t->type != PT_IDENT)
			continue;
		for (size_t k = 0; k < HS_ARRAY_LEN(cmds); k++)
			if (!seen[k] && php_tok_word_n(f->lx, t, cmds[k])) {
				seen[k] = true;
				n++;
			}
	}
	return n;
}

/* The tell of a command wrapper's fallback chain: the function asks which
 * command functions are enabled (function_exists / is_callable of one of
 * them, or disable_functions read). *names: how many different command
 * functions it names, called or as strings (a list it walks). A finding on
 * one command function alone would hit system-information tools and
 * package managers; the probe over several is what a shell does. */
static bool wrapper_probe(const struct fdef *f, int *names)
{
	static const char *const cmds[] = {"system", "exec",      "shell_exec", "passthru",
	                                   "popen",  "proc_open", "pcntl_exec"};
	bool seen[HS_ARRAY_LEN(cmds)] = {false};
	bool probe = false;
	*names = 0;
	for (size_t i = f->body_b; i < f->body_e && i + 2 < f->lx->n; i++) {
		const struct php_token *t = &f->lx->t[i];
		if (t->type == PT_STR && t->vlen == 17 &&
		    !memcmp(php_tok_val(f->lx, t), "disable_functions", 17))
			probe = true;
		bool check = t->type == PT_IDENT && (php_tok_word_n(f->lx, t, "function_exists") ||
		                                     php_tok_word_n(f->lx, t, "is_callable"));
		if (check && php_tok_op(f->lx, &f->lx->t[i + 1], "(")) {
			/* of a command function, or of a variable (a list walked) */
			const struct php_token *a = &f->lx->t[i + 2];
			for (size_t k = 0; a->type == PT_STR && k < HS_ARRAY_LEN(cmds); k++)
				probe |= a->vlen == strlen(cmds[k]) &&
				         !memcmp(php_tok_val(f->lx, a), cmds[k], a->vlen);
			probe |= a->type == PT_VAR;
		}
		if (t->type != PT_IDENT && t->type != PT_STR)
			continue;
		for (size_t k = 0; k < HS_ARRAY_LEN(cmds); k++)
			if (!seen[k] && t->vlen == strlen(cmds[k]) &&
			    (t->type == PT_STR ? !memcmp(php_tok_val(f->lx, t), cmds[k], t->vlen)
			                       : php_tok_word_n(f->lx, t, cmds[k]))) {
				seen[k] = true;
				(*names)++;
			}
	}
	/* disable_functions read elsewhere in the file (into a global list) */
	for (size_t i = 0; !probe && *names >= 2 && i < f->lx->n; i++) {
		const struct php_token *t = &f->lx->t[i];
		probe = t->type == PT_STR && t->vlen == 17 &&
		        !memcmp(php_tok_val(f->lx, t), "disable_functions", 17);
	}
	return probe;
}

/* A method of a built-in class that takes a callee (method_more,
 * static_more) at token i, called with something other than a closure
 * (a closure's own sinks are seen as tokens). */
static bool method_cb_candidate(const struct php_lex *lx, size_t i)
{
	static const char *const arrow[] = {"uasort",
	                                    "uksort",
	                                    "createfunction",
	                                    "sqlitecreatefunction",
	                                    "createaggregate",
	                                    "sqlitecreateaggregate",
	                                    "registerphpfunctions"};
	const struct php_token *t = &lx->t[i], *pv = &lx->t[i - 1];
	bool hit = false;
	if (php_tok_op(lx, pv, "->"))
		for (size_t k = 0; k < HS_ARRAY_LEN(arrow) && !hit; k++)
			hit = php_tok_word_n(lx, t, arrow[k]);
	else if (php_tok_op(lx, pv, "::"))
		hit = php_tok_word_n(lx, t, "fromcallable");
	if (!hit)
		return false;
	/* the callee: the first argument, or the second of createFunction */
	bool second = !php_tok_word_n(lx, t, "uasort") && !php_tok_word_n(lx, t, "uksort") &&
	              !php_tok_word_n(lx, t, "fromcallable") &&
	              !php_tok_word_n(lx, t, "registerphpfunctions");
	size_t m = i + 2;
	if (second) {
		while (m < lx->n && !php_tok_op(lx, &lx->t[m], ",") &&
		       !php_tok_op(lx, &lx->t[m], ")")) {
			const struct php_token *u = &lx->t[m];
			m = (u->match > m && u->match < lx->n) ? u->match + 1 : m + 1;
		}
		m++;
	}
	if (m >= lx->n)
		return false;
	return !php_tok_word(lx, &lx->t[m], "function") && !php_tok_word(lx, &lx->t[m], "fn") &&
	       !php_tok_word(lx, &lx->t[m], "static");
}

/* error_log(msg, 3, path) at token i: the message type that appends to a
 * file (a write sink); the other types log and stay out of the interpreter. */
static bool error_log_file(const struct php_lex *lx, size_t i)
{
	if (!php_tok_word(lx, &lx->t[i], "error_log") || i + 1 >= lx->n)
		return false;
	size_t close = lx->t[i + 1].match;
	if (close <= i + 1 || close >= lx->n)
		return false;
	for (size_t k = i + 2; k + 1 < close; k++) {
		const struct php_token *t = &lx->t[k];
		if (t->match > k && t->match < close) {
			k = t->match; /* a nested call's arguments */
			continue;
		}
		if (t->type == PT_NUM && t->len == 1 && lx->src[t->off] == '3' &&
		    php_tok_op(lx, &lx->t[k - 1], ",") && php_tok_op(lx, &lx->t[k + 1], ","))
			return true;
	}
	return false;
}

/* Could this code reach a sink at all? Every finding comes from a sink
 * (code or command execution, a dynamic call, a callback, an include, a
 * write, an upload, mail), so a file without one is clean whatever its
 * data flow: most application files. One pass over the tokens decides
 * whether the interpreter runs; it keeps the layer cheap. */
static bool candidate(const struct php_lex *lx)
{
	static const char *const sinks[] = {"eval",
	                                    "assert",
	                                    "create_function",
	                                    "system",
	                                    "exec",
	                                    "shell_exec",
	                                    "passthru",
	                                    "popen",
	                                    "proc_open",
	                                    "pcntl_exec",
	                                    "move_uploaded_file",
	                                    "file_put_contents",
	                                    "copy",
	                                    "rename",
	                                    "stream_copy_to_stream",
	                                    "fwrite",
	                                    "fputs",
	                                    "mail",
	                                    "wp_mail",
	                                    "mb_send_mail",
	                                    "imap_mail",
	                                    "mb_ereg_replace",
	                                    "mb_eregi_replace",
	                                    "preg_filter",
	                                    "reflectionfunction",
	                                    "callbackfilteriterator",
	                                    "recursivecallbackfilteriterator",
	                                    "array_diff_uassoc",
	                                    "array_diff_ukey",
	                                    "array_intersect_uassoc",
	                                    "array_intersect_ukey",
	                                    "array_udiff",
	                                    "array_udiff_assoc",
	                                    "array_uintersect",
	                                    "array_uintersect_assoc",
	                                    "socket_read",
	                                    "stream_socket_client",
	                                    "fsockopen",
	                                    "curl_setopt",
	                                    "curl_setopt_array",     /* credential exfiltration */
	                                    "stream_context_create", /* an HTTP POST */
	                                    "wp_remote_post",
	                                    "session_set_save_handler",
	                                    "header_register_callback",
	                                    "yaml_parse",
	                                    "yaml_parse_file",
	                                    "yaml_parse_url",
	                                    "get_defined_functions"};
	static const char *const callbacks[] = {"call_user_func",
	                                        "call_user_func_array",
	                                        "array_map",
	                                        "array_filter",
	                                        "array_walk",
	                                        "array_walk_recursive",
	                                        "usort",
	                                        "uasort",
	                                        "uksort",
	                                        "preg_replace_callback",
	                                        "ob_start",
	                                        "register_shutdown_function",
	                                        "register_tick_function",
	                                        "iterator_apply",
	                                        "array_reduce",
	                                        "forward_static_call",
	                                        "forward_static_call_array",
	                                        "set_error_handler",
	                                        "set_exception_handler",
	                                        "spl_autoload_register",
	                                        "preg_replace"};
	for (size_t i = 0; i + 1 < lx->n; i++) {
		const struct php_token *t = &lx->t[i], *nx = &lx->t[i + 1];
		const struct php_token *pv = i ? &lx->t[i - 1] : NULL;
		bool call = php_tok_op(lx, nx, "(");
		switch (t->type) {
		case PT_BT_BEGIN:
		case PT_DOLLAR:
			return true;
		case PT_VAR:
			if (call)
				return true;
			break;
		case PT_STR:
			/* a messenger's bot API: the credential-exfiltration sink */
			if (t->vlen >= 16 &&
			    (memmem(php_tok_val(lx, t), t->vlen, "api.telegram.org", 16) ||
			     memmem(php_tok_val(lx, t), t->vlen, "/api/webhooks/", 14) ||
			     memmem(php_tok_val(lx, t), t->vlen, "/sendMessage", 12)))
				return true;
			if (call && !(pv && (php_tok_op(lx, pv, "->") || php_tok_op(lx, pv, "::"))))
				return true;
			break;
		case PT_OP:
			if (call && (php_tok_op(lx, t, ")") || php_tok_op(lx, t, "]") ||
			             php_tok_op(lx, t, "}")))
				return true;
			break;
		case PT_IDENT: {
			/* \system(...), new \ReflectionFunction: the global name */
			struct php_token fq;
			if (t->len > 1 && lx->src[t->off] == '\\') {
				fq = *t;
				fq.off++;
				fq.len--;
				fq.voff++;
				fq.vlen--;
				t = &fq;
			}
			if (call && pv && php_tok_op(lx, pv, "->") &&
			    (php_tok_word(lx, t, "send") || php_tok_word(lx, t, "eval") ||
			     php_tok_word(lx, t, "exec")))
				return true; /* a mailer's send(), an embedded interpreter's eval()
				              */
			if (call && pv && method_cb_candidate(lx, i))
				return true;
			if (call && error_log_file(lx, i))
				return true;
			if (call && pv && php_tok_op(lx, pv, "::") &&
			    (php_tok_word(lx, t, "cdef") || php_tok_word(lx, t, "load")))
				return true; /* FFI: C functions as methods (ffi_sink) */
			if (pv && (php_tok_op(lx, pv, "->") || php_tok_op(lx, pv, "::") ||
			           php_tok_op(lx, pv, "?->") || php_tok_word(lx, pv, "function")))
				break; /* a method, or a declaration */
			if (php_tok_word(lx, t, "include") || php_tok_word(lx, t, "include_once") ||
			    php_tok_word(lx, t, "require") || php_tok_word(lx, t, "require_once")) {
				/* a plain literal path to a PHP file is harmless; anything else
				 * (a variable, escapes, an odd extension) is looked at */
				size_t k = i + 1;
				if (k < lx->n && php_tok_op(lx, &lx->t[k], "("))
					k++;
				bool simple = true;
				for (; k < lx->n && simple; k++) {
					const struct php_token *u = &lx->t[k];
					if (php_tok_op(lx, u, ";") || u->type == PT_CLOSE ||
					    u->type == PT_EOF)
						break;
					if (u->type == PT_STR) {
						const unsigned char *v = php_tok_val(lx, u);
						simple = !(u->flags & PTF_ESCAPED) &&
						         u->vlen < 512 &&
						         !memchr(v, ':', u->vlen) &&
						         (u->vlen < 4 ||
						          memcmp(v + u->vlen - 4, ".php", 4) == 0 ||
						          memcmp(v + u->vlen - 4, ".inc", 4) == 0 ||
						          memchr(v, '.', u->vlen) == NULL);
					} else if (u->type == PT_IDENT && k + 1 < lx->n &&
					           php_tok_op(lx, &lx->t[k + 1], "(") &&
					           !php_tok_word(lx, u, "dirname")) {
						simple = false; /* a path computed by a function */
					} else if (u->type == PT_IDENT || php_tok_op(lx, u, ".") ||
					           php_tok_op(lx, u, "(") ||
					           php_tok_op(lx, u, ")") ||
					           php_tok_op(lx, u, ",")) {
						continue;
					} else {
						simple = false;
					}
				}
				if (!simple)
					return true;
				break;
			}
			if (php_tok_word(lx, t, "filter_callback"))
				return true;
			if (!call && !php_tok_word(lx, t, "new"))
				break;
			if (php_tok_word(lx, t, "new")) {
				struct php_token nq;
				if (nx->len > 1 && lx->src[nx->off] == '\\') {
					nq = *nx;
					nq.off++;
					nq.len--;
					nq.voff++;
					nq.vlen--;
					nx = &nq;
				}
				if (php_tok_word(lx, nx, "reflectionfunction") ||
				    php_tok_word(lx, nx, "com") || php_tok_word(lx, nx, "perl") ||
				    php_tok_word(lx, nx, "lua") || php_tok_word(lx, nx, "v8js") ||
				    php_tok_word(lx, nx, "python"))
					return true;
				break;
			}
			for (size_t k = 0; k < HS_ARRAY_LEN(sinks); k++)
				if (php_tok_word_n(lx, t, sinks[k]))
					return true;
			for (size_t k = 0; k < HS_ARRAY_LEN(callbacks); k++)
				if (php_tok_word_n(lx, t, callbacks[k])) {
					/* array_map('trim', ...) and closures are harmless here (a
					 * closure's own sinks are seen as tokens) */
					const struct php_token *a =
					    i + 2 < lx->n ? &lx->t[i + 2] : NULL;
					bool first = strcmp(callbacks[k], "array_filter") &&
					             strncmp(callbacks[k], "array_walk", 10) &&
					             strcmp(callbacks[k], "usort") &&
					             strcmp(callbacks[k], "uasort") &&
					             strcmp(callbacks[k], "uksort") &&
					             strcmp(callbacks[k], "iterator_apply") &&
					             strcmp(callbacks[k], "array_reduce") &&
					             strcmp(callbacks[k], "preg_replace_callback");
					if (!strcmp(callbacks[k], "preg_replace")) {
						/* only a pattern that is not a literal, or one with
						 * /e */
						if (a && a->type == PT_STR && i + 3 < lx->n &&
						    php_tok_op(lx, &lx->t[i + 3], ",")) {
							const unsigned char *v = php_tok_val(lx, a);
							size_t e = a->vlen;
							while (e > 0 && v[e - 1] >= 'a' &&
							       v[e - 1] <= 'z' && v[e - 1] != 'e')
								e--;
							if (e > 0 && v[e - 1] == 'e' && e > 1 &&
							    !(v[e - 2] >= 'a' && v[e - 2] <= 'z'))
								return true;
							break;
						}
						return true;
					}
					if (!first && a) {
						/* the callee is the second argument */
						size_t m = i + 2;
						while (m < lx->n &&
						       !php_tok_op(lx, &lx->t[m], ",") &&
						       !php_tok_op(lx, &lx->t[m], ")")) {
							const struct php_token *u = &lx->t[m];
							m = (u->match > m && u->match < lx->n)
							        ? u->match + 1
							        : m + 1;
						}
						a = m + 1 < lx->n && php_tok_op(lx, &lx->t[m], ",")
						        ? &lx->t[m + 1]
						        : NULL;
					}
					if (a && (php_tok_word(lx, a, "function") ||
					          php_tok_word(lx, a, "fn") ||
					          php_tok_word(lx, a, "static")))
						break;
					if (a && a->type == PT_STR && !(a->flags & PTF_ESCAPED) &&
					    (size_t)(a - lx->t) + 1 < lx->n &&
					    (php_tok_op(lx, a + 1, ",") ||
					     php_tok_op(lx, a + 1, ")"))) {
						char nm[32];
						size_t l = a->vlen < 31 ? a->vlen : 31;
						for (size_t q = 0; q < l; q++) {
							unsigned char c = php_tok_val(lx, a)[q];
							nm[q] =
							    (char)(c >= 'A' && c <= 'Z' ? c | 0x20
							                                : c);
						}
						nm[l] = 0;
						if (!dangerous(builtin_id(nm)) &&
						    strcmp(nm, "eval"))
							break;
					}
					return true;
				}
			break;
		}
		default:
			break;
		}
	}
	return false;
}

/* With unknown arguments, a closure can only give a finding from what it
 * reads itself: a superglobal, a captured value that is input, or code it
 * evaluates or includes (a decoded layer). Others are not run (speed). */
static bool closure_worth(const struct pv *c)
{
	const struct fdef *f = c->fn;
	if (c->a)
		for (uint32_t i = 0; i < c->a->n; i++)
			if (c->a->v[i].val.taint)
				return true;
	for (size_t k = f->body_b; k < f->body_e && k < f->lx->n; k++) {
		const struct php_token *t = &f->lx->t[k];
		const unsigned char *v = f->lx->src + t->voff;
		if (t->type == PT_VAR && t->vlen >= 4 && (v[0] == '_' || v[0] == 'G'))
			return true; /* $_GET, $_POST..., $GLOBALS */
		if (t->type == PT_IDENT &&
		    (php_tok_word(f->lx, t, "eval") || php_tok_word(f->lx, t, "assert") ||
		     php_tok_word(f->lx, t, "include") || php_tok_word(f->lx, t, "include_once") ||
		     php_tok_word(f->lx, t, "require") || php_tok_word(f->lx, t, "require_once") ||
		     php_tok_word(f->lx, t, "create_function") ||
		     php_tok_word(f->lx, t, "getenv") || php_tok_word(f->lx, t, "getallheaders") ||
		     php_tok_word(f->lx, t, "file_get_contents") ||
		     php_tok_word(f->lx, t, "filter_input") || php_tok_word(f->lx, t, "extract")))
			return true;
		if (t->type == PT_DOLLAR || t->type == PT_BT_BEGIN)
			return true; /* $$name, backticks */
	}
	return false;
}

/* The closures the file made and nothing called, once each with unknown
 * arguments (their captured variables as they were when made). A sink in
 * them is judged as anywhere else: only writes are demoted in this pass. */
static void closures_uncalled(struct P *P)
{
	struct C *C = P->C;
	for (int i = 0; i < C->nclosures && !C->stop; i++) {
		struct pv *c = &C->closures[i];
		if (c->fn->evals > 0 || !closure_worth(c))
			continue;
		struct php_lex *saved = P->lx;
		P->lx = c->fn->lx;
		P->layer = c->fn->layer;
		call_fdef(P, c->fn, NULL, 0, c->a ? c : NULL);
		P->lx = saved;
	}
}

static void eval_layer(struct C *C, const unsigned char *src, size_t len, bool code_mode, int layer,
                       struct scope *sc)
{
	if (C->nlex >= PHP_MAX_LAYERS + 1 || C->stop)
		return;
	struct php_lex *lx = xcalloc(1, sizeof(*lx));
	php_lex_run(lx, src, len, code_mode, C->max_tokens);
	C->lex[C->nlex++] = lx;
	if (lx->truncated)
		C->res->truncated = true;
	if (layer == 0 && !C->work_max)
		C->work_max = 100000 + 12 * lx->n;
	if (layer == 0 && !candidate(lx))
		return;
	struct P P = {.C = C, .lx = lx, .i = 0, .end = lx->n, .sc = sc, .layer = layer};
	size_t first_fn = C->nfn;
	declare_all(&P);
	stmts_until(&P, lx->n);
	if (layer > 0)
		return;
	/* functions and methods nobody called: with unknown arguments; then
	 * the methods again, now that every property has been assigned (a
	 * __destruct that evals what the constructor stored) */
	C->uncalled_pass = true;
	for (int round = 0; round < 2 && !C->stop; round++) {
		for (size_t i = first_fn; i < C->nfn && !C->stop; i++) {
			struct fdef *f = C->fn[i];
			int wnames = 0;
			bool probe = round == 0 && wrapper_probe(f, &wnames);
			bool wrapper = round == 0 && f->evals > 0 &&
			               (cmd_tokens(f) >= 3 || (probe && wnames >= 2));
			if (round == 0 ? f->evals > 0 && !wrapper : !f->method)
				continue;
			if (wrapper)
				f->evals =
				    0; /* called before, but never with its parameters marked */
			/* on its own, each parameter marked: does it reach commands? */
			struct pv prm[16];
			int np = f->np < 16 ? f->np : 16;
			for (int k = 0; k < np; k++) {
				prm[k] = unk();
				prm[k].param = (uint16_t)(1u << k);
			}
			C->wrap_n = 0;
			C->wrap_dyn = false;
			P.layer = f->layer;
			P.lx = f->lx;
			call_fdef(&P, f, prm, np, NULL);
			if (C->wrap_n >= 3)
				hit(&P, "php.command_wrapper", HS_SEV_MEDIUM, C->wrap_tok,
				    "%s() runs its parameter with %s, %s, %s%s", f->name,
				    C->wrap[0], C->wrap[1], C->wrap[2], C->wrap_n > 3 ? "..." : "");
			else if (probe && C->wrap_n == 2)
				hit(&P, "php.command_wrapper", HS_SEV_MEDIUM, C->wrap_tok,
				    "%s() runs its parameter with %s or %s, whichever is enabled",
				    f->name, C->wrap[0], C->wrap[1]);
			else if (probe && wnames >= 2 && C->wrap_dyn)
				hit(&P, "php.command_wrapper", HS_SEV_MEDIUM, f->body_b,
				    "%s() calls its parameter with the first enabled of %d command "
				    "functions",
				    f->name, wnames);
			C->wrap_n = 0;
			C->wrap_dyn = false;
			P.lx = lx;
		}
		if (round == 0)
			closures_uncalled(&P);
	}
	C->uncalled_pass = false;
}

void php_eval(const unsigned char *buf, size_t len, bool code_mode, const struct php_limits *lim,
              struct php_result *res)
{
	memset(res, 0, sizeof(*res));
	struct C *C = xcalloc(1, sizeof(*C));
	C->res = res;
	C->max_tokens = lim && lim->max_tokens ? lim->max_tokens : 2000000;
	C->work_max = lim ? lim->max_work : 0;
	C->decoded_max = lim && lim->max_decoded ? lim->max_decoded : 8u * 1024 * 1024;
	C->str_max = lim && lim->max_strings ? lim->max_strings : 32u * 1024 * 1024;
	C->global.global = &C->global;
	eval_layer(C, buf, len, code_mode, 0, &C->global);
	for (int i = 0; i < C->nlex; i++) {
		php_lex_free(C->lex[i]);
		free(C->lex[i]);
	}
	map_free(&C->global.vars);
	map_free(&C->consts);
	map_free(&C->props);
	map_free(&C->fnames);
	map_free(&C->mnames);
	free(C->fn);
	fbuf_free(&C->fb);
	while (C->arena) {
		struct chunk *n = C->arena->next;
		free(C->arena);
		C->arena = n;
	}
	free(C);
}

void php_result_free(struct php_result *res)
{
	for (size_t i = 0; i < res->nlayers; i++)
		free(res->layers[i].buf);
	free(res->layers);
	free(res->hits);
	memset(res, 0, sizeof(*res));
}
