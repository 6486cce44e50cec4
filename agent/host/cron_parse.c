#include "host/cron_parse.h"
#include "finding.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <ctype.h>
#include <pcre2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- reasons ---------------------------------------------------------- */

static const struct {
	const char *name;
	int sev;
} reasons[CR_REASON_COUNT] = {
    /* flagged on its own, but what the line runs decides whether respond
     * disables it: a high reason is needed for that */
    [CR_WEB_USER] = {"web_user_crontab", HS_SEV_MEDIUM},
    [CR_TMP_PATH] = {"runs_from_tmp", HS_SEV_HIGH},
    [CR_HIDDEN_PATH] = {"runs_from_hidden_path", HS_SEV_MEDIUM},
    [CR_DOCROOT_EXEC] = {"runs_from_docroot", HS_SEV_MEDIUM},
    [CR_DOWNLOAD_EXEC] = {"download_exec", HS_SEV_CRITICAL},
    [CR_BASE64] = {"base64_decode", HS_SEV_HIGH},
    [CR_INLINE_CODE] = {"inline_code", HS_SEV_MEDIUM},
    [CR_EVAL] = {"eval", HS_SEV_MEDIUM},
    [CR_DETACHED] = {"detached_frequent", HS_SEV_MEDIUM},
    [CR_CHATTR] = {"chattr_immutable", HS_SEV_HIGH},
    [CR_REINSTALL] = {"reinstalls_crontab", HS_SEV_HIGH},
    [CR_IP_LITERAL] = {"ip_literal", HS_SEV_LOW},
    [CR_SHELL_TMP] = {"shell_in_tmp", HS_SEV_HIGH},
    [CR_SCRIPT_FLAGGED] = {"script_flagged", HS_SEV_HIGH},
    [CR_UNSAFE_CRONTAB] = {"unsafe_crontab_file", HS_SEV_MEDIUM},
};

const char *cron_reason_name(enum cron_reason r)
{
	return (unsigned)r < CR_REASON_COUNT ? reasons[r].name : "unknown";
}

int cron_reason_severity(enum cron_reason r)
{
	return (unsigned)r < CR_REASON_COUNT ? reasons[r].sev : HS_SEV_LOW;
}

/* ---- schedules ---------------------------------------------------------- */

