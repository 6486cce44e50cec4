/* The site's secrets sent away: the text of its configuration
 * (wp-config.php, Joomla's configuration.php, Drupal's settings.php,
 * Magento's env.php, .env...) or the database constants it defines
 * (DB_PASSWORD), mailed or sent by an outbound HTTP request or a socket.
 * That is the beacon a backdoor sends its author when it lands, so that he
 * can log into the database. An application reads its config to use it,
 * not to mail it. pv.xf carries XF_SITECONF through every built-in the
 * evaluator does not model (a regex, array_combine, json_encode...), but
 * not through a digest (md5, strlen). */
#include "scan/php_ev.h"
#include "scan/url_host.h"

/* A config file's name at the end of a known path (or the known end of an
 * unknown one). */
static bool config_path(const struct pv *v)
{
	static const char *const names[] = {
	    "wp-config.php",  "configuration.php", "settings.php", "LocalSettings.php",
	    "config.inc.php", "env.php",           ".env",         "parameters.yml",
	    "database.php"};
	const unsigned char *s = is_str(v) ? v->s : v->sfx;
	size_t n = is_str(v) ? v->n : (v->sfx ? v->sfxn : 0);
	for (size_t i = 0; s && i < HS_ARRAY_LEN(names); i++) {
		size_t l = strlen(names[i]);
		if (n >= l && !memcmp(s + n - l, names[i], l) &&
		    (n == l || s[n - l - 1] == '/' || s[n - l - 1] == '\\'))
			return true;
	}
	return false;
}

/* The database password constant a site's config defines (wp-config.php's). */
bool ev_site_constant(const unsigned char *s, size_t n)
{
	static const char *const names[] = {"DB_PASSWORD"}; /* a host or a name is no secret */
	for (size_t i = 0; i < HS_ARRAY_LEN(names); i++)
		if (n == strlen(names[i]) && !memcmp(s, names[i], n))
			return true;
	return false;
}

/* XF bits of v and, for an array, of its elements (bounded). */
static uint8_t xf_deep(const struct pv *v, int depth)
{
	uint8_t x = v->xf;
	if (v->k == K_ARR && v->a && depth < 3)
		for (uint32_t i = 0; i < v->a->n && i < 64; i++)
			x |= xf_deep(&v->a->v[i].val, depth + 1);
	return x;
}

/* The site's own name mailed or sent out from code the file hides (a
 * decoded layer) or to a mailbox it hides: a backdoor telling its author
 * where it landed ("shell at http://host/uri, visitor 203.0.113.5"). A
 * broken-link or error notifier mails the same text in the clear; only
 * the hiding makes it a beacon. Mail is high; an HTTP request medium (a
 * licence check of an encoded theme sends the domain too), high to a bare
 * IP address. */
static void beacon_hit(struct P *P, size_t tok, enum hs_severity sev, const char *lname,
                       const char *where)
{
	if (P->C->beaconed)
		return;
	P->C->beaconed = true;
	hit(P, "php.location_beacon", sev, tok,
	    "the site's own address ($_SERVER['HTTP_HOST']) -> %s(%s)%s", lname, where,
	    P->layer > 0 ? ", from a decoded layer" : "");
}

/* A URL whose scheme and host are known (the known beginning runs past
 * the host): not `"http://" . $_SERVER['HTTP_HOST'] . "/x"`, the site
 * calling itself. */
static bool url_fixed_host(const struct pv *v)
{
	const unsigned char *h;
	size_t hn;
	bool ends;
	return (is_str(v) || (v->k == K_UNK && v->s)) && url_host(v->s, v->n, &h, &hn, &ends) &&
	       hn && ends;
}

/* A URL (known, or its known beginning) whose host is a bare IPv4
 * address: where a collector listens, not a licence server. */
static bool url_to_bare_ip(const struct pv *v)
{
	const unsigned char *h;
	size_t hn;
	bool ends;
	return (is_str(v) || (v->k == K_UNK && v->s)) && url_host(v->s, v->n, &h, &hn, &ends) &&
	       host_is_ipv4(h, hn);
}

static void exfil_hit(struct P *P, size_t tok, enum hs_severity sev, const char *lname,
                      const char *where)
{
	if (P->C->exfiled)
		return;
	P->C->exfiled = true;
	hit(P, "php.config_exfil", sev, tok,
	    "the site's configuration (its database password) -> %s(%s)", lname, where);
}

