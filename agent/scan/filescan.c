#include "scan/filescan.h"
#include "escape.h"
#include "scan/iocs.h"
#include "scan/pattern_gate.h"
#include "scan/php_analyze.h"
#include "scan/php_lex.h"
#include "scan/php_quoted.h"
#include "scan/script_flow.h"
#include "scan/script_layers.h"
#include "version.h"

#include <errno.h>
#include <fnmatch.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

/* The content memo: hosting servers hold many identical copies of the same
 * application files (one WordPress per account), and YARA and libmagic are
 * the dearest steps of the pipeline. What depends on the bytes alone is
 * kept per SHA-256 for the run, in a fixed table (a slot is overwritten by
 * a later content that hashes to it): the MIME type, that the PCRE2
 * heuristics found nothing, and that YARA matched no rule. A YARA verdict
 * also depends on the externals the rules read (filename, extension,
 * owner_web...), so it is kept with a digest of their values and reused
 * only for a copy where they are the same (the same file in another
 * account's WordPress). Exact: the same bytes and the same externals give
 * the same answers. */
#define MEMO_SLOTS      65536 /* power of two; about 7 MB when full */
#define MEMO_LOCKS      64
#define MEMO_MIME       1u
#define MEMO_PCRE_CLEAN 2u
#define MEMO_YARA_CLEAN 4u /* with these externals (yara_ext) */
#define MEMO_PHP_CLEAN  8u /* the PHP layer found nothing and decoded no layer */

struct memo_slot {
	unsigned char sha[32];
	unsigned flags;
	unsigned char yara_ext[16]; /* MEMO_YARA_CLEAN: digest of the externals' values */
	char mime[76];
};

struct content_memo {
	pthread_mutex_t lock[MEMO_LOCKS];
	struct memo_slot *slot;
};

static struct content_memo *memo_new(void)
{
	struct content_memo *m = xcalloc(1, sizeof(*m));
	for (int i = 0; i < MEMO_LOCKS; i++)
		pthread_mutex_init(&m->lock[i], NULL);
	/* calloc: pages are only touched (resident) as slots fill */
	m->slot = xcalloc(MEMO_SLOTS, sizeof(*m->slot));
	return m;
}

static void memo_free(struct content_memo *m)
{
	if (!m)
		return;
	for (int i = 0; i < MEMO_LOCKS; i++)
		pthread_mutex_destroy(&m->lock[i]);
	free(m->slot);
	free(m);
}

static size_t memo_index(const unsigned char sha[32])
{
	size_t i = 0;
	memcpy(&i, sha, sizeof(i));
	return i & (MEMO_SLOTS - 1);
}

/* The flags known for this content; the MIME type copied to mime when
 * MEMO_MIME is among them; MEMO_YARA_CLEAN only when it was found with the
 * externals digest yara_ext. */
static unsigned memo_get(struct content_memo *m, const unsigned char sha[32], char *mime,
                         size_t mimelen, const unsigned char yara_ext[16])
{
	size_t i = memo_index(sha);
	unsigned flags = 0;
	pthread_mutex_t *l = &m->lock[i % MEMO_LOCKS];
	pthread_mutex_lock(l);
	struct memo_slot *s = &m->slot[i];
	if (s->flags && !memcmp(s->sha, sha, 32)) {
		flags = s->flags;
		if (flags & MEMO_MIME)
			snprintf(mime, mimelen, "%s", s->mime);
		if ((flags & MEMO_YARA_CLEAN) && (!yara_ext || memcmp(s->yara_ext, yara_ext, 16)))
			flags &= ~MEMO_YARA_CLEAN;
	}
	pthread_mutex_unlock(l);
	return flags;
}

static void memo_put(struct content_memo *m, const unsigned char sha[32], unsigned flag,
                     const char *mime, const unsigned char *yara_ext)
{
	if (mime && strlen(mime) >= sizeof(m->slot[0].mime))
		return; /* not remembered: the next copy asks libmagic again */
	size_t i = memo_index(sha);
	pthread_mutex_t *l = &m->lock[i % MEMO_LOCKS];
	pthread_mutex_lock(l);
	struct memo_slot *s = &m->slot[i];
	if (!s->flags || memcmp(s->sha, sha, 32)) {
		memcpy(s->sha, sha, 32);
		s->flags = 0;
	}
	s->flags |= flag;
	if (mime)
		snprintf(s->mime, sizeof(s->mime), "%s", mime);
	if (yara_ext)
		memcpy(s->yara_ext, yara_ext, 16); /* the latest externals win */
	pthread_mutex_unlock(l);
}

/* hostsweep's own content checks that do not fit YARA well because they
 * depend on the file name (applied to .htaccess and .user.ini only).
 * High where the setting can only serve a payload: pictures or text run as
 * PHP (a real site never needs that; PHP-generated CSS or JS is medium), a
 * prepended file that is a picture, text, a temp file, a hidden file or a
 * stream. A prepended .php file is medium: a WAF (Wordfence) does that;
 * `none` switches it off. */
#define HTACCESS_BUILTINS 6 /* the lines of builtin_htaccess; builtin_userini follows */
static const char builtin_htaccess[] =
    "htaccess_php_handler\thigh\tpersistence,type-mismatch\t"
    "(?im)^\\s*(?:AddHandler|SetHandler|AddType|ForceType)\\b[^\\n]*(?:php|x-httpd)[^\\n]*"
    "(?:\\.(?:jpe?g|png|gif|ico|bmp|webp|txt)\\b|image/)\n"
    "htaccess_php_handler_asset\tmedium\tpersistence,type-mismatch\t"
    "(?im)^\\s*(?:AddHandler|SetHandler|AddType|ForceType)\\b[^\\n]*(?:php|x-httpd)[^\\n]*"
    "\\.(?:css|js)\\b\n"
    /* the handler set inside a <Files>/<FilesMatch> block that names images */
    "htaccess_php_handler_block\thigh\tpersistence,type-mismatch\t"
    "(?ism)<Files(?:Match)?\\b[^>\\n]*[.(|](?:jpe?g|png|gif|ico|bmp|webp|txt)\\b[^>\\n]*>"
    "(?:(?!</Files).){0,400}?^\\s*(?:SetHandler|AddHandler|AddType|ForceType)\\b[^\\n]*(?:php|"
    "x-httpd)\n"
    "htaccess_php_handler_block_asset\tmedium\tpersistence,type-mismatch\t"
    "(?ism)<Files(?:Match)?\\b[^>\\n]*[.(|](?:css|js)\\b[^>\\n]*>"
    "(?:(?!</Files).){0,400}?^\\s*(?:SetHandler|AddHandler|AddType|ForceType)\\b[^\\n]*(?:php|"
    "x-httpd)\n"
    "htaccess_auto_prepend\tmedium\tpersistence\t"
    "(?im)^\\s*php_value\\s+auto_(?:prepend|append)_file\\s+(?![\"']?none[\"']?\\s*$)\\S\n"
    "htaccess_auto_prepend_payload\thigh\tpersistence,type-mismatch\t"
    "(?im)^\\s*php_value\\s+auto_(?:prepend|append)_file\\s+[\"']?"
    "(?:(?:php|data|https?|ftp|phar|zip|expect|glob|compress\\.zlib):|"
    "(?:/private)?/(?:tmp|var/tmp|dev/shm)/|"
    "[^\\s\"']*/\\.[^/\\s\"']+[\"']?\\s*$|"
    "[^\\s\"']*\\.(?:jpe?g|png|gif|ico|bmp|webp|svg|txt|log|dat|tmp|css|js|json|xml|html?|cache|"
    "bak|zip|pdf|ttf|woff2?|mp3)[\"']?\\s*$)\n";
