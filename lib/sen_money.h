/*
 * sen_money.h: amounts of money, held as whole pence.
 *
 * Money is never held in floating point: an amount is parsed into whole
 * pence and written with two decimals.
 */
#ifndef SEN_MONEY_H
#define SEN_MONEY_H

#include <stddef.h>

/* The largest amount taken: a thousand million pounds, in pence. */
#define SEN_MONEY_MAX 100000000000LL

/*
 * Parses an amount of pounds: spaces around it ignored, an optional
 * pound sign (U+00A3), digits with commas between groups of three or
 * none, and at most two decimals ("£1,800.00", "1800", "1800.5").
 * Stores whole pence in *pence.  Returns SEN_OK, SEN_EEMPTY (nothing
 * but spaces), SEN_ESYNTAX (anything else, a minus sign and a third
 * decimal included: nothing is rounded) or SEN_EOVER (over
 * SEN_MONEY_MAX).
 */
int sen_money_parse(const char *s, size_t len, long long *pence);

/* Writes pence (within SEN_MONEY_MAX either side of zero) as pounds with
 * two decimals ("1800.00", "-3.05") into buf (at least 32 bytes).
 * Returns buf. */
char *sen_money_format(long long pence, char *buf);

#endif
