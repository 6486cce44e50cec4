/* PHP's array built-ins over literal arrays (branch folds5): the ones a
 * shell picks its callee out of a table with and php_ev_dispatch.c did not
 * follow. array_search, key, array_key_first/last, array_combine,
 * array_fill(_keys), array_pad, array_column, array_unique, array_diff,
 * array_filter without a callback, str_getcsv, json_decode of known JSON,
 * parse_str of a known query string, array_map/array_reduce of a closure
 * over a literal array. Bounded by ARR_MAX elements; an array that holds
 * input gives what it gives (elements keep their taint), anything unknown
 * falls back to what the dispatch did before (the caller's value). */
#include "scan/php_ev.h"

#include <jansson.h>

/* A literal array: known elements, not a superglobal. */
static bool lit(const struct pv *v)
{
	return v->k == K_ARR && v->a && !(v->fl & F_SUPER);
}

static struct pv new_arr(struct C *C)
{
	struct pv r = unk();
	r.k = K_ARR;
	r.a = arr_new(C);
	r.fl |= F_FOLDED;
	return r;
}

/* PHP's loose == for two known scalars, as strings (numbers by value). */
static bool same(const struct pv *a, const struct pv *b)
{
	if (!is_str(a) || !is_str(b))
		return false;
	if ((a->fl & F_NUM) || (b->fl & F_NUM)) {
		bool o1, o2;
		long long x = to_int(a, &o1), y = to_int(b, &o2);
		if (o1 && o2)
			return x == y;
	}
	return a->n == b->n && !memcmp(a->s, b->s, a->n);
}

static bool falsy(const struct pv *v)
{
	return is_str(v) && !v->taint && (v->n == 0 || (v->n == 1 && v->s[0] == '0'));
}

static void add(struct C *C, struct pv *r, const struct pv *k, const struct pv *v)
{
	if (r->a->n >= ARR_MAX)
		return;
	arr_set(C, r->a, k, v);
	if (v->taint && !r->taint)
		merge_elem_taint(r, v);
}

static bool in_any(const struct pv *v, struct pv *args, int from, int nargs)
{
	for (int i = from; i < nargs; i++)
		if (lit(&args[i]))
			for (uint32_t j = 0; j < args[i].a->n; j++)
				if (same(v, &args[i].a->v[j].val))
					return true;
	return false;
}

/* json_decode of known text: objects are arrays (as with assoc = true:
 * the evaluator reads ->f and ['f'] alike for what matters here). */
static struct pv from_json(struct P *P, json_t *j, int depth)
{
	struct C *C = P->C;
	if (depth > 16 || !budget(P))
		return unk();
	if (json_is_string(j)) {
		struct pv s = str_of(C, json_string_value(j), json_string_length(j), F_FOLDED);
		s.how = "json_decode";
		return s;
	}
	if (json_is_integer(j))
		return num_of(C, (long long)json_integer_value(j));
	if (json_is_true(j))
		return num_of(C, 1);
	if (json_is_array(j)) {
		struct pv r = new_arr(C);
		size_t i;
		json_t *e;
		json_array_foreach(j, i, e)
		{
			struct pv v = from_json(P, e, depth + 1);
			add(C, &r, NULL, &v);
		}
		return r;
	}
	if (json_is_object(j)) {
		struct pv r = new_arr(C);
		const char *k;
		json_t *e;
		json_object_foreach(j, k, e)
		{
			struct pv key = str_of(C, k, strlen(k), F_FOLDED);
			struct pv v = from_json(P, e, depth + 1);
			add(C, &r, &key, &v);
		}
		return r;
	}
	return unk();
}

