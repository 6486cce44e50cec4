/* `hostsweep cron`: every user crontab in every spool layout (Debian,
 * RHEL, SUSE), /etc/crontab, /etc/cron.d, pending at jobs and the systemd
 * user timers of hosting accounts and web users, under --root. Entries are
 * parsed with cron_parse.c; suspicious ones become "cron" findings, and the
 * scripts they run go through the file scanner and are linked by id. */
#include "host/cron_parse.h"
#include "escape.h"
#include "host/hostinsp.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---- [cron] configuration ----------------------------------------------- */

static struct {
	int high_frequency; /* minutes */
	struct strlist allow_hidden;
	bool allow_set;
	bool scan_scripts;
	bool timers;
	uint64_t max_size;
} ccfg = {.high_frequency = 10, .scan_scripts = true, .timers = true, .max_size = 4u << 20};

static const struct strlist *allow_hidden(void)
{
	if (!ccfg.allow_set) {
		strlist_split_words(&ccfg.allow_hidden, ".acme.sh");
		ccfg.allow_set = true;
	}
	return &ccfg.allow_hidden;
}

static void free_cfg(void) __attribute__((destructor));
static void free_cfg(void)
{
	strlist_clear(&ccfg.allow_hidden);
}

int cron_config_set(const char *key, const char *value, char *err, size_t errlen)
{
	if (!strcmp(key, "high_frequency")) {
		uint64_t s;
		/* minutes, or a duration with a unit */
		char *end;
		long m = strtol(value, &end, 10);
		if (*end == '\0' && end != value && m >= 0 && m <= 1440) {
			ccfg.high_frequency = (int)m;
			return 1;
		}
		if (parse_duration(value, &s) && s <= 86400) {
			ccfg.high_frequency = (int)(s / 60);
			return 1;
		}
		snprintf(err, errlen, "expected minutes (0..1440) or a duration like 15m");
		return -1;
	}
	if (!strcmp(key, "allow_hidden")) {
		strlist_clear(&ccfg.allow_hidden);
		ccfg.allow_set = true;
		strlist_split_words(&ccfg.allow_hidden, value);
		return 1;
	}
	if (!strcmp(key, "scan_scripts") || !strcmp(key, "user_timers")) {
		bool *b = key[0] == 's' ? &ccfg.scan_scripts : &ccfg.timers;
		if (!parse_bool(value, b)) {
			snprintf(err, errlen, "expected yes or no");
			return -1;
		}
		return 1;
	}
	if (!strcmp(key, "max_size")) {
		if (!parse_size(value, &ccfg.max_size) || ccfg.max_size == 0) {
			snprintf(err, errlen, "expected a size like 4M");
			return -1;
		}
		return 1;
	}
	return 0;
}

/* ---- run state ---------------------------------------------------------- */

struct cron_run {
	struct hs_ctx *ctx;
	struct scanner *s; /* NULL when collecting */
	bool collect;
	struct cron_ref *refs;
	size_t nrefs;
	unsigned long files, entries, warnings, findings;
	int status;
};

/* One crontab-like file being read. */
struct ctab {
	struct cron_run *run;
	const char *source; /* "spool-debian", "cron.d", "at"... */
	const char *path;   /* logical */
	const char *user;   /* owner by layout (spool file name, at uid), NULL for system */
	const struct stat *st;
	bool inert;
	const char *inert_why;
	bool unsafe;
	const char *schedule_override; /* at jobs and timers */
	int period_override;
	const char *timer; /* systemd: the .timer file */
	struct strlist keys;
};

