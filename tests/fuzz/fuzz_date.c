/*
 * fuzz_date.c: libFuzzer target for sen_date_parse() and the day
 * arithmetic behind it (sen_date_valid, _from_ymd, _to_ymd, _format).
 *
 * The whole input is the text of a date, parsed with each of the eight
 * combinations of SEN_DATE_MDY, SEN_DATE_YY and SEN_DATE_SERIAL, from a
 * copy of exactly its length so that a read past the end is caught.
 * Each result is held to sen_date.h:
 *
 *	a status from the documented list, *out left alone on failure;
 *	a day within 0001-01-01 to 9999-12-31 that formats as YYYY-MM-DD,
 *	which reads back, without flags, as the same day;
 *	the same result with spaces and tabs around the text;
 *	a flag that widens the forms (YY, SERIAL) keeps a success as it is;
 *	SEN_EMDY only where reading month first gives a date.
 *
 * The first four bytes are also taken as a day number, which must
 * format as a real date that reads back as itself, or as 0000-00-00.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sen.h"
#include "sen_date.h"
#include "fuzz.h"

#define UNTOUCHED ((sen_day)0x5A5A5A5A)

/* Parses the n bytes at s from a copy of exactly n bytes. */
static int
parse(const char *s, size_t n, int flags, sen_day *out)
{
	char *copy;
	int st;

	if ((copy = malloc(n ? n : 1)) == NULL)
		abort();
	memcpy(copy, s, n);
	*out = UNTOUCHED;
	st = sen_date_parse(copy, n, flags, out);
	free(copy);
	CHECK(st == SEN_OK || st == SEN_EEMPTY || st == SEN_ESYNTAX ||
	    st == SEN_ERANGE || st == SEN_EMDY);
	if (st != SEN_OK)
		CHECK(*out == UNTOUCHED);
	CHECK(st != SEN_EMDY || !(flags & SEN_DATE_MDY));
	return st;
}

/* Checks that day is a real day that formats and reads back. */
static void
check_day(sen_day day)
{
	char buf[SEN_DATE_LEN + 2];
	sen_day back;
	int y, m, d;

	CHECK(day >= sen_date_from_ymd(1, 1, 1));
	CHECK(day <= sen_date_from_ymd(9999, 12, 31));
	sen_date_to_ymd(day, &y, &m, &d);
	CHECK(sen_date_valid(y, m, d));
	CHECK(sen_date_from_ymd(y, m, d) == day);
	buf[SEN_DATE_LEN + 1] = 'x';
	sen_date_format(day, buf);
	CHECK(buf[SEN_DATE_LEN] == '\0' && buf[SEN_DATE_LEN + 1] == 'x');
	CHECK(strlen(buf) == SEN_DATE_LEN);
	CHECK(sen_date_parse(buf, SEN_DATE_LEN, 0, &back) == SEN_OK);
	CHECK(back == day);
}

/* Any day number: a real date read back, or 0000-00-00. */
static void
check_any_day(sen_day day)
{
	char buf[SEN_DATE_LEN + 2];
	int y, m, d;

	buf[SEN_DATE_LEN + 1] = 'x';
	sen_date_format(day, buf);
	CHECK(buf[SEN_DATE_LEN] == '\0' && buf[SEN_DATE_LEN + 1] == 'x');
	if (strcmp(buf, "0000-00-00") == 0) {
		CHECK(day < sen_date_from_ymd(1, 1, 1) ||
		    day > sen_date_from_ymd(9999, 12, 31));
		return;
	}
	sen_date_to_ymd(day, &y, &m, &d);
	CHECK(m >= 1 && m <= 12 && d >= 1 && d <= 31);
	check_day(day);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	sen_day day[8], pday, raw;
	char *padded;
	int st[8], f, pst;

	if (size > 256)
		return 0;
	for (f = 0; f < 8; f++) {
		st[f] = parse(s, size, f, &day[f]);
		if (st[f] == SEN_OK)
			check_day(day[f]);
	}
	for (f = 0; f < 8; f++) {
		/* YY and SERIAL only add forms. */
		if (st[f] == SEN_OK && !(f & SEN_DATE_YY))
			CHECK(st[f | SEN_DATE_YY] == SEN_OK &&
			    day[f | SEN_DATE_YY] == day[f]);
		if (st[f] == SEN_OK && !(f & SEN_DATE_SERIAL))
			CHECK(st[f | SEN_DATE_SERIAL] == SEN_OK &&
			    day[f | SEN_DATE_SERIAL] == day[f]);
		/* Probably month first: it is a date month first. */
		if (st[f] == SEN_EMDY)
			CHECK(st[f | SEN_DATE_MDY] == SEN_OK);
	}

	/* Spaces and tabs around it change nothing. */
	if ((padded = malloc(size + 3)) == NULL)
		abort();
	padded[0] = ' ';
	padded[1] = '\t';
	memcpy(padded + 2, s, size);
	padded[size + 2] = ' ';
	for (f = 0; f < 8; f++) {
		pst = parse(padded, size + 3, f, &pday);
		CHECK(pst == st[f]);
		CHECK(pst != SEN_OK || pday == day[f]);
	}
	free(padded);

	if (size >= sizeof(raw)) {
		memcpy(&raw, data, sizeof(raw));
		check_any_day(raw);
	}
	return 0;
}
