/*
 * test_agg.c: unit tests for sen_agg, counting by period and group.
 *
 * Days come from ymd() below, a plain count written here apart from the
 * library (the same as in test_period.c); the periods that hold them are
 * said in comments and written as labels.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "sen.h"
#include "sen_agg.h"
#include "sen_date.h"
#include "sen_period.h"

/* Returns 1 when y is a leap year. */
static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Returns the day number of y-m-d, counted the plain way. */
static sen_day
ymd(int y, int m, int d)
{
	static const int before[12] = {
		0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334
	};
	long n;

	n = y - 1;
	return (sen_day)(365 * n + n / 4 - n / 100 + n / 400 +
	    before[m - 1] + (m > 2 && leap(y)) + d - 1 - 719162);
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

/* Adds n to counter k of the group named by the string s. */
static void
count(struct sen_agg *a, const char *s, sen_day day, int k, long long n)
{
	assert_int_equal(sen_agg_add(a, s, strlen(s), day, k, n), SEN_OK);
}

/* Asserts that the i-th group in name order is want, len bytes, with
 * own counter own. */
static void
group_is(struct sen_agg *a, size_t i, const char *want, size_t len,
    long long own)
{
	const char *name = NULL;
	size_t n = 999;

	assert_int_equal(sen_agg_group(a, i, &name, &n), own);
	assert_non_null(name);
	if (n != len || memcmp(name, want, len) != 0)
		fail_msg("group %zu is \"%.*s\" (%zu bytes), not \"%s\"", i,
		    (int)n, name, n, want);
	assert_int_equal(name[len], '\0');
}

/* Asserts the counters of the i-th group in the period of label. */
static void
cell_is(struct sen_agg *a, size_t i, const char *label,
    const long long want[SEN_AGG_N])
{
	struct sen_period p = per(label);
	const long long *c;
	int k;

	if ((c = sen_agg_get(a, i, &p)) == NULL)
		fail_msg("group %zu has nothing in %s", i, label);
	for (k = 0; k < SEN_AGG_N; k++)
		if (c[k] != want[k])
			fail_msg("group %zu in %s: counter %d is %lld, not "
			    "%lld", i, label, k, c[k], want[k]);
}

/* Asserts that the i-th group has nothing in the period of label. */
static void
cell_empty(struct sen_agg *a, size_t i, const char *label)
{
	struct sen_period p = per(label);

	if (sen_agg_get(a, i, &p) != NULL)
		fail_msg("group %zu has counts in %s", i, label);
}

/* Asserts that the aggregate's range runs from label first to last. */
static void
range_is(const struct sen_agg *a, const char *first, const char *last)
{
	struct sen_period f, l;
	char fb[SEN_PERIOD_LABEL], lb[SEN_PERIOD_LABEL];

	assert_int_equal(sen_agg_range(a, &f, &l), 1);
	sen_period_format(&f, fb);
	sen_period_format(&l, lb);
	if (strcmp(fb, first) != 0 || strcmp(lb, last) != 0)
		fail_msg("range %s to %s, not %s to %s", fb, lb, first,
		    last);
}

/* A new aggregate holds nothing. */
static void
test_agg_empty(void **state)
{
	struct sen_agg *a;
	struct sen_period f, l;

	(void)state;
	assert_non_null(a = sen_agg_new(SEN_PER_HALF));
	assert_int_equal(sen_agg_ngroups(a), 0);
	assert_int_equal(sen_agg_range(a, &f, &l), 0);
	sen_agg_free(a);
	sen_agg_free(NULL);
}

/* Counts land in their group, period and counter, and add up. */
static void
test_agg_counts(void **state)
{
	static const long long a_h1[SEN_AGG_N] = { 3, 0, 0, 0, 0, 0, 0, 4 };
	static const long long a_h2[SEN_AGG_N] = { 0, 5, 0, 0, 0, 0, 0, 0 };
	static const long long b_h1[SEN_AGG_N] = { 0, 0, 0, 7, 0, 0, 0, 0 };
	static const long long a_06[SEN_AGG_N] = { 1, 0, 0, 0, 0, 0, 0, 0 };
	struct sen_agg *a;

	(void)state;
	assert_non_null(a = sen_agg_new(SEN_PER_HALF));
	/* 2005-H1: 1 + 2 in counter 0, 4 in counter 7 */
	count(a, "A", ymd(2005, 2, 1), 0, 1);
	count(a, "A", ymd(2005, 6, 30), 0, 2);
	count(a, "A", ymd(2005, 1, 1), 7, 4);
	/* 2005-H2 from 1 July */
	count(a, "A", ymd(2005, 7, 1), 1, 5);
	/* B, 2005-H1 */
	count(a, "B", ymd(2005, 3, 15), 3, 7);
	/* 2006-H1: the same index, another year */
	count(a, "A", ymd(2006, 1, 1), 0, 1);
	assert_int_equal(sen_agg_ngroups(a), 2);
	group_is(a, 0, "A", 1, 0);
	group_is(a, 1, "B", 1, 0);
	cell_is(a, 0, "2005-H1", a_h1);
	cell_is(a, 0, "2005-H2", a_h2);
	cell_is(a, 0, "2006-H1", a_06);
	cell_is(a, 1, "2005-H1", b_h1);
	sen_agg_free(a);
}

/* Negative counts are added like any other. */
static void
test_agg_negative(void **state)
{
	static const long long want[SEN_AGG_N] = { -2, 0, 0, 0, 0, 0, 0, 0 };
	struct sen_agg *a;

	(void)state;
	assert_non_null(a = sen_agg_new(SEN_PER_YEAR));
	count(a, "A", ymd(2005, 5, 5), 0, 3);
	count(a, "A", ymd(2005, 9, 9), 0, -5);
	cell_is(a, 0, "2005", want);
	sen_agg_free(a);
}

/* Only len bytes of a group's name count. */
static void
test_agg_name_len(void **state)
{
	static const long long want[SEN_AGG_N] = { 3, 0, 0, 0, 0, 0, 0, 0 };
	struct sen_agg *a;

	(void)state;
	assert_non_null(a = sen_agg_new(SEN_PER_YEAR));
	assert_int_equal(sen_agg_add(a, "team A, north", 6, ymd(2005, 1, 1),
	    0, 1), SEN_OK);
	assert_int_equal(sen_agg_add(a, "team A", 6, ymd(2005, 1, 1), 0, 2),
	    SEN_OK);
	assert_int_equal(sen_agg_ngroups(a), 1);
	group_is(a, 0, "team A", 6, 0);
	cell_is(a, 0, "2005", want);
	sen_agg_free(a);
}

/* sen_agg_cell makes a cell for the caller to add to, and moves the
 * range, as sen_agg_add does. */
static void
test_agg_cell(void **state)
{
	static const long long want[SEN_AGG_N] = { 1, 0, 5, 0, 0, 0, 0, 2 };
	struct sen_agg *a;
	long long *c;
	int k;

	(void)state;
	assert_non_null(a = sen_agg_new(SEN_PER_QUARTER));
	/* 2005-Q3 */
	assert_non_null(c = sen_agg_cell(a, "A", 1, ymd(2005, 8, 1)));
	for (k = 0; k < SEN_AGG_N; k++)
		assert_int_equal(c[k], 0);
	c[0] += 1;
	c[7] += 2;
	range_is(a, "2005-Q3", "2005-Q3");
	/* the same cell again, from another day of the quarter */
	assert_non_null(c = sen_agg_cell(a, "A", 1, ymd(2005, 9, 30)));
	assert_int_equal(c[0], 1);
	c[2] += 5;
	assert_int_equal(sen_agg_ngroups(a), 1);
	cell_is(a, 0, "2005-Q3", want);
	/* 2006-01-01 opens 2006-Q1 */
	assert_non_null(c = sen_agg_cell(a, "B", 1, ymd(2006, 1, 1)));
	c[1] += 1;
	assert_int_equal(sen_agg_ngroups(a), 2);
	range_is(a, "2005-Q3", "2006-Q1");
	sen_agg_free(a);
}

/* Nothing counted in a cell: NULL. */
static void
test_agg_get_empty(void **state)
{
	struct sen_agg *a;

	(void)state;
	assert_non_null(a = sen_agg_new(SEN_PER_QUARTER));
	count(a, "A", ymd(2005, 8, 1), 0, 1);		/* 2005-Q3 */
	count(a, "B", ymd(2005, 11, 1), 0, 1);		/* 2005-Q4 */
	assert_int_equal(sen_agg_add_group(a, "C", 1, 10), SEN_OK);
	cell_empty(a, 0, "2005-Q4");
	cell_empty(a, 0, "2005-Q2");
	cell_empty(a, 0, "2006-Q3");
	cell_empty(a, 0, "2004-Q3");
	cell_empty(a, 1, "2005-Q3");
	/* C has only its own counter */
	cell_empty(a, 2, "2005-Q3");
	cell_empty(a, 2, "2005-Q4");
	sen_agg_free(a);
}

/* The first and last periods with a count, for every kind: the same
 * days added last first, a day between them, in any counter. */
static void
test_agg_range_kinds(void **state)
{
	static const struct {
		enum sen_per kind;
		const char *first, *last;
	} t[] = {
		{ SEN_PER_YEAR, "2005", "2006" },
		{ SEN_PER_HALF, "2005-H1", "2006-H2" },
		{ SEN_PER_QUARTER, "2005-Q1", "2006-Q3" },
		{ SEN_PER_MONTH, "2005-03", "2006-09" },
		{ SEN_PER_FY, "FY2004-05", "FY2006-07" },
		{ SEN_PER_FY_HALF, "FY2004-05-H2", "FY2006-07-H1" },
		{ SEN_PER_AY, "AY2004-05", "AY2006-07" }
	};
	struct sen_agg *a;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		assert_non_null(a = sen_agg_new(t[i].kind));
		count(a, "B", ymd(2006, 9, 1), 7, 1);
		count(a, "A", ymd(2005, 12, 25), 0, 1);
		count(a, "C", ymd(2005, 3, 31), 4, 1);
		range_is(a, t[i].first, t[i].last);
		sen_agg_free(a);
	}
}

