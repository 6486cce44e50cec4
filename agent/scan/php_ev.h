/* Internal interface of the PHP layer's abstract interpreter (php_eval.h is
 * the public one): the values, the context and the parser state shared by
 * the php_ev_*.c files and php_eval.c, and the functions one of them calls
 * in another. The interpreter was one file; it is split by concern so each
 * part can be read and changed on its own. Include it only from those
 * files. */
#ifndef HS_PHP_EV_H
#define HS_PHP_EV_H

#include "scan/php_eval.h"
#include "scan/php_fold.h"
#include "scan/php_lex.h"
#include "util.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

enum { K_UNK, K_STR, K_ARR, K_FUNC, K_OBJ };

#define F_FOLDED  0x0001u /* computed from literals (concatenation, chr, indexing...) */
#define F_DECODED 0x0002u /* went through a decoder (base64, gzinflate, rot13, XOR...) */
#define F_ESCAPED 0x0004u /* a literal with letters written as escapes */
#define F_FILE    0x0008u /* data read from a file or a file handle */
#define F_SHESC   0x0010u /* escapeshellarg()ed */
#define F_SUPER   0x0020u /* a superglobal array itself */
#define F_SERVER  0x0040u /* $_SERVER: only its HTTP_* entries are input */
#define F_REMOTE  0x0080u /* data fetched from a URL */
#define F_REFLECT 0x0100u /* a ReflectionFunction: s is the function's name */
#define F_NUM     0x0200u /* a number (s is its decimal text) */
#define F_SOCKET  0x0400u /* a socket handle */
#define F_SMTP    0x0800u /* text holding SMTP envelope commands */
#define F_WHANDLE 0x1000u /* a handle opened for writing */
#define F_PLAIN   0x2000u /* a literal exactly as written in the source */
#define F_KPREFIX 0x4000u /* unknown, but it starts with known text (a fixed path or program) */
#define F_SHELLVAR                                                                                 \
	0x8000u /* the system's command interpreter: $_SERVER['COMSPEC'], getenv('SHELL') */
#define F_URLENC 0x10000u /* input through urlencode(): not harmless in a data: stream */
/* ord() of input and arithmetic on it: a byte of the request as a number.
 * It is input again through chr() (a decryptor's chr(ord($d[$i]) ^ ord($k[$j]))),
 * and stays input in a plain variable ($c = ord(..) ^ ..; chr($c)); merged
 * into other values, returned from a function or stored in an array it is a
 * number computed from input (a length, a checksum, a header field), not input */
#define F_BYTEIN 0x20000u
/* input that lands where a command's program goes after a shell separator of
 * the known text before it ('echo x | sudo -S ' . $c, 'cd ' . $d . ' && ' . $c):
 * set by concat, read by sink_cmd (cmd_after_sep) */
#define F_CMDIN 0x40000u
/* known text naming, where a program goes, a file written with data the file
 * decoded ("./bk ", "perl /tmp/.x "): set by concat (dropped_prog_text) */
#define F_DROPRUN 0x80000u
/* a hash of request input (md5, sha1, hash, crc32) and what is computed from
 * it byte by byte (ord, arithmetic, chr, writes at string offsets, decoders):
 * the key of a payload the request unlocks. Not input (no taint); eval of
 * decoded data carrying it is php.input_keyed_eval (sink_code) */
#define F_KEYIN 0x400000u
/* the Reflection API beyond ReflectionFunction (reflect_new, reflect_more) */
#define F_REFLM   0x800000u  /* a ReflectionMethod: a[0] is the callee ("C::m", [obj, 'm']) */
#define F_REFLC   0x1000000u /* a ReflectionClass / ReflectionObject: a[0] is the class */
#define F_WSCRIPT 0x2000000u /* a handle opened for writing on a path run as PHP (fetch_drop) */

/* a pipe to sendmail: what is written there is mail (pipe_more) */
#define F_MAILPIPE 0x200000u

/* payloads kept elsewhere and directory walks (php_ev_payload.c) */
#define F_STORED   0x4000000u  /* kept outside this file: another file, an option, the session */
#define F_ASSET    0x8000000u  /* bytes of a picture, a style sheet, a font, a data file; EXIF */
#define F_SELFPATH 0x10000000u /* a path naming this very file: __FILE__, SCRIPT_FILENAME */
#define F_LISTED   0x20000000u /* a name found by a directory walk (scandir, glob, readdir...) */
#define F_CODETXT  0x40000000u /* unknown, holding known code text (an infector's payload) */
/* where data came from: carried as F_FILE and F_REMOTE are */
#define F_ORIGIN (F_STORED | F_ASSET | F_LISTED | F_CODETXT)
/* round 4 (php_ev_entry.c): a path through basename(), no directory in the
 * input part; a path variable naming a file the request's data was written to */
#define F_BASENAME 0x100000u
#define F_HOLDSIN  0x80000000u

#define BUILT (F_FOLDED | F_DECODED | F_ESCAPED)

/* pv.cred: request fields whose names say what they hold, and the visitor's
 * fingerprint, for the credential-exfiltration sink (cred_call). */
