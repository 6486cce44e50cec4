#include "scan/rules.h"
#include "version.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct compile_state {
	int errors;
};

static void compiler_cb(int level, const char *file, int line, const YR_RULE *rule, const char *msg,
                        void *ud)
{
	(void)rule;
	struct compile_state *cs = ud;
	if (level == YARA_ERROR_LEVEL_ERROR) {
		cs->errors++;
		hs_err("%s:%d: rule error: %s", file ? file : "?", line, msg);
	} else {
		hs_warn("%s:%d: rule warning: %s", file ? file : "?", line, msg);
	}
}

static int cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_rule_file(const char *name)
{
	size_t n = strlen(name);
	return name[0] != '.' && ((n > 4 && !strcmp(name + n - 4, ".yar")) ||
	                          (n > 5 && !strcmp(name + n - 5, ".yara")));
}

/* Files of one directory, sorted so the namespace order is stable. */
static int list_rule_files(const char *dir, struct strlist *out)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	struct strlist names = {0};
	struct dirent *de;
	while ((de = readdir(d)))
		if (is_rule_file(de->d_name))
			strlist_add(&names, de->d_name);
	closedir(d);
	if (names.n)
		qsort(names.v, names.n, sizeof(char *), cmpstr);
	for (size_t i = 0; i < names.n; i++) {
		char *p = path_join(dir, names.v[i]);
		strlist_add(out, p);
		free(p);
	}
	strlist_clear(&names);
	return 0;
}

static const struct {
	const char *name;
	unsigned bit;
} externals_known[] = {
    {"filename", EXT_FILENAME},     {"extension", EXT_EXTENSION},
    {"filepath", EXT_FILEPATH},     {"mime", EXT_MIME},
    {"owner_web", EXT_OWNER_WEB},   {"in_docroot", EXT_IN_DOCROOT},
    {"in_uploads", EXT_IN_UPLOADS}, {"in_hidden_dir", EXT_IN_HIDDEN_DIR},
};

/* Which externals does YARA source text name as identifiers (outside
 * comments and string literals)? Errs on the side of yes (a regex holding
 * "mime" counts): the price of a wrong yes is speed, of a wrong no a
 * wrong verdict. */
/* Does the '/' at i open a regex: after '=' (a string's definition) or
 * after "matches" (a condition), blanks between? */
static bool regex_starts(const char *s, size_t i)
{
	size_t k = i;
	while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
		k--;
	if (k > 0 && s[k - 1] == '=')
		return true;
	return k >= 7 && !memcmp(s + k - 7, "matches", 7);
}

static unsigned source_externals(const char *s, size_t n)
{
	unsigned mask = 0;
	/* the first letters of externals_known: most bytes are none, and
	 * stop before the identifier test */
	bool first[256] = {0};
	for (size_t k = 0; k < HS_ARRAY_LEN(externals_known); k++)
		first[(unsigned char)externals_known[k].name[0]] = true;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '/' && i + 1 < n && s[i + 1] == '/') {
			while (i < n && s[i] != '\n')
				i++;
		} else if (s[i] == '/' && i + 1 < n && s[i + 1] == '*') {
			for (i += 2; i + 1 < n && !(s[i] == '*' && s[i + 1] == '/'); i++)
				;
			i++;
		} else if (s[i] == '"') {
			for (i++; i < n && s[i] != '"'; i++)
				if (s[i] == '\\')
					i++;
		} else if (s[i] == '/' && regex_starts(s, i)) {
			/* a regex: a quote in it (['"]) is no string's start */
			for (i++; i < n && s[i] != '/' && s[i] != '\n'; i++)
				if (s[i] == '\\')
					i++;
		} else if (first[(unsigned char)s[i]] &&
		           (i == 0 || !(isalnum((unsigned char)s[i - 1]) || s[i - 1] == '_'))) {
			for (size_t k = 0; k < HS_ARRAY_LEN(externals_known); k++) {
				if (s[i] != externals_known[k].name[0])
					continue; /* most bytes: no strlen, no memcmp */
				size_t l = strlen(externals_known[k].name);
				if (i + l <= n && !memcmp(s + i, externals_known[k].name, l) &&
				    (i + l == n ||
				     !(isalnum((unsigned char)s[i + l]) || s[i + l] == '_')))
					mask |= externals_known[k].bit;
			}
		}
	}
	return mask;
}

