/* Declarations (functions, classes, constants found before evaluation),
 * arrays, variables and lvalues (what an assignment writes to) of the PHP
 * interpreter, and ++/--. Separate: the storage of values, not their
 * evaluation. */
#include "scan/php_ev.h"

/* fix8-web: a statement of this layer `$_SESSION[...] = <expr naming
 * $_GET/$_POST/$_COOKIE/$_REQUEST or php://input>;`: the session is a store
 * the request fills, so what the file reads back from it (in this request
 * or the next: the order of the statements does not matter) is input. */
bool ev_session_fed(struct P *P)
{
	struct C *C = P->C;
	if (C->sess_fed)
		return C->sess_fed == 2;
	C->sess_fed = 1;
	const struct php_lex *lx = P->lx;
	for (size_t i = 0; i + 2 < lx->n; i++) {
		const struct php_token *t = &lx->t[i];
		if (t->type != PT_VAR || t->vlen != 8 || memcmp(php_tok_val(lx, t), "_SESSION", 8))
			continue;
		size_t j = i + 1;
		while (j < lx->n && php_tok_op(lx, &lx->t[j], "[") && lx->t[j].match > j)
			j = lx->t[j].match + 1;
		if (j == i + 1 || j >= lx->n || !php_tok_op(lx, &lx->t[j], "="))
			continue;
		int depth = 0;
		for (size_t k = j + 1; k < lx->n && k < j + 256; k++) {
			const struct php_token *u = &lx->t[k];
			if (u->type == PT_OP && (php_tok_op(lx, u, "(") || php_tok_op(lx, u, "[")))
				depth++;
			else if (u->type == PT_OP &&
			         (php_tok_op(lx, u, ")") || php_tok_op(lx, u, "]")))
				depth--;
			if (depth < 0 || (depth == 0 && php_tok_op(lx, u, ";")))
				break;
			const unsigned char *v = php_tok_val(lx, u);
			if ((u->type == PT_VAR && ((u->vlen == 4 && !memcmp(v, "_GET", 4)) ||
			                           (u->vlen == 5 && !memcmp(v, "_POST", 5)) ||
			                           (u->vlen == 7 && !memcmp(v, "_COOKIE", 7)) ||
			                           (u->vlen == 8 && !memcmp(v, "_REQUEST", 8)))) ||
			    (u->type == PT_STR && u->vlen == 11 && !memcmp(v, "php://input", 11))) {
				C->sess_fed = 2;
				return true;
			}
		}
	}
	return false;
}

/* --------------------------------------------------------- declarations */

struct fdef *fn_find(struct C *C, const char *name, const char *cls, bool method)
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

bool is_type_word(const struct P *P)
{
	const struct php_token *t = T(P);
	return t->type == PT_IDENT || op(P, "?") || op(P, "|") || op(P, "(") || op(P, ")") ||
	       (op(P, "&") && TA(P, 1)->type != PT_VAR && !opa(P, 1, "..."));
}

