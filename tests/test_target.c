/*
 * test_target.c: unit tests for sen_target, figures as exact fractions
 * and the targets they are held to.
 *
 * A percentage n of d is the fraction 100n/d.  Expected figures are
 * worked by hand, to more places than shown, in the comments.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sen.h"
#include "sen_period.h"
#include "sen_target.h"

/* Asserts that a/b is written as want. */
static void
formats_to(long long a, long long b, const char *want)
{
	char buf[32];

	assert_ptr_equal(sen_fraction_format(a, b, buf), buf);
	if (strcmp(buf, want) != 0)
		fail_msg("%lld/%lld gave \"%s\", not \"%s\"", a, b, buf,
		    want);
}

/* Asserts that s parses to want tenths. */
static void
parses_to(const char *s, long long want)
{
	long long v = -1;
	int st;

	if ((st = sen_tenths_parse(s, &v)) != SEN_OK)
		fail_msg("\"%s\": status %d", s, st);
	if (v != want)
		fail_msg("\"%s\" gave %lld, not %lld", s, v, want);
}

/* Adds a target that must be taken. */
static void
add(struct sen_targets *t, const char *measure, const char *period,
    const char *op, const char *target)
{
	const char *what = "unset";
	int st;

	st = sen_targets_add(t, measure, period, op, target, &what);
	if (st != SEN_OK)
		fail_msg("%s %s %s %s: status %d (%s)", measure, period, op,
		    target, st, what ? what : "(null)");
	assert_null(what);
}

/* Asserts that adding a target fails with the field named want. */
static void
add_fails(struct sen_targets *t, const char *period, const char *op,
    const char *target, const char *want)
{
	const char *what = NULL;
	size_t n = t->n;

	assert_int_equal(sen_targets_add(t, "on_time_all", period, op,
	    target, &what), SEN_ESYNTAX);
	if (what == NULL || strcmp(what, want) != 0)
		fail_msg("%s %s %s: field \"%s\", not \"%s\"", period, op,
		    target, what ? what : "(null)", want);
	assert_int_equal(t->n, n);
}

/* Returns the period of label, which must parse. */
static struct sen_period
per(const char *label)
{
	struct sen_period p;

	if (sen_period_parse(label, &p) != SEN_OK)
		fail_msg("\"%s\" did not parse", label);
	return p;
}

/* Returns a single target of op and tenths. */
static struct sen_target
target(enum sen_op op, long long tenths)
{
	struct sen_target tg;

	memset(&tg, 0, sizeof(tg));
	tg.op = op;
	tg.tenths = tenths;
	return tg;
}

/* Percentages worked by hand, halves rounded away from zero. */
static void
test_target_fraction_format(void **state)
{
	(void)state;
	formats_to(100, 16, "6.3");		/* 6.25 */
	formats_to(300, 16, "18.8");		/* 18.75 */
	formats_to(500, 16, "31.3");		/* 31.25 */
	formats_to(700, 16, "43.8");		/* 43.75 */
	formats_to(200, 3, "66.7");		/* 66.666... */
	formats_to(100, 3, "33.3");		/* 33.333... */
	formats_to(100, 6, "16.7");		/* 16.666... */
	formats_to(100, 8, "12.5");		/* exactly */
	formats_to(0, 5, "0.0");
	formats_to(0, 1, "0.0");
	formats_to(100, 1, "100.0");
	formats_to(700, 7, "100.0");
	formats_to(100 * 65, 67, "97.0");	/* 97.014... */
	formats_to(100 * 8996, 10000, "90.0");	/* 89.96 */
}

/* Halves that binary floating point would get wrong: 12.45, 0.15 and
 * 0.05 are held as a little less, but here are rounded up. */
static void
test_target_fraction_halves(void **state)
{
	(void)state;
	formats_to(249, 20, "12.5");		/* 12.45 */
	formats_to(3, 20, "0.2");		/* 0.15 */
	formats_to(1, 20, "0.1");		/* 0.05 */
	formats_to(1, 40, "0.0");		/* 0.025 */
	formats_to(2489999, 200000, "12.4");	/* 12.449995 */
	formats_to(100, 80, "1.3");		/* 1.25 */
}

/* Counts are n/1, and large numerators keep every digit. */
static void
test_target_fraction_large(void **state)
{
	(void)state;
	formats_to(122, 1, "122.0");
	formats_to(100LL * 53327, 53327, "100.0");
	/* 5332600 / 53327 = 99.998... */
	formats_to(100LL * 53326, 53327, "100.0");
	/* 5300000 / 53327 = 99.3868... */
	formats_to(100LL * 53000, 53327, "99.4");
	/* 100 * 1 / 53327 = 0.001875... */
	formats_to(100, 53327, "0.0");
	/* 5 * 10^12 of 10^13 = 50 percent */
	formats_to(100LL * 5000000000000LL, 10000000000000LL, "50.0");
	formats_to(123456789012LL, 1, "123456789012.0");
}

