/*
 * sen_period.c: reporting periods.
 *
 * Every kind tiles the calendar with runs of whole months: a kind has a
 * length in months and a month in which its year starts (January, April
 * for financial years, September for academic years).  Numbering the
 * periods of a kind one after another from year 0 turns next, previous
 * and counting into adding and subtracting.
 */
#include <string.h>

#include "sen.h"
#include "sen_period.h"

/* What sets a kind apart: its name, length and first month (0 = Jan). */
struct kind_info {
	const char *name;
	int months;
	int offset;
};

static const struct kind_info kinds[] = {
	[SEN_PER_YEAR] = { "year", 12, 0 },
	[SEN_PER_HALF] = { "half", 6, 0 },
	[SEN_PER_QUARTER] = { "quarter", 3, 0 },
	[SEN_PER_MONTH] = { "month", 1, 0 },
	[SEN_PER_FY] = { "fy", 12, 3 },
	[SEN_PER_FY_HALF] = { "fy-half", 6, 3 },
	[SEN_PER_AY] = { "ay", 12, 8 }
};

#define NKINDS ((int)(sizeof(kinds) / sizeof(kinds[0])))

/* Returns the facts of kind, those of a year for a kind out of range. */
static const struct kind_info *
info(enum sen_per kind)
{
	if ((int)kind < 0 || (int)kind >= NKINDS)
		return &kinds[SEN_PER_YEAR];
	return &kinds[kind];
}

/* Returns a divided by b (b > 0), rounded towards minus infinity. */
static long long
floor_div(long long a, long long b)
{
	long long q;

	q = a / b;
	if (a % b < 0)
		q--;
	return q;
}

/* Returns the sequence number of p among the periods of its kind. */
static long long
seq_of(const struct sen_period *p)
{
	const struct kind_info *k;

	k = info(p->kind);
	return (long long)p->year * (12 / k->months) + p->index - 1;
}

/* Returns the period of kind with sequence number n. */
static struct sen_period
period_at(enum sen_per kind, long long n)
{
	struct sen_period p;
	long long per_year;

	per_year = 12 / info(kind)->months;
	p.kind = kind;
	p.year = (int)floor_div(n, per_year);
	p.index = (int)(n - (long long)p.year * per_year + 1);
	return p;
}

/* Returns the first day of month mi, counted as year * 12 + month - 1. */
static sen_day
month_start(long long mi)
{
	long long y;

	y = floor_div(mi, 12);
	return sen_date_from_ymd((int)y, (int)(mi - y * 12 + 1), 1);
}

/* Returns the month number (year * 12 + month - 1) that p starts in. */
static long long
first_month(const struct sen_period *p)
{
	const struct kind_info *k;

	k = info(p->kind);
	return seq_of(p) * k->months + k->offset;
}

/* Parses a kind's name into *kind. */
int
sen_per_parse(const char *name, enum sen_per *kind)
{
	int i;

	for (i = 0; i < NKINDS; i++) {
		if (strcmp(name, kinds[i].name) == 0) {
			*kind = (enum sen_per)i;
			return SEN_OK;
		}
	}
	return SEN_EUNKNOWN;
}

/* Returns the name of kind. */
const char *
sen_per_name(enum sen_per kind)
{
	return info(kind)->name;
}

/* Returns the period of the given kind that holds day. */
struct sen_period
sen_period_of(enum sen_per kind, sen_day day)
{
	const struct kind_info *k;
	long long mi;
	int y, m, d;

	k = info(kind);
	sen_date_to_ymd(day, &y, &m, &d);
	mi = (long long)y * 12 + m - 1;

	return period_at(kind, floor_div(mi - k->offset, k->months));
}

/* First day of p. */
sen_day
sen_period_first(const struct sen_period *p)
{
	return month_start(first_month(p));
}

/* Last day of p: the day before the next period starts. */
sen_day
sen_period_last(const struct sen_period *p)
{
	return month_start(first_month(p) + info(p->kind)->months) - 1;
}

/* The period of the same kind that follows p. */
struct sen_period
sen_period_next(const struct sen_period *p)
{
	return period_at(p->kind, seq_of(p) + 1);
}

/* The period of the same kind that comes before p. */
struct sen_period
sen_period_prev(const struct sen_period *p)
{
	return period_at(p->kind, seq_of(p) - 1);
}

/* Orders periods by first day, then by last day. */
int
sen_period_cmp(const struct sen_period *a, const struct sen_period *b)
{
	sen_day fa, fb, la, lb;

	fa = sen_period_first(a);
	fb = sen_period_first(b);
	if (fa != fb)
		return fa < fb ? -1 : 1;

	la = sen_period_last(a);
	lb = sen_period_last(b);
	if (la != lb)
		return la < lb ? -1 : 1;
	return 0;
}

/* Returns 1 when every day of inner lies within outer, else 0. */
int
sen_period_within(const struct sen_period *inner,
    const struct sen_period *outer)
{
	return sen_period_first(outer) <= sen_period_first(inner) &&
	    sen_period_last(inner) <= sen_period_last(outer);
}

/*
 * Counts the whole periods of kind in [from, to]: from the first period
 * starting on or after from to the last one ending on or before to.
 */
int
sen_period_count(enum sen_per kind, sen_day from, sen_day to)
{
	struct sen_period a, b;
	long long n;

	if (from == SEN_NODATE || to == SEN_NODATE || from > to)
		return 0;

	a = sen_period_of(kind, from);
	if (sen_period_first(&a) < from)
		a = sen_period_next(&a);
	b = sen_period_of(kind, to);
	if (sen_period_last(&b) > to)
		b = sen_period_prev(&b);

	n = seq_of(&b) - seq_of(&a) + 1;
	return n > 0 ? (int)n : 0;
}