#define CR_SECRET 0x01u /* a password, card, CVV, PIN, OTP, SSN... field */
#define CR_USER   0x02u /* a user name, login or e-mail field */
#define CR_FP     0x04u /* the visitor: REMOTE_ADDR, user agent, reverse DNS */
#define CR_DUMP   0x08u /* every field of $_POST/$_GET/$_REQUEST, whatever its name */
#define CR_APPEND 0x10u /* a handle opened to append */
#define CR_MIX    0x20u /* a credential and the visitor's address in one text (cred_blob) */
#define CR_STRUCT 0x40u /* separate fields of an array serialized (json_encode...) */
#define CR_LOGIN  0x80u /* a password, PIN or one-time code (not a card: gateways take cards) */

/* pv.xf */
#define XF_SITECONF 0x01u /* the site's configuration: wp-config.php, .env, DB_PASSWORD */
#define XF_SITENAME 0x02u /* the site's own name: $_SERVER['HTTP_HOST'], SERVER_NAME */

struct parr;
struct fdef;

struct pv {
	uint8_t k;
	uint8_t cred;   /* CR_*: what a phishing back end sends away (php_cred_*) */
	uint16_t kpre;  /* known text with input: the length of its untainted beginning */
	uint32_t fl;    /* F_* */
	uint16_t taint; /* which request input reaches it (bits of src_names) */
	uint8_t xf;     /* XF_*: what the site keeps secret (php_ev_exfil.c) */
	uint32_t n;
	const unsigned char *s;
	struct parr *a;
	const char *src; /* the input it came from ("$_POST['c']") */
	const char *via; /* variables it went through ("$x -> $y") */
	const char *how; /* the last fold that built it ("str_rot13") */
	struct fdef *fn;
	uint16_t wtaint; /* a write handle: taint of the path it was opened on */
	uint16_t param;  /* a function evaluated on its own: which parameters reach it */
	uint32_t sfxn;   /* unknown, ending with known text: its length */
	const unsigned char *sfx;
};

struct pel {
	struct pv key, val;
};

struct parr {
	uint32_t n, cap;
	struct pel *v;
	uint32_t next; /* next integer key */
	/* taint written where no element shows it: under a key not known
	 * ($a[$k] = $_GET['v']), deeper than kept, or reordered by sort():
	 * any element may hold it (index_val) */
	uint16_t loose;
	uint32_t *idx; /* hash index of the keys (slot = element + 1), when large */
	uint32_t icap;
};

#define ARR_MAX 4096

struct chunk {
	struct chunk *next;
	size_t used, cap;
	unsigned char mem[];
};

struct var {
	const unsigned char *name;
	uint32_t nlen;
	uint32_t hash;
	struct pv v;
};

struct map {
	struct var *t;
	size_t cap, n;
};

struct param {
	const unsigned char *name;
	uint32_t nlen;
	size_t def_b, def_e; /* default value tokens (def_b == def_e: none) */
	bool variadic;
	bool ref; /* &$x: what the body assigns goes back to the caller (byref_back) */
};

struct fdef {
	struct php_lex *lx; /* where its tokens are */
	size_t body_b, body_e;
	bool arrow; /* fn() => expr: the body is one expression */
	struct param p[16];
	int np;
	char name[64]; /* lower case; "" for a closure */
	char cls[64];
	bool method;
	int evals;
	bool active;
	uint8_t hooked; /* a framework's hook callback (add_action...): an entry point; 2: a
	                 * shortcode's, whose arguments are what visitors wrote (ev_hook_arg) */
	int layer;
	struct fdef *next; /* the next one of the same name */
};

struct scope {
	struct map vars;
	uint16_t extract_taint; /* extract($_POST) & co: unknown variables are input */
	const char *extract_src;
	bool type_check; /* the scope checks a file's type or name */
	/* train6: an exit/return guarded by an allow-list of the name's
	 * extensions (`if (!preg_match('/\\.(txt|md)$/', $n)) exit;`): what
	 * this scope writes after it is no script (stmt_inner, ext_allowlist) */
	bool name_allow;
	bool has_ret;
	struct pv ret;
	struct pv *args;
	int nargs;
	struct scope *global;
};