/* Targets as written, into tenths. */
static void
test_target_tenths_parse(void **state)
{
	(void)state;
	parses_to("90", 900);
	parses_to("92.5", 925);
	parses_to("92.50", 925);
	parses_to("92.500", 925);
	parses_to("0", 0);
	parses_to("0.0", 0);
	parses_to("100", 1000);
	parses_to("150", 1500);
	parses_to("090", 900);
	parses_to("0.1", 1);
}

/* Targets in no accepted form. */
static void
test_target_tenths_syntax(void **state)
{
	static const char *const bad[] = {
		"", "9.25", "92.05", "-1", "1e3", "+90", " 90", "90 ", "92.",
		".5", "92,5", "ninety", "90%", "9 0", "1.2.3"
	};
	long long v;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (sen_tenths_parse(bad[i], &v) != SEN_ESYNTAX)
			fail_msg("\"%s\" was accepted", bad[i]);
}

/* A target is kept with its fields parsed and its text normalised. */
static void
test_target_add(void **state)
{
	struct sen_targets t = { NULL, 0 };

	(void)state;
	add(&t, "on_time_all", "2005", ">=", "90");
	add(&t, "on_time_ex", "2005-H2", "<", "92.50");
	add(&t, "requests_vs_baseline", "FY2005-06", "<=", "0150");
	assert_int_equal(t.n, 3);
	assert_string_equal(t.v[0].measure, "on_time_all");
	assert_int_equal(t.v[0].period.kind, SEN_PER_YEAR);
	assert_int_equal(t.v[0].period.year, 2005);
	assert_int_equal(t.v[0].op, SEN_OP_GE);
	assert_int_equal(t.v[0].tenths, 900);
	assert_string_equal(t.v[0].text, "90");
	assert_int_equal(t.v[1].period.kind, SEN_PER_HALF);
	assert_int_equal(t.v[1].period.index, 2);
	assert_int_equal(t.v[1].op, SEN_OP_LT);
	assert_int_equal(t.v[1].tenths, 925);
	assert_string_equal(t.v[1].text, "92.5");
	assert_int_equal(t.v[2].period.kind, SEN_PER_FY);
	assert_int_equal(t.v[2].op, SEN_OP_LE);
	assert_int_equal(t.v[2].tenths, 1500);
	assert_string_equal(t.v[2].text, "150");
	sen_targets_free(&t);
	assert_null(t.v);
	assert_int_equal(t.n, 0);
}

/* Each operator as written, and back. */
static void
test_target_ops(void **state)
{
	static const char *const ops[] = { ">=", "<=", ">", "<", "=" };
	static const enum sen_op want[] = {
		SEN_OP_GE, SEN_OP_LE, SEN_OP_GT, SEN_OP_LT, SEN_OP_EQ
	};
	struct sen_targets t = { NULL, 0 };
	size_t i;

	(void)state;
	for (i = 0; i < 5; i++) {
		add(&t, "on_time_all", "2005", ops[i], "90");
		assert_int_equal(t.v[i].op, want[i]);
		assert_string_equal(sen_op_name(want[i]), ops[i]);
	}
	sen_targets_free(&t);
}

/* Errors name the field at fault, the period checked first. */
static void
test_target_add_errors(void **state)
{
	struct sen_targets t = { NULL, 0 };

	(void)state;
	add_fails(&t, "2005-H3", ">=", "90", "period");
	add_fails(&t, "", ">=", "90", "period");
	add_fails(&t, "FY2005-07", ">=", "90", "period");
	add_fails(&t, "2005", "=>", "90", "op");
	add_fails(&t, "2005", "", "90", "op");
	add_fails(&t, "2005", "==", "90", "op");
	add_fails(&t, "2005", " >=", "90", "op");
	add_fails(&t, "2005", ">=", "9.25", "target");
	add_fails(&t, "2005", ">=", "", "target");
	add_fails(&t, "2005", ">=", "-1", "target");
	add_fails(&t, "x", "x", "x", "period");
	add_fails(&t, "2005", "x", "x", "op");
	assert_int_equal(t.n, 0);
	sen_targets_free(&t);
}

