/* Newer shapes of a call: tables of closures picked by the request,
 * PHP 8.1's first-class callable syntax, anonymous classes and backed
 * enums whose values are function names.
 *
 * - A dispatch table: $ops[$in['op']]($in['a']), where $ops holds
 *   closures (or function names) keyed by operation. The key is input, so
 *   any element may be the one called: the call runs every callable
 *   element with the arguments (at most TABLE_MAX). A JSON dispatcher
 *   behind a JavaScript UI reaches its sinks this way; a router whose
 *   handlers do harmless things gives nothing, as each handler is judged
 *   by what it does with the arguments.
 * - shell_exec(...) is the function itself (a Closure), stored and called
 *   later: here its name, as 'shell_exec' stored in a variable is.
 * - new class(args) { ... }: the pre-pass declares its methods under a
 *   name of its own (class@LAYER.TOKEN), so __invoke, __call and
 *   __destruct are found for the object, and its constructor runs with
 *   the arguments.
 * - enum Op: string { case A = 'system'; ... }: ($this->value)($c) in a
 *   method calls a case's value. Properties are shared by name in the
 *   interpreter, so a case's value is ->value, preferring a value that is
 *   a code- or command-running function's name. */

#include "scan/php_ev.h"

#define TABLE_MAX 32

const char how_oneof[] = "an element the request picks";

static bool callable_elem(struct C *C, const struct pv *e)
{
	if (e->k == K_FUNC && e->fn)
		return true;
	if (!is_str(e) || e->n == 0 || e->n >= 64)
		return false;
	char l[64];
	lower_copy(l, sizeof(l), e->s, e->n);
	return dangerous(builtin_id(l)) || fn_find(C, l, NULL, false) != NULL;
}

/* base[key] with key from the request and not among base's keys: when
 * base holds callables, "any of them" (invoke runs each). */
bool ev_table_pick(struct C *C, const struct pv *base, const struct pv *key, struct pv *out)
{
	if (!key->taint || base->k != K_ARR || !base->a || base->a->n < 2 || base->taint)
		return false;
	uint32_t nc = 0;
	for (uint32_t i = 0; i < base->a->n && i < TABLE_MAX; i++)
		nc += callable_elem(C, &base->a->v[i].val);
	if (nc == 0)
		return false;
	*out = *base;
	out->how = how_oneof;
	out->src = key->src;
	return true;
}

/* The call of such a pick: each callable element with the arguments;
 * the results joined. */
struct pv ev_table_call(struct P *P, const struct pv *table, struct pv *args, int nargs, size_t tok)
{
	struct pv r = unk();
	for (uint32_t i = 0; i < table->a->n && i < TABLE_MAX && !P->C->stop; i++) {
		struct pv e = table->a->v[i].val;
		if (!callable_elem(P->C, &e))
			continue;
		struct pv cargs[MAX_ARGS];
		int n = nargs < MAX_ARGS ? nargs : MAX_ARGS;
		memcpy(cargs, args, (size_t)n * sizeof(*cargs));
		struct pv x = invoke(P, &e, cargs, n, tok, true);
		merge_taint(&r, &x);
	}
	return r;
}

/* name(...) at P->i == '(' : the first-class callable of a function. */
bool ev_first_class(struct P *P, const unsigned char *name, size_t n, struct pv *out)
{
	if (!opa(P, 1, "...") || !opa(P, 2, ")"))
		return false;
	P->i += 3;
	const unsigned char *b;
	size_t bn;
	base_name(name, n, &b, &bn);
	*out = str_ref(b, bn, 0);
	return true;
}

/* The pre-pass's name of the anonymous class whose `class` word is token
 * tok of the layer. */
void ev_anon_name(char *out, size_t outlen, int layer, size_t tok)
{
	snprintf(out, outlen, "class@%d.%zu", layer, tok);
}

/* new class(args) {...}: the object, its constructor run. */
struct pv ev_anon_new(struct P *P, const char *cls, struct pv *args, int nargs)
{
	struct C *C = P->C;
	struct pv o = unk();
	o.k = K_OBJ;
	size_t cl = strlen(cls);
	unsigned char *cs = astr(C, cl);
	if (!cs)
		return o;
	memcpy(cs, cls, cl);
	o.s = cs;
	o.n = (uint32_t)cl;
	struct fdef *f = fn_find(C, "__construct", cls, true);
	if (f && !strcmp(f->cls, cls))
		call_fdef(P, f, args, nargs, NULL);
	return o;
}

/* case NAME = value; in an enum: the constant, and ->value */
void ev_enum_case(struct P *P, const unsigned char *name, size_t n, const struct pv *val)
{
	struct C *C = P->C;
	struct var *cv = map_find(&C->consts, name, n, false, true);
	if (cv)
		cv->v = *val;
	struct var *pv = map_find(&C->props, (const unsigned char *)"value", 5, false, true);
	if (!pv)
		return;
	bool dang = false;
	if (is_str(val) && val->n && val->n < 64) {
		char l[64];
		lower_copy(l, sizeof(l), val->s, val->n);
		dang = dangerous(builtin_id(l));
	}
	bool had = false;
	if (is_str(&pv->v) && pv->v.n && pv->v.n < 64) {
		char l[64];
		lower_copy(l, sizeof(l), pv->v.s, pv->v.n);
		had = dangerous(builtin_id(l));
	}
	if (dang || (!had && pv->v.k == K_UNK))
		pv->v = *val;
}

static bool dangerous_name(const struct pv *v)
{
	if (!is_str(v) || v->n == 0 || v->n >= 64)
		return false;
	char l[64];
	lower_copy(l, sizeof(l), v->s, v->n);
	return dangerous(builtin_id(l));
}

/* match (...) { cond => value, ... }: the value is one of the arms (the
 * conditions are read too, for their taint). Keep a known arm, one naming
 * a code- or command-running function first: match (true) { $x =>
 * system(...), default => 'trim' } is then called as system. */
void ev_match_arm(struct C *C, struct pv *v, const struct pv *x)
{
	(void)C;
	uint16_t t = v->taint | x->taint;
	const char *src = v->src ? v->src : x->src;
	if ((is_str(x) && !is_str(v)) || (dangerous_name(x) && !dangerous_name(v)) ||
	    (x->k == K_FUNC && v->k == K_UNK))
		*v = *x;
	v->taint = t;
	if (t && !v->src)
		v->src = src;
}