struct C {
	struct chunk *arena;
	size_t str_bytes, str_max;
	size_t work, work_max;
	size_t layer_credit;     /* work added by decoded layers (eval_layer) */
	size_t data_loop_credit; /* work added by loops over long strings (stmt) */
	bool stop;
	struct php_result *res;
	size_t hcap, lcap;
	struct php_lex *lex[PHP_MAX_LAYERS + 1];
	int nlex;
	struct fdef **fn;
	size_t nfn, capfn;
	struct map fnames, mnames; /* name -> first fdef (v.fn) */
	struct scope global;
	struct map consts, props;
	int call_depth;
	int input_loops;
	const char *loop_src; /* what the innermost such loop runs over */
	int long_loops;       /* loops being evaluated that run without end or by the clock */
	bool req_sock;        /* a socket was opened to a host the request names (php_ev_flood.c) */
	bool flooded;         /* php.request_flood was reported */
	bool exfiled;         /* php.config_exfil was reported (php_ev_exfil.c) */
	bool beaconed;        /* php.location_beacon was reported (php_ev_exfil.c) */
	size_t decoded, decoded_max;
	size_t max_tokens;
	struct fbuf fb;
	int preg_compiles;
	int depth;            /* of the recursion, across calls and layers */
	uint16_t props_taint; /* unserialize() of input: unknown properties are input */
	const char *wrap[8];  /* command functions a parameter reached (command wrappers) */
	int wrap_n;
	size_t wrap_tok;
	bool wrap_dyn; /* a parameter reached a call through an unknown callee (command wrappers) */
	bool drop_open;         /* a source file (.c, .pl, .py, .sh...) opened for writing */
	bool walks;             /* the file lists directories (scandir, glob, readdir, find...) */
	const char *drop_src;   /* input written to such a file: its trail (drop_run) */
	const char *drop_dec;   /* decoded data written to such a file: how it was decoded */
	int drop_net;           /* 1 + the layer that wrote decoded data that is a network shell
	                           (drop_net_check) */
	struct pv refout[4];    /* the last call's by-reference parameters, as it left them */
	unsigned char *cat_buf; /* the last long concatenation, with room after it (concat_grow) */
	size_t cat_len, cat_cap;
	unsigned char *ow_buf; /* the string the last offset write made (str_offset_write) */
	size_t ow_len;
	int nrefout;
	bool cred_messenger; /* a messenger's bot API was opened (cred_call) */
	/* request fields compared with words the file wrote ($job == 'subscribe'),
	 * and the first of those words (mail_word_compare) */
	struct {
		const char *src;
		const unsigned char *w;
		uint32_t wn;
		bool two; /* compared with two different words: one of a list */
	} mail_words[8];
	int nmail_words;
	/* a mailer object's message and the text written to an SMTP socket or a
	 * sendmail pipe, as far as seen (mail_method, mail_write): the request
	 * input that reached each part, and whether the recipient, subject and
	 * body were each a request field whole (php_ev_mail.c) */
	struct {
		uint16_t to, subj, body, from;
		bool to_whole, subj_whole, body_whole;
		bool fixed_to;    /* a message to a fixed address (a contact form's owner) */
		bool smtp;        /* SMTP commands were written to a socket */
		uint32_t body_fl; /* F_REMOTE of what reached the body: a letter fetched */
		bool api;         /* a mail API's HTTP endpoint was named (ev_mail_net, train6) */
		int cb_walks;     /* phpmail2: inside a callback walking a list (cb_walk) */
		const char *rcpt_loop; /* phpmail2: recipients added in a loop over this list */
	} ml;
	uint8_t cred_url;      /* CU_*: an outbound HTTP request was opened (cred_call) */
	uint8_t cred_rcpt;     /* CM_*: a mailer object's recipient (cred_method) */
	uint8_t cred_mbody;    /* cred bits of a mailer object's body (cred_method) */
	bool cred_db_remote;   /* a database on an outside host was opened (cred_new, cred_call) */
	struct pv err_handler; /* set_error_handler()'s callee: trigger_error() calls it */
	const char *props_src;
	unsigned validations;  /* calls of is_numeric, ctype_*, in_array ... so far */
	unsigned allow_guards; /* train6: allow-list matches of a name's extension so far */
	bool uncalled_pass;    /* running functions and methods nothing in the file calls */
	/* closures made but never called in the file: a framework calls them
	 * (add_action, add_filter, a router), so the uncalled pass runs them */
	struct pv *closures; /* CLOSURES_MAX, allocated at the first */
	int nclosures;
	struct pv autoload; /* webhigh: the callable spl_autoload_register() got (K_UNK: none) */
	struct {
		const unsigned char *s;
		uint32_t n;
	} goto_pend[16]; /* labels of gotos met inside a nested statement */
	int ngoto_pend;
	bool no_gate; /* php_limits.no_gate */
	/* round 4 (php_ev_entry.c): stored options, stream wrappers, checked
	 * input, the last path opened for writing; allocated at first use */
	struct ev_entry *ent;
	struct ev_write *wr; /* php_ev_write.c: files written, the zip opened... */
	struct ev_rglob *rg; /* php_ev_rglobals.c: request keys of the layer */
	/* in a magic method (or what it calls) of a file that unserializes
	 * input; in a hook callback (fdef.hooked) or what it calls */
	int magic_depth, hook_depth;
	/* fix8-web: does this file store request input in $_SESSION? 0 not
	 * looked yet, 1 no, 2 yes (ev_session_fed, php_ev_vars.c) */
	uint8_t sess_fed;
	/* php_ev_rglobals.c: the file's own bytes and the form fields in them */
	const unsigned char *src0;
	size_t src0_len;
	struct ev_fields *fields;
};

struct P {
	struct C *C;
	struct php_lex *lx;
	size_t i, end;
	struct scope *sc;
	int layer;
	int depth;
	bool in_str; /* parts of an interpolated string: "{" is not an index there */
	bool acc_on;
	uint16_t acc_taint, acc_fl;
	const char *acc_src; /* the first input source the header read */
	int cond_keep;       /* in a branch of an if that validated nothing (set_var) */
};
#define T_GET     0x01u
#define T_POST    0x02u
#define T_REQUEST 0x04u
#define T_COOKIE  0x08u
#define T_FILES   0x10u
#define T_SERVER  0x20u
#define T_HEADERS 0x40u
#define T_INPUT   0x80u

