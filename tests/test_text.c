/*
 * test_text.c: unit tests for sen_text, checking UTF-8 and spotting
 * cells a spreadsheet would take as formulas.
 *
 * Sequences are worked from the UTF-8 bit patterns: a lead byte 110xxxxx
 * takes one continuation byte 10xxxxxx, 1110xxxx two, 11110xxx three,
 * and the code point must need that many bytes (U+0080, U+0800 and
 * U+10000 are the least of two, three and four).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sen.h"
#include "sen_text.h"

/* The bytes of a string literal, without its NUL, NULs inside kept. */
#define LIT(s) (s), (sizeof(s) - 1)

/* Asserts that the len bytes at s are good text. */
static void
good(const char *s, size_t len)
{
	size_t bad = 12345;
	int st;

	if ((st = sen_text_check(s, len, &bad)) != SEN_OK)
		fail_msg("%zu bytes: status %d at %zu", len, st, bad);
}

/* Asserts that the len bytes at s are bad at offset want. */
static void
bad_at(const char *s, size_t len, size_t want)
{
	size_t bad = 12345;
	int st;

	if ((st = sen_text_check(s, len, &bad)) != SEN_EENCODING)
		fail_msg("%zu bytes: status %d, not SEN_EENCODING", len, st);
	if (bad != want)
		fail_msg("%zu bytes: bad at %zu, not %zu", len, bad, want);
}

/* Plain ASCII, control characters other than NUL among it. */
static void
test_text_ascii(void **state)
{
	(void)state;
	good(LIT("Child C123, Year 7"));
	good(LIT("tab\there, line\nand CR\r"));
	good(LIT("~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./\x7F"));
	good(LIT(""));
	good(LIT("\x01"));
}

/* Two-, three- and four-byte sequences, at either end and between. */
static void
test_text_multibyte(void **state)
{
	(void)state;
	good(LIT("\xC2\xA3"));				/* U+00A3 pound */
	good(LIT("\xC2\xA3" "1,800.00"));
	good(LIT("\xE2\x82\xAC"));			/* U+20AC euro */
	good(LIT("cost \xE2\x82\xAC" "5"));
	good(LIT("\xF0\x9F\x98\x80"));			/* U+1F600 emoji */
	good(LIT("a\xF0\x9F\x98\x80z"));
	good(LIT("caf\xC3\xA9"));			/* U+00E9 e acute */
	/* the least and greatest of each length */
	good(LIT("\xC2\x80"));				/* U+0080 */
	good(LIT("\xDF\xBF"));				/* U+07FF */
	good(LIT("\xE0\xA0\x80"));			/* U+0800 */
	good(LIT("\xEF\xBF\xBF"));			/* U+FFFF */
	good(LIT("\xF0\x90\x80\x80"));			/* U+10000 */
	good(LIT("\xF4\x8F\xBF\xBF"));			/* U+10FFFF */
	/* either side of the surrogates */
	good(LIT("\xED\x9F\xBF"));			/* U+D7FF */
	good(LIT("\xEE\x80\x80"));			/* U+E000 */
}

/* A NUL is bad wherever it is, and only the len bytes are read. */
static void
test_text_nul(void **state)
{
	(void)state;
	bad_at(LIT("\0"), 0);
	bad_at(LIT("ab\0cd"), 2);
	bad_at(LIT("abcd\0"), 4);
	bad_at(LIT("\xC2\xA3\0"), 2);		/* after the two-byte pound */
	/* "ab" of "ab\0cd" has no NUL */
	good("ab\0cd", 2);
}

/* Overlong forms: a code point written in more bytes than it needs. */
static void
test_text_overlong(void **state)
{
	(void)state;
	bad_at(LIT("\xC0\x80"), 0);		/* U+0000 in two */
	bad_at(LIT("\xC1\xBF"), 0);		/* U+007F in two */
	bad_at(LIT("\xE0\x80\x80"), 0);		/* U+0000 in three */
	bad_at(LIT("\xE0\x9F\xBF"), 0);		/* U+07FF in three */
	bad_at(LIT("\xF0\x80\x80\x80"), 0);	/* U+0000 in four */
	bad_at(LIT("\xF0\x8F\xBF\xBF"), 0);	/* U+FFFF in four */
	bad_at(LIT("ok \xC0\xAF"), 3);		/* '/' in two, after "ok " */
}

/* UTF-16 surrogates are not characters. */
static void
test_text_surrogates(void **state)
{
	(void)state;
	bad_at(LIT("\xED\xA0\x80"), 0);		/* U+D800, the first */
	bad_at(LIT("\xED\xBF\xBF"), 0);		/* U+DFFF, the last */
	bad_at(LIT("\xED\xB0\x80"), 0);		/* U+DC00 */
	/* a pair as CESU-8 writes U+1F600: D83D DE00 */
	bad_at(LIT("x\xED\xA0\xBD\xED\xB8\x80"), 1);
}

/* Nothing above U+10FFFF, and no lead bytes that could only start
 * one. */
static void
test_text_above_max(void **state)
{
	(void)state;
	bad_at(LIT("\xF4\x90\x80\x80"), 0);	/* U+110000 */
	bad_at(LIT("\xF7\xBF\xBF\xBF"), 0);	/* U+1FFFFF */
	bad_at(LIT("\xF5\x80\x80\x80"), 0);
	bad_at(LIT("\xF8\x88\x80\x80\x80"), 0);	/* a five-byte form */
	bad_at(LIT("\xFC\x84\x80\x80\x80\x80"), 0);	/* six */
	bad_at(LIT("\xFE"), 0);
	bad_at(LIT("\xFF"), 0);
}