static const char builtin_userini[] =
    "userini_auto_prepend\tmedium\tpersistence\t(?im)^\\s*auto_(?"
    ":prepend|append)_file\\s*=\\s*(?![\"']?none[\"']?\\s*$)\\S\n"
    "userini_auto_prepend_payload\thigh\tpersistence,type-mismatch\t"
    "(?im)^\\s*auto_(?:prepend|append)_file\\s*=\\s*[\"']?"
    "(?:(?:php|data|https?|ftp|phar|zip|expect|glob|compress\\.zlib):|"
    "(?:/private)?/(?:tmp|var/tmp|dev/shm)/|"
    "[^\\s\"']*/\\.[^/\\s\"']+[\"']?\\s*$|"
    "[^\\s\"']*\\.(?:jpe?g|png|gif|ico|bmp|webp|svg|txt|log|dat|tmp|css|js|json|xml|html?|cache|"
    "bak|zip|pdf|ttf|woff2?|mp3)[\"']?\\s*$)\n";

static const char *const image_exts[] = {"jpg", "jpeg", "png", "gif",  "ico",
                                         "bmp", "webp", "tif", "tiff", "svgz"};
static const char *const text_exts[] = {"txt", "css", "js", "pdf", "zip", "log", "csv"};
static const char *const php_exts[] = {"php",  "php3",  "php4", "php5", "php7",
                                       "php8", "phtml", "pht",  "phar", "inc"};

/* The signatures by which libmagic itself knows the raster image formats
 * that PHP is hidden in: GIF, JPEG, PNG, ICO/CUR, BMP, WebP, TIFF. */
static bool image_signature(const unsigned char *b, size_t n)
{
	if (n >= 4 && (!memcmp(b, "GIF8", 4) || !memcmp(b, "\x89PNG", 4) ||
	               !memcmp(b, "\x00\x00\x01\x00", 4) || !memcmp(b, "\x00\x00\x02\x00", 4) ||
	               !memcmp(b, "II*\x00", 4) || !memcmp(b, "MM\x00*", 4)))
		return true;
	if (n >= 3 && !memcmp(b, "\xff\xd8\xff", 3))
		return true;
	if (n >= 14 && !memcmp(b, "BM", 2))
		return true;
	return n >= 12 && !memcmp(b, "RIFF", 4) && !memcmp(b + 8, "WEBP", 4);
}

/* libmagic's MIME type of the content (a prefix: the type lives in the
 * first bytes, and magic's cost grows with the bytes it is given). */
static void content_type(struct scan_worker *w, const unsigned char *buf, size_t len, char *out,
                         size_t outlen)
{
	const char *mime = magic_buffer(w->magic, buf, len < 65536 ? len : 65536);
	snprintf(out, outlen, "%s", mime ? mime : "application/octet-stream");
}

static bool ext_in(const char *ext, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(ext, list[i]))
			return true;
	return false;
}

/* A memmem that ignores ASCII case of needle letters. */
static const unsigned char *find_nocase(const unsigned char *h, size_t hl, const char *needle)
{
	size_t nl = strlen(needle);
	if (nl == 0 || hl < nl)
		return NULL;
	unsigned char first = (unsigned char)needle[0];
	for (size_t i = 0; i + nl <= hl; i++) {
		const unsigned char *p = memchr(h + i, first, hl - i - nl + 1);
		if (!p)
			return NULL;
		i = (size_t)(p - h);
		size_t k = 1;
		while (k < nl && (h[i + k] | 0x20) == (unsigned char)(needle[k] | 0x20))
			k++;
		if (k == nl)
			return h + i;
	}
	return NULL;
}

/* Compile embedded lines of the signature format (ID, SEVERITY, TAGS, REGEX). */
static bool add_builtin(struct patterns *p, const char *text)
{
	char *copy = xstrdup(text), *save = NULL;
	bool ok = true;
	for (char *line = strtok_r(copy, "\n", &save); line && ok;
	     line = strtok_r(NULL, "\n", &save)) {
		char *f[4];
		char *s = line;
		for (int i = 0; i < 3; i++) {
			char *t = strchr(s, '\t');
			*t = '\0';
			f[i] = s;
			s = t + 1;
		}
		f[3] = s;
		int err;
		PCRE2_SIZE off;
		pcre2_code *code =
		    pcre2_compile((PCRE2_SPTR)f[3], PCRE2_ZERO_TERMINATED, 0, &err, &off, NULL);
		if (!code) {
			hs_err("built-in pattern %s does not compile", f[0]);
			ok = false;
			break;
		}
		pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
		p->v = xrealloc(p->v, (p->n + 1) * sizeof(*p->v));
		p->v[p->n].id = xasprintf("hs.%s", f[0]);
		severity_parse(f[1], &p->v[p->n].severity);
		p->v[p->n].tags = xstrdup(f[2]);
		p->v[p->n].src = xstrdup(f[3]);
		p->v[p->n].php_only = false;
		p->v[p->n].code = code;
		p->n++;
	}
	free(copy);
	return ok;
}

