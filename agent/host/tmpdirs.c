/* `hostsweep tmp`: the temp dirs (/tmp, /var/tmp, /dev/shm by default)
 * through the file scanner (kind "tmp"), plus what only matters there:
 * scripts and ELF executables of web users and hosting accounts,
 * executable files, hidden and look-alike names, non-sockets in the X11/ICE
 * socket directories, and files a live process is running. Also the
 * helpers the other host inspectors share (hostinsp.h). */
#include "escape.h"
#include "host/hostinsp.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- shared helpers ----------------------------------------------------- */

bool hi_in_tmp(const struct hs_ctx *ctx, const char *path)
{
	for (size_t i = 0; i < ctx->cfg.tmp_dirs.n; i++)
		if (path_is_under(path, ctx->cfg.tmp_dirs.v[i]))
			return true;
	return false;
}

bool hi_system_path(const char *path)
{
	static const char *const sys[] = {"/usr",   "/bin",   "/sbin",  "/lib",
	                                  "/lib32", "/lib64", "/libx32"};
	for (size_t i = 0; i < HS_ARRAY_LEN(sys); i++)
		if (path_is_under(path, sys[i]))
			return true;
	return false;
}

bool hi_report_has_id(struct report *r, const char *id)
{
	bool found = false;
	pthread_mutex_lock(&r->lock);
	for (size_t i = 0; i < r->nfindings && !found; i++)
		found = !strcmp(r->findings[i]->id, id);
	pthread_mutex_unlock(&r->lock);
	return found;
}

/* ---- [tmp] configuration ------------------------------------------------ */

static struct {
	struct strlist socket_dirs;
	bool socket_dirs_set;
	bool running;
} tcfg = {.running = true};

/* The default list is made on first use, once for all threads: the watcher's
 * and the scanner's workers ask for it at the same time, and a list being
 * built while another thread reads it crashed `hostsweep watch` (ASan SEGV in
 * lookalike()'s strcmp). A [tmp] socket_dirs line is read before any thread
 * starts. */
static pthread_once_t socket_dirs_once = PTHREAD_ONCE_INIT;

static void socket_dirs_default(void)
{
	if (!tcfg.socket_dirs_set) {
		strlist_split_words(&tcfg.socket_dirs,
		                    ".X11-unix .ICE-unix .font-unix .XIM-unix .Test-unix");
		tcfg.socket_dirs_set = true;
	}
}

static const struct strlist *socket_dirs(void)
{
	pthread_once(&socket_dirs_once, socket_dirs_default);
	return &tcfg.socket_dirs;
}

static void free_tcfg(void) __attribute__((destructor));
static void free_tcfg(void)
{
	strlist_clear(&tcfg.socket_dirs);
}

int tmp_config_set(const char *key, const char *value, char *err, size_t errlen)
{
	if (!strcmp(key, "socket_dirs")) {
		strlist_clear(&tcfg.socket_dirs);
		tcfg.socket_dirs_set = true;
		strlist_split_words(&tcfg.socket_dirs, value);
		return 1;
	}
	if (!strcmp(key, "check_running")) {
		if (!parse_bool(value, &tcfg.running)) {
			snprintf(err, errlen, "expected yes or no");
			return -1;
		}
		return 1;
	}
	return 0;
}

/* ---- heuristics --------------------------------------------------------- */

enum tmp_reason {
	TR_ELF,
	TR_SCRIPT,
	TR_EXECUTABLE,
	TR_HIDDEN_NAME,
	TR_LOOKALIKE,
	TR_NOT_A_SOCKET,
	TR_HIDDEN_OWNED,
	TR_RUNNING,
	TR_COUNT
};
static const char *const tr_names[TR_COUNT] = {"elf",          "script",         "executable",
                                               "hidden_name",  "lookalike_name", "not_a_socket",
                                               "hidden_owned", "running"};

struct running {
	dev_t dev;
	ino_t ino;
	pid_t pid;
};

struct tmp_run {
	struct hs_ctx *ctx;
	struct running *run;
	size_t nrun;
};

