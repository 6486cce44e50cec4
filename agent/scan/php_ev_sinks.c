/* The sinks of the PHP interpreter: code and command execution, code
 * dropped in a file and run, code fetched and written. Separate: where a
 * finding is decided, so its rules can be read in one place. */
#include "scan/php_ev.h"
#include "scan/php_gate.h"

/* ----------------------------------------------------------------- sinks */

/* A string given to eval (or assert, create_function, /e, include data:)
 * that is known: analyse it as PHP, one layer deeper, and keep it for the
 * YARA rules and the patterns. */
void decoded_layer(struct P *P, const struct pv *v, size_t tok, const char *sink, bool code_mode)
{
	struct C *C = P->C;
	bool built = (v->fl & BUILT) != 0;
	if (P->layer >= PHP_MAX_LAYERS && (v->fl & F_DECODED) && v->n) {
		/* every layer so far ran the next one decoded: nesting past the
		 * bound (packers go 20 to 100 deep) serves only to wear a
		 * scanner out; no encoder of licensed code nests its loader */
		hit(P, "php.decode_chain_depth", HS_SEV_HIGH, tok,
		    "%s(%s(...)) still nested at layer %d: a decode-and-eval chain deeper than "
		    "the bound",
		    sink, v->how ? v->how : "decoded", P->layer + 1);
		return;
	}
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

void sink_code(struct P *P, const struct pv *v, size_t tok, const char *sink)
{
	if (v->taint) {
		hit(P, "php.input_to_eval", HS_SEV_CRITICAL, tok, "%s -> %s()", trail(P, v), sink);
		return;
	}
	if (v->fl & F_REMOTE) {
		hit(P, "php.remote_code_exec", HS_SEV_HIGH, tok,
		    "code fetched from a URL or read from a socket -> %s()", sink);
		return;
	}
	if ((v->fl & F_KEYIN) && ((v->fl & F_DECODED) || P->C->decoded) && !is_str(v)) {
		/* md5($_COOKIE['k']) as the key of a payload decrypted byte by
		 * byte and run: the request unlocks it */
		hit(P, "php.input_keyed_eval", HS_SEV_HIGH, tok,
		    "%s(%s(...)) of data decrypted with a hash of request input as the key", sink,
		    v->how ? v->how : "decoded");
		return;
	}
	if (is_str(v)) {
		decoded_layer(P, v, tok, sink, true);
		return;
	}
	if (pay_code_sink(P, v, tok, sink))
		return;
	if (v->fl & F_DECODED)
		hit(P, "php.obfuscated_eval", HS_SEV_MEDIUM, tok, "%s(%s(...))", sink,
		    v->how ? v->how : "decoded data");
}

/* md5/sha1/hash/crc32... of request input (or of such a hash): F_KEYIN */
bool hash_of_input(const char *lname, const struct pv *args, int nargs)
{
	static const char *const hashes[] = {"md5", "sha1", "crc32", "hash", "hash_hmac"};
	bool named = false;
	for (size_t i = 0; i < HS_ARRAY_LEN(hashes); i++)
		named |= !strcmp(lname, hashes[i]);
	if (!named)
		return false;
	for (int i = 0; i < nargs && i < 3; i++)
		if (args[i].taint || (args[i].fl & F_KEYIN))
			return true;
	return false;
}

/* Keep decoded bytes as a layer for the YARA rules and the patterns: a
 * script written to disk from base64 (a Perl back-connect dropped into
 * /tmp) is found by what it is. */
void keep_layer(struct P *P, const struct pv *v)
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
bool drop_path(const struct pv *v)
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

void drop_write(struct P *P, const struct pv *data)
{
	if (data->taint && !P->C->drop_src)
		P->C->drop_src = trail(P, data);
	else if ((data->fl & F_DECODED) && !P->C->drop_dec)
		P->C->drop_dec = data->how ? data->how : "decoded";
}

/* webhigh: a program that serves a shell on a socket, a bind or
 * back-connect shell in any language (an ELF's symbol and string table, C,
 * Perl, Python): the socket API (socket with connect/accept/listen,
 * IO::Socket, bash's /dev/tcp/), a shell (/bin/sh, /bin/bash, cmd.exe) and
 * the shell put on the connection (dup2 of the descriptors, STDIN reopened
 * onto the socket with >&, an interactive sh -i). A decoded layer that is
 * one is malicious whoever starts it. Base64 text is decoded once more (a
 * helper that decodes once what was encoded twice). */
static bool has_w(const unsigned char *s, size_t n, const char *w)
{
	return memmem(s, n, w, strlen(w)) != NULL;
}

static bool net_shell_bytes(const unsigned char *s, size_t n)
{
	bool sock = (has_w(s, n, "socket") &&
	             (has_w(s, n, "connect") || has_w(s, n, "accept") || has_w(s, n, "listen"))) ||
	            has_w(s, n, "IO::Socket") || has_w(s, n, "/dev/tcp/");
	bool shell = has_w(s, n, "/bin/sh") || has_w(s, n, "/bin/bash") || has_w(s, n, "cmd.exe") ||
	             has_w(s, n, "sh -i");
	bool attach = has_w(s, n, "dup2") || (has_w(s, n, "STDIN") && has_w(s, n, ">&")) ||
	              has_w(s, n, "sh -i") || has_w(s, n, "/dev/tcp/");
	return sock && shell && attach;
}

bool net_shell_text(const unsigned char *s, size_t n)
{
	if (!s || n < 64 || n > (8u << 20))
		return false;
	if (net_shell_bytes(s, n))
		return true;
	size_t al = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		al += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      c == '+' || c == '/' || c == '=' || c == '\n' || c == '\r';
	}
	if (al < n - n / 50)
		return false;
	struct fbuf b = {0};
	fbuf_reset(&b, n);
	bool r = fold_base64(&b, s, n) && b.n && net_shell_bytes(b.p, b.n);
	fbuf_free(&b);
	return r;
}