struct scan_engine *scan_engine_load(const struct hs_ctx *ctx, bool rules_from_cli)
{
	struct scan_engine *e = xcalloc(1, sizeof(*e));
	e->cfg = &ctx->cfg;
	e->accounts = ctx->accounts;
	struct strlist required = {0};
	if (rules_from_cli) {
		for (size_t i = 0; i < ctx->cfg.rules_dirs.n; i++)
			strlist_add(&required, ctx->cfg.rules_dirs.v[i]);
	} else if (ctx->cfg.rules_dirs.n) {
		/* the shipped directory must exist; the operator's rules.d is optional */
		strlist_add(&required, ctx->cfg.rules_dirs.v[0]);
	}
	/* the patterns first: their gate rules are compiled with the rule files */
	e->patterns = patterns_load(ctx->cfg.signatures_dir);
	/* Where the scan cache is used, the compiled rules are kept beside it. */
	bool rok = e->patterns && rules_load_extra(&ctx->cfg.rules_dirs, &required,
	                                           ctx->rules_cache_dir, ctx->rules_cache_ro,
	                                           PATTERN_GATE_NS, e->patterns->gate_src, &e->rs);
	e->nrulefiles = e->rs.nfiles;
	e->rule_externals = e->rs.externals;
	e->rules_use_mime = (e->rule_externals & EXT_MIME) != 0;
	strlist_clear(&required);
	if (!rok) {
		patterns_free(e->patterns);
		free(e);
		return NULL;
	}
	e->sigs = e->patterns ? hashsigs_load(ctx->cfg.signatures_dir) : NULL;
	/* the fleet's indicators join the hash list (and so its digest below) */
	struct ioc_stats ist = {0};
	if (e->sigs && !iocs_load_hashes(e->sigs, &ctx->cfg.ioc_dirs, &ist)) {
		hashsigs_free(e->sigs);
		e->sigs = NULL;
	}
	if (ist.files) {
		hs_info("indicators: %zu hashes imported from %zu lists (%zu bad lines)",
		        ist.hashes, ist.files, ist.bad);
		iocs_summary(ctx->rep->summary_extra, "hashes", ist.hashes);
	}
	e->builtin = xcalloc(1, sizeof(*e->builtin));
	e->memo = memo_new();
	if (!e->patterns || !e->sigs || !add_builtin(e->builtin, builtin_htaccess) ||
	    !add_builtin(e->builtin, builtin_userini)) {
		scan_engine_free(e);
		return NULL;
	}
	/* The digest covers everything that decides a verdict. */
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	EVP_DigestInit_ex(md, EVP_sha256(), NULL);
	EVP_DigestUpdate(md, HS_VERSION, strlen(HS_VERSION));
	if (ctx->cfg.php_analysis)
		EVP_DigestUpdate(md, PHP_ANALYZER_VERSION, strlen(PHP_ANALYZER_VERSION));
	EVP_DigestUpdate(md, SCRIPT_LAYERS_VERSION, strlen(SCRIPT_LAYERS_VERSION));
	EVP_DigestUpdate(md, SCRIPT_FLOW_VERSION, strlen(SCRIPT_FLOW_VERSION));
	EVP_DigestUpdate(md, e->rs.digest, 64);
	/* the .htaccess/.user.ini built-ins decide verdicts too */
	EVP_DigestUpdate(md, builtin_htaccess, sizeof(builtin_htaccess) - 1);
	EVP_DigestUpdate(md, builtin_userini, sizeof(builtin_userini) - 1);
	for (size_t i = 0; i < e->patterns->n; i++) {
		const struct pattern *p = &e->patterns->v[i];
		char *line = xasprintf("%s\t%d\t%s\t%d\t%s\n", p->id, p->severity, p->tags,
		                       p->php_only, p->src);
		EVP_DigestUpdate(md, line, strlen(line));
		free(line);
	}
	for (size_t i = 0; i < e->sigs->n; i++) {
		const struct hashsig *h = &e->sigs->v[i];
		EVP_DigestUpdate(md, h->sha, sizeof(h->sha));
		EVP_DigestUpdate(md, h->id, strlen(h->id) + 1);
		EVP_DigestUpdate(md, &h->severity, sizeof(h->severity));
	}
	char cfgline[128];
	snprintf(cfgline, sizeof(cfgline), "max=%llu", (unsigned long long)ctx->cfg.max_file_size);
	EVP_DigestUpdate(md, cfgline, strlen(cfgline));
	for (size_t i = 0; i < ctx->cfg.upload_dirs.n; i++) /* in_uploads */
		EVP_DigestUpdate(md, ctx->cfg.upload_dirs.v[i],
		                 strlen(ctx->cfg.upload_dirs.v[i]) + 1);
	unsigned char d[EVP_MAX_MD_SIZE];
	unsigned int dl;
	EVP_DigestFinal_ex(md, d, &dl);
	EVP_MD_CTX_free(md);
	hex_encode(d, 32, e->digest);
	hs_info("rules: %d files, %d of them for PHP source only (libmagic: %s); patterns: %zu; "
	        "hash signatures: %zu; PCRE2 JIT: %s",
	        e->nrulefiles, e->rs.nphp, e->rules_use_mime ? "every file" : "files with findings",
	        e->patterns->n, e->sigs->n, e->patterns->jit ? "on" : "off");
	return e;
}

void scan_engine_free(struct scan_engine *e)
{
	if (!e)
		return;
	if (e->yara_files)
		hs_info("YARA: %lu of %lu files were identical copies of content already found "
		        "clean with the same externals (verdict reused)",
		        e->yara_reused, e->yara_files);
	rules_free(&e->rs);
	patterns_free(e->patterns);
	patterns_free(e->builtin);
	hashsigs_free(e->sigs);
	memo_free(e->memo);
	free(e);
}

bool scan_worker_init(struct scan_worker *w, struct scan_engine *e)
{
	memset(w, 0, sizeof(*w));
	w->eng = e;
	/* Never MAGIC_COMPRESS (forks decompressors) nor MAGIC_DEVICES. */
	w->magic = magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS | MAGIC_NO_CHECK_TAR |
	                      MAGIC_NO_CHECK_CDF | MAGIC_NO_CHECK_ELF | MAGIC_NO_CHECK_JSON |
	                      MAGIC_NO_CHECK_CSV | MAGIC_NO_CHECK_ENCODING | MAGIC_ERROR);
	if (!w->magic || magic_load(w->magic, NULL) != 0) {
		hs_err("libmagic: cannot load the magic database: %s",
		       w->magic ? magic_error(w->magic) : "magic_open failed");
		if (w->magic)
			magic_close(w->magic);
		return false;
	}
	if (yr_scanner_create(e->rs.all, &w->yscanner) != ERROR_SUCCESS ||
	    (e->rs.other && yr_scanner_create(e->rs.other, &w->yother) != ERROR_SUCCESS)) {
		hs_err("cannot create a YARA scanner");
		if (w->yscanner)
			yr_scanner_destroy(w->yscanner);
		magic_close(w->magic);
		return false;
	}
	/* NO_TRYCATCH: libyara's guard against SIGBUS/SIGSEGV is for memory
	 * that can vanish under it (a mapped file truncated mid-scan). We scan a
	 * private heap buffer filled with read(), which cannot; the guard cost
	 * six signal system calls per file. */
	YR_SCANNER *sc[2] = {w->yscanner, w->yother};
	for (int i = 0; i < 2 && sc[i]; i++) {
		yr_scanner_set_flags(sc[i], SCAN_FLAGS_FAST_MODE |
		                                SCAN_FLAGS_REPORT_RULES_MATCHING |
		                                SCAN_FLAGS_NO_TRYCATCH);
		yr_scanner_set_timeout(sc[i], e->cfg->scan_timeout);
	}
	pattern_matcher_init(&w->pm);
	return true;
}

