/* The log reader: a log file and its rotated siblings, plain or gzip'd,
 * line by line within a time window, resumed from a saved state on a
 * repeat sweep; hostile lines are counted, never trusted (logs.h). Also the
 * [logs] settings and the time-stamp helpers every backend shares. */
#include "logs/logs.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

/* ---- [logs] ---- */

static const char *const default_front[] = {
    "index.php",        "wp-login.php",    "xmlrpc.php",
    "admin-ajax.php",   "wp-cron.php",     "admin-post.php",
    "async-upload.php", "post.php",        "wp-comments-post.php",
    "load-scripts.php", "load-styles.php", "options.php",
    "upload.php",       "media-new.php",   "app.php",
    "admin.php",        "login.php",       "ajax.php",
    "api.php",          "rest.php",        "cron.php",
    "install.php",      "setup.php",       "update.php",
    "doku.php",         "remote.php",      "public.php",
    "status.php",
};

struct logs_settings logs_set = {
    .enabled = true,
    .window = 14 * 86400,
    .max_line = 64 * 1024,
    .max_files = 8,
    .post_burst = 50,
    .burst_window = 3600,
    .burst_clients = 3,
    .recent_file = 7 * 86400,
    .recent_posts = 5,
    .upload_php_hits = 1,
};

static void front_defaults(void)
{
	static bool done;
	if (done)
		return;
	done = true;
	for (size_t i = 0; i < HS_ARRAY_LEN(default_front); i++)
		strlist_add(&logs_set.front_ctrl, default_front[i]);
}

static int set_u64(uint64_t *dst, const char *value, bool dur, bool positive, char *err,
                   size_t errlen)
{
	uint64_t v;
	bool good = dur ? parse_duration(value, &v) : parse_size(value, &v);
	if (!good || (positive && v == 0)) {
		snprintf(err, errlen,
		         dur ? "expected a duration like 90m, 2h or 14d"
		             : "expected a positive number");
		return -1;
	}
	*dst = v;
	return 1;
}

int logs_config_set(const char *key, const char *value, char *err, size_t errlen)
{
	front_defaults();
	struct {
		const char *key;
		uint64_t *dst;
		bool dur;
	} nums[] = {
	    {"window", &logs_set.window, true},
	    {"max_line", &logs_set.max_line, false},
	    {"max_files", &logs_set.max_files, false},
	    {"post_burst", &logs_set.post_burst, false},
	    {"burst_window", &logs_set.burst_window, true},
	    {"burst_clients", &logs_set.burst_clients, false},
	    {"recent_file", &logs_set.recent_file, true},
	    {"recent_posts", &logs_set.recent_posts, false},
	    {"upload_php_hits", &logs_set.upload_php_hits, false},
	};
	for (size_t i = 0; i < HS_ARRAY_LEN(nums); i++)
		if (!strcmp(key, nums[i].key)) {
			int rc = set_u64(nums[i].dst, value, nums[i].dur, true, err, errlen);
			if (rc == 1 && !strcmp(key, "max_line") &&
			    (logs_set.max_line < 256 || logs_set.max_line > 64 * 1024 * 1024)) {
				snprintf(err, errlen, "expected 256 to 64M");
				return -1;
			}
			return rc;
		}
	if (!strcmp(key, "apache_conf") || !strcmp(key, "nginx_conf")) {
		char **dst = key[0] == 'a' ? &logs_set.apache_conf : &logs_set.nginx_conf;
		if (value[0] != '/') {
			snprintf(err, errlen, "expected an absolute path");
			return -1;
		}
		free(*dst);
		*dst = xstrdup(value);
		return 1;
	}
	if (!strcmp(key, "enabled"))
		return parse_bool(value, &logs_set.enabled)
		           ? 1
		           : (snprintf(err, errlen, "expected yes or no"), -1);
	struct {
		const char *key;
		struct strlist *dst;
	} lists[] = {
	    {"web_logs", &logs_set.web_logs},
	    {"ftp_logs", &logs_set.ftp_logs},
	    {"auth_logs", &logs_set.auth_logs},
	    {"mail_logs", &logs_set.mail_logs},
	    {"front_controllers", &logs_set.front_ctrl},
	};
	for (size_t i = 0; i < HS_ARRAY_LEN(lists); i++)
		if (!strcmp(key, lists[i].key)) {
			strlist_clear(lists[i].dst);
			strlist_split_words(lists[i].dst, value);
			return 1;
		}
	return 0;
}