static const char *const month_names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
static const char *const dow_names[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

static bool parse_value(const char **p, int lo, int hi, const char *const *names, int nnames,
                        int name_base, int *out)
{
	const char *s = *p;
	if (isdigit((unsigned char)*s)) {
		long v = 0;
		while (isdigit((unsigned char)*s)) {
			v = v * 10 + (*s - '0');
			if (v > 100000)
				return false;
			s++;
		}
		if (v < lo || v > hi)
			return false;
		*out = (int)v;
		*p = s;
		return true;
	}
	for (int i = 0; i < nnames; i++) {
		if (strncasecmp(s, names[i], 3) == 0 && !isalpha((unsigned char)s[3])) {
			*out = i + name_base;
			*p = s + 3;
			return true;
		}
	}
	return false;
}

/* One field into a bit set. */
static bool parse_field(const char *f, int lo, int hi, const char *const *names, int nnames,
                        int name_base, uint64_t *bits, const char *what, char *err, size_t errlen)
{
	*bits = 0;
	const char *p = f;
	for (;;) {
		int a, b;
		if (*p == '*') {
			a = lo;
			b = hi;
			p++;
		} else {
			if (!parse_value(&p, lo, hi, names, nnames, name_base, &a))
				goto bad;
			b = a;
			if (*p == '-') {
				p++;
				if (!parse_value(&p, lo, hi, names, nnames, name_base, &b) || b < a)
					goto bad;
			}
		}
		int step = 1;
		if (*p == '/') {
			p++;
			if (!isdigit((unsigned char)*p))
				goto bad;
			long st = 0;
			while (isdigit((unsigned char)*p)) {
				st = st * 10 + (*p - '0');
				if (st > 1000)
					goto bad;
				p++;
			}
			if (st < 1)
				goto bad;
			step = (int)st;
		}
		for (int v = a; v <= b; v += step)
			*bits |= 1ULL << v;
		if (*p == ',') {
			p++;
			continue;
		}
		if (*p == '\0')
			return true;
		goto bad;
	}
bad:
	snprintf(err, errlen, "bad %s field '%.40s'", what, f);
	return false;
}

bool cron_schedule_period(const char *fields[5], int *period, char *err, size_t errlen)
{
	static const struct {
		const char *kw;
		int period;
	} kws[] = {{"reboot", 0},     {"hourly", 60},     {"daily", 1440},    {"midnight", 1440},
	           {"weekly", 10080}, {"monthly", 43200}, {"yearly", 525600}, {"annually", 525600}};
	if (fields[0][0] == '@') {
		for (size_t i = 0; i < HS_ARRAY_LEN(kws); i++) {
			if (!strcasecmp(fields[0] + 1, kws[i].kw)) {
				*period = kws[i].period;
				return true;
			}
		}
		snprintf(err, errlen, "unknown keyword '%.40s'", fields[0]);
		return false;
	}
	uint64_t min, hour, dom, mon, dow;
	if (!parse_field(fields[0], 0, 59, NULL, 0, 0, &min, "minute", err, errlen) ||
	    !parse_field(fields[1], 0, 23, NULL, 0, 0, &hour, "hour", err, errlen) ||
	    !parse_field(fields[2], 1, 31, NULL, 0, 0, &dom, "day-of-month", err, errlen) ||
	    !parse_field(fields[3], 1, 12, month_names, 12, 1, &mon, "month", err, errlen) ||
	    !parse_field(fields[4], 0, 7, dow_names, 7, 0, &dow, "day-of-week", err, errlen))
		return false;
	/* Shortest gap between two runs within a day (cyclic). */
	int first = -1, prev = -1, gap = 1440;
	for (int h = 0; h < 24; h++) {
		if (!(hour & (1ULL << h)))
			continue;
		for (int m = 0; m < 60; m++) {
			if (!(min & (1ULL << m)))
				continue;
			int t = h * 60 + m;
			if (first < 0)
				first = t;
			if (prev >= 0 && t - prev < gap)
				gap = t - prev;
			prev = t;
		}
	}
	if (first >= 0 && prev != first && first + 1440 - prev < gap)
		gap = first + 1440 - prev;
	*period = gap;
	return true;
}

/* ---- lines -------------------------------------------------------------- */

struct parser {
	const struct cron_parse_cbs *cbs;
	enum cron_syntax syn;
	char *shell, *path;
	size_t n;
};

static void warn(struct parser *ps, unsigned line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void warn(struct parser *ps, unsigned line, const char *fmt, ...)
{
	if (!ps->cbs->warn)
		return;
	char msg[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	ps->cbs->warn(ps->cbs->ud, line, msg);
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Next blank-separated word: returns its start, sets *end. */
static char *next_word(char *p, char **end)
{
	while (is_blank(*p))
		p++;
	if (!*p)
		return NULL;
	char *e = p;
	while (*e && !is_blank(*e))
		e++;
	*end = e;
	return p;
}

static char *unquote_dup(const char *s, size_t n)
{
	while (n && (is_blank(*s) || *s == '\r')) {
		s++;
		n--;
	}
	while (n && (is_blank(s[n - 1]) || s[n - 1] == '\r'))
		n--;
	if (n >= 2 && (s[0] == '"' || s[0] == '\'') && s[n - 1] == s[0]) {
		s++;
		n -= 2;
	}
	return xstrndup(s, n);
}

/* NAME = value (the name may be quoted). Returns true when it is one. */
static bool env_line(struct parser *ps, const char *l)
{
	const char *p = l;
	while (is_blank(*p))
		p++;
	if (isdigit((unsigned char)*p) || *p == '*' || *p == '@')
		return false;
	const char *eq = strchr(p, '=');
	if (!eq)
		return false;
	char *name = unquote_dup(p, (size_t)(eq - p));
	bool ok = *name != '\0';
	/* blanks inside the name only when it is quoted */
	for (const char *c = name; *c && ok && *p != '"' && *p != '\''; c++)
		ok = !is_blank(*c);
	if (ok) {
		char *val = unquote_dup(eq + 1, strlen(eq + 1));
		if (!strcmp(name, "SHELL")) {
			free(ps->shell);
			ps->shell = val;
		} else if (!strcmp(name, "PATH")) {
			free(ps->path);
			ps->path = val;
		} else {
			free(val);
		}
	}
	free(name);
	return ok;
}

/* Split the command at the first unescaped '%'. */
static void split_percent(const char *cmd, char **command, char **input)
{
	size_t n = strlen(cmd);
	char *c = xmalloc(n + 1), *o = c;
	const char *p = cmd;
	*input = NULL;
	for (; *p; p++) {
		if (*p == '\\' && p[1] == '%') {
			*o++ = '%';
			p++;
		} else if (*p == '%') {
			break;
		} else {
			*o++ = *p;
		}
	}
	*o = '\0';
	*command = c;
	if (*p == '%') {
		char *in = xmalloc(strlen(p) + 1), *q = in;
		for (p++; *p; p++) {
			if (*p == '\\' && p[1] == '%') {
				*q++ = '%';
				p++;
			} else {
				*q++ = *p == '%' ? '\n' : *p;
			}
		}
		*q = '\0';
		*input = in;
	}
}

static void parse_line(struct parser *ps, unsigned lineno, const char *raw, size_t len)
{
	bool truncated = false, nul = false;
	size_t ctl = 0;
	if (len > CRON_MAX_LINE) {
		truncated = true;
		len = CRON_MAX_LINE;
	}
	const char *z = memchr(raw, '\0', len);
	size_t full = len;
	if (z) {
		nul = true;
		len = (size_t)(z - raw);
	}
	for (size_t i = 0; i < full; i++) {
		unsigned char c = (unsigned char)raw[i];
		if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7f)
			ctl++;
	}
	char *l = xstrndup(raw, len);
	char *p = l;
	while (is_blank(*p) || *p == '\r')
		p++;
	const char *why = NULL;
	char err[128];
	if (*p == '\0' || *p == '#') {
		if (nul || ctl)
			warn(ps, lineno,
			     "binary data (%zu control bytes%s) in a comment or blank line", ctl,
			     nul ? ", NUL" : "");
		free(l);
		return;
	}
	if (!(isdigit((unsigned char)*p) || *p == '*' || *p == '@') && env_line(ps, p)) {
		if (nul || ctl)
			warn(ps, lineno, "binary data (%zu control bytes%s) in an environment line",
			     ctl, nul ? ", NUL" : "");
		free(l);
		return;
	}
	/* Time fields (or @keyword), then the user in system crontabs. */
	const char *fields[5] = {"", "", "", "", ""};
	char *end = p, *w;
	int nf = 0;
	bool bad = false;
	int want = *p == '@' ? 1 : 5;
	while (nf < want && (w = next_word(end, &end))) {
		if (*end)
			*end++ = '\0';
		fields[nf++] = w;
	}
	char *user = NULL;
	if (nf == want && ps->syn == CRON_SYNTAX_SYSTEM) {
		user = next_word(end, &end);
		if (user && *end)
			*end++ = '\0';
	}
	char *cmd = end;
	while (is_blank(*cmd))
		cmd++;
	if (nf < want || (ps->syn == CRON_SYNTAX_SYSTEM && !user) || !*cmd) {
		why = "not a crontab entry (too few fields or no command)";
	} else if (!(isdigit((unsigned char)*p) || *p == '*' || *p == '@')) {
		why = "not a crontab entry";
	}
	if (why) {
		if (nul || ctl)
			warn(ps, lineno, "binary data (%zu control bytes%s): %s", ctl,
			     nul ? ", NUL" : "", why);
		else if (truncated)
			warn(ps, lineno, "line longer than %d bytes: %s", CRON_MAX_LINE, why);
		else
			warn(ps, lineno, "%s", why);
		free(l);
		return;
	}
	int period = -1;
	if (!cron_schedule_period(fields, &period, err, sizeof(err))) {
		bad = true;
		period = -1;
		warn(ps, lineno, "%s (cron would reject this entry; checked anyway)", err);
	} else if (truncated) {
		warn(ps, lineno, "line longer than %d bytes (checked up to the limit)",
		     CRON_MAX_LINE);
	} else if (nul || ctl) {
		warn(ps, lineno, "entry holds %zu control bytes%s", ctl, nul ? " and a NUL" : "");
	}
	char sched[256];
	if (want == 1)
		snprintf(sched, sizeof(sched), "%s", fields[0]);
	else
		snprintf(sched, sizeof(sched), "%.48s %.48s %.48s %.48s %.48s", fields[0],
		         fields[1], fields[2], fields[3], fields[4]);
	char *command, *input;
	split_percent(cmd, &command, &input);
	/* trailing blanks and CR are not part of what anyone reads */
	size_t cl = strlen(command);
	while (cl && (is_blank(command[cl - 1]) || command[cl - 1] == '\r'))
		command[--cl] = '\0';
	struct cron_entry e = {
	    .line = lineno,
	    .schedule = sched,
	    .user = user,
	    .command = command,
	    .input = input,
	    .shell = ps->shell,
	    .path_env = ps->path,
	    .reboot = want == 1 && !strcasecmp(fields[0], "@reboot"),
	    .valid = !bad,
	    .truncated = truncated,
	    .period = period,
	};
	ps->n++;
	if (ps->cbs->entry)
		ps->cbs->entry(ps->cbs->ud, &e);
	free(command);
	free(input);
	free(l);
}

size_t cron_parse(const char *buf, size_t len, enum cron_syntax syn,
                  const struct cron_parse_cbs *cbs)
{
	struct parser ps = {.cbs = cbs, .syn = syn};
	unsigned lineno = 0;
	size_t off = 0;
	while (off < len) {
		const char *nl = memchr(buf + off, '\n', len - off);
		size_t l = nl ? (size_t)(nl - (buf + off)) : len - off;
		lineno++;
		parse_line(&ps, lineno, buf + off, l);
		off += l + (nl ? 1 : 0);
	}
	free(ps.shell);
	free(ps.path);
	return ps.n;
}

/* ---- command analysis --------------------------------------------------- */

static const char *const interpreters[] = {"sh",   "bash",   "dash", "zsh",    "ksh",    "ash",
                                           "csh",  "tcsh",   "perl", "python", "php",    "ruby",
                                           "node", "nodejs", "lua",  "tclsh",  "busybox"};

/* "python3.11" -> "python", "php8.2" -> "php", "perl5.36.0" -> "perl" */
static void base_family(const char *base, char *out, size_t outlen)
{
	size_t n = 0;
	while (base[n] && !isdigit((unsigned char)base[n]) && base[n] != '.' && n + 1 < outlen) {
		out[n] = base[n];
		n++;
	}
	out[n] = '\0';
	/* php-cgi, php-cli */
	if (!strncmp(out, "php-", 4))
		out[3] = '\0';
}

bool cron_is_interpreter(const char *base)
{
	char fam[32];
	base_family(base, fam, sizeof(fam));
	for (size_t i = 0; i < HS_ARRAY_LEN(interpreters); i++)
		if (!strcmp(fam, interpreters[i]))
			return true;
	return false;
}

bool cron_is_php(const char *base)
{
	char fam[32];
	base_family(base, fam, sizeof(fam));
	return !strcmp(fam, "php");
}

static bool is_shell(const char *base)
{
	char fam[32];
	base_family(base, fam, sizeof(fam));
	static const char *const shells[] = {"sh",  "bash", "dash", "zsh",
	                                     "ksh", "ash",  "csh",  "tcsh"};
	for (size_t i = 0; i < HS_ARRAY_LEN(shells); i++)
		if (!strcmp(fam, shells[i]))
			return true;
	return false;
}

bool cron_path_hidden(const char *path, const struct strlist *allow)
{
	const char *p = path;
	while (*p) {
		while (*p == '/')
			p++;
		const char *e = strchr(p, '/');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n && p[0] == '.' && !(n == 1) && !(n == 2 && p[1] == '.')) {
			bool allowed = false;
			for (size_t i = 0; allow && i < allow->n && !allowed; i++)
				allowed = strlen(allow->v[i]) == n && !strncmp(allow->v[i], p, n);
			if (!allowed)
				return true;
		}
		p += n;
	}
	return false;
}

enum tok_type { T_WORD, T_SEP };
struct tok {
	enum tok_type type;
	char *w;
};
struct toks {
	struct tok *v;
	size_t n, cap;
};

static void tok_add(struct toks *t, enum tok_type type, char *w)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 32;
		t->v = xrealloc(t->v, t->cap * sizeof(*t->v));
	}
	t->v[t->n].type = type;
	t->v[t->n].w = w;
	t->n++;
}

