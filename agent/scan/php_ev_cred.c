/* Credential exfiltration: request fields named like credentials sent away
 * by mail, to a URL or appended to a file (a phishing kit's back end).
 * Separate: one technique with its own vocabulary of field names. */
#include "scan/php_ev.h"
#include "scan/url_host.h"

/* ------------------------------------------- credential exfiltration */

/* A phishing kit's back end: what the victim typed into fields named for a
 * password, a card, a PIN or a one-time code, with the visitor's address,
 * sent out of the site: mailed, appended to a file, or posted to a
 * messenger's bot API. An application checks a password (hash, verify,
 * session); it does not mail it, log it or forward it to a chat. The name of
 * the field is what says "credential": a kit that renames its fields is left
 * to the rules (rules/phishing.yar). */

/* Segments of a field name that name a secret ("login_password" -> login,
 * password; "userPass1" -> user, pass). */
uint8_t cred_key(const unsigned char *s, size_t n)
{
	/* cards first: a payment gateway takes them, so they alone are not a
	 * login (CR_LOGIN) */
	static const char *const card_sub[] = {"cardnum", "card_num", "cardno", "card_no", "ccnum",
	                                       "cc_num",  "ccno",     "cvv",    "cvc"};
	static const char *const card_seg[] = {"csc", "ccv", "cc"};
	static const char *const secret_sub[] = {
	    "passw", "passwd", "pwd", "psswd", "pswd", "smscode", "sms_code", "2fa", "sortcode",
	    "passcode", "verification_code", "security_code", "securitycode", "auth_code",
	    "authcode",
	    /* the word in other languages */
	    "senha", "contrasen", "passwort", "kennwort", "motdepasse", "mot_de_passe", "sifre",
	    "parola", "haslo", "wachtwoord", "matkhau", "mat_khau", "katasandi", "kata_sandi",
	    "jelszo", "salasana", "losenord", "adgangskode"};
	static const char *const secret_seg[] = {"pass", "pw",  "psw", "pin", "otp",   "ssn",
	                                         "mmn",  "mfa", "tan", "mdp", "heslo", "geslo"};
	static const char *const user_sub[] = {"email", "user", "login", "account", "loginfmt"};
	static const char *const user_seg[] = {"mail", "uname", "uid", "ai"};
	char low[64];
	if (!n || n >= sizeof(low))
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]);
	low[n] = 0;
	uint8_t r = 0;
	for (size_t i = 0; i < HS_ARRAY_LEN(card_sub); i++)
		if (strstr(low, card_sub[i]))
			r |= CR_SECRET;
	for (size_t i = 0; i < HS_ARRAY_LEN(secret_sub); i++)
		if (strstr(low, secret_sub[i]))
			r |= CR_SECRET | CR_LOGIN;
	for (size_t i = 0; i < HS_ARRAY_LEN(user_sub); i++)
		if (strstr(low, user_sub[i]))
			r |= CR_USER;
	/* segments: split at non-letters and at a lower-to-upper change */
	for (size_t b = 0; b < n;) {
		while (b < n && !((low[b] >= 'a' && low[b] <= 'z')))
			b++;
		size_t e = b;
		while (e < n && low[e] >= 'a' && low[e] <= 'z' &&
		       !(e > b && s[e] >= 'A' && s[e] <= 'Z' && s[e - 1] >= 'a' && s[e - 1] <= 'z'))
			e++;
		for (size_t i = 0; e > b && i < HS_ARRAY_LEN(card_seg); i++)
			if (strlen(card_seg[i]) == e - b && !memcmp(low + b, card_seg[i], e - b))
				r |= CR_SECRET;
		for (size_t i = 0; e > b && i < HS_ARRAY_LEN(secret_seg); i++)
			if (strlen(secret_seg[i]) == e - b &&
			    !memcmp(low + b, secret_seg[i], e - b))
				r |= CR_SECRET | CR_LOGIN;
		for (size_t i = 0; e > b && i < HS_ARRAY_LEN(user_seg); i++)
			if (strlen(user_seg[i]) == e - b && !memcmp(low + b, user_seg[i], e - b))
				r |= CR_USER;
		b = e > b ? e : b + 1;
	}
	return r;
}

/* The label a kit's message puts before a value says what the value is,
 * when the field's name does not ("Password: " . $_POST['f2'],
 * "CVV: {$x}", sprintf("Card number: %s", ...)): the last word of the text
 * before it, past the separators. Generic words ("code", "number" alone)
 * are not labels. */