const struct strlist *logs_front_controllers(void)
{
	front_defaults();
	return &logs_set.front_ctrl;
}

/* ---- time stamps ---- */

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
 * days_from_civil): no mktime, no time zone files, no locale. */
static long long days_from_civil(long long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long long)doe - 719468;
}

static int month_of(const char *p)
{
	/* "Jan".."Dec", case as the logs write it */
	static const char names[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	for (int i = 0; i < 12; i++)
		if (p[0] == names[3 * i] && p[1] == names[3 * i + 1] && p[2] == names[3 * i + 2])
			return i + 1;
	return 0;
}

static bool digits(const char *p, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (p[i] < '0' || p[i] > '9')
			return false;
		v = v * 10 + (p[i] - '0');
	}
	*out = v;
	return true;
}

static bool hms(const char *p, int *h, int *mi, int *s)
{
	return digits(p, 2, h) && p[2] == ':' && digits(p + 3, 2, mi) && p[5] == ':' &&
	       digits(p + 6, 2, s) && *h < 24 && *mi < 60 && *s <= 60;
}

bool log_time_clf(const char *p, size_t n, time_t *out)
{
	/* 10/Oct/2000:13:55:36 -0700 */
	int d, y, h, mi, s, oh, om;
	if (n < 26 || !digits(p, 2, &d) || p[2] != '/' || p[6] != '/' || p[11] != ':' ||
	    p[20] != ' ' || (p[21] != '+' && p[21] != '-'))
		return false;
	int m = month_of(p + 3);
	if (!m || d < 1 || d > 31 || !digits(p + 7, 4, &y) || !hms(p + 12, &h, &mi, &s) ||
	    !digits(p + 22, 2, &oh) || !digits(p + 24, 2, &om))
		return false;
	long long t = days_from_civil(y, (unsigned)m, (unsigned)d) * 86400 + h * 3600 + mi * 60 + s;
	long long off = oh * 3600 + om * 60;
	t += p[21] == '+' ? -off : off;
	*out = (time_t)t;
	return true;
}

void log_clock_init(struct log_clock *c, time_t now)
{
	memset(c, 0, sizeof(*c));
	c->now = now;
	struct tm tm;
	localtime_r(&now, &tm);
	c->year = tm.tm_year + 1900;
}

/* Local broken-down time to epoch, cached per minute (mktime reads the
 * zone rules: too slow for every line of a large auth.log). */
static time_t local_epoch(struct log_clock *c, int y, int m, int d, int h, int mi, int s)
{
	char key[16];
	snprintf(key, sizeof(key), "%04d%02d%02d%02d%02d", y % 10000, m, d, h, mi);
	if (strcmp(key, c->last_key) != 0) {
		struct tm tm = {0};
		tm.tm_year = y - 1900;
		tm.tm_mon = m - 1;
		tm.tm_mday = d;
		tm.tm_hour = h;
		tm.tm_min = mi;
		tm.tm_isdst = -1;
		c->last_base = mktime(&tm);
		memcpy(c->last_key, key, sizeof(key));
	}
	return c->last_base + s;
}

size_t log_time_syslog(struct log_clock *c, const char *p, size_t n, time_t *out)
{
	int y, m, d, h, mi, s;
	/* RFC 3339: 2024-10-11T13:55:36[.frac](Z|+hh:mm) */
	if (n >= 20 && p[4] == '-' && p[10] == 'T') {
		if (!digits(p, 4, &y) || !digits(p + 5, 2, &m) || p[7] != '-' ||
		    !digits(p + 8, 2, &d) || !hms(p + 11, &h, &mi, &s) || m < 1 || m > 12 ||
		    d < 1 || d > 31)
			return 0;
		size_t i = 19;
		if (i < n && p[i] == '.')
			for (i++; i < n && p[i] >= '0' && p[i] <= '9'; i++)
				;
		long long off = 0;
		if (i < n && p[i] == 'Z') {
			i++;
		} else if (i + 6 <= n && (p[i] == '+' || p[i] == '-') && p[i + 3] == ':') {
			int oh, om;
			if (!digits(p + i + 1, 2, &oh) || !digits(p + i + 4, 2, &om))
				return 0;
			off = (oh * 3600 + om * 60) * (p[i] == '+' ? -1 : 1);
			i += 6;
		} else {
			return 0;
		}
		if (i >= n || p[i] != ' ')
			return 0;
		*out = (time_t)(days_from_civil(y, (unsigned)m, (unsigned)d) * 86400 + h * 3600 +
		                mi * 60 + s + off);
		return i + 1;
	}
	/* traditional: "Oct 11 13:55:36 " (day space-padded) */
	if (n < 16 || p[3] != ' ' || p[6] != ' ' || p[15] != ' ')
		return 0;
	m = month_of(p);
	char dd[2] = {p[4] == ' ' ? '0' : p[4], p[5]};
	if (!m || !digits(dd, 2, &d) || d < 1 || d > 31 || !hms(p + 7, &h, &mi, &s))
		return 0;
	y = c->year;
	time_t t = local_epoch(c, y, m, d, h, mi, s);
	if (t > c->now + 86400) /* December's lines read in January */
		t = local_epoch(c, y - 1, m, d, h, mi, s);
	*out = t;
	return 16;
}