/* A group's own counter moves no range; a single count is both ends. */
static void
test_agg_range_single(void **state)
{
	struct sen_agg *a;
	struct sen_period f, l;

	(void)state;
	assert_non_null(a = sen_agg_new(SEN_PER_FY));
	assert_int_equal(sen_agg_add_group(a, "A", 1, 4), SEN_OK);
	assert_int_equal(sen_agg_range(a, &f, &l), 0);
	/* 1 April 2005 opens FY2005-06 */
	count(a, "A", ymd(2005, 4, 1), 2, 1);
	range_is(a, "FY2005-06", "FY2005-06");
	/* 31 March 2005 closes FY2004-05 */
	count(a, "A", ymd(2005, 3, 31), 2, 1);
	range_is(a, "FY2004-05", "FY2005-06");
	sen_agg_free(a);
}

/*
 * Groups come back in byte order of their names, whatever order they
 * came in: the empty name first, a name before any it is a prefix of,
 * capitals (0x41-0x5A) before small letters (0x61-0x7A), a space (0x20)
 * and a NUL before letters, and a UTF-8 lead byte (0xC3) after all.
 */
static void
test_agg_byte_order(void **state)
{
	static const struct {
		const char *name;
		size_t len;
	} in[] = {
		{ "b", 1 }, { "ab", 2 }, { "a", 1 }, { "", 0 }, { "B", 1 },
		{ "abc", 3 }, { "\xC3\xA9", 2 }, { "a b", 3 }, { "Z", 1 },
		{ "a\0b", 3 }
	}, want[] = {
		{ "", 0 }, { "B", 1 }, { "Z", 1 }, { "a", 1 }, { "a\0b", 3 },
		{ "a b", 3 }, { "ab", 2 }, { "abc", 3 }, { "b", 1 },
		{ "\xC3\xA9", 2 }
	};
	struct sen_agg *a;
	size_t i, n = sizeof(in) / sizeof(in[0]);

	(void)state;
	assert_non_null(a = sen_agg_new(SEN_PER_YEAR));
	/* group i counts i + 1 in 2005 */
	for (i = 0; i < n; i++)
		assert_int_equal(sen_agg_add(a, in[i].name, in[i].len,
		    ymd(2005, 6, 1), 0, (long long)i + 1), SEN_OK);
	assert_int_equal(sen_agg_ngroups(a), n);
	for (i = 0; i < n; i++)
		group_is(a, i, want[i].name, want[i].len, 0);
	/* "" came in 4th, "\xC3\xA9" 7th, "b" 1st */
	assert_int_equal(sen_agg_get(a, 0, &(struct sen_period){
	    SEN_PER_YEAR, 2005, 1 })[0], 4);
	assert_int_equal(sen_agg_get(a, 9, &(struct sen_period){
	    SEN_PER_YEAR, 2005, 1 })[0], 7);
	assert_int_equal(sen_agg_get(a, 8, &(struct sen_period){
	    SEN_PER_YEAR, 2005, 1 })[0], 1);
	sen_agg_free(a);
}