void scan_worker_free(struct scan_worker *w)
{
	if (w->yscanner)
		yr_scanner_destroy(w->yscanner);
	if (w->yother)
		yr_scanner_destroy(w->yother);
	if (w->magic)
		magic_close(w->magic);
	pattern_matcher_free(&w->pm);
	free(w->buf);
	memset(w, 0, sizeof(*w));
}

void finding_set_file(struct finding *f, const struct accounts *a, const char *path,
                      const struct stat *st)
{
	free(f->path);
	f->path = xstrdup(path);
	if (st) {
		f->uid = st->st_uid;
		const char *n = accounts_user_name(a, st->st_uid);
		free(f->owner);
		f->owner = n ? xstrdup(n) : NULL;
	}
	const char *acct = accounts_for_path(a, path);
	free(f->account);
	f->account = acct ? xstrdup(acct) : NULL;
}

struct yara_cb_state {
	struct finding *f;
	YR_SCANNER *scanner;
	int layer;                  /* > 0: scanning a decoded layer of the file */
	json_t *layer_log;          /* then: the rules it matched, with the layer */
	enum hs_severity layer_max; /* and the highest severity among them */
	struct php_quoted *quoted;  /* the file itself: rules matched only in literals */
	unsigned char *gate;        /* per pattern: its gate rule matched (pattern_gate.h) */
	size_t ngate;
};

/* A rule of high severity or more whose every match lies in a string
 * literal of a file that runs no text: a candidate for medium
 * (scan/php_quoted.h; settled after the PHP layer). */
__attribute__((no_sanitize("alignment"))) static enum hs_severity
quoted_yara(struct php_quoted *q, YR_SCAN_CONTEXT *ctx, const YR_RULE *rule, const char *id,
            enum hs_severity sev)
{
	if (!php_quoted_usable(q))
		return sev;
	const YR_STRING *s;
	const uint8_t *ev = NULL;
	size_t evlen = 0, n = 0;
	yr_rule_strings_foreach(rule, s)
	{
		const YR_MATCH *m;
		yr_string_matches_foreach(ctx, s, m)
		{
			size_t off = (size_t)(m->base + m->offset), len = (size_t)m->match_length;
			if (!php_quoted_inside(&q->r, off, len))
				return sev;
			if (!n++) {
				ev = m->data;
				evlen = (size_t)m->data_length > 120 ? 120 : (size_t)m->data_length;
			}
		}
	}
	return n ? php_quoted_offer(q, id, sev, ev, evlen) : sev;
}

/* libyara 4.2 keeps rules, strings and matches in a packed arena, so its own
 * iteration macros read misaligned members: exempt this function from
 * UBSan's alignment check (the access is what libyara itself does). */
__attribute__((no_sanitize("alignment"))) static int yara_cb(YR_SCAN_CONTEXT *ctx, int msg,
                                                             void *data, void *ud)
{
	struct yara_cb_state *st = ud;
	if (msg != CALLBACK_MSG_RULE_MATCHING)
		return CALLBACK_CONTINUE;
	const YR_RULE *rule = data;
	size_t gi;
	if (pattern_gate_rule(rule->ns->name, rule->identifier, &gi)) {
		if (st->gate && gi < st->ngate)
			st->gate[gi] = 1;
		return CALLBACK_CONTINUE; /* never a finding */
	}
	enum hs_severity sev = HS_SEV_MEDIUM;
	const YR_META *meta;
	yr_rule_metas_foreach(rule, meta)
	{
		if (meta->type == META_TYPE_STRING && !strcmp(meta->identifier, "severity"))
			severity_parse(meta->string, &sev);
	}
	char id[256];
	snprintf(id, sizeof(id), "%s.%s", rule->ns->name, rule->identifier);
	char tags[256] = "";
	const char *tag;
	size_t tl = 0;
	yr_rule_tags_foreach(rule, tag)
	{
		int n = snprintf(tags + tl, sizeof(tags) - tl, "%s%s", tl ? "," : "", tag);
		if (n < 0 || (size_t)n >= sizeof(tags) - tl)
			break;
		tl += (size_t)n;
	}
	if (st->quoted && sev >= HS_SEV_HIGH && php_quoted_family(tags))
		sev = quoted_yara(st->quoted, ctx, rule, id, sev);
	finding_add_rule(st->f, id, sev, tags);
	if (st->layer_log) {
		json_array_append_new(st->layer_log,
		                      json_pack("{s:s, s:i}", "rule", id, "layer", st->layer));
		if (sev > st->layer_max)
			st->layer_max = sev;
	}
	/* An excerpt of the first string that matched. */
	const YR_STRING *s;
	yr_rule_strings_foreach(rule, s)
	{
		const YR_MATCH *m;
		yr_string_matches_foreach(ctx, s, m)
		{
			size_t len = (size_t)m->data_length;
			if (len > 120)
				len = 120;
			finding_offer_evidence(st->f, sev, m->data, len);
			return CALLBACK_CONTINUE;
		}
	}
	return CALLBACK_CONTINUE;
}

/* Is the file under one of [scan] upload_dirs (the `in_uploads` external)? */
/* fnmatch(glob, path, 0) for the common "*TEXT*" form (TEXT without
 * '*', '?', '[' or '\\'): '*' then matches any bytes, '/' too, so it is
 * "TEXT is in the path", found by memmem (fnmatch cost as much per file
 * as SHA-256 of a small one). Other globs go to fnmatch. */
static bool glob_match(const char *glob, const char *path)
{
	size_t n = strlen(glob);
	if (n >= 2 && glob[0] == '*' && glob[n - 1] == '*' && strcspn(glob + 1, "*?[\\") == n - 2)
		return memmem(path, strlen(path), glob + 1, n - 2) != NULL;
	return fnmatch(glob, path, 0) == 0;
}

static bool in_upload_dir(const struct hs_config *cfg, const char *path)
{
	for (size_t i = 0; i < cfg->upload_dirs.n; i++)
		if (glob_match(cfg->upload_dirs.v[i], path))
			return true;
	return false;
}

/* Is a directory of the path hidden (a component before the name starts
 * with '.', not "." or ".."): /tmp/.X11-unix/, ~/.cache/ (the
 * `in_hidden_dir` external)? A boolean, so that rules asking it keep the
 * reuse of verdicts for identical copies, which `filepath` turns off. */