size_t log_syslog_tag(const char *p, size_t n, struct log_str *host, struct log_str *prog,
                      long *pid)
{
	const char *e = p + n, *q = memchr(p, ' ', n);
	if (!q || q == p)
		return 0;
	host->p = p;
	host->n = (size_t)(q - p);
	const char *t = q + 1;
	const char *colon = NULL;
	for (const char *x = t; x < e && x - t < 128; x++)
		if (*x == ':' && (x + 1 == e || x[1] == ' ')) {
			colon = x;
			break;
		} else if (*x == ' ') {
			return 0;
		}
	if (!colon || colon == t)
		return 0;
	*pid = -1;
	const char *br = memchr(t, '[', (size_t)(colon - t));
	if (br && colon[-1] == ']') {
		long v = 0;
		const char *x = br + 1;
		for (; x < colon - 1 && *x >= '0' && *x <= '9' && v < 100000000; x++)
			v = v * 10 + (*x - '0');
		if (x != colon - 1 || x == br + 1)
			return 0;
		*pid = v;
		prog->p = t;
		prog->n = (size_t)(br - t);
	} else {
		prog->p = t;
		prog->n = (size_t)(colon - t);
	}
	return (size_t)(colon - p) + (colon + 1 < e ? 2 : 1);
}

/* Dotted quad without inet_pton: this runs on every line of a web log. */
static bool is_ipv4(const char *p, size_t n)
{
	int parts = 0, digits = 0, v = 0;
	for (size_t i = 0; i < n; i++) {
		char c = p[i];
		if (c >= '0' && c <= '9') {
			if (digits && v == 0)
				return false; /* a leading zero: not what inet_pton takes */
			v = v * 10 + (c - '0');
			if (++digits > 3 || v > 255)
				return false;
		} else if (c == '.' && digits) {
			if (++parts > 3)
				return false;
			digits = v = 0;
		} else {
			return false;
		}
	}
	return parts == 3 && digits;
}

bool log_is_ip(const char *p, size_t n)
{
	if (n >= 7 && n <= 15 && !memchr(p, ':', n))
		return is_ipv4(p, n);
	char buf[INET6_ADDRSTRLEN + 1];
	unsigned char bin[16];
	/* a NUL would end the copy for inet_pton: "::1\0anything" would pass
	 * as an address (found by tests/fuzz/fuzz_logs.c) */
	if (n == 0 || n >= sizeof(buf) || memchr(p, '\0', n))
		return false;
	memcpy(buf, p, n);
	buf[n] = '\0';
	return inet_pton(memchr(buf, ':', n) ? AF_INET6 : AF_INET, buf, bin) == 1;
}

void log_ip_trim(struct log_str *ip)
{
	/* only when a dotted quad follows: "::ffff:193f:193.0.2.7" is another
	 * IPv6 address, not a mapped one (found by tests/fuzz/fuzz_logs.c) */
	if (ip->n > 7 && (!strncmp(ip->p, "::ffff:", 7) || !strncmp(ip->p, "::FFFF:", 7)) &&
	    is_ipv4(ip->p + 7, ip->n - 7)) {
		ip->p += 7;
		ip->n -= 7;
	}
}

