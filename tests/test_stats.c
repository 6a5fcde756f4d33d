/*
 * test_stats.c: unit tests for sen_stats, figures as official statistics
 * publish them.
 *
 * A symbol (x, z, c, low, k, u, : or ~) stands where no number is
 * given; it is missing, never zero.  Counts are read digit by digit by
 * hand: "53,327" is 53 thousand and 327.  Percentages are in tenths:
 * "58.7" is 587.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sen.h"
#include "sen_stats.h"

/* Asserts whether the NUL-terminated s is missing. */
static void
missing(const char *s, int want)
{
	if (sen_stat_missing(s, strlen(s)) != want)
		fail_msg("\"%s\" was%s taken as missing", s, want ? " not" :
		    "");
}

/* Asserts that the NUL-terminated s is the count want. */
static void
count_is(const char *s, long long want)
{
	long long v = -1;
	int st;

	if ((st = sen_stat_count(s, strlen(s), &v)) != SEN_OK)
		fail_msg("\"%s\": status %d", s, st);
	if (v != want)
		fail_msg("\"%s\" gave %lld, not %lld", s, v, want);
}

/* Asserts that the NUL-terminated s fails as a count with want. */
static void
count_fails(const char *s, int want)
{
	long long v;
	int st;

	if ((st = sen_stat_count(s, strlen(s), &v)) != want)
		fail_msg("\"%s\": status %d, not %d", s, st, want);
}

/* Asserts that the NUL-terminated s is want tenths. */
static void
tenths_is(const char *s, long long want)
{
	long long v = -1;
	int st;

	if ((st = sen_stat_tenths(s, strlen(s), &v)) != SEN_OK)
		fail_msg("\"%s\": status %d", s, st);
	if (v != want)
		fail_msg("\"%s\" gave %lld, not %lld", s, v, want);
}

/* Asserts that the NUL-terminated s fails as tenths with want. */
static void
tenths_fails(const char *s, int want)
{
	long long v;
	int st;

	if ((st = sen_stat_tenths(s, strlen(s), &v)) != want)
		fail_msg("\"%s\": status %d, not %d", s, st, want);
}

/* Each symbol is missing, in either case. */
static void
test_stats_missing_symbols(void **state)
{
	(void)state;
	missing("x", 1);
	missing("X", 1);
	missing("z", 1);
	missing("Z", 1);
	missing("c", 1);
	missing("C", 1);
	missing("low", 1);
	missing("LOW", 1);
	missing("Low", 1);
	missing("lOw", 1);
	missing("k", 1);
	missing("K", 1);
	missing("u", 1);
	missing("U", 1);
	missing(":", 1);
	missing("~", 1);
}

/* Spaces and tabs around a symbol, and nothing at all, are missing. */
static void
test_stats_missing_spaces(void **state)
{
	(void)state;
	missing(" x ", 1);
	missing("\tlow\t", 1);
	missing("  :  ", 1);
	missing(" ~", 1);
	missing("C ", 1);
	missing("", 1);
	missing(" ", 1);
	missing(" \t ", 1);
}

/* Zero and other numbers are figures, and near-symbols are not
 * symbols. */
static void
test_stats_missing_not(void **state)
{
	(void)state;
	missing("0", 0);
	missing(" 0 ", 0);
	missing("0.0", 0);
	missing("53,327", 0);
	missing("xx", 0);
	missing("lo", 0);
	missing("lower", 0);
	missing("x x", 0);
	missing("::", 0);
	missing("-", 0);
	missing("y", 0);
	missing("n/a", 0);
}

/* Only the len bytes given are looked at. */
static void
test_stats_missing_len(void **state)
{
	(void)state;
	/* "x" of "x5", and "low" of "lowest" */
	assert_int_equal(sen_stat_missing("x5", 1), 1);
	assert_int_equal(sen_stat_missing("lowest", 3), 1);
	/* "5" of "5x" */
	assert_int_equal(sen_stat_missing("5x", 1), 0);
	/* none of "7" */
	assert_int_equal(sen_stat_missing("7", 0), 1);
}

/* Counts with and without thousands commas. */
static void
test_stats_count(void **state)
{
	(void)state;
	count_is("53,327", 53327);
	count_is("53327", 53327);
	count_is(" 53,327 ", 53327);
	count_is("\t53327\t", 53327);
	count_is("0", 0);
	count_is("7", 7);
	count_is("999", 999);
	count_is("1,000", 1000);
	count_is("123,456", 123456);
	count_is("1,234,567", 1234567);
	count_is("1234567", 1234567);
	/* 10^15, a thousand million million: the most taken */
	count_is("1,000,000,000,000,000", 1000000000000000LL);
}

