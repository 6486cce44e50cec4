/* Ciphers with the key in the file (branch fix8-web): openssl_decrypt()
 * and sodium_crypto_aead_chacha20poly1305_ietf_decrypt() of known cipher
 * text under a known key are decrypted here (OpenSSL's EVP), so the layer
 * they hide is analysed as any decoded layer is. A key the file does not
 * hold (a request's, an option's) leaves the result unknown and
 * F_DECODED (B_DECRYPT in php_ev_dispatch.c). Bounded: 1 MiB of cipher
 * text, the fold room. */
#include "scan/php_ev.h"

#include <openssl/evp.h>

#define CIPHER_MAX (1u << 20)

/* PHP pads a short key (and IV) with zero bytes and cuts a long one. */
static void pad_to(unsigned char *out, size_t want, const struct pv *v)
{
	memset(out, 0, want);
	if (is_str(v))
		memcpy(out, v->s, v->n < want ? v->n : want);
}

/* openssl_decrypt($data, $method, $key, $options = 0, $iv = ''):
 * $options 0 takes base64 text, OPENSSL_RAW_DATA (1) raw bytes,
 * OPENSSL_ZERO_PADDING (2) no padding check. An $options the analysis
 * cannot fold (a constant's name) is guessed from the data's alphabet. */
static bool openssl_fold(struct P *P, struct pv *args, int nargs, struct pv *out)
{
	struct C *C = P->C;
	if (nargs < 3 || !is_str(&args[0]) || !is_str(&args[1]) || !is_str(&args[2]) ||
	    args[0].n == 0 || args[0].n > CIPHER_MAX || args[1].n >= 32 ||
	    (nargs > 4 && !is_str(&args[4])))
		return false;
	char name[32];
	lower_copy(name, sizeof(name), args[1].s, args[1].n);
	const EVP_CIPHER *ci = EVP_get_cipherbyname(name);
	if (!ci || EVP_CIPHER_get_mode(ci) == EVP_CIPH_GCM_MODE ||
	    EVP_CIPHER_get_mode(ci) == EVP_CIPH_CCM_MODE)
		return false; /* an AEAD needs its tag: not folded */
	long long opt = 0;
	bool ok = true;
	if (nargs > 3) {
		opt = to_int(&args[3], &ok);
		if (!ok || !is_str(&args[3])) {
			opt = 0; /* OPENSSL_RAW_DATA unless the data looks like base64 */
			for (uint32_t i = 0; i < args[0].n && !opt; i++) {
				unsigned char c = args[0].s[i];
				if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
				      (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '='))
					opt = 1;
			}
		}
	}
	const unsigned char *ct = args[0].s;
	size_t ctn = args[0].n;
	struct fbuf *fb = &C->fb;
	unsigned char *raw = NULL;
	if (!(opt & 1)) {
		fbuf_reset(fb, fold_room(C));
		if (!fold_base64(fb, ct, ctn) || !fb->n)
			return false;
		raw = malloc(fb->n);
		if (!raw)
			return false;
		memcpy(raw, fb->p, fb->n);
		ct = raw;
		ctn = fb->n;
	}
	unsigned char key[EVP_MAX_KEY_LENGTH], iv[EVP_MAX_IV_LENGTH];
	int kl = EVP_CIPHER_get_key_length(ci), il = EVP_CIPHER_get_iv_length(ci);
	pad_to(key, (size_t)kl, &args[2]);
	if (nargs > 4)
		pad_to(iv, il > 0 ? (size_t)il : 0, &args[4]);
	else
		memset(iv, 0, sizeof(iv));
	bool done = false;
	EVP_CIPHER_CTX *x = EVP_CIPHER_CTX_new();
	unsigned char *pt = malloc(ctn + EVP_MAX_BLOCK_LENGTH);
	int l1 = 0, l2 = 0;
	if (x && pt && EVP_DecryptInit_ex(x, ci, NULL, key, il > 0 ? iv : NULL) == 1) {
		if (opt & 2)
			EVP_CIPHER_CTX_set_padding(x, 0);
		if (EVP_DecryptUpdate(x, pt, &l1, ct, (int)ctn) == 1 &&
		    EVP_DecryptFinal_ex(x, pt + l1, &l2) == 1) {
			fbuf_reset(fb, fold_room(C));
			done = fbuf_put(fb, pt, (size_t)(l1 + l2));
		}
	}
	EVP_CIPHER_CTX_free(x);
	free(pt);
	free(raw);
	if (!done)
		return false;
	*out = from_fb(P, F_FOLDED | F_DECODED, "openssl_decrypt", NULL);
	return true;
}

/* sodium_crypto_aead_chacha20poly1305_ietf_decrypt($c, $ad, $nonce, $key):
 * IETF ChaCha20-Poly1305 (OpenSSL's "chacha20-poly1305"), the 16-byte tag
 * at the end of $c; a wrong tag is false, as in PHP. */
static bool chacha_fold(struct P *P, struct pv *args, int nargs, struct pv *out)
{
	struct C *C = P->C;
	if (nargs < 4 || !is_str(&args[0]) || args[0].n <= 16 || args[0].n > CIPHER_MAX ||
	    !is_str(&args[2]) || args[2].n != 12 || !is_str(&args[3]) || args[3].n != 32 ||
	    (!is_str(&args[1]) && args[1].k != K_UNK))
		return false;
	const EVP_CIPHER *ci = EVP_chacha20_poly1305();
	size_t n = args[0].n - 16;
	unsigned char *pt = malloc(n + 16);
	EVP_CIPHER_CTX *x = EVP_CIPHER_CTX_new();
	int l = 0, lf = 0;
	bool done = false;
	if (x && pt && EVP_DecryptInit_ex(x, ci, NULL, NULL, NULL) == 1 &&
	    EVP_CIPHER_CTX_ctrl(x, EVP_CTRL_AEAD_SET_IVLEN, 12, NULL) == 1 &&
	    EVP_DecryptInit_ex(x, NULL, NULL, args[3].s, args[2].s) == 1 &&
	    (!is_str(&args[1]) || !args[1].n ||
	     EVP_DecryptUpdate(x, NULL, &l, args[1].s, (int)args[1].n) == 1) &&
	    EVP_DecryptUpdate(x, pt, &l, args[0].s, (int)n) == 1 &&
	    EVP_CIPHER_CTX_ctrl(x, EVP_CTRL_AEAD_SET_TAG, 16, (void *)(args[0].s + n)) == 1 &&
	    EVP_DecryptFinal_ex(x, pt + l, &lf) == 1) {
		fbuf_reset(&C->fb, fold_room(C));
		done = fbuf_put(&C->fb, pt, (size_t)(l + lf));
	}
	EVP_CIPHER_CTX_free(x);
	free(pt);
	if (!done)
		return false;
	*out = from_fb(P, F_FOLDED | F_DECODED, "sodium_crypto_aead_chacha20poly1305_ietf_decrypt",
	               NULL);
	return true;
}

bool ev_cipher_fold(struct P *P, const char *lname, struct pv *args, int nargs, struct pv *out)
{
	if (!strcmp(lname, "openssl_decrypt"))
		return openssl_fold(P, args, nargs, out);
	if (!strcmp(lname, "sodium_crypto_aead_chacha20poly1305_ietf_decrypt"))
		return chacha_fold(P, args, nargs, out);
	return false;
}
