/* Value flows through PHP's process state (branch folds5): compact() of
 * the scope's variables, putenv() then getenv(), ini_set() then ini_get().
 * A shell that parks the request in the environment or in a php.ini
 * setting and reads it back has run it through nothing but a store; the
 * value read back is what was stored (input stays input). The stores are
 * kept in the constants' map under names no constant can have
 * ("putenv:NAME", "ini:name": a colon), so they need no state of their
 * own. */
#include "scan/php_ev.h"

/* The store's slot for kind ("putenv", "ini") and name (the part before '='
 * for putenv), created when create. */
static struct var *slot(struct C *C, const char *kind, const unsigned char *name, size_t n,
                        bool create)
{
	if (n == 0 || n > 128)
		return NULL;
	size_t kl = strlen(kind);
	unsigned char key[160];
	memcpy(key, kind, kl);
	key[kl] = ':';
	memcpy(key + kl + 1, name, n);
	size_t kn = kl + 1 + n;
	struct var *v = map_find(&C->consts, key, kn, kind[0] == 'i', false);
	if (v || !create)
		return v;
	unsigned char *keep = astr(C, kn);
	if (!keep)
		return NULL;
	memcpy(keep, key, kn);
	return map_find(&C->consts, keep, kn, kind[0] == 'i', true);
}

/* putenv("NAME=value") with a known name: the value (known or input). */
static void do_putenv(struct P *P, const struct pv *a)
{
	struct C *C = P->C;
	const unsigned char *eq;
	size_t nlen = 0;
	struct pv val;
	if (is_str(a)) {
		eq = memchr(a->s, '=', a->n);
		if (!eq)
			return;
		nlen = (size_t)(eq - a->s);
		val = str_of(C, eq + 1, a->n - nlen - 1, a->fl & (BUILT | F_PLAIN));
		merge_taint(&val, a);
	} else if (a->k == K_UNK && a->s && a->n) {
		/* 'NAME=' . $_POST['x']: a known beginning, the rest unknown */
		eq = memchr(a->s, '=', a->n);
		if (!eq)
			return;
		nlen = (size_t)(eq - a->s);
		val = unk_like(a);
	} else {
		return;
	}
	struct var *v = slot(C, "putenv", a->s, nlen, true);
	if (v)
		v->v = val;
}

bool ev_env_get(struct P *P, const struct pv *name, struct pv *r)
{
	if (!is_str(name))
		return false;
	struct var *v = slot(P->C, "putenv", name->s, name->n, false);
	if (!v)
		return false;
	*r = v->v;
	if (r->taint && !r->src)
		r->src = afmt(P->C, "getenv('%.*s')", name->n > 40 ? 40 : (int)name->n,
		              (const char *)name->s);
	return true;
}

/* compact('a', 'b', ['c']): an array of the scope's variables by name. */
static struct pv do_compact(struct P *P, struct pv *args, int nargs)
{
	struct C *C = P->C;
	struct pv r = unk();
	r.k = K_ARR;
	r.a = arr_new(C);
	for (int i = 0; i < nargs; i++) {
		const struct pv *a = &args[i];
		uint32_t n = a->k == K_ARR && a->a && !(a->fl & F_SUPER) ? a->a->n : 1;
		for (uint32_t j = 0; j < n && j < 64; j++) {
			const struct pv *k = a->k == K_ARR ? (a->a ? &a->a->v[j].val : a) : a;
			if (!is_str(k) || !k->n || k->n > 128)
				continue;
			struct pv val = get_var(P, k->s, k->n);
			arr_set(C, r.a, k, &val);
			if (val.taint && !r.taint)
				merge_elem_taint(&r, &val); /* stored in its element */
		}
	}
	return r;
}

bool ev_flow_more(struct P *P, const char *lname, struct pv *args, int nargs, struct pv *r)
{
	struct C *C = P->C;
	const struct pv *a0 = argp(args, nargs, 0);
	if (!strcmp(lname, "compact")) {
		*r = do_compact(P, args, nargs);
		return true;
	}
	if (!strcmp(lname, "putenv")) {
		do_putenv(P, a0);
		*r = unk();
		return true;
	}
	if (!strcmp(lname, "ini_set") || !strcmp(lname, "ini_alter")) {
		if (is_str(a0)) {
			struct var *v = slot(C, "ini", a0->s, a0->n, true);
			if (v)
				v->v = *argp(args, nargs, 1);
		}
		*r = unk();
		return true;
	}
	if (!strcmp(lname, "ini_get")) {
		struct var *v = is_str(a0) ? slot(C, "ini", a0->s, a0->n, false) : NULL;
		*r = v ? v->v : unk();
		return true;
	}
	return false;
}