/* decoded data written to a file: a network shell (php.dropped_network_shell
 * when a command starts what the file wrote) */
void drop_net_check(struct P *P, const struct pv *data)
{
	if (!P->C->drop_net && !data->taint && (data->fl & F_DECODED) && is_str(data) &&
	    net_shell_text(data->s, data->n))
		P->C->drop_net = P->layer + 1;
}

/* the command at this layer starts what was written as a network shell: the
 * write in this layer or an outer one (not the written text itself
 * analysed as code, pay_store_write's inner layer) */
static bool net_run(const struct P *P)
{
	return P->C->drop_net && P->layer < P->C->drop_net;
}

/* gcc -o /tmp/bd /tmp/bd.c, the source decoded from the file: the
 * program it builds is a dropped program too (dropped_prog_text). */
static void compiled_out(struct P *P, const unsigned char *s, size_t n)
{
	for (size_t i = 0; i + 3 < n; i++) {
		if (s[i] != ' ' || s[i + 1] != '-' || s[i + 2] != 'o' || s[i + 3] != ' ')
			continue;
		size_t b = i + 4;
		while (b < n && s[b] == ' ')
			b++;
		size_t e = b;
		while (e < n && s[e] != ' ' && s[e] != '\t' && s[e] != ';' && s[e] != '&')
			e++;
		if (e > b)
			ev_wrote_prog(P, s + b, e - b);
		return;
	}
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
	if (!P->C->drop_src && net_run(P)) {
		/* webhigh: what the file decoded and wrote is a network shell */
		rule = "php.dropped_network_shell";
		sev = HS_SEV_HIGH;
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
			if (k < 5 && !P->C->drop_src)
				compiled_out(P, s + e, n - e);
			return;
		}
}

/* Literal PHP written to a file is a program the file plants: a dropper
 * that writes a fixed web shell (file_put_contents($d.'/x.php', '<?php
 * @eval($_POST[1]);')) runs nothing itself. The written text, when it is
 * known and holds an open tag, is analysed as a layer of its own (as the
 * dropped file would run: from HTML mode, in a fresh global scope, under
 * the layer bounds), and its findings are the dropper's: php.code_drop,
 * as sure as the worst of them, names the write. Code written without
 * any sink in it (a "<?php exit;" guard, a config template) says nothing. */
