#include "escape.h"
#include "util.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* Length of a valid, printable UTF-8 sequence starting at s, or 0. */
static size_t utf8_printable_len(const unsigned char *s, size_t avail)
{
	uint32_t cp;
	size_t n;
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		n = 2;
		cp = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3;
		cp = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4;
		cp = s[0] & 0x07;
	} else {
		return 0;
	}
	if (avail < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	/* Overlong forms, surrogates and values past Unicode. */
	if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10ffff ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	/* C1 controls, line/paragraph separators and bidi controls can reorder
	 * or break what a terminal or log viewer shows. */
	if (cp < 0xa0 || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202a && cp <= 0x202e) ||
	    (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e || cp == 0x200f || cp == 0xfeff)
		return 0;
	return n;
}

char *hs_escape_n(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	char *out = xmalloc(len * 4 + 1), *p = out;
	static const char hex[] = "0123456789abcdef";
	for (size_t i = 0; i < len;) {
		unsigned char c = s[i];
		if (c == '\\') {
			*p++ = '\\';
			*p++ = '\\';
			i++;
		} else if (c >= 0x20 && c < 0x7f) {
			*p++ = (char)c;
			i++;
		} else if (c == '\n' || c == '\r' || c == '\t') {
			*p++ = '\\';
			*p++ = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
			i++;
		} else {
			size_t n = c >= 0x80 ? utf8_printable_len(s + i, len - i) : 0;
			if (n) {
				memcpy(p, s + i, n);
				p += n;
				i += n;
			} else {
				*p++ = '\\';
				*p++ = 'x';
				*p++ = hex[c >> 4];
				*p++ = hex[c & 15];
				i++;
			}
		}
	}
	*p = '\0';
	return out;
}

char *hs_escape(const char *s)
{
	return hs_escape_n(s ? s : "", s ? strlen(s) : 0);
}
