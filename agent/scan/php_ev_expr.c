/* The expression parser of the PHP interpreter: new, closures, array
 * literals, constants, calls, postfix and unary operators and the binary
 * operators by precedence. Separate from the statements: it evaluates as it
 * parses, one expression at a time. */
#include "scan/php_ev.h"

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
		/* an anonymous class: its methods were declared by the pre-pass
		 * under a name of its own (php_ev_php8.c) */
		ev_anon_name(cls, sizeof(cls), P->layer, P->i);
		P->i++;
		struct pv args[MAX_ARGS];
		int nargs = op(P, "(") ? parse_args(P, args, NULL) : 0;
		while (P->i < P->end && !op(P, "{"))
			P->i++;
		if (op(P, "{"))
			skip_group(P);
		return ev_anon_new(P, cls, args, nargs);
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
	/* webhigh: a class the request names is loaded by the autoloader the
	 * file registered, with that name (new ($_GET['c'])()) */
	if (cname.taint && C->autoload.k != K_UNK && C->call_depth < 6) {
		struct pv al[1] = {cname};
		invoke(P, &C->autoload, al, 1, tok, true);
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
	if (!fn_find(C, "__construct", cls, true))
		ev_fw_process(P, cls, NULL, args, nargs, tok);
	new_more(C, cls, args, nargs, &o);
	pay_new(C, cls, args, nargs, &o);
	cred_new(C, cls, args, nargs);
	if (cls[0]) {
		struct fdef *f = fn_find(C, "__construct", cls, true);
		if (f && !strcmp(f->cls, cls))
			call_fdef(P, f, args, nargs, NULL);
	}
	(void)tok;
	return o;
}

/* a ?? b: a when it is known, input, or data read from somewhere (a file,
 * a URL, a picture's metadata: `$meta['2#120'][0] ?? ''` is that
 * metadata when present); b otherwise. */
