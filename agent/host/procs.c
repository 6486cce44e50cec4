/* `hostsweep procs`: processes of web-server users and hosting accounts
 * (libproc2 + /proc) that hold SMTP connections, masquerade as another
 * program, run a deleted executable or one from a temp dir or docroot,
 * work in a temp dir, or run a script from a temp dir or docroot. Sockets
 * are found by mapping /proc/PID/fd socket inodes to the kernel's tables
 * of the process's network namespace (procnet.c). Every finding is
 * confirmed by a second look; a process that is gone by then is not one. */
#include "host/cron_parse.h"
#include "escape.h"
#include "host/hostinsp.h"
#include "host/procnet.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libproc2/pids.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---- [procs] configuration ---------------------------------------------- */

#define MAX_PORTS 32

static struct {
	uint16_t ports[MAX_PORTS];
	size_t nports;
	bool smtp_local;
	int confirm_ms;
	struct strlist disguises;
	bool disguises_set;
} pcfg = {.ports = {25, 465, 587}, .nports = 3, .smtp_local = true, .confirm_ms = 250};

static const struct strlist *disguises(void)
{
	if (!pcfg.disguises_set) {
		strlist_split_words(
		    &pcfg.disguises,
		    "bash sh dash zsh httpd apache apache2 nginx lighttpd sshd mail "
		    "mailx sendmail exim exim4 postfix master pickup qmgr smtpd crond "
		    "cron atd init systemd kthreadd kworker kswapd0 ksoftirqd "
		    "migration watchdog rcu_sched php-fpm mysqld mariadbd rsyslogd "
		    "syslogd dbus-daemon exif top ps login getty agetty");
		pcfg.disguises_set = true;
	}
	return &pcfg.disguises;
}

static void free_pcfg(void) __attribute__((destructor));
static void free_pcfg(void)
{
	strlist_clear(&pcfg.disguises);
}

int procs_config_set(const char *key, const char *value, char *err, size_t errlen)
{
	if (!strcmp(key, "smtp_ports")) {
		struct strlist l = {0};
		strlist_split_words(&l, value);
		size_t n = 0;
		bool ok = l.n > 0 && l.n <= MAX_PORTS;
		for (size_t i = 0; ok && i < l.n; i++) {
			char *end;
			long p = strtol(l.v[i], &end, 10);
			ok = *end == '\0' && p > 0 && p < 65536;
			if (ok)
				pcfg.ports[n++] = (uint16_t)p;
		}
		strlist_clear(&l);
		if (!ok) {
			snprintf(err, errlen, "expected 1 to %d port numbers", MAX_PORTS);
			return -1;
		}
		pcfg.nports = n;
		return 1;
	}
	if (!strcmp(key, "smtp_local")) {
		if (!parse_bool(value, &pcfg.smtp_local)) {
			snprintf(err, errlen, "expected yes or no");
			return -1;
		}
		return 1;
	}
	if (!strcmp(key, "confirm_delay")) {
		char *end;
		double s = strtod(value, &end);
		if (end != value && !strcmp(end, "ms"))
			s /= 1000;
		else if (end != value && !strcmp(end, "s"))
			end++;
		if (end == value || (*end && strcmp(end, "ms")) || s < 0 || s > 60) {
			snprintf(err, errlen,
			         "expected seconds (0..60) or milliseconds like 250ms");
			return -1;
		}
		pcfg.confirm_ms = (int)(s * 1000 + 0.5);
		return 1;
	}
	if (!strcmp(key, "disguise_names")) {
		strlist_clear(&pcfg.disguises);
		pcfg.disguises_set = true;
		strlist_split_words(&pcfg.disguises, value);
		return 1;
	}
	return 0;
}

/* ---- one look at the processes ------------------------------------------ */

