/* The table of PHP built-ins the interpreter models (enum bid, builtins[])
 * and the decoders (base64, gzinflate, rot13 ...) that fold their results.
 * Separate: data about PHP's library, not about the parser. */
#include "scan/php_ev.h"
#include "scan/php_gate.h"

/* -------------------------------------------------------------- builtins */

struct builtin {
	const char *name;
	enum bid id;
};

/* Sorted by name (bsearch). */
static const struct builtin builtins[] = {
    {"add_action", B_MORE},
    {"add_filter", B_MORE},
    {"add_option", B_STORE_PUT},
    {"add_shortcode", B_MORE},
    {"add_site_option", B_MORE},
    {"addslashes", B_PASS},
    {"apache_request_headers", B_GETALLHEADERS},
    {"apcu_fetch", B_STORE_GET},
    {"apcu_store", B_STORE_PUT},
    {"array_chunk", B_PASS},
    {"array_column", B_MORE},
    {"array_combine", B_MORE},
    {"array_diff", B_MORE},
    {"array_diff_uassoc", B_CBLAST},
    {"array_diff_ukey", B_CBLAST},
    {"array_fill", B_MORE},
    {"array_fill_keys", B_MORE},
    {"array_filter", B_CB1},
    {"array_flip", B_MORE},
    {"array_intersect_uassoc", B_CBLAST},
    {"array_intersect_ukey", B_CBLAST},
    {"array_key_exists", B_KILL},
    {"array_key_first", B_MORE},
    {"array_key_last", B_MORE},
    {"array_keys", B_MORE},
    {"array_map", B_ARRAY_MAP},
    {"array_merge", B_ARRAY_MERGE},
    {"array_merge_recursive", B_ARRAY_MERGE},
    {"array_pad", B_MORE},
    {"array_pop", B_ARRAY_POP},
    {"array_reduce", B_ARRAY_REDUCE},
    {"array_replace", B_ARRAY_MERGE},
    {"array_reverse", B_ARRAY_REVERSE},
    {"array_search", B_MORE},
    {"array_shift", B_ARRAY_SHIFT},
    {"array_slice", B_ARRAY_SLICE},
    {"array_splice", B_ARRAY_SLICE}, /* returns what it cut out: the slice */
    {"array_udiff", B_CBLAST},
    {"array_udiff_assoc", B_CBLAST},
    {"array_uintersect", B_CBLAST},
    {"array_uintersect_assoc", B_CBLAST},
    {"array_unique", B_MORE},
    {"array_values", B_ARRAY_VALUES},
    {"array_walk", B_ARRAY_WALK},
    {"array_walk_recursive", B_ARRAY_WALK},
    {"assert", B_ASSERT},
    {"base64_decode", B_BASE64_DECODE},
    {"base64_encode", B_BASE64_ENCODE},
    {"base_convert", B_MORE},
    {"basename", B_MORE},
    {"bin2hex", B_BIN2HEX},
    {"bindec", B_MORE},
    {"boolval", B_KILL},
    {"call_user_func", B_CB0},
    {"call_user_func_array", B_CB0ARR},
    {"ceil", B_MORE},
    {"chop", B_RTRIM},
    {"chr", B_CHR},
    {"chunk_split", B_MORE},
    {"compact", B_COMPACT},
    {"constant", B_CONSTANT},
    {"convert_uudecode", B_UUDECODE},
    {"convert_uuencode", B_PASS},
    {"copy", B_COPY},
    {"count", B_COUNT},
    {"crc32", B_KILL},
    {"create_function", B_CREATE_FUNCTION},
    {"ctype_alnum", B_KILL},
    {"ctype_alpha", B_KILL},
    {"ctype_digit", B_KILL},
    {"curl_exec", B_CURL_EXEC},
    {"current", B_RESET},
    {"date", B_KILL},
    {"decbin", B_MORE},
    {"dechex", B_MORE},
    {"decoct", B_MORE},
    {"define", B_DEFINE},
    {"dns_get_record", B_CURL_EXEC}, /* records from the network: a TXT payload */
    {"end", B_END},
    {"ereg", B_TYPECHECK},
    {"eregi", B_TYPECHECK},
    {"error_log", B_MORE},
    {"esc_sql", B_MORE},
    {"escapeshellarg", B_SHESC},
    {"escapeshellcmd", B_SHESC},
    {"exec", B_CMD},
    {"exif_imagetype", B_TYPECHECK},
    {"exif_read_data", B_IMGMETA},
    {"exif_thumbnail", B_IMGMETA},
    {"explode", B_EXPLODE},
    {"extract", B_EXTRACT},
    {"fgetc", B_FREAD},
    {"fgetcsv", B_FREAD},
    {"fgets", B_FREAD},
    {"fgetss", B_FREAD},
    {"file", B_FILE},
    {"file_exists", B_MORE},
    {"file_get_contents", B_FILE_GET_CONTENTS},
    {"file_put_contents", B_FILE_PUT},
    {"filter_input", B_FILTER_INPUT},
    {"filter_input_array", B_FILTER_INPUT},
    {"filter_var", B_FILTER_VAR},
    {"filter_var_array", B_FILTER_VAR},
    {"finfo_buffer", B_TYPECHECK},
    {"finfo_file", B_TYPECHECK},
    {"floatval", B_KILL},
    {"floor", B_MORE},
    {"fopen", B_FOPEN},
    {"forward_static_call", B_CB0},
    {"forward_static_call_array", B_CB0ARR},
    {"fprintf", B_MORE}, /* to a sendmail pipe (php_ev_mail.c, phpmail2) */
    {"fputs", B_FWRITE},
    {"fread", B_FREAD},
    {"fsockopen", B_FSOCKOPEN},
    {"func_get_arg", B_FUNC_GET_ARG},
    {"func_get_args", B_FUNC_GET_ARGS},
    {"fwrite", B_FWRITE},
    {"get_defined_functions", B_MORE},
    {"get_option", B_STORE_GET},
    {"get_query_var", B_MORE},
    {"get_site_option", B_STORE_GET},
    {"get_site_transient", B_STORE_GET},
    {"get_transient", B_STORE_GET},
    {"getallheaders", B_GETALLHEADERS},
    {"getenv", B_GETENV},
    {"getimagesize", B_TYPECHECK},
    {"glob", B_LISTDIR},
    {"gzcompress", B_PASS},
    {"gzdecode", B_GZDECODE},
    {"gzdeflate", B_PASS},
    {"gzencode", B_PASS},
    {"gzfile", B_FILE}, /* a (gzipped) file's lines, as file() */
    {"gzinflate", B_GZINFLATE},
    {"gzuncompress", B_GZUNCOMPRESS},
    {"hash", B_KILL},
    {"hash_hmac", B_KILL},
    {"header_register_callback", B_MORE},
    {"hex2bin", B_HEX2BIN},
    {"hexdec", B_MORE},
    {"html_entity_decode", B_ENTITY_DECODE},
    {"htmlspecialchars", B_PASS},
    {"htmlspecialchars_decode", B_ENTITY_DECODE},
    {"iconv", B_PASS},
    {"imap_mail", B_MAIL},
    {"implode", B_IMPLODE},
    {"import_request_variables", B_IMPORT_REQ},
    {"in_array", B_TYPECHECK},
    {"ini_alter", B_MORE},
    {"ini_get", B_MORE},
    {"ini_set", B_MORE},
    {"intval", B_INTVAL},
    {"iptcparse", B_IMGMETA},
    {"is_file", B_MORE},
    {"is_numeric", B_KILL},
    {"is_readable", B_MORE},
    {"iterator_apply", B_CB1},
    {"iterator_to_array", B_ARRAY_VALUES}, /* a generator's list (phpmail2) */
    {"join", B_IMPLODE},
    {"json_decode", B_MORE},
    {"json_encode", B_KILL},
    {"key", B_MORE},
    {"lcfirst", B_LCFIRST},
    {"ltrim", B_LTRIM},
    {"mail", B_MAIL},
    {"map_deep", B_MORE},
    {"maybe_unserialize", B_UNSERIALIZE},
    {"mb_convert_encoding", B_PASS},
    {"mb_ereg", B_TYPECHECK},
    {"mb_ereg_replace", B_MB_EREG_REPLACE},
    {"mb_ereg_replace_callback", B_PREG_CB},
    {"mb_eregi", B_TYPECHECK},
    {"mb_eregi_replace", B_MB_EREG_REPLACE},
    {"mb_send_mail", B_MAIL},
    {"mb_split", B_SPLIT},
    {"mb_strtolower", B_LOWER},
    {"mb_strtoupper", B_UPPER},
    {"mb_substr", B_MORE},
    {"mcrypt_decrypt", B_DECRYPT},
    {"md5", B_KILL},
    {"mime_content_type", B_TYPECHECK},
    {"move_uploaded_file", B_MOVE_UPLOADED},
    {"next", B_RESET},
    {"nl2br", B_PASS},
    {"ob_start", B_OB_START},
    {"octdec", B_MORE},
    {"openssl_decrypt", B_DECRYPT},
    {"openssl_private_decrypt", B_DECRYPT},
    {"openssl_public_decrypt", B_DECRYPT},
    {"ord", B_ORD},
    {"pack", B_PACK},
    {"parse_ini_file", B_MORE}, /* a file's settings (php_ev_mail.c, phpmail2) */
    {"parse_str", B_PARSE_STR},
    {"parse_url", B_PASS},
    {"passthru", B_CMD},
    {"pathinfo", B_TYPECHECK},
    {"pcntl_exec", B_PCNTL_EXEC},
    {"popen", B_CMD},
    {"preg_filter", B_PREG_REPLACE},
    {"preg_match", B_TYPECHECK},
    {"preg_match_all", B_TYPECHECK},
    {"preg_replace", B_PREG_REPLACE},
    {"preg_replace_callback", B_PREG_CB},
    {"preg_replace_callback_array", B_PREG_CB},
    {"preg_split", B_SPLIT},
    {"proc_open", B_CMD},
    {"putenv", B_MORE},
    {"quoted_printable_decode", B_MORE},
    {"quoted_printable_encode", B_PASS},
    {"quotemeta", B_PASS},
    {"range", B_MORE},
    {"rawurldecode", B_RAWURLDECODE},
    {"rawurlencode", B_URLENC},
    {"read_exif_data", B_IMGMETA},
    {"readdir", B_LISTDIR},
    {"realpath", B_MORE},
    {"register_rest_route", B_MORE},
    {"register_shutdown_function", B_CB0},
    {"register_tick_function", B_CB0},
    {"rename", B_COPY}, /* an upload moved out of its temp name, as copy() */
    {"reset", B_RESET},
    {"round", B_KILL},
    {"rtrim", B_RTRIM},
    {"sanitize_file_name", B_MORE},
    {"sanitize_key", B_PASS},
    {"sanitize_text_field", B_PASS},
    {"sanitize_textarea_field", B_PASS},
    {"sanitize_title", B_PASS},
    {"sanitize_user", B_PASS},
    {"scandir", B_LISTDIR},
    {"serialize", B_KILL},
    {"session_id", B_PASS},
    {"session_set_save_handler", B_MORE},
    {"set_error_handler", B_MORE},
    {"set_exception_handler", B_SET_HANDLER},
    {"set_site_transient", B_STORE_PUT},
    {"set_transient", B_STORE_PUT},
    {"sha1", B_KILL},
    {"shell_exec", B_CMD},
    {"shortcode_atts", B_MORE},
    {"sizeof", B_COUNT},
    {"socket_accept", B_FSOCKOPEN},
    {"socket_create", B_FSOCKOPEN},
    {"socket_read", B_SOCKET_READ},
    {"socket_recv", B_SOCKET_READ},
    {"socket_recvfrom", B_SOCKET_READ},
    {"socket_send", B_FWRITE}, /* train6: the data is written as fwrite()'s */
    {"socket_write", B_FWRITE},
    {"sodium_crypto_aead_aes256gcm_decrypt", B_DECRYPT},
    {"sodium_crypto_aead_chacha20poly1305_ietf_decrypt", B_DECRYPT},
    {"sodium_crypto_aead_xchacha20poly1305_ietf_decrypt", B_DECRYPT},
    {"sodium_crypto_box_open", B_DECRYPT},
    {"sodium_crypto_secretbox_open", B_DECRYPT},
    {"spl_autoload_register", B_SET_HANDLER},
    {"split", B_SPLIT}, /* PHP 5's POSIX split(): a list (phpmail2) */
    {"spliti", B_SPLIT},
    {"sprintf", B_SPRINTF},
    {"sscanf", B_PASS},
    {"str_getcsv", B_MORE},
    {"str_ireplace", B_STR_IREPLACE},
    {"str_pad", B_MORE},
    {"str_repeat", B_STR_REPEAT},
    {"str_replace", B_STR_REPLACE},
    {"str_rot13", B_ROT13},
    {"str_split", B_STR_SPLIT},
    {"strchr", B_MORE},
    {"stream_copy_to_stream", B_MORE},
    {"stream_get_contents", B_FREAD},
    {"stream_register_wrapper", B_MORE},
    {"stream_resolve_include_path", B_MORE},
    {"stream_socket_accept", B_FSOCKOPEN},
    {"stream_socket_client", B_FSOCKOPEN},
    {"stream_socket_recvfrom", B_SOCKET_READ},
    {"stream_socket_server", B_FSOCKOPEN},
    {"stream_wrapper_register", B_MORE},
    {"strip_tags", B_PASS},
    {"stripcslashes", B_STRIPSLASHES},
    {"stripslashes", B_STRIPSLASHES},
    {"stripslashes_deep", B_PASS},
    {"stristr", B_MORE},
    {"strlen", B_STRLEN},
    {"strpos", B_KILL},
    {"strrchr", B_MORE},
    {"strrev", B_STRREV},
    {"strstr", B_MORE},
    {"strtok", B_PASS},
    {"strtolower", B_LOWER},
    {"strtoupper", B_UPPER},
    {"strtr", B_STRTR},
    {"strval", B_STRVAL},
    {"substr", B_SUBSTR},
    {"substr_replace", B_SUBSTR_REPLACE},
    {"system", B_CMD},
    {"trigger_error", B_MORE},
    {"trim", B_TRIM},
    {"uasort", B_USORT},
    {"ucfirst", B_UCFIRST},
    {"ucwords", B_UCWORDS},
    {"uksort", B_USORT},
    {"unpack", B_UNPACK},
    {"unserialize", B_UNSERIALIZE},
    {"update_option", B_STORE_PUT},
    {"update_site_option", B_STORE_PUT},
    {"urldecode", B_URLDECODE},
    {"urlencode", B_URLENC},
    {"user_error", B_MORE},
    {"usort", B_USORT},
    {"var_export", B_KILL},
    {"vfprintf", B_MORE},
    {"vsprintf", B_MORE},
    {"wordwrap", B_MORE},
    {"wp_cache_get", B_STORE_GET},
    {"wp_cache_set", B_STORE_PUT},
    {"wp_check_filetype", B_TYPECHECK},
    {"wp_check_filetype_and_ext", B_TYPECHECK},
    {"wp_handle_upload", B_TYPECHECK},
    {"wp_kses", B_PASS},
    {"wp_kses_post", B_PASS},
    {"wp_mail", B_MAIL},
    {"wp_parse_args", B_MORE},
    {"wp_parse_str", B_PARSE_STR},
    {"wp_remote_get", B_CURL_EXEC},
    {"wp_remote_post", B_CURL_EXEC},
    {"wp_remote_request", B_CURL_EXEC},
    {"wp_remote_retrieve_body", B_PASS},
    {"wp_safe_remote_get", B_CURL_EXEC},
    {"wp_strip_all_tags", B_PASS},
    {"wp_unslash", B_PASS},
    {"yaml_parse", B_MORE},
    {"yaml_parse_file", B_MORE},
    {"yaml_parse_url", B_MORE},
};