/* Parameters between the parenthesis at P->i and its match. */
void parse_params(struct P *P, struct fdef *f)
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
void parse_body(struct P *P, struct fdef *f)
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
void declare_all(struct P *P)
{
	struct C *C = P->C;
	size_t cls_end[16], cls_open[16];
	char cls_name[16][64];
	int ncls = 0;
	/* the bodies of the functions around P->i: a function declared in a
	 * method's body is a plain function (a payload wrapped in a class's
	 * method that it calls), not a method of the class */
	size_t fn_open[16], fn_end[16];
	int nfn = 0;
	size_t save = P->i;
	while (P->i < P->end && !C->stop) {
		while (ncls > 0 && P->i > cls_end[ncls - 1])
			ncls--;
		while (nfn > 0 && P->i > fn_end[nfn - 1])
			nfn--;
		const struct php_token *t = T(P);
		if (t->type == PT_IDENT && word(P, "class") && ncls < 16 && P->i > 0 &&
		    php_tok_word(P->lx, &P->lx->t[P->i - 1], "new")) {
			/* new class(...) extends X { ... }: a name of its own (php_ev_php8.c) */
			size_t k = P->i + 1;
			if (k < P->end && php_tok_op(P->lx, &P->lx->t[k], "(") &&
			    P->lx->t[k].match > k)
				k = P->lx->t[k].match + 1;
			while (k < P->end && !php_tok_op(P->lx, &P->lx->t[k], "{") &&
			       !php_tok_op(P->lx, &P->lx->t[k], ";"))
				k++;
			if (k < P->end && php_tok_op(P->lx, &P->lx->t[k], "{")) {
				cls_end[ncls] = P->lx->t[k].match;
				cls_open[ncls] = k;
				ev_anon_name(cls_name[ncls], 64, P->layer, P->i);
				ncls++;
				P->i = k + 1;
				continue;
			}
		}
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
				cls_open[ncls] = k;
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
				if (ncls > 0 &&
				    (nfn == 0 || fn_open[nfn - 1] < cls_open[ncls - 1])) {
					f->method = true;
					snprintf(f->cls, sizeof(f->cls), "%s", cls_name[ncls - 1]);
				}
				P->i = k + 1;
				parse_params(P, f);
				size_t after = P->i;
				parse_body(P, f);
				fn_add(C, f);
				if (nfn < 16 && f->body_e > f->body_b) {
					fn_open[nfn] = f->body_b;
					fn_end[nfn++] = f->body_e;
				}
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

struct parr *arr_new(struct C *C)
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

struct pel *arr_get(struct parr *a, const struct pv *key)
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

void arr_set(struct C *C, struct parr *a, const struct pv *key, const struct pv *val)
{
	struct pv k = key ? *key : unk();
	if (!key || key->k != K_STR) {
		if (!key)
			k = num_of(C, a->next);
		else {
			a->loose |= val->taint; /* an unknown key: the element cannot be placed */
			return;
		}
	}
	struct pel *e = arr_get(a, &k);
	if (e) {
		e->val = *val;
		return;
	}
	if (a->n >= ARR_MAX) {
		a->loose |= val->taint; /* dropped: it may be under any key */
		return;
	}
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
struct pv arr_copy(struct C *C, const struct pv *v)
{
	struct pv r = *v;
	if (v->k != K_ARR || !v->a)
		return r;
	struct parr *a = arr_new(C);
	a->next = v->a->next;
	a->loose = v->a->loose;
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
struct pv arr_any(const struct pv *v)
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

/* A property set again to a known array ($this->options in a constructor
 * the analysis runs twice, the second time without the request): joined
 * key by key with the known array it held, so the input stays in the
 * elements that held it and 'convert' in convert_bin stays 'convert'.
 * false: not two known arrays whose elements explain the old taint. */
static bool prop_join(struct C *C, struct pv *x, const struct pv *old)
{
	if (x->k != K_ARR || !x->a || (x->fl & F_SUPER) || old->k != K_ARR || !old->a ||
	    (old->fl & F_SUPER) || !arr_own_values(old))
		return false;
	for (uint32_t i = 0; i < old->a->n; i++) {
		const struct pel *o = &old->a->v[i];
		struct pel *e = arr_get(x->a, &o->key);
		if (!e)
			arr_set(C, x->a, &o->key, &o->val);
		else if (o->val.taint && !e->val.taint)
			merge_taint(&e->val, &o->val);
	}
	x->a->loose |= old->a->loose;
	merge_elem_taint(x, old);
	return true;
}

int superglobal(const unsigned char *s, size_t n)
{
	static const char *const names[] = {"_GET",    "_POST",  "_REQUEST",
	                                    "_COOKIE", "_FILES", "_SERVER"};
	if (n < 4 || n > 8 || s[0] != '_') /* every name: '_', 4 to 8 bytes */
		return -1;
	for (int i = 0; i < 6; i++)
		if (strlen(names[i]) == n && !memcmp(names[i], s, n))
			return i;
	return -1;
}

/* PHP 4's long names of the request arrays (gone in 5.4, still in the old
 * shells that collections and hacked hosts carry), in superglobal()'s order.
 * Not superglobals: a function needed `global`, and an application may
 * define a variable of that name itself (then it is that variable). */
static const char *const long_names[] = {
    "$HTTP_GET_VARS",    "$HTTP_POST_VARS",  NULL,
    "$HTTP_COOKIE_VARS", "$HTTP_POST_FILES", "$HTTP_SERVER_VARS"};

static int long_array(const unsigned char *s, size_t n)
{
	if (n < 5 || memcmp(s, "HTTP_", 5)) /* every long name starts so */
		return -1;
	for (int i = 0; i < 6; i++)
		if (long_names[i] && strlen(long_names[i]) - 1 == n &&
		    !memcmp(long_names[i] + 1, s, n))
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

bool is_globals(const struct pv *v)
{
	return v->k == K_ARR && (v->fl & F_SUPER) && v->s && v->n == 7 &&
	       !memcmp(v->s, "GLOBALS", 7);
}

struct pv get_var(struct P *P, const unsigned char *name, size_t n)
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
		} else if ((sg = long_array(name, n)) >= 0) {
			/* $HTTP_GET_VARS...: PHP 4's names of the request arrays */
			r = super_value(C, sg);
			if (r.taint)
				r.src = long_names[sg];
		} else if (n == 18 && !memcmp(name, "HTTP_RAW_POST_DATA", 18)) {
			/* the request's body (PHP < 7 filled it) */
			r = unk();
			r.taint = T_INPUT;
			r.src = "$HTTP_RAW_POST_DATA";
		} else if (n == 8 && !memcmp(name, "_SESSION", 8)) {
			/* what an earlier request stored: kept outside this file */
			r = unk();
			r.k = K_ARR;
			r.a = arr_new(C);
			r.fl = F_STORED;
			if (ev_session_fed(P)) {
				/* fix8-web: the file itself puts the request there */
				r = super_value(C, 2); /* as $_REQUEST is */
				r.src = "$_SESSION (the file stores the request there)";
			}
		} else {
			r = unk();
			const char *rsrc = NULL;
			int rg;
			if (P->sc->extract_taint) {
				r.taint = P->sc->extract_taint;
				r.src = P->sc->extract_src;
			} else if ((rg = rglobal_source(P, name, n, &rsrc)) >= 0) {
				r.taint = (uint16_t)(1u << rg); /* register_globals */
				r.src = rsrc;
			} else if (ev_form_field(P, name, n)) {
				r.taint = T_REQUEST;
				r.src = afmt(C, "$%.*s (a form field; register_globals)", (int)n,
				             (const char *)name);
			} else if ((rg = rglobal_undefined(P, name, n, &rsrc)) >= 0) {
				r.taint = (uint16_t)(1u << rg); /* webhigh: never assigned */
				r.src = rsrc;
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

void set_var(struct P *P, struct scope *sc, const unsigned char *name, size_t n,
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

/* $s[$i] = 'x' (or $s{$i}) on a known string: PHP writes the first byte of
 * the value at that offset (padding with spaces past the end; a negative
 * offset counts from the end), which is how a name is spelled into a
 * placeholder one letter at a time, and how a payload is decrypted in
 * place a byte at a time. Bounded: the string grows by at most 4,096.
 *
 * The string the previous write made (C->ow_buf) is written again in place
 * rather than copied, so that decrypting a 100 KB payload costs 100 KB, not
 * 100 KB per byte. The price: a copy of the string taken between two
 * writes (`$t = $s;`) sees the later writes too; decryptors keep none. */
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
	if (off < 0 || (size_t)off >= (size_t)cur->n + 4096 || !is_str(val) || val->n == 0) {
		*cur = unk_like(cur); /* not known any more */
		merge_taint(cur, val);
		return true;
	}
	size_t n = (size_t)off + 1 > cur->n ? (size_t)off + 1 : cur->n;
	unsigned char *b;
	if (cur->s == C->ow_buf && cur->n == C->ow_len && n == cur->n) {
		b = C->ow_buf;
	} else {
		b = astr(C, n);
		if (!b)
			return false;
		memcpy(b, cur->s, cur->n);
		memset(b + cur->n, ' ', n - cur->n);
		C->ow_buf = b;
		C->ow_len = n;
	}
	b[off] = val->s[0];
	struct pv r = str_ref(b, n, (F_FOLDED | ((cur->fl | val->fl) & BUILT)));
	r.how = "writes at string offsets";
	merge_taint(&r, cur);
	merge_taint(&r, val);
	*cur = r;
	return true;
}

void assign(struct P *P, const struct lv *l, const struct pv *val)
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
			if (v->v.taint && !x.taint && !prop_join(C, &x, &v->v))
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
		if (v->v.k == K_ARR && v->v.a)
			v->v.a->loose |= val->taint;
		return;
	}
	if (str_offset_write(C, &v->v, l, val))
		return;
	if (is_globals(&v->v) && !v->v.a) {
		/* $g = $GLOBALS; $g['k'] = ..: still a copy of the globals (an
		 * obfuscator keeps its pieces there and reads $g['_POST'] after);
		 * what is written is kept in its own elements, read first */
		v->v.a = arr_new(C);
	} else if (v->v.k != K_ARR || !v->v.a) {
		struct pv old = v->v;
		v->v = unk();
		v->v.k = K_ARR;
		v->v.a = arr_new(C);
		merge_taint(&v->v, &old);
	}
	struct pv *cur = &v->v;
	for (int i = 0; i < l->nkeys; i++) {
		merge_elem_taint(cur, val); /* a key not known: loose, below */
		if (cur->k != K_ARR || !cur->a)
			return;
		bool last = i == l->nkeys - 1;
		if (!l->append[i] && l->keys[i].k != K_STR) {
			cur->a->loose |= val->taint; /* arr_set cannot place it */
			/* $s[$j] = $t with $j computed from a key (RC4's swap): every
			 * element may have moved, the state is key material */
			if (l->keys[i].fl & (F_BYTEIN | F_KEYIN))
				for (uint32_t k = 0; k < cur->a->n && k < 256; k++)
					cur->a->v[k].val.fl |= F_KEYIN;
		}
		if (last) {
			struct pv x = arr_copy(C, val);
			drop_bytes(&x); /* stored in an array: a number computed from input */
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
struct pv incdec(struct C *C, const struct pv *v, bool inc)
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

/* webhigh: extract() of input overwrites the variables the scope already
 * holds (EXTR_OVERWRITE, the default): `$fn = 'strlen'; extract($_REQUEST);`
 * leaves $fn to the request. Strings and unknown values become input; with
 * a flag other than EXTR_OVERWRITE (EXTR_SKIP, a prefix) they stay, and an
 * array of known keys (compact()'s) sets its own keys only. */
void ev_extract_overwrite(struct P *P, const struct pv *args, int nargs, uint16_t t)
{
	if (nargs >= 2) {
		const struct pv *f = &args[1];
		if (!is_str(f) || !((f->n == 1 && f->s[0] == '0') ||
		                    (f->n == 14 && !memcmp(f->s, "EXTR_OVERWRITE", 14))))
			return;
	}
	/* an array whose keys are known (compact(), a literal) sets those keys
	 * only: what else it would overwrite is not in it */
	if (nargs < 1)
		return;
	const struct pv *a = &args[0];
	if (a->k == K_ARR && !(a->fl & F_SUPER) && a->a && a->a->n)
		return;
	const char *src = P->sc->extract_src;
	for (size_t k = 0; k < P->sc->vars.cap; k++) {
		struct var *vv = &P->sc->vars.t[k];
		if (!vv->hash || vv->v.taint || (vv->v.k != K_STR && vv->v.k != K_UNK) ||
		    (vv->nlen == 4 && !memcmp(vv->name, "this", 4)))
			continue;
		struct pv in = unk();
		in.taint = t;
		in.src = src;
		vv->v = in;
	}
}
