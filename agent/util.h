/* Small helpers shared by every part of the agent: allocation that cannot
 * return NULL, string lists, logging by verbosity, paths under --root. */
#ifndef HS_UTIL_H
#define HS_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define HS_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable list of owned strings. */
struct strlist {
	char **v;
	size_t n, cap;
};
void strlist_add(struct strlist *l, const char *s);
void strlist_add_unique(struct strlist *l, const char *s);
bool strlist_contains(const struct strlist *l, const char *s);
void strlist_clear(struct strlist *l);
/* Split on whitespace and append every word. */
void strlist_split_words(struct strlist *l, const char *s);
char *strlist_join(const struct strlist *l, const char *sep);

/* Verbosity: 0 = -q (errors only), 1 = default, 2 = -v, 3 = -vv. */
extern int hs_verbosity;
void hs_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void hs_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void hs_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void hs_debug(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Monotonic seconds, for elapsed times. */
double hs_now(void);

/* Parse "123", "64K", "16M", "2G" into bytes. Returns false on garbage. */
bool parse_size(const char *s, uint64_t *out);
/* Parse "90", "90s", "15m", "2h", "14d" into seconds. */
bool parse_duration(const char *s, uint64_t *out);
bool parse_bool(const char *s, bool *out);

/* Call fn for every line of a text file (newline and CR stripped, 1-based
 * line numbers) until it returns false. Returns false when the file cannot
 * be read (error printed, naming it) or fn returned false. */
bool for_each_line(const char *file, bool (*fn)(void *ud, char *line, size_t len, int lineno),
                   void *ud);
/* Open a file that an attacker may have planted (under --root, a whole
 * image is theirs) for reading: never blocks on a FIFO, never reads a
 * device, never follows a final symlink when nofollow. Only a regular file
 * of at most max_size bytes opens (st_size: /proc files say 0 and are
 * bounded by the reader). NULL with errno set otherwise (EINVAL: not a
 * regular file, EFBIG: too big). */
FILE *fopen_untrusted(const char *path, bool nofollow, uint64_t max_size);
/* Run argv (PATH lookup) with `input` on its stdin and stdout to /dev/null;
 * true when it exits 0. *status receives the exit status (-1 if killed). */
bool run_with_input(char *const argv[], const char *input, size_t len, int *status);
/* The same with its stdout and stderr captured (not on the terminal): the
 * first outlen - 1 bytes into out (NUL-terminated), the rest read and
 * dropped. For tools that talk per item (postsuper: a line per message). */
bool run_capture(char *const argv[], const char *input, size_t len, int *status, char *out,
                 size_t outlen);

/* mkdir -p with this mode for every missing component; 0 or -1 (errno). */
int mkdir_p(const char *dir, unsigned mode);
/* FNV-1a of a string: stable short names (per --root files), hash tables. */
uint64_t hash_fnv1a(const char *s);
/* Lower-case hex of n bytes into out (2n + 1 bytes, NUL-terminated). */
void hex_encode(const void *in, size_t n, char *out);

/* Join a directory and a name with exactly one slash. */
char *path_join(const char *dir, const char *name);
/* Lexical normalisation of an absolute path: "//", "." and ".." resolved
 * without touching the filesystem (no symlink is followed). */
char *path_normalize(const char *path);
/* True when path equals dir or lies below it (string prefix on a component boundary). */
bool path_is_under(const char *path, const char *dir);
/* The extension of a base name, lower-cased into out ("" when none). */
void path_extension(const char *name, char *out, size_t outlen);
const char *path_basename(const char *path);

#endif
