/* The PHP interpreter's context: the arena that holds strings and arrays,
 * the maps of variables, constants, functions and classes, the hits
 * (findings) a file collects, and the token cursor. Separate because every
 * other part of the interpreter builds on it. */
#include "scan/php_ev.h"

/* ---------------------------------------------------------------- values */

/* ------------------------------------------------------------ the context */

const char *const src_names[] = {"$_GET",           "$_POST",      "$_REQUEST",
                                 "$_COOKIE",        "$_FILES",     "$_SERVER",
                                 "getallheaders()", "php://input", "extract()"};

void *amem(struct C *C, size_t n)
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

const unsigned char *find_nocase(const unsigned char *s, size_t n, const char *w)
{
	size_t l = strlen(w);
	unsigned char c0 = (unsigned char)(w[0] >= 'A' && w[0] <= 'Z' ? w[0] | 0x20 : w[0]);
	for (size_t i = 0; s && l && i + l <= n; i++) {
		unsigned char c = s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i];
		if (c == c0 && !strncasecmp((const char *)s + i, w, l))
			return s + i;
	}
	return NULL;
}

/* Bytes for a known string; NULL when the bound on kept strings is reached
 * (the value becomes unknown). */
unsigned char *astr(struct C *C, size_t n)
{
	if (n > C->str_max || C->str_bytes > C->str_max - n)
		return NULL;
	C->str_bytes += n;
	C->work += n / 64;
	return amem(C, n + 1);
}

const char *afmt(struct C *C, const char *fmt, ...)
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

struct pv unk_like(const struct pv *a)
{
	struct pv v = unk();
	v.taint = a->taint;
	v.param = a->param;
	v.src = a->src;
	v.via = a->via;
	v.fl = a->fl & (F_FILE | F_REMOTE | F_DECODED | F_ORIGIN | F_KEYIN);
	v.cred = a->cred & (uint8_t)~CR_APPEND;
	v.xf = a->xf;
	return v;
}

struct pv str_of(struct C *C, const void *s, size_t n, uint32_t fl)
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
struct pv str_ref(const unsigned char *s, size_t n, uint32_t fl)
{
	struct pv v = unk();
	v.k = K_STR;
	v.s = s;
	v.n = (uint32_t)n;
	v.fl = fl;
	return v;
}

struct pv num_of(struct C *C, long long x)
{
	/* "%lld" by hand: snprintf was a tenth of the evaluator's library time */
	char t[32];
	char *e = t + sizeof(t), *p = e;
	unsigned long long u = x < 0 ? 0ull - (unsigned long long)x : (unsigned long long)x;
	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (x < 0)
		*--p = '-';
	return str_of(C, p, (size_t)(e - p), F_NUM);
}

/* Is p one of names[0..n)? */
bool name_in(const char *p, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(p, names[i]))
			return true;
	return false;
}

/* Is v the known text w exactly (a constant the evaluator keeps by its
 * name, a cURL option)? */
bool pv_is_word(const struct pv *v, const char *w)
{
	return is_str(v) && v->n == strlen(w) && !memcmp(v->s, w, v->n);
}

bool is_str(const struct pv *v)
{
	return v->k == K_STR;
}

long long to_int(const struct pv *v, bool *ok)
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

void drop_bytes(struct pv *v)
{
	if (!(v->fl & F_BYTEIN))
		return;
	v->taint = 0;
	v->src = v->via = NULL;
	v->fl &= ~F_BYTEIN;
	v->fl |= F_KEYIN; /* key material: an RC4 state filled from a cookie */
}

void merge_taint(struct pv *dst, const struct pv *a)
{
	dst->xf |= a->xf;
	if (a->fl & F_BYTEIN) { /* a number computed from input (php_ev.h) */
		dst->param |= a->param;
		dst->fl |= (a->fl & (F_FILE | F_REMOTE | F_ORIGIN)) | F_KEYIN;
		return;
	}
	if (a->taint && !dst->taint) {
		dst->src = a->src;
		dst->via = a->via;
	}
	dst->taint |= a->taint;
	dst->param |= a->param;
	dst->fl |= a->fl & (F_FILE | F_REMOTE | F_SMTP | F_ORIGIN | F_KEYIN);
	dst->cred |= a->cred & (uint8_t)~CR_APPEND;
	/* input merged into a whole array may be in any element (parr.loose);
	 * where it was stored in an element, merge_elem_taint() */
	if (dst->k == K_ARR && dst->a && !(dst->fl & F_SUPER))
		dst->a->loose |= a->taint;
}

/* An array's taint after one of its elements was stored (v is in it): the
 * other elements keep their own values (index_val). */
void merge_elem_taint(struct pv *dst, const struct pv *v)
{
	uint16_t loose = dst->k == K_ARR && dst->a ? dst->a->loose : 0;
	merge_taint(dst, v);
	if (dst->k == K_ARR && dst->a)
		dst->a->loose = loose;
}

/* -------------------------------------------------------------- the maps */

bool name_eq(const unsigned char *a, size_t an, const unsigned char *b, size_t bn, bool nocase)
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

struct var *map_find(struct map *m, const unsigned char *name, size_t n, bool nocase, bool create)
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

void map_free(struct map *m)
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
 * call it; it is reported, one level lower. Not in a hook callback the
 * file registers (the framework calls it with the request) nor in a gadget's
 * magic method in a file that unserializes input (php_ev_entry.c). */
enum hs_severity write_sev(const struct P *P)
{
	return P->C->uncalled_pass && !P->C->magic_depth && !P->C->hook_depth ? HS_SEV_MEDIUM
	                                                                      : HS_SEV_HIGH;
}
const char *write_where(const struct P *P)
{
	return P->C->uncalled_pass && !P->C->magic_depth && !P->C->hook_depth
	           ? " (in code nothing in the file calls)"
	           : "";
}

void hit(struct P *P, const char *rule, enum hs_severity sev, size_t tok, const char *fmt, ...)
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
const char *trail(struct P *P, const struct pv *v)
{
	if (!v->taint)
		return "";
	const char *s = v->src ? v->src : "input";
	if (v->via)
		return afmt(P->C, "%s -> %s", s, v->via);
	return s;
}

/* ---------------------------------------------------------------- tokens */

const struct php_token eof_tok = {.type = PT_EOF};

/* The token after the bracket that opens at P->i. */
void skip_group(struct P *P)
{
	const struct php_token *t = T(P);
	if (t->match > P->i && t->match < P->end)
		P->i = t->match + 1;
	else
		P->i++;
}

const unsigned char *tval(const struct P *P, const struct php_token *t)
{
	return php_tok_val(P->lx, t);
}

/* A name without its namespace ("\Foo\system" -> "system"). */
void base_name(const unsigned char *s, size_t n, const unsigned char **b, size_t *bn)
{
	const unsigned char *e = s + n, *p = e;
	while (p > s && p[-1] != '\\')
		p--;
	*b = p;
	*bn = (size_t)(e - p);
}

void lower_copy(char *out, size_t outlen, const unsigned char *s, size_t n)
{
	size_t l = n < outlen - 1 ? n : outlen - 1;
	for (size_t i = 0; i < l; i++)
		out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]);
	out[l] = '\0';
}
