#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int hs_verbosity = 1;

static void oom(void)
{
	fputs("hostsweep: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *xstrdup(const char *s)
{
	char *p = strdup(s ? s : "");
	if (!p)
		oom();
	return p;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = strndup(s, n);
	if (!p)
		oom();
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;
	va_start(ap, fmt);
	if (vasprintf(&p, fmt, ap) < 0)
		oom();
	va_end(ap);
	return p;
}

void strlist_add(struct strlist *l, const char *s)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->v = xrealloc(l->v, l->cap * sizeof(*l->v));
	}
	l->v[l->n++] = xstrdup(s);
}

bool strlist_contains(const struct strlist *l, const char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return true;
	return false;
}

void strlist_add_unique(struct strlist *l, const char *s)
{
	if (!strlist_contains(l, s))
		strlist_add(l, s);
}

void strlist_clear(struct strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

void strlist_split_words(struct strlist *l, const char *s)
{
	while (*s) {
		while (*s && isspace((unsigned char)*s))
			s++;
		const char *start = s;
		while (*s && !isspace((unsigned char)*s))
			s++;
		if (s > start) {
			char *w = xstrndup(start, (size_t)(s - start));
			strlist_add(l, w);
			free(w);
		}
	}
}

char *strlist_join(const struct strlist *l, const char *sep)
{
	size_t len = 1, seplen = strlen(sep);
	for (size_t i = 0; i < l->n; i++)
		len += strlen(l->v[i]) + seplen;
	char *out = xmalloc(len), *p = out;
	for (size_t i = 0; i < l->n; i++) {
		if (i) {
			memcpy(p, sep, seplen);
			p += seplen;
		}
		size_t k = strlen(l->v[i]);
		memcpy(p, l->v[i], k);
		p += k;
	}
	*p = '\0';
	return out;
}

static void vlog(int level, const char *prefix, const char *fmt, va_list ap)
{
	if (hs_verbosity < level)
		return;
	/* One fprintf per line so that lines of concurrent threads do not interleave. */
	char buf[2048];
	vsnprintf(buf, sizeof(buf), fmt, ap);
	fprintf(stderr, "hostsweep: %s%s\n", prefix, buf);
}

void hs_err(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vlog(0, "error: ", fmt, ap);
	va_end(ap);
}

void hs_warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vlog(1, "warning: ", fmt, ap);
	va_end(ap);
}

void hs_info(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vlog(2, "", fmt, ap);
	va_end(ap);
}

void hs_debug(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vlog(3, "debug: ", fmt, ap);
	va_end(ap);
}

double hs_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static bool parse_scaled(const char *s, uint64_t *out, const char *units, const uint64_t *mult)
{
	if (!s || !*s || !isdigit((unsigned char)*s))
		return false;
	errno = 0;
	char *end;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno)
		return false;
	uint64_t m = 1;
	if (*end) {
		const char *u = strchr(units, tolower((unsigned char)*end));
		if (!u || end[1])
			return false;
		m = mult[u - units];
	}
	if (m && v > UINT64_MAX / m)
		return false;
	*out = v * m;
	return true;
}

bool parse_size(const char *s, uint64_t *out)
{
	static const uint64_t mult[] = {1, 1024ULL, 1024ULL * 1024, 1024ULL * 1024 * 1024,
	                                1024ULL * 1024 * 1024 * 1024};
	return parse_scaled(s, out, "bkmgt", mult);
}

bool parse_duration(const char *s, uint64_t *out)
{
	static const uint64_t mult[] = {1, 60, 3600, 86400, 7 * 86400};
	return parse_scaled(s, out, "smhdw", mult);
}

bool parse_bool(const char *s, bool *out)
{
	static const char *yes[] = {"yes", "true", "on", "1"}, *no[] = {"no", "false", "off", "0"};
	for (size_t i = 0; i < HS_ARRAY_LEN(yes); i++) {
		if (strcasecmp(s, yes[i]) == 0) {
			*out = true;
			return true;
		}
		if (strcasecmp(s, no[i]) == 0) {
			*out = false;
			return true;
		}
	}
	return false;
}

char *path_join(const char *dir, const char *name)
{
	size_t dl = strlen(dir);
	while (dl > 1 && dir[dl - 1] == '/')
		dl--;
	while (*name == '/')
		name++;
	if (dl == 1 && dir[0] == '/')
		return xasprintf("/%s", name);
	if (!*name)
		return xstrndup(dir, dl);
	return xasprintf("%.*s/%s", (int)dl, dir, name);
}

char *path_normalize(const char *path)
{
	char *copy = xstrdup(path);
	char *out = xmalloc(strlen(path) + 2);
	size_t len = 0;
	out[0] = '\0';
	char *save = NULL;
	for (char *c = strtok_r(copy, "/", &save); c; c = strtok_r(NULL, "/", &save)) {
		if (!strcmp(c, "."))
			continue;
		if (!strcmp(c, "..")) {
			char *sl = strrchr(out, '/');
			len = sl ? (size_t)(sl - out) : 0;
			out[len] = '\0';
			continue;
		}
		out[len++] = '/';
		size_t k = strlen(c);
		memcpy(out + len, c, k);
		len += k;
		out[len] = '\0';
	}
	if (!len)
		strcpy(out, "/");
	free(copy);
	return out;
}

bool path_is_under(const char *path, const char *dir)
{
	size_t dl = strlen(dir);
	while (dl > 1 && dir[dl - 1] == '/')
		dl--;
	if (dl == 1 && dir[0] == '/')
		return path[0] == '/';
	return strncmp(path, dir, dl) == 0 && (path[dl] == '\0' || path[dl] == '/');
}