/* Read a file by fd (regular, capped). */
static char *read_fd(int fd, size_t cap, size_t *len, bool *capped)
{
	size_t n = 0, sz = 8192;
	char *buf = xmalloc(sz + 1);
	*capped = false;
	for (;;) {
		if (n == cap) {
			char c;
			*capped = read(fd, &c, 1) == 1;
			break;
		}
		if (n == sz) {
			sz = sz * 2 > cap ? cap : sz * 2;
			buf = xrealloc(buf, sz + 1);
		}
		ssize_t r = read(fd, buf + n, sz - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		n += (size_t)r;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

static int open_in(int dfd, const char *name, struct stat *st)
{
	int fd = openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if (fstat(fd, st) < 0 || !S_ISREG(st->st_mode)) {
		close(fd);
		errno = EINVAL;
		return -1;
	}
	return fd;
}

static void add_reason(struct finding *f, json_t *reasons, enum cron_reason r, int sev)
{
	char id[64];
	snprintf(id, sizeof(id), "hs.cron.%s", cron_reason_name(r));
	finding_add_rule(f, id, (enum hs_severity)(sev ? sev : cron_reason_severity(r)),
	                 "persistence");
	json_array_append_new(reasons, json_string(cron_reason_name(r)));
}

static bool tmp_env(const struct hs_ctx *ctx, const char *v, bool is_path)
{
	if (!v)
		return false;
	if (!is_path)
		return hi_in_tmp(ctx, v);
	char *copy = xstrdup(v), *save = NULL;
	bool hit = false;
	for (char *t = strtok_r(copy, ":", &save); t && !hit; t = strtok_r(NULL, ":", &save))
		hit = hi_in_tmp(ctx, t);
	free(copy);
	return hit;
}

static void entry_common(struct ctab *ct, unsigned line, const char *schedule, const char *user,
                         const char *command, const char *input, int period, bool valid,
                         const char *shell, const char *path_env)
{
	struct cron_run *run = ct->run;
	struct hs_ctx *ctx = run->ctx;
	const struct accounts *a = ctx->accounts;
	run->entries++;
	uid_t uid = (uid_t)-1;
	bool known = user && accounts_uid_of(a, user, &uid);
	if (!known && ct->st && !ct->user && !user)
		uid = ct->st->st_uid;
	const char *home = user ? accounts_home_of(a, user) : NULL;
	struct cron_analysis an;
	struct cron_analysis_opts o = {.tmp_dirs = &ctx->cfg.tmp_dirs,
	                               .allow_hidden = allow_hidden(),
	                               .high_frequency = ccfg.high_frequency,
	                               .home = home};
	cron_analyze(command, input, period, &o, &an);
	unsigned r = an.reasons;
	if (uid != (uid_t)-1 && accounts_is_web_user(a, uid))
		r |= 1u << CR_WEB_USER;
	if (tmp_env(ctx, shell, false) || tmp_env(ctx, path_env, true))
		r |= 1u << CR_SHELL_TMP;
	for (size_t i = 0; i < an.exec.n; i++)
		if (accounts_docroot_of(a, an.exec.v[i]) && !hi_system_path(an.exec.v[i]))
			r |= 1u << CR_DOCROOT_EXEC;
	if (ct->unsafe)
		r |= 1u << CR_UNSAFE_CRONTAB;

	/* identity: the same line twice in a file still gets two ids */
	char *key = xasprintf("%s\n%s\n%s", user ? user : "", schedule, command);
	if (strlist_contains(&ct->keys, key)) {
		char *k2 = xasprintf("%s\n#%u", key, line);
		free(key);
		key = k2;
	}
	strlist_add(&ct->keys, key);

	if (run->collect) {
		run->refs = xrealloc(run->refs, (run->nrefs + 1) * sizeof(*run->refs));
		struct cron_ref *ref = &run->refs[run->nrefs++];
		memset(ref, 0, sizeof(*ref));
		ref->user = xstrdup(user ? user : "");
		ref->crontab = xstrdup(ct->path);
		ref->line = line;
		ref->command = xstrdup(command);
		ref->flagged = r != 0;
		for (size_t i = 0; i < an.exec.n; i++)
			strlist_add_unique(&ref->paths, an.exec.v[i]);
		for (size_t i = 0; i < an.php.n; i++)
			strlist_add_unique(&ref->paths, an.php.v[i]);
		struct finding *f = finding_new("cron");
		f->path = xstrdup(ct->path);
		f->key = key;
		finding_finalize(f);
		memcpy(ref->id, f->id, sizeof(ref->id));
		finding_free(f);
		cron_analysis_free(&an);
		return;
	}

	/* The scripts it runs, through the file scanner. */
	json_t *scripts = json_array();
	int script_sev = 0;
	if (ccfg.scan_scripts && run->s) {
		struct strlist *lists[2] = {&an.exec, &an.php};
		int scanned = 0;
		for (int k = 0; k < 2; k++) {
			for (size_t i = 0; i < lists[k]->n && scanned < 8; i++) {
				const char *p = lists[k]->v[i];
				if (hi_system_path(p))
					continue;
				json_t *link = NULL;
				int sev = hi_link_script(ctx, run->s, p, &link);
				if (link) {
					json_array_append_new(scripts, link);
					scanned++;
				}
				if (sev > script_sev)
					script_sev = sev;
			}
		}
	}
	if (script_sev > HS_SEV_NONE)
		r |= 1u << CR_SCRIPT_FLAGGED;
	if (!r) {
		json_decref(scripts);
		free(key);
		cron_analysis_free(&an);
		return;
	}
	struct finding *f = finding_new("cron");
	json_t *reasons = json_array();
	for (int i = 0; i < CR_REASON_COUNT; i++)
		if (r & (1u << i))
			add_reason(f, reasons, (enum cron_reason)i,
			           i == CR_SCRIPT_FLAGGED ? script_sev : 0);
	f->path = xstrdup(ct->path);
	f->key = key;
	if (uid != (uid_t)-1) {
		f->uid = uid;
		const char *n = accounts_user_name(a, uid);
		f->owner = n ? xstrdup(n) : NULL;
	}
	const char *acct = NULL;
	if (uid != (uid_t)-1 && accounts_is_hosting_uid(a, uid))
		acct = accounts_user_name(a, uid);
	for (size_t i = 0; !acct && i < an.exec.n; i++)
		acct = accounts_for_path(a, an.exec.v[i]);
	for (size_t i = 0; !acct && i < an.php.n; i++)
		acct = accounts_for_path(a, an.php.v[i]);
	f->account = acct ? xstrdup(acct) : NULL;
	size_t cl = strlen(command);
	finding_set_evidence(f, command, cl < 200 ? cl : 200);
	finding_set_str(f, "user", user ? user : (f->owner ? f->owner : NULL));
	finding_set_str(f, "crontab", ct->path);
	finding_set_str(f, "source", ct->source);
	finding_set_int(f, "line", line);
	finding_set_str(f, "schedule", schedule);
	finding_set_json(f, "period_minutes", period >= 0 ? json_integer(period) : json_null());
	if (cl > 4096) {
		char *c = xstrndup(command, 4096);
		finding_set_str(f, "command", c);
		free(c);
		finding_set_json(f, "command_truncated", json_true());
	} else {
		finding_set_str(f, "command", command);
	}
	if (input)
		finding_set_str(f, "input", input);
	finding_set_json(f, "reasons", reasons);
	finding_set_json(f, "scripts", scripts);
	if (!valid)
		finding_set_json(f, "schedule_valid", json_false());
	if (ct->inert) {
		finding_set_json(f, "inert", json_true());
		finding_set_str(f, "inert_why", ct->inert_why);
	}
	if (ct->timer)
		finding_set_str(f, "timer", ct->timer);
	cron_analysis_free(&an);
	run->findings++;
	report_finding(ctx->rep, f);
}

static void on_entry(void *ud, const struct cron_entry *e)
{
	struct ctab *ct = ud;
	const char *user = e->user ? e->user : ct->user;
	entry_common(ct, e->line, e->schedule, user, e->command, e->input, e->period, e->valid,
	             e->shell, e->path_env);
}

static void on_warn(void *ud, unsigned line, const char *msg)
{
	struct ctab *ct = ud;
	ct->run->warnings++;
	if (ct->run->collect)
		return;
	char *p = hs_escape(ct->path);
	hs_warn("%s:%u: %s", p, line, msg);
	free(p);
}

static void ctab_init(struct ctab *ct, struct cron_run *run, const char *source, const char *path,
                      const char *user, const struct stat *st)
{
	memset(ct, 0, sizeof(*ct));
	ct->run = run;
	ct->source = source;
	ct->path = path;
	ct->user = user;
	ct->st = st;
	ct->period_override = -1;
}

/* ---- crontab files ------------------------------------------------------ */

static void crontab_file(struct cron_run *run, int dfd, const char *name, const char *path,
                         const char *source, enum cron_syntax syn, const char *user)
{
	struct stat st;
	int fd = open_in(dfd, name, &st);
	if (fd < 0) {
		if (errno != ENOENT && errno != EINVAL && !run->collect)
			report_error(run->ctx->rep, path, "cannot read crontab", errno);
		return;
	}
	size_t len;
	bool capped;
	char *buf = read_fd(fd, ccfg.max_size, &len, &capped);
	close(fd);
	run->files++;
	struct ctab ct;
	ctab_init(&ct, run, source, path, user, &st);
	if (capped && !run->collect) {
		char *p = hs_escape(path);
		hs_warn("%s: larger than %llu bytes, checked up to the limit", p,
		        (unsigned long long)ccfg.max_size);
		free(p);
	}
	if (!strcmp(source, "cron.d")) {
		/* Debian's cron ignores names with other than [A-Za-z0-9_-] and
		 * files that are not root's or are group/world-writable. */
		for (const char *c = name; *c; c++)
			if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
			      (*c >= '0' && *c <= '9') || *c == '_' || *c == '-')) {
				ct.inert = true;
				ct.inert_why = "name not accepted by Debian cron (cronie runs it)";
				break;
			}
	}
	if (syn == CRON_SYNTAX_SYSTEM && (st.st_uid != 0 || (st.st_mode & 022))) {
		ct.unsafe = true;
		if (!ct.inert) {
			ct.inert = true;
			ct.inert_why =
			    "not owned by root or writable by others (Debian cron ignores it)";
		}
	}
	struct cron_parse_cbs cbs = {.entry = on_entry, .warn = on_warn, .ud = &ct};
	cron_parse(buf, len, syn, &cbs);
	strlist_clear(&ct.keys);
	free(buf);
}

static bool plain_name(const char *n)
{
	return n[0] != '.';
}

/* Every regular file of a directory of the inspected system. */
static void crontab_dir(struct cron_run *run, const char *dir, const char *source,
                        enum cron_syntax syn, bool user_named)
{
	char *host = ctx_host_path(run->ctx, dir);
	int dfd = walk_open_dir_nofollow(host);
	free(host);
	if (dfd < 0) {
		if (errno != ENOENT && errno != ENOTDIR && !run->collect) {
			report_error(run->ctx->rep, dir, "cannot open", errno);
			if (errno == EACCES || errno == EPERM)
				run->status = -1;
		}
		return;
	}
	DIR *d = fdopendir(dfd);
	if (!d) {
		close(dfd);
		return;
	}
	struct dirent *de;
	while ((de = readdir(d))) {
		if (!plain_name(de->d_name))
			continue;
		if (de->d_type != DT_REG && de->d_type != DT_UNKNOWN)
			continue;
		char *path = path_join(dir, de->d_name);
		crontab_file(run, dirfd(d), de->d_name, path, source, syn,
		             user_named ? de->d_name : NULL);
		free(path);
	}
	closedir(d);
}

static void system_crontab(struct cron_run *run)
{
	char *host = ctx_host_path(run->ctx, "/etc");
	int dfd = walk_open_dir_nofollow(host);
	free(host);
	if (dfd < 0)
		return;
	crontab_file(run, dfd, "crontab", "/etc/crontab", "system", CRON_SYNTAX_SYSTEM, NULL);
	close(dfd);
}

/* Lines of a NUL-terminated buffer, in place: returns the next line (NUL-
 * terminated, newline removed) and its 1-based number, NULL at the end. */
static char *next_line(char **cur, unsigned *lineno)
{
	char *l = *cur;
	if (!l || !*l)
		return NULL;
	char *nl = strchr(l, '\n');
	if (nl) {
		*nl = '\0';
		*cur = nl + 1;
	} else {
		*cur = NULL;
	}
	(*lineno)++;
	return l;
}

/* ---- at jobs ------------------------------------------------------------ */

static bool at_header_line(const char *l)
{
	if (!strncmp(l, "#!", 2) || !strncmp(l, "# ", 2) || !strncmp(l, "umask ", 6))
		return true;
	/* NAME=value; export NAME */
	const char *p = l;
	if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || *p == '_'))
		return false;
	while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || *p == '_' ||
	       (*p >= '0' && *p <= '9'))
		p++;
	return *p == '=' && strstr(p, "; export ") != NULL;
}

