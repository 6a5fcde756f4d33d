/*
 * test_money.c: unit tests for sen_money, amounts held as whole pence.
 *
 * Pence are worked by hand: pounds times 100 plus the decimals, a single
 * decimal being tenths of a pound ("1800.5" is 1800 * 100 + 50).  The
 * pound sign is U+00A3, in UTF-8 the two bytes C2 A3.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sen.h"
#include "sen_money.h"

/* Asserts that the NUL-terminated s parses to want pence. */
static void
parses_to(const char *s, long long want)
{
	long long v = -1;
	int st;

	if ((st = sen_money_parse(s, strlen(s), &v)) != SEN_OK)
		fail_msg("\"%s\": status %d", s, st);
	if (v != want)
		fail_msg("\"%s\" gave %lld, not %lld", s, v, want);
}

/* Asserts that the NUL-terminated s fails with want. */
static void
fails_with(const char *s, int want)
{
	long long v = -1;
	int st;

	if ((st = sen_money_parse(s, strlen(s), &v)) != want)
		fail_msg("\"%s\": status %d, not %d", s, st, want);
}

/* Asserts that pence is written as want. */
static void
formats_to(long long pence, const char *want)
{
	char buf[32];

	assert_ptr_equal(sen_money_format(pence, buf), buf);
	if (strcmp(buf, want) != 0)
		fail_msg("%lld gave \"%s\", not \"%s\"", pence, buf, want);
}

/* Amounts as exports write them, with and without the pound sign. */
static void
test_money_parse(void **state)
{
	(void)state;
	parses_to("\xC2\xA3" "1,800.00", 180000);	/* 1800 * 100 */
	parses_to("1800", 180000);
	parses_to("1800.00", 180000);
	parses_to("1800.5", 180050);			/* 180000 + 50 */
	parses_to("1800.50", 180050);
	parses_to("1800.05", 180005);			/* 180000 + 5 */
	parses_to("1,234,567.89", 123456789);	/* 123456700 + 89 */
	parses_to("\xC2\xA3" "1,234,567.89", 123456789);
	parses_to("1,000", 100000);
	parses_to("999", 99900);
	parses_to("0", 0);
	parses_to("0.05", 5);
	parses_to("0.5", 50);
	parses_to("\xC2\xA3" "0", 0);
	parses_to("12,345", 1234500);		/* first group of two */
	parses_to("123,456", 12345600);		/* first group of three */
}

/* Spaces and tabs around the amount are ignored. */
static void
test_money_parse_spaces(void **state)
{
	(void)state;
	parses_to(" 1800 ", 180000);
	parses_to("\t1800.5\t", 180050);
	parses_to("  \xC2\xA3" "1,800.00  ", 180000);
	parses_to(" \t 0.05 \t ", 5);
}

/* Only the len bytes given are read. */
static void
test_money_parse_len(void **state)
{
	long long v = -1;

	(void)state;
	/* "1800" of "1800.5": 1800 * 100 */
	assert_int_equal(sen_money_parse("1800.5", 4, &v), SEN_OK);
	assert_int_equal(v, 180000);
	/* "12" of "123": 12 * 100 */
	assert_int_equal(sen_money_parse("123", 2, &v), SEN_OK);
	assert_int_equal(v, 1200);
	assert_int_equal(sen_money_parse("123", 0, &v), SEN_EEMPTY);
}

/* Badly placed commas, a third decimal, signs and words. */
static void
test_money_parse_syntax(void **state)
{
	static const char *const bad[] = {
		"1,80",		/* last group of two */
		"18,00.00",	/* the same before decimals */
		",100",		/* nothing before the comma */
		"100,",		/* nothing after it */
		"1,,000",	/* an empty group */
		"1234,567",	/* first group of four */
		"1,2345",	/* last group of four */
		"1,000,00",	/* last group of two after a good one */
		"1800.005",	/* a third decimal: not rounded */
		"1800.",	/* a point and no decimals */
		".50",		/* decimals and no pounds */
		"1800.5x",
		"-5",
		"+5",
		"\xC2\xA3",	/* the sign alone */
		"\xC2\xA3\xC2\xA3" "5",
		"5\xC2\xA3",
		"$5",
		"\xA3" "5",	/* the sign in Latin-1 */
		"TBC",
		"1e3",
		"1 800",
		"1800,00",	/* a decimal comma */
		"1.800,00"
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		fails_with(bad[i], SEN_ESYNTAX);
}

/* Nothing but spaces is empty. */
static void
test_money_parse_empty(void **state)
{
	(void)state;
	fails_with("", SEN_EEMPTY);
	fails_with(" ", SEN_EEMPTY);
	fails_with(" \t ", SEN_EEMPTY);
}

/* SEN_MONEY_MAX is 10^11 pence, 1,000,000,000.00 pounds: taken, and a
 * penny or a pound over it is not. */
static void
test_money_parse_range(void **state)
{
	(void)state;
	parses_to("1000000000", 100000000000LL);
	parses_to("1,000,000,000.00", 100000000000LL);
	parses_to("999,999,999.99", 99999999999LL);
	fails_with("1000000000.01", SEN_EOVER);	/* 10^11 + 1 */
	fails_with("1,000,000,001", SEN_EOVER);	/* 10^11 + 100 */
	fails_with("1000000001", SEN_EOVER);
	fails_with("\xC2\xA3" "9,999,999,999.99", SEN_EOVER);
	fails_with("1000000000000", SEN_EOVER);	/* 10^14 pence */
}

/*
 * Longer amounts are over the maximum too, not in another form: two
 * million million pounds (2 * 10^14 pence) is in form and over it.
 */
static void
test_money_parse_range_long(void **state)
{
	(void)state;
	fails_with("2000000000000", SEN_EOVER);
	fails_with("2,000,000,000,000", SEN_EOVER);
	fails_with("99999999999999999999999999", SEN_EOVER);
}

/* Pence written as pounds with two decimals. */
static void
test_money_format(void **state)
{
	(void)state;
	formats_to(0, "0.00");
	formats_to(5, "0.05");
	formats_to(50, "0.50");
	formats_to(99, "0.99");
	formats_to(100, "1.00");
	formats_to(180000, "1800.00");
	formats_to(180050, "1800.50");		/* 1800 pounds, 50 pence */
	formats_to(123456789, "1234567.89");	/* no thousands commas */
	formats_to(100000000000LL, "1000000000.00");	/* the maximum */
}

/* Negative amounts carry a minus sign before the pounds. */
static void
test_money_format_negative(void **state)
{
	(void)state;
	formats_to(-305, "-3.05");
	formats_to(-5, "-0.05");		/* not "0.-5" or "-0.-5" */
	formats_to(-100, "-1.00");
	formats_to(-180050, "-1800.50");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_money_parse),
		cmocka_unit_test(test_money_parse_spaces),
		cmocka_unit_test(test_money_parse_len),
		cmocka_unit_test(test_money_parse_syntax),
		cmocka_unit_test(test_money_parse_empty),
		cmocka_unit_test(test_money_parse_range),
		cmocka_unit_test(test_money_parse_range_long),
		cmocka_unit_test(test_money_format),
		cmocka_unit_test(test_money_format_negative)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
