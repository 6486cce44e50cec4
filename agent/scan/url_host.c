/* URL and database hosts for the PHP analysis (url_host.h). */
#include "scan/url_host.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

static bool prefix_nocase(const unsigned char *h, size_t n, const char *p)
{
	size_t l = strlen(p);
	return n >= l && !strncasecmp((const char *)h, p, l);
}

bool url_host(const unsigned char *s, size_t n, const unsigned char **host, size_t *len, bool *ends)
{
	size_t i;
	if (s && prefix_nocase(s, n, "https://"))
		i = 8;
	else if (s && prefix_nocase(s, n, "http://"))
		i = 7;
	else
		return false;
	size_t h = i;
	while (i < n && s[i] != '/' && s[i] != ':' && s[i] != '?')
		i++;
	*host = s + h;
	*len = i - h;
	*ends = i < n;
	return true;
}

bool host_is_local(const unsigned char *h, size_t n)
{
	static const char *const local[] = {"localhost", "127.",     "::1",     "[::1]",
	                                    "10.",       "192.168.", "0.0.0.0", "/"};
	for (size_t i = 0; i < HS_ARRAY_LEN(local); i++)
		if (prefix_nocase(h, n, local[i]))
			return true;
	if (n > 6 && prefix_nocase(h, n, "172.")) {
		int b = 0;
		size_t i = 4;
		while (i < n && i < 7 && h[i] >= '0' && h[i] <= '9')
			b = b * 10 + (h[i++] - '0');
		return i < n && h[i] == '.' && b >= 16 && b <= 31;
	}
	return false;
}

bool host_is_ipv4(const unsigned char *h, size_t n)
{
	int dots = 0, digits = 0;
	for (size_t i = 0; i < n; i++) {
		if (h[i] == '.' && digits)
			dots++, digits = 0;
		else if (h[i] >= '0' && h[i] <= '9' && digits < 3)
			digits++;
		else
			return false;
	}
	return dots == 3 && digits;
}