static bool do_json(struct P *P, const struct pv *s, struct pv *r)
{
	if (!is_str(s) || s->taint || s->n > 65536)
		return false;
	json_error_t err;
	json_t *j = json_loadb((const char *)s->s, s->n, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
	if (!j)
		return false;
	*r = from_json(P, j, 0);
	json_decref(j);
	return true;
}

static int hexd(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* %XX and + of a query string part (parse_str). */
static struct pv qs_part(struct C *C, const unsigned char *s, size_t n)
{
	unsigned char *o = astr(C, n);
	if (!o)
		return unk();
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		int h1, h2;
		if (c == '%' && i + 2 < n && (h1 = hexd(s[i + 1])) >= 0 &&
		    (h2 = hexd(s[i + 2])) >= 0) {
			o[k++] = (unsigned char)(h1 * 16 + h2);
			i += 2;
		} else {
			o[k++] = c == '+' ? ' ' : c;
		}
	}
	struct pv v = str_ref(o, k, F_FOLDED);
	v.how = "parse_str";
	return v;
}

/* parse_str('f=system&c=1', $o): the array, for a known string. */
bool ev_parse_str_known(struct P *P, const struct pv *s, struct pv *out)
{
	struct C *C = P->C;
	if (!is_str(s) || s->taint || s->n > 65536)
		return false;
	struct pv r = new_arr(C);
	size_t i = 0;
	while (i < s->n && r.a->n < ARR_MAX) {
		size_t e = i;
		while (e < s->n && s->s[e] != '&')
			e++;
		size_t eq = i;
		while (eq < e && s->s[eq] != '=')
			eq++;
		if (eq > i) {
			struct pv k = qs_part(C, s->s + i, eq - i);
			struct pv v = eq < e ? qs_part(C, s->s + eq + 1, e - eq - 1)
			                     : str_ref((const unsigned char *)"", 0, F_FOLDED);
			if (is_str(&k))
				add(C, &r, &k, &v);
		}
		i = e + 1;
	}
	*out = r;
	return true;
}

/* array_map($closure, [literal]) / array_reduce([literal], $closure, $init):
 * each element through the closure, at most 16 (a user function is
 * evaluated 16 times at most: the elements are marked built so that each
 * call is evaluated). */
#define MAP_LIT 1024

bool ev_map_closure(struct P *P, const struct pv *f, const struct pv *arr, size_t tok,
                    struct pv *out)
{
	struct C *C = P->C;
	/* train6: up to MAP_LIT elements (a table of character codes is longer
	 * than 16); the work bound stops a body that costs too much */
	if (f->k != K_FUNC || !lit(arr) || arr->taint || arr->a->n == 0 || arr->a->n > MAP_LIT)
		return false;
	struct pv r = new_arr(C);
	/* one evaluation of the closure for all the elements, not one each of
	 * the evaluations a function is given (invoke's cap of 16) */
	int evals = f->fn ? f->fn->evals : 0;
	for (uint32_t i = 0; i < arr->a->n && !C->stop; i++) {
		struct pv e = arr->a->v[i].val;
		e.fl |= F_FOLDED;
		if (f->fn)
			f->fn->evals = evals;
		struct pv x = invoke(P, f, &e, 1, tok, true);
		arr_set(C, r.a, &arr->a->v[i].key, &x);
		if (x.taint && !r.taint)
			merge_elem_taint(&r, &x);
	}
	*out = r;
	return true;
}

bool ev_reduce_closure(struct P *P, const struct pv *arr, const struct pv *f, const struct pv *init,
                       size_t tok, struct pv *out)
{
	struct C *C = P->C;
	if (f->k != K_FUNC || !lit(arr) || arr->taint || arr->a->n == 0 || arr->a->n > MAP_LIT)
		return false;
	struct pv carry = *init;
	int evals = f->fn ? f->fn->evals : 0;
	for (uint32_t i = 0; i < arr->a->n && !C->stop; i++) {
		if (f->fn)
			f->fn->evals = evals;
		struct pv cargs[2] = {carry, arr->a->v[i].val};
		cargs[0].fl |= F_FOLDED;
		cargs[1].fl |= F_FOLDED;
		carry = invoke(P, f, cargs, 2, tok, true);
	}
	*out = carry;
	return true;
}

/* array_filter($literal) without a callback: its truthy elements. */
bool ev_filter_plain(struct P *P, const struct pv *a, struct pv *out)
{
	struct C *C = P->C;
	if (!lit(a))
		return false;
	struct pv r = new_arr(C);
	for (uint32_t i = 0; i < a->a->n; i++)
		if (!falsy(&a->a->v[i].val))
			add(C, &r, &a->a->v[i].key, &a->a->v[i].val);
	merge_taint(&r, a);
	*out = r;
	return true;
}

/* sort(), shuffle(), array_shift()... renumber the array they are given, in
 * place: after them any element may be the one that held input (parr.loose;
 * the array is the caller's own, arguments share it). array_push() and
 * array_unshift() add their arguments to the caller's array: pushed at the
 * next keys, unshifted anywhere. */
/* A whole decimal integer ("12", "-3"): compared by value, as PHP does. */
static bool int_text(const struct pv *v, long long *x)
{
	if (!is_str(v) || v->n == 0 || v->n > 18)
		return false;
	size_t i = v->s[0] == '-' && v->n > 1;
	for (size_t k = i; k < v->n; k++)
		if (v->s[k] < '0' || v->s[k] > '9')
			return false;
	bool ok;
	*x = to_int(v, &ok);
	return ok;
}

/* PHP's default (SORT_REGULAR) order of two known scalars: numbers by
 * value, other text byte by byte. */
static int sort_cmp(const struct pv *a, const struct pv *b)
{
	long long x, y;
	if (int_text(a, &x) && int_text(b, &y))
		return x < y ? -1 : x > y;
	size_t n = a->n < b->n ? a->n : b->n;
	int c = n ? memcmp(a->s, b->s, n) : 0;
	return c ? c : (a->n < b->n ? -1 : a->n > b->n);
}

/* sort(), ksort() and their kin on a known array: a payload split into
 * pieces stored under shuffled keys, put back in order before it is joined
 * and decoded. The array is sorted as PHP sorts it (by key or by value, up
 * or down; sort/rsort number the keys again), when every key or value it
 * compares is known and there are at most 256. True when it did. */
/* The order a user comparator gives two elements: its result as a known
 * number, or false (not known: the sort is left to the one-pass view). */
static bool user_cmp(struct P *P, const struct pv *cb, const struct pv *x, const struct pv *y,
                     int *c)
{
	struct pv args[2] = {*x, *y};
	/* a function is evaluated only a few times with the same kind of
	 * arguments (call_fdef); a comparator has to be asked for each pair */
	struct fdef *f = cb->k == K_FUNC ? cb->fn : NULL;
	int evals = f ? f->evals : 0;
	if (f)
		f->evals = 0;
	struct pv r = invoke(P, (struct pv *)cb, args, 2, P->i, false);
	if (f)
		f->evals = evals + 1;
	bool ok = false;
	long long v = is_str(&r) ? to_int(&r, &ok) : 0;
	if (!is_str(&r) || !ok)
		return false;
	*c = v < 0 ? -1 : v > 0;
	return true;
}

static bool sort_known(struct P *P, const char *lname, const struct pv *a0, const struct pv *cb,
                       struct lv *alv)
{
	static const struct {
		const char *name;
		bool by_key, down, renumber, user;
	} sorts[] = {
	    {"sort", false, false, true, false},     {"rsort", false, true, true, false},
	    {"asort", false, false, false, false},   {"arsort", false, true, false, false},
	    {"ksort", true, false, false, false},    {"krsort", true, true, false, false},
	    {"natsort", false, false, false, false}, {"natcasesort", false, false, false, false},
	    {"usort", false, false, true, true},     {"uasort", false, false, false, true},
	    {"uksort", true, false, false, true},
	};
	size_t w = HS_ARRAY_LEN(sorts);
	for (size_t i = 0; i < HS_ARRAY_LEN(sorts) && w == HS_ARRAY_LEN(sorts); i++)
		if (!strcmp(lname, sorts[i].name))
			w = i;
	if (w == HS_ARRAY_LEN(sorts) || !alv || alv[0].kind == LV_NONE || a0->a->n > 256 ||
	    a0->a->loose)
		return false;
	uint32_t n = a0->a->n;
	const struct pel *e = a0->a->v;
	bool user = sorts[w].user;
	if (user && (n > 64 || cb->k == K_UNK))
		return false;
	for (uint32_t i = 0; i < n; i++) {
		const struct pv *v = sorts[w].by_key ? &e[i].key : &e[i].val;
		if (user ? v->k == K_UNK || v->taint : !is_str(v))
			return false;
	}
	uint32_t ord[256];
	for (uint32_t i = 0; i < n; i++) {
		/* insertion: stable, and n is small */
		uint32_t j = i;
		while (j > 0) {
			const struct pel *x = &e[ord[j - 1]], *y = &e[i];
			const struct pv *xa = sorts[w].by_key ? &x->key : &x->val,
			                *ya = sorts[w].by_key ? &y->key : &y->val;
			int c;
			if (!user)
				c = sort_cmp(xa, ya);
			else if (P->C->stop || !user_cmp(P, cb, xa, ya, &c))
				return false;
			if (sorts[w].down ? c >= 0 : c <= 0)
				break;
			ord[j] = ord[j - 1];
			j--;
		}
		ord[j] = i;
	}
	struct pv x = *a0;
	x.a = arr_new(P->C);
	for (uint32_t i = 0; i < n; i++) {
		const struct pel *el = &e[ord[i]];
		struct pv k = num_of(P->C, i);
		arr_set(P->C, x.a, sorts[w].renumber ? &k : &el->key, &el->val);
	}
	if (sorts[w].renumber)
		x.a->next = n;
	assign(P, &alv[0], &x);
	return true;
}

void ev_arr_inplace(struct P *P, const char *lname, struct pv *args, int nargs, struct lv *alv)
{
	static const char *const renumber[] = {"sort",         "rsort",          "usort",
	                                       "shuffle",      "array_shift",    "array_unshift",
	                                       "array_splice", "array_multisort"};
	const struct pv *a0 = argp(args, nargs, 0);
	if (a0->k != K_ARR || !a0->a || (a0->fl & F_SUPER))
		return;
	bool push = !strcmp(lname, "array_push"), unshift = !strcmp(lname, "array_unshift");
	if ((push || unshift) && nargs > 1 && alv && alv[0].kind != LV_NONE) {
		struct pv x = arr_copy(P->C, a0);
		for (int i = 1; i < nargs; i++) {
			if (push && x.a->n < ARR_MAX) {
				arr_set(P->C, x.a, NULL, &args[i]);
				merge_elem_taint(&x, &args[i]);
			} else {
				merge_taint(&x, &args[i]);
			}
		}
		if (unshift)
			x.a->loose |= x.taint;
		assign(P, &alv[0], &x);
		return;
	}
	if (sort_known(P, lname, a0, argp(args, nargs, 1), alv))
		return;
	if (!a0->taint)
		return;
	for (size_t i = 0; i < HS_ARRAY_LEN(renumber); i++)
		if (!strcmp(lname, renumber[i])) {
			a0->a->loose |= a0->taint;
			return;
		}
}

bool ev_arr_more(struct P *P, const char *lname, struct pv *args, int nargs, struct pv *out)
{
	struct C *C = P->C;
	const struct pv *a0 = argp(args, nargs, 0), *a1 = argp(args, nargs, 1),
	                *a2 = argp(args, nargs, 2);
	struct pv r;
	if (!strcmp(lname, "json_decode")) {
		if (do_json(P, a0, out))
			return true;
		r = unk_like(a0); /* as B_PASS */
		if (a0->k == K_ARR)
			r.taint |= arr_any(a0).taint;
		*out = r;
		return true;
	}
	if (!strcmp(lname, "array_search")) {
		/* the key of a search in an array of input is not taken as input
		 * (as before: jquery.filer looks its field up in $_FILES) */
		*out = unk();
		if (lit(a1))
			for (uint32_t i = 0; i < a1->a->n; i++)
				if (same(a0, &a1->a->v[i].val)) {
					*out = a1->a->v[i].key;
					break;
				}
		return true;
	}
	if (!strcmp(lname, "key") || !strcmp(lname, "array_key_first") ||
	    !strcmp(lname, "array_key_last")) {
		*out = unk();
		if (lit(a0) && a0->a->n)
			*out = a0->a->v[lname[10] == 'l' ? a0->a->n - 1 : 0].key;
		else if ((a0->fl & F_SUPER) && a0->taint) {
			/* key($_GET): the request names its own fields ("?<code>") */
			out->taint = a0->taint;
			out->src = afmt(C, "%s(%s)", lname, a0->src ? a0->src : "request");
		}
		return true;
	}
	if (!strcmp(lname, "array_combine")) {
		if (!lit(a0) || !lit(a1) || a0->a->n != a1->a->n)
			return false;
		r = new_arr(C);
		for (uint32_t i = 0; i < a0->a->n; i++)
			add(C, &r, &a0->a->v[i].val, &a1->a->v[i].val);
		merge_taint(&r, a0);
		*out = r;
		return true;
	}
	if (!strcmp(lname, "array_fill_keys")) {
		if (!lit(a0))
			return false;
		r = new_arr(C);
		for (uint32_t i = 0; i < a0->a->n; i++)
			add(C, &r, &a0->a->v[i].val, a1);
		*out = r;
		return true;
	}
	if (!strcmp(lname, "array_fill") || !strcmp(lname, "array_pad")) {
		bool ok1, ok2 = true;
		bool pad = lname[6] == 'p';
		long long st = pad ? 0 : to_int(a0, &ok1), n = to_int(a1, &ok2);
		if (pad)
			ok1 = lit(a0);
		if (!ok1 || !ok2 || n < -ARR_MAX || n > ARR_MAX || (!pad && (n < 0 || st < 0)))
			return false;
		r = new_arr(C);
		if (pad) {
			long long have = a0->a->n, want = n < 0 ? -n : n;
			if (n < 0)
				for (long long i = have; i < want; i++)
					add(C, &r, NULL, a2);
			for (uint32_t i = 0; i < a0->a->n; i++)
				add(C, &r, NULL, &a0->a->v[i].val);
			if (n > 0)
				for (long long i = have; i < want; i++)
					add(C, &r, NULL, a2);
			merge_taint(&r, a0);
		} else {
			for (long long i = 0; i < n; i++) {
				struct pv k = num_of(C, st + i);
				add(C, &r, &k, a2);
			}
		}
		*out = r;
		return true;
	}
	if (!strcmp(lname, "array_column")) {
		if (!lit(a0)) {
			/* a column of rows nobody knows: what the rows carry (input,
			 * data fetched from the network, a file's content) */
			*out = unk_like(a0);
			return true;
		}
		r = new_arr(C);
		for (uint32_t i = 0; i < a0->a->n; i++) {
			const struct pv *row = &a0->a->v[i].val;
			if (!lit(row))
				continue;
			struct pel *e = arr_get(row->a, a1);
			if (!e)
				continue;
			struct pel *ke = nargs > 2 ? arr_get(row->a, a2) : NULL;
			add(C, &r, ke ? &ke->val : NULL, &e->val);
		}
		merge_taint(&r, a0);
		*out = r;
		return true;
	}
	if (!strcmp(lname, "array_unique") || !strcmp(lname, "array_diff")) {
		if (!lit(a0)) {
			r = unk_like(a0); /* as B_PASS */
			if (a0->k == K_ARR)
				r.taint |= arr_any(a0).taint;
			*out = r;
			return true;
		}
		bool uniq = lname[6] == 'u';
		r = new_arr(C);
		for (uint32_t i = 0; i < a0->a->n; i++) {
			const struct pv *v = &a0->a->v[i].val;
			bool drop = false;
			if (uniq) {
				for (uint32_t j = 0; j < i && !drop; j++)
					drop = same(v, &a0->a->v[j].val);
			} else {
				drop = in_any(v, args, 1, nargs);
			}
			if (!drop)
				add(C, &r, &a0->a->v[i].key, v);
		}
		merge_taint(&r, a0);
		*out = r;
		return true;
	}
	if (!strcmp(lname, "str_getcsv")) {
		unsigned char d = is_str(a1) && a1->n ? a1->s[0] : ',';
		if (!is_str(a0) || memchr(a0->s, '"', a0->n) || memchr(a0->s, '\n', a0->n)) {
			r = unk_like(a0); /* as B_PASS */
			*out = r;
			return true;
		}
		r = new_arr(C);
		size_t i = 0;
		for (;;) {
			size_t e = i;
			while (e < a0->n && a0->s[e] != d)
				e++;
			struct pv v = str_of(C, a0->s + i, e - i, F_FOLDED | (a0->fl & BUILT));
			v.how = "str_getcsv";
			merge_taint(&v, a0);
			add(C, &r, NULL, &v);
			if (e >= a0->n)
				break;
			i = e + 1;
		}
		merge_taint(&r, a0);
		*out = r;
		return true;
	}
	return false;
}
