/*
 * sen_target.c: figures as exact fractions, and targets.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sen.h"
#include "sen_target.h"

static const char *const op_names[] = { ">=", "<=", ">", "<", "=" };

char *
sen_fraction_format(long long a, long long b, char *buf)
{
	long long tenths = (20 * a + b) / (2 * b);

	snprintf(buf, 32, "%lld.%lld", tenths / 10, tenths % 10);
	return buf;
}

int
sen_tenths_parse(const char *s, long long *tenths)
{
	long long v = 0;
	int digits = 0;

	for (; *s >= '0' && *s <= '9' && digits < 12; s++, digits++)
		v = v * 10 + (*s - '0');
	if (digits == 0 || digits == 12)
		return SEN_ESYNTAX;
	v *= 10;
	if (*s == '.') {
		s++;
		if (*s < '0' || *s > '9')
			return SEN_ESYNTAX;
		v += *s++ - '0';
		while (*s == '0')
			s++;
	}
	if (*s != '\0')
		return SEN_ESYNTAX;
	*tenths = v;
	return SEN_OK;
}

/* Parses an operator. */
static int
op_parse(const char *s, enum sen_op *op)
{
	size_t i;

	for (i = 0; i < sizeof(op_names) / sizeof(op_names[0]); i++) {
		if (strcmp(s, op_names[i]) == 0) {
			*op = (enum sen_op)i;
			return SEN_OK;
		}
	}
	return SEN_ESYNTAX;
}

int
sen_targets_add(struct sen_targets *t, const char *measure,
    const char *period, const char *op, const char *target,
    const char **what)
{
	struct sen_target tg, *v;

	memset(&tg, 0, sizeof(tg));
	*what = "period";
	if (sen_period_parse(period, &tg.period) != SEN_OK)
		return SEN_ESYNTAX;
	*what = "op";
	if (op_parse(op, &tg.op) != SEN_OK)
		return SEN_ESYNTAX;
	*what = "target";
	if (sen_tenths_parse(target, &tg.tenths) != SEN_OK)
		return SEN_ESYNTAX;
	*what = NULL;
	if (tg.tenths % 10 == 0)
		snprintf(tg.text, sizeof(tg.text), "%lld", tg.tenths / 10);
	else
		snprintf(tg.text, sizeof(tg.text), "%lld.%lld",
		    tg.tenths / 10, tg.tenths % 10);
	if ((v = realloc(t->v, (t->n + 1) * sizeof(*v))) == NULL)
		return SEN_ENOMEM;
	t->v = v;
	if ((tg.measure = strdup(measure)) == NULL)
		return SEN_ENOMEM;
	t->v[t->n++] = tg;
	return SEN_OK;
}

const struct sen_target *
sen_targets_find(const struct sen_targets *t, const char *measure,
    const struct sen_period *p)
{
	const struct sen_target *best = NULL;
	sen_day span, best_span = 0;
	size_t i;

	for (i = 0; i < t->n; i++) {
		if (strcmp(t->v[i].measure, measure) != 0 ||
		    !sen_period_within(p, &t->v[i].period))
			continue;
		span = sen_period_last(&t->v[i].period) -
		    sen_period_first(&t->v[i].period);
		if (best == NULL || span < best_span) {
			best = &t->v[i];
			best_span = span;
		}
	}
	return best;
}

/*
 * Returns the sign of 10a - tb (a >= 0, b > 0) without overflow: with
 * a = qb + r, it is b(10q - t) + 10r, where 0 <= r < b.
 */
static int
sign_of(long long a, long long b, long long t)
{
	long long q = a / b, r = a % b, d;

	if (t < 0 || q > LLONG_MAX / 10 || 10 * q > t)
		return 1;
	if ((d = t - 10 * q) == 0)
		return r > 0;
	if (d >= 10)
		return -1;
	return r * 10 > d * b ? 1 : r * 10 < d * b ? -1 : 0;
}

int
sen_target_met(const struct sen_target *tg, long long a, long long b)
{
	int s = b > 0 && a >= 0 ? sign_of(a, b, tg->tenths) : 0;

	switch (tg->op) {
	case SEN_OP_GE:
		return s >= 0;
	case SEN_OP_LE:
		return s <= 0;
	case SEN_OP_GT:
		return s > 0;
	case SEN_OP_LT:
		return s < 0;
	default:
		return s == 0;
	}
}

const char *
sen_op_name(enum sen_op op)
{
	return op_names[op];
}

void
sen_targets_free(struct sen_targets *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->v[i].measure);
	free(t->v);
	t->v = NULL;
	t->n = 0;
}