/* A group added after the order was asked for takes its place. */
static void
test_agg_order_after_add(void **state)
{
	static const long long one[SEN_AGG_N] = { 1, 0, 0, 0, 0, 0, 0, 0 };
	static const long long two[SEN_AGG_N] = { 0, 2, 0, 0, 0, 0, 0, 0 };
	struct sen_agg *a;

	(void)state;
	assert_non_null(a = sen_agg_new(SEN_PER_MONTH));
	count(a, "north", ymd(2005, 7, 4), 0, 1);
	group_is(a, 0, "north", 5, 0);
	cell_is(a, 0, "2005-07", one);
	count(a, "east", ymd(2005, 7, 4), 1, 2);
	group_is(a, 0, "east", 4, 0);
	group_is(a, 1, "north", 5, 0);
	cell_is(a, 0, "2005-07", two);
	cell_is(a, 1, "2005-07", one);
	assert_int_equal(sen_agg_add_group(a, "central", 7, 9), SEN_OK);
	group_is(a, 0, "central", 7, 9);
	group_is(a, 1, "east", 4, 0);
	group_is(a, 2, "north", 5, 0);
	cell_empty(a, 0, "2005-07");
	cell_is(a, 1, "2005-07", two);
	sen_agg_free(a);
}

/* Each group's own counter adds up apart from its cells. */
static void
test_agg_group_own(void **state)
{
	static const long long want[SEN_AGG_N] = { 2, 0, 0, 0, 0, 0, 0, 0 };
	struct sen_agg *a;

	(void)state;
	assert_non_null(a = sen_agg_new(SEN_PER_HALF));
	assert_int_equal(sen_agg_add_group(a, "A", 1, 5), SEN_OK);
	assert_int_equal(sen_agg_add_group(a, "C", 1, 1), SEN_OK);
	assert_int_equal(sen_agg_add_group(a, "A", 1, 3), SEN_OK);
	count(a, "B", ymd(2005, 1, 1), 0, 2);
	count(a, "A", ymd(2005, 1, 1), 0, 2);
	assert_int_equal(sen_agg_add_group(a, "", 0, 0), SEN_OK);
	assert_int_equal(sen_agg_ngroups(a), 4);
	/* "" 0; A 5 + 3; B none; C 1 */
	group_is(a, 0, "", 0, 0);
	group_is(a, 1, "A", 1, 8);
	group_is(a, 2, "B", 1, 0);
	group_is(a, 3, "C", 1, 1);
	cell_is(a, 1, "2005-H1", want);
	cell_is(a, 2, "2005-H1", want);
	sen_agg_free(a);
}

