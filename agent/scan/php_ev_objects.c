/* Objects called back by PHP: built-in classes that keep an array or a
 * callee, magic methods (__call, __set, unserialize) and the Reflection API.
 * Separate: the ways an object turns into a call that no call site names. */
#include "scan/php_ev.h"

/* ------------------------------------------- callbacks of objects */

/* new ArrayObject($a) / ArrayIterator($a): the object keeps the array (for
 * its ->uasort($callee)), and its input. */
void new_more(struct C *C, const char *cls, struct pv *args, int nargs, struct pv *o)
{
	ev_write_new(C, cls, args, nargs, o); /* SplFileObject (php_ev_write.c) */
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
struct pv static_more(const char *cls, const char *m, struct pv *args, int nargs)
{
	if (nargs > 0 && !strcmp(cls, "closure") && !strcmp(m, "fromcallable"))
		return args[0];
	if (!strcmp(cls, "ffi") &&
	    (!strcmp(m, "cdef") || !strcmp(m, "load") || !strcmp(m, "scope")))
		return ffi_object();
	return unk();
}

/* ------------------------------------------- magic methods */

/* A method the object's class does not have, called with input: PHP calls
 * its __call($name, $args) (__callStatic for Class::m()). Only with input
 * in the arguments: nothing else can make the call a finding. */
struct pv magic_call(struct P *P, const char *magic, const struct pv *obj,
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

/* $obj->$m(...) with $m from the request: __call gets that name (input). */
struct pv magic_call_dyn(struct P *P, const char *magic, const struct pv *obj,
                         const struct pv *name, struct pv *args, int nargs)
{
	struct C *C = P->C;
	char cls[64] = "";
	if (obj->k == K_OBJ && obj->s && obj->n && obj->n < sizeof(cls))
		lower_copy(cls, sizeof(cls), obj->s, obj->n);
	struct fdef *f = fn_find(C, magic, cls, true);
	if (!f)
		return unk();
	struct pv cargs[2] = {*name, unk()};
	cargs[1].k = K_ARR;
	cargs[1].a = arr_new(C);
	for (int i = 0; i < nargs; i++) {
		arr_set(C, cargs[1].a, NULL, &args[i]);
		merge_taint(&cargs[1], &args[i]);
	}
	return call_fdef(P, f, cargs, 2, NULL);
}

/* fix8-web: $obj->name (or $obj->{'na' . 'me'}) read where no code assigned
 * that property, on an object of a class of this file with __get($name):
 * PHP calls __get with the name, which may be a function it calls. */
bool ev_magic_get(struct P *P, const struct pv *obj, const unsigned char *name, size_t nlen,
                  struct pv *ret)
{
	if (obj->k != K_OBJ || !obj->s || !obj->n || obj->n >= 64)
		return false;
	char cls[64];
	lower_copy(cls, sizeof(cls), obj->s, obj->n);
	struct fdef *f = fn_find(P->C, "__get", cls, true);
	if (!f || strcmp(f->cls, cls))
		return false;
	if (f->active)
		return false;
	struct pv a = str_of(P->C, name, nlen, 0);
	*ret = call_fdef(P, f, &a, 1, NULL);
	return true;
}

/* fix8-web: set_exception_handler($h) in a layer with `throw new
 * SomeException(<an expression naming $_GET/$_POST/$_COOKIE/$_REQUEST>)`:
 * the handler gets an object whose getMessage() is that input (the throw
 * carries the request to the handler, which no call site shows). */
struct pv ev_thrown_input(struct P *P)
{
	const struct php_lex *lx = P->lx;
	struct pv o = unk();
	for (size_t i = 0; i + 3 < lx->n; i++) {
		if (!php_tok_word(lx, &lx->t[i], "throw") ||
		    !php_tok_word(lx, &lx->t[i + 1], "new"))
			continue;
		size_t k = i + 2;
		while (k < lx->n && lx->t[k].type == PT_IDENT)
			k++;
		if (k >= lx->n || !php_tok_op(lx, &lx->t[k], "(") || lx->t[k].match <= k)
			continue;
		for (size_t j = k + 1; j < lx->t[k].match && j < lx->n; j++) {
			const struct php_token *u = &lx->t[j];
			const unsigned char *v = php_tok_val(lx, u);
			if (u->type != PT_VAR || !((u->vlen == 4 && !memcmp(v, "_GET", 4)) ||
			                           (u->vlen == 5 && !memcmp(v, "_POST", 5)) ||
			                           (u->vlen == 7 && !memcmp(v, "_COOKIE", 7)) ||
			                           (u->vlen == 8 && !memcmp(v, "_REQUEST", 8))))
				continue;
			struct pv msg = unk();
			msg.taint = T_REQUEST;
			msg.src = "the message of an exception thrown with the request";
			o.k = K_OBJ;
			o.s = (const unsigned char *)"throwable";
			o.n = 9;
			o.a = arr_new(P->C);
			arr_set(P->C, o.a, NULL, &msg);
			return o;
		}
	}
	return o;
}

/* $obj->name = input: a class with __set($name, $value) gets it. */
void magic_set(struct P *P, const struct lv *l, const struct pv *val)
{
	struct fdef *f = fn_find(P->C, "__set", NULL, true);
	if (!f)
		return;
	struct pv cargs[2] = {str_of(P->C, l->name, l->nlen, 0), *val};
	call_fdef(P, f, cargs, 2, NULL);
}

/* unserialize(input): a Serializable class's unserialize($data) gets the
 * string, __unserialize(array $data) the array it encodes. */
void magic_unserialize(struct P *P, const struct pv *data)
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
bool reflect_array_call(struct P *P, const struct pv *callee, struct pv *args, int nargs,
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
bool reflect_new(struct C *C, const char *cls, struct pv *args, int nargs, struct pv *o)
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
void new_callback_iter(struct P *P, const char *cls, struct pv *args, int nargs, size_t tok)
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

/* fix8-web: new ReflectionClass('ReflectionFunction') (or 'ReflectionMethod')
 * ->newInstance($f) / ->newInstanceArgs([$f]): the Reflection object that
 * `new ReflectionFunction($f)` makes, so its ->invoke() calls $f. */
static bool reflect_of_reflection(struct P *P, const char *cls, struct pv *args, int nargs,
                                  bool with, struct pv *ret)
{
	struct C *C = P->C;
	struct pv cargs[8];
	int n = with ? (nargs < 8 ? nargs : 8) : reflect_spread(&args[0], cargs, 8);
	if (with)
		for (int i = 0; i < n; i++)
			cargs[i] = args[i];
	if (n < 1)
		return false;
	struct pv o = unk();
	o.k = K_OBJ;
	if (!strcmp(cls, "reflectionfunction")) {
		o.fl |= F_REFLECT;
		o.a = arr_new(C);
		arr_set(C, o.a, NULL, &cargs[0]);
		*ret = o;
		return true;
	}
	if (!strcmp(cls, "reflectionmethod") && reflect_new(C, cls, cargs, n, &o)) {
		*ret = o;
		return true;
	}
	return false;
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
	if ((with || spread) && nargs > 0 && reflect_of_reflection(P, cls, args, nargs, with, ret))
		return true;
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
bool method_more(struct P *P, const struct pv *obj, const char *m, struct pv *args, int nargs,
                 size_t tok, struct pv *ret)
{
	const struct pv *a0 = argp(args, nargs, 0), *a1 = argp(args, nargs, 1);
	if (ev_fw_method(P->C, obj, m, args, nargs, ret))
		return true; /* a framework's request (php_ev_fw.c) */
	if (ev_write_method(P, obj, m, args, nargs, tok, ret))
		return true; /* SplFileObject, ZipArchive, Phar (php_ev_write.c) */
	if ((obj->fl & (F_REFLM | F_REFLC)) && reflect_more(P, obj, m, args, nargs, tok, ret))
		return true;
	if (obj->k == K_OBJ && obj->s && obj->n == 9 && !memcmp(obj->s, "throwable", 9) && obj->a &&
	    obj->a->n && (!strcmp(m, "getmessage") || !strcmp(m, "__tostring"))) {
		*ret = obj->a->v[0].val; /* ev_thrown_input */
		return true;
	}
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