static void at_job(struct cron_run *run, int dfd, const char *name, const char *path)
{
	struct stat st;
	int fd = open_in(dfd, name, &st);
	if (fd < 0)
		return;
	size_t len;
	bool capped;
	char *buf = read_fd(fd, ccfg.max_size, &len, &capped);
	close(fd);
	run->files++;
	/* the submitting user: "# atrun uid=N gid=N", else the file owner */
	uid_t uid = st.st_uid;
	const char *u = strstr(buf, "# atrun uid=");
	if (u)
		uid = (uid_t)strtoul(u + 12, NULL, 10);
	const char *user = accounts_user_name(run->ctx->accounts, uid);
	char uidname[32];
	if (!user) {
		snprintf(uidname, sizeof(uidname), "#%u", (unsigned)uid);
		user = uidname;
	}
	/* when: a0001a01a8e4c0 = queue, job number, minutes since the epoch */
	char sched[64] = "at";
	if (strlen(name) == 14) {
		char *end;
		unsigned long mins = strtoul(name + 6, &end, 16);
		if (*end == '\0') {
			time_t t = (time_t)mins * 60;
			struct tm tm;
			if (gmtime_r(&t, &tm))
				strftime(sched, sizeof(sched), "at %Y-%m-%d %H:%M UTC", &tm);
		}
	}
	struct ctab ct;
	ctab_init(&ct, run, "at", path, user, &st);
	bool in_cd = false;
	char delim[128] = "";
	unsigned lineno = 0;
	char *cur = buf, *l;
	while ((l = next_line(&cur, &lineno))) {
		if (in_cd) {
			in_cd = l[0] != '}';
			continue;
		}
		if (at_header_line(l))
			continue;
		if (!strncmp(l, "cd ", 3) && strstr(l, "|| {")) {
			in_cd = true;
			continue;
		}
		const char *hd = strstr(l, "<< '");
		if (!strncmp(l, "${SHELL:-/bin/sh}", 17) && hd) {
			snprintf(delim, sizeof(delim), "%s", hd + 4);
			char *q = strchr(delim, '\'');
			if (q)
				*q = '\0';
			continue;
		}
		if (delim[0] && !strcmp(l, delim))
			continue;
		while (*l == ' ' || *l == '\t')
			l++;
		if (!*l || *l == '#')
			continue;
		if (strlen(l) > CRON_MAX_LINE)
			l[CRON_MAX_LINE] = '\0';
		entry_common(&ct, lineno, sched, user, l, NULL, -1, true, NULL, NULL);
	}
	strlist_clear(&ct.keys);
	free(buf);
}

