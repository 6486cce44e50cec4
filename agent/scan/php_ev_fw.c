/* Frameworks' request objects as sources of input.
 *
 * A backdoor planted in a framework's controller, route file or module
 * reads the request the way the framework's own code does, not through
 * the superglobals: Laravel's $request->input('x') and request('x'),
 * Symfony's $request->query->get('x'), CodeIgniter's
 * $this->input->post('x'), OpenCart's $this->request->post['x'], Joomla's
 * Factory::getApplication()->input->get('x', '', 'raw'), Magento's
 * $this->getRequest()->getParam('x'), Drupal's \Drupal::request(), PSR-7's
 * $request->getParsedBody(), Yii's Yii::$app->request->post(). Each of
 * these is the request's data (the framework copied it from the
 * superglobals or php://input); none of them can come from a fixed value.
 *
 * The request object itself is a marker, not input (K_OBJ of the class
 * REQ_CLS, which no PHP name can spell): only its accessors (input(),
 * get(), getParam()...) and its parameter bags (->query, ->post...) are.
 * So passing the request around, asking it for its route, its method or
 * its user, or a number (getInt(), integer()) carries no input. Where the
 * request object comes from:
 *
 * - a parameter declared with a request type (Request, FormRequest and
 *   every *Request class, ServerRequestInterface, RequestInterface), in a
 *   function, a method or a route closure (fn (Request $r) => ...);
 * - request(), app('request'), service('request'), \Drupal::request(),
 *   Request::capture()/createFromGlobals(), ->getRequest(),
 *   ->getCurrentRequest(), Factory::getApplication()->input;
 * - a property named request, _request or input that nothing in the file
 *   assigns (the framework's base class sets it: $this->request in
 *   OpenCart, CakePHP, Phalcon and Magento controllers, $this->input in
 *   CodeIgniter and Joomla). A class that assigns its own ->request (an
 *   HTTP client's outgoing request) keeps what it assigned.
 *
 * Static accessors are input too: JRequest::getVar(), Input::get(),
 * Request::input() (a Laravel facade). And PHP 8 constructor property
 * promotion (function __construct(private string $f = 'system')) assigns
 * the property, which the interpreter's parameter binding did not. */

#include "scan/php_ev.h"

#define REQ_CLS "@request"
#define APP_CLS "@application"

static struct pv marker(const char *cls)
{
	struct pv o = unk();
	o.k = K_OBJ;
	o.s = (const unsigned char *)cls;
	o.n = (uint32_t)strlen(cls);
	return o;
}

static bool is_marker(const struct pv *v, const char *cls)
{
	return v->k == K_OBJ && v->s == (const unsigned char *)cls;
}

static struct pv input_of(struct C *C, const char *what, const struct pv *key)
{
	struct pv v = unk();
	v.taint = T_REQUEST;
	if (key && is_str(key) && key->n)
		v.src = afmt(C, "%s('%.*s')", what, (int)(key->n > 32 ? 32 : key->n),
		             (const char *)key->s);
	else
		v.src = afmt(C, "%s", what);
	return v;
}

static bool in_list(const char *s, const char *const *l, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(s, l[i]))
			return true;
	return false;
}

/* Accessors of a request object (any framework's) that return what the
 * client sent: a field, all fields, the body, a header, a cookie, an
 * upload. Not the typed ones (getInt, integer, boolean: a number cannot
 * carry a command) nor routing data (route(), attributes). */
static const char *const accessors[] = {
    /* WP_REST_Request (a typed parameter is this marker too) */
    "get_param",
    "get_params",
    "get_json_params",
    "get_body_params",
    "get_query_params",
    "get_file_params",
    "get_url_params",
    "get_body",
    "get_header",
    "get_headers",
    "input",
    "get",
    "post",
    "query",
    "cookie",
    "header",
    "all",
    "only",
    "except",
    "json",
    "string",
    "str",
    "collect",
    "validated",
    "safe",
    "getcontent",
    "toarray",
    "getpayload",
    "getparam",
    "getparams",
    "getpost",
    "getpostvalue",
    "getquery",
    "getquerystring",
    "getvar",
    "getget",
    "getgetpost",
    "getpostget",
    "getjson",
    "getjsonvar",
    "getbody",
    "getrawinput",
    "getrawbody",
    "getparsedbody",
    "getqueryparams",
    "getqueryparam",
    "getcookieparams",
    "getcookie",
    "getuploadedfiles",
    "getdata",
    "getheader",
    "getheaderline",
    "getstring",
    "getraw",
    "getcmd",
    "getword",
    "getpath",
    "getusername",
    "getarray",
    "getbodyparam",
    "getbodyparams",
    "get_post",
    "post_get",
    "get_request_header",
    "input_stream",
    "raw_input_stream",
    "param",
    "params",
    "data",
    "file",
    "files",
    "getfiles",
    "bearertoken",
    "getuserparam",
    "getfiltered",
    "fromquery",
    "frompost",
    "getpostparam",
    "getqueryparamsall",
};