static bool special(char c)
{
	return c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '<' || c == '>' ||
	       c == '`' || c == '\n';
}

/* Read a shell word (quotes and backslashes removed) from *pp. */
static char *read_word(const char **pp)
{
	const char *p = *pp;
	size_t cap = 64, n = 0;
	char *w = xmalloc(cap);
	while (*p && !is_blank(*p) && *p != '\r' && !special(*p)) {
		if (p[0] == '$' && p[1] == '(')
			break;
		char c = *p++;
		if (c == '\\' && *p) {
			c = *p++;
		} else if (c == '\'') {
			while (*p && *p != '\'') {
				if (n + 2 > cap)
					w = xrealloc(w, cap *= 2);
				w[n++] = *p++;
			}
			if (*p)
				p++;
			continue;
		} else if (c == '"') {
			while (*p && *p != '"') {
				if (*p == '\\' && p[1] && strchr("\"\\$`", p[1]))
					p++;
				if (n + 2 > cap)
					w = xrealloc(w, cap *= 2);
				w[n++] = *p++;
			}
			if (*p)
				p++;
			continue;
		}
		if (n + 2 > cap)
			w = xrealloc(w, cap *= 2);
		w[n++] = c;
	}
	w[n] = '\0';
	*pp = p;
	return w;
}

