/*
 * test_period.c: unit tests for sen_period.
 *
 * Expected days come from ymd() below, a plain count written here apart
 * from the library: 365 days a year since 0001-01-01, plus the leap days
 * before it (n / 4 - n / 100 + n / 400 in years 1 to n), plus the months
 * before, less 719162 (the day number of 0001-01-01, worked in
 * test_date.c).  A few are also written as numbers worked by hand.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sen.h"
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

/* Returns the period of kind, year and index. */
static struct sen_period
per(enum sen_per kind, int year, int index)
{
	struct sen_period p;

	p.kind = kind;
	p.year = year;
	p.index = index;
	return p;
}

/* Asserts that p is the period of kind, year and index. */
static void
is_period(struct sen_period p, enum sen_per kind, int year, int index)
{
	if (p.kind != kind || p.year != year || p.index != index)
		fail_msg("got %d %d %d, not %d %d %d", (int)p.kind, p.year,
		    p.index, (int)kind, year, index);
}

/* Asserts that the period holding y-m-d is kind, year and index. */
static void
holds(int y, int m, int d, enum sen_per kind, int year, int index)
{
	is_period(sen_period_of(kind, ymd(y, m, d)), kind, year, index);
}

/* Asserts that p runs from first to last. */
static void
spans(struct sen_period p, sen_day first, sen_day last)
{
	assert_int_equal(sen_period_first(&p), first);
	assert_int_equal(sen_period_last(&p), last);
}

/* Asserts that label parses to kind, year and index. */
static void
parses_to(const char *label, enum sen_per kind, int year, int index)
{
	struct sen_period p;

	if (sen_period_parse(label, &p) != SEN_OK)
		fail_msg("\"%s\" did not parse", label);
	is_period(p, kind, year, index);
}

/* Asserts that kind, year and index format as want. */
static void
formats_to(enum sen_per kind, int year, int index, const char *want)
{
	struct sen_period p;
	char buf[SEN_PERIOD_LABEL];

	p = per(kind, year, index);
	assert_ptr_equal(sen_period_format(&p, buf), buf);
	assert_string_equal(buf, want);
}

/* The test's own ymd() agrees with the numbers worked by hand. */
static void
test_period_oracle(void **state)
{
	(void)state;
	assert_int_equal(ymd(1970, 1, 1), 0);
	assert_int_equal(ymd(2000, 3, 1), 11017);
	assert_int_equal(ymd(2005, 1, 1), 12784);
	assert_int_equal(ymd(1900, 1, 1), -25567);
	assert_int_equal(ymd(2004, 2, 29), 12477);
}

/* Every kind's name parses to it and back. */
static void
test_period_kind_names(void **state)
{
	static const char *const names[] = {
		"year", "half", "quarter", "month", "fy", "fy-half", "ay"
	};
	static const enum sen_per want[] = {
		SEN_PER_YEAR, SEN_PER_HALF, SEN_PER_QUARTER, SEN_PER_MONTH,
		SEN_PER_FY, SEN_PER_FY_HALF, SEN_PER_AY
	};
	enum sen_per kind;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		assert_int_equal(sen_per_parse(names[i], &kind), SEN_OK);
		assert_int_equal(kind, want[i]);
		assert_string_equal(sen_per_name(want[i]), names[i]);
	}
}

/* Names of no kind. */
static void
test_period_kind_unknown(void **state)
{
	static const char *const bad[] = {
		"", "week", "years", "Year", "FY", "fy_half", "fyhalf",
		"fy-half ", " ay", "q"
	};
	enum sen_per kind;
	size_t i;

	(void)state;
	kind = SEN_PER_MONTH;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(sen_per_parse(bad[i], &kind), SEN_EUNKNOWN);
	assert_int_equal(kind, SEN_PER_MONTH);
}