bool log_time_ctime(struct log_clock *c, const char *p, size_t n, time_t *out)
{
	int d, h, mi, s, y;
	if (n < 24 || p[3] != ' ' || p[7] != ' ' || p[10] != ' ' || p[19] != ' ')
		return false;
	int m = month_of(p + 4);
	char dd[2] = {p[8] == ' ' ? '0' : p[8], p[9]};
	if (!m || !digits(dd, 2, &d) || d < 1 || d > 31 || !hms(p + 11, &h, &mi, &s) ||
	    !digits(p + 20, 4, &y))
		return false;
	*out = local_epoch(c, y, m, d, h, mi, s);
	return true;
}

const char *log_find(const char *p, size_t n, const char *lit)
{
	return memmem(p, n, lit, strlen(lit));
}

/* ---- per-file state ---- */

/* The state of every (key, source): inode, offset, hash of the first line.
 * One JSON file in the state directory (per --root), loaded once, written
 * by logs_state_save(). */
static json_t *state;
static char *state_path;
static bool state_dirty;

static json_t *state_get(struct hs_ctx *ctx)
{
	if (state)
		return state;
	state_path = ctx_state_file(ctx, "logs", "json");
	json_error_t e;
	state = json_load_file(state_path, 0, &e);
	if (!state || !json_is_object(state)) {
		json_decref(state);
		state = json_object();
	}
	return state;
}

void logs_state_save(struct hs_ctx *ctx)
{
	(void)ctx;
	if (!state || !state_dirty)
		return;
	mkdir_p(ctx->cfg.state_dir, 0700);
	char *tmp = xasprintf("%s.tmp", state_path);
	if (json_dump_file(state, tmp, JSON_COMPACT) == 0 && rename(tmp, state_path) == 0)
		state_dirty = false;
	else
		hs_warn("cannot write the log state %s: %s", state_path, strerror(errno));
	unlink(tmp);
	free(tmp);
}

/* ---- one file ---- */

struct lfile {
	int fd;
	gzFile gz;
	char *buf;
	size_t cap, len, pos; /* bytes in buf, start of the unconsumed part */
	uint64_t off;         /* uncompressed offset of buf[pos] */
	bool eof, skipping;   /* skipping: inside an overlong line */
};