/* "..." " " ". " "..x": names made to be overlooked. */
static bool weird_name(const char *n)
{
	size_t l = strlen(n);
	if (!l)
		return false;
	bool only = true;
	for (const char *c = n; *c; c++) {
		unsigned char u = (unsigned char)*c;
		if (u < 0x20 || u == 0x7f)
			return true;
		if (*c != '.' && *c != ' ' && *c != '\t')
			only = false;
	}
	if (only)
		return true; /* "." and ".." never reach us */
	if (n[0] == ' ' || n[l - 1] == ' ' || n[l - 1] == '\t')
		return true;
	return n[0] == '.' && n[1] == '.';
}

static size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 64 || lb > 64)
		return 99;
	size_t d[65][65];
	for (size_t i = 0; i <= la; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= la; i++)
		for (size_t j = 1; j <= lb; j++) {
			size_t c = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			if (d[i - 1][j] + 1 < c)
				c = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < c)
				c = d[i][j - 1] + 1;
			d[i][j] = c;
		}
	return d[la][lb];
}

/* A name close to, but not, one of the system socket directories. */
static bool lookalike(const char *n)
{
	const struct strlist *sd = socket_dirs();
	for (size_t i = 0; i < sd->n; i++)
		if (!strcmp(n, sd->v[i]))
			return false;
	for (size_t i = 0; i < sd->n; i++)
		if (!strcasecmp(n, sd->v[i]) || edit_distance(n, sd->v[i]) <= 2)
			return true;
	return false;
}

static bool is_socket_dir(const char *n)
{
	return strlist_contains(socket_dirs(), n);
}

/* The parent directory's name of a logical path. */
static void parent_name(const char *path, char *out, size_t outlen)
{
	const char *end = strrchr(path, '/');
	out[0] = '\0';
	if (!end || end == path)
		return;
	const char *start = end - 1;
	while (start > path && *start != '/')
		start--;
	if (*start == '/')
		start++;
	size_t n = (size_t)(end - start);
	if (n >= outlen)
		n = outlen - 1;
	memcpy(out, start, n);
	out[n] = '\0';
}

static const char *owner_class(const struct accounts *a, uid_t uid)
{
	if (accounts_is_web_user(a, uid))
		return "web";
	if (accounts_is_hosting_uid(a, uid))
		return "hosting";
	return NULL;
}

static const char *const script_exts[] = {"php", "phtml", "pl", "py", "sh", "cgi", "rb", "pm"};

static bool script_content(const char *name, const unsigned char *buf, size_t len)
{
	if (len >= 2 && buf[0] == '#' && buf[1] == '!')
		return true;
	char ext[16];
	path_extension(name, ext, sizeof(ext));
	for (size_t i = 0; i < HS_ARRAY_LEN(script_exts); i++)
		if (!strcmp(ext, script_exts[i]))
			return true;
	return len >= 5 && memmem(buf, len < 1024 ? len : 1024, "<?php", 5) != NULL;
}

/* Reasons that depend on the name and place only (any entry type). */
static unsigned name_reasons(const struct hs_ctx *ctx, const char *path, int depth,
                             const struct stat *st)
{
	const char *name = path_basename(path);
	unsigned r = 0;
	if (weird_name(name))
		r |= 1u << TR_HIDDEN_NAME;
	if (depth == 1 && lookalike(name))
		r |= 1u << TR_LOOKALIKE;
	if (depth == 1 && is_socket_dir(name) && !S_ISDIR(st->st_mode))
		r |= 1u << TR_NOT_A_SOCKET;
	char parent[256];
	parent_name(path, parent, sizeof(parent));
	if (depth == 2 && is_socket_dir(parent) && !S_ISSOCK(st->st_mode))
		r |= 1u << TR_NOT_A_SOCKET;
	if (name[0] == '.' && owner_class(ctx->accounts, st->st_uid))
		r |= 1u << TR_HIDDEN_OWNED;
	return r;
}

/* Reasons from the content (the first bytes at least) and the mode. */
static unsigned content_reasons(const struct hs_ctx *ctx, const char *path, const struct stat *st,
                                const unsigned char *buf, size_t len)
{
	unsigned r = 0;
	const char *cls = owner_class(ctx->accounts, st->st_uid);
	if (len >= 4 && !memcmp(buf,
	                        "\x7f"
	                        "ELF",
	                        4))
		r |= 1u << TR_ELF;
	else if (cls && script_content(path_basename(path), buf, len))
		r |= 1u << TR_SCRIPT;
	if (S_ISREG(st->st_mode) && (st->st_mode & 0111))
		r |= 1u << TR_EXECUTABLE;
	return r;
}