/* The rule files' texts, read once: the digest, the externals check and
 * the compiler all see the same bytes, even if a file changes meanwhile. */
struct rule_source {
	char *path;
	char *text;
	size_t len;
	bool php_scope; /* "// hostsweep: scope=php" */
};

/* The file's "// hostsweep: KEY=VALUE" lines (a line of its own, leading
 * blanks allowed). Only scope=php and scope=any are known; anything else
 * is an error rather than a silently ignored typo. */
static bool source_pragmas(struct rule_source *r)
{
	static const char tag[] = "// hostsweep:";
	r->php_scope = false;
	int lineno = 1;
	for (const char *l = r->text, *end = r->text + r->len; l < end; lineno++) {
		const char *nl = memchr(l, '\n', (size_t)(end - l));
		const char *le = nl ? nl : end;
		const char *p = l;
		while (p < le && (*p == ' ' || *p == '\t'))
			p++;
		if ((size_t)(le - p) >= sizeof(tag) - 1 && !memcmp(p, tag, sizeof(tag) - 1)) {
			p += sizeof(tag) - 1;
			while (p < le && (*p == ' ' || *p == '\t'))
				p++;
			const char *q = le;
			while (q > p && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\r'))
				q--;
			size_t n = (size_t)(q - p);
			if (n == 9 && !memcmp(p, "scope=php", 9)) {
				r->php_scope = true;
			} else if (n == 9 && !memcmp(p, "scope=any", 9)) {
				r->php_scope = false;
			} else {
				hs_err("%s:%d: unknown directive '%.*s' (scope=php or scope=any)",
				       r->path, lineno, (int)n, p);
				return false;
			}
		}
		l = le + 1;
	}
	return true;
}

static bool read_source(const char *path, struct rule_source *out)
{
	FILE *fp = fopen(path, "r");
	if (!fp) {
		hs_err("%s: cannot read rule file: %s", path, strerror(errno));
		return false;
	}
	char buf[65536];
	size_t n;
	out->path = xstrdup(path);
	out->text = NULL;
	out->len = 0;
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0) {
		out->text = xrealloc(out->text, out->len + n + 1);
		memcpy(out->text + out->len, buf, n);
		out->len += n;
	}
	bool ok = !ferror(fp);
	if (!ok)
		hs_err("%s: cannot read rule file: %s", path, strerror(errno));
	fclose(fp);
	if (!out->text)
		out->text = xstrdup("");
	return ok;
}

/* Compile every source, or with unscoped_only those without scope=php. */
/* extra: rules generated by hostsweep itself (the PCRE2 gate), compiled
 * into every set under their own namespace; NULL for none. */
struct extra_rules {
	const char *ns, *src;
};

static YR_RULES *compile_sources(const struct rule_source *src, size_t n, bool unscoped_only,
                                 const struct extra_rules *extra)
{
	YR_COMPILER *c = NULL;
	if (yr_compiler_create(&c) != ERROR_SUCCESS) {
		hs_err("cannot create YARA compiler");
		return NULL;
	}
	struct compile_state cs = {0};
	yr_compiler_set_callback(c, compiler_cb, &cs);
	/* Externals must exist before any source is added. */
	yr_compiler_define_string_variable(c, "filename", "");
	yr_compiler_define_string_variable(c, "extension", "");
	yr_compiler_define_string_variable(c, "filepath", "");
	yr_compiler_define_string_variable(c, "mime", "");
	yr_compiler_define_boolean_variable(c, "owner_web", 0);
	yr_compiler_define_boolean_variable(c, "in_docroot", 0);
	yr_compiler_define_boolean_variable(c, "in_uploads", 0);
	yr_compiler_define_boolean_variable(c, "in_hidden_dir", 0);
	for (size_t i = 0; i < n && cs.errors == 0; i++) {
		char ns[256];
		snprintf(ns, sizeof(ns), "%s", path_basename(src[i].path));
		char *dot = strrchr(ns, '.');
		if (dot)
			*dot = '\0';
		if (!src[i].len || (unscoped_only && src[i].php_scope))
			continue; /* an empty file holds no rule (fmemopen wants a size) */
		/* the text read for the digest, named after its file for messages */
		FILE *fp = fmemopen(src[i].text, src[i].len, "r");
		if (!fp) {
			hs_err("%s: %s", src[i].path, strerror(errno));
			cs.errors++;
			break;
		}
		/* After a failed add the compiler is unusable; stop at once. */
		yr_compiler_add_file(c, fp, ns, src[i].path);
		fclose(fp);
	}
	if (cs.errors == 0 && extra && extra->src)
		yr_compiler_add_string(c, extra->src, extra->ns);
	YR_RULES *rules = NULL;
	/* get_rules aborts on an assertion after a compile error: never call it then. */
	if (cs.errors == 0 && yr_compiler_get_rules(c, &rules) != ERROR_SUCCESS) {
		hs_err("cannot build YARA rules (out of memory?)");
		rules = NULL;
	}
	yr_compiler_destroy(c);
	return rules;
}

