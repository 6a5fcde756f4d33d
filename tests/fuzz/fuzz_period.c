/*
 * fuzz_period.c: libFuzzer target for reporting periods: sen_period_parse,
 * _format, _first, _last, _next, _prev, _of, _cmp, _within and _count,
 * and sen_per_parse and _name.
 *
 * The input is text, cut at its first ':' into two labels, as
 * sen-target's --baseline FROM:TO is; each is parsed, and the whole
 * input is tried as a kind's name.  A label that parses must format
 * back as itself (letters in any case), and the period must hold
 * together: first day before last, the days on either side in the
 * periods before and after, sen_period_of() finding it from its first
 * and last days, next and previous undoing each other.  For two labels
 * that parse, sen_period_within() must agree with where the inner one's
 * ends fall, sen_period_cmp() must be antisymmetric, and
 * sen_period_count() of each kind between them must match a count made
 * by stepping from period to period (when short enough to step).  The
 * first four bytes are also taken as a day number, whose period of
 * each kind must hold it (for a day of the years 1 to 9999).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sen.h"
#include "sen_period.h"
#include "fuzz.h"

#define NKINDS 7
#define MAXSTEPS 400

static int
same(const struct sen_period *a, const struct sen_period *b)
{
	return a->kind == b->kind && a->year == b->year &&
	    a->index == b->index;
}

/* Formats p, checking the buffer is not overrun. */
static void
format(const struct sen_period *p, char *buf)
{
	buf[SEN_PERIOD_LABEL] = 'x';
	sen_period_format(p, buf);
	CHECK(buf[SEN_PERIOD_LABEL] == 'x');
	CHECK(strlen(buf) < SEN_PERIOD_LABEL);
}

/* Checks a parsed period and that label is its own. */
static void
check_period(const char *label, const struct sen_period *p)
{
	char buf[SEN_PERIOD_LABEL + 1];
	struct sen_period q, n, v;
	sen_day first, last;

	CHECK((int)p->kind >= 0 && (int)p->kind < NKINDS);
	CHECK(p->year >= 1 && p->year <= 9999);
	format(p, buf);
	CHECK(strcasecmp(buf, label) == 0);
	CHECK(sen_period_parse(buf, &q) == SEN_OK && same(&q, p));

	first = sen_period_first(p);
	last = sen_period_last(p);
	CHECK(first <= last);
	CHECK(last - first >= 27 && last - first <= 365);
	v = sen_period_of(p->kind, first);
	CHECK(same(&v, p));
	v = sen_period_of(p->kind, last);
	CHECK(same(&v, p));
	n = sen_period_next(p);
	CHECK(sen_period_first(&n) == last + 1);
	v = sen_period_of(p->kind, last + 1);
	CHECK(same(&v, &n));
	v = sen_period_prev(&n);
	CHECK(same(&v, p));
	n = sen_period_prev(p);
	CHECK(sen_period_last(&n) == first - 1);
	v = sen_period_of(p->kind, first - 1);
	CHECK(same(&v, &n));
	CHECK(sen_period_cmp(p, p) == 0);
	CHECK(sen_period_within(p, p));
	CHECK(sen_period_count(p->kind, first, last) == 1);
	CHECK(sen_period_count(p->kind, first + 1, last) == 0 ||
	    first == last);
	CHECK(sen_period_count(p->kind, last, first) == 0 || first == last);
}

/* Counts the periods of kind in [from, to] by stepping, or returns -1
 * when there are too many to step through. */
static int
step_count(enum sen_per kind, sen_day from, sen_day to)
{
	struct sen_period p;
	int n = 0;

	if (from > to)
		return 0;
	p = sen_period_of(kind, from);
	if (sen_period_first(&p) < from)
		p = sen_period_next(&p);
	for (; sen_period_last(&p) <= to; p = sen_period_next(&p))
		if (++n > MAXSTEPS)
			return -1;
	return n;
}

/* Checks two periods against each other. */
static void
check_pair(const struct sen_period *a, const struct sen_period *b)
{
	struct sen_period x, y;
	sen_day from, to;
	int k, c, want;

	x = sen_period_of(b->kind, sen_period_first(a));
	y = sen_period_of(b->kind, sen_period_last(a));
	CHECK(sen_period_within(a, b) == (same(&x, b) && same(&y, b)));
	c = sen_period_cmp(a, b);
	CHECK(c == -sen_period_cmp(b, a));
	CHECK((c == 0) == (sen_period_first(a) == sen_period_first(b) &&
	    sen_period_last(a) == sen_period_last(b)));
	from = sen_period_first(a);
	to = sen_period_last(b);
	for (k = 0; k < NKINDS; k++) {
		want = step_count((enum sen_per)k, from, to);
		if (want >= 0)
			CHECK(sen_period_count((enum sen_per)k, from, to) ==
			    want);
		else
			CHECK(sen_period_count((enum sen_per)k, from, to) >
			    MAXSTEPS);
	}
}

/* Checks the period of each kind that holds day; a day outside the
 * years 1 to 9999 need only not upset the arithmetic. */
static void
check_day(sen_day day)
{
	char buf[SEN_PERIOD_LABEL + 1];
	struct sen_period p;
	sen_day first, last;
	int k, real;

	real = day >= sen_date_from_ymd(1, 1, 1) &&
	    day <= sen_date_from_ymd(9999, 12, 31);
	for (k = 0; k < NKINDS; k++) {
		p = sen_period_of((enum sen_per)k, day);
		first = sen_period_first(&p);
		last = sen_period_last(&p);
		CHECK(!real || (first <= day && day <= last));
		format(&p, buf);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sen_period a, b;
	enum sen_per kind;
	char *s, *colon;
	int32_t day;
	int ra, rb = SEN_ESYNTAX;

	if (size > 64)
		return 0;
	if ((s = malloc(size + 1)) == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	if (sen_per_parse(s, &kind) == SEN_OK)
		CHECK(strcmp(sen_per_name(kind), s) == 0);
	if ((colon = strchr(s, ':')) != NULL)
		*colon = '\0';
	if ((ra = sen_period_parse(s, &a)) == SEN_OK)
		check_period(s, &a);
	else
		CHECK(ra == SEN_ESYNTAX);
	if (colon != NULL && (rb = sen_period_parse(colon + 1, &b)) ==
	    SEN_OK)
		check_period(colon + 1, &b);
	if (ra == SEN_OK && rb == SEN_OK) {
		check_pair(&a, &b);
		check_pair(&b, &a);
	}
	if (size >= sizeof(day)) {
		memcpy(&day, data, sizeof(day));
		check_day(day);
	}
	free(s);
	return 0;
}