static bool in_hidden_dir(const char *path)
{
	const char *name = strrchr(path, '/');
	for (const char *p = path; p && p < name; p = strchr(p + 1, '/')) {
		const char *c = p + 1;
		if (*c == '.' && c[1] != '/' && !(c[1] == '.' && c[2] == '/'))
			return true;
	}
	return false;
}

/* A digest of the values of the externals the rules read, and only those:
 * two files with the same content and the same digest get the same YARA
 * verdict. A rule set that reads `filepath` makes every path its own. */
static void externals_digest(unsigned used, const char *name, const char *ext, const char *path,
                             const char *mime, bool owner_web, bool in_docroot, bool in_uploads,
                             bool in_hidden, unsigned char out[16])
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	EVP_DigestInit_ex(md, EVP_sha256(), NULL);
	const struct {
		unsigned bit;
		const char *value;
	} strs[] = {
	    {EXT_FILENAME, name}, {EXT_EXTENSION, ext}, {EXT_FILEPATH, path}, {EXT_MIME, mime}};
	for (size_t i = 0; i < HS_ARRAY_LEN(strs); i++)
		if (used & strs[i].bit)
			EVP_DigestUpdate(md, strs[i].value, strlen(strs[i].value) + 1);
	unsigned char flags = (unsigned char)(((used & EXT_OWNER_WEB) && owner_web) |
	                                      (((used & EXT_IN_DOCROOT) && in_docroot) << 1) |
	                                      (((used & EXT_IN_UPLOADS) && in_uploads) << 2) |
	                                      (((used & EXT_IN_HIDDEN_DIR) && in_hidden) << 3));
	EVP_DigestUpdate(md, &flags, 1);
	unsigned int n = 0;
	unsigned char d[EVP_MAX_MD_SIZE];
	EVP_DigestFinal_ex(md, d, &n);
	EVP_MD_CTX_free(md);
	memcpy(out, d, 16);
}

/* A file's values of the YARA externals. */
struct yara_externals {
	const char *name, *ext, *path, *mime;
	bool owner_web, in_docroot, in_uploads, in_hidden_dir;
};

/* The scanner whose rules can match this content (rule scoping, rules.h),
 * with the file's externals defined in it; NULL when no rule can. A
 * decoded layer is matched with its file's externals, and so the same
 * way. The externals are defined once per file and scanner. */
static YR_SCANNER *yara_scanner(struct scan_worker *w, const struct yara_externals *x,
                                const unsigned char *buf, size_t len)
{
	YR_RULES *r = rules_for(&w->eng->rs, rules_may_be_php(buf, len, x->ext));
	if (!r)
		return NULL;
	int i = r == w->eng->rs.all ? 0 : 1;
	YR_SCANNER *s = i ? w->yother : w->yscanner;
	if (w->ext_at[i] != w->nscan) {
		yr_scanner_define_string_variable(s, "filename", x->name);
		yr_scanner_define_string_variable(s, "extension", x->ext);
		yr_scanner_define_string_variable(s, "filepath", x->path);
		yr_scanner_define_string_variable(s, "mime", x->mime);
		yr_scanner_define_boolean_variable(s, "owner_web", x->owner_web);
		yr_scanner_define_boolean_variable(s, "in_docroot", x->in_docroot);
		yr_scanner_define_boolean_variable(s, "in_uploads", x->in_uploads);
		yr_scanner_define_boolean_variable(s, "in_hidden_dir", x->in_hidden_dir);
		w->ext_at[i] = w->nscan;
	}
	return s;
}

/* The tags of the PHP layer's rules. */
static const char *php_tags(const char *rule)
{
	static const struct {
		const char *rule, *tags;
	} t[] = {
	    {"php.input_to_eval", "webshell,php"},
	    {"php.input_to_command", "webshell,php"},
	    {"php.dynamic_call_input", "webshell,php"},
	    {"php.input_to_include", "webshell,php"},
	    {"php.remote_code_exec", "webshell,downloader,php"},
	    {"php.obfuscated_callee", "webshell,obfuscation,php"},
	    {"php.dynamic_dangerous_call", "webshell,php"},
	    {"php.decoded_layer_exec", "obfuscation,php"},
	    {"php.decode_chain_depth", "obfuscation,webshell,php"},
	    {"php.obfuscated_eval", "obfuscation,php"},
	    {"php.obfuscated_command", "obfuscation,php"},
	    {"php.obfuscated_include", "injection,obfuscation,php"},
	    {"php.include_nonphp", "injection,php"},
	    {"php.upload_write", "uploader,php"},
	    {"php.input_to_file_write", "uploader,php"},
	    {"php.mass_mail_loop", "mailer,php"},
	    {"php.credential_exfil", "phishing,php"},
	    {"php.remote_code_drop", "webshell,downloader,php"},
	    {"php.code_drop", "webshell,dropper,php"},
	    {"php.input_to_command_arg", "injection,php"},
	    {"php.dropped_program_input", "webshell,php"},
	    {"php.dropped_network_shell", "webshell,php"},
	    {"php.input_keyed_eval", "webshell,obfuscation,php"},
	    {"php.cgi_handler_write", "webshell,php"},
	    {"php.gconv_module_load", "webshell,php"},
	    {"php.command_wrapper", "webshell,php"},
	    {"php.shell_spawn", "webshell,php"},
	};
	for (size_t i = 0; i < HS_ARRAY_LEN(t); i++)
		if (!strcmp(t[i].rule, rule))
			return t[i].tags;
	return "php";
}

/* A decoded layer, matched with the same YARA rules and PCRE2 patterns as
 * the file (and its externals); what matches is a rule of the finding
 * and is listed in log with the layer's number. php: the layer is PHP
 * code (the PHP-only patterns run). Returns the highest severity matched
 * in this layer (what YARA and PCRE2 added; none when nothing). */
static enum hs_severity scan_layer(struct scan_worker *w, const struct yara_externals *x,
                                   struct finding *f, enum scan_result *res,
                                   const unsigned char *buf, size_t n, int layer, bool php,
                                   json_t *log)
{
	YR_SCANNER *ysc = yara_scanner(w, x, buf, n);
	struct yara_cb_state ys = {.f = f, .scanner = ysc, .layer = layer, .layer_log = log};
	/* the PCRE2 gate as for the file (a whole rot13'd or reversed text is
	 * as long as the file): a pattern none of whose literals YARA saw in
	 * the layer is skipped; NULL (every pattern runs) when YARA did not
	 * read the layer to its end or no set could match it */
	unsigned char *gate = NULL;
	if (ysc) {
		if (w->eng->patterns->gate_src) {
			gate = xcalloc(w->eng->patterns->n, 1);
			ys.gate = gate;
			ys.ngate = w->eng->patterns->n;
		}
		yr_scanner_set_callback(ysc, yara_cb, &ys);
		if (yr_scanner_scan_mem(ysc, buf, n) != ERROR_SUCCESS) {
			*res = SCAN_INCONCLUSIVE;
			free(gate);
			gate = NULL;
		}
	}
	size_t before = f->rules.n;
	if (patterns_scan(w->eng->patterns, &w->pm, buf, n, php, gate, f) > 0)
		*res = SCAN_INCONCLUSIVE;
	free(gate);
	enum hs_severity max = ys.layer_max;
	for (size_t k = before; k < f->rules.n; k++) {
		json_array_append_new(
		    log, json_pack("{s:s, s:i}", "rule", f->rules.v[k], "layer", layer));
		const struct patterns *ps = w->eng->patterns;
		for (size_t i = 0; i < ps->n; i++)
			if (!strcmp(ps->v[i].id, f->rules.v[k]) && ps->v[i].severity > max)
				max = ps->v[i].severity;
	}
	return max;
}