static int bcmp_name(const void *k, const void *e)
{
	return strcmp(k, ((const struct builtin *)e)->name);
}

enum bid builtin_id(const char *lname)
{
	const struct builtin *b =
	    bsearch(lname, builtins, HS_ARRAY_LEN(builtins), sizeof(builtins[0]), bcmp_name);
	return b ? b->id : B_NONE;
}

/* Functions that run code or commands: a callee that folds to one of
 * these, called dynamically, is the mark of a hidden shell. */
bool dangerous(enum bid id)
{
	return id == B_ASSERT || id == B_CREATE_FUNCTION || id == B_CMD || id == B_PCNTL_EXEC ||
	       id == B_PREG_REPLACE || id == B_MB_EREG_REPLACE;
}

bool php_ev_name_dangerous(const char *lname)
{
	/* phpmail2: call_user_func('mail', ..) in a loop, for the gate only */
	enum bid id = builtin_id(lname);
	return dangerous(id) || id == B_MAIL;
}

const char *php_ev_builtin_name(size_t i)
{
	return i < HS_ARRAY_LEN(builtins) ? builtins[i].name : NULL;
}

/* Functions that are harmless to call with folded names (used by
 * obfuscators and by honest code alike) but whose name, built, marks
 * obfuscation: file writes, uploads, mail, sockets. */
