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
		"08-Foo-2005", "08-Ma-2005", "08-Marc-2005", "08-Mayy-2005",
		"08-Septembers-2005", "08/May/2005", "08.May.2005",
		"May-08-2005", "8  May 2005", "08-May2005", "2005-May-08",
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

/*
 * Days used by the tests below, worked by hand:
 *   2005-03-01 = 12843: 12784 (2005-01-01) + 31 (Jan) + 28 (Feb 2005).
 *   2005-03-03 = 12845: 12843 + 2.
 *   2005-01-03 = 12786: 12784 + 2.
 *   2005-09-03 = 13029: 12784 + 243 (Jan to Aug) + 2.
 *   2001-03-05 = 11386: 2001-01-01 is 10957 + 366 = 11323, then
 *     31 + 28 + 4.
 *   2049-12-31 = 29219: 2050-01-01 is 10957 + 50 * 365 + 13 leap days
 *     (2000, 2004, ..., 2048) = 29220, less one.
 *   1950-01-01 = -7305: 20 * 365 = 7300 and 5 leap days (1952, 56, 60,
 *     64, 68) back from the epoch.
 *   1999-12-31 = 10956: 10957 - 1.
 */

/* Every flag at once, to show no flag rescues a bad form. */
#define ALL_FLAGS (SEN_DATE_MDY | SEN_DATE_YY | SEN_DATE_SERIAL)

/* YYYY-MM-DD then T or a space and a time, which is ignored. */
static void
test_date_parse_time_iso(void **state)
{
	(void)state;
	parses_to("2005-03-01T10:15:00", 0, 12843);
	parses_to("2005-03-01T10:15", 0, 12843);
	parses_to("2005-03-01 10:15", 0, 12843);
	parses_to("2005-03-01 10:15:00", 0, 12843);
	parses_to("2005-03-01T10:15:00.000", 0, 12843);
	parses_to("2005-03-01T10:15:00Z", 0, 12843);
	parses_to("2005-03-01T10:15:00.000Z", 0, 12843);
	parses_to("2005-03-01T10:15Z", 0, 12843);
	parses_to("2005-03-01 10:15:00.5", 0, 12843);
	parses_to("2005-03-01T23:59:59.999999999Z", 0, 12843);
	parses_to("2005-03-01T00:00:00", 0, 12843);
	parses_to("2005-03-01T9:05", 0, 12843);
	parses_to("2005-3-1T10:15", 0, 12843);
	parses_to("  2005-03-01T10:15:00Z\t", 0, 12843);
	parses_to("2005-03-01T10:15:00", ALL_FLAGS, 12843);
}

/* The d/m/y forms then a space and a time. */
static void
test_date_parse_time_dmy(void **state)
{
	(void)state;
	parses_to("01/03/2005 00:00", 0, 12843);
	parses_to("01/03/2005 00:00:00", 0, 12843);
	parses_to("01/03/2005 00:00:00.000", 0, 12843);
	parses_to("01/03/2005 00:00:00Z", 0, 12843);
	parses_to("1/3/2005 9:05", 0, 12843);
	parses_to("01-03-2005 23:59", 0, 12843);
	parses_to("01.03.2005 12:00:00", 0, 12843);
	parses_to("03/01/2005 00:00", SEN_DATE_MDY, 12843);
	parses_to("01/03/05 00:00", SEN_DATE_YY, 12843);
}

/* The named-month forms then a space and a time. */
static void
test_date_parse_time_named(void **state)
{
	(void)state;
	parses_to("01-Mar-2005 10:15", 0, 12843);
	parses_to("1-March-2005 10:15:00", 0, 12843);
	parses_to("1 March 2005 10:15", 0, 12843);
	parses_to("1 Mar 2005 00:00:00.000Z", 0, 12843);
	parses_to("01-Mar-05 10:15", SEN_DATE_YY, 12843);
}