void drop_code(struct P *P, const struct pv *data, const struct pv *path, size_t tok,
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
	bool any = php_gate(&pre);
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

/* copy('data:...;base64,...', $dst): the data stream is what is written. */
void drop_copy_data(struct P *P, const struct pv *from, const struct pv *to, size_t tok)
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

/* The program name of a known argv element, lower case, without its
 * directory ("/usr/bin/Convert" -> "convert"); "" when unknown. */
static void argv_prog(const struct pv *e, char *out, size_t outlen)
{
	out[0] = 0;
	if (!is_str(e) || !e->n || e->n > 256)
		return;
	const unsigned char *b = e->s + e->n;
	while (b > e->s && b[-1] != '/' && b[-1] != '\\')
		b--;
	size_t bn = (size_t)(e->s + e->n - b);
	if (bn && bn < outlen)
		lower_copy(out, outlen, b, bn);
}

/* Programs that run what they are given as a command line or a script. */
static const char *const shells[] = {"sh",       "bash",       "dash",          "zsh",   "ksh",
                                     "mksh",     "csh",        "tcsh",          "ash",   "busybox",
                                     "cmd",      "cmd.exe",    "fish",          "rbash", "pwsh",
                                     "pwsh.exe", "powershell", "powershell.exe"};
/* Programs whose next word (after their options) is the program they start. */
static const char *const runners[] = {
    "env",    "nohup",  "sudo",    "doas",     "timeout",  "nice",       "ionice", "xargs",
    "setsid", "stdbuf", "chroot",  "time",     "exec",     "runuser",    "su",     "watch",
    "flock",  "chrt",   "taskset", "unbuffer", "firejail", "systemd-run"};
/* Remote shells: the words after the host are a command line run there. */
static const char *const remote[] = {"ssh", "rsh", "dbclient", "plink", "sshpass"};

/* An interpreter that runs a script or code it is given (python3.11,
 * perl, php8.2...): the name, then only a version. */
static bool argv_interp(const char *p)
{
	static const char *const interps[] = {"python",  "perl", "ruby",   "php",       "node",
	                                      "nodejs",  "lua",  "luajit", "tclsh",     "wish",
	                                      "rscript", "deno", "bun",    "osascript", "awk",
	                                      "gawk",    "mawk", "nawk",   "expect",    "jjs"};
	for (size_t i = 0; i < HS_ARRAY_LEN(interps); i++) {
		size_t l = strlen(interps[i]);
		if (strncmp(p, interps[i], l))
			continue;
		const char *r = p + l;
		while (*r && ((*r >= '0' && *r <= '9') || *r == '.'))
			r++;
		if (!*r || !strcmp(r, ".exe"))
			return true;
	}
	return false;
}

/* A shell's option that makes its next word the command: -c, -lc, -ec,
 * cmd's /c and /k, PowerShell's -Command and -EncodedCommand. */
static bool shell_code_opt(const struct pv *o)
{
	if (!is_str(o) || o->n < 2 || o->n > 16)
		return false;
	if (o->s[0] == '/')
		return o->n == 2 &&
		       (o->s[1] == 'c' || o->s[1] == 'C' || o->s[1] == 'k' || o->s[1] == 'K');
	if (o->s[0] != '-' || o->s[1] == '-')
		return false;
	if (o->n > 3 && (o->s[1] == 'C' || o->s[1] == 'c' || o->s[1] == 'E' || o->s[1] == 'e'))
		return name_eq(o->s + 1, o->n - 1, (const unsigned char *)"command", 7, true) ||
		       name_eq(o->s + 1, o->n - 1, (const unsigned char *)"encodedcommand", 14,
		               true);
	return memchr(o->s + 1, 'c', o->n - 1) != NULL;
}

/* proc_open(['convert', $in, '-resize', '80x80', $out], ...): PHP 7.4's
 * argument-array form starts the program itself, no shell reads the line.
 * Input as one element after a fixed program is an argument of that
 * program (php.input_to_command_arg, medium), not a command, unless the
 * element is where a program or a program's code goes: the first word, the
 * word after a runner and its options ("env", "nohup", "sudo", "timeout",
 * "10", "xargs"), after find's -exec, a shell's command after -c (or its
 * script), an interpreter's code after its code flag ("python3", "-c", $x;
 * interp_code_flag) or its script ("php", "-f", $x): then it is
 * php.input_to_command. The words after a shell's -c script are its
 * positional parameters ("sh", "-c", 'convert "$1" x.png', "sh", $in: the
 * safe idiom). ssh hands its words to the remote shell: the evidence says
 * so, the severity stays medium (an injection in an admin tool, as
 * slbackup-php's rdiff-backup over ssh, not a back door). Returns false
 * when v is not such an array or holds no input. */
static bool argv_cmd(struct P *P, const struct pv *v, size_t tok, const char *sink)
{
	if (v->k != K_ARR || !v->a || !v->a->n || !v->taint)
		return false;
	const struct parr *a = v->a;
	const struct pv *arg = NULL; /* the first input that is only an argument */
	char p[64] = "", argp[64] = "";
	bool ssh = false;
	uint32_t i = 0;
	while (i < a->n && !arg) {
		const struct pv *e = &a->v[i].val;
		if (e->taint) {
			hit(P, "php.input_to_command", HS_SEV_CRITICAL, tok,
			    "%s -> %s([...]) as the program", trail(P, e), sink);
			return true;
		}
		argv_prog(e, p, sizeof(p));
		uint32_t prog = i++;
		if (name_in(p, runners, HS_ARRAY_LEN(runners))) {
			/* its options, numbers (timeout 10) and VAR=value (env) */
			while (i < a->n) {
				const struct pv *o = &a->v[i].val;
				if (o->taint || !is_str(o) || !o->n ||
				    !(o->s[0] == '-' || (o->s[0] >= '0' && o->s[0] <= '9') ||
				      memchr(o->s, '=', o->n)))
					break;
				i++;
			}
			continue; /* the program it starts */
		}
		bool shell = name_in(p, shells, HS_ARRAY_LEN(shells)), interp = argv_interp(p);
		ssh |= name_in(p, remote, HS_ARRAY_LEN(remote));
		/* the words so far as a command line, for the interpreters' code flags */
		char line[256];
		size_t ln = 0;
		bool code_next = false, script_next = true, again = false;
		for (uint32_t j = prog; j < a->n && !arg && !again; j++) {
			const struct pv *o = &a->v[j].val;
			if (j > prog && o->taint) {
				struct pv pre = str_ref((const unsigned char *)line, ln, 0);
				if (code_next || ((shell || interp) && script_next) ||
				    interp_code_flag(&pre)) {
					hit(P, "php.input_to_command", HS_SEV_CRITICAL, tok,
					    "%s -> %s([\"%s\", ...]) as its %s", trail(P, o), sink,
					    p, shell || code_next ? "command" : "program");
					return true;
				}
				arg = o;
				memcpy(argp, p, sizeof(argp));
				break;
			}
			if (j > prog) {
				bool opt = is_str(o) && o->n &&
				           (o->s[0] == '-' || (o->s[0] == '/' && o->n <= 3));
				code_next = shell && shell_code_opt(o);
				if (!opt)
					script_next = false; /* the script, or -c's command */
				if (!strcmp(p, "find") && is_str(o) && o->n >= 3 &&
				    ((o->n >= 5 && !memcmp(o->s, "-exec", 5)) ||
				     (o->n >= 3 && !memcmp(o->s, "-ok", 3)))) {
					i = j +
					    1; /* find ... -exec PROG: the next word is a program */
					again = true;
					break;
				}
			}
			size_t w = is_str(o) ? (o->n < 64 ? o->n : 64) : 1;
			if (ln + w + 1 < sizeof(line)) {
				if (is_str(o))
					memcpy(line + ln, o->s, w);
				else
					line[ln] = 'x';
				ln += w;
				line[ln++] = ' ';
			}
		}
		if (!again)
			break;
	}
	if (!arg)
		return false;
	hit(P, "php.input_to_command_arg", HS_SEV_MEDIUM, tok,
	    "%s -> %s([\"%s\", ...]) as an argument%s", trail(P, arg), sink, argp,
	    ssh ? " (the remote shell reads it)" : ", no shell");
	return true;
}

static int line_input_place(const unsigned char *s, size_t n, char *prog, size_t plen);

/* Where the last command of a shell line starts: after its last ;, |, ||,
 * &&, &, newline, backtick or $( outside single quotes. Redirections
 * (2>&1, &>, >&2, >|) do not start a command. 0: the line has one command. */
size_t cmd_segment(const unsigned char *s, size_t n)
{
	size_t seg = 0;
	bool sq = false, dq = false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		if (c == '\'' && !dq) {
			sq = !sq;
			continue;
		}
		if (c == '"' && !sq) {
			dq = !dq;
			continue;
		}
		if (sq)
			continue;
		/* in double quotes only `...` and $(...) start a command */
		bool sep = c == '`' || (c == '(' && i > 0 && s[i - 1] == '$');
		if (!dq && (c == ';' || c == '\n'))
			sep = true;
		if (!dq && c == '|')
			sep = !(i > 0 && s[i - 1] == '>');
		if (!dq && c == '&')
			sep = !(i > 0 && (s[i - 1] == '>' || s[i - 1] == '<')) &&
			      !(i + 1 < n && s[i + 1] == '>');
		if (sep)
			seg = i + 1;
	}
	return seg;
}