/* The PHP layer: lex, fold, decode, follow input to sinks (php_eval.h).
 * Its hits become rules of the finding, with the source -> sink path in
 * `php` (extra); every decoded layer is scanned with the same YARA rules
 * and PCRE2 patterns, and what matches there is listed in
 * `decoded_layers` with the layer's number. Returns true when it found
 * nothing and decoded nothing. *memoizable says whether that verdict holds
 * for every copy of these bytes: not when the file's extension alone made
 * it "not PHP code" (a README.md that starts elsewhere than its tag), as
 * the same bytes saved as x.php are analysed. *php_code: it was analysed
 * as PHP code. */
static bool php_layer(struct scan_worker *w, const unsigned char *buf, size_t len,
                      const struct yara_externals *x, struct finding *f, enum scan_result *res,
                      bool *memoizable, bool *php_code)
{
	struct php_result pr;
	*memoizable = true;
	*php_code = false;
	if (!php_analyze(buf, len, x->ext, &pr)) {
		*memoizable = !php_has_open_tag(buf, len) && !php_tagless_code(buf, len);
		return true;
	}
	*php_code = true;
	bool clean = pr.nhits == 0 && pr.nlayers == 0;
	if (pr.nhits) {
		json_t *arr = json_array();
		for (size_t i = 0; i < pr.nhits; i++) {
			const struct php_hit *h = &pr.hits[i];
			finding_add_rule(f, h->rule, h->sev, php_tags(h->rule));
			finding_offer_evidence(f, h->sev, h->evidence, strlen(h->evidence));
			char *ev = hs_escape(h->evidence);
			json_array_append_new(
			    arr, json_pack("{s:s, s:s, s:i, s:s}", "rule", h->rule, "severity",
			                   severity_name(h->sev), "layer", h->layer, "path", ev));
			free(ev);
		}
		finding_set_json(f, "php", arr);
	}
	if (pr.nlayers) {
		json_t *log = json_array();
		size_t budget = 4u * 1024 * 1024; /* bytes of layers given to YARA and PCRE2 */
		for (size_t i = 0; i < pr.nlayers && budget; i++) {
			const struct php_layer *L = &pr.layers[i];
			size_t n = L->len < budget ? L->len : budget;
			budget -= n;
			scan_layer(w, x, f, res, L->buf, n, L->layer, true, log);
		}
		if (json_array_size(log))
			finding_set_json(f, "decoded_layers", log);
		else
			json_decref(log);
	}
	if (pr.truncated)
		finding_set_int(f, "php_truncated", 1);
	php_result_free(&pr);
	return clean;
}

/* Network input to a command in a script that is not PHP
 * (scan/script_flow.h): script.net_input_to_command (a command sink) and
 * script.net_input_to_code (eval ...), high, critical when the file also
 * hides itself or persists; the source -> sink path is the evidence and
 * `script_flow` lists every path (with the layer and its encoding when
 * the code was found in a decoded layer). The gate: no sink named, no
 * analysis. Returns true when nothing was found (by content alone). */
static bool script_flow_add(struct finding *f, const struct sf_result *r, json_t *arr, int layer,
                            const char *how)
{
	enum hs_severity sev = r->critical ? HS_SEV_CRITICAL : HS_SEV_HIGH;
	for (int i = 0; i < r->nhits; i++) {
		const struct sf_hit *h = &r->hits[i];
		const char *rule =
		    h->code ? "script.net_input_to_code" : "script.net_input_to_command";
		finding_add_rule(f, rule, sev, "bot,script");
		finding_offer_evidence(f, sev, h->path, strlen(h->path));
		char *ev = hs_escape(h->path);
		json_t *o = json_pack("{s:s, s:s, s:s, s:i}", "rule", rule, "lang", r->lang, "path",
		                      ev, "layer", layer);
		if (how)
			json_object_set_new(o, "encoding", json_string(how));
		json_array_append_new(arr, o);
		free(ev);
	}
	return r->nhits > 0;
}

static bool script_flow(const unsigned char *buf, size_t len, struct finding *f,
                        const struct script_layers *sl)
{
	if (!script_flow_gate(buf, len))
		return true;
	struct sf_result r;
	bool found = false;
	json_t *arr = json_array();
	if (script_flow_analyze(buf, len, NULL, &r))
		found = script_flow_add(f, &r, arr, 0, NULL);
	bool trunc = r.truncated;
	/* the code may be in a decoded layer (eval(decode_base64(...))) */
	const char *lang = found || !sl->n ? NULL : script_flow_lang(buf, len);
	for (size_t i = 0; i < sl->n && !found; i++) {
		const struct script_layer *L = &sl->v[i];
		if (!script_flow_gate(L->buf, L->len))
			continue;
		if (script_flow_analyze(L->buf, L->len, lang, &r))
			found = script_flow_add(f, &r, arr, L->layer, L->how);
		trunc |= r.truncated;
	}
	if (found) {
		finding_set_json(f, "script_flow", arr);
		if (trunc)
			finding_set_int(f, "script_flow_truncated", 1);
	} else {
		json_decref(arr);
	}
	return !found;
}

/* The decoded layers of a file that is not PHP code (scan/script_layers.h:
 * the PHP layer decodes PHP's own; for Perl, Python, shell, Node, Ruby the
 * blobs are found by their form, whatever consumes them), each matched
 * like a PHP layer. A layer that matches a rule of high severity or more
 * adds script.decoded_layer_exec, its excerpt the layer's first bytes
 * (what was hidden says more than the matched string; for a whole text
 * rot13'd or reversed, whose start is noise, the match's). Then the
 * script flow over the file and its layers (script_flow()). Returns true
 * when nothing decoded to text and no flow was found. */