static void tokenize(const char *s, struct toks *t)
{
	const char *p = s;
	while (*p) {
		if (is_blank(*p) || *p == '\r') {
			p++;
			continue;
		}
		/* redirections: [n]> [n]>> < >& &> with their target */
		const char *q = p;
		while (isdigit((unsigned char)*q))
			q++;
		if (*q == '<' || *q == '>' || (*q == '&' && q[1] == '>' && q == p)) {
			while (*q == '<' || *q == '>' || *q == '&')
				q++;
			if (*q == '-' || isdigit((unsigned char)*q)) {
				while (*q == '-' || isdigit((unsigned char)*q))
					q++;
				p = q;
				continue;
			}
			while (is_blank(*q))
				q++;
			p = q;
			free(read_word(&p)); /* the target: not something the entry runs */
			continue;
		}
		if (p[0] == '$' && p[1] == '(') {
			tok_add(t, T_SEP, NULL);
			p += 2;
			continue;
		}
		if (special(*p)) {
			tok_add(t, T_SEP, NULL);
			p++;
			continue;
		}
		const char *before = p;
		char *w = read_word(&p);
		if (p == before) { /* cannot happen, but never loop forever */
			free(w);
			p++;
			continue;
		}
		tok_add(t, T_WORD, w);
	}
}

