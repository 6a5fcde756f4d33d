/*
 * sen_date.c: civil dates as day numbers since 1970-01-01, proleptic
 * Gregorian, and a fast parser for the forms that case records use.
 *
 * The arithmetic counts in eras of 400 years (146097 days), with the year
 * taken to start on 1 March so that the leap day falls at its end.
 */
#include "sen.h"
#include "sen_date.h"

/* Days from 0000-03-01 to 1970-01-01. */
#define EPOCH_SHIFT 719468

/* Days in one 400-year era. */
#define ERA_DAYS 146097

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
 * Reads the run of digits at *pp (at most five, enough to show a run is
 * too long) into *val and moves *pp past it.  Returns how many it read.
 */
static int
read_num(const char **pp, const char *end, int *val)
{
	const char *p;
	int n, v;

	p = *pp;
	n = v = 0;
	while (p < end && n < 5 && is_digit(*p)) {
		v = v * 10 + (*p - '0');
		p++;
		n++;
	}

	*pp = p;
	*val = v;
	return n;
}

/*
 * Reads the run of letters at *pp as an English month name, whole or its
 * first three letters, any case, and moves *pp past it.  Returns the
 * month (1 to 12), or 0 when the letters name none.
 */
static int
read_month_name(const char **pp, const char *end)
{
	char word[10];
	const char *p;
	size_t n, k;
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

	for (i = 0; i < 12; i++) {
		for (k = 0; k < n && month_names[i][k] == word[k]; k++)
			continue;
		if (k == n && (n == 3 || month_names[i][n] == '\0'))
			return i + 1;
	}
	return 0;
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

/* Parses the rest of YYYY-M-D, the year y already read and p at the
 * first dash. */
static int
parse_iso(const char *p, const char *end, int y, sen_day *out)
{
	int m, d, n;

	if (p == end || *p++ != '-')
		return SEN_ESYNTAX;
	n = read_num(&p, end, &m);
	if (n < 1 || n > 2 || p == end || *p++ != '-')
		return SEN_ESYNTAX;
	n = read_num(&p, end, &d);
	if (n < 1 || n > 2 || p != end)
		return SEN_ESYNTAX;

	return store(y, m, d, out);
}

/* Parses the rest of D-Mon-YYYY, the day d already read and p at the
 * first letter of the month. */
static int
parse_named(const char *p, const char *end, int d, sen_day *out)
{
	int m, y, n;

	m = read_month_name(&p, end);
	if (m == 0 || p == end || *p++ != '-')
		return SEN_ESYNTAX;
	n = read_num(&p, end, &y);
	if (n != 4 || p != end)
		return SEN_ESYNTAX;

	return store(y, m, d, out);
}

/*
 * Parses the rest of a/b/YYYY (or with '-' or '.'), the first number a
 * already read and p at the separator.  A day-first date that is
 * impossible but would be a real day read month first is SEN_EMDY.
 */
static int
parse_dmy(const char *p, const char *end, int a, int flags, sen_day *out)
{
	char sep;
	int b, y, n;

	if (p == end || (*p != '/' && *p != '-' && *p != '.'))
		return SEN_ESYNTAX;
	sep = *p++;
	if (sep == '-' && p < end && ascii_lower(*p) != 0)
		return parse_named(p, end, a, out);

	n = read_num(&p, end, &b);
	if (n < 1 || n > 2 || p == end || *p++ != sep)
		return SEN_ESYNTAX;
	n = read_num(&p, end, &y);
	if (n != 4 || p != end)
		return SEN_ESYNTAX;

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
		return parse_iso(p, end, a, out);
	if (n == 1 || n == 2)
		return parse_dmy(p, end, a, flags, out);
	return SEN_ESYNTAX;
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