static bool cred_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static uint8_t cred_label_text(const unsigned char *s, size_t n)
{
	static const char *const login[] = {
	    "password", "passwd",     "pass",     "pwd",        "pw",     "passcode",
	    "otp",      "mfa",        "2fa",      "ssn",        "mmn",    "pword",
	    "smscode",  "senha",      "passwort", "kennwort",   "sifre",  "parola",
	    "haslo",    "wachtwoord", "mdp",      "contrasena", "matkhau"};
	static const char *const card[] = {"cvv",   "cvv2", "cvc",       "csc",
	                                   "ccnum", "ccno", "cardnumber"};
	size_t e = n;
	while (e > 0 && e + 24 > n && s[e - 1] && strchr(" \t\r\n:=>-|#.*([{\"'", s[e - 1]))
		e--;
	if (e == n || e + 24 <= n)
		return 0; /* no separator right before the value: a word inside a text */
	size_t b = e;
	while (b > 0 && e - b < 16 && (cred_alnum(s[b - 1]) || s[b - 1] == '_'))
		b--;
	/* an HTML label: "<b>Password</b>: ", "<td>CVV</td><td>": the tag
	 * before the value is markup, the word before the tag is the label */
	for (int tags = 0; tags < 3 && b > 0 && b < e && (s[b - 1] == '<' || s[b - 1] == '/');
	     tags++) {
		size_t t = b - 1;
		if (s[t] == '/' && (t == 0 || s[t - 1] != '<'))
			break;
		if (s[t] == '/')
			t--;
		e = t;
		while (e > 0 && e + 40 > n && s[e - 1] && strchr(" \t\r\n:=>-|#.*([{\"'", s[e - 1]))
			e--;
		if (e + 40 <= n)
			return 0;
		b = e;
		while (b > 0 && e - b < 16 && (cred_alnum(s[b - 1]) || s[b - 1] == '_'))
			b--;
	}
	char w[20];
	size_t wl = e - b;
	if (!wl || wl >= sizeof(w) || (b > 0 && (cred_alnum(s[b - 1]) || s[b - 1] == '_')))
		return 0;
	for (size_t i = 0; i < wl; i++)
		w[i] = (char)(s[b + i] >= 'A' && s[b + i] <= 'Z' ? s[b + i] | 0x20 : s[b + i]);
	w[wl] = 0;
	for (size_t i = 0; i < HS_ARRAY_LEN(login); i++)
		if (!strcmp(w, login[i]))
			return CR_SECRET | CR_LOGIN;
	for (size_t i = 0; i < HS_ARRAY_LEN(card); i++)
		if (!strcmp(w, card[i]))
			return CR_SECRET;
	/* "Card number", "CC No": the word before says whose number */
	if (!strcmp(w, "number") || !strcmp(w, "no") || !strcmp(w, "num")) {
		size_t p = b;
		while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '_' || s[p - 1] == '-'))
			p--;
		if (p >= 4 && !strncasecmp((const char *)s + p - 4, "card", 4))
			return CR_SECRET;
		if (p >= 2 && !strncasecmp((const char *)s + p - 2, "cc", 2) &&
		    (p == 2 || !cred_alnum(s[p - 3])))
			return CR_SECRET;
	}
	return 0;
}

/* A concatenation (or interpolation) of request input after a label. */
uint8_t cred_label(const struct pv *a, const struct pv *b)
{
	if (!(b->taint & (T_GET | T_POST | T_REQUEST)))
		return 0;
	if (is_str(a))
		return cred_label_text(a->s, a->n);
	if (a->k == K_UNK && a->sfx)
		return cred_label_text(a->sfx, a->sfxn);
	return 0;
}

/* sprintf("Email: %s\nPassword: %s", ...): the label before each conversion
 * names the argument it takes (positions %1$s too). */
static uint8_t cred_label_format(const struct pv *args, int nargs)
{
	if (nargs < 2 || !is_str(&args[0]))
		return 0;
	const unsigned char *f = args[0].s;
	size_t n = args[0].n, last = 0;
	int next = 1;
	uint8_t r = 0;
	for (size_t i = 0; i + 1 < n; i++) {
		if (f[i] != '%')
			continue;
		if (f[i + 1] == '%') {
			i++;
			continue;
		}
		size_t j = i + 1;
		int pos = 0;
		while (j < n && (f[j] >= '0' && f[j] <= '9') && pos < 1000)
			pos = pos * 10 + (f[j++] - '0');
		int k = (j < n && f[j] == '$' && pos > 0) ? pos : next++;
		if (k < nargs && (args[k].taint & (T_GET | T_POST | T_REQUEST)))
			r |= cred_label_text(f + last, i - last);
		last = i + 1;
	}
	return r;
}

/* $_SERVER entries and getenv() names that say who the visitor is. */
bool cred_fp_name(const struct pv *k)
{
	static const char *const names[] = {"REMOTE_ADDR",           "HTTP_USER_AGENT",
	                                    "HTTP_X_FORWARDED_FOR",  "HTTP_CLIENT_IP",
	                                    "HTTP_CF_CONNECTING_IP", "HTTP_X_REAL_IP"};
	for (size_t i = 0; is_str(k) && i < HS_ARRAY_LEN(names); i++)
		if (k->n == strlen(names[i]) && !memcmp(k->s, names[i], k->n))
			return true;
	return false;
}

/* The cred bits of a value and of the elements of its arrays, a few levels
 * down (array('chat_id' => $id, 'text' => $msg); a Discord embed's
 * array('embeds' => array(array('fields' => array(...))))), within a budget
 * of elements visited. */
static uint8_t cred_deep_n(const struct pv *v, int depth, unsigned *budget)
{
	uint8_t c = v->cred;
	if (v->k == K_ARR && v->a && depth < 5)
		for (uint32_t i = 0; i < v->a->n && *budget; i++) {
			(*budget)--;
			c |= cred_deep_n(&v->a->v[i].val, depth + 1, budget);
		}
	return c;
}

static uint8_t cred_deep(const struct pv *v)
{
	unsigned budget = 20000;
	return (uint8_t)(cred_deep_n(v, 0, &budget) & ~CR_APPEND);
}

/* A credential and the visitor's address in one text ("Pass: $p\nIP: $ip"),
 * anywhere in a value: what a kit writes for a person to read. A gateway or
 * an API takes separate fields (CR_STRUCT once serialized). */
