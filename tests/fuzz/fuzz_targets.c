/*
 * fuzz_targets.c: libFuzzer target for targets and figures:
 * sen_targets_add, sen_targets_find, sen_target_met, sen_tenths_parse,
 * sen_fraction_format and sen_op_name.
 *
 * The input is text, in lines of fields split at commas, as a targets
 * file holds them:
 *
 *	measure,period,op,target	added with sen_targets_add(), and
 *					its target read by sen_tenths_parse()
 *	?measure,period,a,b		a query: the target for the measure
 *					in the period, and the figure a/b
 *
 * A target added must keep its operator, and its text must read back as
 * its tenths.  A query's answer must be the narrowest target of the
 * measure whose period holds the one asked about, the first among
 * equals, and NULL only when there is none.  a and b, up to twelve
 * digits each (counts and percentages of them, as sen-target makes),
 * are written with sen_fraction_format() and held to every target with
 * sen_target_met(); both are checked against the same sums done in 128
 * bits.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sen.h"
#include "sen_period.h"
#include "sen_target.h"
#include "fuzz.h"

#define MAXFIELDS 4
#define MAXDIGITS 12

__extension__ typedef __int128 wide;

/* Reads up to MAXDIGITS decimal digits; -1 for anything else. */
static long long
number(const char *s)
{
	long long v = 0;
	int n;

	for (n = 0; s[n] != '\0'; n++) {
		if (s[n] < '0' || s[n] > '9' || n == MAXDIGITS)
			return -1;
		v = v * 10 + (s[n] - '0');
	}
	return n > 0 ? v : -1;
}

/* Checks sen_target_met() against the sums in 128 bits. */
static void
check_met(const struct sen_target *tg, long long a, long long b)
{
	wide lhs = (wide)10 * a, rhs = (wide)tg->tenths * b;
	int want;

	switch (tg->op) {
	case SEN_OP_GE:
		want = lhs >= rhs;
		break;
	case SEN_OP_LE:
		want = lhs <= rhs;
		break;
	case SEN_OP_GT:
		want = lhs > rhs;
		break;
	case SEN_OP_LT:
		want = lhs < rhs;
		break;
	default:
		want = lhs == rhs;
		break;
	}
	CHECK(sen_target_met(tg, a, b) == want);
}

/* Checks sen_fraction_format(): 10a/b to the nearest whole number,
 * halves up, written as tenths. */
static void
check_fraction(long long a, long long b)
{
	char buf[40], want[40];
	wide q, r, t;

	memset(buf, 'x', sizeof(buf));
	sen_fraction_format(a, b, buf);
	CHECK(memchr(buf, '\0', 32) != NULL && buf[32] == 'x');
	q = (wide)10 * a / b;
	r = (wide)10 * a % b;
	t = q + (2 * r >= b);
	snprintf(want, sizeof(want), "%lld.%d", (long long)(t / 10),
	    (int)(t % 10));
	CHECK(strcmp(buf, want) == 0);
}

/* Answers a query, checking sen_targets_find() by brute force. */
static void
query(const struct sen_targets *t, char **f, size_t nf)
{
	const struct sen_target *tg, *best = NULL;
	struct sen_period p;
	long long a, b;
	sen_day span, best_span = 0;
	size_t i;

	if (nf != 4 || sen_period_parse(f[1], &p) != SEN_OK)
		return;
	for (i = 0; i < t->n; i++) {
		if (strcmp(t->v[i].measure, f[0]) != 0 ||
		    sen_period_first(&t->v[i].period) > sen_period_first(&p) ||
		    sen_period_last(&t->v[i].period) < sen_period_last(&p))
			continue;
		span = sen_period_last(&t->v[i].period) -
		    sen_period_first(&t->v[i].period);
		if (best == NULL || span < best_span) {
			best = &t->v[i];
			best_span = span;
		}
	}
	tg = sen_targets_find(t, f[0], &p);
	CHECK(tg == best);
	if ((a = number(f[2])) < 0 || (b = number(f[3])) <= 0)
		return;
	check_fraction(a, b);
	for (i = 0; i < t->n; i++)
		check_met(&t->v[i], a, b);
}

/* Adds a target, checking what was kept. */
static void
add(struct sen_targets *t, char **f)
{
	const struct sen_target *tg;
	const char *what = "unset";
	long long tenths, back;
	size_t n = t->n;
	int st, pst;

	pst = sen_tenths_parse(f[3], &tenths);
	CHECK(pst == SEN_OK || pst == SEN_ESYNTAX);
	if (pst == SEN_OK)
		CHECK(tenths >= 0);
	st = sen_targets_add(t, f[0], f[1], f[2], f[3], &what);
	if (st != SEN_OK) {
		CHECK(st == SEN_ESYNTAX);
		CHECK(what != NULL && (strcmp(what, "period") == 0 ||
		    strcmp(what, "op") == 0 || strcmp(what, "target") == 0));
		CHECK(t->n == n);
		return;
	}
	CHECK(pst == SEN_OK);
	CHECK(what == NULL && t->n == n + 1);
	tg = &t->v[n];
	CHECK(strcmp(tg->measure, f[0]) == 0);
	CHECK(strcmp(sen_op_name(tg->op), f[2]) == 0);
	CHECK(tg->tenths == tenths);
	CHECK(memchr(tg->text, '\0', sizeof(tg->text)) != NULL);
	CHECK(sen_tenths_parse(tg->text, &back) == SEN_OK);
	CHECK(back == tenths);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sen_targets t = { NULL, 0 };
	char *text, *line, *next, *f[MAXFIELDS];
	size_t nf;

	if (size > 4096)
		return 0;
	if ((text = malloc(size + 1)) == NULL)
		abort();
	memcpy(text, data, size);
	text[size] = '\0';
	for (line = text; line != NULL; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		f[0] = line + (line[0] == '?');
		for (nf = 1; nf < MAXFIELDS &&
		    (f[nf] = strchr(f[nf - 1], ',')) != NULL; nf++)
			*f[nf]++ = '\0';
		if (line[0] == '?')
			query(&t, f, nf);
		else if (nf == MAXFIELDS)
			add(&t, f);
	}
	sen_targets_free(&t);
	CHECK(t.v == NULL && t.n == 0);
	free(text);
	return 0;
}