/* Returns 1 when c is an ASCII decimal digit. */
static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Reads exactly n digits at s into *val.  Returns 1, or 0 when s does
 * not start with n digits. */
static int
read_digits(const char *s, int n, int *val)
{
	int i, v;

	v = 0;
	for (i = 0; i < n; i++) {
		if (!is_digit(s[i]))
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	*val = v;
	return 1;
}

/* Returns 1 when s is "-" then letter (either case) then one digit from
 * 1 to max, which goes into *index; else 0. */
static int
read_part(const char *s, char letter, int max, int *index)
{
	if (s[0] != '-' || (s[1] != letter && s[1] != letter + 'a' - 'A'))
		return 0;
	if (s[2] < '1' || s[2] > '0' + max)
		return 0;
	*index = s[2] - '0';
	return 1;
}

/* Parses a calendar label: YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM. */
static int
parse_calendar(const char *s, struct sen_period *p)
{
	size_t len;

	len = strlen(s);
	p->index = 1;
	p->kind = SEN_PER_YEAR;
	if (len == 4)
		return SEN_OK;
	if (len != 7)
		return SEN_ESYNTAX;

	p->kind = SEN_PER_HALF;
	if (read_part(s + 4, 'H', 2, &p->index))
		return SEN_OK;
	p->kind = SEN_PER_QUARTER;
	if (read_part(s + 4, 'Q', 4, &p->index))
		return SEN_OK;
	p->kind = SEN_PER_MONTH;
	if (s[4] == '-' && read_digits(s + 5, 2, &p->index) &&
	    p->index >= 1 && p->index <= 12)
		return SEN_OK;
	return SEN_ESYNTAX;
}

/*
 * Parses the part of FYyyyy-yy, FYyyyy-yy-Hn or AYyyyy-yy after its two
 * letters.  The second year must be the first plus one, modulo 100.
 */
static int
parse_split(const char *s, int ay, struct sen_period *p)
{
	size_t len;
	int second;

	if (s[4] != '-' || !read_digits(s + 5, 2, &second) ||
	    second != (p->year + 1) % 100)
		return SEN_ESYNTAX;

	len = strlen(s);
	p->index = 1;
	p->kind = ay ? SEN_PER_AY : SEN_PER_FY;
	if (len == 7)
		return SEN_OK;

	p->kind = SEN_PER_FY_HALF;
	if (!ay && len == 10 && read_part(s + 7, 'H', 2, &p->index))
		return SEN_OK;
	return SEN_ESYNTAX;
}

/*
 * Parses a label of any kind into *p, which is left alone on failure.
 * Letters may be in either case.  Years run from 0001 to 9999.
 */
int
sen_period_parse(const char *label, struct sen_period *p)
{
	struct sen_period q;
	const char *s;
	int rc, split, ay;

	s = label;
	ay = (s[0] == 'A' || s[0] == 'a');
	split = ay || s[0] == 'F' || s[0] == 'f';
	if (split) {
		if (s[1] != 'Y' && s[1] != 'y')
			return SEN_ESYNTAX;
		s += 2;
	}
	if (!read_digits(s, 4, &q.year) || q.year == 0)
		return SEN_ESYNTAX;

	rc = split ? parse_split(s, ay, &q) : parse_calendar(s, &q);
	if (rc == SEN_OK)
		*p = q;
	return rc;
}

/* Writes v (0 to 10^width - 1) as width digits at buf.  Returns the
 * end. */
static char *
put_num(char *buf, int v, int width)
{
	int i;

	for (i = width - 1; i >= 0; i--) {
		buf[i] = (char)('0' + v % 10);
		v /= 10;
	}
	return buf + width;
}

/* Writes "-", c and the digit n at buf.  Returns the end. */
static char *
put_part(char *buf, char c, int n)
{
	buf[0] = '-';
	buf[1] = c;
	buf[2] = (char)('0' + n);
	return buf + 3;
}

/*
 * Writes p's label and a NUL into buf.  A year outside 0 to 9999 is
 * clamped to it and an index out of range taken as 1, so that buf never
 * overflows.
 */
char *
sen_period_format(const struct sen_period *p, char *buf)
{
	char *e;
	int y, idx;

	y = p->year < 0 ? 0 : p->year > 9999 ? 9999 : p->year;
	idx = p->index;
	if (idx < 1 || idx > 12 / info(p->kind)->months)
		idx = 1;

	e = buf;
	if (p->kind == SEN_PER_FY || p->kind == SEN_PER_FY_HALF)
		*e++ = 'F';
	else if (p->kind == SEN_PER_AY)
		*e++ = 'A';
	if (e != buf) {
		*e++ = 'Y';
		e = put_num(e, y, 4);
		*e++ = '-';
		e = put_num(e, (y + 1) % 100, 2);
	} else
		e = put_num(e, y, 4);

	if (p->kind == SEN_PER_HALF || p->kind == SEN_PER_FY_HALF)
		e = put_part(e, 'H', idx);
	else if (p->kind == SEN_PER_QUARTER)
		e = put_part(e, 'Q', idx);
	else if (p->kind == SEN_PER_MONTH) {
		*e++ = '-';
		e = put_num(e, idx, 2);
	}
	*e = '\0';
	return buf;
}