/*
 * 10,000 groups "g00000" to "g09999", added in the order 7919 * j mod
 * 10000 (7919 is prime to 10000, so each comes once): group i counts i
 * in counter i mod 8 of 2005-H2 and 2i in its own counter.
 */
static void
test_agg_many_groups(void **state)
{
	struct sen_agg *a;
	struct sen_period h1, h2;
	const long long *c;
	const char *name;
	char want[16];
	size_t i, j, len;
	int k;

	(void)state;
	h1 = per("2005-H1");
	h2 = per("2005-H2");
	assert_non_null(a = sen_agg_new(SEN_PER_HALF));
	for (j = 0; j < 10000; j++) {
		i = 7919 * j % 10000;
		snprintf(want, sizeof(want), "g%05zu", i);
		count(a, want, ymd(2005, 7, 1) + (sen_day)(i % 184),
		    (int)(i % 8), (long long)i);
		assert_int_equal(sen_agg_add_group(a, want, 6,
		    2 * (long long)i), SEN_OK);
	}
	assert_int_equal(sen_agg_ngroups(a), 10000);
	range_is(a, "2005-H2", "2005-H2");
	for (i = 0; i < 10000; i++) {
		snprintf(want, sizeof(want), "g%05zu", i);
		assert_int_equal(sen_agg_group(a, i, &name, &len),
		    2 * (long long)i);
		assert_int_equal(len, 6);
		assert_string_equal(name, want);
		assert_non_null(c = sen_agg_get(a, i, &h2));
		for (k = 0; k < SEN_AGG_N; k++)
			assert_int_equal(c[k], (size_t)k == i % 8 ?
			    (long long)i : 0);
		assert_null(sen_agg_get(a, i, &h1));
	}
	sen_agg_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_agg_empty),
		cmocka_unit_test(test_agg_counts),
		cmocka_unit_test(test_agg_negative),
		cmocka_unit_test(test_agg_name_len),
		cmocka_unit_test(test_agg_cell),
		cmocka_unit_test(test_agg_get_empty),
		cmocka_unit_test(test_agg_range_kinds),
		cmocka_unit_test(test_agg_range_single),
		cmocka_unit_test(test_agg_byte_order),
		cmocka_unit_test(test_agg_order_after_add),
		cmocka_unit_test(test_agg_group_own),
		cmocka_unit_test(test_agg_many_groups)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