static int reason_sev(enum tmp_reason r, const char *cls)
{
	switch (r) {
	case TR_ELF:
		return cls ? HS_SEV_HIGH : HS_SEV_MEDIUM;
	case TR_SCRIPT:
		return HS_SEV_MEDIUM;
	case TR_EXECUTABLE:
		return cls ? HS_SEV_HIGH : HS_SEV_LOW;
	case TR_HIDDEN_NAME:
	case TR_LOOKALIKE:
	case TR_NOT_A_SOCKET:
		return HS_SEV_HIGH;
	case TR_HIDDEN_OWNED:
		return HS_SEV_MEDIUM;
	case TR_RUNNING:
		return HS_SEV_HIGH;
	default:
		return HS_SEV_LOW;
	}
}

static const char *type_name(mode_t m)
{
	if (S_ISREG(m))
		return "file";
	if (S_ISDIR(m))
		return "directory";
	if (S_ISLNK(m))
		return "symlink";
	if (S_ISSOCK(m))
		return "socket";
	if (S_ISFIFO(m))
		return "fifo";
	return "device";
}

/* Add the reasons to *fp (created when NULL). */
static void apply(struct hs_ctx *ctx, struct finding **fp, const char *kind, const char *path,
                  const struct stat *st, unsigned r, const struct tmp_run *t,
                  const unsigned char *buf, size_t len)
{
	if (!r)
		return;
	struct finding *f = *fp;
	if (!f) {
		f = finding_new(kind);
		finding_set_file(f, ctx->accounts, path, st);
		if (buf && S_ISREG(st->st_mode) && (uint64_t)len == (uint64_t)st->st_size) {
			unsigned char md[32];
			unsigned int n = 0;
			EVP_Digest(buf, len, md, &n, EVP_sha256(), NULL);
			hex_encode(md, 32, f->sha256);
		}
		*fp = f;
	}
	const char *cls = owner_class(ctx->accounts, st->st_uid);
	json_t *reasons = json_object_get(f->extra, "reasons");
	if (!reasons) {
		reasons = json_array();
		finding_set_json(f, "reasons", reasons);
	}
	for (int i = 0; i < TR_COUNT; i++) {
		if (!(r & (1u << i)))
			continue;
		char id[64];
		snprintf(id, sizeof(id), "hs.tmp.%s", tr_names[i]);
		finding_add_rule(f, id, (enum hs_severity)reason_sev((enum tmp_reason)i, cls),
		                 i == TR_ELF                            ? "elf"
		                 : i == TR_RUNNING                      ? "running"
		                 : i == TR_SCRIPT || i == TR_EXECUTABLE ? "executable"
		                                                        : "hidden");
		json_array_append_new(reasons, json_string(tr_names[i]));
	}
	char mode[8];
	snprintf(mode, sizeof(mode), "%04o", (unsigned)(st->st_mode & 07777));
	finding_set_str(f, "mode", mode);
	finding_set_str(f, "type", type_name(st->st_mode));
	finding_set_str(f, "owner_class", cls ? cls : "other");
	if (t && (r & (1u << TR_RUNNING))) {
		json_t *pids = json_array();
		for (size_t i = 0; i < t->nrun; i++)
			if (t->run[i].dev == st->st_dev && t->run[i].ino == st->st_ino)
				json_array_append_new(pids, json_integer(t->run[i].pid));
		finding_set_json(f, "pids", pids);
	}
}

static bool is_running(const struct tmp_run *t, const struct stat *st)
{
	for (size_t i = 0; t && i < t->nrun; i++)
		if (t->run[i].dev == st->st_dev && t->run[i].ino == st->st_ino)
			return true;
	return false;
}

/* Read the first bytes of a file of the inspected system, checking it is
 * still the file that was listed. */