static bool cred_blob_n(const struct pv *v, int depth, unsigned *budget)
{
	if (v->cred & CR_MIX)
		return true;
	if (v->k == K_ARR && v->a) {
		for (uint32_t i = 0; depth < 5 && i < v->a->n && *budget; i++) {
			(*budget)--;
			if (cred_blob_n(&v->a->v[i].val, depth + 1, budget))
				return true;
		}
		return false;
	}
	return (v->cred & CR_SECRET) && (v->cred & CR_FP) && !(v->cred & CR_STRUCT);
}

static bool cred_blob(const struct pv *v)
{
	unsigned budget = 20000;
	return cred_blob_n(v, 0, &budget);
}

/* ------------------------------------------------ the form in the same file
 * (train6, second round) A kit whose form and handler are one file may name
 * its fields for nothing ($_POST['p'], $_POST['c']) and put no label in its
 * message: the form the same file prints says what they are (an input of
 * type password, its placeholder, aria-label or <label>). The join: a form
 * posting to this file (no action, "", "#", "?..", or PHP printing it), an
 * input in it that asks for a secret, and the handler reading that input by
 * name. An application's own login or signup checks, stores or hashes what
 * its form asks (password_verify, password_hash, a CSRF token or nonce):
 * such a file is not joined. */

/* The value of attribute a (lower case, with its '=') in a tag [t, e). */
static bool cred_attr(const unsigned char *t, const unsigned char *e, const char *a,
                      const unsigned char **v, size_t *vn)
{
	const unsigned char *p = t;
	size_t al = strlen(a);
	while ((p = find_nocase(p, (size_t)(e - p), a)) != NULL) {
		if (p > t && (cred_alnum(p[-1]) || p[-1] == '-' || p[-1] == '_')) {
			p += al;
			continue;
		}
		p += al;
		while (p < e && (*p == ' ' || *p == '='))
			p++;
		unsigned char q = p < e && (*p == '"' || *p == '\'') ? *p++ : 0;
		const unsigned char *b = p;
		while (p < e && (q ? *p != q : (*p != ' ' && *p != '>' && *p != '/')))
			p++;
		*v = b;
		*vn = (size_t)(p - b);
		return true;
	}
	return false;
}

/* A label or placeholder naming a secret, in the languages kits use. */
static uint8_t cred_form_words(const unsigned char *s, size_t n)
{
	static const char *const login[] = {"password",
	                                    "passwort",
	                                    "kennwort",
	                                    "senha",
	                                    "contrase",
	                                    "mot de passe",
	                                    "wachtwoord",
	                                    "sifre",
	                                    "\xc5\x9fifre",
	                                    "parola",
	                                    "haslo",
	                                    "has\xc5\x82o",
	                                    "m\xe1\xba\xadt kh\xe1\xba\xa9u",
	                                    "kata sandi",
	                                    "one-time",
	                                    "sms code",
	                                    "verification code",
	                                    "passcode",
	                                    "c\xc3\xb3"
	                                    "digo sms"};
	static const char *const card[] = {"card number",
	                                   "card no",
	                                   "num\xc3\xa9ro de carte",
	                                   "numero de carte",
	                                   "kartennummer",
	                                   "nomor kartu",
	                                   "n\xc3\xbamero de tarjeta",
	                                   "numero de tarjeta",
	                                   "n\xc3\xbamero do cart",
	                                   "numero do cart",
	                                   "kart numaras",
	                                   "s\xe1\xbb\x91 th\xe1\xba\xbb",
	                                   "security code",
	                                   "pr\xc3\xbc"
	                                   "fnummer",
	                                   "cryptogramme"};
	static const char *const shortw[] = {"cvv", "cvc", "csc", "cvn",
	                                     "pin", "otp", "tan", "ssn"};
	uint8_t r = 0;
	for (size_t i = 0; i < HS_ARRAY_LEN(login); i++)
		if (find_nocase(s, n, login[i]))
			r |= CR_SECRET | CR_LOGIN;
	for (size_t i = 0; i < HS_ARRAY_LEN(card); i++)
		if (find_nocase(s, n, card[i]))
			r |= CR_SECRET;
	for (size_t i = 0; i < HS_ARRAY_LEN(shortw); i++) {
		const unsigned char *p = s;
		while ((p = find_nocase(p, (size_t)(s + n - p), shortw[i])) != NULL) {
			size_t l = strlen(shortw[i]);
			if ((p == s || !cred_alnum(p[-1])) &&
			    (p + l == s + n || !cred_alnum(p[l]))) {
				r |= CR_SECRET | (shortw[i][0] == 'c' ? 0 : CR_LOGIN);
				break;
			}
			p += l;
		}
	}
	return r;
}

/* Does the PHP code read the field by its name ($_POST['p'], ["p"])? */
static bool cred_reads_field(const unsigned char *s, size_t n, const unsigned char *f, size_t fl)
{
	if (!fl || fl > 40)
		return false;
	for (const unsigned char *p = s; (p = memmem(p, (size_t)(s + n - p), f, fl)) != NULL;
	     p += fl)
		if (p - s >= 2 && p + fl + 1 < s + n && (p[-1] == '\'' || p[-1] == '"') &&
		    p[fl] == p[-1] && p[-2] == '[' && p[fl + 1] == ']')
			return true;
	return false;
}