enum proc_reason {
	PR_SMTP,
	PR_MASQUERADE,
	PR_FAKE_KTHREAD,
	PR_EXE_DELETED,
	PR_EXE_MEMFD,
	PR_EXE_TMP,
	PR_EXE_DOCROOT,
	PR_CWD_TMP,
	PR_SCRIPT_TMP,
	PR_SCRIPT_DOCROOT,
	PR_COUNT
};
static const struct {
	const char *name;
	int sev;
} preasons[PR_COUNT] = {
    [PR_SMTP] = {"smtp_connections", HS_SEV_HIGH},
    [PR_MASQUERADE] = {"masquerade", HS_SEV_HIGH},
    [PR_FAKE_KTHREAD] = {"fake_kernel_thread", HS_SEV_HIGH},
    [PR_EXE_DELETED] = {"exe_deleted", HS_SEV_MEDIUM},
    [PR_EXE_MEMFD] = {"exe_memfd", HS_SEV_HIGH},
    [PR_EXE_TMP] = {"exe_in_tmp", HS_SEV_HIGH},
    [PR_EXE_DOCROOT] = {"exe_in_docroot", HS_SEV_HIGH},
    [PR_CWD_TMP] = {"cwd_in_tmp", HS_SEV_MEDIUM},
    [PR_SCRIPT_TMP] = {"script_in_tmp", HS_SEV_HIGH},
    [PR_SCRIPT_DOCROOT] = {"script_in_docroot", HS_SEV_MEDIUM},
};

struct peer {
	char addr[64];
	uint8_t state;
	unsigned count;
	bool local;
};

struct proc {
	pid_t pid, ppid;
	uid_t uid;
	unsigned long long tics;
	double start; /* seconds since boot */
	char *comm, *exe, *cwd;
	struct strlist argv;
	uint64_t netns;
	uint64_t *socks;
	size_t nsocks;
	struct strlist files; /* open regular files in a temp dir or docroot */
	/* evaluation */
	unsigned reasons;
	char *script;
	struct peer *peers;
	size_t npeers;
	unsigned udp;
	bool gone;
};

static void proc_free(struct proc *p)
{
	free(p->comm);
	free(p->exe);
	free(p->cwd);
	strlist_clear(&p->argv);
	free(p->socks);
	strlist_clear(&p->files);
	free(p->script);
	free(p->peers);
}

struct look {
	struct proc *v;
	size_t n, cap;
	size_t total; /* every process seen */
};

static void look_free(struct look *l)
{
	for (size_t i = 0; i < l->n; i++)
		proc_free(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

enum {
	I_PID,
	I_PPID,
	I_EUID,
	I_CMD,
	I_CMDLINE_V,
	I_EXE,
	I_TICS,
	I_FLAGS,
	I_TSTART,
};
static enum pids_item items[] = {PIDS_ID_PID,     PIDS_ID_PPID,   PIDS_ID_EUID,
                                 PIDS_CMD,        PIDS_CMDLINE_V, PIDS_EXE,
                                 PIDS_TICS_BEGAN, PIDS_FLAGS,     PIDS_TIME_START};

#define PF_KTHREAD 0x00200000UL

static bool candidate(const struct hs_ctx *ctx, uid_t uid)
{
	return accounts_is_web_user(ctx->accounts, uid) ||
	       accounts_is_hosting_uid(ctx->accounts, uid);
}

static void add_from_stack(struct hs_ctx *ctx, struct look *l, struct pids_stack *st,
                           struct pids_info *info)
{
	(void)info;
	l->total++;
	if (PIDS_VAL(I_FLAGS, ul_int, st, info) & PF_KTHREAD)
		return;
	uid_t uid = PIDS_VAL(I_EUID, u_int, st, info);
	if (!candidate(ctx, uid))
		return;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = xrealloc(l->v, l->cap * sizeof(*l->v));
	}
	struct proc *p = &l->v[l->n++];
	memset(p, 0, sizeof(*p));
	p->pid = PIDS_VAL(I_PID, s_int, st, info);
	p->ppid = PIDS_VAL(I_PPID, s_int, st, info);
	p->uid = uid;
	p->tics = PIDS_VAL(I_TICS, ull_int, st, info);
	p->start = PIDS_VAL(I_TSTART, real, st, info);
	const char *comm = PIDS_VAL(I_CMD, str, st, info);
	p->comm = xstrdup(comm ? comm : "");
	const char *exe = PIDS_VAL(I_EXE, str, st, info);
	p->exe = exe && strcmp(exe, "-") ? xstrdup(exe) : NULL;
	char **argv = PIDS_VAL(I_CMDLINE_V, strv, st, info);
	for (size_t i = 0; argv && argv[i] && i < 256; i++)
		strlist_add(&p->argv, argv[i]);
}

/* cwd, network namespace, open sockets and files. False when gone. */
static bool read_proc_details(struct hs_ctx *ctx, struct proc *p)
{
	char path[64], buf[4096];
	snprintf(path, sizeof(path), "/proc/%d/cwd", (int)p->pid);
	ssize_t n = readlink(path, buf, sizeof(buf) - 1);
	if (n > 0) {
		buf[n] = '\0';
		p->cwd = xstrdup(buf);
	} else if (errno == ENOENT || errno == ESRCH) {
		return false;
	}
	struct stat st;
	snprintf(path, sizeof(path), "/proc/%d/ns/net", (int)p->pid);
	if (stat(path, &st) == 0)
		p->netns = (uint64_t)st.st_ino;
	snprintf(path, sizeof(path), "/proc/%d/fd", (int)p->pid);
	int dfd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd < 0)
		return errno != ENOENT && errno != ESRCH;
	DIR *d = fdopendir(dfd);
	if (!d) {
		close(dfd);
		return true;
	}
	size_t cap = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		n = readlinkat(dfd, de->d_name, buf, sizeof(buf) - 1);
		if (n <= 0)
			continue;
		buf[n] = '\0';
		if (!strncmp(buf, "socket:[", 8)) {
			if (p->nsocks == cap) {
				cap = cap ? cap * 2 : 16;
				p->socks = xrealloc(p->socks, cap * sizeof(*p->socks));
			}
			p->socks[p->nsocks++] = strtoull(buf + 8, NULL, 10);
		} else if (buf[0] == '/' && p->files.n < 16) {
			size_t bl = strlen(buf);
			if (bl > 10 && !strcmp(buf + bl - 10, " (deleted)"))
				buf[bl - 10] = '\0';
			if (hi_in_tmp(ctx, buf) || accounts_docroot_of(ctx->accounts, buf))
				strlist_add_unique(&p->files, buf);
		}
	}
	closedir(d);
	return true;
}