static void at_dir(struct cron_run *run, const char *dir)
{
	char *host = ctx_host_path(run->ctx, dir);
	int dfd = walk_open_dir_nofollow(host);
	free(host);
	if (dfd < 0)
		return;
	DIR *d = fdopendir(dfd);
	if (!d) {
		close(dfd);
		return;
	}
	struct dirent *de;
	while ((de = readdir(d))) {
		if (!plain_name(de->d_name))
			continue; /* ".SEQ" */
		if (de->d_type != DT_REG && de->d_type != DT_UNKNOWN)
			continue; /* "spool" */
		char *path = path_join(dir, de->d_name);
		at_job(run, dirfd(d), de->d_name, path);
		free(path);
	}
	closedir(d);
}

/* ---- systemd user timers ------------------------------------------------ */

static char *unit_value(const char *buf, const char *key)
{
	size_t kl = strlen(key);
	for (const char *l = buf; l && *l; l = strchr(l, '\n'), l = l ? l + 1 : NULL) {
		while (*l == ' ' || *l == '\t')
			l++;
		if (!strncmp(l, key, kl) && l[kl] == '=') {
			const char *v = l + kl + 1;
			const char *e = strchr(v, '\n');
			return xstrndup(v, e ? (size_t)(e - v) : strlen(v));
		}
	}
	return NULL;
}

