/*
 * sen_codes.h: the canonical vocabularies and the words exports use.
 *
 * Each coded column of the canonical stream has a fixed vocabulary.
 * Exports write the same things in their own words ("Refused to assess",
 * "Parental delay"); a built-in list of such words maps them to codes,
 * and sen_code_add() extends it.  Words are compared by their key: the
 * letters and digits only, lower-cased, so "Health advice - late" and
 * "health advice late" are one word.  Nothing is guessed: a word not in
 * the lists is unknown.
 */
#ifndef SEN_CODES_H
#define SEN_CODES_H

#include <stddef.h>

enum sen_vocab {
	SEN_V_DECISION,		/* assess, not_assess, withdrawn */
	SEN_V_OUTCOME,		/* statement, plan, note_in_lieu, ... */
	SEN_V_EXCEPTION,	/* one exception code */
	SEN_V_YEAR_GROUP,	/* N1, N2, R, 1 ... 14 */
	SEN_V_STATUS,		/* of an allocation: active, ended, ... */
	SEN_V_CEASE,		/* why a statement ceased */
	SEN_V_COUNT
};

/* Regimes, as a bit mask for the exceptions each allows. */
#define SEN_R2001 0x01		/* SEN Code of Practice, 2001 */
#define SEN_R2014 0x02		/* SEND Regulations 2014 */

/* Longest key kept; longer words are unknown. */
#define SEN_KEY_MAX 64

/*
 * Writes the key of the len bytes at s into key (SEN_KEY_MAX bytes):
 * the ASCII letters and digits, lower-cased.  Returns the key's length,
 * or SEN_KEY_MAX when it would not fit.
 */
size_t sen_key(const char *s, size_t len, char *key);

/*
 * Maps one word to its canonical code, stored in *code (a static
 * string, "" for a word that means none, such as "No" for an exception).
 * Returns SEN_OK, SEN_EEMPTY for a blank word, or SEN_EUNKNOWN.
 */
int sen_code_lookup(enum sen_vocab v, const char *s, size_t len,
    const char **code);

/*
 * Adds a word for vocabulary v, meaning the canonical code to.  Returns
 * SEN_OK, SEN_EUNKNOWN when to is not a code of v, or SEN_ENOMEM.  Words
 * added are looked up before the built-in ones.
 */
int sen_code_add(enum sen_vocab v, const char *word, const char *to);

/*
 * Orders year groups: N1, N2, R, 1 ... 14 give 0 to 16; -1 for anything
 * else.
 */
int sen_year_rank(const char *code);

/* Forgets the words added. */
void sen_code_reset(void);

/* Returns the vocabulary that a canonical column holds, or -1. */
int sen_vocab_of(const char *column);

/* The regimes (SEN_R2001, SEN_R2014) under which an exception code is
 * allowed; 0 for an unknown code. */
int sen_exception_regimes(const char *code);

/* A line describing an exception code, for notes; NULL if unknown. */
const char *sen_exception_text(const char *code);

/*
 * Splits a list of exceptions at ';', ',', '/', '+' and '&' and maps each
 * word.  Writes the codes, ';'-separated, each once, in the order of the
 * built-in list, into out (size n).  Returns SEN_OK (out may be empty),
 * SEN_EUNKNOWN with the offending word's start and length in *bad and
 * *badlen, or SEN_ETOOBIG when out is too small.
 */
int sen_exceptions_norm(const char *s, size_t len, char *out, size_t n,
    size_t *bad, size_t *badlen);

/*
 * Checks a list of exceptions (split as above) against the regimes in
 * mask.  Sets *any when at least one exception applies.  Returns SEN_OK,
 * or SEN_EUNKNOWN with the start and length of the first word that is
 * unknown or not allowed under the regimes in *bad and *badlen.
 */
int sen_exceptions_check(const char *s, size_t len, int mask, int *any,
    size_t *bad, size_t *badlen);

#endif