static bool word_in(const char *w, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(w, list[i]))
			return true;
	return false;
}

static bool is_assignment(const char *w)
{
	if (!isalpha((unsigned char)*w) && *w != '_')
		return false;
	for (const char *p = w; *p; p++) {
		if (*p == '=')
			return true;
		if (!isalnum((unsigned char)*p) && *p != '_')
			return false;
	}
	return false;
}

/* Absolute path of a word, or NULL when it is not a path we can place. */
static char *resolve(const char *w, const char *home, const char *cwd)
{
	if (w[0] == '/')
		return xstrdup(w);
	const char *rest = NULL;
	if (!strncmp(w, "~/", 2))
		rest = w + 2;
	else if (!strncmp(w, "$HOME/", 6))
		rest = w + 6;
	else if (!strncmp(w, "${HOME}/", 8))
		rest = w + 8;
	if (rest)
		return home ? path_join(home, rest) : NULL;
	if (cwd && (strchr(w, '/') || !strncmp(w, "./", 2)))
		return path_join(cwd, !strncmp(w, "./", 2) ? w + 2 : w);
	return NULL;
}

static const char *const prefixes[] = {
    "nohup", "setsid", "nice",   "ionice",  "timeout",  "env",     "sudo", "exec", "command",
    "time",  "flock",  "stdbuf", "chronic", "cpulimit", "{",       "!",    "then", "do",
    "else",  "if",     "while",  "until",   "busybox",  "run-one", "su"};