static uint8_t cred_self_form_scan(const unsigned char *s, size_t n);

/* Asked at each sink: the answer for the last text, per thread (a handler
 * writing in a loop asks again and again). */
static uint8_t cred_self_form(struct P *P)
{
	static _Thread_local const void *last_c;
	static _Thread_local const unsigned char *last_s;
	static _Thread_local size_t last_n;
	static _Thread_local uint32_t last_h;
	static _Thread_local uint8_t last_r;
	const unsigned char *s = P->lx->src;
	size_t n = P->lx->srclen;
	if (!s || n > 512 * 1024)
		return 0;
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n && i < 256; i++)
		h = (h ^ s[i]) * 16777619u;
	for (size_t i = n > 256 ? n - 256 : 0; i < n; i++)
		h = (h ^ s[i]) * 16777619u;
	if (last_c == P->C && last_s == s && last_n == n && last_h == h)
		return last_r;
	last_c = P->C;
	last_s = s;
	last_n = n;
	last_h = h;
	last_r = cred_self_form_scan(s, n);
	return last_r;
}

static uint8_t cred_self_form_scan(const unsigned char *s, size_t n)
{
	static const char *const app[] = {
	    "password_verify", "password_hash", "csrf",       "nonce",       "hash_equals",
	    "wp_signon",       "ldap_bind",     "md5($_post", "sha1($_post", "hash("};
	/* most files with a sink have no form at all: that answer first (the
	 * ten searches below were 9% of the PHP layer's cost on the clean mix) */
	if (!find_nocase(s, n, "<form"))
		return 0;
	for (size_t i = 0; i < HS_ARRAY_LEN(app); i++)
		if (find_nocase(s, n, app[i]))
			return 0;
	uint8_t r = 0;
	const unsigned char *p = s, *e = s + n;
	while ((p = find_nocase(p, (size_t)(e - p), "<form")) != NULL) {
		const unsigned char *te = memchr(p, '>', (size_t)(e - p));
		if (!te)
			break;
		const unsigned char *v;
		size_t vn;
		bool self = !cred_attr(p + 5, te, "action", &v, &vn) || vn == 0 || v[0] == '#' ||
		            v[0] == '?' || (vn >= 2 && v[0] == '<' && v[1] == '?');
		const unsigned char *fe = find_nocase(te, (size_t)(e - te), "</form");
		if (!fe)
			fe = e;
		for (const unsigned char *q = te;
		     self && (q = find_nocase(q, (size_t)(fe - q), "<input")) != NULL;) {
			const unsigned char *qe = memchr(q, '>', (size_t)(fe - q));
			if (!qe)
				break;
			const unsigned char *nm;
			size_t nml;
			uint8_t c = 0;
			if (cred_attr(q + 6, qe, "name", &nm, &nml)) {
				if (cred_attr(q + 6, qe, "type", &v, &vn) && vn == 8 &&
				    find_nocase(v, vn, "password"))
					c |= CR_SECRET | CR_LOGIN;
				if (cred_attr(q + 6, qe, "placeholder", &v, &vn))
					c |= cred_form_words(v, vn);
				if (cred_attr(q + 6, qe, "aria-label", &v, &vn))
					c |= cred_form_words(v, vn);
				/* the <label> text just before the input */
				const unsigned char *lb = q > te + 300 ? q - 300 : te, *l = NULL,
				                    *x = lb;
				while ((x = find_nocase(x, (size_t)(q - x), "<label")) != NULL)
					l = x++;
				if (l)
					c |= cred_form_words(l, (size_t)(q - l));
				if (c && cred_reads_field(s, n, nm, nml))
					r |= c;
			}
			q = qe;
		}
		p = fe;
	}
	return r;
}

/* What a sink's value carries, with the form's word for an input the value
 * came from (the join above) when its own name said nothing. */
static bool cred_posted(const struct pv *v, int depth, unsigned *budget)
{
	if (v->taint & (T_POST | T_REQUEST))
		return true;
	if (v->k == K_ARR && v->a && depth < 5)
		for (uint32_t i = 0; i < v->a->n && *budget; i++) {
			(*budget)--;
			if (cred_posted(&v->a->v[i].val, depth + 1, budget))
				return true;
		}
	return false;
}

static uint8_t cred_jn(struct P *P, const struct pv *v)
{
	uint8_t c = cred_deep(v);
	unsigned budget = 2000;
	if (!v->taint && v->k == K_UNK && !v->sfx && !v->s && !c)
		return c; /* nothing known of it at all (a config value) */
	/* the value holds posted input (its taint), or text the analysis only
	 * partly knows: a built-in (urlencode, http_build_query) keeps what a
	 * value says (its cred bits) but not always where it came from */
	if (!(c & CR_SECRET) && (cred_posted(v, 0, &budget) || (v->k != K_ARR && !is_str(v)) ||
	                         (c & (CR_DUMP | CR_STRUCT)))) {
		uint8_t f = cred_self_form(P);
		if (f)
			c |= f | (c & CR_FP ? CR_MIX : 0);
	}
	return c;
}

/* A messenger's bot or webhook API in the known text (or known beginning) of a URL. */
bool cred_messenger(const struct pv *v)
{
	static const char *const hosts[] = {"api.telegram.org", "discord.com/api/webhooks",
	                                    "discordapp.com/api/webhooks", "hooks.slack.com"};
	for (size_t i = 0; v->s && i < HS_ARRAY_LEN(hosts); i++)
		if (memmem(v->s, v->n, hosts[i], strlen(hosts[i])))
			return true;
	return false;
}