/* Compiled rules are kept in the state directory under a name that covers
 * everything they were built from: the sources' digest, hostsweep's version
 * (the externals it defines) and libyara's (the file format). */
static char *compiled_path(const char *dir, const char *digest, const char *set)
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	EVP_DigestInit_ex(md, EVP_sha256(), NULL);
	char *key = xasprintf("%s\n%s\n%s\n", digest, HS_VERSION, YR_VERSION);
	EVP_DigestUpdate(md, key, strlen(key));
	free(key);
	unsigned char d[EVP_MAX_MD_SIZE];
	unsigned int dl = 0;
	EVP_DigestFinal_ex(md, d, &dl);
	EVP_MD_CTX_free(md);
	char hex[33];
	hex_encode(d, 16, hex);
	return xasprintf("%s/rules-%s%s.yarc", dir, hex, set);
}

/* A compiled set read from memory: yr_rules_load() reads it with one
 * fread() per field and relocation, some 170,000 calls for the shipped
 * rules, which cost more than the load itself once the file is in a
 * buffer. The same bytes, the same YR_RULES. */
struct mem_stream {
	const unsigned char *p;
	size_t n, off;
};

/* fread()'s contract: whole items only, the count of items read. */
static size_t mem_read(void *ptr, size_t size, size_t count, void *ud)
{
	struct mem_stream *m = ud;
	if (!size)
		return 0;
	size_t items = (m->n - m->off) / size;
	if (items > count)
		items = count;
	memcpy(ptr, m->p + m->off, items * size);
	m->off += items * size;
	return items;
}

/* The whole file, or NULL (errno set). */
static unsigned char *read_whole(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	struct stat st;
	unsigned char *buf = NULL;
	size_t n = 0;
	if (fstat(fd, &st) == 0 && st.st_size >= 0) {
		size_t cap = (size_t)st.st_size + 1;
		buf = xmalloc(cap);
		for (;;) {
			if (n == cap) {
				cap *= 2;
				buf = xrealloc(buf, cap);
			}
			ssize_t got = read(fd, buf + n, cap - n);
			if (got < 0 && errno == EINTR)
				continue;
			if (got < 0) {
				free(buf);
				buf = NULL;
				break;
			}
			if (got == 0)
				break;
			n += (size_t)got;
		}
	}
	close(fd);
	*len = n;
	return buf;
}

/* read_only: a run that writes no state, so a bad file is left alone. */
static YR_RULES *load_compiled(const char *path, bool read_only)
{
	struct stat st;
	/* ours only: a regular file, owned by us, not writable by others */
	if (lstat(path, &st) < 0)
		return NULL;
	if (!S_ISREG(st.st_mode) || st.st_uid != geteuid() || (st.st_mode & 022)) {
		hs_warn("%s: not a private file of this user; compiling the rules instead", path);
		return NULL;
	}
	YR_RULES *rules = NULL;
	size_t len = 0;
	unsigned char *img = read_whole(path, &len);
	int rc = ERROR_COULD_NOT_OPEN_FILE;
	if (img) {
		struct mem_stream ms = {.p = img, .n = len};
		YR_STREAM stream = {.user_data = &ms, .read = mem_read};
		rc = yr_rules_load_stream(&stream, &rules);
		free(img);
	}
	if (rc != ERROR_SUCCESS) {
		hs_warn("%s: cannot load compiled rules (YARA error %d); compiling them again",
		        path, rc);
		if (!read_only)
			unlink(path);
		return NULL;
	}
	hs_debug("rules: compiled rules from %s", path);
	return rules;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && !strcmp(s + n - k, suffix);
}