static void look_fill(struct hs_ctx *ctx, struct look *l, const pid_t *only, size_t nonly)
{
	struct pids_info *info = NULL;
	if (procps_pids_new(&info, items, (int)HS_ARRAY_LEN(items)) < 0) {
		hs_err("procs: cannot start libproc2");
		return;
	}
	if (!only) {
		struct pids_stack *st;
		while ((st = procps_pids_get(info, PIDS_FETCH_TASKS_ONLY)))
			add_from_stack(ctx, l, st, info);
	} else {
		/* libproc2 selects at most a few hundred at a time */
		for (size_t off = 0; off < nonly; off += 200) {
			unsigned sel[200];
			size_t k = nonly - off < 200 ? nonly - off : 200;
			for (size_t i = 0; i < k; i++)
				sel[i] = (unsigned)only[off + i];
			struct pids_fetch *f =
			    procps_pids_select(info, sel, (int)k, PIDS_SELECT_PID);
			if (!f)
				continue;
			for (int i = 0; i < f->counts->total; i++)
				add_from_stack(ctx, l, f->stacks[i], info);
		}
	}
	procps_pids_unref(&info);
	for (size_t i = 0; i < l->n; i++)
		l->v[i].gone = !read_proc_details(ctx, &l->v[i]);
}

/* Socket tables, one per network namespace in use. */
struct nets {
	struct {
		uint64_t ns;
		struct pn_table t;
		bool ok;
	} * v;
	size_t n;
};

static void nets_free(struct nets *n)
{
	for (size_t i = 0; i < n->n; i++)
		pn_table_free(&n->v[i].t);
	free(n->v);
	memset(n, 0, sizeof(*n));
}

static const struct pn_table *nets_for(struct nets *n, const struct proc *p)
{
	for (size_t i = 0; i < n->n; i++)
		if (n->v[i].ns == p->netns)
			return n->v[i].ok ? &n->v[i].t : NULL;
	n->v = xrealloc(n->v, (n->n + 1) * sizeof(*n->v));
	memset(&n->v[n->n], 0, sizeof(n->v[n->n]));
	n->v[n->n].ns = p->netns;
	char dir[64];
	snprintf(dir, sizeof(dir), "/proc/%d/net", (int)p->pid);
	bool ok = pn_load(&n->v[n->n].t, dir, pcfg.ports, pcfg.nports);
	if (!ok) /* gone meanwhile: the host's own tables are the next best */
		ok = pn_load(&n->v[n->n].t, "/proc/net", pcfg.ports, pcfg.nports);
	pn_index(&n->v[n->n].t);
	n->v[n->n].ok = ok;
	n->n++;
	return ok ? &n->v[n->n - 1].t : NULL;
}