/* Known text just before an input, holding a separator: does the input
 * land where the next command's program or script goes ("... | sudo -S ",
 * "cd /x && ", "; timeout 5 ")? concat marks such a value F_CMDIN. */
bool cmd_after_sep(const unsigned char *s, size_t n)
{
	if (!s || !n || n > 4096)
		return false;
	size_t seg = cmd_segment(s, n);
	if (!seg)
		return false;
	char prog[64];
	return line_input_place(s, n, prog, sizeof(prog)) != 0;
}

/* Known command text that starts a file the file wrote with data it
 * decoded: the word is a segment's first (its program: "./bk ", "/tmp/.x")
 * or follows a shell, an interpreter or a runner and its options
 * ("perl /tmp/.cn ", "nohup sh x"). "chmod 755 bk" does not start it. */
bool dropped_prog_text(struct C *C, const unsigned char *s, size_t n)
{
	if (!C->wr || !s || !n || n > 4096)
		return false;
	size_t i = 0;
	bool starts = true; /* the next word is where a program goes */
	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '"' || s[i] == '\''))
			i++;
		size_t b = i;
		while (i < n && !strchr(" \t\"';|&\n", s[i]))
			i++;
		if (i == b) {
			/* a separator starts the next command; 2>&1 does not */
			if (i < n && (s[i] != '&' || !i || s[i - 1] != '>'))
				starts = true;
			i++;
			continue;
		}
		if (!starts)
			continue;
		if (ev_wrote_decoded(C, s + b, i - b))
			return true;
		if (s[b] == '-')
			continue; /* an option of the runner or interpreter before */
		struct pv w = str_ref(s + b, i - b, 0);
		char p[64];
		argv_prog(&w, p, sizeof(p));
		starts = name_in(p, shells, HS_ARRAY_LEN(shells)) || argv_interp(p) ||
		         name_in(p, runners, HS_ARRAY_LEN(runners));
	}
	return false;
}

