/*
 * sen_pseudo.h: keyed pseudonyms for identifiers.
 *
 * A pseudonym is the keyed BLAKE2b hash (libsodium's generic hash) of an
 * identifier, 16 bytes written as 32 lower-case hex digits.  The same key
 * gives the same pseudonym for the same identifier, so that records of
 * one child still join up across files and runs; without the key the
 * identifier cannot be found again by hashing guesses.
 */
#ifndef SEN_PSEUDO_H
#define SEN_PSEUDO_H

#include <stddef.h>

#define SEN_PSEUDO_KEY_MIN 16	/* bytes of key, at least */
#define SEN_PSEUDO_KEY_MAX 64	/* and at most */
#define SEN_PSEUDO_LEN 32	/* hex digits in a pseudonym */

struct sen_pseudo {
	unsigned char key[SEN_PSEUDO_KEY_MAX];
	size_t keylen;
};

/*
 * Sets up pseudonyms with the len bytes of key.  Returns SEN_OK,
 * SEN_ERANGE when the key is shorter than SEN_PSEUDO_KEY_MIN or longer
 * than SEN_PSEUDO_KEY_MAX bytes, or SEN_EIO when libsodium cannot start.
 */
int sen_pseudo_init(struct sen_pseudo *p, const void *key, size_t len);

/* Writes the pseudonym of the len bytes at s, and a NUL, into out
 * (SEN_PSEUDO_LEN + 1 bytes).  Returns out. */
char *sen_pseudonym(const struct sen_pseudo *p, const char *s, size_t len,
    char *out);

#endif
