/*
 * sen_stats.h: figures as official statistics publish them.
 *
 * Published tables put symbols where a number is not given: x (not
 * available), z (not applicable), c (confidential), low (rounds to
 * zero), k, u, : and ~ in older or other releases.  None of them is
 * zero, and none may be added in as one.
 */
#ifndef SEN_STATS_H
#define SEN_STATS_H

#include <stddef.h>

/* Returns 1 when the len bytes at s, spaces aside, are empty or one of
 * the symbols above, any case. */
int sen_stat_missing(const char *s, size_t len);

/*
 * Parses a published count: digits, with commas between groups of three
 * or none ("53327", "53,327").  Returns SEN_OK with the count in *v,
 * SEN_EEMPTY for a symbol or nothing, SEN_ESYNTAX for anything else, or
 * SEN_EOVER past a thousand million million.
 */
int sen_stat_count(const char *s, size_t len, long long *v);

/*
 * Parses a published percentage with at most one decimal ("58.7",
 * "59") into tenths.  Returns SEN_OK, SEN_EEMPTY for a symbol or
 * nothing, or SEN_ESYNTAX.
 */
int sen_stat_tenths(const char *s, size_t len, long long *tenths);

/* Reads a whole number, perhaps negative, written by these programs
 * ("12", "-3").  Returns 1 and stores it in *v, or 0. */
int sen_stat_whole(const char *s, long long *v);

#endif