/* The known end of a command line after the input pipes into a shell or
 * an interpreter, and the input's command is echo/printf: the input is
 * what that shell reads ('echo "' . $x . '" | /bin/sh'). */
static bool echo_to_shell(const struct pv *v)
{
	if (!v->s || !v->n || !v->sfx || !v->sfxn || v->sfxn > 4096)
		return false;
	size_t seg = cmd_segment(v->s, v->n), i = seg;
	while (i < v->n && (v->s[i] == ' ' || v->s[i] == '\t'))
		i++;
	size_t b = i;
	while (i < v->n && v->s[i] != ' ' && v->s[i] != '\t')
		i++;
	struct pv w = str_ref(v->s + b, i - b, 0);
	char p[64];
	argv_prog(&w, p, sizeof(p));
	if (strcmp(p, "echo") && strcmp(p, "printf") && strcmp(p, "print"))
		return false;
	const unsigned char *bar = memchr(v->sfx, '|', v->sfxn);
	while (bar && bar + 1 < v->sfx + v->sfxn && bar[1] == '|')
		bar = memchr(bar + 2, '|', (size_t)(v->sfx + v->sfxn - bar - 2)); /* || */
	if (!bar)
		return false;
	const unsigned char *t = bar + 1, *e = v->sfx + v->sfxn;
	/* the pipe's program, after runners and their options (sudo -u x) */
	for (int k = 0; k < 4 && t < e; k++) {
		while (t < e && (*t == ' ' || *t == '\t'))
			t++;
		const unsigned char *wb = t;
		while (t < e && *t != ' ' && *t != '\t' && *t != '\'' && *t != '"' && *t != ';' &&
		       *t != '|' && *t != '&' && *t != '>')
			t++;
		struct pv pw = str_ref(wb, (size_t)(t - wb), 0);
		argv_prog(&pw, p, sizeof(p));
		if (!p[0])
			return false;
		if (name_in(p, shells, HS_ARRAY_LEN(shells)) || argv_interp(p))
			return true;
		if (!name_in(p, runners, HS_ARRAY_LEN(runners)))
			return false;
		while (t < e && (*t == ' ' || *t == '\t'))
			t++;
		while (t + 1 < e && *t == '-') { /* runner options, one word each */
			while (t < e && *t != ' ')
				t++;
			while (t < e && *t == ' ')
				t++;
		}
	}
	return false;
}

