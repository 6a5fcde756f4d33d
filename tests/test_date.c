/*
 * test_date.c: unit tests for sen_date.
 *
 * Day numbers worked by hand, used throughout:
 *   1970-01-01 = 0 (the epoch).
 *   2000-01-01 = 10957: 30 years of 365 days, plus 7 leap days
 *     (1972, 76, 80, 84, 88, 92, 96).
 *   2000-03-01 = 11017: 10957 + 31 (Jan) + 29 (Feb 2000, leap).
 *   2004-01-01 = 12418: 34 * 365 + 8 leap days (to 2000).
 *   2005-01-01 = 12784: 12418 + 366.
 *   1900-01-01 = -25567: 70 years of 365, plus 17 leap days (1904-68).
 *   0001-01-01 = -719162: 1969 * 365 = 718685, plus 477 leap years in
 *     1..1969 (492 - 19 + 4).
 *   9999-12-31 = 2932896: 8030 * 365 = 2930950 from 1970 to 10000,
 *     plus 1947 leap days (2424 in 1..9999 less 477), less one.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "sen.h"
#include "sen_date.h"

/* Parses the NUL-terminated s. */
static int
parse(const char *s, int flags, sen_day *out)
{
	return sen_date_parse(s, strlen(s), flags, out);
}

/* Asserts that s parses, with flags, to day number want. */
static void
parses_to(const char *s, int flags, sen_day want)
{
	sen_day day;

	day = SEN_NODATE;
	if (parse(s, flags, &day) != SEN_OK)
		fail_msg("\"%s\" did not parse", s);
	if (day != want)
		fail_msg("\"%s\" gave day %ld, not %ld", s, (long)day,
		    (long)want);
}

/* Asserts that s fails to parse, with flags, giving status want. */
static void
fails_with(const char *s, int flags, int want)
{
	sen_day day;
	int rc;

	rc = parse(s, flags, &day);
	if (rc != want)
		fail_msg("\"%s\" gave status %d, not %d", s, rc, want);
}

/* Asserts that day splits into y-m-d. */
static void
splits_to(sen_day day, int y, int m, int d)
{
	int gy, gm, gd;

	sen_date_to_ymd(day, &gy, &gm, &gd);
	if (gy != y || gm != m || gd != d)
		fail_msg("day %ld gave %d-%d-%d, not %d-%d-%d", (long)day,
		    gy, gm, gd, y, m, d);
}

/* Asserts that day formats as want. */
static void
formats_to(sen_day day, const char *want)
{
	char buf[SEN_DATE_LEN + 1];

	assert_ptr_equal(sen_date_format(day, buf), buf);
	assert_string_equal(buf, want);
}

/* Leap years: divisible by 4, but not by 100 unless by 400. */
static void
test_date_valid_leap_years(void **state)
{
	(void)state;
	assert_int_equal(sen_date_valid(2004, 2, 29), 1);
	assert_int_equal(sen_date_valid(2005, 2, 29), 0);
	assert_int_equal(sen_date_valid(2005, 2, 28), 1);
	assert_int_equal(sen_date_valid(1900, 2, 29), 0);
	assert_int_equal(sen_date_valid(2000, 2, 29), 1);
	assert_int_equal(sen_date_valid(2100, 2, 29), 0);
	assert_int_equal(sen_date_valid(2400, 2, 29), 1);
	assert_int_equal(sen_date_valid(2004, 2, 30), 0);
}