enum { LV_NONE, LV_VAR, LV_PROP, LV_VARVAR };

struct lv {
	uint8_t kind;
	const unsigned char *name;
	uint32_t nlen;
	struct scope *sc;
	struct pv keys[4];
	bool append[4];
	int nkeys;
	bool deep; /* more keys than kept: the base only gets the taint */
};

enum bid {
	B_NONE,
	/* sinks */
	B_ASSERT,
	B_CREATE_FUNCTION,
	B_CMD,
	B_PCNTL_EXEC,
	B_PREG_REPLACE,
	B_MB_EREG_REPLACE,
	B_CB0,
	B_CB0ARR,
	B_ARRAY_MAP,
	B_CB1,
	B_ARRAY_WALK,
	B_ARRAY_REDUCE,
	B_PREG_CB,
	B_OB_START,
	B_SET_HANDLER,
	B_USORT,
	B_FILE_PUT,
	B_FWRITE,
	B_MOVE_UPLOADED,
	B_COPY,
	B_FOPEN,
	B_MAIL,
	B_FSOCKOPEN,
	/* sources */
	B_GETALLHEADERS,
	B_GETENV,
	B_FILTER_INPUT,
	B_FILE_GET_CONTENTS,
	B_FILE,
	B_FREAD,
	B_CURL_EXEC,
	B_STORE_GET, /* get_option(), get_transient()...: kept by another file */
	B_STORE_PUT, /* update_option(), set_transient()...: kept for another file */
	B_DECRYPT,   /* openssl_decrypt(), mcrypt_decrypt(): a decoder with a key */
	B_IMGMETA,   /* exif_read_data(), iptcparse(): a picture's metadata */
	B_LISTDIR,   /* scandir(), glob(), readdir(): a directory walk */
	B_EXTRACT,
	B_PARSE_STR,
	B_IMPORT_REQ,
	B_FUNC_GET_ARGS,
	B_FUNC_GET_ARG,
	B_DEFINE,
	B_CONSTANT,
	/* checks and sanitizers */
	B_TYPECHECK,
	B_KILL,
	B_URLENC,
	B_SHESC,
	/* folding */
	B_STRREV,
	B_ROT13,
	B_LOWER,
	B_UPPER,
	B_UCFIRST,
	B_LCFIRST,
	B_UCWORDS,
	B_TRIM,
	B_LTRIM,
	B_RTRIM,
	B_BASE64_DECODE,
	B_BASE64_ENCODE,
	B_HEX2BIN,
	B_BIN2HEX,
	B_PACK,
	B_URLDECODE,
	B_RAWURLDECODE,
	B_UUDECODE,
	B_GZINFLATE,
	B_GZUNCOMPRESS,
	B_GZDECODE,
	B_STRIPSLASHES,
	B_STR_REPLACE,
	B_STR_IREPLACE,
	B_SUBSTR,
	B_STR_REPEAT,
	B_SPRINTF,
	B_IMPLODE,
	B_EXPLODE,
	B_CHR,
	B_ORD,
	B_STRVAL,
	B_STR_SPLIT,
	B_ARRAY_REVERSE,
	B_ARRAY_VALUES,
	B_END,
	B_RESET,
	B_ARRAY_POP,
	B_ARRAY_SHIFT,
	B_STRTR,
	B_ENTITY_DECODE,
	B_ARRAY_MERGE,
	B_PASS,
	B_COMPACT,
	B_ARRAY_SLICE,
	B_STRLEN,
	B_COUNT,
	B_INTVAL,
	B_SUBSTR_REPLACE,
	B_CBLAST,
	B_FILTER_VAR,
	B_SOCKET_READ,
	B_UNPACK, /* fix8-web: unpack('C*', $s): the bytes as numbers */
	B_UNSERIALIZE,
	B_SPLIT,
	B_MORE, /* more_builtin() */
};

#define MAX_ARGS 16
/* Recursion of the parser (expressions, statements, calls, layers
 * together): about 10 KB of stack a level at most. */
#define MAX_DEPTH 240

extern const char *const src_names[];
extern const struct php_token eof_tok;
extern const char how_gdf[];
extern const char how_gdf_fn[];

