/* libFuzzer harness: the escaper (escape.c) and the Prometheus label
 * escaping built on it (report/prometheus.c). Every file name, command
 * line and log field an attacker chose goes through them before it is
 * printed, so the harness checks what docs/output.md promises, not only
 * that nothing crashes:
 *  - the output is valid UTF-8 with no control character (C0, DEL, C1),
 *    no line or paragraph separator and no bidirectional control;
 *  - it is reversible: unescaping gives back the input, byte for byte;
 *  - a Prometheus label value never holds a bare '"' or a newline.
 * A broken promise aborts, which libFuzzer reports as a crash. */
#include "escape.h"
#include "report/prometheus.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The next code point of s (valid UTF-8 only, decoded here independently
 * of escape.c); the length, or 0 when not valid. */
static size_t utf8_next(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t len;
	uint32_t min;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	} else if ((s[0] & 0xe0) == 0xc0) {
		len = 2, min = 0x80, *cp = s[0] & 0x1f;
	} else if ((s[0] & 0xf0) == 0xe0) {
		len = 3, min = 0x800, *cp = s[0] & 0x0f;
	} else if ((s[0] & 0xf8) == 0xf0) {
		len = 4, min = 0x10000, *cp = s[0] & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		*cp = (*cp << 6) | (s[i] & 0x3f);
	}
	if (*cp < min || *cp > 0x10ffff || (*cp >= 0xd800 && *cp <= 0xdfff))
		return 0;
	return len;
}

static bool dangerous(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp == 0x2028 || cp == 0x2029 ||
	       (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e ||
	       cp == 0x200f || cp == 0xfeff;
}

static int hexdigit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Undo hs_escape_n: \\ \n \r \t \xNN; anything else after '\' is a broken
 * promise. Returns the length written to out. */
static size_t unescape(const char *e, char *out)
{
	size_t k = 0;
	for (const char *p = e; *p; p++) {
		if (*p != '\\') {
			out[k++] = *p;
			continue;
		}
		p++;
		switch (*p) {
		case '\\':
			out[k++] = '\\';
			break;
		case 'n':
			out[k++] = '\n';
			break;
		case 'r':
			out[k++] = '\r';
			break;
		case 't':
			out[k++] = '\t';
			break;
		case 'x': {
			int hi = hexdigit(p[1]), lo = hi >= 0 ? hexdigit(p[2]) : -1;
			if (hi < 0 || lo < 0)
				abort();
			out[k++] = (char)(hi << 4 | lo);
			p += 2;
			break;
		}
		default:
			abort(); /* a backslash that starts no escape */
		}
	}
	return k;
}

static void check_safe(const char *e)
{
	const unsigned char *s = (const unsigned char *)e;
	size_t n = strlen(e);
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t l = utf8_next(s + i, n - i, &cp);
		if (l == 0 || dangerous(cp))
			abort();
		i += l;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *)data;
	char *e = hs_escape_n(in, size);
	check_safe(e);
	char *back = malloc(size + 1);
	if (unescape(e, back) != size || memcmp(back, in, size) != 0)
		abort(); /* not reversible */
	free(back);

	/* the NUL-terminated form stops at the first NUL, and is the same */
	char *z = malloc(size + 1);
	memcpy(z, data, size);
	z[size] = '\0';
	size_t zl = strlen(z);
	char *ez = hs_escape(z);
	char *ezn = hs_escape_n(z, zl);
	if (strcmp(ez, ezn) != 0)
		abort();
	free(ezn);
	free(ez);

	/* a label value: hs_escape of at most PROM_LABEL_MAX bytes, then the
	 * exposition format's own escapes (\\ \" \n) */
	char *pl = prom_label_escape(z);
	check_safe(pl);
	for (const char *p = pl; *p; p++) {
		if (*p == '\\') {
			if (p[1] != '\\' && p[1] != '"' && p[1] != 'n')
				abort();
			p++;
		} else if (*p == '"' || *p == '\n') {
			abort();
		}
	}
	free(pl);
	free(z);
	free(e);
	return 0;
}
