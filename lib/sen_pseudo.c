/*
 * sen_pseudo.c: keyed pseudonyms, with libsodium's generic hash.
 */
#include <string.h>

#include <sodium.h>

#include "sen.h"
#include "sen_pseudo.h"

int
sen_pseudo_init(struct sen_pseudo *p, const void *key, size_t len)
{
	if (len < SEN_PSEUDO_KEY_MIN || len > SEN_PSEUDO_KEY_MAX)
		return SEN_ERANGE;
	if (sodium_init() < 0)
		return SEN_EIO;
	memcpy(p->key, key, len);
	p->keylen = len;
	return SEN_OK;
}

char *
sen_pseudonym(const struct sen_pseudo *p, const char *s, size_t len,
    char *out)
{
	unsigned char h[SEN_PSEUDO_LEN / 2];

	crypto_generichash(h, sizeof(h), (const unsigned char *)s, len,
	    p->key, p->keylen);
	sodium_bin2hex(out, SEN_PSEUDO_LEN + 1, h, sizeof(h));
	return out;
}
