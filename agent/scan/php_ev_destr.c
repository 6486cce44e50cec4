/* Nested destructuring targets (branch folds5): [[, $f], $c] = [[0, 'system'],
 * $_POST['c']], list(list($f), $c) = ..., ['k' => [$f]] = .... destructure()
 * (php_ev_expr.c) assigns the targets of the outer list; the elements that
 * are lists themselves are walked here, over the tokens again, each bound to
 * its part of the value. Bounded: 8 levels, 64 elements a list, the work
 * budget. */
#include "scan/php_ev.h"

#define NEST_MAX 8

static bool list_open(const struct P *P, size_t i, size_t *close, size_t *first)
{
	const struct php_token *t = &P->lx->t[i];
	if (php_tok_op(P->lx, t, "[")) {
		*close = t->match;
		*first = i + 1;
	} else if (php_tok_word(P->lx, t, "list") && i + 1 < P->end &&
	           php_tok_op(P->lx, &P->lx->t[i + 1], "(")) {
		*close = P->lx->t[i + 1].match;
		*first = i + 2;
	} else {
		return false;
	}
	return *close > i && *close <= P->end;
}

/* The elements of the list whose contents are tokens [b, close); top: the
 * outer list (its plain targets are assigned already). */
static void walk(struct P *P, size_t b, size_t close, const struct pv *v, int depth, bool top)
{
	struct C *C = P->C;
	size_t i = b;
	long long idx = 0;
	for (int n = 0; i < close && n < 64 && budget(P); n++, idx++) {
		/* the element: up to the next comma at this level */
		size_t e = i, arrow = 0;
		while (e < close && !php_tok_op(P->lx, &P->lx->t[e], ",")) {
			const struct php_token *t = &P->lx->t[e];
			if (!arrow && php_tok_op(P->lx, t, "=>"))
				arrow = e;
			if (t->match > e && t->match < close &&
			    (php_tok_op(P->lx, t, "[") || php_tok_op(P->lx, t, "(") ||
			     php_tok_op(P->lx, t, "{")))
				e = t->match;
			e++;
		}
		if (e == i) { /* [, $x]: a skipped position */
			i = e + 1;
			continue;
		}
		struct pv key = num_of(C, idx);
		size_t vs = i;
		if (arrow) {
			size_t save_i = P->i, save_end = P->end;
			P->i = i;
			P->end = arrow;
			key = expr(P, 0);
			P->i = save_i;
			P->end = save_end;
			vs = arrow + 1;
			idx--; /* a keyed element does not take a position */
		}
		size_t ic, ifirst;
		if (vs < e && list_open(P, vs, &ic, &ifirst)) {
			if (depth < NEST_MAX) {
				struct pv part = index_val(P, v, &key);
				walk(P, ifirst, ic, &part, depth + 1, false);
			}
		} else if (!top && vs < e) {
			struct pv part = index_val(P, v, &key);
			size_t save_i = P->i, save_end = P->end;
			P->i = vs;
			P->end = e;
			struct lv l;
			lv_none(&l);
			unary(P, &l);
			P->i = save_i;
			P->end = save_end;
			if (l.kind != LV_NONE)
				assign(P, &l, &part);
		}
		i = e + 1;
	}
}

void ev_destructure_nested(struct P *P, size_t b, size_t close, const struct pv *v)
{
	/* only when an element is a list itself: most destructurings are flat */
	bool nested = false;
	for (size_t i = b; i < close && !nested; i++) {
		size_t c, f;
		nested = list_open(P, i, &c, &f);
	}
	if (nested)
		walk(P, b, close, v, 0, true);
}