/* Calendar periods either side of their edges. */
static void
test_period_of_calendar_edges(void **state)
{
	(void)state;
	holds(2005, 12, 31, SEN_PER_YEAR, 2005, 1);
	holds(2006, 1, 1, SEN_PER_YEAR, 2006, 1);
	holds(2005, 6, 30, SEN_PER_HALF, 2005, 1);
	holds(2005, 7, 1, SEN_PER_HALF, 2005, 2);
	holds(2005, 12, 31, SEN_PER_HALF, 2005, 2);
	holds(2006, 1, 1, SEN_PER_HALF, 2006, 1);
	holds(2005, 3, 31, SEN_PER_QUARTER, 2005, 1);
	holds(2005, 4, 1, SEN_PER_QUARTER, 2005, 2);
	holds(2005, 9, 30, SEN_PER_QUARTER, 2005, 3);
	holds(2005, 10, 1, SEN_PER_QUARTER, 2005, 4);
	holds(2004, 2, 29, SEN_PER_MONTH, 2004, 2);
	holds(2004, 3, 1, SEN_PER_MONTH, 2004, 3);
	holds(1900, 2, 28, SEN_PER_MONTH, 1900, 2);
	holds(1900, 3, 1, SEN_PER_MONTH, 1900, 3);
	holds(1969, 12, 31, SEN_PER_MONTH, 1969, 12);
	holds(1970, 1, 1, SEN_PER_MONTH, 1970, 1);
}

/* Financial years turn between 31 March and 1 April, their halves
 * between 30 September and 1 October. */
static void
test_period_of_fy_edges(void **state)
{
	(void)state;
	holds(2005, 3, 31, SEN_PER_FY, 2004, 1);
	holds(2005, 4, 1, SEN_PER_FY, 2005, 1);
	holds(2005, 12, 31, SEN_PER_FY, 2005, 1);
	holds(2006, 1, 1, SEN_PER_FY, 2005, 1);
	holds(2000, 3, 31, SEN_PER_FY, 1999, 1);
	holds(2005, 3, 31, SEN_PER_FY_HALF, 2004, 2);
	holds(2005, 4, 1, SEN_PER_FY_HALF, 2005, 1);
	holds(2005, 9, 30, SEN_PER_FY_HALF, 2005, 1);
	holds(2005, 10, 1, SEN_PER_FY_HALF, 2005, 2);
	holds(2006, 1, 1, SEN_PER_FY_HALF, 2005, 2);
	holds(2006, 3, 31, SEN_PER_FY_HALF, 2005, 2);
	holds(2006, 4, 1, SEN_PER_FY_HALF, 2006, 1);
}

/* Academic years turn between 31 August and 1 September. */
static void
test_period_of_ay_edges(void **state)
{
	(void)state;
	holds(2005, 8, 31, SEN_PER_AY, 2004, 1);
	holds(2005, 9, 1, SEN_PER_AY, 2005, 1);
	holds(2005, 12, 31, SEN_PER_AY, 2005, 1);
	holds(2006, 1, 1, SEN_PER_AY, 2005, 1);
	holds(2006, 8, 31, SEN_PER_AY, 2005, 1);
	holds(2006, 9, 1, SEN_PER_AY, 2006, 1);
}

/* First and last days of calendar periods. */
static void
test_period_first_last_calendar(void **state)
{
	(void)state;
	/* 12784 + 364 */
	spans(per(SEN_PER_YEAR, 2005, 1), 12784, 13148);
	/* 31 + 29 + 31 + 30 + 31 + 30 = 182 days, so 10957 + 181 */
	spans(per(SEN_PER_HALF, 2000, 1), 10957, 11138);
	spans(per(SEN_PER_HALF, 2005, 2), ymd(2005, 7, 1),
	    ymd(2005, 12, 31));
	/* 11017 + 30 */
	spans(per(SEN_PER_QUARTER, 2000, 1), 10957, 11047);
	spans(per(SEN_PER_QUARTER, 2005, 3), ymd(2005, 7, 1),
	    ymd(2005, 9, 30));
	spans(per(SEN_PER_QUARTER, 2005, 4), ymd(2005, 10, 1),
	    ymd(2005, 12, 31));
	spans(per(SEN_PER_MONTH, 2004, 2), 12449, 12477);
	spans(per(SEN_PER_MONTH, 2005, 2), ymd(2005, 2, 1),
	    ymd(2005, 2, 28));
	spans(per(SEN_PER_MONTH, 2000, 2), 10988, 11016);
	/* -25567 + 31, then + 27 */
	spans(per(SEN_PER_MONTH, 1900, 2), -25536, -25509);
	spans(per(SEN_PER_MONTH, 2005, 12), ymd(2005, 12, 1), 13148);
	spans(per(SEN_PER_MONTH, 1970, 1), 0, 30);
}