/* ---- evaluation --------------------------------------------------------- */

static const char *const alias_groups[][8] = {
    {"sh", "bash", "dash", "zsh", "ksh", "ash", "busybox", NULL},
    {"httpd", "apache", "apache2", "httpd2", "httpd-prefork", "httpd-worker", NULL},
    {"mail", "mailx", "bsd-mailx", "s-nail", "heirloom-mailx", "mail.mailutils", NULL},
    {"sendmail", "exim", "exim4", "sendmail.postfix", "sendmail.sendmail", "ssmtp", "msmtp", NULL},
    {"cron", "crond", NULL},
    {"init", "systemd", NULL},
    {"mysqld", "mariadbd", NULL},
    {"syslogd", "rsyslogd", NULL},
};

static int group_of(const char *n)
{
	for (size_t g = 0; g < HS_ARRAY_LEN(alias_groups); g++)
		for (size_t i = 0; alias_groups[g][i]; i++)
			if (!strcmp(n, alias_groups[g][i]))
				return (int)g;
	return -1;
}

static bool same_program(const char *claim, const char *exe_base)
{
	if (!strcmp(claim, exe_base))
		return true;
	size_t cl = strlen(claim), el = strlen(exe_base);
	/* comm is cut at 15 bytes; versioned names (php-fpm8.2, perl5.36.0) */
	if (cl >= 15 && !strncmp(claim, exe_base, cl))
		return true;
	if (el > cl && !strncmp(exe_base, claim, cl) &&
	    (isdigit((unsigned char)exe_base[cl]) || exe_base[cl] == '.' || exe_base[cl] == '-'))
		return true;
	if (cl > el && !strncmp(claim, exe_base, el) &&
	    (isdigit((unsigned char)claim[el]) || claim[el] == '.' || claim[el] == '-'))
		return true;
	int g = group_of(claim);
	return g >= 0 && g == group_of(exe_base);
}

/* "-bash" -> "bash", "/usr/sbin/apache2 -k start" -> "apache2",
 * "php-fpm: pool www" -> "php-fpm", "kworker/0:1" -> "kworker" */
static void claimed_name(const char *s, char *out, size_t outlen)
{
	while (*s == '-')
		s++;
	const char *b = s;
	for (const char *c = s; *c && *c != ' ' && *c != ':'; c++)
		if (*c == '/')
			b = c + 1;
	if (*b == '\0' && b != s) /* "kworker/" */
		b = s;
	size_t n = 0;
	while (b[n] && b[n] != ' ' && b[n] != ':' && b[n] != '/' && n + 1 < outlen)
		n++;
	memcpy(out, b, n);
	out[n] = '\0';
}

static void exe_path(const struct proc *p, char *out, size_t outlen, bool *deleted)
{
	*deleted = false;
	snprintf(out, outlen, "%s", p->exe ? p->exe : "");
	size_t l = strlen(out);
	if (l > 10 && !strcmp(out + l - 10, " (deleted)")) {
		out[l - 10] = '\0';
		*deleted = true;
	}
}

static bool docroot_script_ok(const struct hs_ctx *ctx, const struct proc *p, const char *script,
                              const char *exe_base)
{
	/* a customer running their own PHP from their docroot (wp-cron...) */
	const struct docroot *d = accounts_docroot_of(ctx->accounts, script);
	if (!d || !cron_is_php(exe_base))
		return false;
	const char *u = accounts_user_name(ctx->accounts, p->uid);
	return u && d->account && !strcmp(u, d->account);
}

/* An open file that is a script: a script extension or a "#!" line. */
static bool looks_like_script(const char *path)
{
	static const char *const exts[] = {"pl", "pm", "py", "php", "sh", "rb", "cgi", "js"};
	char ext[16];
	path_extension(path_basename(path), ext, sizeof(ext));
	for (size_t i = 0; i < HS_ARRAY_LEN(exts); i++)
		if (!strcmp(ext, exts[i]))
			return true;
	char head[2];
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return false;
	bool r = read(fd, head, 2) == 2 && head[0] == '#' && head[1] == '!';
	close(fd);
	return r;
}