/* Save atomically (a private temporary file renamed into place: a reader
 * sees the old file or the whole new one), and drop the compiled sets of
 * other rule versions (those named neither path nor keep2). Another run's
 * temporary file is its work in progress: removed (left by a crash) only
 * when locked says no other run can be writing one. */
static void save_compiled(YR_RULES *rules, const char *dir, const char *path, const char *keep2,
                          bool locked)
{
	if (mkdir_p(dir, 0700) < 0)
		return;
	char *tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
	mode_t old = umask(077);
	int rc = yr_rules_save(rules, tmp);
	umask(old);
	if (rc != ERROR_SUCCESS || rename(tmp, path) < 0) {
		hs_debug("rules: cannot keep compiled rules in %s", dir);
		unlink(tmp);
		free(tmp);
		return;
	}
	free(tmp);
	DIR *d = opendir(dir);
	struct dirent *de;
	const char *keep = path_basename(path);
	const char *other = keep2 ? path_basename(keep2) : "";
	while (d && (de = readdir(d)))
		if (!strncmp(de->d_name, "rules-", 6) &&
		    (ends_with(de->d_name, ".yarc") ||
		     (locked && strstr(de->d_name, ".yarc.tmp."))) &&
		    strcmp(de->d_name, keep) && strcmp(de->d_name, other))
			unlinkat(dirfd(d), de->d_name, 0);
	if (d)
		closedir(d);
}

/* How long a run waits for another one compiling the same cache
 * directory's rules before it compiles them itself (a few seconds is the
 * usual; a hung holder must not stop the nightly sweep). */
#define RULES_LOCK_WAIT_MS 120000

/* The cache directory's lock (rules.lock, flock): runs started at once
 * (the nightly timer and an operator's `respond`) compile the rules once,
 * the others wait and load the file. -1 when it cannot be had: the run
 * goes on without it (the rename keeps every file whole anyway). */
static int lock_cache(const char *dir)
{
	if (mkdir_p(dir, 0700) < 0)
		return -1;
	char *p = xasprintf("%s/rules.lock", dir);
	int fd = open(p, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY, 0600);
	free(p);
	if (fd < 0)
		return -1;
	for (int waited = 0; flock(fd, LOCK_EX | LOCK_NB) < 0; waited += 50) {
		if ((errno != EWOULDBLOCK && errno != EINTR) || waited >= RULES_LOCK_WAIT_MS) {
			hs_warn("%s: rules lock not taken (%s); compiling without it", dir,
			        errno == EWOULDBLOCK ? "another run holds it" : strerror(errno));
			close(fd);
			return -1;
		}
		if (waited == 0)
			hs_debug("rules: another run is compiling the rules in %s; waiting", dir);
		nanosleep(&(struct timespec){.tv_nsec = 50 * 1000000L}, NULL);
	}
	return fd;
}

static void unlock_cache(int fd)
{
	if (fd >= 0)
		close(fd); /* releases the flock */
}

/* One compiled set: loaded from the cache directory, or compiled (and kept
 * there). keep2 names the sibling set's file, which pruning must spare. */
static YR_RULES *load_set(const struct rule_source *src, size_t n, bool unscoped_only,
                          const char *cache_dir, bool cache_ro, const char *digest, const char *set,
                          const char *keep2, bool locked, const struct extra_rules *extra)
{
	char *cpath = cache_dir ? compiled_path(cache_dir, digest, set) : NULL;
	YR_RULES *rules = cpath ? load_compiled(cpath, cache_ro) : NULL;
	if (!rules) {
		rules = compile_sources(src, n, unscoped_only, extra);
		if (rules && cpath && !cache_ro)
			save_compiled(rules, cache_dir, cpath, keep2, locked);
	}
	free(cpath);
	return rules;
}

bool rules_load(const struct strlist *dirs, const struct strlist *required, const char *cache_dir,
                struct rule_sets *out)
{
	return rules_load_extra(dirs, required, cache_dir, false, NULL, NULL, out);
}