/* First and last days of financial years and their halves. */
static void
test_period_first_last_fy(void **state)
{
	(void)state;
	spans(per(SEN_PER_FY, 2005, 1), ymd(2005, 4, 1), ymd(2006, 3, 31));
	/* 11017 + 30 */
	spans(per(SEN_PER_FY, 1999, 1), ymd(1999, 4, 1), 11047);
	spans(per(SEN_PER_FY, 2003, 1), ymd(2003, 4, 1), ymd(2004, 3, 31));
	spans(per(SEN_PER_FY_HALF, 2005, 1), ymd(2005, 4, 1),
	    ymd(2005, 9, 30));
	spans(per(SEN_PER_FY_HALF, 2005, 2), ymd(2005, 10, 1),
	    ymd(2006, 3, 31));
	spans(per(SEN_PER_FY_HALF, 1999, 2), ymd(1999, 10, 1), 11047);
}

/* First and last days of academic years. */
static void
test_period_first_last_ay(void **state)
{
	(void)state;
	spans(per(SEN_PER_AY, 2005, 1), ymd(2005, 9, 1), ymd(2006, 8, 31));
	spans(per(SEN_PER_AY, 1999, 1), ymd(1999, 9, 1), ymd(2000, 8, 31));
	/* 2005-09-01: 12784 + 243 (Jan to Aug) */
	assert_int_equal(ymd(2005, 9, 1), 13027);
	spans(per(SEN_PER_AY, 2005, 1), 13027, 13027 + 364);
}

/* Period lengths in days, across leap and century years. */
static void
test_period_lengths(void **state)
{
	static const struct {
		enum sen_per kind;
		int year, index, days;
	} t[] = {
		{ SEN_PER_YEAR, 1900, 1, 365 },
		{ SEN_PER_YEAR, 2000, 1, 366 },
		{ SEN_PER_YEAR, 2100, 1, 365 },
		{ SEN_PER_HALF, 2000, 1, 182 },	/* 31+29+31+30+31+30 */
		{ SEN_PER_HALF, 2001, 1, 181 },
		{ SEN_PER_HALF, 2001, 2, 184 },	/* 31+31+30+31+30+31 */
		{ SEN_PER_QUARTER, 2001, 1, 90 },
		{ SEN_PER_QUARTER, 2004, 1, 91 },
		{ SEN_PER_QUARTER, 2001, 3, 92 },
		{ SEN_PER_MONTH, 1900, 2, 28 },
		{ SEN_PER_MONTH, 2000, 2, 29 },
		{ SEN_PER_MONTH, 2005, 4, 30 },
		{ SEN_PER_FY, 2003, 1, 366 },	/* holds 29 Feb 2004 */
		{ SEN_PER_FY, 2004, 1, 365 },
		{ SEN_PER_FY, 1899, 1, 365 },	/* holds Feb 1900 */
		{ SEN_PER_FY_HALF, 2005, 1, 183 },	/* 30+31+30+31+31+30 */
		{ SEN_PER_FY_HALF, 2005, 2, 182 },	/* 31+30+31+31+28+31 */
		{ SEN_PER_FY_HALF, 2003, 2, 183 },
		{ SEN_PER_AY, 2003, 1, 366 },
		{ SEN_PER_AY, 2004, 1, 365 },
		{ SEN_PER_AY, 1999, 1, 366 }
	};
	struct sen_period p;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		p = per(t[i].kind, t[i].year, t[i].index);
		assert_int_equal(sen_period_last(&p) - sen_period_first(&p)
		    + 1, t[i].days);
	}
}