static int open_regular(const char *host, struct stat *st)
{
	int fd = open(host, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return -1;
	if (fstat(fd, st) != 0 || !S_ISREG(st->st_mode)) {
		close(fd);
		errno = EINVAL;
		return -1;
	}
	return fd;
}

/* Takes fd. */
static bool lf_open(struct lfile *f, int fd, bool gz)
{
	memset(f, 0, sizeof(*f));
	f->fd = fd;
	if (gz) {
		f->gz = gzdopen(fd, "rb");
		if (!f->gz) {
			close(fd);
			return false;
		}
		gzbuffer(f->gz, 256 * 1024);
		f->fd = -1;
	}
	f->cap = (logs_set.max_line > 1024 * 1024 ? logs_set.max_line : 1024 * 1024) + 1;
	f->buf = xmalloc(f->cap);
	return true;
}

static void lf_close(struct lfile *f)
{
	if (f->gz)
		gzclose(f->gz);
	else if (f->fd >= 0)
		close(f->fd);
	free(f->buf);
	memset(f, 0, sizeof(*f));
	f->fd = -1;
}

static ssize_t lf_raw_read(struct lfile *f, char *dst, size_t n)
{
	if (f->gz) {
		int r = gzread(f->gz, dst, (unsigned)(n > (1u << 30) ? (1u << 30) : n));
		return r < 0 ? -1 : r;
	}
	for (;;) {
		ssize_t r = read(f->fd, dst, n);
		if (r < 0 && errno == EINTR)
			continue;
		return r;
	}
}

/* Skip n uncompressed bytes (resume a gzip'd file at an offset). */
static bool lf_seek(struct lfile *f, uint64_t n)
{
	if (!f->gz)
		return lseek(f->fd, (off_t)n, SEEK_SET) == (off_t)n ? (f->off = n, true) : false;
	while (n > 0) {
		ssize_t r = lf_raw_read(f, f->buf, n < f->cap ? n : f->cap);
		if (r <= 0)
			return false;
		n -= (uint64_t)r;
		f->off += (uint64_t)r;
	}
	return true;
}

/* Per-line byte checks: NULs and invalid UTF-8. The fast path tests eight
 * bytes at a time for a zero or high byte; only such lines are walked. */
#define LF_NUL  1u
#define LF_UTF8 2u
static unsigned line_check(const unsigned char *p, size_t n)
{
	size_t i = 0;
	const uint64_t lo = 0x0101010101010101ull, hi = 0x8080808080808080ull;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		if (((w - lo) & ~w & hi) | (w & hi))
			break;
	}
	if (i + 8 > n) {
		for (; i < n; i++)
			if (p[i] == 0 || p[i] >= 0x80)
				break;
		if (i == n)
			return 0;
	}
	unsigned fl = 0;
	for (; i < n; i++) {
		unsigned char c = p[i];
		if (c == 0) {
			fl |= LF_NUL;
			continue;
		}
		if (c < 0x80)
			continue;
		size_t k;
		unsigned cp;
		if (c >= 0xc2 && c <= 0xdf)
			k = 1, cp = c & 0x1f;
		else if (c >= 0xe0 && c <= 0xef)
			k = 2, cp = c & 0x0f;
		else if (c >= 0xf0 && c <= 0xf4)
			k = 3, cp = c & 0x07;
		else {
			fl |= LF_UTF8;
			continue;
		}
		if (i + k >= n) {
			fl |= LF_UTF8;
			break;
		}
		size_t j = 1;
		for (; j <= k; j++) {
			if ((p[i + j] & 0xc0) != 0x80)
				break;
			cp = (cp << 6) | (p[i + j] & 0x3f);
		}
		if (j <= k || (k == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
		    (k == 3 && (cp < 0x10000 || cp > 0x10ffff))) {
			fl |= LF_UTF8;
			continue;
		}
		i += k;
	}
	return fl;
}

/* The next complete line of f: 1 with *line (NUL-terminated in place) and
 * *len; 0 at the end. An unterminated last line is returned only when
 * take_partial (a rotated file: nobody writes it any more). Overlong lines
 * are skipped and counted. *end_off: the offset just past the line. */
static int lf_next(struct lfile *f, bool take_partial, struct log_stats *st, char **line,
                   size_t *len, uint64_t *end_off)
{
	for (;;) {
		char *s = f->buf + f->pos;
		size_t avail = f->len - f->pos;
		char *nl = avail ? memchr(s, '\n', avail) : NULL;
		if (nl) {
			size_t n = (size_t)(nl - s);
			f->pos += n + 1;
			f->off += n + 1;
			if (f->skipping) { /* the end of an overlong line */
				f->skipping = false;
				continue;
			}
			if (n > logs_set.max_line) {
				st->bad_long++;
				continue;
			}
			if (n && s[n - 1] == '\r')
				n--;
			s[n] = '\0';
			*line = s;
			*len = n;
			*end_off = f->off;
			return 1;
		}
		/* no newline in what is buffered */
		if (avail > logs_set.max_line) {
			if (!f->skipping)
				st->bad_long++;
			f->skipping = true;
			f->off += avail;
			f->pos = f->len = 0;
			avail = 0;
		}
		if (f->eof) {
			if (avail && take_partial && !f->skipping) {
				if (s[avail - 1] == '\r')
					avail--;
				f->buf[f->pos + avail] = '\0';
				*line = s;
				*len = avail;
				f->off += f->len - f->pos;
				f->pos = f->len;
				*end_off = f->off;
				return 1;
			}
			return 0;
		}
		if (f->pos) {
			memmove(f->buf, s, avail);
			f->len = avail;
			f->pos = 0;
		}
		ssize_t r = lf_raw_read(f, f->buf + f->len, f->cap - 1 - f->len);
		if (r <= 0) {
			f->eof = true;
			continue;
		}
		f->len += (size_t)r;
		st->bytes += (uint64_t)r;
	}
}

/* FNV-1a of the first line (at most 256 bytes): tells a file from the one
 * that replaced it under the same name or inode. 0 = empty file. */
static uint64_t head_hash(const char *host, bool gz)
{
	struct stat st;
	int fd = open_regular(host, &st);
	if (fd < 0)
		return 0;
	char buf[256];
	ssize_t n;
	if (gz) {
		gzFile g = gzdopen(fd, "rb");
		if (!g) {
			close(fd);
			return 0;
		}
		n = gzread(g, buf, sizeof(buf));
		gzclose(g);
	} else {
		n = pread(fd, buf, sizeof(buf), 0);
		close(fd);
	}
	if (n <= 0)
		return 0;
	char *nl = memchr(buf, '\n', (size_t)n);
	size_t len = nl ? (size_t)(nl - buf) : (size_t)n;
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)buf[i]) * 1099511628211ull;
	return h ? h : 1;
}