const char *path_basename(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

void path_extension(const char *name, char *out, size_t outlen)
{
	const char *dot = strrchr(name, '.');
	out[0] = '\0';
	if (!dot || dot == name || outlen == 0)
		return;
	size_t i = 0;
	for (dot++; *dot && i + 1 < outlen; dot++)
		out[i++] = (char)tolower((unsigned char)*dot);
	out[i] = '\0';
}

bool for_each_line(const char *file, bool (*fn)(void *ud, char *line, size_t len, int lineno),
                   void *ud)
{
	FILE *fp = fopen(file, "r");
	if (!fp) {
		hs_err("%s: cannot read: %s", file, strerror(errno));
		return false;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int lineno = 0;
	bool ok = true;
	while (ok && (n = getline(&line, &cap, fp)) >= 0) {
		lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		ok = fn(ud, line, (size_t)n, lineno);
	}
	free(line);
	fclose(fp);
	return ok;
}

FILE *fopen_untrusted(const char *path, bool nofollow, uint64_t max_size)
{
	int fd =
	    open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | (nofollow ? O_NOFOLLOW : 0));
	if (fd < 0)
		return NULL;
	struct stat st;
	int err = 0;
	if (fstat(fd, &st) != 0)
		err = errno;
	else if (!S_ISREG(st.st_mode))
		err = EINVAL;
	else if ((uint64_t)st.st_size > max_size)
		err = EFBIG;
	/* blocking reads again: a regular file never blocks, and stdio treats
	 * EAGAIN as an error */
	else if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0)
		err = errno;
	FILE *fp = err ? NULL : fdopen(fd, "r");
	if (!fp) {
		if (!err)
			err = errno;
		close(fd);
		errno = err;
	}
	return fp;
}

bool run_capture(char *const argv[], const char *input, size_t len, int *status, char *out,
                 size_t outlen)
{
	int in[2], res[2];
	*status = -1;
	if (outlen)
		out[0] = '\0';
	if (pipe2(in, O_CLOEXEC) < 0)
		return false;
	if (pipe2(res, O_CLOEXEC) < 0) {
		close(in[0]);
		close(in[1]);
		return false;
	}
	pid_t pid = fork();
	if (pid < 0) {
		close(in[0]);
		close(in[1]);
		close(res[0]);
		close(res[1]);
		return false;
	}
	if (pid == 0) {
		dup2(in[0], 0);
		dup2(res[1], 1);
		dup2(res[1], 2);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(in[0]);
	close(res[1]);
	struct sigaction ign = {.sa_handler = SIG_IGN}, old;
	sigaction(SIGPIPE, &ign, &old);
	/* input and output together: a tool that answers each input line
	 * (postsuper, one line per id) would block on a full pipe otherwise */
	size_t off = 0, got = 0;
	char drop[4096];
	int wfd = len ? in[1] : -1;
	if (wfd < 0)
		close(in[1]);
	for (;;) {
		struct pollfd pf[2] = {{res[0], POLLIN, 0}, {wfd, POLLOUT, 0}};
		if (poll(pf, wfd >= 0 ? 2 : 1, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (wfd >= 0 && pf[1].revents) {
			ssize_t k = write(wfd, input + off, len - off);
			if (k > 0)
				off += (size_t)k;
			if ((k < 0 && errno != EINTR && errno != EAGAIN) || off >= len) {
				close(wfd);
				wfd = -1;
			}
		}
		if (pf[0].revents) {
			char *dst = got + 1 < outlen ? out + got : drop;
			size_t room = got + 1 < outlen ? outlen - 1 - got : sizeof(drop);
			ssize_t k = read(res[0], dst, room);
			if (k < 0 && errno == EINTR)
				continue;
			if (k <= 0)
				break;
			if (dst != drop)
				got += (size_t)k;
		}
	}
	if (wfd >= 0)
		close(wfd);
	sigaction(SIGPIPE, &old, NULL);
	if (outlen)
		out[got] = '\0';
	close(res[0]);
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return false;
	*status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	return *status == 0;
}

bool run_with_input(char *const argv[], const char *input, size_t len, int *status)
{
	int in[2];
	*status = -1;
	if (pipe2(in, O_CLOEXEC) < 0)
		return false;
	pid_t pid = fork();
	if (pid < 0) {
		close(in[0]);
		close(in[1]);
		return false;
	}
	if (pid == 0) {
		dup2(in[0], 0);
		int devnull = open("/dev/null", O_WRONLY);
		if (devnull >= 0)
			dup2(devnull, 1);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(in[0]);
	/* a child that exits early must not kill us with SIGPIPE: write
	 * errors just end the input */
	struct sigaction ign = {.sa_handler = SIG_IGN}, old;
	sigaction(SIGPIPE, &ign, &old);
	for (size_t off = 0; off < len;) {
		ssize_t k = write(in[1], input + off, len - off);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		off += (size_t)k;
	}
	close(in[1]);
	sigaction(SIGPIPE, &old, NULL);
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return false;
	*status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	return *status == 0;
}

int mkdir_p(const char *dir, unsigned mode)
{
	char *p = xstrdup(dir);
	int r = 0;
	for (char *s = p + 1;; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;
		*s = '\0';
		if (mkdir(p, (mode_t)mode) < 0 && errno != EEXIST) {
			r = -1;
			break;
		}
		*s = c;
		if (!c)
			break;
	}
	free(p);
	return r;
}

void hex_encode(const void *in, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";
	const unsigned char *p = in;
	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[p[i] >> 4];
		out[2 * i + 1] = digits[p[i] & 15];
	}
	out[2 * n] = '\0';
}

uint64_t hash_fnv1a(const char *s)
{
	uint64_t h = 14695981039346656037ULL;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}