/* Commas out of place, signs, points and words. */
static void
test_stats_count_syntax(void **state)
{
	static const char *const bad[] = {
		"53,32",	/* last group of two */
		"5,3327",	/* last group of four */
		"5332,7",	/* first group of four */
		",533",
		"533,",
		"53,,327",
		"1,234,56",
		"1,2345,678",
		"-5",
		"+5",
		"5.0",
		"53.327",
		"1e3",
		"5 3",
		"five",
		"xx",
		"low5"
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		count_fails(bad[i], SEN_ESYNTAX);
}

/* Symbols and nothing are empty, not zero. */
static void
test_stats_count_empty(void **state)
{
	(void)state;
	count_fails("x", SEN_EEMPTY);
	count_fails(" c ", SEN_EEMPTY);
	count_fails("LOW", SEN_EEMPTY);
	count_fails(":", SEN_EEMPTY);
	count_fails("~", SEN_EEMPTY);
	count_fails("", SEN_EEMPTY);
	count_fails("  ", SEN_EEMPTY);
}

/* Past a thousand million million (10^15) is out of range. */
static void
test_stats_count_range(void **state)
{
	(void)state;
	/* twenty nines, 10^20 - 1 */
	count_fails("99999999999999999999", SEN_EOVER);
	count_fails("99,999,999,999,999,999,999", SEN_EOVER);
}

/* The bound is 10^15 itself: one more is out of range. */
static void
test_stats_count_range_bound(void **state)
{
	(void)state;
	count_fails("1000000000000001", SEN_EOVER);
	count_fails("1,000,000,000,000,001", SEN_EOVER);
	count_fails("2000000000000000", SEN_EOVER);
	count_fails("999999999999999999", SEN_EOVER);
}

/* Percentages with one decimal or none, into tenths. */
static void
test_stats_tenths(void **state)
{
	(void)state;
	tenths_is("58.7", 587);		/* 58 * 10 + 7 */
	tenths_is("59", 590);		/* 59 * 10 */
	tenths_is(" 58.7 ", 587);
	tenths_is("\t59\t", 590);
	tenths_is("0", 0);
	tenths_is("0.0", 0);
	tenths_is("0.1", 1);
	tenths_is("100", 1000);
	tenths_is("100.0", 1000);
	tenths_is("7.5", 75);
}

/* Symbols and nothing are empty, anything else a syntax error. */
static void
test_stats_tenths_errors(void **state)
{
	static const char *const bad[] = {
		"58.75",	/* a second decimal */
		"58.",
		".7",
		"-1",
		"+1",
		"58,7",
		"1,000",
		"1e2",
		"58.7%",
		"5 8",
		"fifty"
	};
	size_t i;

	(void)state;
	tenths_fails("x", SEN_EEMPTY);
	tenths_fails(" z ", SEN_EEMPTY);
	tenths_fails("low", SEN_EEMPTY);
	tenths_fails("~", SEN_EEMPTY);
	tenths_fails("", SEN_EEMPTY);
	tenths_fails(" ", SEN_EEMPTY);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		tenths_fails(bad[i], SEN_ESYNTAX);
}

/* Only the len bytes given are read. */
static void
test_stats_len(void **state)
{
	long long v = -1;

	(void)state;
	/* "53" of "53,327" */
	assert_int_equal(sen_stat_count("53,327", 2, &v), SEN_OK);
	assert_int_equal(v, 53);
	/* "58" of "58.7": 58 * 10 */
	assert_int_equal(sen_stat_tenths("58.7", 2, &v), SEN_OK);
	assert_int_equal(v, 580);
	/* "58.7" of "58.75" */
	assert_int_equal(sen_stat_tenths("58.75", 4, &v), SEN_OK);
	assert_int_equal(v, 587);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stats_missing_symbols),
		cmocka_unit_test(test_stats_missing_spaces),
		cmocka_unit_test(test_stats_missing_not),
		cmocka_unit_test(test_stats_missing_len),
		cmocka_unit_test(test_stats_count),
		cmocka_unit_test(test_stats_count_syntax),
		cmocka_unit_test(test_stats_count_empty),
		cmocka_unit_test(test_stats_count_range),
		cmocka_unit_test(test_stats_count_range_bound),
		cmocka_unit_test(test_stats_tenths),
		cmocka_unit_test(test_stats_tenths_errors),
		cmocka_unit_test(test_stats_len)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