/* The known beginning of a command line, before the input: where does the
 * input land? 1: where the program goes, after runners and their options
 * ("nohup ", "timeout 10 ", "sudo -n ", "env A=1 ", a directory "/usr/bin/");
 * 2: the script of a shell or an interpreter ("bash ", "php -f ",
 * "python3 "); 0: an argument of a fixed program. prog: the last program. */
static int line_input_place(const unsigned char *s, size_t n, char *prog, size_t plen)
{
	/* after a shell separator a new command starts: "echo x | sudo -S ",
	 * "cd /tmp && " (cmd_segment) */
	size_t seg = cmd_segment(s, n);
	s += seg;
	n -= seg;
	size_t i = 0;
	bool at_prog = true, script = false, runner = false;
	prog[0] = 0;
	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\'' || s[i] == '"'))
			i++;
		if (i >= n)
			break;
		size_t b = i;
		while (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '\'' && s[i] != '"')
			i++;
		const unsigned char *w = s + b;
		size_t wn = i - b;
		if (i >= n) {
			/* the input completes this word: a program in a fixed
			 * directory ("/usr/bin/" . $x), or an argument */
			if (!at_prog || w[wn - 1] != '/')
				return 0;
			lower_copy(prog, plen, w, wn);
			return 1;
		}
		if (at_prog) {
			/* a runner's options, numbers (timeout 10) and VAR=value (env) */
			if (runner &&
			    (w[0] == '-' || (w[0] >= '0' && w[0] <= '9') || memchr(w, '=', wn)))
				continue;
			struct pv e = str_ref(w, wn, 0);
			argv_prog(&e, prog, plen);
			runner = name_in(prog, runners, HS_ARRAY_LEN(runners));
			if (runner)
				continue; /* its options, then the program */
			at_prog = false;
			script = name_in(prog, shells, HS_ARRAY_LEN(shells)) || argv_interp(prog);
			if (!script)
				return 0;
			continue;
		}
		/* a shell's or an interpreter's words */
		if (w[0] != '-')
			return 0; /* its script was given: what follows is an argument */
	}
	if (at_prog)
		return 1;
	return script ? 2 : 0;
}

/* A command line that starts with ssh: the words after the host go to a
 * shell on the other end (said in the evidence; the severity stays medium). */
static bool ssh_line(const unsigned char *s, size_t n)
{
	if (!s)
		return false;
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	size_t b = i;
	while (i < n && s[i] != ' ' && s[i] != '\t')
		i++;
	struct pv e = str_ref(s + b, i - b, 0);
	char p[64];
	argv_prog(&e, p, sizeof(p));
	return name_in(p, remote, HS_ARRAY_LEN(remote));
}