static void cred_hit(struct P *P, size_t tok, uint8_t c, enum hs_severity sev, const char *src,
                     const char *where)
{
	if (!(c & CR_SECRET))
		sev = HS_SEV_MEDIUM; /* a whole-form dump: form mailers do that too */
	hit(P, "php.credential_exfil", sev, tok, "%s input (%s)%s -> %s",
	    c & CR_SECRET ? "credential" : "every form field", src ? src : "request",
	    c & CR_FP ? " + the visitor's address" : "", where);
}

/* pv of C->cred_url: what kind of place an outbound HTTP request goes to. */
#define CU_FIXED 0x01u /* a known http(s) URL of an outside host */
#define CU_CONF  0x02u /* a URL the analysis cannot read (a config file's, a variable's) */

/* The kind of destination a URL names: a fixed outside host (its known
 * beginning is http:// or https:// and not this machine or a private
 * network), an unknown one, or none that matters (input: a proxy; local). */
static uint8_t cred_url_kind(const struct pv *v)
{
	const unsigned char *h;
	size_t hn;
	bool ends;
	if (v->taint)
		return 0;
	if (v->s && (is_str(v) || v->k == K_UNK)) {
		if (!url_host(v->s, v->n, &h, &hn, &ends) || host_is_local(h, hn))
			return 0;
		/* "https://" alone, then a variable: the host is not known */
		return hn ? CU_FIXED : CU_CONF;
	}
	return v->k == K_UNK ? CU_CONF : 0;
}

/* Credentials posted by an outbound HTTP request that is not a messenger's
 * (a webhook, the kit author's collector): the credential and the visitor's
 * address in one text is a kit (critical to a fixed host, high to a
 * configured one); a password or one-time code in separate fields with the
 * visitor's address to a fixed host is high. A card in separate fields is
 * what a payment gateway takes: not a finding, nor is a whole-form dump (a
 * CRM's web-to-lead). */
static void cred_http(struct P *P, size_t tok, const struct pv *data, uint8_t url,
                      const char *where)
{
	uint8_t c = cred_jn(P, data);
	if (!(c & CR_SECRET) || !url)
		return;
	enum hs_severity sev = HS_SEV_NONE;
	if (cred_blob(data))
		sev = url & CU_FIXED ? HS_SEV_CRITICAL : HS_SEV_HIGH;
	else if ((url & CU_FIXED) && (c & CR_LOGIN) && (c & CR_FP))
		sev = HS_SEV_HIGH;
	if (sev != HS_SEV_NONE)
		cred_hit(P, tok, c, sev, data->src,
		         afmt(P->C, "%s(%s)", where,
		              url & CU_FIXED ? "a fixed outside URL" : "a configured URL"));
}

static void cred_db_write(struct P *P, size_t tok, const struct pv *args, int nargs,
                          const char *where);

/* CM_*: the recipient a mailer object was given (cred_method). */
#define CM_FIXED 1 /* a literal address */
#define CM_CONF  2 /* an address the analysis cannot read */
#define CM_INPUT 3 /* the address the visitor typed: a receipt */

/* A mailer object (PHPMailer, SwiftMailer, Symfony Mime...): the recipient
 * of addAddress()/setTo()/to(), the body of msgHTML()/setBody()/html()/
 * text() or the Body/AltBody properties, then send(): the same judgement as
 * mail(). Called for every method call nothing in the file defines. */
void cred_method(struct P *P, const char *lname, const struct pv *args, int nargs, size_t tok)
{
	static const char *const rcpt[] = {"addaddress", "addcc", "addbcc", "setto",
	                                   "addto",      "to",    "cc",     "bcc"};
	static const char *const body[] = {"msghtml", "setbody", "html", "text", "addpart", "body"};
	struct C *C = P->C;
	const struct pv *a0 = argp((struct pv *)args, nargs, 0);
	for (size_t i = 0; nargs && i < HS_ARRAY_LEN(rcpt); i++)
		if (!strcmp(lname, rcpt[i])) {
			uint8_t k = a0->taint                                 ? CM_INPUT
			            : is_str(a0) && memchr(a0->s, '@', a0->n) ? CM_FIXED
			                                                      : CM_CONF;
			if (k > C->cred_rcpt)
				C->cred_rcpt = k; /* one copy to the visitor makes it a receipt */
			return;
		}
	for (size_t i = 0; nargs && i < HS_ARRAY_LEN(body); i++)
		if (!strcmp(lname, body[i])) {
			C->cred_mbody |= cred_deep(a0);
			return;
		}
	if (C->cred_db_remote && nargs &&
	    (!strcmp(lname, "execute") || !strcmp(lname, "query") || !strcmp(lname, "exec") ||
	     !strcmp(lname, "real_query") || !strcmp(lname, "multi_query"))) {
		cred_db_write(P, tok, args, nargs, lname);
		return;
	}
	if (strcmp(lname, "send") || !C->cred_rcpt || C->cred_rcpt == CM_INPUT)
		return;
	uint8_t c = C->cred_mbody;
	static const char *const props[] = {"Body", "AltBody"};
	for (size_t i = 0; i < HS_ARRAY_LEN(props); i++) {
		struct var *pv = map_find(&C->props, (const unsigned char *)props[i],
		                          strlen(props[i]), false, false);
		if (pv)
			c |= cred_deep(&pv->v);
	}
	for (int i = 0; i < nargs; i++)
		c |= cred_deep(&args[i]);
	if (!(c & (CR_SECRET | CR_DUMP)))
		return;
	bool fixed = C->cred_rcpt == CM_FIXED;
	enum hs_severity sev = fixed && (c & CR_FP)   ? HS_SEV_CRITICAL
	                       : fixed || (c & CR_FP) ? HS_SEV_HIGH
	                                              : HS_SEV_MEDIUM;
	cred_hit(P, tok, c, sev, NULL,
	         fixed ? "a mailer's send() (a fixed address)"
	               : "a mailer's send() (a configured address)");
}