/* An impossible or malformed time makes the whole value SEN_ESYNTAX. */
static void
test_date_parse_time_syntax(void **state)
{
	static const char *const bad[] = {
		"2005-03-01T25:00", "2005-03-01 25:00", "2005-03-01 10:61",
		"01/03/2005 25:00", "01/03/2005 10:61", "1-Mar-2005 24:00",
		"2005-03-01T24:00", "2005-03-01T24:00:00",
		"2005-03-01T10:15:60", "2005-03-01T10:60:00",
		"2005-03-01T", "2005-03-01T10", "2005-03-01T10:",
		"2005-03-01T10:1", "2005-03-01T10:150", "2005-03-01T10:15:",
		"2005-03-01T10:15:0", "2005-03-01T10:15:000",
		"2005-03-01T10:15:00.", "2005-03-01T10:15.5",
		"2005-03-01T10:15:00ZZ", "2005-03-01T10:15:00+01:00",
		"2005-03-01T10:15:00-05:00", "2005-03-01T10:15:00 Z",
		"2005-03-01T10:15z", "2005-03-01t10:15", "2005-03-01  10:15",
		"2005-03-01\t10:15", "2005-03-01T 10:15", "2005-03-01T123:00",
		"2005-03-01T-1:00", "2005-03-01T10.15", "2005-03-01T1015",
		"2005-03-01 10:15 AM", "2005-03-01 10:15am", "2005-03-01 x",
		"2005-03-0110:15", "01/03/2005T00:00", "01/03/200500:00",
		"01/03/2005 00:00:00.00.0", "1-Mar-2005T10:15",
		"1 Mar 2005T10:15", "01/03/2005 :00",
		"01/03/2005 00:00 00:00"
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		fails_with(bad[i], 0, SEN_ESYNTAX);
		fails_with(bad[i], ALL_FLAGS, SEN_ESYNTAX);
	}
}

/* A good time does not save an impossible day; a bad one is reported
 * before the day is looked at. */
static void
test_date_parse_time_with_bad_day(void **state)
{
	(void)state;
	fails_with("2005-02-29T10:15", 0, SEN_ERANGE);
	fails_with("31/04/2005 10:15", 0, SEN_ERANGE);
	fails_with("31-Apr-2005 10:15", 0, SEN_ERANGE);
	fails_with("04/13/2005 00:00", 0, SEN_EMDY);
	fails_with("31/04/2005 25:00", 0, SEN_ESYNTAX);
	fails_with("04/13/2005 25:00", 0, SEN_ESYNTAX);
}

/* A time beyond the len bytes given is not read. */
static void
test_date_parse_time_length(void **state)
{
	sen_day day;

	(void)state;
	assert_int_equal(sen_date_parse("2005-03-01T25:00", 10, 0, &day),
	    SEN_OK);
	assert_int_equal(day, 12843);
	assert_int_equal(sen_date_parse("2005-03-01 10:15", 13, 0, &day),
	    SEN_ESYNTAX);
	assert_int_equal(sen_date_parse("01/03/2005 10:15x", 16, 0, &day),
	    SEN_OK);
	assert_int_equal(day, 12843);
}

/* D Mon YYYY with single spaces, and the dashed forms as before. */
static void
test_date_parse_month_spaces(void **state)
{
	(void)state;
	parses_to("3 March 2005", 0, 12845);
	parses_to("03 Mar 2005", 0, 12845);
	parses_to("3 mar 2005", 0, 12845);
	parses_to("03 MARCH 2005", 0, 12845);
	parses_to("03-Mar-2005", 0, 12845);
	parses_to("3-March-2005", 0, 12845);
	parses_to("  3 March 2005 ", 0, 12845);
	parses_to("3 March 2005", SEN_DATE_MDY, 12845);
	parses_to("1 January 1970", 0, 0);
	parses_to("29 Feb 2000", 0, 11016);
	parses_to("31 December 2005", 0, 13148);
}