void sink_cmd(struct P *P, const struct pv *v, size_t tok, const char *sink)
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
	if (argv_cmd(P, v, tok, sink))
		return;
	/* the same without input: as a dropped source file run (drop_run) */
	if (!v->taint && !P->C->drop_dec && !P->C->drop_src &&
	    ((v->fl & F_DROPRUN) || (is_str(v) && dropped_prog_text(P->C, v->s, v->n)))) {
		if (net_run(P))
			hit(P, "php.dropped_network_shell", HS_SEV_HIGH, tok,
			    "a bind or back-connect shell decoded from the file -> a file, then "
			    "%s() "
			    "of it",
			    sink);
		else
			hit(P, "php.decoded_script_run", HS_SEV_MEDIUM, tok,
			    "decoded data -> a file, then %s() of it", sink);
	}
	if (v->taint && (v->fl & F_CMDIN)) {
		/* "echo .. | sudo -S " . $c, "cd " . $d . " && " . $c (concat) */
		hit(P, "php.input_to_command", HS_SEV_CRITICAL, tok,
		    "%s -> %s(\"... | ...\") as a command after a shell separator", trail(P, v),
		    sink);
		return;
	}
	if (v->taint && (v->fl & F_KPREFIX) && !(v->fl & F_SHESC) && echo_to_shell(v)) {
		hit(P, "php.input_to_command", HS_SEV_CRITICAL, tok,
		    "%s -> %s(\"echo ... | sh\") echoed into a shell", trail(P, v), sink);
		return;
	}
	if (v->taint && (v->fl & F_KPREFIX)) {
		const unsigned char *ks = v->s;
		size_t kn = v->k == K_UNK ? v->n : v->kpre;
		char prog[64];
		/* only where the input starts right after the known text: known
		 * text with input (kpre, its untainted beginning), or an unknown
		 * value whose kpre says its input starts where its known
		 * beginning ends. Otherwise the known beginning ends at a first
		 * unknown part that need not be the input ("php $dir/cron.php "
		 * . $_GET['id']: an argument of a fixed script) */
		bool right_after = is_str(v) || (v->kpre && v->kpre == v->n);
		int where = ks && right_after ? line_input_place(ks, kn, prog, sizeof(prog)) : 0;
		if (where) {
			/* "nohup " . $x, "timeout 10 " . $x, "bash " . $x: the input is
			 * the program, or the script a shell or an interpreter runs */
			hit(P, "php.input_to_command", HS_SEV_CRITICAL, tok,
			    "%s -> %s(\"%s ...\") as %s", trail(P, v), sink, prog,
			    where == 1 ? "the program it starts" : "its script");
			return;
		}
		/* the whole line escapeshellcmd()ed after a fixed program: the input
		 * can only be words of that program's arguments (zoneminder's
		 * escapeshellcmd(ZM_PATH_BIN . "/zmu -m$id")) */
		if ((v->fl & F_SHESC) && ks)
			return;
		/* a program the file decoded and wrote, started with the request's
		 * words: a back-connect told where to connect, a dropped tool */
		if ((v->fl & F_DROPRUN) || (ks && dropped_prog_text(P->C, ks, v->n))) {
			hit(P, "php.dropped_program_input", HS_SEV_HIGH, tok,
			    "%s -> %s(a program the file decoded and wrote, input on its command "
			    "line)",
			    trail(P, v), sink);
			return;
		}
		/* input as an argument of a fixed program: an injection, not a shell */
		hit(P, "php.input_to_command_arg", HS_SEV_MEDIUM, tok, "%s -> %s(fixed command)%s",
		    trail(P, v), sink, ssh_line(ks, kn) ? ", a remote shell's command line" : "");
		return;
	}
	if (v->taint) {
		hit(P, "php.input_to_command", HS_SEV_CRITICAL, tok, "%s -> %s()", trail(P, v),
		    sink);
		return;
	}
	if (pay_cmd_sink(P, v, tok, sink))
		return;
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

bool has_ext(const struct pv *v, const char *const *exts, size_t n)
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

bool starts_nocase(const struct pv *v, const char *p)
{
	size_t l = strlen(p);
	/* known, or unknown with a known beginning (concat keeps it in s) */
	return (is_str(v) || (v->k == K_UNK && v->s)) && v->n >= l &&
	       name_eq(v->s, l, (const unsigned char *)p, l, true);
}

/* Is the include at tok inside a <style> or <script> element the page
 * writes (echo '<script>'; require 'tables.js'; echo '</script>', or
 * "<style>\n<?php include 'export.css'; ?>\n</style>")? Applications
 * inline their own scripts and style sheets that way: the include writes
 * the file's text into the element. The source up to 1 KB before the
 * include holds the open tag and no close tag after it. */
static bool inlined_asset(const struct P *P, size_t tok, bool css)
{
	if (tok >= P->lx->n)
		return false;
	const unsigned char *src = P->lx->src;
	size_t off = P->lx->t[tok].off, b = off > 1024 ? off - 1024 : 0;
	const char *open = css ? "<style" : "<script", *close = css ? "</style" : "</script";
	size_t ol = strlen(open), cl = strlen(close);
	for (size_t i = off; i-- > b;) {
		if (src[i] != '<')
			continue;
		if (off - i >= cl && !strncasecmp((const char *)src + i, close, cl))
			return false;
		if (off - i >= ol && !strncasecmp((const char *)src + i, open, ol))
			return true;
	}
	return false;
}