static bool script_layer(struct scan_worker *w, const unsigned char *buf, size_t len,
                         const struct yara_externals *x, struct finding *f, enum scan_result *res)
{
	struct script_layers sl;
	script_layers_decode(buf, len, &sl);
	bool clean = sl.n == 0;
	json_t *log = json_array();
	const struct script_layer *hit = NULL;
	enum hs_severity hitsev = HS_SEV_NONE;
	for (size_t i = 0; i < sl.n; i++) {
		const struct script_layer *L = &sl.v[i];
		enum hs_severity s = scan_layer(w, x, f, res, L->buf, L->len, L->layer,
		                                php_has_open_tag(L->buf, L->len), log);
		if (s >= HS_SEV_HIGH && s > hitsev) {
			hit = L;
			hitsev = s;
		}
	}
	if (hit) {
		finding_add_rule(f, "script.decoded_layer_exec", HS_SEV_HIGH, "obfuscation,script");
		if (f->evidence_sev <= hitsev && !hit->whole) {
			free(f->evidence);
			f->evidence = NULL;
			f->evidence_sev = hitsev;
			finding_set_evidence(f, hit->buf, hit->len < 120 ? hit->len : 120);
		}
		finding_set_json(
		    f, "script_layer",
		    json_pack("{s:i, s:s}", "layer", hit->layer, "encoding", hit->how));
	}
	if (json_array_size(log))
		finding_set_json(f, "decoded_layers", log);
	else
		json_decref(log);
	if (sl.truncated && !clean)
		finding_set_int(f, "script_layers_truncated", 1);
	if (!script_flow(buf, len, f, &sl))
		clean = false;
	script_layers_free(&sl);
	return clean;
}

static void hex_sha256(const unsigned char *buf, size_t len, unsigned char raw[32], char hex[65])
{
	unsigned int n = 0;
	EVP_Digest(buf, len, raw, &n, EVP_sha256(), NULL);
	hex_encode(raw, 32, hex);
}

enum scan_result scan_worker_scan_buffer(struct scan_worker *w, const unsigned char *buf,
                                         size_t len, const struct file_info *fi,
                                         struct finding **out)
{
	struct scan_engine *e = w->eng;
	struct finding *f = finding_new(fi->kind ? fi->kind : "file");
	enum scan_result res = SCAN_CLEAN;
	const char *name = path_basename(fi->path);
	char ext[16];
	path_extension(name, ext, sizeof(ext));
	bool owner_web = fi->st && accounts_is_web_user(e->accounts, fi->st->st_uid);
	bool in_docroot = fi->docroot != NULL;
	bool in_uploads = (e->rule_externals & EXT_IN_UPLOADS) && in_upload_dir(e->cfg, fi->path);
	bool in_hidden = (e->rule_externals & EXT_IN_HIDDEN_DIR) && in_hidden_dir(fi->path);

	unsigned char raw[32];
	hex_sha256(buf, len, raw, f->sha256);
	const struct hashsig *hs = hashsigs_find(e->sigs, raw);
	if (hs)
		finding_add_rule(f, hs->id, hs->severity, hs->tags);

	/* libmagic types the content when a rule can read `mime`; otherwise
	 * the verdict does not depend on it (hostsweep's own checks use the
	 * image signatures below) and it is asked only to describe a finding.
	 * It is the dearest step of the pipeline, so this is most of what
	 * separates hostsweep's speed from yara's. */
	char mimebuf[128] = "";
	unsigned char yara_ext[16] = {0};
	unsigned memo = 0;
	if (e->memo) {
		unsigned flags = memo_get(e->memo, raw, mimebuf, sizeof(mimebuf), NULL);
		if (e->rules_use_mime && !(flags & MEMO_MIME)) {
			content_type(w, buf, len, mimebuf, sizeof(mimebuf));
			memo_put(e->memo, raw, MEMO_MIME, mimebuf, NULL);
		}
		/* the externals are known now (mime included): ask again for YARA */
		externals_digest(e->rule_externals, name, ext, fi->path, mimebuf, owner_web,
		                 in_docroot, in_uploads, in_hidden, yara_ext);
		memo = memo_get(e->memo, raw, mimebuf, sizeof(mimebuf), yara_ext);
	} else if (e->rules_use_mime) {
		content_type(w, buf, len, mimebuf, sizeof(mimebuf));
	}

	/* mimebuf is not written again before the decoded layers are matched */
	const struct yara_externals x = {.name = name,
	                                 .ext = ext,
	                                 .path = fi->path,
	                                 .mime = mimebuf,
	                                 .owner_web = owner_web,
	                                 .in_docroot = in_docroot,
	                                 .in_uploads = in_uploads,
	                                 .in_hidden_dir = in_hidden};
	w->nscan++;
	/* quoted code: rules matched only inside inert string literals */
	struct php_quoted quoted;
	php_quoted_begin(&quoted, buf, len, ext);
	YR_SCANNER *ysc = NULL;
	unsigned char *gate = NULL; /* NULL: every pattern runs */
	__atomic_add_fetch(&e->yara_files, 1, __ATOMIC_RELAXED);
	if (memo & MEMO_YARA_CLEAN)
		__atomic_add_fetch(&e->yara_reused, 1, __ATOMIC_RELAXED);
	else if (!(ysc = yara_scanner(w, &x, buf, len))) {
		if (e->memo) /* no rule can match this content */
			memo_put(e->memo, raw, MEMO_YARA_CLEAN, NULL, yara_ext);
	} else {
		if (e->patterns->gate_src)
			gate = xcalloc(e->patterns->n, 1);
		struct yara_cb_state ys = {.f = f,
		                           .scanner = ysc,
		                           .quoted = &quoted,
		                           .gate = gate,
		                           .ngate = gate ? e->patterns->n : 0};
		yr_scanner_set_callback(ysc, yara_cb, &ys);
		size_t before = f->rules.n;
		int yr = yr_scanner_scan_mem(ysc, buf, len);
		if (yr != ERROR_SUCCESS) { /* not read to the end: every pattern runs */
			free(gate);
			gate = NULL;
		}
		if (yr == ERROR_SCAN_TIMEOUT || yr == ERROR_TOO_MANY_MATCHES) {
			res = SCAN_INCONCLUSIVE;
		} else if (yr != ERROR_SUCCESS) {
			hs_debug("YARA error %d", yr);
			res = SCAN_INCONCLUSIVE;
		} else if (f->rules.n == before && e->memo) {
			memo_put(e->memo, raw, MEMO_YARA_CLEAN, NULL, yara_ext);
		}
	}