static void analyze_words(const char *s, const struct cron_analysis_opts *o,
                          struct cron_analysis *out, int depth);

static void add_path(struct cron_analysis *out, struct strlist *which, char *p)
{
	if (!p)
		return;
	strlist_add_unique(&out->paths, p);
	if (which)
		strlist_add_unique(which, p);
	free(p);
}

static void analyze_words(const char *s, const struct cron_analysis_opts *o,
                          struct cron_analysis *out, int depth)
{
	if (depth > 4)
		return;
	struct toks t = {0};
	tokenize(s, &t);
	bool at_start = true, expect_script = false, expect_cd = false, skip_opts = false;
	bool php = false, shell = false, flock_file = false;
	char *cwd = NULL;
	for (size_t i = 0; i < t.n; i++) {
		if (t.v[i].type == T_SEP) {
			at_start = true;
			expect_script = expect_cd = skip_opts = flock_file = false;
			continue;
		}
		const char *w = t.v[i].w;
		if (at_start) {
			if (is_assignment(w))
				continue;
			if (skip_opts && (w[0] == '-' || isdigit((unsigned char)w[0])))
				continue;
			if (flock_file) {
				flock_file = false;
				add_path(out, NULL, resolve(w, o->home, cwd));
				continue;
			}
			if (word_in(w, prefixes, HS_ARRAY_LEN(prefixes))) {
				skip_opts = true;
				flock_file = !strcmp(w, "flock");
				continue;
			}
			at_start = skip_opts = false;
			const char *base = path_basename(w);
			if (!out->program[0])
				snprintf(out->program, sizeof(out->program), "%s", base);
			add_path(out, &out->exec, resolve(w, o->home, cwd));
			if (!strcmp(base, "cd")) {
				expect_cd = true;
			} else if (cron_is_interpreter(base)) {
				expect_script = true;
				php = cron_is_php(base);
				shell = is_shell(base);
			}
			continue;
		}
		if (expect_cd) {
			expect_cd = false;
			char *d = resolve(w, o->home, cwd);
			if (d) {
				free(cwd);
				cwd = xstrdup(d);
			}
			add_path(out, NULL, d);
			continue;
		}
		if (expect_script) {
			if (w[0] == '-') {
				/* sh -c "command": analyse the command string too */
				if (shell && strchr(w + 1, 'c') && i + 1 < t.n &&
				    t.v[i + 1].type == T_WORD) {
					analyze_words(t.v[i + 1].w, o, out, depth + 1);
					i++;
					expect_script = false;
				} else if (php && !strcmp(w, "-f")) {
					/* the next word is the script */
				} else if (!shell && !php &&
				           (strchr(w + 1, 'e') || strchr(w + 1, 'E') ||
				            strchr(w + 1, 'c'))) {
					out->reasons |= 1u << CR_INLINE_CODE;
					expect_script = false;
				} else if (php && !strcmp(w, "-r")) {
					out->reasons |= 1u << CR_INLINE_CODE;
					expect_script = false;
				}
				continue;
			}
			expect_script = false;
			add_path(out, php ? &out->php : &out->exec, resolve(w, o->home, cwd));
			continue;
		}
		/* an argument: a path it mentions (--opt=/path too) */
		const char *eq = w[0] == '-' ? strchr(w, '=') : NULL;
		const char *arg = eq ? eq + 1 : w;
		if (arg[0] == '/' || arg[0] == '~' || arg[0] == '$')
			add_path(out, NULL, resolve(arg, o->home, NULL));
	}
	free(cwd);
	for (size_t i = 0; i < t.n; i++)
		free(t.v[i].w);
	free(t.v);
}