/* Labels of every kind. */
static void
test_period_format(void **state)
{
	(void)state;
	formats_to(SEN_PER_YEAR, 2005, 1, "2005");
	formats_to(SEN_PER_HALF, 2005, 2, "2005-H2");
	formats_to(SEN_PER_QUARTER, 2005, 3, "2005-Q3");
	formats_to(SEN_PER_MONTH, 2005, 7, "2005-07");
	formats_to(SEN_PER_MONTH, 2005, 12, "2005-12");
	formats_to(SEN_PER_FY, 2005, 1, "FY2005-06");
	formats_to(SEN_PER_FY_HALF, 2005, 1, "FY2005-06-H1");
	formats_to(SEN_PER_FY_HALF, 2005, 2, "FY2005-06-H2");
	formats_to(SEN_PER_AY, 2005, 1, "AY2005-06");
	formats_to(SEN_PER_YEAR, 5, 1, "0005");
}

/* Split-year labels across century ends. */
static void
test_period_format_century(void **state)
{
	(void)state;
	formats_to(SEN_PER_FY, 1999, 1, "FY1999-00");
	formats_to(SEN_PER_AY, 1999, 1, "AY1999-00");
	formats_to(SEN_PER_FY_HALF, 1999, 2, "FY1999-00-H2");
	formats_to(SEN_PER_FY, 2000, 1, "FY2000-01");
	formats_to(SEN_PER_FY, 2009, 1, "FY2009-10");
	formats_to(SEN_PER_AY, 2099, 1, "AY2099-00");
}

/* Labels of every kind parse. */
static void
test_period_parse_each_kind(void **state)
{
	(void)state;
	parses_to("2005", SEN_PER_YEAR, 2005, 1);
	parses_to("2005-H1", SEN_PER_HALF, 2005, 1);
	parses_to("2005-H2", SEN_PER_HALF, 2005, 2);
	parses_to("2005-Q1", SEN_PER_QUARTER, 2005, 1);
	parses_to("2005-Q4", SEN_PER_QUARTER, 2005, 4);
	parses_to("2005-01", SEN_PER_MONTH, 2005, 1);
	parses_to("2005-07", SEN_PER_MONTH, 2005, 7);
	parses_to("2005-12", SEN_PER_MONTH, 2005, 12);
	parses_to("FY2005-06", SEN_PER_FY, 2005, 1);
	parses_to("FY1999-00", SEN_PER_FY, 1999, 1);
	parses_to("FY2005-06-H1", SEN_PER_FY_HALF, 2005, 1);
	parses_to("FY2005-06-H2", SEN_PER_FY_HALF, 2005, 2);
	parses_to("FY1999-00-H2", SEN_PER_FY_HALF, 1999, 2);
	parses_to("AY2005-06", SEN_PER_AY, 2005, 1);
	parses_to("AY1999-00", SEN_PER_AY, 1999, 1);
	parses_to("0001", SEN_PER_YEAR, 1, 1);
	parses_to("9999-12", SEN_PER_MONTH, 9999, 12);
}

/* Letters in labels may be in either case. */
static void
test_period_parse_any_case(void **state)
{
	(void)state;
	parses_to("2005-h2", SEN_PER_HALF, 2005, 2);
	parses_to("2005-q3", SEN_PER_QUARTER, 2005, 3);
	parses_to("fy2005-06", SEN_PER_FY, 2005, 1);
	parses_to("Fy2005-06-h1", SEN_PER_FY_HALF, 2005, 1);
	parses_to("ay2005-06", SEN_PER_AY, 2005, 1);
}