static void evaluate(struct hs_ctx *ctx, struct proc *p, struct nets *nets)
{
	p->reasons = 0;
	char exe[4096];
	bool deleted;
	exe_path(p, exe, sizeof(exe), &deleted);
	const char *exe_base = path_basename(exe);
	/* sockets */
	free(p->peers);
	p->peers = NULL;
	p->npeers = 0;
	p->udp = 0;
	if (p->nsocks) {
		const struct pn_table *t = nets_for(nets, p);
		for (size_t i = 0; t && i < p->nsocks; i++) {
			const struct pn_sock *s = pn_find(t, p->socks[i]);
			if (!s)
				continue;
			if (s->proto == PN_UDP) {
				p->udp++;
				continue;
			}
			struct peer pe = {
			    .state = s->state, .count = 1, .local = pn_peer_is_loopback(s)};
			if (pe.local && !pcfg.smtp_local)
				continue;
			pn_peer(s, pe.addr, sizeof(pe.addr));
			size_t k;
			for (k = 0; k < p->npeers; k++)
				if (!strcmp(p->peers[k].addr, pe.addr) &&
				    p->peers[k].state == pe.state)
					break;
			if (k < p->npeers) {
				p->peers[k].count++;
			} else {
				p->peers = xrealloc(p->peers, (p->npeers + 1) * sizeof(*p->peers));
				p->peers[p->npeers++] = pe;
			}
		}
		if (p->npeers)
			p->reasons |= 1u << PR_SMTP;
	}
	if (!p->exe)
		return; /* no executable to compare with (permission, zombie) */
	/* names */
	const char *claims[2] = {p->comm, p->argv.n ? p->argv.v[0] : ""};
	for (int k = 0; k < 2; k++) {
		const char *c = claims[k];
		size_t cl = strlen(c);
		if (cl > 2 && c[0] == '[' && c[cl - 1] == ']') {
			p->reasons |= 1u << PR_FAKE_KTHREAD;
			continue;
		}
		char name[64];
		claimed_name(c, name, sizeof(name));
		if (!name[0] || !strlist_contains(disguises(), name))
			continue;
		if (!same_program(name, exe_base))
			p->reasons |= 1u << PR_MASQUERADE;
	}
	/* the executable */
	if (!strncmp(exe, "/memfd:", 7))
		p->reasons |= 1u << PR_EXE_MEMFD;
	else if (deleted && !hi_system_path(exe))
		p->reasons |= 1u << PR_EXE_DELETED;
	if (exe[0] == '/' && hi_in_tmp(ctx, exe))
		p->reasons |= 1u << PR_EXE_TMP;
	if (exe[0] == '/' && accounts_docroot_of(ctx->accounts, exe))
		p->reasons |= 1u << PR_EXE_DOCROOT;
	if (p->cwd && hi_in_tmp(ctx, p->cwd))
		p->reasons |= 1u << PR_CWD_TMP;
	/* the script an interpreter runs */
	free(p->script);
	p->script = NULL;
	if (cron_is_interpreter(exe_base)) {
		for (size_t i = 1; i < p->argv.n; i++) {
			const char *a = p->argv.v[i];
			if (a[0] == '-') {
				if (!strcmp(a, "-c") || !strcmp(a, "-e") || !strcmp(a, "-r") ||
				    !strcmp(a, "-m") || !strcmp(a, "-E"))
					break;
				continue;
			}
			if (a[0] == '/')
				p->script = xstrdup(a);
			else if (p->cwd && (strchr(a, '/') || strchr(a, '.')))
				p->script = path_join(p->cwd, a);
			break;
		}
		/* $0 rewritten: the script is often still open */
		for (size_t i = 0; !p->script && i < p->files.n; i++)
			if (looks_like_script(p->files.v[i]))
				p->script = xstrdup(p->files.v[i]);
		if (p->script && hi_in_tmp(ctx, p->script))
			p->reasons |= 1u << PR_SCRIPT_TMP;
		if (p->script && accounts_docroot_of(ctx->accounts, p->script) &&
		    !docroot_script_ok(ctx, p, p->script, exe_base))
			p->reasons |= 1u << PR_SCRIPT_DOCROOT;
	}
}

/* ---- findings ----------------------------------------------------------- */

static const char *state_name(uint8_t s)
{
	return s == PN_ESTABLISHED ? "ESTABLISHED" : s == PN_SYN_SENT ? "SYN_SENT" : "OTHER";
}

