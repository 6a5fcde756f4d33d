/*
 * sen_target.h: figures, and the targets they are held to.
 *
 * A figure is a fraction a/b, kept as two whole numbers so that nothing
 * is lost to floating point: a count is n/1, a percentage 100n/d.  It is
 * written to one decimal, halves rounded away from zero, and compared
 * with a target exactly, before any rounding.
 */
#ifndef SEN_TARGET_H
#define SEN_TARGET_H

#include <stddef.h>

#include "sen_period.h"

enum sen_op { SEN_OP_GE, SEN_OP_LE, SEN_OP_GT, SEN_OP_LT, SEN_OP_EQ };

struct sen_target {
	char *measure;
	struct sen_period period;
	enum sen_op op;
	long long tenths;	/* the target, in tenths */
	char text[24];		/* the target as written, normalised */
};

struct sen_targets {
	struct sen_target *v;
	size_t n;
};

/*
 * Writes a/b (a >= 0, b > 0) to one decimal, halves rounded away from
 * zero, into buf (at least 32 bytes).  Returns buf.
 */
char *sen_fraction_format(long long a, long long b, char *buf);

/* Parses a non-negative number with at most one decimal ("90", "92.5")
 * into tenths.  Returns SEN_OK or SEN_ESYNTAX. */
int sen_tenths_parse(const char *s, long long *tenths);

/*
 * Adds a target from its four fields.  Returns SEN_OK; SEN_ESYNTAX with
 * *what naming the field at fault ("period", "op" or "target"); or
 * SEN_ENOMEM.
 */
int sen_targets_add(struct sen_targets *t, const char *measure,
    const char *period, const char *op, const char *target,
    const char **what);

/* Finds the target for measure in a period: the narrowest target
 * period holding p, the first listed among equals.  NULL when none. */
const struct sen_target *sen_targets_find(const struct sen_targets *t,
    const char *measure, const struct sen_period *p);

/* Returns 1 when a/b (a >= 0, b > 0) meets the target, exactly, with no
 * overflow whatever their size, else 0. */
int sen_target_met(const struct sen_target *tg, long long a, long long b);

/* The operator as written in targets files (">=", ...). */
const char *sen_op_name(enum sen_op op);

void sen_targets_free(struct sen_targets *t);

#endif