static struct pv coalesce(const struct pv *a, const struct pv *b)
{
	if (a->k != K_UNK || a->taint || (a->fl & (F_FILE | F_REMOTE | F_ORIGIN | F_DECODED)))
		return *a;
	return *b;
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
struct pv parse_array(struct P *P, size_t close, struct lv *lvs, struct pv *lkeys, int *nlv)
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
		if (v.taint && !r.taint) {
			if (!has_key || key.k == K_STR)
				merge_elem_taint(&r, &v);
			else
				merge_taint(&r, &v); /* under a key not known */
		}
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

void destructure(struct P *P, struct lv *lvs, struct pv *lkeys, int n, const struct pv *v)
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
	size_t first = P->i;
	struct pv v = parse_array(P, close, lvs, lkeys, &nlv);
	if (may_assign && is_assign_op(P) && op(P, "=")) {
		P->i++;
		struct pv rhs = expr(P, 4);
		destructure(P, lvs, lkeys, nlv, &rhs);
		ev_destructure_nested(P, first, close, &rhs); /* php_ev_destr.c */
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
	if (name_eq(s, n, (const unsigned char *)"__FILE__", 8, true)) {
		struct pv f = unk();
		f.fl = F_SELFPATH; /* this very file (pay_read_flags) */
		return f;
	}
	if (n >= 4 && s[0] == '_' && s[1] == '_')
		return unk(); /* __FILE__, __DIR__, __LINE__ ... */
	if (ev_site_constant(s, n)) {
		struct pv c = unk(); /* DB_PASSWORD: defined by wp-config.php */
		c.xf = XF_SITECONF;
		return c;
	}
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
	if (callable_name && ev_first_class(P, fname, fnlen, &v))
		return v; /* shell_exec(...): the function itself (php_ev_php8.c) */
	if (!callable_name && opa(P, 1, "...") && opa(P, 2, ")")) {
		/* $f(...): a closure of what $f names, which is $f as a callee */
		P->i += 3;
		return v;
	}
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
			ev_flood_call(P, lname, args, nargs, start);
			ev_mail_net(P, lname, args, nargs, start);
			ev_exfil_call(P, lname, args, nargs, start, &v);
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
struct pv postfix(struct P *P, struct lv *lv)
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
		if (bt) {
			sink_cmd(P, &v, start, "backticks");
			/* the value is the command's output, as shell_exec()'s
			 * (B_CMD): unknown, carrying what the command line carried */
			struct pv out = unk_like(&v);
			pay_cmd_walk(P, &v, &out);
			v = out;
		}
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
						if (!is_str(&x) && x.taint && !(x.fl & F_SUPER)) {
							/* fix8-web: a number the request gives, as
							 * ord() of input is (F_BYTEIN): it still
							 * picks an element ($ops[(int)$_GET['n']])
							 */
							v.taint = x.taint;
							v.src = x.src;
							v.via = x.via;
							v.fl |= F_BYTEIN;
						}
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
					if (!f && v.k == K_UNK && !v.taint)
						v = ev_fw_static(C, cls, lname, args, nargs);
					if (!f && v.k == K_UNK && !v.taint)
						ev_fw_decrypt(cls, lname, args, nargs, &v);
					if (!f)
						ev_fw_process(P, cls, lname, args, nargs, P->i);
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
				} else if (pname && obj.k != K_OBJ &&
				           (obj.k != K_UNK || (obj.taint && !(obj.fl & F_SUPER))) &&
				           (name_eq(pname, plen, (const unsigned char *)"__invoke",
				                    8, true) ||
				            ((obj.k == K_FUNC || obj.k == K_UNK) &&
				             name_eq(pname, plen, (const unsigned char *)"call", 4,
				                     true)))) {
					/* train6: a callable's ->__invoke(...) (or a closure's
					 * ->call($this, ...)) calls it: system(...)->__invoke($c)
					 */
					bool bound = name_eq(
					    pname, plen, (const unsigned char *)"call", 4, true);
					if (bound && nargs > 0)
						v = invoke(P, &obj, args + 1, nargs - 1, tok, true);
					else if (!bound)
						v = invoke(P, &obj, args, nargs, tok, true);
				} else if (!pname && dyn.taint && args_input(args, nargs)) {
					/* train6: a method the request names ($o->$m($v)): only
					 * a class's __call($name, $args) can take any name */
					v = magic_call_dyn(P, "__call", &obj, &dyn, args, nargs);
				} else if (pname && plen < 64) {
					char lname[64];
					lower_copy(lname, sizeof(lname), pname, plen);
					struct fdef *f = fn_find(C, lname, NULL, true);
					const char *oc = obj_class(&obj);
					if (!f) {
						cred_method(P, lname, args, nargs, tok);
						mail_method(P, lname, args, nargs, tok);
					}
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
					if (!f && v.k == K_UNK) {
						ev_method_sink(P, lname, args, nargs, tok);
						ev_member_input(C, &obj, lname, &v);
					}
					if (!f)
						pay_db_read(lname, &v); /* webhigh */
				}
				pay_method(&obj, &v);
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
				if (!pv && !op(P, "=") && !op(P, "(") &&
				    ev_magic_get(P, &obj, pname, plen, &v))
					continue; /* fix8-web: __get($name) (php_ev_objects.c) */
				if ((!pv || (C->magic_depth && !v.taint && v.k != K_FUNC)) &&
				    C->props_taint) {
					/* a gadget's property: the attacker set it, defaults
					 * and constructors do not run */
					v.taint = C->props_taint;
					v.src = C->props_src;
				}
				ev_member_input(C, &obj, "property", &v);
				ev_fw_prop(C, &obj, pname, plen, pv != NULL, &v);
			} else {
				lv_none(&l);
				v = unk();
				ev_member_input(C, &obj, "property", &v);
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
				val = coalesce(&v, &rhs);
			else
				val = arith(P, &v, &rhs, o);
		}
		assign(P, &l, &val);
		if (l.kind == LV_VAR && l.nkeys && l.nlen == 8 && !memcmp(l.name, "_SESSION", 8))
			ev_session_store(P, &val, start); /* php_ev_write.c */
		if (l.kind == LV_PROP && val.taint && !l.nkeys)
			magic_set(P, &l, &val);
		lv_none(lv);
		return val;
	}
	if (lv)
		*lv = l;
	return v;
}

struct pv unary(struct P *P, struct lv *lv)
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
				ev_match_arm(C, &v, &x); /* php_ev_php8.c */
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
		bool is_word = o[0] >= 'a' && o[0] <= 'z'; /* fix8-web: not '|' (0x7c) */
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
struct pv expr_rest(struct P *P, struct pv v, int minprec, unsigned valid0)
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
			/* isset($_POST['p']) ? md5($_POST['p']) : md5(''): the key a
			 * request brings, not the default, decrypts the payload */
			if (!is_str(&b) && (b.fl & F_KEYIN))
				r = b;
			else if (!is_str(&c) && (c.fl & F_KEYIN))
				r = c;
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
			v = coalesce(&v, &rhs);
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

struct pv expr(struct P *P, int minprec)
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
