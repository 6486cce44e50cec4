/* Making attacker-controlled bytes (file names, command lines, file excerpts)
 * safe to print. The result is valid UTF-8 with no control characters, so it
 * can neither break a line of output nor forge one, and it is reversible:
 * a backslash is always the start of an escape. */
#ifndef HS_ESCAPE_H
#define HS_ESCAPE_H

#include <stddef.h>

/* Escape len bytes of s. Returns a malloc'd NUL-terminated string.
 * Printable ASCII stays as is except '\' (written "\\"); \n, \r, \t are
 * written as such; other control bytes, DEL, invalid or overlong UTF-8, C1
 * controls and Unicode bidirectional overrides become \xNN per byte. */
char *hs_escape_n(const char *s, size_t len);
char *hs_escape(const char *s);

#endif