/* The second year of a split label must follow the first. */
static void
test_period_parse_second_year(void **state)
{
	static const char *const bad[] = {
		"FY2005-05", "FY2005-07", "FY2005-00", "FY1999-01",
		"FY1999-99", "FY2000-00", "AY2005-05", "AY1999-20",
		"FY2005-06-H1x", "FY2005-6", "FY2005-006", "FY2005-2006",
		"FY2005-07-H1", "AY2099-01"
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (sen_period_parse(bad[i], &(struct sen_period){ 0 }) !=
		    SEN_ESYNTAX)
			fail_msg("\"%s\" was accepted", bad[i]);
}

/* Labels in no accepted form. */
static void
test_period_parse_syntax(void **state)
{
	static const char *const bad[] = {
		"", "x", "200", "20055", "0000", "2005-", "2005-H",
		"2005-H0", "2005-H3", "2005-Q0", "2005-Q5", "2005-00",
		"2005-13", "2005-7", "2005-007", "2005-H12", "2005-Q1 ",
		" 2005", "2005 ", "2005-M1", "2005-X1", "2005/07",
		"FY2005", "FY2005-", "FY", "FY05-06", "FY 2005-06",
		"F2005-06", "FX2005-06", "FY2005-06-H3", "FY2005-06-H0",
		"FY2005-06-Q1", "FY2005-06-", "AY2005-06-H1", "AY2005",
		"AY2005-06x", "BY2005-06", "YF2005-06", "2005-6-1",
		"FY0000-01", "-2005", "+2005"
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (sen_period_parse(bad[i], &(struct sen_period){ 0 }) !=
		    SEN_ESYNTAX)
			fail_msg("\"%s\" was accepted", bad[i]);
}

/* A failed parse leaves *p as it was. */
static void
test_period_parse_keeps_p(void **state)
{
	struct sen_period p;

	(void)state;
	p = per(SEN_PER_QUARTER, 1999, 3);
	assert_int_equal(sen_period_parse("FY2005-07", &p), SEN_ESYNTAX);
	assert_int_equal(sen_period_parse("2005-Q5", &p), SEN_ESYNTAX);
	is_period(p, SEN_PER_QUARTER, 1999, 3);
}

/* Labels parse and format back to the same text. */
static void
test_period_round_trip(void **state)
{
	static const char *const labels[] = {
		"2005", "2005-H1", "2005-H2", "2005-Q1", "2005-Q4",
		"2005-01", "2005-10", "FY2005-06", "FY1999-00",
		"FY2005-06-H1", "FY2099-00-H2", "AY2005-06", "AY1999-00",
		"1900", "0001-01"
	};
	struct sen_period p;
	char buf[SEN_PERIOD_LABEL];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
		assert_int_equal(sen_period_parse(labels[i], &p), SEN_OK);
		assert_string_equal(sen_period_format(&p, buf), labels[i]);
	}
}

/* The next period, across the ends of years. */
static void
test_period_next(void **state)
{
	struct sen_period p;

	(void)state;
	p = per(SEN_PER_YEAR, 2005, 1);
	is_period(sen_period_next(&p), SEN_PER_YEAR, 2006, 1);
	p = per(SEN_PER_HALF, 2005, 1);
	is_period(sen_period_next(&p), SEN_PER_HALF, 2005, 2);
	p = per(SEN_PER_HALF, 2005, 2);
	is_period(sen_period_next(&p), SEN_PER_HALF, 2006, 1);
	p = per(SEN_PER_QUARTER, 2005, 3);
	is_period(sen_period_next(&p), SEN_PER_QUARTER, 2005, 4);
	p = per(SEN_PER_QUARTER, 2005, 4);
	is_period(sen_period_next(&p), SEN_PER_QUARTER, 2006, 1);
	p = per(SEN_PER_MONTH, 2005, 11);
	is_period(sen_period_next(&p), SEN_PER_MONTH, 2005, 12);
	p = per(SEN_PER_MONTH, 2005, 12);
	is_period(sen_period_next(&p), SEN_PER_MONTH, 2006, 1);
	p = per(SEN_PER_FY, 1999, 1);
	is_period(sen_period_next(&p), SEN_PER_FY, 2000, 1);
	p = per(SEN_PER_FY_HALF, 2005, 1);
	is_period(sen_period_next(&p), SEN_PER_FY_HALF, 2005, 2);
	p = per(SEN_PER_FY_HALF, 2005, 2);
	is_period(sen_period_next(&p), SEN_PER_FY_HALF, 2006, 1);
	p = per(SEN_PER_AY, 2005, 1);
	is_period(sen_period_next(&p), SEN_PER_AY, 2006, 1);
}

/* The previous period, across the ends of years. */
static void
test_period_prev(void **state)
{
	struct sen_period p;

	(void)state;
	p = per(SEN_PER_YEAR, 2006, 1);
	is_period(sen_period_prev(&p), SEN_PER_YEAR, 2005, 1);
	p = per(SEN_PER_HALF, 2006, 1);
	is_period(sen_period_prev(&p), SEN_PER_HALF, 2005, 2);
	p = per(SEN_PER_HALF, 2006, 2);
	is_period(sen_period_prev(&p), SEN_PER_HALF, 2006, 1);
	p = per(SEN_PER_QUARTER, 2006, 1);
	is_period(sen_period_prev(&p), SEN_PER_QUARTER, 2005, 4);
	p = per(SEN_PER_QUARTER, 2006, 2);
	is_period(sen_period_prev(&p), SEN_PER_QUARTER, 2006, 1);
	p = per(SEN_PER_MONTH, 2006, 1);
	is_period(sen_period_prev(&p), SEN_PER_MONTH, 2005, 12);
	p = per(SEN_PER_MONTH, 2006, 2);
	is_period(sen_period_prev(&p), SEN_PER_MONTH, 2006, 1);
	p = per(SEN_PER_FY, 2000, 1);
	is_period(sen_period_prev(&p), SEN_PER_FY, 1999, 1);
	p = per(SEN_PER_FY_HALF, 2006, 1);
	is_period(sen_period_prev(&p), SEN_PER_FY_HALF, 2005, 2);
	p = per(SEN_PER_AY, 2000, 1);
	is_period(sen_period_prev(&p), SEN_PER_AY, 1999, 1);
}

/* Ordering by first day, then last day. */
static void
test_period_cmp(void **state)
{
	struct sen_period y, h1, q3, m7, fy, ay;

	(void)state;
	y = per(SEN_PER_YEAR, 2005, 1);
	h1 = per(SEN_PER_HALF, 2005, 1);
	q3 = per(SEN_PER_QUARTER, 2005, 3);
	m7 = per(SEN_PER_MONTH, 2005, 7);
	fy = per(SEN_PER_FY, 2005, 1);
	ay = per(SEN_PER_AY, 2004, 1);
	assert_true(sen_period_cmp(&y, &y) == 0);
	assert_true(sen_period_cmp(&h1, &y) < 0);	/* same start */
	assert_true(sen_period_cmp(&y, &h1) > 0);
	assert_true(sen_period_cmp(&m7, &q3) < 0);	/* same start */
	assert_true(sen_period_cmp(&q3, &m7) > 0);
	assert_true(sen_period_cmp(&y, &fy) < 0);	/* Jan before Apr */
	assert_true(sen_period_cmp(&fy, &q3) < 0);	/* Apr before Jul */
	assert_true(sen_period_cmp(&ay, &y) < 0);	/* Sep 2004 */
	assert_true(sen_period_cmp(&ay, &ay) == 0);
}

/* Whether one period lies inside another. */
static void
test_period_within(void **state)
{
	struct sen_period m7, m8, m9, q1, q3, h2, y, fy, fy4, fyh1, fyh2;
	struct sen_period ay;

	(void)state;
	m7 = per(SEN_PER_MONTH, 2005, 7);
	m8 = per(SEN_PER_MONTH, 2005, 8);
	m9 = per(SEN_PER_MONTH, 2005, 9);
	q1 = per(SEN_PER_QUARTER, 2005, 1);
	q3 = per(SEN_PER_QUARTER, 2005, 3);
	h2 = per(SEN_PER_HALF, 2005, 2);
	y = per(SEN_PER_YEAR, 2005, 1);
	fy = per(SEN_PER_FY, 2005, 1);
	fy4 = per(SEN_PER_FY, 2004, 1);
	fyh1 = per(SEN_PER_FY_HALF, 2005, 1);
	fyh2 = per(SEN_PER_FY_HALF, 2005, 2);
	ay = per(SEN_PER_AY, 2005, 1);
	assert_int_equal(sen_period_within(&m7, &q3), 1);
	assert_int_equal(sen_period_within(&m7, &h2), 1);
	assert_int_equal(sen_period_within(&m7, &y), 1);
	assert_int_equal(sen_period_within(&q3, &m7), 0);
	assert_int_equal(sen_period_within(&y, &y), 1);
	assert_int_equal(sen_period_within(&fyh1, &fy), 1);
	assert_int_equal(sen_period_within(&fyh2, &fy), 1);
	assert_int_equal(sen_period_within(&fyh1, &y), 1);	/* Apr-Sep */
	assert_int_equal(sen_period_within(&fyh2, &y), 0);	/* to Mar */
	assert_int_equal(sen_period_within(&q1, &fy), 0);
	assert_int_equal(sen_period_within(&q1, &fy4), 1);
	assert_int_equal(sen_period_within(&y, &fy), 0);
	assert_int_equal(sen_period_within(&ay, &fy), 0);
	assert_int_equal(sen_period_within(&m9, &ay), 1);
	assert_int_equal(sen_period_within(&m8, &ay), 0);
}

/* Counting whole periods: the worked examples. */
static void
test_period_count_examples(void **state)
{
	(void)state;
	/* 2001-H1 to 2003-H2 */
	assert_int_equal(sen_period_count(SEN_PER_HALF, ymd(2001, 1, 1),
	    ymd(2003, 12, 31)), 6);
	/* Q2, Q3 and Q4; Q1 starts before 1 February */
	assert_int_equal(sen_period_count(SEN_PER_QUARTER, ymd(2001, 2, 1),
	    ymd(2001, 12, 31)), 3);
	assert_int_equal(sen_period_count(SEN_PER_YEAR, ymd(2001, 1, 1),
	    ymd(2003, 12, 31)), 3);
	assert_int_equal(sen_period_count(SEN_PER_MONTH, ymd(2001, 1, 1),
	    ymd(2003, 12, 31)), 36);
	/* only February */
	assert_int_equal(sen_period_count(SEN_PER_MONTH, ymd(2005, 1, 15),
	    ymd(2005, 3, 14)), 1);
	/* February 2004 ends on the 29th */
	assert_int_equal(sen_period_count(SEN_PER_MONTH, ymd(2004, 2, 1),
	    ymd(2004, 2, 28)), 0);
	assert_int_equal(sen_period_count(SEN_PER_MONTH, ymd(2004, 2, 1),
	    ymd(2004, 2, 29)), 1);
	assert_int_equal(sen_period_count(SEN_PER_MONTH, ymd(1900, 2, 1),
	    ymd(1900, 2, 28)), 1);
}

/* Counting financial and academic years at their edges. */
static void
test_period_count_fy_ay_edges(void **state)
{
	(void)state;
	assert_int_equal(sen_period_count(SEN_PER_FY, ymd(2005, 4, 1),
	    ymd(2006, 3, 31)), 1);
	assert_int_equal(sen_period_count(SEN_PER_FY, ymd(2005, 4, 2),
	    ymd(2006, 3, 31)), 0);
	assert_int_equal(sen_period_count(SEN_PER_FY, ymd(2005, 4, 1),
	    ymd(2006, 3, 30)), 0);
	assert_int_equal(sen_period_count(SEN_PER_FY, ymd(2005, 3, 31),
	    ymd(2006, 4, 1)), 1);
	assert_int_equal(sen_period_count(SEN_PER_FY, ymd(2005, 1, 1),
	    ymd(2008, 12, 31)), 3);
	assert_int_equal(sen_period_count(SEN_PER_FY_HALF, ymd(2005, 4, 1),
	    ymd(2006, 3, 31)), 2);
	assert_int_equal(sen_period_count(SEN_PER_FY_HALF, ymd(2005, 1, 1),
	    ymd(2005, 12, 31)), 1);
	assert_int_equal(sen_period_count(SEN_PER_AY, ymd(2005, 9, 1),
	    ymd(2007, 8, 31)), 2);
	assert_int_equal(sen_period_count(SEN_PER_AY, ymd(2005, 8, 31),
	    ymd(2007, 8, 30)), 1);
	assert_int_equal(sen_period_count(SEN_PER_AY, ymd(2005, 9, 2),
	    ymd(2006, 8, 31)), 0);
}

/* Ranges too short, backwards or without dates hold none. */
static void
test_period_count_none(void **state)
{
	sen_day d;

	(void)state;
	d = ymd(2005, 6, 15);
	assert_int_equal(sen_period_count(SEN_PER_MONTH, d, d), 0);
	assert_int_equal(sen_period_count(SEN_PER_YEAR, ymd(2005, 1, 2),
	    ymd(2005, 12, 31)), 0);
	assert_int_equal(sen_period_count(SEN_PER_YEAR, ymd(2006, 12, 31),
	    ymd(2006, 1, 1)), 0);
	assert_int_equal(sen_period_count(SEN_PER_QUARTER, ymd(2005, 2, 1),
	    ymd(2005, 4, 30)), 0);
	assert_int_equal(sen_period_count(SEN_PER_MONTH, SEN_NODATE, d), 0);
	assert_int_equal(sen_period_count(SEN_PER_MONTH, d, SEN_NODATE), 0);
}

/*
 * For every kind and every day from 1899 to 2101: the period holding the
 * day runs over it, periods follow one another without gap or overlap,
 * and next and prev undo each other.
 */
static void
test_period_tiling(void **state)
{
	struct sen_period p, n, b;
	sen_day day, end;
	int k;

	(void)state;
	end = ymd(2101, 12, 31);
	for (k = SEN_PER_YEAR; k <= SEN_PER_AY; k++) {
		for (day = ymd(1899, 1, 1); day <= end; day++) {
			p = sen_period_of((enum sen_per)k, day);
			n = sen_period_next(&p);
			b = sen_period_prev(&n);
			if (sen_period_first(&p) > day ||
			    sen_period_last(&p) < day)
				fail_msg("kind %d day %ld", k, (long)day);
			assert_int_equal(sen_period_first(&n),
			    sen_period_last(&p) + 1);
			is_period(b, p.kind, p.year, p.index);
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period_oracle),
		cmocka_unit_test(test_period_kind_names),
		cmocka_unit_test(test_period_kind_unknown),
		cmocka_unit_test(test_period_of_calendar_edges),
		cmocka_unit_test(test_period_of_fy_edges),
		cmocka_unit_test(test_period_of_ay_edges),
		cmocka_unit_test(test_period_first_last_calendar),
		cmocka_unit_test(test_period_first_last_fy),
		cmocka_unit_test(test_period_first_last_ay),
		cmocka_unit_test(test_period_lengths),
		cmocka_unit_test(test_period_format),
		cmocka_unit_test(test_period_format_century),
		cmocka_unit_test(test_period_parse_each_kind),
		cmocka_unit_test(test_period_parse_any_case),
		cmocka_unit_test(test_period_parse_second_year),
		cmocka_unit_test(test_period_parse_syntax),
		cmocka_unit_test(test_period_parse_keeps_p),
		cmocka_unit_test(test_period_round_trip),
		cmocka_unit_test(test_period_next),
		cmocka_unit_test(test_period_prev),
		cmocka_unit_test(test_period_cmp),
		cmocka_unit_test(test_period_within),
		cmocka_unit_test(test_period_count_examples),
		cmocka_unit_test(test_period_count_fy_ay_edges),
		cmocka_unit_test(test_period_count_none),
		cmocka_unit_test(test_period_tiling)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