/* A database on an outside host (train6): a kit that keeps its victims in
 * its author's own database connects to a fixed address elsewhere
 * (new PDO('mysql:host=203.0.113.5;dbname=..'), mysqli_connect('x.example',
 * ..), pg_connect('host=..')). A name without a dot (a container's "db"),
 * this machine, a private network or a socket is the site's own database. */
static bool cred_db_host_remote(const unsigned char *s, size_t n, bool dsn)
{
	const unsigned char *h = s;
	size_t hn = n;
	if (!s || !n)
		return false;
	if (dsn) {
		const unsigned char *k = memmem(s, n, "host=", 5);
		if (!k)
			return false;
		h = k + 5;
		hn = 0;
		while (h + hn < s + n && h[hn] != ';' && h[hn] != ' ')
			hn++;
	}
	if (hn >= 2 && h[0] == 'p' && h[1] == ':') { /* mysqli's persistent prefix */
		h += 2;
		hn -= 2;
	}
	return hn && memchr(h, '.', hn) && !host_is_local(h, hn);
}

/* `new PDO(DSN, ..)`, `new mysqli(HOST, ..)`: remember a remote database. */
void cred_new(struct C *C, const char *cls, const struct pv *args, int nargs)
{
	const struct pv *a0 = argp((struct pv *)args, nargs, 0);
	if (!nargs || !is_str(a0) || a0->taint)
		return;
	if (!strcmp(cls, "pdo") && cred_db_host_remote(a0->s, a0->n, true))
		C->cred_db_remote = true;
	else if (!strcmp(cls, "mysqli") && cred_db_host_remote(a0->s, a0->n, false))
		C->cred_db_remote = true;
}

/* What a query or a prepared statement writes into that remote database:
 * a password, card or code with the visitor's address is a kit's victim
 * table (one text of them critical, separate columns high); an application
 * stores a hash, and its users' rows need no visitor's address. */
static void cred_db_write(struct P *P, size_t tok, const struct pv *args, int nargs,
                          const char *where)
{
	uint8_t c = 0;
	const char *src = NULL;
	for (int i = 0; i < nargs; i++) {
		c |= cred_deep(&args[i]);
		if (!src && args[i].src)
			src = args[i].src;
	}
	if (!(c & (CR_SECRET | CR_DUMP)) || !(c & CR_FP))
		return;
	bool blob = false;
	for (int i = 0; i < nargs && !blob; i++)
		blob = cred_blob(&args[i]);
	cred_hit(P, tok, c, blob ? HS_SEV_CRITICAL : HS_SEV_HIGH, src,
	         afmt(P->C, "%s(a database on an outside host)", where));
}

/* After a call of a built-in: carry the cred bits through it, mark the
 * fingerprint sources and append handles, and check the outbound channels. */