/* A sequence cut short, at the end or by another byte, is bad from its
 * lead byte. */
static void
test_text_truncated(void **state)
{
	(void)state;
	bad_at(LIT("\xC2"), 0);
	bad_at(LIT("abc\xC2"), 3);
	bad_at(LIT("abc\xE2\x82"), 3);		/* two of the euro's three */
	bad_at(LIT("\xF0\x9F\x98"), 0);		/* three of the emoji's four */
	bad_at(LIT("\xE2\x82x"), 0);		/* 'x' is no continuation */
	bad_at(LIT("\xC2\xC2\xA3"), 0);		/* nor is a lead byte */
	/* the whole pound of "\xC2\xA3", but only one byte given */
	bad_at("\xC2\xA3", 1, 0);
}

/* Continuation bytes with no lead byte. */
static void
test_text_continuation(void **state)
{
	(void)state;
	bad_at(LIT("\x80"), 0);
	bad_at(LIT("\xBF"), 0);
	bad_at(LIT("ab\xA3"), 2);		/* the pound's second byte */
	bad_at(LIT("\xC2\xA3\xA3"), 2);		/* one too many */
	bad_at(LIT("\xE2\x82\xAC\x80"), 3);
}

/* Latin-1 and Windows-1252 text is not UTF-8. */
static void
test_text_latin1(void **state)
{
	(void)state;
	/* E9 (e acute) leads a three-byte form; one byte follows it */
	bad_at(LIT("caf\xE9"), 3);
	bad_at(LIT("caf\xE9 au lait"), 3);
	bad_at(LIT("\xA3" "1800"), 0);		/* the pound sign */
	bad_at(LIT("\x80" "5"), 0);		/* the euro sign, 1252 */
}

/* Cells a spreadsheet would run: a leading = + - @ tab or CR. */
static void
test_text_formula(void **state)
{
	(void)state;
	assert_int_equal(sen_text_formula(LIT("=1+2")), 1);
	assert_int_equal(sen_text_formula(LIT("=")), 1);
	assert_int_equal(sen_text_formula(LIT("+44 20 7946 0000")), 1);
	assert_int_equal(sen_text_formula(LIT("-5+A1")), 1);
	assert_int_equal(sen_text_formula(LIT("-")), 1);
	assert_int_equal(sen_text_formula(LIT("@SUM(A1:A9)")), 1);
	assert_int_equal(sen_text_formula(LIT("\t=1")), 1);
	assert_int_equal(sen_text_formula(LIT("\rx")), 1);
	assert_int_equal(sen_text_formula(LIT("=HYPERLINK(\"x\")")), 1);
}

/* Cells with those characters only later, or none at all. */
static void
test_text_formula_not(void **state)
{
	(void)state;
	assert_int_equal(sen_text_formula(LIT("a=b")), 0);
	assert_int_equal(sen_text_formula(LIT("")), 0);
	assert_int_equal(sen_text_formula(LIT("5-3")), 0);
	assert_int_equal(sen_text_formula(LIT("a@b.example")), 0);
	assert_int_equal(sen_text_formula(LIT(" =1")), 0);
	assert_int_equal(sen_text_formula(LIT("\n=1")), 0);
	assert_int_equal(sen_text_formula(LIT("C123")), 0);
	/* plain signed numbers are numbers, not formulas */
	assert_int_equal(sen_text_formula(LIT("-5")), 0);
	assert_int_equal(sen_text_formula(LIT("-0.1")), 0);
	assert_int_equal(sen_text_formula(LIT("+2")), 0);
	assert_int_equal(sen_text_formula(LIT("-.5")), 0);
	assert_int_equal(sen_text_formula(LIT("\xC2\xA3" "5")), 0);
	/* none of "=1": len 0 */
	assert_int_equal(sen_text_formula("=1", 0), 0);
}

/* Long fields are checked eight bytes at a time: a bad byte at any
 * place of a 40-byte field is still found at its own offset, and a tab
 * (below the printable range the fast path takes) is still text. */
static void
test_text_long_fields(void **state)
{
	char buf[40];
	size_t i, bad;

	(void)state;
	memset(buf, 'a', sizeof(buf));
	assert_int_equal(sen_text_check(buf, sizeof(buf), &bad), SEN_OK);
	for (i = 0; i < sizeof(buf); i++) {
		memset(buf, 'a', sizeof(buf));
		buf[i] = (char)0xFF;
		bad = 99;
		assert_int_equal(sen_text_check(buf, sizeof(buf), &bad),
		    SEN_EENCODING);
		assert_int_equal(bad, i);
		buf[i] = '\t';		/* a tab is text */
		assert_int_equal(sen_text_check(buf, sizeof(buf), &bad),
		    SEN_OK);
		buf[i] = '\0';		/* a NUL is not */
		assert_int_equal(sen_text_check(buf, sizeof(buf), &bad),
		    SEN_EENCODING);
		assert_int_equal(bad, i);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_long_fields),
		cmocka_unit_test(test_text_ascii),
		cmocka_unit_test(test_text_multibyte),
		cmocka_unit_test(test_text_nul),
		cmocka_unit_test(test_text_overlong),
		cmocka_unit_test(test_text_surrogates),
		cmocka_unit_test(test_text_above_max),
		cmocka_unit_test(test_text_truncated),
		cmocka_unit_test(test_text_continuation),
		cmocka_unit_test(test_text_latin1),
		cmocka_unit_test(test_text_formula),
		cmocka_unit_test(test_text_formula_not)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
