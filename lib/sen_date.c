/*
 * sen_date.c: civil dates as day numbers since 1970-01-01, proleptic
 * Gregorian, and a fast parser for the forms that case records use.
 *
 * The arithmetic counts in eras of 400 years (146097 days), with the year
 * taken to start on 1 March so that the leap day falls at its end.
 */
#include "sen.h"
#include "sen_date.h"

/*
 * Marks a function for rarer text (a date with a time, a serial number)
 * so that the compiler keeps it out of line: YYYY-MM-DD and DD/MM/YYYY,
 * parsed within sen_date_parse() itself, then take the same instructions
 * as before those forms were added.
 */
#if defined(__GNUC__)
#define COLD __attribute__((__cold__, __noinline__))
#else
#define COLD
#endif

/* Days from 0000-03-01 to 1970-01-01. */
#define EPOCH_SHIFT 719468

/* Days in one 400-year era. */
#define ERA_DAYS 146097

/* Two-digit years below this are 20xx, the rest 19xx (SEN_DATE_YY). */
#define YY_PIVOT 50

/*
 * Excel's 1900 date system counts 1900 as a leap year, so its serial 60
 * is a 29 February 1900 that never was.  Serials below it count from
 * 1899-12-31, those above it from 1899-12-30, a day earlier, so as to
 * drop that day.  1900-01-01 is day -25567 (see the tests), so:
 *
 *	serial 1	-25568 + 1 = -25567, 1900-01-01
 *	serial 59	-25568 + 59 = -25509, 1900-01-01 + 58 days: 30 to
 *			1900-01-31, then 28 more to 1900-02-28
 *	serial 61	-25569 + 61 = -25508, the next day, 1900-03-01
 *	serial 38412	-25569 + 38412 = 12843, 2005-03-01: 2005-01-01 is
 *			12784, then 31 (January) + 28 (February 2005)
 */
#define SERIAL_LEAP 60		/* Excel's 1900-02-29 */
#define SERIAL_EARLY (-25568)	/* 1899-12-31, base below SERIAL_LEAP */
#define SERIAL_LATE (-25569)	/* 1899-12-30, base above SERIAL_LEAP */

static const char *const month_names[12] = {
	"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december"
};