/* Patterns over the whole text, case-insensitive. */
static const struct {
	enum cron_reason r;
	const char *re;
} text_patterns[] = {
    {CR_DOWNLOAD_EXEC, "\\b(?:curl|wget|fetch|lwp-download|lwp-request|GET)\\b[^\\n;&]*?\\|\\s*"
                       "(?:sudo\\s+)?(?:\\S*/)?(?:(?:ba|da|z|k|tc|c)?sh|perl|python[0-9.]*|"
                       "php[0-9.]*|ruby|node)\\b"},
    {CR_DOWNLOAD_EXEC, "\\bwget\\b[^\\n;|&]*?\\s-[a-z]*O\\s*-(?=\\s|$|\\|)"},
    {CR_DOWNLOAD_EXEC, "\\bwget\\b[^\\n;|&]*?--output-document[=\\s]-(?=\\s|$|\\|)"},
    {CR_DOWNLOAD_EXEC, "(?:\\$\\(|`|<\\()\\s*(?:curl|wget|fetch)\\b"},
    {CR_BASE64, "\\bbase64\\s+(?:-[a-z]*d|--decode)\\b"},
    {CR_BASE64, "\\bopenssl\\s+(?:enc\\s+)?[^\\n;|&]*-(?:a|base64)\\b[^\\n;|&]*\\s-d\\b"},
    {CR_INLINE_CODE, "\\bperl\\s+(?:-[a-z]+\\s+)*-[a-z]*e\\b"},
    {CR_INLINE_CODE, "\\bpython[0-9.]*\\s+(?:-[a-z]+\\s+)*-[a-z]*c\\b"},
    {CR_INLINE_CODE, "\\bphp[0-9.]*\\s+(?:-[a-z]+\\s+)*-r\\b"},
    {CR_INLINE_CODE, "\\b(?:ruby|node|nodejs)\\s+(?:-[a-z]+\\s+)*-e\\b"},
    {CR_EVAL, "(?:^|[\\s;&|(`{])eval\\b"},
    {CR_DETACHED, "\\bnohup\\b|\\bsetsid\\b|\\bdisown\\b|(?<![&>])&\\s*(?:$|\\n)"},
    {CR_CHATTR, "\\bchattr\\b[^\\n;|&]*\\+[a-z]*i"},
    {CR_REINSTALL, "\\bcrontab\\s+(?:-u\\s+\\S+\\s+)?(?:-(?=\\s|$)|[/~.$])"},
    {CR_IP_LITERAL, "\\b(?:[0-9]{1,3}\\.){3}[0-9]{1,3}:[0-9]{2,5}\\b"},
    {CR_IP_LITERAL, "\\b(?:https?|ftp)://(?:[0-9]{1,3}\\.){3}[0-9]{1,3}\\b"},
};