bool sensitive(enum bid id)
{
	return id == B_FILE_PUT || id == B_FWRITE || id == B_MOVE_UPLOADED || id == B_MAIL ||
	       id == B_FSOCKOPEN || id == B_BASE64_DECODE || id == B_GZINFLATE ||
	       id == B_GZUNCOMPRESS || id == B_ROT13;
}

/* ------------------------------------------------------------- decoding */

struct pv from_fb(struct P *P, uint32_t fl, const char *how, const struct pv *in)
{
	struct C *C = P->C;
	C->decoded += C->fb.n;
	struct pv r = str_of(C, C->fb.p ? C->fb.p : (const unsigned char *)"", C->fb.n, fl);
	r.how = how;
	if (in)
		merge_taint(&r, in);
	return r;
}

size_t fold_room(struct C *C)
{
	size_t room = C->decoded < C->decoded_max ? C->decoded_max - C->decoded : 0;
	return room < 4u * 1024 * 1024 ? room : 4u * 1024 * 1024;
}

/* preg_replace with a literal pattern: the modifiers (is it /e?) and, for
 * folding, the replacement done by PCRE2 with a match limit. */
bool preg_parts(const struct pv *pat, const unsigned char **body, size_t *blen, char *mods,
                size_t modlen)
{
	if (!is_str(pat) || pat->n < 2)
		return false;
	const unsigned char *s = pat->s;
	size_t n = pat->n, i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
		i++;
	if (i >= n)
		return false;
	unsigned char d = s[i], e = d;
	if (d == '(')
		e = ')';
	else if (d == '{')
		e = '}';
	else if (d == '[')
		e = ']';
	else if (d == '<')
		e = '>';
	else if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9') ||
	         d == '\\')
		return false;
	size_t j = n;
	while (j > i + 1 && s[j - 1] != e)
		j--;
	if (j <= i + 1)
		return false;
	*body = s + i + 1;
	*blen = j - 1 - (i + 1);
	size_t ml = n - j < modlen - 1 ? n - j : modlen - 1;
	memcpy(mods, s + j, ml);
	mods[ml] = '\0';
	return true;
}