/* Sept for September, with spaces or dashes, any case. */
static void
test_date_parse_sept(void **state)
{
	(void)state;
	parses_to("3 Sept 2005", 0, 13029);
	parses_to("3-Sept-2005", 0, 13029);
	parses_to("03 SEPT 2005", 0, 13029);
	parses_to("03-sePt-2005", 0, 13029);
	parses_to("08-Sept-2005", 0, 13034);
	parses_to("3 Sept 2005", SEN_DATE_MDY, 13029);
	parses_to("3 Sep 2005", 0, 13029);
	parses_to("3 September 2005", 0, 13029);
	fails_with("31 Sept 2005", 0, SEN_ERANGE);
}

/* Month names with spaces: not US order, nor mixed or doubled
 * separators, nor four letters of a month but September. */
static void
test_date_parse_month_spaces_syntax(void **state)
{
	static const char *const bad[] = {
		"March 3, 2005", "March 3 2005", "Mar 3, 2005",
		"Mar 03 2005", "3 March, 2005", "3 March,2005",
		"3  March 2005", "3 March  2005", "3-March 2005",
		"3 March-2005", "3\tMarch 2005", "3 March\t2005",
		"3rd March 2005", "3 Sept. 2005", "3 Septe 2005",
		"3 Spt 2005", "3 Octo 2005", "3 Janu 2005", "3 Augu 2005",
		"3 03 2005", "3 March", "3 March ", "2005 March 3",
		"March 2005", "3 March 20055", "3 March 205", "3 Marchx 2005",
		"03 Mar 2005x", "123 Mar 2005"
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		fails_with(bad[i], 0, SEN_ESYNTAX);
		fails_with(bad[i], ALL_FLAGS, SEN_ESYNTAX);
	}
}

/* Month names with spaces, in form but no such day. */
static void
test_date_parse_month_spaces_range(void **state)
{
	(void)state;
	fails_with("31 April 2005", 0, SEN_ERANGE);
	fails_with("29 Feb 2005", 0, SEN_ERANGE);
	fails_with("0 Mar 2005", 0, SEN_ERANGE);
	fails_with("32 Jan 2005", 0, SEN_ERANGE);
}

/* Two-digit years in every d/m/y form with SEN_DATE_YY. */
static void
test_date_parse_yy(void **state)
{
	(void)state;
	parses_to("01/03/05", SEN_DATE_YY, 12843);
	parses_to("1/3/05", SEN_DATE_YY, 12843);
	parses_to("1.3.05", SEN_DATE_YY, 12843);
	parses_to("01-03-05", SEN_DATE_YY, 12843);
	parses_to("01-Mar-05", SEN_DATE_YY, 12843);
	parses_to("1-march-05", SEN_DATE_YY, 12843);
	parses_to("1 Mar 05", SEN_DATE_YY, 12843);
	/* Four-digit years and ISO dates still work with it. */
	parses_to("01/03/2005", SEN_DATE_YY, 12843);
	parses_to("01-Mar-2005", SEN_DATE_YY, 12843);
	parses_to("2005-03-01", SEN_DATE_YY, 12843);
	/* Two digits first are a day, never a year: 5 March 2001. */
	parses_to("05-03-01", SEN_DATE_YY, 11386);
}

/* The pivot: 00 to 49 are 2000 to 2049, 50 to 99 are 1950 to 1999. */
static void
test_date_parse_yy_pivot(void **state)
{
	(void)state;
	parses_to("01/01/00", SEN_DATE_YY, 10957);
	parses_to("31/12/49", SEN_DATE_YY, 29219);
	parses_to("01/01/50", SEN_DATE_YY, -7305);
	parses_to("31/12/99", SEN_DATE_YY, 10956);
	parses_to("29/02/00", SEN_DATE_YY, 11016);
	parses_to("1-Jan-70", SEN_DATE_YY, 0);
	parses_to("31-Dec-69", SEN_DATE_YY, -1);	/* 1969, not 2069 */
}