static int timer_period(const char *buf)
{
	char *v;
	int period = -1;
	if ((v = unit_value(buf, "OnUnitActiveSec")) ||
	    (v = unit_value(buf, "OnUnitInactiveSec"))) {
		uint64_t s;
		char *end;
		double x = strtod(v, &end);
		while (*end == ' ')
			end++;
		if (end != v &&
		    (!strcmp(end, "min") || !strcmp(end, "m") || !strcmp(end, "minutes")))
			period = (int)x;
		else if (parse_duration(v, &s))
			period = (int)(s / 60);
		free(v);
		return period;
	}
	if ((v = unit_value(buf, "OnCalendar"))) {
		static const struct {
			const char *k;
			int p;
		} kw[] = {{"minutely", 1},
		          {"hourly", 60},
		          {"daily", 1440},
		          {"weekly", 10080},
		          {"monthly", 43200}};
		for (size_t i = 0; i < HS_ARRAY_LEN(kw); i++)
			if (!strcmp(v, kw[i].k))
				period = kw[i].p;
		const char *sl = strchr(v, '/');
		if (period < 0 && sl && strchr(v, ':'))
			period = atoi(sl + 1);
		free(v);
		return period;
	}
	if ((v = unit_value(buf, "OnBootSec")) || (v = unit_value(buf, "OnStartupSec"))) {
		free(v);
		return 0;
	}
	return -1;
}