/* The narrowest target period holding the measure's period wins. */
static void
test_target_find_narrowest(void **state)
{
	struct sen_targets t = { NULL, 0 };
	const struct sen_target *tg;
	struct sen_period p;

	(void)state;
	add(&t, "on_time_all", "2005", ">=", "90");
	add(&t, "on_time_all", "2005-H2", ">=", "30");
	add(&t, "on_time_ex", "2005-H2", ">=", "50");
	p = per("2005-H2");
	assert_non_null(tg = sen_targets_find(&t, "on_time_all", &p));
	assert_ptr_equal(tg, &t.v[1]);
	assert_int_equal(tg->tenths, 300);
	p = per("2005-Q3");
	assert_ptr_equal(sen_targets_find(&t, "on_time_all", &p), &t.v[1]);
	p = per("2005-12");
	assert_ptr_equal(sen_targets_find(&t, "on_time_all", &p), &t.v[1]);
	/* the first half is only in the year */
	p = per("2005-H1");
	assert_ptr_equal(sen_targets_find(&t, "on_time_all", &p), &t.v[0]);
	/* the year is in no half */
	p = per("2005");
	assert_ptr_equal(sen_targets_find(&t, "on_time_all", &p), &t.v[0]);
	/* another measure has its own */
	p = per("2005-H2");
	assert_ptr_equal(sen_targets_find(&t, "on_time_ex", &p), &t.v[2]);
	sen_targets_free(&t);
}

/* The narrowest wins whichever is listed first. */
static void
test_target_find_order(void **state)
{
	struct sen_targets t = { NULL, 0 };
	struct sen_period p;

	(void)state;
	add(&t, "on_time_all", "2005-H2", ">=", "30");
	add(&t, "on_time_all", "2005", ">=", "90");
	p = per("2005-H2");
	assert_ptr_equal(sen_targets_find(&t, "on_time_all", &p), &t.v[0]);
	p = per("2005-Q1");
	assert_ptr_equal(sen_targets_find(&t, "on_time_all", &p), &t.v[1]);
	sen_targets_free(&t);
}

/* Among periods of equal length the first listed wins: AY2005-06 and
 * 2005 are both 365 days and both hold 2005-Q4. */
static void
test_target_find_equal_spans(void **state)
{
	struct sen_targets t = { NULL, 0 };
	struct sen_period p;

	(void)state;
	add(&t, "on_time_all", "AY2005-06", ">=", "80");
	add(&t, "on_time_all", "2005", ">=", "90");
	add(&t, "on_time_ex", "2005", ">=", "90");
	add(&t, "on_time_ex", "AY2005-06", ">=", "80");
	p = per("2005-Q4");
	assert_ptr_equal(sen_targets_find(&t, "on_time_all", &p), &t.v[0]);
	assert_ptr_equal(sen_targets_find(&t, "on_time_ex", &p), &t.v[2]);
	/* 2005-Q3 starts in July, before the academic year */
	p = per("2005-Q3");
	assert_ptr_equal(sen_targets_find(&t, "on_time_all", &p), &t.v[1]);
	sen_targets_free(&t);
}

/* None for a period outside every target's, or another measure. */
static void
test_target_find_none(void **state)
{
	struct sen_targets t = { NULL, 0 };
	struct sen_period p;

	(void)state;
	p = per("2005-H2");
	assert_null(sen_targets_find(&t, "on_time_all", &p));
	add(&t, "on_time_all", "2005", ">=", "90");
	add(&t, "on_time_ex", "2005-H2", ">=", "50");
	p = per("2006-H1");
	assert_null(sen_targets_find(&t, "on_time_all", &p));
	p = per("2004-H2");
	assert_null(sen_targets_find(&t, "on_time_all", &p));
	/* FY2005-06 runs into 2006 */
	p = per("FY2005-06");
	assert_null(sen_targets_find(&t, "on_time_all", &p));
	p = per("2005-H2");
	assert_null(sen_targets_find(&t, "requests", &p));
	assert_null(sen_targets_find(&t, "on_time", &p));
	/* on_time_ex has only the second half */
	p = per("2005-H1");
	assert_null(sen_targets_find(&t, "on_time_ex", &p));
	sen_targets_free(&t);
}

/* Met or missed is decided on the exact fraction, not as shown. */
static void
test_target_met_exact(void **state)
{
	struct sen_target tg;
	char buf[32];

	(void)state;
	tg = target(SEN_OP_GE, 900);
	/* 8996 of 10000 is 89.96%, shown as 90.0 but under 90 */
	assert_string_equal(sen_fraction_format(100 * 8996, 10000, buf),
	    "90.0");
	assert_int_equal(sen_target_met(&tg, 100 * 8996, 10000), 0);
	/* 9 of 10 is 90% exactly */
	assert_int_equal(sen_target_met(&tg, 100 * 9, 10), 1);
	/* 9001 of 10000 is 90.01% */
	assert_int_equal(sen_target_met(&tg, 100 * 9001, 10000), 1);
	/* 2 of 3 is 66.666...%, shown as 66.7 but under 66.7 */
	tg = target(SEN_OP_GE, 667);
	assert_int_equal(sen_target_met(&tg, 200, 3), 0);
	/* 667 of 1000 is 66.7% exactly */
	assert_int_equal(sen_target_met(&tg, 100 * 667, 1000), 1);
	/* 92.5: 37 of 40 is 92.5% exactly, 1849 of 2000 is 92.45% */
	tg = target(SEN_OP_GE, 925);
	assert_int_equal(sen_target_met(&tg, 100 * 37, 40), 1);
	assert_int_equal(sen_target_met(&tg, 100 * 1849, 2000), 0);
}