/* Two-digit years month first, and the month-first warning. */
static void
test_date_parse_yy_mdy(void **state)
{
	(void)state;
	parses_to("03/01/05", SEN_DATE_YY | SEN_DATE_MDY, 12843);
	parses_to("1.3.05", SEN_DATE_YY | SEN_DATE_MDY, 12786);
	parses_to("01-Mar-05", SEN_DATE_YY | SEN_DATE_MDY, 12843);
	fails_with("04/13/05", SEN_DATE_YY, SEN_EMDY);
	fails_with("13/04/05", SEN_DATE_YY | SEN_DATE_MDY, SEN_ERANGE);
}

/* Two-digit years, in form but no such day: 2005 and 1999 are not leap
 * years. */
static void
test_date_parse_yy_range(void **state)
{
	(void)state;
	fails_with("29/02/05", SEN_DATE_YY, SEN_ERANGE);
	fails_with("31/04/05", SEN_DATE_YY, SEN_ERANGE);
	fails_with("29-Feb-99", SEN_DATE_YY, SEN_ERANGE);
	fails_with("00/01/05", SEN_DATE_YY, SEN_ERANGE);
	fails_with("13/13/05", SEN_DATE_YY, SEN_ERANGE);
}

/* Without SEN_DATE_YY a two-digit year is no form; with it, years of
 * one or three digits are none either. */