static void user_timers(struct cron_run *run, const char *user, const char *home)
{
	if (!home || strlen(home) < 2)
		return;
	char *dir = path_join(home, ".config/systemd/user");
	char *host = ctx_host_path(run->ctx, dir);
	int dfd = walk_open_dir_nofollow(host);
	free(host);
	if (dfd < 0) {
		free(dir);
		return;
	}
	DIR *d = fdopendir(dfd);
	if (!d) {
		close(dfd);
		free(dir);
		return;
	}
	struct dirent *de;
	while ((de = readdir(d))) {
		size_t nl = strlen(de->d_name);
		if (nl < 7 || strcmp(de->d_name + nl - 6, ".timer"))
			continue;
		struct stat tst, sst;
		int fd = open_in(dirfd(d), de->d_name, &tst);
		if (fd < 0)
			continue;
		size_t len;
		bool capped;
		char *tbuf = read_fd(fd, 1 << 20, &len, &capped);
		close(fd);
		char *unit = unit_value(tbuf, "Unit");
		if (!unit) {
			unit = xstrndup(de->d_name, nl - 6);
			char *u2 = xasprintf("%s.service", unit);
			free(unit);
			unit = u2;
		}
		char *cal = unit_value(tbuf, "OnCalendar");
		char *act = cal ? NULL : unit_value(tbuf, "OnUnitActiveSec");
		char *sched = xasprintf("%s%s",
		                        cal   ? "OnCalendar="
		                        : act ? "OnUnitActiveSec="
		                              : "timer",
		                        cal   ? cal
		                        : act ? act
		                              : "");
		int period = timer_period(tbuf);
		char *timer_path = path_join(dir, de->d_name);
		char *svc_path = path_join(dir, path_basename(unit));
		fd = strchr(unit, '/') ? -1 : open_in(dirfd(d), unit, &sst);
		if (fd >= 0) {
			char *sbuf = read_fd(fd, 1 << 20, &len, &capped);
			close(fd);
			run->files++;
			struct ctab ct;
			ctab_init(&ct, run, "systemd-timer", svc_path, user, &sst);
			ct.timer = timer_path;
			unsigned lineno = 0;
			char *cur = sbuf, *l;
			while ((l = next_line(&cur, &lineno))) {
				while (*l == ' ' || *l == '\t')
					l++;
				const char *v = NULL;
				if (!strncmp(l, "ExecStart=", 10))
					v = l + 10;
				else if (!strncmp(l, "ExecStartPre=", 13))
					v = l + 13;
				else if (!strncmp(l, "ExecStartPost=", 14))
					v = l + 14;
				if (!v)
					continue;
				while (*v && strchr("@-:+!", *v))
					v++;
				entry_common(&ct, lineno, sched, user, v, NULL, period, true, NULL,
				             NULL);
			}
			strlist_clear(&ct.keys);
			free(sbuf);
		}
		free(timer_path);
		free(svc_path);
		free(sched);
		free(cal);
		free(act);
		free(unit);
		free(tbuf);
	}
	closedir(d);
	free(dir);
}