bool rules_load_extra(const struct strlist *dirs, const struct strlist *required,
                      const char *cache_dir, bool cache_ro, const char *extra_ns,
                      const char *extra_src, struct rule_sets *out)
{
	const struct extra_rules extra = {.ns = extra_ns, .src = extra_src};
	memset(out, 0, sizeof(*out));
	struct strlist files = {0};
	for (size_t i = 0; i < dirs->n; i++) {
		if (list_rule_files(dirs->v[i], &files) < 0) {
			if (strlist_contains(required, dirs->v[i]) || errno != ENOENT) {
				hs_err("%s: cannot read rule directory: %s", dirs->v[i],
				       strerror(errno));
				strlist_clear(&files);
				return false;
			}
			hs_debug("%s: no such rule directory (optional)", dirs->v[i]);
		}
	}
	if (files.n == 0) {
		hs_err("no YARA rule files (*.yar) found in: %s",
		       dirs->n ? strlist_join(dirs, " ") : "(no rule directories)");
		return false;
	}
	struct rule_source *src = xcalloc(files.n, sizeof(*src));
	size_t nsrc = 0;
	bool ok = true;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	EVP_DigestInit_ex(md, EVP_sha256(), NULL);
	for (size_t i = 0; i < files.n && ok; i++) {
		ok = read_source(files.v[i], &src[nsrc]);
		if (!ok)
			break;
		struct rule_source *r = &src[nsrc++];
		ok = source_pragmas(r);
		out->nphp += r->php_scope;
		EVP_DigestUpdate(md, path_basename(r->path), strlen(path_basename(r->path)) + 1);
		EVP_DigestUpdate(md, r->text, r->len);
		out->externals |= source_externals(r->text, r->len);
	}
	if (ok && extra_src) { /* the compiled sets hold them: name them too */
		EVP_DigestUpdate(md, extra_ns, strlen(extra_ns) + 1);
		EVP_DigestUpdate(md, extra_src, strlen(extra_src));
	}
	unsigned char d[EVP_MAX_MD_SIZE];
	unsigned int dl = 0;
	EVP_DigestFinal_ex(md, d, &dl);
	EVP_MD_CTX_free(md);
	hex_encode(d, 32, out->digest);
	if (ok) {
		/* the second set exists only when the pragma splits the files */
		bool split = out->nphp > 0 && (size_t)out->nphp < nsrc;
		char *other =
		    split && cache_dir ? compiled_path(cache_dir, out->digest, ".other") : NULL;
		char *all = split && cache_dir ? compiled_path(cache_dir, out->digest, "") : NULL;
		/* a reader takes no lock: files are renamed into place whole */
		int lock = cache_dir && !cache_ro ? lock_cache(cache_dir) : -1;
		out->all = load_set(src, nsrc, false, cache_dir, cache_ro, out->digest, "", other,
		                    lock >= 0, &extra);
		if (out->all && split) {
			out->other = load_set(src, nsrc, true, cache_dir, cache_ro, out->digest,
			                      ".other", all, lock >= 0, &extra);
			if (!out->other) {
				yr_rules_destroy(out->all);
				out->all = NULL;
			}
		}
		unlock_cache(lock);
		free(other);
		free(all);
		ok = out->all != NULL;
	}
	for (size_t i = 0; i < nsrc; i++) {
		free(src[i].path);
		free(src[i].text);
	}
	free(src);
	out->nfiles = (int)files.n;
	strlist_clear(&files);
	return ok;
}

void rules_free(struct rule_sets *rs)
{
	if (rs->all)
		yr_rules_destroy(rs->all);
	if (rs->other)
		yr_rules_destroy(rs->other);
	rs->all = rs->other = NULL;
}

YR_RULES *rules_for(const struct rule_sets *rs, bool may_be_php)
{
	if (may_be_php || rs->nphp == 0)
		return rs->all;
	/* every file is scope=php: nothing can match content that is not PHP */
	return rs->nphp == rs->nfiles ? NULL : rs->other;
}

bool rules_may_be_php(const unsigned char *buf, size_t len, const char *ext)
{
	if (!ext[0] || !strncmp(ext, "php", 3) || !strcmp(ext, "phtml") || !strcmp(ext, "pht") ||
	    !strcmp(ext, "phar") || !strcmp(ext, "inc"))
		return true;
	/* memchr is vectorized; a '<' not followed by '?' costs one step */
	for (const unsigned char *p = buf, *end = buf + len;
	     len >= 2 && (p = memchr(p, '<', (size_t)(end - p - 1)));) {
		if (p[1] == '?')
			return true;
		if (++p >= end - 1)
			break;
	}
	return false;
}