/* ---- a source: the live file and its rotated siblings ---- */

struct rotated {
	char *host;
	time_t mtime;
	ino_t ino;
	bool gz;
};

static int rot_cmp(const void *a, const void *b)
{
	const struct rotated *x = a, *y = b;
	return x->mtime < y->mtime ? 1 : x->mtime > y->mtime ? -1 : strcmp(x->host, y->host);
}

/* FILE.1, FILE.2.gz, FILE-20240101, FILE-20240101.gz: the base name, then
 * groups of [.-]digits, then an optional .gz. */
static bool rotated_name(const char *name, const char *base, bool *gz)
{
	size_t bl = strlen(base);
	if (strncmp(name, base, bl) != 0)
		return false;
	const char *p = name + bl;
	bool any = false;
	while (*p == '.' || *p == '-') {
		if (!strcmp(p, ".gz"))
			break;
		const char *q = p + 1;
		while (*q >= '0' && *q <= '9')
			q++;
		if (q == p + 1)
			return false;
		any = true;
		p = q;
	}
	*gz = !strcmp(p, ".gz");
	return any && (*p == '\0' || *gz);
}

/* Rotated files of host path `live`, newest first, at most max. */
static size_t list_rotated(const char *live, struct rotated **out)
{
	*out = NULL;
	char *dir = xstrdup(live);
	char *slash = strrchr(dir, '/');
	if (!slash) {
		free(dir);
		return 0;
	}
	*slash = '\0';
	const char *base = slash + 1;
	DIR *d = opendir(*dir ? dir : "/");
	size_t n = 0, cap = 0;
	struct rotated *v = NULL;
	if (d) {
		struct dirent *e;
		while ((e = readdir(d)) && n < 4096) {
			bool gz;
			if (!rotated_name(e->d_name, base, &gz))
				continue;
			struct stat st;
			char *p = xasprintf("%s/%s", dir, e->d_name);
			if (lstat(p, &st) != 0 || !S_ISREG(st.st_mode)) {
				free(p);
				continue;
			}
			if (n == cap)
				v = xrealloc(v, (cap = cap ? cap * 2 : 8) * sizeof(*v));
			v[n++] = (struct rotated){p, st.st_mtime, st.st_ino, gz};
		}
		closedir(d);
	}
	free(dir);
	if (n)
		qsort(v, n, sizeof(*v), rot_cmp);
	size_t keep = n < logs_set.max_files ? n : (size_t)logs_set.max_files;
	for (size_t i = keep; i < n; i++)
		free(v[i].host);
	*out = v;
	return keep;
}

struct run {
	struct hs_ctx *ctx;
	const struct log_source *src;
	time_t since;
	log_event_fn fn;
	void *ud;
	struct log_stats *st;
	struct log_clock clk;
	void *bstate;
	bool stop;
};

/* Read one file from offset `from`; the offset and head reached. */
static int read_file(struct run *r, const char *host, bool gz, bool take_partial, uint64_t from,
                     uint64_t *end, struct stat *stp)
{
	struct stat st;
	int fd = open_regular(host, &st);
	if (fd < 0)
		return -1;
	if (stp)
		*stp = st;
	struct lfile f;
	if (!lf_open(&f, fd, gz))
		return -1;
	r->st->files++;
	if (from && !lf_seek(&f, from)) {
		/* shorter than the state says: it is another file; read it all */
		lf_close(&f);
		fd = open_regular(host, &st);
		if (fd < 0 || !lf_open(&f, fd, gz))
			return -1;
		from = 0;
	}
	*end = from;
	char *line;
	size_t len;
	uint64_t eo;
	const struct log_backend *be = r->src->be;
	while (!r->stop && lf_next(&f, take_partial, r->st, &line, &len, &eo) == 1) {
		*end = eo;
		r->st->lines++;
		unsigned fl = line_check((const unsigned char *)line, len);
		if (fl & LF_NUL)
			r->st->bad_nul++;
		if (fl & LF_UTF8)
			r->st->bad_utf8++;
		struct log_event ev;
		memset(&ev, 0, sizeof(ev));
		int rc = be->parse(r->bstate, &r->clk, line, len, &ev);
		if (rc < 0) {
			r->st->bad_fields++;
			continue;
		}
		if (rc == 0) {
			r->st->skipped++;
			continue;
		}
		if (r->since && ev.time < r->since) {
			r->st->old++;
			continue;
		}
		r->st->events++;
		if (!r->fn(r->ud, r->src, &ev))
			r->stop = true;
	}
	lf_close(&f);
	return 0;
}