static size_t read_head(const struct hs_ctx *ctx, const char *path, const struct stat *st,
                        unsigned char *buf, size_t cap)
{
	char *host = ctx_host_path(ctx, path);
	int fd = open(host, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	free(host);
	if (fd < 0)
		return 0;
	struct stat now;
	ssize_t n = 0;
	if (fstat(fd, &now) == 0 && now.st_dev == st->st_dev && now.st_ino == st->st_ino &&
	    S_ISREG(now.st_mode))
		n = read(fd, buf, cap);
	close(fd);
	return n > 0 ? (size_t)n : 0;
}

/* ---- scanner hooks ------------------------------------------------------ */

static bool tmp_entry_hook(void *ud, const struct walk_entry *e)
{
	struct tmp_run *t = ud;
	struct hs_ctx *ctx = t->ctx;
	if (e->depth == 0)
		return true;
	if (e->type == WALK_FILE) {
		/* too large for the content scan: the cheap checks here */
		if ((uint64_t)e->st.st_size > ctx->cfg.max_file_size) {
			unsigned char head[64];
			size_t n = read_head(ctx, e->path, &e->st, head, sizeof(head));
			unsigned r = name_reasons(ctx, e->path, e->depth, &e->st) |
			             content_reasons(ctx, e->path, &e->st, head, n);
			if (is_running(t, &e->st))
				r |= 1u << TR_RUNNING;
			struct finding *f = NULL;
			apply(ctx, &f, "tmp", e->path, &e->st, r, t, NULL, 0);
			if (f) {
				finding_set_int(f, "size", (long long)e->st.st_size);
				report_finding(ctx->rep, f);
			}
		}
		return true;
	}
	unsigned r = name_reasons(ctx, e->path, e->depth, &e->st);
	/* a hidden directory of a web user: worth a look; a dot-symlink less so */
	if (e->type == WALK_SYMLINK)
		r &= ~(1u << TR_HIDDEN_OWNED);
	struct finding *f = NULL;
	apply(ctx, &f, "tmp", e->path, &e->st, r, t, NULL, 0);
	if (f)
		report_finding(ctx->rep, f);
	return true;
}

static void tmp_extra(void *ud, struct finding **f, const struct file_info *fi,
                      const unsigned char *buf, size_t len)
{
	struct tmp_run *t = ud;
	struct hs_ctx *ctx = t->ctx;
	unsigned char head[4096];
	if (!buf) { /* the worker dropped its buffer after a large file */
		len = read_head(ctx, fi->path, fi->st, head, sizeof(head));
		buf = head;
	}
	int depth = 0;
	for (const char *p = fi->path; *p; p++)
		depth += *p == '/';
	/* depth below the temp dir it is in */
	for (size_t i = 0; i < ctx->cfg.tmp_dirs.n; i++) {
		const char *d = ctx->cfg.tmp_dirs.v[i];
		if (path_is_under(fi->path, d)) {
			int dd = 0;
			for (const char *p = d; *p; p++)
				dd += *p == '/';
			if (d[strlen(d) - 1] == '/')
				dd--;
			depth -= dd;
			break;
		}
	}
	unsigned r = name_reasons(ctx, fi->path, depth, fi->st) |
	             content_reasons(ctx, fi->path, fi->st, buf, len);
	if (is_running(t, fi->st))
		r |= 1u << TR_RUNNING;
	apply(ctx, f, fi->kind ? fi->kind : "tmp", fi->path, fi->st, r, t, buf, len);
}

void tmp_check_file(struct hs_ctx *ctx, struct finding **f, const struct file_info *fi,
                    const unsigned char *buf, size_t len)
{
	/* no list of running files: a file that was just written runs nowhere yet */
	struct tmp_run t = {.ctx = ctx};
	tmp_extra(&t, f, fi, buf, len);
}

/* The executables and scripts live processes run (live system only). */
static void collect_running(struct tmp_run *t)
{
	DIR *d = opendir("/proc");
	if (!d)
		return;
	size_t cap = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (!isdigit((unsigned char)de->d_name[0]))
			continue;
		pid_t pid = (pid_t)atoi(de->d_name);
		char p[4200];
		struct stat st;
		for (int k = 0; k < 2; k++) {
			if (k == 0) {
				snprintf(p, sizeof(p), "/proc/%d/exe", (int)pid);
			} else {
				/* an interpreter's script: the first argument that is not an option
				 */
				char cl[4096];
				snprintf(p, sizeof(p), "/proc/%d/cmdline", (int)pid);
				int fd = open(p, O_RDONLY | O_CLOEXEC);
				if (fd < 0)
					break;
				ssize_t n = read(fd, cl, sizeof(cl) - 1);
				close(fd);
				if (n <= 0)
					break;
				cl[n] = '\0';
				const char *arg = cl + strlen(cl) + 1;
				while (arg < cl + n && *arg == '-')
					arg += strlen(arg) + 1;
				if (arg >= cl + n || !*arg)
					break;
				snprintf(p, sizeof(p), "/proc/%d/%s%s%s", (int)pid,
				         arg[0] == '/' ? "root" : "cwd", arg[0] == '/' ? "" : "/",
				         arg);
			}
			if (stat(p, &st) < 0 || !S_ISREG(st.st_mode))
				continue;
			if (t->nrun == cap) {
				cap = cap ? cap * 2 : 256;
				t->run = xrealloc(t->run, cap * sizeof(*t->run));
			}
			t->run[t->nrun++] = (struct running){st.st_dev, st.st_ino, pid};
		}
	}
	closedir(d);
}