/* Parameter bags of a request: every element is input. Symfony's
 * ->query/->request/->cookies/->headers/->files, OpenCart's ->post/->get/
 * ->cookie/->request/->files, Yii's ->bodyParams, CI's ->raw_input_stream,
 * WordPress's $wp->query_vars. */
static const char *const bags[] = {
    "query",       "request",          "cookies",      "headers", "files",      "server", "post",
    "get",         "cookie",           "data",         "params",  "bodyparams", "json",   "content",
    "queryparams", "raw_input_stream", "input_stream", "payload",
};

/* A method called on any object that returns the request. */
static const char *const getters[] = {"getrequest",       "getcurrentrequest", "getmainrequest",
                                      "getmasterrequest", "getinput",          "request"};

/* Is a declared type (its base name, lower case) a request the framework
 * passes in? */
static bool request_type(const char *t)
{
	size_t n = strlen(t);
	if (!strcmp(t, "serverrequestinterface") || !strcmp(t, "requestinterface") ||
	    !strcmp(t, "wp_rest_request") || !strcmp(t, "input"))
		return true;
	/* Request, FormRequest, StoreUserRequest, ServerRequest, HttpRequest */
	return n >= 7 && !strcmp(t + n - 7, "request") && !strstr(t, "client") &&
	       !strstr(t, "curl") && !strstr(t, "outgoing");
}

/* The token of parameter i's name: its value points into the source, and
 * tokens are ordered by offset. */