static char *state_name(const char *key, const struct log_source *src)
{
	return xasprintf("%s\t%s\t%s", key, src->be->name, src->path);
}

int log_read_source(struct hs_ctx *ctx, const struct log_source *src, time_t since,
                    const char *state_key, log_event_fn fn, void *ud, struct log_stats *st)
{
	struct run r = {.ctx = ctx, .src = src, .since = since, .fn = fn, .ud = ud, .st = st};
	log_clock_init(&r.clk, time(NULL));
	if (src->be->state_size)
		r.bstate = xcalloc(1, src->be->state_size);
	char *live = ctx_host_path(ctx, src->path);
	struct rotated *rot;
	size_t nrot = list_rotated(live, &rot);
	int rc = 0;

	json_t *saved = NULL;
	char *sname = NULL;
	if (state_key) {
		sname = state_name(state_key, src);
		saved = json_object_get(state_get(ctx), sname);
	}
	uint64_t s_ino = 0, s_off = 0, s_head = 0;
	time_t s_time = 0;
	if (saved) {
		s_ino = (uint64_t)json_integer_value(json_object_get(saved, "ino"));
		s_off = (uint64_t)json_integer_value(json_object_get(saved, "off"));
		s_head =
		    strtoull(json_string_value(json_object_get(saved, "head")) ?: "0", NULL, 16);
		s_time = (time_t)json_integer_value(json_object_get(saved, "time"));
	}

	struct stat lst;
	bool have_live = lstat(live, &lst) == 0 && S_ISREG(lst.st_mode);
	uint64_t live_from = 0;
	ssize_t first_rot = (ssize_t)nrot - 1; /* oldest rotated file to read */
	uint64_t first_rot_from = 0;
	if (saved && have_live && lst.st_ino == s_ino && (uint64_t)lst.st_size >= s_off &&
	    head_hash(live, false) == s_head) {
		live_from = s_off; /* the same file, grown: only the new part */
		first_rot = -1;
		st->resumed++;
	} else if (saved) {
		/* rotated (or truncated) since: find the old file among the rotated ones */
		first_rot = -1;
		st->rotated++;
		for (size_t i = 0; i < nrot; i++) {
			if (((uint64_t)rot[i].ino == s_ino && !rot[i].gz) ||
			    head_hash(rot[i].host, rot[i].gz) == s_head) {
				first_rot = (ssize_t)i;
				first_rot_from = s_off;
				break;
			}
			/* not it: newer than the last run, so read it all */
			if (rot[i].mtime >= s_time)
				first_rot = (ssize_t)i;
		}
	}
	for (ssize_t i = first_rot; i >= 0 && !r.stop; i--) {
		uint64_t from = i == first_rot ? first_rot_from : 0, end;
		if (!from && since && rot[i].mtime < since)
			continue; /* nothing in it is within the window */
		if (read_file(&r, rot[i].host, rot[i].gz, true, from, &end, NULL) != 0)
			hs_debug("cannot read the rotated log %s: %s", rot[i].host,
			         strerror(errno));
	}
	uint64_t end = 0;
	struct stat rst;
	if (have_live && !r.stop) {
		if (read_file(&r, live, false, false, live_from, &end, &rst) != 0) {
			report_error(ctx->rep, src->path, "cannot read the log", errno);
			rc = -1;
		} else if (state_key) {
			json_t *o = json_object();
			char hx[17];
			snprintf(hx, sizeof(hx), "%016llx",
			         (unsigned long long)(end ? head_hash(live, false) : 0));
			json_object_set_new(o, "ino", json_integer((json_int_t)rst.st_ino));
			json_object_set_new(o, "off", json_integer((json_int_t)end));
			json_object_set_new(o, "head", json_string(hx));
			json_object_set_new(o, "time", json_integer((json_int_t)time(NULL)));
			json_object_set_new(state_get(ctx), sname, o);
			state_dirty = true;
		}
	}
	for (size_t i = 0; i < nrot; i++)
		free(rot[i].host);
	free(rot);
	free(live);
	free(sname);
	if (r.bstate) {
		if (src->be->state_free)
			src->be->state_free(r.bstate);
		free(r.bstate);
	}
	return rc;
}