static void
test_date_parse_yy_syntax(void **state)
{
	static const char *const two[] = {
		"01/03/05", "1.3.05", "01-Mar-05", "1 Mar 05", "01-03-05",
		"01/03/05 10:15"
	};
	static const char *const bad[] = {
		"01/03/5", "01/03/005", "1.3.5", "01-Mar-5", "01-Mar-005",
		"1 Mar 5", "01/03/", "01/03/05/", "01/03/05x", "05-03",
		"05/03", "1 Mar 05x", "01/03/05T10:15", "05-03-01-"
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(two) / sizeof(two[0]); i++) {
		fails_with(two[i], 0, SEN_ESYNTAX);
		fails_with(two[i], SEN_DATE_MDY | SEN_DATE_SERIAL,
		    SEN_ESYNTAX);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		fails_with(bad[i], ALL_FLAGS, SEN_ESYNTAX);
}

/*
 * Excel serials, 1900 date system.  From 61 on the day is 1899-12-30
 * (day -25569) plus the serial, below 60 it is 1899-12-31 (-25568) plus
 * the serial:
 *   1 is -25567, 1900-01-01; 2 is -25566; 12 is -25556, 1900-01-12;
 *   59 is -25509, 1900-02-28 (see test_date_to_ymd_month_boundaries);
 *   61 is -25508, 1900-03-01; 100 is -25469, 1900-03-01 + 39 days
 *   (30 to 31 March, 9 more) = 1900-04-09;
 *   25569 is 0, the epoch; 36526 is 10957, 2000-01-01;
 *   38412 is 12843, 2005-03-01; 2005 is -23564; 999999 is 974430.
 */
static void
test_date_parse_serial(void **state)
{
	(void)state;
	parses_to("1", SEN_DATE_SERIAL, -25567);
	parses_to("2", SEN_DATE_SERIAL, -25566);
	parses_to("12", SEN_DATE_SERIAL, -25556);
	parses_to("59", SEN_DATE_SERIAL, -25509);
	parses_to("61", SEN_DATE_SERIAL, -25508);
	parses_to("100", SEN_DATE_SERIAL, -25469);
	parses_to("2005", SEN_DATE_SERIAL, -23564);
	parses_to("25569", SEN_DATE_SERIAL, 0);
	parses_to("36526", SEN_DATE_SERIAL, 10957);
	parses_to("38412", SEN_DATE_SERIAL, 12843);
	parses_to("038412", SEN_DATE_SERIAL, 12843);
	parses_to("999999", SEN_DATE_SERIAL, 974430);
	parses_to("  38412\t", SEN_DATE_SERIAL, 12843);
	parses_to("38412", ALL_FLAGS, 12843);
}

/* A fraction, the time of day, is ignored. */
static void
test_date_parse_serial_fraction(void **state)
{
	(void)state;
	parses_to("38412.5", SEN_DATE_SERIAL, 12843);
	parses_to("38412.0", SEN_DATE_SERIAL, 12843);
	parses_to("38412.999999999999", SEN_DATE_SERIAL, 12843);
	parses_to("38412.4270833333", SEN_DATE_SERIAL, 12843);
	parses_to("1.5", SEN_DATE_SERIAL, -25567);
	parses_to("12.5", SEN_DATE_SERIAL, -25556);
	parses_to("61.25", SEN_DATE_SERIAL, -25508);
}

/* Serial 0 and Excel's 29 February 1900 are no days. */
static void
test_date_parse_serial_range(void **state)
{
	(void)state;
	fails_with("60", SEN_DATE_SERIAL, SEN_ERANGE);
	fails_with("060", SEN_DATE_SERIAL, SEN_ERANGE);
	fails_with("60.5", SEN_DATE_SERIAL, SEN_ERANGE);
	fails_with("0", SEN_DATE_SERIAL, SEN_ERANGE);
	fails_with("000000", SEN_DATE_SERIAL, SEN_ERANGE);
	fails_with("0.5", SEN_DATE_SERIAL, SEN_ERANGE);
	fails_with("60", ALL_FLAGS, SEN_ERANGE);
}

/* Without SEN_DATE_SERIAL a bare number is no form; with it, only one to
 * six digits and an optional fraction are. */
static void
test_date_parse_serial_syntax(void **state)
{
	static const char *const num[] = {
		"1", "59", "60", "61", "2005", "38412", "38412.5", "999999"
	};
	static const char *const bad[] = {
		"1234567", "0038412", "-1", "+1", "-38412", "38412.",
		".5", "38412.5.1", "1.5.1", "38412 10:15", "38412T10:15",
		"38412e0", "3.8412e4", "3 8412", "38,412", "38412.5Z",
		"0x10", "38412x", "x38412", "38412.-5", "38412..5",
		"38412. 5", "38412 .5"
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(num) / sizeof(num[0]); i++) {
		fails_with(num[i], 0, SEN_ESYNTAX);
		fails_with(num[i], SEN_DATE_MDY | SEN_DATE_YY, SEN_ESYNTAX);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		fails_with(bad[i], ALL_FLAGS, SEN_ESYNTAX);
}

/* Dates read as before with SEN_DATE_SERIAL, errors included. */
static void
test_date_parse_serial_dates(void **state)
{
	(void)state;
	parses_to("2005-03-01", SEN_DATE_SERIAL, 12843);
	parses_to("01/03/2005", SEN_DATE_SERIAL, 12843);
	parses_to("1.3.2005", SEN_DATE_SERIAL, 12843);
	parses_to("1 Mar 2005", SEN_DATE_SERIAL, 12843);
	parses_to("1.3.05", SEN_DATE_SERIAL | SEN_DATE_YY, 12843);
	fails_with("31/04/2005", SEN_DATE_SERIAL, SEN_ERANGE);
	fails_with("04/13/2005", SEN_DATE_SERIAL, SEN_EMDY);
	fails_with("1.3.05", SEN_DATE_SERIAL, SEN_ESYNTAX);
	fails_with("", SEN_DATE_SERIAL, SEN_EEMPTY);
}

/* The new failures leave *out as it was too. */
static void
test_date_parse_new_errors_keep_out(void **state)
{
	sen_day day;

	(void)state;
	day = 42;
	assert_int_equal(parse("2005-03-01T25:00", 0, &day), SEN_ESYNTAX);
	assert_int_equal(parse("01/03/05", 0, &day), SEN_ESYNTAX);
	assert_int_equal(parse("29/02/05", SEN_DATE_YY, &day), SEN_ERANGE);
	assert_int_equal(parse("60", SEN_DATE_SERIAL, &day), SEN_ERANGE);
	assert_int_equal(parse("0", SEN_DATE_SERIAL, &day), SEN_ERANGE);
	assert_int_equal(parse("38412", 0, &day), SEN_ESYNTAX);
	assert_int_equal(day, 42);
}

/* The new forms format as ISO, which parses back to the same day. */
static void
test_date_round_trip_new_forms(void **state)
{
	static const struct {
		const char	*in;
		int		 flags;
		const char	*iso;
	} cases[] = {
		{ "2005-03-01T10:15:00Z", 0, "2005-03-01" },
		{ "01/03/2005 00:00", 0, "2005-03-01" },
		{ "3 Sept 2005", 0, "2005-09-03" },
		{ "29 February 2004", 0, "2004-02-29" },
		{ "01-Mar-05", SEN_DATE_YY, "2005-03-01" },
		{ "31/12/99", SEN_DATE_YY, "1999-12-31" },
		{ "61", SEN_DATE_SERIAL, "1900-03-01" },
		{ "59", SEN_DATE_SERIAL, "1900-02-28" },
		{ "38412.5", SEN_DATE_SERIAL, "2005-03-01" }
	};
	char buf[SEN_DATE_LEN + 1];
	sen_day a, b;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(parse(cases[i].in, cases[i].flags, &a),
		    SEN_OK);
		assert_string_equal(sen_date_format(a, buf), cases[i].iso);
		assert_int_equal(parse(buf, 0, &b), SEN_OK);
		assert_int_equal(a, b);
	}
}

/* Written exactly YYYY-MM-DD: ten bytes, digits and two dashes. */
static void
test_date_is_iso(void **state)
{
	(void)state;
	assert_int_equal(sen_date_is_iso("2005-03-01", 10), 1);
	assert_int_equal(sen_date_is_iso("2005-02-30", 10), 1);
	assert_int_equal(sen_date_is_iso("2005-3-01 ", 10), 0);
	assert_int_equal(sen_date_is_iso("2005-01-1 ", 10), 0);
	assert_int_equal(sen_date_is_iso("2005/03/01", 10), 0);
	assert_int_equal(sen_date_is_iso(" 2005-03-01", 11), 0);
	assert_int_equal(sen_date_is_iso("2005-03-01", 9), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_date_is_iso),
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
		cmocka_unit_test(test_date_round_trip),
		cmocka_unit_test(test_date_parse_time_iso),
		cmocka_unit_test(test_date_parse_time_dmy),
		cmocka_unit_test(test_date_parse_time_named),
		cmocka_unit_test(test_date_parse_time_syntax),
		cmocka_unit_test(test_date_parse_time_with_bad_day),
		cmocka_unit_test(test_date_parse_time_length),
		cmocka_unit_test(test_date_parse_month_spaces),
		cmocka_unit_test(test_date_parse_sept),
		cmocka_unit_test(test_date_parse_month_spaces_syntax),
		cmocka_unit_test(test_date_parse_month_spaces_range),
		cmocka_unit_test(test_date_parse_yy),
		cmocka_unit_test(test_date_parse_yy_pivot),
		cmocka_unit_test(test_date_parse_yy_mdy),
		cmocka_unit_test(test_date_parse_yy_range),
		cmocka_unit_test(test_date_parse_yy_syntax),
		cmocka_unit_test(test_date_parse_serial),
		cmocka_unit_test(test_date_parse_serial_fraction),
		cmocka_unit_test(test_date_parse_serial_range),
		cmocka_unit_test(test_date_parse_serial_syntax),
		cmocka_unit_test(test_date_parse_serial_dates),
		cmocka_unit_test(test_date_parse_new_errors_keep_out),
		cmocka_unit_test(test_date_round_trip_new_forms)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