int tmp_inspect(struct hs_ctx *ctx, struct scanner *s)
{
	struct tmp_run t = {.ctx = ctx};
	if ((!ctx->root || !*ctx->root) && tcfg.running)
		collect_running(&t);
	scanner_set_entry_hook(s, tmp_entry_hook, &t);
	scanner_set_extra(s, tmp_extra, &t);
	for (size_t i = 0; i < ctx->cfg.tmp_dirs.n; i++)
		scanner_scan_tree(s, ctx->cfg.tmp_dirs.v[i], "tmp");
	scanner_drain(s);
	scanner_set_entry_hook(s, NULL, NULL);
	scanner_set_extra(s, NULL, NULL);
	free(t.run);
	return 0;
}

/* ---- linking a script to its file finding ------------------------------- */

int hi_link_script(struct hs_ctx *ctx, struct scanner *s, const char *path, json_t **link)
{
	*link = NULL;
	bool tmp = hi_in_tmp(ctx, path);
	enum scan_result res;
	struct finding *f = scanner_scan_path(s, path, tmp ? "tmp" : "file", &res);
	if (!f && res == SCAN_FAILED)
		return HS_SEV_NONE;
	if (tmp) {
		char *host = ctx_host_path(ctx, path);
		struct stat st;
		if (lstat(host, &st) == 0 && S_ISREG(st.st_mode)) {
			unsigned char head[4096];
			size_t n = read_head(ctx, path, &st, head, sizeof(head));
			int depth = 0;
			for (size_t i = 0; i < ctx->cfg.tmp_dirs.n; i++)
				if (path_is_under(path, ctx->cfg.tmp_dirs.v[i])) {
					const char *rest = path + strlen(ctx->cfg.tmp_dirs.v[i]);
					for (const char *p = rest; *p; p++)
						depth += *p == '/';
					break;
				}
			unsigned r = name_reasons(ctx, path, depth, &st) |
			             content_reasons(ctx, path, &st, head, n);
			apply(ctx, &f, "tmp", path, &st, r, NULL, NULL, 0);
		}
		free(host);
	}
	json_t *l = json_object();
	char *ep = hs_escape(path);
	json_object_set_new(l, "path", json_string(ep));
	free(ep);
	int sev = HS_SEV_NONE;
	if (f) {
		finding_finalize(f);
		sev = f->severity;
		json_object_set_new(l, "finding", json_string(f->id));
		json_t *rules = json_array();
		for (size_t i = 0; i < f->rules.n; i++)
			json_array_append_new(rules, json_string(f->rules.v[i]));
		json_object_set_new(l, "rules", rules);
		if (hi_report_has_id(ctx->rep, f->id))
			finding_free(f);
		else
			report_finding(ctx->rep, f);
	} else {
		json_object_set_new(l, "finding", json_null());
		json_object_set_new(l, "rules", json_array());
	}
	*link = l;
	return sev;
}

static int cmd_tmp_run(struct hs_ctx *ctx, int argc, char **argv)
{
	(void)argv;
	if (argc > 0) {
		hs_err("tmp takes no arguments (the temp dirs are [scan] tmp_dirs)");
		return 2;
	}
	docroots_discover(ctx);
	struct scanner *s = scanner_new(ctx, ctx->rules_from_cli);
	if (!s)
		return 2;
	int r = tmp_inspect(ctx, s);
	scanner_free(s);
	return r < 0 ? 2 : ctx_exit_status(ctx);
}

const struct command cmd_tmp = {
    .name = "tmp",
    .summary = "temp dirs: scripts, ELF and hidden files of web users, files run by processes",
    .usage = "Scans [scan] tmp_dirs (default /tmp /var/tmp /dev/shm). See docs/inspectors.md.",
    .run = cmd_tmp_run,
};