static double boot_time(void)
{
	FILE *fp = fopen("/proc/stat", "r");
	if (!fp)
		return 0;
	char line[256];
	double bt = 0;
	while (fgets(line, sizeof(line), fp))
		if (!strncmp(line, "btime ", 6)) {
			bt = strtod(line + 6, NULL);
			break;
		}
	fclose(fp);
	return bt;
}

static json_t *cron_links(struct hs_ctx *ctx, const struct proc *p, const char *exe,
                          struct cron_ref **refs, size_t *nrefs, bool *loaded)
{
	if (!*loaded) {
		*nrefs = cron_collect(ctx, refs);
		*loaded = true;
	}
	json_t *a = json_array();
	const char *user = accounts_user_name(ctx->accounts, p->uid);
	const char *want[2] = {p->script, exe[0] == '/' ? exe : NULL};
	for (size_t i = 0; i < *nrefs && json_array_size(a) < 4; i++) {
		const struct cron_ref *r = &(*refs)[i];
		if (user && r->user[0] && strcmp(r->user, user) && strcmp(r->user, "root"))
			continue;
		bool hit = false;
		for (int k = 0; k < 2 && !hit; k++) {
			if (!want[k])
				continue;
			hit = strlist_contains(&r->paths, want[k]) || strstr(r->command, want[k]);
		}
		if (!hit)
			continue;
		json_t *o = json_object();
		char *e = hs_escape(r->crontab);
		json_object_set_new(o, "crontab", json_string(e));
		free(e);
		json_object_set_new(o, "line", json_integer(r->line));
		e = hs_escape(r->user);
		json_object_set_new(o, "user", json_string(e));
		free(e);
		json_object_set_new(o, "finding", r->flagged ? json_string(r->id) : json_null());
		json_array_append_new(a, o);
	}
	return a;
}

/* Many processes run the same script: scan it once per run. */
static struct {
	struct strlist paths;
	json_t **links;
	int *sevs;
} link_cache;

static int link_script_cached(struct hs_ctx *ctx, struct scanner *s, const char *path,
                              json_t **link)
{
	for (size_t i = 0; i < link_cache.paths.n; i++)
		if (!strcmp(link_cache.paths.v[i], path)) {
			*link = link_cache.links[i] ? json_deep_copy(link_cache.links[i]) : NULL;
			return link_cache.sevs[i];
		}
	int sev = hi_link_script(ctx, s, path, link);
	size_t n = link_cache.paths.n;
	strlist_add(&link_cache.paths, path);
	link_cache.links = xrealloc(link_cache.links, (n + 1) * sizeof(*link_cache.links));
	link_cache.sevs = xrealloc(link_cache.sevs, (n + 1) * sizeof(*link_cache.sevs));
	link_cache.links[n] = *link ? json_deep_copy(*link) : NULL;
	link_cache.sevs[n] = sev;
	return sev;
}

static void link_cache_clear(void)
{
	for (size_t i = 0; i < link_cache.paths.n; i++)
		json_decref(link_cache.links[i]);
	strlist_clear(&link_cache.paths);
	free(link_cache.links);
	free(link_cache.sevs);
	memset(&link_cache, 0, sizeof(link_cache));
}