void cred_call(struct P *P, const char *lname, const struct pv *args, int nargs, size_t tok,
               struct pv *ret)
{
	static const char *const digests[] = {"md5",
	                                      "sha1",
	                                      "hash",
	                                      "hash_hmac",
	                                      "crypt",
	                                      "password_hash",
	                                      "password_verify",
	                                      "hash_equals",
	                                      "strlen",
	                                      "count",
	                                      "intval",
	                                      "preg_match",
	                                      "in_array",
	                                      "strcmp",
	                                      "strcasecmp",
	                                      "is_numeric",
	                                      "empty"};
	const struct pv *a0 = argp((struct pv *)args, nargs, 0),
	                *a1 = argp((struct pv *)args, nargs, 1),
	                *a2 = argp((struct pv *)args, nargs, 2);
	uint8_t in = 0;
	for (int i = 0; i < nargs; i++)
		in |= cred_deep(&args[i]);
	bool digest = false;
	for (size_t i = 0; i < HS_ARRAY_LEN(digests) && !digest; i++)
		digest = !strcmp(lname, digests[i]);
	if (!digest)
		ret->cred |= in;
	/* print_r($_POST, true), json_encode($_REQUEST), implode("\n", $_POST):
	 * every posted field in one text, as a foreach over the form gives.
	 * Not var_export(), the debug log's dump (csrf-magic logs every POST
	 * with it) */
	static const char *const dumpers[] = {"print_r",          "json_encode", "serialize",
	                                      "http_build_query", "implode",     "join"};
	for (size_t i = 0; i < HS_ARRAY_LEN(dumpers); i++)
		if (!strcmp(lname, dumpers[i]))
			for (int k = 0; k < nargs && k < 2; k++)
				if (args[k].k == K_ARR && (args[k].fl & F_SUPER) &&
				    (args[k].taint & (T_GET | T_POST | T_REQUEST)))
					ret->cred |= CR_DUMP;
	if (!strcmp(lname, "sprintf"))
		ret->cred |= cred_label_format(args, nargs);
	/* sprintf('https://api.telegram.org/bot%s/sendMessage?...', ...): the
	 * format names the messenger even when the result is not known */
	if ((!strcmp(lname, "sprintf") || !strcmp(lname, "vsprintf")) && is_str(a0))
		P->C->cred_messenger |= cred_messenger(a0);
	if ((!strcmp(lname, "getenv") && cred_fp_name(a0)) || !strcmp(lname, "gethostbyaddr"))
		ret->cred |= CR_FP;
	if (!strcmp(lname, "fopen") && is_str(a1) && a1->n && a1->s[0] == 'a')
		ret->cred |= CR_APPEND;
	if (!strcmp(lname, "curl_init") || !strcmp(lname, "curl_setopt"))
		for (int i = 0; i < nargs && i < 3; i++)
			P->C->cred_messenger |= cred_messenger(&args[i]);
	/* serialized separate fields are not one text (cred_blob) */
	if (!digest && (!strcmp(lname, "json_encode") || !strcmp(lname, "http_build_query") ||
	                !strcmp(lname, "serialize")))
		ret->cred |= cred_blob(a0) ? CR_MIX : a0->k == K_ARR ? CR_STRUCT : 0;
	const struct pv *post = NULL; /* the data of an outbound request */
	if (!strcmp(lname, "curl_init") && nargs)
		P->C->cred_url |= cred_url_kind(a0);
	else if (!strcmp(lname, "curl_setopt") && pv_is_word(a1, "CURLOPT_URL"))
		P->C->cred_url |= cred_url_kind(a2);
	else if (!strcmp(lname, "curl_setopt") && pv_is_word(a1, "CURLOPT_POSTFIELDS"))
		post = a2;
	else if (!strcmp(lname, "curl_setopt_array") && a1->k == K_ARR && a1->a) {
		for (uint32_t i = 0; i < a1->a->n; i++) {
			const struct pv *k = &a1->a->v[i].key, *e = &a1->a->v[i].val;
			if (pv_is_word(k, "CURLOPT_URL")) {
				P->C->cred_url |= cred_url_kind(e);
				P->C->cred_messenger |= cred_messenger(e);
			} else if (pv_is_word(k, "CURLOPT_POSTFIELDS"))
				post = e;
		}
	}
	if ((!strcmp(lname, "mysqli_connect") || !strcmp(lname, "mysql_connect") ||
	     !strcmp(lname, "mysql_pconnect")) &&
	    is_str(a0) && !a0->taint && cred_db_host_remote(a0->s, a0->n, false))
		P->C->cred_db_remote = true;
	else if ((!strcmp(lname, "mysqli_real_connect")) && is_str(a1) && !a1->taint &&
	         cred_db_host_remote(a1->s, a1->n, false))
		P->C->cred_db_remote = true;
	else if ((!strcmp(lname, "pg_connect") || !strcmp(lname, "pg_pconnect")) && is_str(a0) &&
	         !a0->taint && cred_db_host_remote(a0->s, a0->n, true))
		P->C->cred_db_remote = true;
	static const char *const sinks[] = {"mail",
	                                    "mb_send_mail",
	                                    "wp_mail",
	                                    "fwrite",
	                                    "fputs",
	                                    "file_put_contents",
	                                    "error_log",
	                                    "curl_setopt",
	                                    "curl_setopt_array",
	                                    "curl_init",
	                                    "file_get_contents",
	                                    "fopen",
	                                    "file",
	                                    "wp_remote_post",
	                                    "wp_remote_get",
	                                    "wp_safe_remote_post"};
	bool sink = false;
	for (size_t i = 0; i < HS_ARRAY_LEN(sinks) && !sink; i++)
		sink = !strcmp(lname, sinks[i]);
	uint8_t in_sink = in;
	for (int i = 0; sink && i < nargs && !(in_sink & CR_SECRET); i++)
		in_sink |= cred_jn(P, &args[i]);
	if (!(in_sink & (CR_SECRET | CR_DUMP)))
		return;
	if (P->C->cred_db_remote &&
	    (!strcmp(lname, "mysqli_query") || !strcmp(lname, "mysql_query") ||
	     !strcmp(lname, "pg_query") || !strcmp(lname, "pg_query_params") ||
	     !strcmp(lname, "pg_insert") || !strcmp(lname, "mysqli_real_query") ||
	     !strcmp(lname, "mysqli_multi_query"))) {
		cred_db_write(P, tok, args, nargs, lname);
		return;
	}
	if (post && P->C->cred_messenger) {
		uint8_t c = cred_jn(P, post);
		if (c & (CR_SECRET | CR_DUMP))
			cred_hit(P, tok, c, c & CR_FP ? HS_SEV_CRITICAL : HS_SEV_HIGH, post->src,
			         afmt(P->C, "%s(a messenger's bot API)", lname));
		return;
	}
	if (post) {
		cred_http(P, tok, post, P->C->cred_url, lname);
		return;
	}
	if (!strcmp(lname, "mail") || !strcmp(lname, "mb_send_mail") || !strcmp(lname, "wp_mail")) {
		uint8_t c = (uint8_t)(cred_jn(P, a1) | cred_jn(P, a2) |
		                      cred_jn(P, argp((struct pv *)args, nargs, 3)));
		if (!(c & (CR_SECRET | CR_DUMP)) || a0->taint)
			return; /* a copy to the address the visitor gave is a form's receipt */
		bool fixed = is_str(a0) && memchr(a0->s, '@', a0->n);
		enum hs_severity sev = fixed && (c & CR_FP)   ? HS_SEV_CRITICAL
		                       : fixed || (c & CR_FP) ? HS_SEV_HIGH
		                                              : HS_SEV_MEDIUM;
		if (!(c & CR_SECRET) && (c & CR_FP) && fixed &&
		    (a0->fl & (F_DECODED | F_ESCAPED))) {
			/* every field and the visitor's address, to a mailbox the
			 * file hides (base64, rot13, escapes...): a form mailer has
			 * no reason to hide where its mail goes; a kit does. An
			 * address only joined from pieces is anti-harvesting. */
			hit(P, "php.credential_exfil", HS_SEV_HIGH, tok,
			    "every form field (%s) + the visitor's address -> %s(an address "
			    "decoded by %s)",
			    a1->src   ? a1->src
			    : a2->src ? a2->src
			              : "request",
			    lname, a0->how ? a0->how : "decoding");
			return;
		}
		cred_hit(P, tok, c, sev, a1->src ? a1->src : a2->src,
		         afmt(P->C, "%s(%s)", lname,
		              fixed ? "a fixed address" : "a configured address"));
	} else if ((!strcmp(lname, "fwrite") || !strcmp(lname, "fputs")) &&
	           (a0->cred & CR_APPEND)) {
		uint8_t c = cred_jn(P, a1);
		if (c & (CR_SECRET | CR_DUMP))
			cred_hit(P, tok, c, c & CR_FP ? HS_SEV_HIGH : HS_SEV_MEDIUM, a1->src,
			         afmt(P->C, "%s(a file opened to append)", lname));
	} else if (!strcmp(lname, "file_put_contents") && nargs >= 3 && !a0->taint &&
	           !is_script_path(a0) && !(is_str(a2) && a2->n == 1 && a2->s[0] == '0')) {
		uint8_t c = cred_jn(P, a1);
		if (c & (CR_SECRET | CR_DUMP))
			cred_hit(P, tok, c, c & CR_FP ? HS_SEV_HIGH : HS_SEV_MEDIUM, a1->src,
			         "file_put_contents(FILE_APPEND)");
	} else if (!strcmp(lname, "error_log") && nargs >= 3 && is_str(a1) && a1->n == 1 &&
	           a1->s[0] == '3' && !a2->taint && !is_script_path(a2)) {
		/* error_log($msg, 3, 'results.txt'): type 3 appends to that file */
		uint8_t c = cred_jn(P, a0);
		if (c & (CR_SECRET | CR_DUMP))
			cred_hit(P, tok, c, c & CR_FP ? HS_SEV_HIGH : HS_SEV_MEDIUM, a0->src,
			         "error_log(a file)");
	} else if (!strcmp(lname, "file_put_contents") && nargs == 2 && !a0->taint &&
	           !is_script_path(a0)) {
		/* the whole file written: a results file rewritten with its old
		 * text and the new victim's, or a live panel's store. Only a
		 * password or code with the visitor's address: one text of them
		 * (what a person reads) is high, separate fields (a JSON store of
		 * victims) medium. An installer's config is a script path. */
		uint8_t c = cred_jn(P, a1);
		if ((c & CR_LOGIN) && (c & CR_FP))
			cred_hit(P, tok, c, cred_blob(a1) ? HS_SEV_HIGH : HS_SEV_MEDIUM, a1->src,
			         "file_put_contents(a file in the site)");
	} else if (!strcmp(lname, "curl_setopt") && P->C->cred_messenger) {
		uint8_t c = cred_jn(P, a2);
		if (c & (CR_SECRET | CR_DUMP))
			cred_hit(P, tok, c, c & CR_FP ? HS_SEV_CRITICAL : HS_SEV_HIGH, a2->src,
			         "curl_setopt(a messenger's bot API)");
	} else if ((!strcmp(lname, "file_get_contents") || !strcmp(lname, "fopen") ||
	            !strcmp(lname, "file") || !strcmp(lname, "curl_init")) &&
	           (cred_messenger(a0) || P->C->cred_messenger)) {
		uint8_t c = cred_jn(P, a0) | cred_jn(P, a2);
		if (c & (CR_SECRET | CR_DUMP))
			cred_hit(P, tok, c, c & CR_FP ? HS_SEV_CRITICAL : HS_SEV_HIGH, a0->src,
			         afmt(P->C, "%s(a messenger's bot API)", lname));
	} else if (!strcmp(lname, "file_get_contents") || !strcmp(lname, "fopen") ||
	           !strcmp(lname, "wp_remote_post") || !strcmp(lname, "wp_remote_get") ||
	           !strcmp(lname, "wp_safe_remote_post")) {
		/* the data in the URL, a stream context (file_get_contents' third,
		 * fopen's fourth argument) or WordPress's request arguments */
		const struct pv *ctx = !strcmp(lname, "fopen") ? argp((struct pv *)args, nargs, 3)
		                       : lname[0] == 'w'       ? a1
		                                               : a2;
		cred_http(P, tok, cred_jn(P, a0) & CR_SECRET ? a0 : ctx, cred_url_kind(a0), lname);
	}
}