/* Each operator either side of the target and on it. */
static void
test_target_met_ops(void **state)
{
	static const struct {
		enum sen_op op;
		int under, on, over;
	} t[] = {
		{ SEN_OP_GE, 0, 1, 1 },
		{ SEN_OP_LE, 1, 1, 0 },
		{ SEN_OP_GT, 0, 0, 1 },
		{ SEN_OP_LT, 1, 0, 0 },
		{ SEN_OP_EQ, 0, 1, 0 }
	};
	struct sen_target tg;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		tg = target(t[i].op, 1500);
		/* 14999 of 10000: 149.99%; 3 of 2: 150%; 15001: 150.01% */
		assert_int_equal(sen_target_met(&tg, 100 * 14999, 10000),
		    t[i].under);
		assert_int_equal(sen_target_met(&tg, 100 * 3, 2), t[i].on);
		assert_int_equal(sen_target_met(&tg, 100 * 15001, 10000),
		    t[i].over);
	}
}

/* Counts (n/1) against a target, and a nil figure against zero. */
static void
test_target_met_counts(void **state)
{
	struct sen_target tg;

	(void)state;
	tg = target(SEN_OP_LE, 1200);	/* at most 120 */
	assert_int_equal(sen_target_met(&tg, 120, 1), 1);
	assert_int_equal(sen_target_met(&tg, 121, 1), 0);
	tg = target(SEN_OP_EQ, 0);
	assert_int_equal(sen_target_met(&tg, 0, 1), 1);
	assert_int_equal(sen_target_met(&tg, 1, 1), 0);
	tg = target(SEN_OP_GT, 0);
	assert_int_equal(sen_target_met(&tg, 0, 7), 0);
	assert_int_equal(sen_target_met(&tg, 1, 100000), 1);
}

/*
 * Exact comparison without overflow: 10a and tb can pass 2^63 though a,
 * b and t fit.  a = 10^17 (a percentage of 10^15), b = 10^15, target
 * 99999999999.9 (t = 999999999999): 10a = 10^18 < tb, about 10^27, so
 * at least the target is missed and at most it is met; and 101/1 of a
 * target 1010.0 (t = 10100) is exactly equal.
 */
static void
test_target_met_no_overflow(void **state)
{
	struct sen_target tg;

	(void)state;
	memset(&tg, 0, sizeof(tg));
	tg.tenths = 999999999999LL;
	tg.op = SEN_OP_GE;
	assert_int_equal(sen_target_met(&tg, 100000000000000000LL,
	    1000000000000000LL), 0);
	tg.op = SEN_OP_LE;
	assert_int_equal(sen_target_met(&tg, 100000000000000000LL,
	    1000000000000000LL), 1);
	tg.tenths = 10100;
	tg.op = SEN_OP_EQ;
	assert_int_equal(sen_target_met(&tg, 1010, 1), 1);
	/* 2/3 of 100 against 66.7: 2000/3 = 666.66... tenths, below 667 */
	tg.tenths = 667;
	tg.op = SEN_OP_LT;
	assert_int_equal(sen_target_met(&tg, 200, 3), 1);
	/* a negative target, as an amber margin may make: always above */
	tg.tenths = -5;
	tg.op = SEN_OP_GE;
	assert_int_equal(sen_target_met(&tg, 0, 7), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_target_met_no_overflow),
		cmocka_unit_test(test_target_fraction_format),
		cmocka_unit_test(test_target_fraction_halves),
		cmocka_unit_test(test_target_fraction_large),
		cmocka_unit_test(test_target_tenths_parse),
		cmocka_unit_test(test_target_tenths_syntax),
		cmocka_unit_test(test_target_add),
		cmocka_unit_test(test_target_ops),
		cmocka_unit_test(test_target_add_errors),
		cmocka_unit_test(test_target_find_narrowest),
		cmocka_unit_test(test_target_find_order),
		cmocka_unit_test(test_target_find_equal_spans),
		cmocka_unit_test(test_target_find_none),
		cmocka_unit_test(test_target_met_exact),
		cmocka_unit_test(test_target_met_ops),
		cmocka_unit_test(test_target_met_counts)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