static void report_proc(struct hs_ctx *ctx, struct scanner **sp, const struct proc *p,
                        unsigned reasons, double btime, struct cron_ref **refs, size_t *nrefs,
                        bool *refs_loaded)
{
	const struct accounts *a = ctx->accounts;
	char exe[4096];
	bool deleted;
	exe_path(p, exe, sizeof(exe), &deleted);
	struct finding *f = finding_new("process");
	json_t *rj = json_array();
	bool remote = false;
	for (size_t i = 0; i < p->npeers; i++)
		remote |= !p->peers[i].local;
	for (int i = 0; i < PR_COUNT; i++) {
		if (!(reasons & (1u << i)))
			continue;
		char id[64];
		snprintf(id, sizeof(id), "hs.proc.%s", preasons[i].name);
		int sev = preasons[i].sev;
		if (i == PR_SMTP && !remote)
			sev = HS_SEV_MEDIUM;
		if (i == PR_EXE_DELETED &&
		    (reasons & ((1u << PR_EXE_TMP) | (1u << PR_EXE_DOCROOT))))
			sev = HS_SEV_HIGH;
		finding_add_rule(f, id, (enum hs_severity)sev,
		                 i == PR_SMTP         ? "mailer,bot"
		                 : i == PR_MASQUERADE ? "bot,masquerade"
		                                      : "bot");
		json_array_append_new(rj, json_string(preasons[i].name));
	}
	f->path = xstrdup(exe[0] ? exe : p->comm);
	f->key = xasprintf("%d:%llu", (int)p->pid, p->tics);
	f->uid = p->uid;
	const char *user = accounts_user_name(a, p->uid);
	f->owner = user ? xstrdup(user) : NULL;
	const char *acct = accounts_is_hosting_uid(a, p->uid) ? user : NULL;
	if (!acct && p->script)
		acct = accounts_for_path(a, p->script);
	if (!acct && p->cwd)
		acct = accounts_for_path(a, p->cwd);
	f->account = acct ? xstrdup(acct) : NULL;
	char *cmdline = strlist_join(&p->argv, " ");
	size_t cl = strlen(cmdline);
	finding_set_evidence(f, cmdline, cl < 200 ? cl : 200);
	free(cmdline);
	finding_set_int(f, "pid", p->pid);
	finding_set_int(f, "ppid", p->ppid);
	char path[64], pcomm[64] = "";
	snprintf(path, sizeof(path), "/proc/%d/comm", (int)p->ppid);
	FILE *fp = fopen(path, "r");
	if (fp) {
		if (fgets(pcomm, sizeof(pcomm), fp))
			pcomm[strcspn(pcomm, "\n")] = '\0';
		fclose(fp);
	}
	finding_set_str(f, "parent_comm", pcomm[0] ? pcomm : NULL);
	finding_set_str(f, "user", user);
	finding_set_str(f, "exe", p->exe);
	finding_set_json(f, "exe_deleted", json_boolean(deleted));
	finding_set_str(f, "comm", p->comm);
	json_t *argv = json_array();
	for (size_t i = 0; i < p->argv.n; i++) {
		char *e = hs_escape(p->argv.v[i]);
		json_array_append_new(argv, json_string(e));
		free(e);
	}
	finding_set_json(f, "argv", argv);
	finding_set_str(f, "cwd", p->cwd);
	time_t st = (time_t)(btime + p->start);
	struct tm tm;
	char when[32] = "";
	if (btime > 0 && gmtime_r(&st, &tm))
		strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	finding_set_str(f, "start_time", when[0] ? when : NULL);
	finding_set_json(f, "start_ticks", json_integer((json_int_t)p->tics));
	json_t *peers = json_array();
	unsigned total = 0;
	for (size_t i = 0; i < p->npeers; i++) {
		json_t *o = json_object();
		json_object_set_new(o, "peer", json_string(p->peers[i].addr));
		json_object_set_new(o, "state", json_string(state_name(p->peers[i].state)));
		json_object_set_new(o, "count", json_integer(p->peers[i].count));
		json_array_append_new(peers, o);
		total += p->peers[i].count;
	}
	finding_set_json(f, "smtp_peers", peers);
	finding_set_int(f, "smtp_connections", total);
	finding_set_int(f, "udp_sockets", p->udp);
	finding_set_json(f, "net_namespace", json_integer((json_int_t)p->netns));
	finding_set_json(f, "reasons", rj);
	if (p->files.n) {
		json_t *fl = json_array();
		for (size_t i = 0; i < p->files.n; i++) {
			char *e = hs_escape(p->files.v[i]);
			json_array_append_new(fl, json_string(e));
			free(e);
		}
		finding_set_json(f, "open_files", fl);
	}
	/* links: the script it runs (file finding) and the cron entry starting it */
	finding_set_str(f, "script", p->script);
	json_t *link = NULL;
	const char *target = p->script                                             ? p->script
	                     : (!deleted && exe[0] == '/' && !hi_system_path(exe)) ? exe
	                                                                           : NULL;
	if (target && !*sp) /* the file scanner only when there is a script to scan */
		*sp = scanner_new(ctx, ctx->rules_from_cli);
	if (target && *sp) {
		int sev = link_script_cached(ctx, *sp, target, &link);
		if (sev > HS_SEV_NONE) {
			finding_add_rule(f, "hs.proc.script_flagged", (enum hs_severity)sev, "bot");
			json_array_append_new(rj, json_string("script_flagged"));
		}
	}
	finding_set_json(f, "script_finding", link ? link : json_null());
	finding_set_json(f, "cron", cron_links(ctx, p, exe, refs, nrefs, refs_loaded));
	report_finding(ctx->rep, f);
}