static void all_timers(struct cron_run *run)
{
	const struct accounts *a = run->ctx->accounts;
	for (size_t i = 0; i < accounts_hosting_count(a); i++) {
		const char *u = accounts_hosting_name(a, i);
		user_timers(run, u, accounts_home_of(a, u));
	}
	for (size_t i = 0; i < run->ctx->cfg.web_users.n; i++) {
		const char *u = run->ctx->cfg.web_users.v[i];
		uid_t uid;
		if (accounts_uid_of(a, u, &uid))
			user_timers(run, u, accounts_home_of(a, u));
	}
}

/* ---- driver ------------------------------------------------------------- */

static void run_all(struct cron_run *run)
{
	crontab_dir(run, "/var/spool/cron/crontabs", "spool-debian", CRON_SYNTAX_USER, true);
	crontab_dir(run, "/var/spool/cron", "spool-rhel", CRON_SYNTAX_USER, true);
	crontab_dir(run, "/var/spool/cron/tabs", "spool-suse", CRON_SYNTAX_USER, true);
	system_crontab(run);
	crontab_dir(run, "/etc/cron.d", "cron.d", CRON_SYNTAX_SYSTEM, false);
	at_dir(run, "/var/spool/cron/atjobs");
	at_dir(run, "/var/spool/at");
	if (ccfg.timers)
		all_timers(run);
}

int cron_inspect(struct hs_ctx *ctx, struct scanner *s)
{
	struct cron_run run = {.ctx = ctx, .s = s};
	run_all(&run);
	json_t *j = json_object();
	json_object_set_new(j, "files", json_integer((json_int_t)run.files));
	json_object_set_new(j, "entries", json_integer((json_int_t)run.entries));
	json_object_set_new(j, "warnings", json_integer((json_int_t)run.warnings));
	json_object_set_new(j, "findings", json_integer((json_int_t)run.findings));
	json_object_set_new(ctx->rep->summary_extra, "cron", j);
	report_add_text_summary(
	    ctx->rep, "crontabs: %lu files, %lu entries, %lu flagged, %lu syntax warnings",
	    run.files, run.entries, run.findings, run.warnings);
	return run.status;
}

size_t cron_collect(struct hs_ctx *ctx, struct cron_ref **out)
{
	struct cron_run run = {.ctx = ctx, .collect = true};
	run_all(&run);
	*out = run.refs;
	return run.nrefs;
}

void cron_refs_free(struct cron_ref *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].user);
		free(v[i].crontab);
		free(v[i].command);
		strlist_clear(&v[i].paths);
	}
	free(v);
}

static int cmd_cron_run(struct hs_ctx *ctx, int argc, char **argv)
{
	(void)argv;
	if (argc > 0) {
		hs_err("cron takes no arguments (it reads the crontabs of the inspected system)");
		return 2;
	}
	docroots_discover(ctx);
	struct scanner *s = scanner_new(ctx, ctx->rules_from_cli);
	if (!s)
		return 2;
	int r = cron_inspect(ctx, s);
	scanner_free(s);
	return r < 0 ? 2 : ctx_exit_status(ctx);
}

const struct command cmd_cron = {
    .name = "cron",
    .summary = "crontabs (all spool layouts, /etc/cron.d, at jobs, user timers)",
    .usage = "Reads every user crontab (Debian, RHEL and SUSE spools), /etc/crontab,\n"
             "/etc/cron.d, pending at jobs and the systemd user timers of hosting\n"
             "accounts, and flags entries that run code from temp dirs, download and\n"
             "run, decode payloads... (see docs/inspectors.md).",
    .run = cmd_cron_run,
};