void sink_include(struct P *P, const struct pv *v, size_t tok, const char *what)
{
	/* what a web server serves as a picture or a style sheet (a .txt or
	 * .tpl template is something applications do include) */
	static const char *const nonphp[] = {"ico", "png", "jpg", "jpeg", "gif", "bmp",
	                                     "css", "js",  "svg", "zip",  "webp"};
	if (ev_include(P, v, tok, what))
		return;
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
	/* a catalogue or a font: nothing an application includes, whoever
	 * wrote the directory before the name (php_ev_payload.c); not a .tmp or
	 * .dat, where caches keep the PHP they include (cacti's mibcache.tmp) */
	static const char *const blobs[] = {"json", "po", "mo", "woff", "woff2", "ttf", "eot"};
	static const char *const pictures[] = {"ico", "png", "jpg", "jpeg", "gif", "bmp", "webp"};
	if ((is_str(v) || v->k == K_UNK) && has_ext(v, pictures, HS_ARRAY_LEN(pictures)) &&
	    !starts_nocase(v, "http")) {
		/* include dirname(__FILE__) . '/img/favicon_a1b2.ico': PHP would print
		 * a picture; only code hidden in one is worth including */
		const unsigned char *ps = is_str(v) ? v->s : v->sfx;
		size_t pn = is_str(v) ? v->n : v->sfxn;
		hit(P, "php.include_nonphp", HS_SEV_HIGH, tok, "%s of a picture \"%s%.*s\"", what,
		    is_str(v) ? "" : "...", pn > 80 ? 80 : (int)pn, (const char *)ps);
		return;
	}
	if (((is_str(v) && has_ext(v, nonphp, HS_ARRAY_LEN(nonphp))) ||
	     ((is_str(v) || v->k == K_UNK) && has_ext(v, blobs, HS_ARRAY_LEN(blobs)))) &&
	    !starts_nocase(v, "http")) {
		static const char *const css[] = {"css"}, *const js[] = {"js"};
		if (inlined_asset(P, tok, has_ext(v, css, 1)) &&
		    (has_ext(v, css, 1) || has_ext(v, js, 1)))
			return;
		const unsigned char *ps = is_str(v) ? v->s : v->sfx;
		size_t pn = is_str(v) ? v->n : v->sfxn;
		hit(P, "php.include_nonphp", HS_SEV_MEDIUM, tok, "%s \"%s%.*s\"", what,
		    is_str(v) ? "" : "...", pn > 80 ? 80 : (int)pn, (const char *)ps);
	}
}

/* A path a web server would run as PHP. */
bool is_script_path(const struct pv *v)
{
	static const char *const exts[] = {"php", "phtml", "php5", "php7", "phar", "pht", "inc"};
	if (has_ext(v, exts, HS_ARRAY_LEN(exts)))
		return true;
	/* $dir . $_GET['n'] . '.php': the known end is the extension alone */
	for (size_t i = 0; !is_str(v) && v->sfx && i < HS_ARRAY_LEN(exts); i++) {
		size_t l = strlen(exts[i]);
		if (v->sfxn == l + 1 && v->sfx[0] == '.' &&
		    name_eq(v->sfx + 1, l, (const unsigned char *)exts[i], l, true))
			return true;
	}
	return false;
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
void fetch_drop(struct P *P, const struct pv *path, const struct pv *data, bool handle, size_t tok,
                const char *lname)
{
	bool loc = !strcmp(lname, "copy") || !strcmp(lname, "rename");
	if (!(handle ? (path->fl & F_WSCRIPT) != 0 : is_script_path(path)))
		return;
	/* copy("$dir/mdl_disponibilita.php", "$to/mdl_disponibilita.php"),
	 * copy("$dir/$name", ...) with $name ending in ".php": the request names
	 * a directory, the file is the application's own script (hoteldruid
	 * copies its page templates between two folders). A server runs a .php
	 * it is asked for: code is never fetched from a URL that ends so, only
	 * what the script printed */
	if (loc && data->taint && !is_str(data) && data->sfx && is_script_path(data))
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
void fetch_stream_copy(struct P *P, struct pv *args, int nargs, size_t tok)
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
void sink_mail(struct P *P, size_t tok, const char *what)
{
	if (P->C->input_loops > 0)
		hit(P, "php.mass_mail_loop", HS_SEV_HIGH, tok, "loop over %s -> %s",
		    P->C->loop_src ? P->C->loop_src : "a list", what);
}