	bool is_elf = len >= 4 && memcmp(buf,
	                                 "\x7f"
	                                 "ELF",
	                                 4) == 0;
	bool textish = !is_elf && (ext_in(ext, php_exts, HS_ARRAY_LEN(php_exts)) ||
	                           memchr(buf, '\0', len < 4096 ? len : 4096) == NULL ||
	                           strncmp(mimebuf, "text/", 5) == 0);
	if (textish && !(memo & MEMO_PCRE_CLEAN)) {
		size_t before = f->rules.n;
		/* a Markdown page or a .js that quotes PHP is not PHP code; the
		 * memo is by content alone, so a verdict that skipped the PHP
		 * patterns for the file's type alone is not kept */
		bool tag = php_has_open_tag(buf, len);
		bool may_be_php = tag && php_is_code(buf, len, ext);
		w->pm.quoted = php_quoted_pcre;
		w->pm.quoted_ud = &quoted;
		int pinc = patterns_scan(e->patterns, &w->pm, buf, len, may_be_php, gate, f);
		w->pm.quoted = NULL;
		if (pinc > 0)
			res = SCAN_INCONCLUSIVE;
		else if (before == 0 && f->rules.n == 0 && e->memo && (may_be_php || !tag))
			memo_put(e->memo, raw, MEMO_PCRE_CLEAN, NULL, NULL);
	}
	free(gate);
	bool php_clean = (memo & MEMO_PHP_CLEAN) != 0;
	if ((textish || ext_in(ext, image_exts, HS_ARRAY_LEN(image_exts)) ||
	     image_signature(buf, len)) &&
	    !(memo & MEMO_PHP_CLEAN) && !is_elf) {
		/* MEMO_PHP_CLEAN: neither the PHP layer nor the script layers
		 * decoded anything (both by content alone) */
		bool memoizable = true, php_code = php_has_open_tag(buf, len);
		if (e->cfg->php_analysis)
			php_clean = php_layer(w, buf, len, &x, f, &res, &memoizable, &php_code);
		bool script_clean = !textish || php_code || script_layer(w, buf, len, &x, f, &res);
		if (php_clean && script_clean && memoizable && e->memo)
			memo_put(e->memo, raw, MEMO_PHP_CLEAN, NULL, NULL);
	}
	php_quoted_settle(&quoted, f, php_clean && e->cfg->php_analysis);
	php_quoted_end(&quoted);
	if (!strcmp(name, ".htaccess") || !strcmp(name, ".user.ini")) {
		struct patterns sub = {.v = e->builtin->v, .n = 0};
		/* built-ins: the first HTACCESS_BUILTINS lines are for .htaccess, the
		 * rest for .user.ini */
		if (!strcmp(name, ".htaccess")) {
			sub.v = e->builtin->v;
			sub.n = HTACCESS_BUILTINS;
		} else {
			sub.v = e->builtin->v + HTACCESS_BUILTINS;
			sub.n = e->builtin->n - HTACCESS_BUILTINS;
		}
		patterns_scan(&sub, &w->pm, buf, len, true, NULL, f);
	}

	/* Content against name: PHP hidden in images (anywhere: a GIF header
	 * in front is the classic disguise) and plain-text files that *are*
	 * PHP (start with the tag: documentation merely quotes it). */
	bool img = ext_in(ext, image_exts, HS_ARRAY_LEN(image_exts)) || image_signature(buf, len);
	if (img || ext_in(ext, text_exts, HS_ARRAY_LEN(text_exts))) {
		const unsigned char *p = NULL;
		if (img) {
			p = find_nocase(buf, len, "<?php");
			if (!p)
				p = find_nocase(buf, len, "eval(");
		} else {
			size_t skip = len >= 3 && !memcmp(buf, "\xef\xbb\xbf", 3) ? 3 : 0;
			while (skip < len && (buf[skip] == ' ' || buf[skip] == '\t' ||
			                      buf[skip] == '\r' || buf[skip] == '\n'))
				skip++;
			if (len - skip >= 5 && find_nocase(buf + skip, 5, "<?php"))
				p = buf + skip;
		}
		if (p) {
			finding_add_rule(f, img ? "hs.php_in_image" : "hs.php_in_text_file",
			                 img ? HS_SEV_HIGH : HS_SEV_MEDIUM, "type-mismatch");
			size_t l = (size_t)(buf + len - p);
			finding_offer_evidence(f, img ? HS_SEV_HIGH : HS_SEV_MEDIUM, p,
			                       l < 80 ? l : 80);
		}
	}
	if (is_elf && in_docroot) {
		finding_add_rule(f, "hs.elf_in_docroot", HS_SEV_HIGH, "elf,type-mismatch");
		finding_offer_evidence(f, HS_SEV_HIGH, buf, len < 16 ? len : 16);
	}
	/* A file the shared web-server user wrote into a customer's docroot. */
	if (owner_web && fi->docroot && fi->docroot->account &&
	    !accounts_is_web_user(e->accounts, fi->docroot->uid)) {
		bool script = ext_in(ext, php_exts, HS_ARRAY_LEN(php_exts));
		finding_add_rule(f, "hs.web_owned_in_docroot", script ? HS_SEV_MEDIUM : HS_SEV_LOW,
		                 "web-owned");
	}

	if (f->rules.n) {
		if (!mimebuf[0])
			content_type(w, buf, len, mimebuf, sizeof(mimebuf));
		finding_set_file(f, e->accounts, fi->path, fi->st);
		finding_set_str(f, "mime", mimebuf);
		finding_set_int(f, "size", (long long)len);
		*out = f;
		return res == SCAN_INCONCLUSIVE ? SCAN_INCONCLUSIVE : SCAN_FINDING;
	}
	finding_free(f);
	*out = NULL;
	return res;
}

enum scan_result scan_worker_scan_fd(struct scan_worker *w, int fd, const struct file_info *fi,
                                     struct report *rep, struct finding **out)
{
	*out = NULL;
	size_t want = (size_t)fi->st->st_size;
	if (want + 1 > w->cap) {
		w->cap = want + 1;
		w->buf = xrealloc(w->buf, w->cap);
	}
	size_t got = 0;
	while (got < want) {
		ssize_t n = read(fd, w->buf + got, want - got);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			report_error(rep, fi->path, "read error", errno);
			return SCAN_FAILED;
		}
		if (n == 0)
			break; /* truncated since stat: scan what is there */
		got += (size_t)n;
	}
	if (got != want)
		report_count(rep, &rep->counts.vanished, 1);
	report_count(rep, &rep->counts.files, 1);
	report_count(rep, &rep->counts.bytes, got);
	enum scan_result r = scan_worker_scan_buffer(w, w->buf, got, fi, out);
	if (r == SCAN_INCONCLUSIVE)
		report_count(rep, &rep->counts.inconclusive, 1);
	/* Do not keep a huge buffer around after one big file. */
	if (w->cap > 4u * 1024 * 1024) {
		free(w->buf);
		w->buf = NULL;
		w->cap = 0;
	}
	return r;
}