static pcre2_code *compiled[HS_ARRAY_LEN(text_patterns)];
static pthread_once_t compile_once = PTHREAD_ONCE_INIT;

static void compile_patterns(void)
{
	for (size_t i = 0; i < HS_ARRAY_LEN(text_patterns); i++) {
		int err;
		PCRE2_SIZE off;
		compiled[i] = pcre2_compile((PCRE2_SPTR)text_patterns[i].re, PCRE2_ZERO_TERMINATED,
		                            PCRE2_CASELESS | PCRE2_MULTILINE, &err, &off, NULL);
		if (!compiled[i])
			hs_err("internal: cron pattern %zu does not compile (offset %zu)", i,
			       (size_t)off);
	}
}

static void free_patterns(void) __attribute__((destructor));
static void free_patterns(void)
{
	for (size_t i = 0; i < HS_ARRAY_LEN(text_patterns); i++) {
		pcre2_code_free(compiled[i]);
		compiled[i] = NULL;
	}
}

static unsigned text_reasons(const char *s, size_t len)
{
	pthread_once(&compile_once, compile_patterns);
	unsigned r = 0;
	for (size_t i = 0; i < HS_ARRAY_LEN(text_patterns); i++) {
		if (!compiled[i] || (r & (1u << text_patterns[i].r)))
			continue;
		pcre2_match_data *md = pcre2_match_data_create_from_pattern(compiled[i], NULL);
		pcre2_match_context *mc = pcre2_match_context_create(NULL);
		pcre2_set_match_limit(mc, 1000000);
		int rc = pcre2_match(compiled[i], (PCRE2_SPTR)s, len, 0, 0, md, mc);
		if (rc >= 0)
			r |= 1u << text_patterns[i].r;
		pcre2_match_context_free(mc);
		pcre2_match_data_free(md);
	}
	return r;
}

void cron_analyze(const char *command, const char *input, int period,
                  const struct cron_analysis_opts *o, struct cron_analysis *out)
{
	memset(out, 0, sizeof(*out));
	analyze_words(command, o, out, 0);
	/* stdin of a shell or interpreter is a script */
	if (input && cron_is_interpreter(out->program))
		analyze_words(input, o, out, 0);
	size_t n = strlen(command) + (input ? strlen(input) + 1 : 0);
	char *text = xmalloc(n + 1);
	snprintf(text, n + 1, "%s%s%s", command, input ? "\n" : "", input ? input : "");
	unsigned tr = text_reasons(text, n);
	free(text);
	if (tr & (1u << CR_DETACHED)) {
		/* a detached run only matters when it is frequent or at boot */
		if (!(period >= 0 && period <= o->high_frequency))
			tr &= ~(1u << CR_DETACHED);
	}
	out->reasons |= tr;
	struct strlist *runs[2] = {&out->exec, &out->php};
	for (int k = 0; k < 2; k++) {
		for (size_t i = 0; i < runs[k]->n; i++) {
			const char *p = runs[k]->v[i];
			for (size_t d = 0; o->tmp_dirs && d < o->tmp_dirs->n; d++)
				if (path_is_under(p, o->tmp_dirs->v[d]))
					out->reasons |= 1u << CR_TMP_PATH;
			if (cron_path_hidden(p, o->allow_hidden))
				out->reasons |= 1u << CR_HIDDEN_PATH;
		}
	}
}

void cron_analysis_free(struct cron_analysis *a)
{
	strlist_clear(&a->paths);
	strlist_clear(&a->exec);
	strlist_clear(&a->php);
}