/* Returns 1 when y is a leap year, else 0. */
static int
is_leap(int y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

/* Returns the number of days in month m of year y. */
static int
month_days(int y, int m)
{
	static const unsigned char days[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m == 2)
		return 28 + is_leap(y);
	return days[m - 1];
}

/* Returns a divided by b (b > 0), rounded towards minus infinity. */
static int64_t
floor_div(int64_t a, int64_t b)
{
	int64_t q;

	q = a / b;
	if (a % b < 0)
		q--;
	return q;
}

/* Returns 1 when y-m-d names a real day (years 1 to 9999), else 0. */
int
sen_date_valid(int y, int m, int d)
{
	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
		return 0;
	return d <= month_days(y, m);
}

/*
 * Returns the day number of y-m-d.  Counts from 1 March of year 0: the
 * months March to February have lengths whose running total is
 * (153 * n + 2) / 5 for the n-th month (March being 0).
 */
sen_day
sen_date_from_ymd(int y, int m, int d)
{
	int64_t yy, era, yoe, doy, doe;

	yy = (int64_t)y - (m <= 2);
	era = floor_div(yy, 400);
	yoe = yy - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return (sen_day)(era * ERA_DAYS + doe - EPOCH_SHIFT);
}

/* Splits a day number into year, month and day (the inverse of the
 * above). */
void
sen_date_to_ymd(sen_day day, int *y, int *m, int *d)
{
	int64_t z, era, doe, yoe, doy, mp;

	z = (int64_t)day + EPOCH_SHIFT;
	era = floor_div(z, ERA_DAYS);
	doe = z - era * ERA_DAYS;

	/* Leap days come every 1460 days but not at 36524, and at 146096. */
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;

	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(era * 400 + yoe + (*m <= 2));
}

/* Returns 1 when c is a space or a tab. */
static int
is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* Returns 1 when c is an ASCII decimal digit. */
static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Returns c in lower case when it is an ASCII letter, else 0. */
static char
ascii_lower(char c)
{
	if (c >= 'A' && c <= 'Z')
		return (char)(c - 'A' + 'a');
	if (c >= 'a' && c <= 'z')
		return c;
	return 0;
}

/*
 * Reads the run of digits at *pp (at most seven, enough for a six-digit
 * serial and to show a run is too long) into *val and moves *pp past it.
 * Returns how many it read.
 */
static int
read_num(const char **pp, const char *end, int *val)
{
	const char *p;
	int n, v;

	p = *pp;
	n = v = 0;
	while (p < end && n < 7 && is_digit(*p)) {
		v = v * 10 + (*p - '0');
		p++;
		n++;
	}

	*pp = p;
	*val = v;
	return n;
}

/* Moves *pp past the run of digits there, of any length.  Returns 1
 * when there was at least one digit, else 0. */
static int
skip_digits(const char **pp, const char *end)
{
	const char *p;

	for (p = *pp; p < end && is_digit(*p); p++)
		continue;
	if (p == *pp)
		return 0;
	*pp = p;
	return 1;
}

/* Moves *pp past a fraction, a dot and one or more digits, if one is
 * there.  Returns 0 for a dot with no digit after it, else 1. */
static int
skip_fraction(const char **pp, const char *end)
{
	if (*pp == end || **pp != '.')
		return 1;
	(*pp)++;
	return skip_digits(pp, end);
}

/*
 * Returns 1 when the n lower-case letters at word name month i (0 to
 * 11): the whole name, its first three letters or, for September only,
 * its first four ("Sept"), as UK exports write it.
 */
static int
names_month(const char *word, size_t n, int i)
{
	const char *name;
	size_t k;

	name = month_names[i];
	for (k = 0; k < n && name[k] == word[k]; k++)
		continue;
	if (k != n)
		return 0;
	return n == 3 || name[n] == '\0' || (i == 8 && n == 4);	/* Sept */
}

/*
 * Reads the run of letters at *pp as an English month name (see
 * names_month), any case, and moves *pp past it.  Returns the month
 * (1 to 12), or 0 when the letters name none.
 */
static int
read_month_name(const char **pp, const char *end)
{
	char word[10];
	const char *p;
	size_t n;
	int i;

	p = *pp;
	for (n = 0; p < end && ascii_lower(*p) != 0; p++, n++) {
		if (n == sizeof(word))
			return 0;
		word[n] = ascii_lower(*p);
	}
	*pp = p;
	if (n < 3)
		return 0;

	for (i = 0; i < 12; i++)
		if (names_month(word, n, i))
			return i + 1;
	return 0;
}

/*
 * Reads the year of a d/m/y form at *pp into *y and moves *pp past it:
 * four digits, or two when flags has SEN_DATE_YY (00 to 49 are 2000 to
 * 2049, 50 to 99 are 1950 to 1999).  Returns 1, or 0 when there is no
 * such year.
 */
static int
read_year(const char **pp, const char *end, int flags, int *y)
{
	int n;

	n = read_num(pp, end, y);
	if (n == 4)
		return 1;
	if (n != 2 || !(flags & SEN_DATE_YY))
		return 0;
	*y += *y < YY_PIVOT ? 2000 : 1900;
	return 1;
}

/* Reads the two digits at *pp, minutes or seconds, and moves *pp past
 * them.  Returns 1 when they are 00 to 59, else 0. */
static int
read_sixty(const char **pp, const char *end)
{
	int v;

	return read_num(pp, end, &v) == 2 && v <= 59;
}

/*
 * Returns 1 when [p, end) is a time of day: H:MM or HH:MM, hours 0 to 23,
 * then optionally :SS and a fraction of a second, then optionally a Z.
 */
static int
is_time(const char *p, const char *end)
{
	int h, n;

	n = read_num(&p, end, &h);
	if (n < 1 || n > 2 || h > 23 || p == end || *p++ != ':')
		return 0;
	if (!read_sixty(&p, end))
		return 0;
	if (p < end && *p == ':') {
		p++;
		if (!read_sixty(&p, end) || !skip_fraction(&p, end))
			return 0;
	}
	if (p < end && *p == 'Z')
		p++;
	return p == end;
}

/* Checks y-m-d and stores its day number in *out.  Returns SEN_OK or
 * SEN_ERANGE. */
static int
store(int y, int m, int d, sen_day *out)
{
	if (!sen_date_valid(y, m, d))
		return SEN_ERANGE;
	*out = sen_date_from_ymd(y, m, d);
	return SEN_OK;
}

/*
 * Does as store() for a date followed by a time, p at the space or T
 * between them (already checked): a bad time of day is SEN_ESYNTAX,
 * whatever the date.
 */
COLD static int
store_timed(const char *p, const char *end, int y, int m, int d,
    sen_day *out)
{
	if (!is_time(p + 1, end))
		return SEN_ESYNTAX;
	return store(y, m, d, out);
}

/*
 * Does as the end of parse_dmy() for a d/m/y date followed by a time, p at
 * the space between them (already checked): a bad time of day is
 * SEN_ESYNTAX, whatever the date.  The day-first test is repeated here
 * rather than shared, so that parse_dmy() keeps it inline.
 */
COLD static int
store_dmy_timed(const char *p, const char *end, int y, int a, int b,
    int flags, sen_day *out)
{
	if (!is_time(p + 1, end))
		return SEN_ESYNTAX;
	if (flags & SEN_DATE_MDY)
		return store(y, a, b, out);
	if (b > 12 && sen_date_valid(y, a, b))
		return SEN_EMDY;
	return store(y, b, a, out);
}

/*
 * Returns the status of text in no date form that starts with a number,
 * of n digits and value v, p just after them: SEN_ESYNTAX or, when flags
 * has SEN_DATE_SERIAL, what it makes as an Excel serial day number (see
 * SERIAL_LEAP): one to six digits, then optionally a fraction of a day,
 * the time, which is ignored.  Only failed dates come here, so dates pay
 * nothing for serials.
 */
COLD static int
no_date(const char *p, const char *end, int n, int v, int flags,
    sen_day *out)
{
	if (!(flags & SEN_DATE_SERIAL))
		return SEN_ESYNTAX;
	if (n < 1 || n > 6 || !skip_fraction(&p, end) || p != end)
		return SEN_ESYNTAX;
	if (v == 0 || v == SERIAL_LEAP)
		return SEN_ERANGE;

	*out = (v < SERIAL_LEAP ? SERIAL_EARLY : SERIAL_LATE) + v;
	return SEN_OK;
}

/* Parses the rest of YYYY-M-D, the year y already read and p at the
 * first dash. */
static int
parse_iso(const char *p, const char *end, int y, int flags, sen_day *out)
{
	int m, d, n;

	if (p == end || *p != '-')
		return no_date(p, end, 4, y, flags, out);
	p++;
	n = read_num(&p, end, &m);
	if (n < 1 || n > 2 || p == end || *p++ != '-')
		return SEN_ESYNTAX;
	n = read_num(&p, end, &d);
	if (n < 1 || n > 2)
		return SEN_ESYNTAX;
	if (p != end) {
		if (*p != 'T' && *p != ' ')
			return SEN_ESYNTAX;
		return store_timed(p, end, y, m, d, out);
	}

	return store(y, m, d, out);
}

/* Parses the rest of D-Mon-YYYY or D Mon YYYY, the day d and the
 * separator sep already read and p at the first letter of the month. */
static int
parse_named(const char *p, const char *end, int d, char sep, int flags,
    sen_day *out)
{
	int m, y;

	m = read_month_name(&p, end);
	if (m == 0 || p == end || *p++ != sep)
		return SEN_ESYNTAX;
	if (!read_year(&p, end, flags, &y))
		return SEN_ESYNTAX;
	if (p != end) {
		if (*p != ' ')
			return SEN_ESYNTAX;
		return store_timed(p, end, y, m, d, out);
	}

	return store(y, m, d, out);
}

/*
 * Parses the rest of a/b/YYYY (or with '-' or '.'), or of a named-month
 * form, the first number a, of an digits, already read and p at the
 * separator.  A day-first date that is impossible but would be a real day
 * read month first is SEN_EMDY.  Of the failures, only a bare number and
 * a number with a fraction ("a.b", q at its dot) may be serials.
 */
static int
parse_dmy(const char *p, const char *end, int a, int an, int flags,
    sen_day *out)
{
	const char *q;
	char sep;
	int b, y, n;

	if (p == end)
		return no_date(p, end, an, a, flags, out);
	q = p;
	sep = *p++;
	if (sep != '/' && sep != '.') {
		if (sep != '-' && sep != ' ')
			return SEN_ESYNTAX;
		if (p < end && ascii_lower(*p) != 0)
			return parse_named(p, end, a, sep, flags, out);
		if (sep == ' ')
			return SEN_ESYNTAX;
	}

	n = read_num(&p, end, &b);
	if (n < 1 || n > 2 || p == end || *p++ != sep)
		return no_date(q, end, an, a, flags, out);
	if (!read_year(&p, end, flags, &y))
		return SEN_ESYNTAX;
	if (p != end) {
		if (*p != ' ')
			return SEN_ESYNTAX;
		return store_dmy_timed(p, end, y, a, b, flags, out);
	}

	if (flags & SEN_DATE_MDY)
		return store(y, a, b, out);
	if (b > 12 && sen_date_valid(y, a, b))
		return SEN_EMDY;
	return store(y, b, a, out);
}

/*
 * Parses a date in any accepted form (see sen_date.h).  Spaces and tabs
 * around it are ignored.  *out is left alone on failure.
 */
int
sen_date_parse(const char *s, size_t len, int flags, sen_day *out)
{
	const char *p, *end;
	int a, n;

	if (len == 0)
		return SEN_EEMPTY;
	p = s;
	end = s + len;
	while (p < end && is_space(*p))
		p++;
	while (end > p && is_space(end[-1]))
		end--;
	if (p == end)
		return SEN_EEMPTY;

	n = read_num(&p, end, &a);
	if (n == 4)
		return parse_iso(p, end, a, flags, out);
	if (n == 1 || n == 2)
		return parse_dmy(p, end, a, n, flags, out);
	return no_date(p, end, n, a, flags, out);
}

/* Writes v (0 to 10^width - 1) as width digits at p. */
static void
put_digits(char *p, int v, int width)
{
	while (width-- > 0) {
		p[width] = (char)('0' + v % 10);
		v /= 10;
	}
}

/*
 * Writes day as YYYY-MM-DD.  A day outside 0001-01-01 to 9999-12-31,
 * SEN_NODATE among them, is written 0000-00-00, which no parse accepts.
 */
char *
sen_date_format(sen_day day, char *buf)
{
	int y, m, d;

	sen_date_to_ymd(day, &y, &m, &d);
	if (y < 1 || y > 9999)
		y = m = d = 0;

	put_digits(buf, y, 4);
	buf[4] = '-';
	put_digits(buf + 5, m, 2);
	buf[7] = '-';
	put_digits(buf + 8, d, 2);
	buf[SEN_DATE_LEN] = '\0';
	return buf;
}

int
sen_date_is_iso(const char *s, size_t len)
{
	size_t i;

	if (len != SEN_DATE_LEN)
		return 0;
	for (i = 0; i < len; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}