static size_t param_tok(const struct fdef *f, int i)
{
	const struct php_lex *lx = f->lx;
	const unsigned char *nm = f->p[i].name;
	if (!nm || nm < lx->src || nm >= lx->src + lx->srclen)
		return SIZE_MAX;
	uint32_t off = (uint32_t)(nm - lx->src);
	size_t lo = 0, hi = f->body_b < lx->n ? f->body_b : lx->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (lx->t[mid].off <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return SIZE_MAX;
	size_t k = lo - 1;
	return lx->t[k].type == PT_VAR && lx->t[k].voff == off ? k : SIZE_MAX;
}

/* What precedes parameter i: its type (a request type?) and whether a
 * visibility modifier promotes it to a property. */
static void param_decl(const struct fdef *f, int i, bool *req, bool *promoted)
{
	*req = *promoted = false;
	size_t k = param_tok(f, i);
	const struct php_lex *lx = f->lx;
	for (int steps = 0; k != SIZE_MAX && k > 0 && steps < 12; steps++) {
		const struct php_token *t = &lx->t[--k];
		if (t->type == PT_OP && (php_tok_op(lx, t, "(") || php_tok_op(lx, t, ",")))
			break;
		if (t->type != PT_IDENT)
			continue; /* & ... ? | */
		if (php_tok_word(lx, t, "public") || php_tok_word(lx, t, "private") ||
		    php_tok_word(lx, t, "protected") || php_tok_word(lx, t, "readonly")) {
			*promoted = true;
			continue;
		}
		const unsigned char *b;
		size_t bn;
		base_name(php_tok_val(lx, t), t->vlen, &b, &bn);
		char ty[64];
		if (bn >= sizeof(ty))
			continue;
		lower_copy(ty, sizeof(ty), b, bn);
		*req |= request_type(ty);
	}
}

/* Does f take a request (a route closure, a controller action)? Such a
 * function is worth running with unknown arguments (closures_uncalled). */
bool ev_fw_typed(const struct fdef *f)
{
	for (int i = 0; i < f->np; i++) {
		bool req, promoted;
		param_decl(f, i, &req, &promoted);
		if (req)
			return true;
	}
	return false;
}

/* call_fdef binds parameter i of f to v: a request type makes an unknown
 * argument the request; a promoted constructor parameter is also the
 * property of its name. */
void ev_fw_param(struct P *P, const struct fdef *f, int i, struct pv *v)
{
	if (f->np <= 0 || i >= f->np)
		return;
	bool req, promoted;
	param_decl(f, i, &req, &promoted);
	if (req && v->k == K_UNK && !v->taint) {
		uint16_t param = v->param;
		*v = marker(REQ_CLS);
		v->param = param;
	}
	if (promoted && f->method && !strcmp(f->name, "__construct")) {
		struct var *pv = map_find(&P->C->props, f->p[i].name, f->p[i].nlen, false, true);
		if (pv)
			pv->v = *v;
	}
}

/* obj->name read: a bag of a request is input; an unassigned ->request,
 * ->_request or ->input is the request the framework's base class set;
 * Joomla's application's ->input is the request. */
void ev_fw_prop(struct C *C, const struct pv *obj, const unsigned char *name, size_t n,
                bool assigned, struct pv *v)
{
	if (!name || n == 0 || n >= 32 || v->taint)
		return;
	char l[32];
	lower_copy(l, sizeof(l), name, n);
	if (is_marker(obj, REQ_CLS)) {
		if (in_list(l, bags, HS_ARRAY_LEN(bags))) {
			*v = input_of(C, "", NULL);
			v->src = afmt(C, "the request's ->%s", l);
		}
		return;
	}
	if (assigned || v->k != K_UNK)
		return;
	if (is_marker(obj, APP_CLS) || !strcmp(l, "request") || !strcmp(l, "_request") ||
	    !strcmp(l, "input")) {
		if (is_marker(obj, APP_CLS) && strcmp(l, "input") && strcmp(l, "request"))
			return;
		*v = marker(REQ_CLS);
		return;
	}
	if (!strcmp(l, "query_vars")) {
		/* WordPress's $wp->query_vars: the request's query variables */
		*v = input_of(C, "$wp->query_vars", NULL);
		v->taint = T_GET;
	}
}

/* obj->m(args): an accessor of the request is input; a getter of the
 * request returns it. */
bool ev_fw_method(struct C *C, const struct pv *obj, const char *m, struct pv *args, int nargs,
                  struct pv *ret)
{
	if (is_marker(obj, REQ_CLS)) {
		if (!in_list(m, accessors, HS_ARRAY_LEN(accessors)))
			return false;
		char what[48];
		snprintf(what, sizeof(what), "the request's ->%s", m);
		*ret = input_of(C, what, argp(args, nargs, 0));
		return true;
	}
	if (is_marker(obj, APP_CLS) && !strcmp(m, "getinput")) {
		*ret = marker(REQ_CLS);
		return true;
	}
	if ((obj->k == K_UNK || obj->k == K_OBJ) && !obj->taint &&
	    in_list(m, getters, HS_ARRAY_LEN(getters)) && (nargs == 0 || strcmp(m, "request"))) {
		*ret = marker(REQ_CLS);
		return true;
	}
	return false;
}

/* Class::m(args) of a framework: the request, the application, or an
 * accessor (JRequest::getVar, Input::get, the Request facade). */
struct pv ev_fw_static(struct C *C, const char *cls, const char *m, struct pv *args, int nargs)
{
	if ((!strcmp(cls, "drupal") && !strcmp(m, "request")) ||
	    (!strcmp(cls, "request") && (!strcmp(m, "capture") || !strcmp(m, "createfromglobals") ||
	                                 !strcmp(m, "instance") || !strcmp(m, "getinstance"))) ||
	    (!strcmp(cls, "serverrequestfactory") && !strcmp(m, "fromglobals")))
		return marker(REQ_CLS);
	if ((!strcmp(cls, "factory") || !strcmp(cls, "jfactory")) && !strcmp(m, "getapplication"))
		return marker(APP_CLS);
	if (!strcmp(cls, "jrequest") || !strcmp(cls, "input") || !strcmp(cls, "request")) {
		if (!in_list(m, accessors, HS_ARRAY_LEN(accessors)))
			return unk();
		char what[64];
		snprintf(what, sizeof(what), "%s::%s", cls, m);
		return input_of(C, what, argp(args, nargs, 0));
	}
	return unk();
}

/* A function the interpreter does not model (call_builtin's B_NONE):
 * Laravel's request() / request('x'), app('request'), CodeIgniter 4's
 * service('request'). */
bool ev_fw_func(struct C *C, const char *lname, struct pv *args, int nargs, struct pv *r)
{
	const struct pv *a0 = argp(args, nargs, 0);
	if (lname[0] == 'd' && ev_fw_decrypt(NULL, lname, args, nargs, r))
		return true;
	if (lname[0] == 'r' && !strcmp(lname, "request")) {
		if (nargs == 0)
			*r = marker(REQ_CLS);
		else if (is_str(a0))
			*r = input_of(C, "request", a0);
		else
			return false;
		return true;
	}
	if (((lname[0] == 'a' && !strcmp(lname, "app")) ||
	     (lname[0] == 's' && !strcmp(lname, "service")) ||
	     (lname[0] == 'r' && !strcmp(lname, "resolve"))) &&
	    is_str(a0) &&
	    (name_eq(a0->s, a0->n, (const unsigned char *)"request", 7, true) ||
	     name_eq(a0->s, a0->n, (const unsigned char *)"Illuminate\\Http\\Request", 24, true))) {
		*r = marker(REQ_CLS);
		return true;
	}
	return false;
}

/* train6: what a framework decrypts with its application key is what the
 * client encrypted (Laravel's decrypt(), Crypt::decrypt(),
 * Crypt::decryptString(), an Encrypter's ->decrypt()): input stays input. */
static struct pv fw_decrypted(const struct pv *ct)
{
	struct pv r = unk_like(ct);
	r.fl |= F_DECODED;
	r.how = "the framework's decrypt()";
	return r;
}

bool ev_fw_decrypt(const char *cls, const char *m, struct pv *args, int nargs, struct pv *r)
{
	if (nargs < 1 || !args[0].taint)
		return false;
	if ((!cls || !strcmp(cls, "crypt")) &&
	    (!strcmp(m, "decrypt") || !strcmp(m, "decryptstring") ||
	     !strcmp(m, "decrypt_string"))) {
		*r = fw_decrypted(&args[0]);
		return true;
	}
	return false;
}

/* train6: Symfony's Process (Laravel's Process facade runs it too): a
 * command line is a shell's (Process::fromShellCommandline($c), new
 * Process($string) of Symfony 3); an argument list runs its first element,
 * a shell when it is sh/bash -c. */
static bool is_shell_name(const struct pv *v)
{
	static const char *const sh[] = {"sh",   "bash", "/bin/sh", "/bin/bash",  "zsh",
	                                 "dash", "cmd",  "cmd.exe", "powershell", "/usr/bin/env"};
	if (!is_str(v) || v->n > 24)
		return false;
	for (size_t i = 0; i < HS_ARRAY_LEN(sh); i++)
		if (name_eq(v->s, v->n, (const unsigned char *)sh[i], strlen(sh[i]), true))
			return true;
	return false;
}

void ev_fw_process(struct P *P, const char *cls, const char *m, struct pv *args, int nargs,
                   size_t tok)
{
	if (nargs < 1 || strcmp(cls, "process"))
		return;
	const struct pv *c = &args[0];
	if (m && !strcmp(m, "fromshellcommandline")) {
		sink_cmd(P, c, tok, "Process::fromShellCommandline");
		return;
	}
	if (m && strcmp(m, "run") && strcmp(m, "start") && strcmp(m, "pipe"))
		return;
	if (c->k != K_ARR) {
		if (!m)
			sink_cmd(P, c, tok, "new Process");
		else if (c->k == K_STR || c->taint)
			sink_cmd(P, c, tok, "Process::run");
		return;
	}
	if (!c->a || !c->a->n)
		return;
	const struct pv *prog = &c->a->v[0].val;
	if (prog->taint) {
		sink_cmd(P, prog, tok, "new Process([program, ...])");
		return;
	}
	if (is_shell_name(prog) && c->a->n >= 3) {
		struct pv line = arr_any(c);
		sink_cmd(P, &line, tok, "new Process([shell, -c, ...])");
	}
}