/* The 30-day months have no 31st; the others do. */
static void
test_date_valid_month_lengths(void **state)
{
	static const int len[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	int m;

	(void)state;
	for (m = 1; m <= 12; m++) {
		assert_int_equal(sen_date_valid(2005, m, len[m - 1]), 1);
		assert_int_equal(sen_date_valid(2005, m, len[m - 1] + 1), 0);
		assert_int_equal(sen_date_valid(2005, m, 1), 1);
		assert_int_equal(sen_date_valid(2005, m, 0), 0);
	}
}

/* Years 1 to 9999, months 1 to 12. */
static void
test_date_valid_limits(void **state)
{
	(void)state;
	assert_int_equal(sen_date_valid(1, 1, 1), 1);
	assert_int_equal(sen_date_valid(9999, 12, 31), 1);
	assert_int_equal(sen_date_valid(0, 12, 31), 0);
	assert_int_equal(sen_date_valid(10000, 1, 1), 0);
	assert_int_equal(sen_date_valid(-1, 1, 1), 0);
	assert_int_equal(sen_date_valid(2005, 0, 1), 0);
	assert_int_equal(sen_date_valid(2005, 13, 1), 0);
	assert_int_equal(sen_date_valid(2005, 1, -1), 0);
}

/* Days either side of the epoch. */
static void
test_date_from_ymd_epoch(void **state)
{
	(void)state;
	assert_int_equal(sen_date_from_ymd(1970, 1, 1), 0);
	assert_int_equal(sen_date_from_ymd(1970, 1, 2), 1);
	assert_int_equal(sen_date_from_ymd(1969, 12, 31), -1);
	/* 31 (Jan) + 28 (Feb 1970) */
	assert_int_equal(sen_date_from_ymd(1970, 3, 1), 59);
}

/* Day numbers worked at the top of the file. */
static void
test_date_from_ymd_known_days(void **state)
{
	(void)state;
	assert_int_equal(sen_date_from_ymd(2000, 1, 1), 10957);
	assert_int_equal(sen_date_from_ymd(2000, 3, 1), 11017);
	assert_int_equal(sen_date_from_ymd(2004, 1, 1), 12418);
	assert_int_equal(sen_date_from_ymd(2005, 1, 1), 12784);
	assert_int_equal(sen_date_from_ymd(1900, 1, 1), -25567);
	/* 2^31 seconds after the epoch fall on day 24855. */
	assert_int_equal(sen_date_from_ymd(2038, 1, 19), 24855);
}

/* The first and last days allowed. */
static void
test_date_from_ymd_limits(void **state)
{
	(void)state;
	assert_int_equal(sen_date_from_ymd(1, 1, 1), -719162);
	assert_int_equal(sen_date_from_ymd(9999, 12, 31), 2932896);
}

/* Differences across February and through a year. */
static void
test_date_from_ymd_differences(void **state)
{
	(void)state;
	assert_int_equal(sen_date_from_ymd(2004, 3, 1) -
	    sen_date_from_ymd(2004, 2, 1), 29);
	assert_int_equal(sen_date_from_ymd(2005, 3, 1) -
	    sen_date_from_ymd(2005, 2, 1), 28);
	assert_int_equal(sen_date_from_ymd(1900, 3, 1) -
	    sen_date_from_ymd(1900, 2, 1), 28);
	assert_int_equal(sen_date_from_ymd(2000, 3, 1) -
	    sen_date_from_ymd(2000, 2, 1), 29);
	/* 31 + 28 + 31 + 30 (Jan to Apr) + 7 */
	assert_int_equal(sen_date_from_ymd(2005, 5, 8) -
	    sen_date_from_ymd(2005, 1, 1), 127);
	assert_int_equal(sen_date_from_ymd(2005, 1, 1) -
	    sen_date_from_ymd(2004, 1, 1), 366);
	assert_int_equal(sen_date_from_ymd(2101, 1, 1) -
	    sen_date_from_ymd(2100, 1, 1), 365);
	/* 400 years: 146000 + 97 leap days */
	assert_int_equal(sen_date_from_ymd(2400, 1, 1) -
	    sen_date_from_ymd(2000, 1, 1), 146097);
}

/* Splitting the days worked at the top of the file. */
static void
test_date_to_ymd_known_days(void **state)
{
	(void)state;
	splits_to(0, 1970, 1, 1);
	splits_to(-1, 1969, 12, 31);
	splits_to(10957, 2000, 1, 1);
	splits_to(11017, 2000, 3, 1);
	splits_to(12784, 2005, 1, 1);
	splits_to(-25567, 1900, 1, 1);
	splits_to(-719162, 1, 1, 1);
	splits_to(2932896, 9999, 12, 31);
}

/* Splitting days on either side of month and year ends. */
static void
test_date_to_ymd_month_boundaries(void **state)
{
	(void)state;
	splits_to(30, 1970, 1, 31);
	splits_to(31, 1970, 2, 1);
	splits_to(58, 1970, 2, 28);
	splits_to(59, 1970, 3, 1);
	splits_to(11016, 2000, 2, 29);		/* 11017 - 1 */
	splits_to(-25509, 1900, 2, 28);		/* -25567 + 31 + 27 */
	splits_to(-25508, 1900, 3, 1);
	splits_to(12783, 2004, 12, 31);
	splits_to(13148, 2005, 12, 31);		/* 12784 + 364 */
	splits_to(13149, 2006, 1, 1);
}

/*
 * Walks every day from 0001-01-01 to 9999-12-31 with a plain calendar
 * counter, checking each against a running day number.
 */
static void
test_date_every_day(void **state)
{
	static const int len[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	char want[32], got[SEN_DATE_LEN + 1];
	sen_day n, p;
	int y, m, d, ml, leap;

	(void)state;
	n = -719162;
	for (y = 1; y <= 9999; y++) {
		leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
		for (m = 1; m <= 12; m++) {
			ml = len[m - 1] + (m == 2 && leap);
			for (d = 1; d <= ml; d++, n++) {
				if (sen_date_from_ymd(y, m, d) != n)
					fail_msg("%d-%d-%d", y, m, d);
				splits_to(n, y, m, d);
				snprintf(want, sizeof(want),
				    "%04d-%02d-%02d", y, m, d);
				if (strcmp(sen_date_format(n, got), want))
					fail_msg("%s formatted %s", want, got);
				if (parse(want, 0, &p) != SEN_OK || p != n)
					fail_msg("%s did not parse", want);
			}
		}
	}
	assert_int_equal(n, 2932897);
}

/* YYYY-MM-DD, with one- or two-digit month and day. */
static void
test_date_parse_iso(void **state)
{
	(void)state;
	parses_to("1970-01-01", 0, 0);
	parses_to("2000-03-01", 0, 11017);
	parses_to("2005-05-08", 0, 12911);	/* 12784 + 127 */
	parses_to("2005-5-8", 0, 12911);
	parses_to("2005-05-8", 0, 12911);
	parses_to("2004-02-29", 0, 12477);	/* 12418 + 31 + 28 */
	parses_to("0001-01-01", 0, -719162);
	parses_to("9999-12-31", 0, 2932896);
}

/* DD/MM/YYYY and D/M/YYYY. */
static void
test_date_parse_slash(void **state)
{
	(void)state;
	parses_to("08/05/2005", 0, 12911);
	parses_to("8/5/2005", 0, 12911);
	parses_to("08/5/2005", 0, 12911);
	parses_to("8/05/2005", 0, 12911);
	parses_to("01/03/2000", 0, 11017);
	parses_to("29/02/2000", 0, 11016);
	parses_to("31/12/2005", 0, 13148);
	parses_to("31/12/1969", 0, -1);
}

/* DD-MM-YYYY. */
static void
test_date_parse_dash(void **state)
{
	(void)state;
	parses_to("08-05-2005", 0, 12911);
	parses_to("8-5-2005", 0, 12911);
	parses_to("01-01-1970", 0, 0);
	parses_to("28-02-1900", 0, -25509);
}

/* DD.MM.YYYY. */
static void
test_date_parse_dot(void **state)
{
	(void)state;
	parses_to("08.05.2005", 0, 12911);
	parses_to("8.5.2005", 0, 12911);
	parses_to("01.03.2000", 0, 11017);
}

/* DD-Mon-YYYY: full names or three letters, any case. */
static void
test_date_parse_month_names(void **state)
{
	(void)state;
	parses_to("08-May-2005", 0, 12911);
	parses_to("8-may-2005", 0, 12911);
	parses_to("08-MAY-2005", 0, 12911);
	parses_to("01-Mar-2000", 0, 11017);
	parses_to("1-March-2000", 0, 11017);
	parses_to("01-jan-1970", 0, 0);
	parses_to("1-January-1970", 0, 0);
	parses_to("29-Feb-2000", 0, 11016);
	parses_to("29-february-2000", 0, 11016);
	parses_to("31-Dec-2005", 0, 13148);
	parses_to("31-DECEMBER-2005", 0, 13148);
	/* 12784 + 243 (Jan to Aug) + 7 */
	parses_to("8-Sep-2005", 0, 13034);
	parses_to("8-September-2005", 0, 13034);
	parses_to("08-sEpTeMbEr-2005", 0, 13034);
	/* 12784 + 90 (Jan to Mar) + 12 */
	parses_to("13-Apr-2005", 0, 12886);
	parses_to("13-April-2005", 0, 12886);
}

/* Spaces and tabs around a date are ignored. */
static void
test_date_parse_spaces(void **state)
{
	(void)state;
	parses_to(" 2005-05-08", 0, 12911);
	parses_to("2005-05-08 ", 0, 12911);
	parses_to("  08/05/2005  ", 0, 12911);
	parses_to("\t8-May-2005\t", 0, 12911);
	parses_to(" \t 08.05.2005 \t ", 0, 12911);
}

/* Only the len bytes given are read. */
static void
test_date_parse_length(void **state)
{
	sen_day day;

	(void)state;
	assert_int_equal(sen_date_parse("08/05/2005XYZ", 10, 0, &day),
	    SEN_OK);
	assert_int_equal(day, 12911);
	assert_int_equal(sen_date_parse("2005-05-081", 10, 0, &day),
	    SEN_OK);
	assert_int_equal(day, 12911);
	assert_int_equal(sen_date_parse("2005-05-18", 9, 0, &day),
	    SEN_OK);
	assert_int_equal(day, 12904);		/* 2005-05-01: 12784 + 120 */
	assert_int_equal(sen_date_parse("08/05/2005", 0, 0, &day),
	    SEN_EEMPTY);
}

/* Month first with SEN_DATE_MDY; ISO and named months are unaffected. */
static void
test_date_parse_mdy(void **state)
{
	(void)state;
	parses_to("05/08/2005", SEN_DATE_MDY, 12911);
	parses_to("5/8/2005", SEN_DATE_MDY, 12911);
	parses_to("05-08-2005", SEN_DATE_MDY, 12911);
	parses_to("05.08.2005", SEN_DATE_MDY, 12911);
	/* Day first, the same text is 5 August: 12784 + 212 + 4 */
	parses_to("05/08/2005", 0, 13000);
	parses_to("04/13/2005", SEN_DATE_MDY, 12886);
	parses_to("2005-05-08", SEN_DATE_MDY, 12911);
	parses_to("08-May-2005", SEN_DATE_MDY, 12911);
	parses_to("02/29/2000", SEN_DATE_MDY, 11016);
	fails_with("13/04/2005", SEN_DATE_MDY, SEN_ERANGE);
	fails_with("02/29/2005", SEN_DATE_MDY, SEN_ERANGE);
}

/* Nothing but spaces. */
static void
test_date_parse_empty(void **state)
{
	(void)state;
	fails_with("", 0, SEN_EEMPTY);
	fails_with(" ", 0, SEN_EEMPTY);
	fails_with("   \t  ", 0, SEN_EEMPTY);
	fails_with("", SEN_DATE_MDY, SEN_EEMPTY);
}

/* Text in no accepted form. */
static void
test_date_parse_syntax(void **state)
{
	static const char *const bad[] = {
		"x", "abc", "-", "/", "2005", "05/2005", "2005-05",
		"08/05/05", "08/05/205", "08/05/20055", "8-May-05",
		"2005-05-08x", "2005-05-08 x", "x2005-05-08",
		"08/05-2005", "08-05/2005", "08.05/2005",
		"08 /05/2005", "08/ 05/2005", "2005 -05-08",
		"2005/05/08", "2005.05.08", "2005-005-08", "2005-05-008",
		"205-05-08", "20055-05-08", "123/5/2005", "08/123/2005",
		"+8/5/2005", "-8/5/2005", "08/-5/2005", "08//2005",
		"08-Foo-2005", "08-Ma-2005", "08-Sept-2005", "08-Mayy-2005",
		"08-Septembers-2005", "08/May/2005", "08.May.2005",
		"May-08-2005", "8 May 2005", "08-May2005", "2005-May-08",
		"08-May-2005-", "08/05/2005/", "1e3/5/2005"
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		fails_with(bad[i], 0, SEN_ESYNTAX);
		fails_with(bad[i], SEN_DATE_MDY, SEN_ESYNTAX);
	}
}

/* In form, but no such day. */
static void
test_date_parse_range(void **state)
{
	static const char *const bad[] = {
		"31/04/2005", "29/02/2005", "29/02/1900", "30/02/2000",
		"31/06/2005", "31/09/2005", "31/11/2005", "32/01/2005",
		"00/01/2005", "01/00/2005", "00/00/2005", "13/13/2005",
		"31/13/2005", "01/01/0000", "2005-02-29", "1900-02-29",
		"2005-04-31", "2005-13-01", "2005-00-01", "2005-01-00",
		"2005-01-32", "0000-01-01", "31-Apr-2005", "29-Feb-1900",
		"0-May-2005", "32-May-2005", "01-Jan-0000", "31.04.2005"
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		fails_with(bad[i], 0, SEN_ERANGE);
}

/* Day first, but the second number is over 12 and month first works. */
static void
test_date_parse_month_first(void **state)
{
	(void)state;
	fails_with("04/13/2005", 0, SEN_EMDY);
	fails_with("4/13/2005", 0, SEN_EMDY);
	fails_with("12/31/2005", 0, SEN_EMDY);
	fails_with("04-13-2005", 0, SEN_EMDY);
	fails_with("04.13.2005", 0, SEN_EMDY);
	fails_with("02/29/2000", 0, SEN_EMDY);
	/* Month first would not be a real day either. */
	fails_with("02/29/2005", 0, SEN_ERANGE);
	fails_with("04/31/2005", 0, SEN_ERANGE);
	fails_with("02/30/2000", 0, SEN_ERANGE);
	fails_with("00/13/2005", 0, SEN_ERANGE);
}

/* A failed parse leaves *out as it was. */
static void
test_date_parse_keeps_out_on_error(void **state)
{
	sen_day day;

	(void)state;
	day = 42;
	assert_int_equal(parse("31/04/2005", 0, &day), SEN_ERANGE);
	assert_int_equal(parse("04/13/2005", 0, &day), SEN_EMDY);
	assert_int_equal(parse("xyz", 0, &day), SEN_ESYNTAX);
	assert_int_equal(parse("  ", 0, &day), SEN_EEMPTY);
	assert_int_equal(day, 42);
}

/* Formatting known day numbers. */
static void
test_date_format_known_days(void **state)
{
	(void)state;
	formats_to(0, "1970-01-01");
	formats_to(-1, "1969-12-31");
	formats_to(11016, "2000-02-29");
	formats_to(11017, "2000-03-01");
	formats_to(12911, "2005-05-08");
	formats_to(-25509, "1900-02-28");
	formats_to(-25508, "1900-03-01");
	formats_to(-719162, "0001-01-01");
	formats_to(2932896, "9999-12-31");
}

/* Days outside years 1 to 9999, and "no date", format as zeros. */
static void
test_date_format_out_of_range(void **state)
{
	(void)state;
	formats_to(-719163, "0000-00-00");
	formats_to(2932897, "0000-00-00");
	formats_to(SEN_NODATE, "0000-00-00");
	formats_to(INT32_MAX, "0000-00-00");
}

/* Any accepted form formats as ISO, which parses back to the same day. */
static void
test_date_round_trip(void **state)
{
	static const char *const pairs[][2] = {
		{ "8/5/2005", "2005-05-08" },
		{ " 08-May-2005 ", "2005-05-08" },
		{ "29.02.2004", "2004-02-29" },
		{ "1-Jan-2000", "2000-01-01" },
		{ "31-12-1999", "1999-12-31" },
		{ "2000-2-29", "2000-02-29" },
		{ "1/3/1900", "1900-03-01" },
		{ "31-march-2006", "2006-03-31" },
		{ "1-APR-2006", "2006-04-01" }
	};
	char buf[SEN_DATE_LEN + 1];
	sen_day a, b;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		assert_int_equal(parse(pairs[i][0], 0, &a), SEN_OK);
		assert_string_equal(sen_date_format(a, buf), pairs[i][1]);
		assert_int_equal(parse(buf, 0, &b), SEN_OK);
		assert_int_equal(a, b);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_date_valid_leap_years),
		cmocka_unit_test(test_date_valid_month_lengths),
		cmocka_unit_test(test_date_valid_limits),
		cmocka_unit_test(test_date_from_ymd_epoch),
		cmocka_unit_test(test_date_from_ymd_known_days),
		cmocka_unit_test(test_date_from_ymd_limits),
		cmocka_unit_test(test_date_from_ymd_differences),
		cmocka_unit_test(test_date_to_ymd_known_days),
		cmocka_unit_test(test_date_to_ymd_month_boundaries),
		cmocka_unit_test(test_date_every_day),
		cmocka_unit_test(test_date_parse_iso),
		cmocka_unit_test(test_date_parse_slash),
		cmocka_unit_test(test_date_parse_dash),
		cmocka_unit_test(test_date_parse_dot),
		cmocka_unit_test(test_date_parse_month_names),
		cmocka_unit_test(test_date_parse_spaces),
		cmocka_unit_test(test_date_parse_length),
		cmocka_unit_test(test_date_parse_mdy),
		cmocka_unit_test(test_date_parse_empty),
		cmocka_unit_test(test_date_parse_syntax),
		cmocka_unit_test(test_date_parse_range),
		cmocka_unit_test(test_date_parse_month_first),
		cmocka_unit_test(test_date_parse_keeps_out_on_error),
		cmocka_unit_test(test_date_format_known_days),
		cmocka_unit_test(test_date_format_out_of_range),
		cmocka_unit_test(test_date_round_trip)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