static void msleep(int ms)
{
	struct timespec ts = {.tv_sec = ms / 1000, .tv_nsec = (long)(ms % 1000) * 1000000L};
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

int procs_inspect(struct hs_ctx *ctx, struct scanner *s)
{
	if (ctx->root && *ctx->root) {
		hs_info("procs: --root given: process inspection covers the live system only, "
		        "skipped");
		json_t *j = json_object();
		json_object_set_new(j, "skipped", json_string("--root: live system only"));
		json_object_set_new(ctx->rep->summary_extra, "procs", j);
		report_add_text_summary(ctx->rep, "processes: skipped (--root: live system only)");
		return 0;
	}
	struct scanner *own = NULL; /* when called without one (hostsweep procs) */
	struct look l1 = {0}, l2 = {0};
	struct nets n1 = {0}, n2 = {0};
	look_fill(ctx, &l1, NULL, 0);
	size_t nflag = 0;
	pid_t *flagged = xcalloc(l1.n ? l1.n : 1, sizeof(*flagged));
	for (size_t i = 0; i < l1.n; i++) {
		if (l1.v[i].gone)
			continue;
		evaluate(ctx, &l1.v[i], &n1);
		if (l1.v[i].reasons)
			flagged[nflag++] = l1.v[i].pid;
	}
	size_t confirmed = 0, gone = 0;
	if (nflag) {
		/* the second look: same process (pid and start time), same reasons */
		msleep(pcfg.confirm_ms);
		look_fill(ctx, &l2, flagged, nflag);
		double bt = boot_time();
		struct cron_ref *refs = NULL;
		size_t nrefs = 0;
		bool loaded = false;
		for (size_t i = 0; i < l1.n; i++) {
			struct proc *a = &l1.v[i];
			if (a->gone || !a->reasons)
				continue;
			struct proc *b = NULL;
			for (size_t k = 0; k < l2.n && !b; k++)
				if (l2.v[k].pid == a->pid && l2.v[k].tics == a->tics &&
				    !l2.v[k].gone)
					b = &l2.v[k];
			if (!b) {
				gone++;
				continue;
			}
			evaluate(ctx, b, &n2);
			unsigned r = a->reasons & b->reasons;
			if (!r)
				continue;
			confirmed++;
			report_proc(ctx, s ? &s : &own, b, r, bt, &refs, &nrefs, &loaded);
		}
		cron_refs_free(refs, nrefs);
	}
	json_t *j = json_object();
	json_object_set_new(j, "processes", json_integer((json_int_t)l1.total));
	json_object_set_new(j, "inspected", json_integer((json_int_t)l1.n));
	json_object_set_new(j, "first_look", json_integer((json_int_t)nflag));
	json_object_set_new(j, "confirmed", json_integer((json_int_t)confirmed));
	json_object_set_new(j, "gone", json_integer((json_int_t)gone));
	json_object_set_new(ctx->rep->summary_extra, "procs", j);
	report_add_text_summary(ctx->rep,
	                        "processes: %zu seen, %zu of web users and hosting accounts, %zu "
	                        "suspicious at first look, %zu confirmed, %zu gone",
	                        l1.total, l1.n, nflag, confirmed, gone);
	link_cache_clear();
	scanner_free(own);
	free(flagged);
	look_free(&l1);
	look_free(&l2);
	nets_free(&n1);
	nets_free(&n2);
	return 0;
}

static int cmd_procs_run(struct hs_ctx *ctx, int argc, char **argv)
{
	(void)argv;
	if (argc > 0) {
		hs_err("procs takes no arguments");
		return 2;
	}
	docroots_discover(ctx);
	int r = procs_inspect(ctx, NULL);
	return r < 0 ? 2 : ctx_exit_status(ctx);
}

const struct command cmd_procs = {
    .name = "procs",
    .summary = "processes of web users and hosting accounts: SMTP sockets, masquerade, tmp",
    .usage = "Live system only (with --root it is skipped). See docs/inspectors.md.",
    .run = cmd_procs_run,
};