/* train6: is this extension one PHP or the web server could run, or that
 * configures them (.htaccess, .user.ini)? */
static bool ext_runnable(const unsigned char *e, size_t n)
{
	static const char *const bad[] = {"inc", "htaccess", "ini",  "shtml", "shtm",
	                                  "cgi", "pl",       "py",   "asp",   "aspx",
	                                  "jsp", "sh",       "phar", "pht"};
	char l[16];
	if (n == 0 || n >= sizeof(l))
		return true;
	const unsigned char *q = memchr(e, '?', n);
	if (q && q > e) {
		/* "ya?ml", "jpe?g": both spellings */
		unsigned char w[16];
		size_t at = (size_t)(q - e);
		memcpy(w, e, at);
		memcpy(w + at, q + 1, n - at - 1);
		if (ext_runnable(w, n - 1))
			return true;
		memcpy(w, e, at - 1);
		memcpy(w + at - 1, q + 1, n - at - 1);
		return at - 1 + (n - at - 1) == 0 || ext_runnable(w, n - 2);
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = e[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
			return true; /* a class, a wildcard: not a list of names */
		l[i] = (char)(c | 0x20);
	}
	l[n] = '\0';
	if (l[0] == 'p' && l[1] == 'h')
		return true; /* php, php5, phtml, phps... */
	for (size_t i = 0; i < HS_ARRAY_LEN(bad); i++)
		if (!strcmp(l, bad[i]))
			return true;
	return false;
}

/* train6: "/\.(txt|md|json)$/i", "~\.csv\z~": the name must end in one of
 * these extensions, none runnable (ext_runnable). Not with /m (where $
 * matches at every line) or /x. */
bool ext_allowlist(const struct pv *pat)
{
	const unsigned char *b;
	size_t n;
	char mods[16];
	if (!preg_parts(pat, &b, &n, mods, sizeof(mods)) || strchr(mods, 'm') || strchr(mods, 'x'))
		return false;
	if (n >= 2 && b[n - 2] == '\\' && (b[n - 1] == 'z' || b[n - 1] == 'Z'))
		n -= 2;
	else if (n >= 1 && b[n - 1] == '$')
		n -= 1;
	else
		return false;
	size_t start;
	if (n >= 1 && b[n - 1] == ')') {
		size_t k = n - 1;
		while (k > 0 && b[k - 1] != '(')
			k--;
		if (k == 0)
			return false;
		start = k - 1;
		size_t a = k;
		if (a + 1 < n && b[a] == '?' && b[a + 1] == ':')
			a += 2;
		for (size_t j = a; j <= n - 1; j++)
			if (j == n - 1 || b[j] == '|') {
				if (ext_runnable(b + a, j - a))
					return false;
				a = j + 1;
			}
	} else {
		size_t k = n;
		while (k > 0 && ((b[k - 1] | 0x20) >= 'a' && (b[k - 1] | 0x20) <= 'z'))
			k--;
		if (k == n || ext_runnable(b + k, n - k))
			return false;
		start = k;
	}
	return start >= 2 && b[start - 2] == '\\' && b[start - 1] == '.';
}

/* a common document, picture or data extension */
static bool ext_known(const unsigned char *e, size_t n)
{
	static const char *const known[] = {"txt",  "md",  "json", "csv",  "log", "xml",  "yml",
	                                    "yaml", "css", "js",   "html", "htm", "jpg",  "jpeg",
	                                    "png",  "gif", "webp", "svg",  "pdf", "zip",  "doc",
	                                    "docx", "xls", "xlsx", "odt",  "ppt", "pptx", "mp3",
	                                    "mp4",  "ico", "bmp",  "rtf",  "tsv", "gz",   "tar"};
	for (size_t i = 0; i < HS_ARRAY_LEN(known); i++)
		if (strlen(known[i]) == n && !strncasecmp(known[i], (const char *)e, n))
			return true;
	return false;
}

/* train6: in_array($ext, ['jpg', 'png', '.txt']): a literal list of
 * extensions, none runnable; when what is tested is not known to be a
 * part of a name (pathinfo), every one a common extension (not an action
 * name: ['save', 'list']) */
bool ext_list(const struct pv *list, bool part)
{
	if (list->k != K_ARR || !list->a || list->taint || list->a->n == 0 || list->a->n > 64)
		return false;
	for (uint32_t i = 0; i < list->a->n; i++) {
		const struct pv *v = &list->a->v[i].val;
		if (!is_str(v) || v->taint)
			return false;
		const unsigned char *e = v->s;
		size_t n = v->n;
		if (n && e[0] == '.')
			e++, n--;
		if (ext_runnable(e, n) || (!part && !ext_known(e, n)))
			return false;
	}
	return true;
}

bool fold_preg(struct P *P, const struct pv *pat, const struct pv *rep, const struct pv *subj,
               struct pv *out)
{
	struct C *C = P->C;
	const unsigned char *body;
	size_t blen;
	char mods[16];
	if (!is_str(rep) || !is_str(subj) || !preg_parts(pat, &body, &blen, mods, sizeof(mods)) ||
	    C->preg_compiles >= 32 || strchr(mods, 'e'))
		return false;
	uint32_t opt = 0;
	for (const char *m = mods; *m; m++) {
		if (*m == 'i')
			opt |= PCRE2_CASELESS;
		else if (*m == 'm')
			opt |= PCRE2_MULTILINE;
		else if (*m == 's')
			opt |= PCRE2_DOTALL;
		else if (*m == 'x')
			opt |= PCRE2_EXTENDED;
		else if (*m == 'u')
			opt |= PCRE2_UTF;
		else if (*m != '\n' && *m != ' ' && *m != 'D' && *m != 'U')
			return false;
	}
	C->preg_compiles++;
	int err;
	PCRE2_SIZE eoff;
	pcre2_code *code = pcre2_compile(body, blen, opt, &err, &eoff, NULL);
	if (!code)
		return false;
	pcre2_match_context *mc = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(mc, 100000);
	pcre2_set_depth_limit(mc, 1000);
	/* PHP's $1 and \1 are PCRE2's $1 */
	unsigned char rbuf[512];
	size_t rl = 0;
	for (uint32_t i = 0; i < rep->n && rl + 3 < sizeof(rbuf); i++) {
		unsigned char c = rep->s[i];
		if (c == '\\' && i + 1 < rep->n && rep->s[i + 1] >= '0' && rep->s[i + 1] <= '9') {
			rbuf[rl++] = '$';
			continue;
		}
		if (c == '$' && !(i + 1 < rep->n && rep->s[i + 1] >= '0' && rep->s[i + 1] <= '9'))
			rbuf[rl++] = '$';
		rbuf[rl++] = c;
	}
	bool ok = false;
	size_t room = fold_room(C);
	PCRE2_SIZE olen = subj->n * 2 + 256 < room ? subj->n * 2 + 256 : room;
	unsigned char *o = olen ? xmalloc(olen + 1) : NULL;
	if (o) {
		int rc = pcre2_substitute(code, subj->s, subj->n, 0, PCRE2_SUBSTITUTE_GLOBAL, NULL,
		                          mc, rbuf, rl, o, &olen);
		if (rc >= 0) {
			*out = str_of(C, o, olen, F_FOLDED | (subj->fl & F_DECODED));
			out->how = "preg_replace";
			C->decoded += olen;
			ok = out->k == K_STR;
		}
		free(o);
	}
	pcre2_match_context_free(mc);
	pcre2_code_free(code);
	return ok;
}