void ev_exfil_call(struct P *P, const char *lname, const struct pv *args, int nargs, size_t tok,
                   struct pv *ret)
{
	static const char *const readers[] = {
	    "file_get_contents",   "file",    "fopen", "fread", "fgets",
	    "stream_get_contents", "readfile"};
	static const char *const digests[] = {
	    "md5",   "sha1",    "hash",        "crc32",  "strlen", "count",    "isset",
	    "empty", "is_file", "file_exists", "is_dir", "intval", "filesize", "is_readable"};
	const struct pv *a0 = argp((struct pv *)args, nargs, 0);
	uint8_t in = 0;
	for (int i = 0; i < nargs; i++)
		in |= xf_deep(&args[i], 0);
	if (name_in(lname, readers, HS_ARRAY_LEN(readers)) && config_path(a0))
		ret->xf |= XF_SITECONF;
	if (!in)
		return;
	if (!name_in(lname, digests, HS_ARRAY_LEN(digests)))
		ret->xf |= in; /* a regex's groups, array_combine, json_encode... */
	if (!strcmp(lname, "mail") || !strcmp(lname, "wp_mail") || !strcmp(lname, "mb_send_mail")) {
		bool fixed = is_str(a0) && memchr(a0->s, '@', a0->n);
		uint8_t txt = nargs > 1 ? (uint8_t)(xf_deep(&args[1], 0) |
		                                    xf_deep(argp((struct pv *)args, nargs, 2), 0))
		                        : 0;
		if ((txt & XF_SITENAME) && fixed && !a0->taint &&
		    (P->layer > 0 || (a0->fl & (F_DECODED | F_ESCAPED))))
			beacon_hit(P, tok, HS_SEV_HIGH, lname,
			           P->layer > 0 ? "a fixed address" : "an address the file hides");
		bool body = (txt & XF_SITECONF) != 0;
		if (body && !a0->taint)
			exfil_hit(P, tok, fixed ? HS_SEV_HIGH : HS_SEV_MEDIUM, lname,
			          fixed ? "a fixed address" : "a configured address");
		return;
	}
	const struct pv *a1 = argp((struct pv *)args, nargs, 1),
	                *a2 = argp((struct pv *)args, nargs, 2);
	if (P->layer > 0 && !P->C->beaconed && !(a0->taint & ~T_SERVER) && (a0->xf & XF_SITENAME) &&
	    url_fixed_host(a0) &&
	    (!strcmp(lname, "file_get_contents") || !strcmp(lname, "fopen") ||
	     !strcmp(lname, "file") || !strcmp(lname, "curl_init") ||
	     !strcmp(lname, "get_headers")))
		beacon_hit(P, tok, url_to_bare_ip(a0) ? HS_SEV_HIGH : HS_SEV_MEDIUM, lname,
		           url_to_bare_ip(a0) ? "a URL on a bare IP address" : "a URL");
	if (!(in & XF_SITECONF))
		return;
	if (!strcmp(lname, "curl_setopt") && (xf_deep(a2, 0) & XF_SITECONF) &&
	    (pv_is_word(a1, "CURLOPT_POSTFIELDS") || pv_is_word(a1, "CURLOPT_URL")) && !a2->taint)
		exfil_hit(P, tok, HS_SEV_HIGH, lname, "an outbound HTTP request");
	else if ((!strcmp(lname, "file_get_contents") || !strcmp(lname, "fopen") ||
	          !strcmp(lname, "file") || !strcmp(lname, "get_headers") ||
	          !strcmp(lname, "curl_init") || !strcmp(lname, "fsockopen")) &&
	         ((a0->xf & XF_SITECONF) ||
	          ((a2->xf & XF_SITECONF) && !strcmp(lname, "file_get_contents"))) &&
	         !a0->taint &&
	         (starts_nocase(a0, "http://") || starts_nocase(a0, "https://") ||
	          !strcmp(lname, "curl_init") || (a2->xf & XF_SITECONF)))
		exfil_hit(P, tok, HS_SEV_HIGH, lname, "a URL");
	else if ((!strcmp(lname, "wp_remote_post") || !strcmp(lname, "wp_remote_get") ||
	          !strcmp(lname, "wp_remote_request")) &&
	         ((a0->xf | xf_deep(a1, 0)) & XF_SITECONF) && !a0->taint)
		exfil_hit(P, tok, HS_SEV_HIGH, lname, "an outbound HTTP request");
	else if ((!strcmp(lname, "fwrite") || !strcmp(lname, "fputs") ||
	          !strcmp(lname, "socket_write") || !strcmp(lname, "socket_send")) &&
	         (a0->fl & F_SOCKET) && (a1->xf & XF_SITECONF))
		exfil_hit(P, tok, HS_SEV_HIGH, lname, "a socket");
}