/* php_ev_ctx.c */
void *amem(struct C *C, size_t n);
unsigned char *astr(struct C *C, size_t n);
const char *afmt(struct C *C, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
struct pv unk_like(const struct pv *a);
struct pv str_of(struct C *C, const void *s, size_t n, uint32_t fl);
struct pv str_ref(const unsigned char *s, size_t n, uint32_t fl);
struct pv num_of(struct C *C, long long x);
bool is_str(const struct pv *v);
bool name_in(const char *p, const char *const *names, size_t n);
bool pv_is_word(const struct pv *v, const char *w);
long long to_int(const struct pv *v, bool *ok);
/* A byte value of input (F_BYTEIN) returned or stored: a number, no longer input */
void drop_bytes(struct pv *v);
void merge_taint(struct pv *dst, const struct pv *a);
void merge_elem_taint(struct pv *dst, const struct pv *v);
bool name_eq(const unsigned char *a, size_t an, const unsigned char *b, size_t bn, bool nocase);
struct var *map_find(struct map *m, const unsigned char *name, size_t n, bool nocase, bool create);
void map_free(struct map *m);
enum hs_severity write_sev(const struct P *P);
const char *write_where(const struct P *P);
void hit(struct P *P, const char *rule, enum hs_severity sev, size_t tok, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
const char *trail(struct P *P, const struct pv *v);
void skip_group(struct P *P);
const unsigned char *tval(const struct P *P, const struct php_token *t);
void base_name(const unsigned char *s, size_t n, const unsigned char **b, size_t *bn);
void lower_copy(char *out, size_t outlen, const unsigned char *s, size_t n);

/* php_ev_vars.c */
struct fdef *fn_find(struct C *C, const char *name, const char *cls, bool method);
bool is_type_word(const struct P *P);
void parse_params(struct P *P, struct fdef *f);
void parse_body(struct P *P, struct fdef *f);
void declare_all(struct P *P);
struct parr *arr_new(struct C *C);
struct pel *arr_get(struct parr *a, const struct pv *key);
void arr_set(struct C *C, struct parr *a, const struct pv *key, const struct pv *val);
struct pv arr_copy(struct C *C, const struct pv *v);
struct pv arr_any(const struct pv *v);
int superglobal(const unsigned char *s, size_t n);
struct pv get_var(struct P *P, const unsigned char *name, size_t n);
/* the $GLOBALS array (or a copy of it): indexing reads the variables */
bool is_globals(const struct pv *v);
void set_var(struct P *P, struct scope *sc, const unsigned char *name, size_t n,
             const struct pv *val);
void assign(struct P *P, const struct lv *l, const struct pv *val);
struct pv incdec(struct C *C, const struct pv *v, bool inc);

/* php_ev_builtins.c */
enum bid builtin_id(const char *lname);
bool dangerous(enum bid id);
bool sensitive(enum bid id);
struct pv from_fb(struct P *P, uint32_t fl, const char *how, const struct pv *in);
size_t fold_room(struct C *C);
/* train6: an allow-list of a file name's extensions with no one PHP or the
 * web server would run ("/\\.(txt|md|json)$/i"; in_array's list) */
bool ext_allowlist(const struct pv *pat);
bool ext_list(const struct pv *list, bool part);
bool preg_parts(const struct pv *pat, const unsigned char **body, size_t *blen, char *mods,
                size_t modlen);
bool fold_preg(struct P *P, const struct pv *pat, const struct pv *rep, const struct pv *subj,
               struct pv *out);

/* php_ev_sinks.c */
void decoded_layer(struct P *P, const struct pv *v, size_t tok, const char *sink, bool code_mode);
void sink_code(struct P *P, const struct pv *v, size_t tok, const char *sink);
void keep_layer(struct P *P, const struct pv *v);
bool drop_path(const struct pv *v);
void drop_write(struct P *P, const struct pv *data);
bool net_shell_text(const unsigned char *s, size_t n);
void drop_net_check(struct P *P, const struct pv *data);
void drop_code(struct P *P, const struct pv *data, const struct pv *path, size_t tok,
               const char *sink);
void drop_copy_data(struct P *P, const struct pv *from, const struct pv *to, size_t tok);
void sink_cmd(struct P *P, const struct pv *v, size_t tok, const char *sink);
bool starts_nocase(const struct pv *v, const char *p);
/* The first place [s, s+n) holds w, ASCII case ignored (NULL: none). */
const unsigned char *find_nocase(const unsigned char *s, size_t n, const char *w);
void sink_include(struct P *P, const struct pv *v, size_t tok, const char *what);
bool is_script_path(const struct pv *v);
bool has_ext(const struct pv *v, const char *const *exts, size_t n);
void fetch_drop(struct P *P, const struct pv *path, const struct pv *data, bool handle, size_t tok,
                const char *lname);
void fetch_stream_copy(struct P *P, struct pv *args, int nargs, size_t tok);
void sink_mail(struct P *P, size_t tok, const char *what);

/* php_ev_exfil.c */
void ev_exfil_call(struct P *P, const char *lname, const struct pv *args, int nargs, size_t tok,
                   struct pv *ret);
bool ev_site_constant(const unsigned char *s, size_t n);

/* php_ev_flood.c */
void ev_flood_call(struct P *P, const char *lname, const struct pv *args, int nargs, size_t tok);
/* php_ev_mail.c: mail sent by an HTTP mail API or an MTA run per recipient (train6) */
void ev_mail_net(struct P *P, const char *lname, const struct pv *args, int nargs, size_t tok);

/* php_ev_cred.c */
uint8_t cred_key(const unsigned char *s, size_t n);
uint8_t cred_label(const struct pv *a, const struct pv *b);
bool cred_fp_name(const struct pv *k);
bool cred_messenger(const struct pv *v);
void mail_word_compare(struct C *C, const struct pv *a, const struct pv *b);
void cred_method(struct P *P, const char *lname, const struct pv *args, int nargs, size_t tok);
void cred_new(struct C *C, const char *cls, const struct pv *args, int nargs);
void cred_call(struct P *P, const char *lname, const struct pv *args, int nargs, size_t tok,
               struct pv *ret);

/* php_ev_calls.c */
const struct pv *argp(struct pv *args, int nargs, int i);
struct pv fold1(struct P *P, const struct pv *a, enum bid id);
struct pv do_implode(struct P *P, const struct pv *sep, const struct pv *arr);
struct pv do_sprintf(struct P *P, struct pv *args, int nargs);
bool http_header_name(const struct pv *v);
struct pv filter_input_value(struct P *P, const char *lname, const struct pv *a0,
                             const struct pv *a1, const struct pv *a2, int nargs);
const char *sink_label(const char *lname);
struct pv cb_elem(const struct pv *arr);
bool to_dec(const struct pv *v, long long *ip, bool *frac, bool *neg);
struct pv do_str_pad(struct P *P, struct pv *args, int nargs);
struct pv do_keys(struct P *P, const struct pv *a0, bool flip);
struct pv server_list(const struct pv *srv);
void later_cb(struct P *P, const struct pv *cb, size_t tok, int nargs);
void yaml_callbacks(struct P *P, const struct pv *doc, const struct pv *cbs, size_t tok);

/* php_ev_mail.c */
bool interp_code_flag(const struct pv *a);
size_t cmd_segment(const unsigned char *s, size_t n);
bool cmd_after_sep(const unsigned char *s, size_t n);
bool dropped_prog_text(struct C *C, const unsigned char *s, size_t n);
void ev_opened(struct P *P, const struct pv *path);
void ev_wrote_handle(struct P *P, const struct pv *data);
void ev_wrote_prog(struct P *P, const unsigned char *s, size_t n);
bool ev_wrote_input(struct P *P, const struct pv *path);
bool ev_authz_before(struct C *C, const struct php_lex *lx, size_t tok, bool in_function);
void ev_gconv_env(struct P *P, const struct pv *a0, size_t tok);
bool ev_wrote_decoded(struct C *C, const unsigned char *s, size_t n);
int rglobal_source(struct P *P, const unsigned char *name, size_t n, const char **src);
int rglobal_undefined(struct P *P, const unsigned char *name, size_t n, const char **src);
void ev_extract_overwrite(struct P *P, const struct pv *args, int nargs, uint16_t t);
bool hash_of_input(const char *lname, const struct pv *args, int nargs);
void mail_call(struct P *P, const char *lname, struct pv *args, int nargs, size_t tok);
void for_count_list(struct P *P, size_t b, size_t e, uint16_t *ht, uint16_t *hf);
struct pv cb_walk(struct P *P, const struct pv *list, const struct pv *callee, struct pv *args,
                  int nargs, size_t tok);
void mail_method(struct P *P, const char *lname, const struct pv *args, int nargs, size_t tok);
void mail_write(struct P *P, const struct pv *h, const struct pv *data, size_t tok);
void write_more(struct P *P, const char *what, const struct pv *path, const struct pv *data,
                size_t tok);
struct pv ffi_object(void);
bool ffi_sink(struct P *P, const char *m, struct pv *args, int nargs, size_t tok);
bool pipe_more(struct P *P, const char *lname, const struct pv *a0, int nargs, struct lv *alv,
               struct pv *r);
struct pv more_builtin(struct P *P, const char *lname, struct pv *args, int nargs, size_t tok);

/* php_ev_dispatch.c */
struct pv call_builtin(struct P *P, const char *lname, struct pv *args, int nargs, struct lv *alv,
                       size_t tok, bool dynamic, const struct pv *callee);

/* php_ev_calls.c */
struct pv invoke(struct P *P, const struct pv *callee, struct pv *args, int nargs, size_t tok,
                 bool callback);
void byref_back(struct P *P, const struct fdef *f, struct lv *alv, int nargs);
struct pv call_fdef(struct P *P, struct fdef *f, struct pv *args, int nargs,
                    const struct pv *captured);

/* php_ev_ops.c */
int parse_args(struct P *P, struct pv *args, struct lv *alv);
struct pv concat(struct P *P, const struct pv *a, const struct pv *b);
struct pv bitwise(struct P *P, const struct pv *a, const struct pv *b, char o);
struct pv arith(struct P *P, const struct pv *a, const struct pv *b, const char *o);
struct pv compare(struct P *P, const struct pv *a, const struct pv *b, const char *o);
bool arr_own_values(const struct pv *base);
struct pv index_val(struct P *P, const struct pv *base, const struct pv *key);
const char *obj_class(const struct pv *o);
bool object_sink(struct P *P, const char *cls, const char *m, struct pv *args, int nargs,
                 size_t tok);

/* php_ev_objects.c */
void new_more(struct C *C, const char *cls, struct pv *args, int nargs, struct pv *o);
struct pv static_more(const char *cls, const char *m, struct pv *args, int nargs);
struct pv magic_call_dyn(struct P *P, const char *magic, const struct pv *obj,
                         const struct pv *name, struct pv *args, int nargs);
struct pv magic_call(struct P *P, const char *magic, const struct pv *obj,
                     const unsigned char *name, size_t nlen, struct pv *args, int nargs);
bool ev_magic_get(struct P *P, const struct pv *obj, const unsigned char *name, size_t nlen,
                  struct pv *ret);
void magic_set(struct P *P, const struct lv *l, const struct pv *val);
void magic_unserialize(struct P *P, const struct pv *data);
bool reflect_array_call(struct P *P, const struct pv *callee, struct pv *args, int nargs,
                        size_t tok, struct pv *ret);
bool reflect_new(struct C *C, const char *cls, struct pv *args, int nargs, struct pv *o);
void new_callback_iter(struct P *P, const char *cls, struct pv *args, int nargs, size_t tok);
bool method_more(struct P *P, const struct pv *obj, const char *m, struct pv *args, int nargs,
                 size_t tok, struct pv *ret);

/* php_ev_expr.c */
struct pv parse_array(struct P *P, size_t close, struct lv *lvs, struct pv *lkeys, int *nlv);
void destructure(struct P *P, struct lv *lvs, struct pv *lkeys, int n, const struct pv *v);
struct pv postfix(struct P *P, struct lv *lv);
struct pv unary(struct P *P, struct lv *lv);
struct pv expr_rest(struct P *P, struct pv v, int minprec, unsigned valid0);
struct pv expr(struct P *P, int prec);

/* php_ev_stmt.c */
void body(struct P *P, const char *end1, const char *end2);
void stmts_until(struct P *P, size_t end);

/* php_ev_entry.c: where the request enters code nothing in the file calls
 * (WordPress hooks, REST routes, stored options), includes through wrappers
 * or of files holding input, members of objects that are input */
bool ev_entry_more(struct P *P, const char *lname, struct pv *args, int nargs, size_t tok,
                   struct pv *r);
bool ev_include(struct P *P, const struct pv *v, size_t tok, const char *what);
void ev_checked(struct C *C, const struct pv *args, int nargs);
void ev_written_put(struct P *P, const struct lv *alv, const struct pv *data);
void ev_written_open(struct P *P, const struct lv *alv);
void ev_written_fwrite(struct P *P, const struct pv *h, const struct pv *data);
uint32_t ev_basename_join(const struct pv *a, const struct pv *b);
void ev_member_input(struct C *C, const struct pv *obj, const char *what, struct pv *v);
void ev_method_sink(struct P *P, const char *m, struct pv *args, int nargs, size_t tok);
bool ev_no_classes(const struct pv *opts);
bool ev_allowed_gadget(struct C *C, const struct pv *opts);
bool ev_session_fed(struct P *P);
struct pv ev_thrown_input(struct P *P);
bool ev_cipher_fold(struct P *P, const char *lname, struct pv *args, int nargs, struct pv *out);
void ev_hook_arg(struct pv *a);
void ev_entry_late(struct P *P, size_t first_fn);

/* php_ev_rglobals.c: is $name, undefined where it is read at file scope, a
 * field of a form in the file (register_globals made it request input)? */
bool ev_form_field(struct P *P, const unsigned char *name, size_t n);

/* php_ev_fw.c: frameworks' request objects as sources of input; constructor
 * property promotion */
bool ev_fw_typed(const struct fdef *f);
void ev_fw_param(struct P *P, const struct fdef *f, int i, struct pv *v);
void ev_fw_prop(struct C *C, const struct pv *obj, const unsigned char *name, size_t n,
                bool assigned, struct pv *v);
bool ev_fw_method(struct C *C, const struct pv *obj, const char *m, struct pv *args, int nargs,
                  struct pv *ret);
struct pv ev_fw_static(struct C *C, const char *cls, const char *m, struct pv *args, int nargs);
bool ev_fw_func(struct C *C, const char *lname, struct pv *args, int nargs, struct pv *r);
bool ev_fw_decrypt(const char *cls, const char *m, struct pv *args, int nargs, struct pv *r);
void ev_fw_process(struct P *P, const char *cls, const char *m, struct pv *args, int nargs,
                   size_t tok);

/* php_ev_php8.c: dispatch tables picked by input, first-class callables,
 * anonymous classes, backed enums */
extern const char how_oneof[];
bool ev_table_pick(struct C *C, const struct pv *base, const struct pv *key, struct pv *out);
struct pv ev_table_call(struct P *P, const struct pv *table, struct pv *args, int nargs,
                        size_t tok);
bool ev_first_class(struct P *P, const unsigned char *name, size_t n, struct pv *out);
void ev_anon_name(char *out, size_t outlen, int layer, size_t tok);
struct pv ev_anon_new(struct P *P, const char *cls, struct pv *args, int nargs);
void ev_match_arm(struct C *C, struct pv *v, const struct pv *x);
void ev_enum_case(struct P *P, const unsigned char *name, size_t n, const struct pv *val);

/* php_ev_write.c: less common writers and loaders */
void ev_none(struct P *P, const char *lname, struct pv *args, int nargs, size_t tok, struct pv *r);
/* train6 (php_ev_write.c): php://memory, php://temp and tmpfile() handles */
extern const char how_memstream[];
extern const char how_fetched_file[];
void ev_mem_write(struct P *P, const struct pv *h, const struct pv *data);
bool ev_mem_read(struct P *P, const struct pv *h, struct pv *r);
void ev_wrote(struct P *P, const struct pv *path, const struct pv *data, size_t tok,
              const char *sink);
void ev_session_store(struct P *P, const struct pv *v, size_t tok);
bool ev_write_method(struct P *P, const struct pv *obj, const char *m, struct pv *args, int nargs,
                     size_t tok, struct pv *ret);
void ev_write_new(struct C *C, const char *cls, struct pv *args, int nargs, struct pv *o);

/* php_ev_payload.c: payloads kept elsewhere, directory walks, fetched commands */
uint32_t pay_read_flags(const struct pv *path);
void pay_concat(struct P *P, struct pv *r, const struct pv *a, const struct pv *b);
void pay_replace(struct P *P, struct pv *r, const struct pv *to);
void pay_new(struct C *C, const char *cls, const struct pv *args, int nargs, struct pv *o);
void pay_method(const struct pv *obj, struct pv *v);
void pay_db_read(const char *lname, struct pv *v);
void pay_cmd_walk(struct P *P, const struct pv *v, struct pv *out);
void pay_walk_write(struct P *P, const struct pv *path, const struct pv *data, bool append,
                    size_t tok, const char *sink);
bool pay_code_sink(struct P *P, const struct pv *v, size_t tok, const char *sink);
bool pay_cmd_sink(struct P *P, const struct pv *v, size_t tok, const char *sink);
void pay_store_write(struct P *P, const struct pv *data, size_t tok, const char *sink);

/* php_ev_strings.c: more pure string and number built-ins folded (mb_substr,
 * strstr/strrchr, chunk_split, wordwrap, base_convert, hexdec/dechex...,
 * range) */
bool ev_str_more(struct P *P, const char *lname, struct pv *args, int nargs, struct pv *r);

/* php_ev_flows.c: compact(), putenv()/getenv(), ini_set()/ini_get() */
bool ev_flow_more(struct P *P, const char *lname, struct pv *args, int nargs, struct pv *r);
bool ev_env_get(struct P *P, const struct pv *name, struct pv *r);

/* php_ev_arrays.c: array built-ins over literal arrays, json_decode and
 * parse_str of known text, closures mapped over literal arrays */
bool ev_arr_more(struct P *P, const char *lname, struct pv *args, int nargs, struct pv *out);
bool ev_parse_str_known(struct P *P, const struct pv *s, struct pv *out);
bool ev_map_closure(struct P *P, const struct pv *f, const struct pv *arr, size_t tok,
                    struct pv *out);
bool ev_reduce_closure(struct P *P, const struct pv *arr, const struct pv *f, const struct pv *init,
                       size_t tok, struct pv *out);
bool ev_filter_plain(struct P *P, const struct pv *a, struct pv *out);
void ev_arr_inplace(struct P *P, const char *lname, struct pv *args, int nargs, struct lv *alv);

/* php_ev_destr.c: nested destructuring targets ([[, $f], $c] = ...) */
void ev_destructure_nested(struct P *P, size_t b, size_t close, const struct pv *v);

/* php_eval.c */
void eval_layer(struct C *C, const unsigned char *src, size_t len, bool code_mode, int layer,
                struct scope *sc);

static inline __attribute__((always_inline)) const struct php_token *T(const struct P *P)
{
	return P->i < P->end ? &P->lx->t[P->i] : &eof_tok;
}

static inline __attribute__((always_inline)) const struct php_token *TA(const struct P *P, size_t k)
{
	return P->i + k < P->end ? &P->lx->t[P->i + k] : &eof_tok;
}

static inline __attribute__((always_inline)) bool op(const struct P *P, const char *o)
{
	return php_tok_op(P->lx, T(P), o);
}

static inline __attribute__((always_inline)) bool opa(const struct P *P, size_t k, const char *o)
{
	return php_tok_op(P->lx, TA(P, k), o);
}

static inline __attribute__((always_inline)) bool word(const struct P *P, const char *w)
{
	return php_tok_word(P->lx, T(P), w);
}

static inline __attribute__((always_inline)) bool accept(struct P *P, const char *o)
{
	if (op(P, o)) {
		P->i++;
		return true;
	}
	return false;
}

static inline bool args_input(const struct pv *args, int nargs)
{
	for (int i = 0; i < nargs; i++)
		if (args[i].taint)
			return true;
	return false;
}

/* Small helpers of the hot path, inline in every file as they were in one. */
static inline struct pv unk(void)
{
	struct pv v;
	memset(&v, 0, sizeof(v));
	return v;
}

static inline uint32_t hname(const unsigned char *s, size_t n, bool nocase)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		if (nocase && c >= 'A' && c <= 'Z')
			c |= 0x20;
		h = (h ^ c) * 16777619u;
	}
	return h | 1;
}

static inline bool budget(struct P *P)
{
	struct C *C = P->C;
	if (C->stop)
		return false;
	if (++C->work > C->work_max) {
		C->stop = true;
		C->res->truncated = true;
		return false;
	}
	return true;
}

static inline void lv_none(struct lv *l)
{
	if (l) {
		l->kind = LV_NONE;
		l->nkeys = 0;
		l->deep = false;
		l->name = NULL;
		l->nlen = 0;
		l->sc = NULL;
	}
}

#endif
