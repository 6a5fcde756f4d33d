/*
 * test_stock.c: unit tests for sen_stock, banded-funding allocations and
 * statements figured period by period.
 *
 * Days of financial years, used throughout (April to March):
 *   FY2004-05, FY2005-06, FY2006-07: 365 days each (no 29 February).
 *   FY2007-08: 366 days, 29 February 2008 among them.
 *   FY2008-09: 365 days.
 * A day of an allocation costs its annual amount over the days of the
 * financial year the day is in, so n days of a 365-day year cost n/365
 * of it.  Amounts are rounded to the penny per allocation, halves up.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sen.h"
#include "sen_codes.h"
#include "sen_date.h"
#include "sen_period.h"
#include "sen_stock.h"

/* Returns the day number of y-m-d, which must be a real day. */
static sen_day
day(int y, int m, int d)
{
	if (!sen_date_valid(y, m, d))
		fail_msg("%04d-%02d-%02d is no day", y, m, d);
	return sen_date_from_ymd(y, m, d);
}

/* Returns the period of label, which must parse. */
static struct sen_period
per(const char *label)
{
	struct sen_period p;

	if (sen_period_parse(label, &p) != SEN_OK)
		fail_msg("\"%s\" did not parse", label);
	return p;
}

/* Returns an allocation of pence a year from start to end. */
static struct sen_item
alloc(sen_day start, sen_day end, long long pence)
{
	struct sen_item it;

	memset(&it, 0, sizeof(it));
	it.start = start;
	it.end = end;
	it.review = SEN_NODATE;
	it.rank = -1;
	it.pence = pence;
	return it;
}

/* Returns a statement made on start, ceased on end, last reviewed on
 * review. */
static struct sen_item
stmt(sen_day start, sen_day end, sen_day review)
{
	struct sen_item it;

	memset(&it, 0, sizeof(it));
	it.start = start;
	it.end = end;
	it.review = review;
	it.rank = -1;
	return it;
}

/* Returns the rank of a year group, which must be known. */
static int
rank(const char *code)
{
	int r;

	if ((r = sen_year_rank(code)) < 0)
		fail_msg("\"%s\": no year group", code);
	return r;
}

/* Adds it to the group named by the NUL-terminated name. */
static void
add(struct sen_stock *s, const char *name, const struct sen_item *it)
{
	assert_int_equal(sen_stock_add(s, name, strlen(name), it), SEN_OK);
}

/* Figures n allocations, all in one group, in the period of label. */
static void
band(const struct sen_item *v, size_t n, const char *label,
    const struct sen_policy *pol, struct sen_band_fig *f)
{
	struct sen_stock *s;
	struct sen_period p = per(label);
	size_t i;

	assert_non_null(s = sen_stock_new());
	for (i = 0; i < n; i++)
		add(s, "g", &v[i]);
	assert_int_equal(sen_stock_ngroups(s), n > 0 ? 1 : 0);
	sen_stock_banding(s, 0, &p, pol, f);
	sen_stock_free(s);
}

/* Figures n statements, all in one group, in the period of label. */
static void
stmts(const struct sen_item *v, size_t n, const char *label,
    struct sen_stmt_fig *f)
{
	struct sen_stock *s;
	struct sen_period p = per(label);
	size_t i;

	assert_non_null(s = sen_stock_new());
	for (i = 0; i < n; i++)
		add(s, "g", &v[i]);
	sen_stock_statements(s, 0, &p, f);
	sen_stock_free(s);
}

/* Figures one allocation in the period of label; returns its pence and
 * checks that it ran there. */
static long long
one(sen_day start, sen_day end, long long pence, const char *label)
{
	struct sen_item it = alloc(start, end, pence);
	struct sen_band_fig f;

	band(&it, 1, label, NULL, &f);
	assert_int_equal(f.cases, 1);
	return f.pence;
}

/* A whole financial year costs the amount exactly, 365 days or 366. */
static void
test_stock_whole_fy(void **state)
{
	(void)state;
	/* 1 April 2005 to 31 March 2006: 365/365 */
	assert_int_equal(one(day(2005, 4, 1), day(2006, 3, 31), 180000,
	    "FY2005-06"), 180000);
	/* running before and after the year: still 365/365 */
	assert_int_equal(one(day(2003, 1, 1), SEN_NODATE, 123457,
	    "FY2005-06"), 123457);
	/* 1 April 2007 to 31 March 2008, 29 February included: 366/366 */
	assert_int_equal(one(day(2007, 4, 1), day(2008, 3, 31), 180000,
	    "FY2007-08"), 180000);
	assert_int_equal(one(day(2007, 1, 1), SEN_NODATE, 123457,
	    "FY2007-08"), 123457);
	/* both halves of FY2007-08 make the whole: 183 + 183 of 366 */
	assert_int_equal(one(day(2007, 4, 1), SEN_NODATE, 180000,
	    "FY2007-08-H1"), 90000);
	assert_int_equal(one(day(2007, 4, 1), SEN_NODATE, 180000,
	    "FY2007-08-H2"), 90000);
}

/* One day costs the amount over 365, or over 366 in FY2007-08. */
static void
test_stock_one_day(void **state)
{
	(void)state;
	/* 365.00 / 365 = 1.00 */
	assert_int_equal(one(day(2005, 6, 1), day(2005, 6, 1), 36500,
	    "FY2005-06"), 100);
	/* 366.00 / 366 = 1.00, on 29 February 2008 */
	assert_int_equal(one(day(2008, 2, 29), day(2008, 2, 29), 36600,
	    "FY2007-08"), 100);
	/* and the same day in a month period */
	assert_int_equal(one(day(2008, 2, 29), day(2008, 2, 29), 36600,
	    "2008-02"), 100);
}

/* Part years, pro rata by day. */
static void
test_stock_part_year(void **state)
{
	(void)state;
	/*
	 * 1 September 2005 to 31 March 2006: 30 + 31 + 30 + 31 + 31 + 28
	 * + 31 = 212 days of 365.  420000 * 212 / 365 = 89040000 / 365 =
	 * 243945.205..., so 2439.45.
	 */
	assert_int_equal(one(day(2005, 9, 1), SEN_NODATE, 420000,
	    "FY2005-06"), 243945);
	assert_int_equal(one(day(2005, 9, 1), day(2006, 3, 31), 420000,
	    "FY2005-06"), 243945);
	/*
	 * 1 October 2007 to 31 March 2008: 31 + 30 + 31 + 31 + 29 + 31 =
	 * 183 days of 366, half: 900.00.
	 */
	assert_int_equal(one(day(2007, 10, 1), SEN_NODATE, 180000,
	    "FY2007-08"), 90000);
	/* April 2005, 30 days: 365000 * 30 / 365 = 30000 */
	assert_int_equal(one(day(2005, 4, 1), day(2005, 4, 30), 365000,
	    "FY2005-06"), 30000);
	/* the same in the month period 2005-04 */
	assert_int_equal(one(day(2004, 4, 1), SEN_NODATE, 365000,
	    "2005-04"), 30000);
}

/* A calendar year takes days of two financial years, each at its own
 * rate. */
static void
test_stock_two_fys(void **state)
{
	(void)state;
	/*
	 * 2006: 1 January to 31 March (31 + 28 + 31 = 90 days) of
	 * FY2005-06's 365, and 1 April to 31 December (275 days) of
	 * FY2006-07's 365: 365/365, the whole amount.
	 */
	assert_int_equal(one(day(2005, 1, 1), SEN_NODATE, 365000, "2006"),
	    365000);
	/*
	 * 1 March to 31 May 2006: 31 days of FY2005-06, 61 of FY2006-07,
	 * 92/365 of 365000 = 92000.
	 */
	assert_int_equal(one(day(2006, 3, 1), day(2006, 5, 31), 365000,
	    "2006"), 92000);
	/*
	 * 2007: 90 days of FY2006-07 (365) and 275 of FY2007-08 (366).
	 * 366000 * 90 / 365 = 90246.575... plus 366000 * 275 / 366 =
	 * 275000, 365246.575..., so 3652.47, not 3660.00.
	 */
	assert_int_equal(one(day(2006, 1, 1), SEN_NODATE, 366000, "2007"),
	    365247);
	/*
	 * 2008, a leap year of 366 days: 1 January to 31 March (31 + 29 +
	 * 31 = 91 days) of FY2007-08's 366, and 275 days of FY2008-09's
	 * 365.  180000 * 91 / 366 = 44754.098... plus 180000 * 275 / 365 =
	 * 135616.438..., 180370.536..., so 1803.71, not 1800.00.
	 */
	assert_int_equal(one(day(2007, 1, 1), SEN_NODATE, 180000, "2008"),
	    180371);
}

/* Halves are rounded up, each allocation on its own. */
static void
test_stock_half_up(void **state)
{
	struct sen_item v[2];
	struct sen_band_fig f;

	(void)state;
	/* 183 of 366 days of 1800.01: 90000.5 pence, so 900.01 */
	assert_int_equal(one(day(2007, 10, 1), day(2008, 3, 31), 180001,
	    "FY2007-08-H2"), 90001);
	/* one day of 1.83 in a 366-day year: 0.5 pence, so 1 */
	assert_int_equal(one(day(2008, 2, 29), day(2008, 2, 29), 183,
	    "FY2007-08"), 1);
	/* 9.15 / 366 = 2.5 pence: 3, not 2 (to even) */
	assert_int_equal(one(day(2008, 2, 29), day(2008, 2, 29), 915,
	    "FY2007-08"), 3);
	/* 1.82 / 366 = 0.497... pence: 0 */
	assert_int_equal(one(day(2008, 2, 29), day(2008, 2, 29), 182,
	    "FY2007-08"), 0);
	/* two halves, rounded apiece: 1 + 1, not round(1.0) */
	v[0] = alloc(day(2008, 2, 29), day(2008, 2, 29), 183);
	v[1] = v[0];
	band(v, 2, "FY2007-08", NULL, &f);
	assert_int_equal(f.cases, 2);
	assert_int_equal(f.pence, 2);
}

/* Running in the period: started by its last day, not ended before its
 * first. */
static void
test_stock_running(void **state)
{
	struct sen_item v[5];
	struct sen_band_fig f;

	(void)state;
	/* started on the last day: 1 day of 3650.00, 10.00 */
	v[0] = alloc(day(2006, 3, 31), SEN_NODATE, 365000);
	/* ended on the first day: 1 day, 10.00 */
	v[1] = alloc(day(2005, 1, 1), day(2005, 4, 1), 365000);
	/* started the day after the last */
	v[2] = alloc(day(2006, 4, 1), SEN_NODATE, 365000);
	/* ended the day before the first */
	v[3] = alloc(day(2005, 1, 1), day(2005, 3, 31), 365000);
	/* all through it: 365/365 of 1000.00 */
	v[4] = alloc(day(2004, 1, 1), day(2007, 1, 1), 100000);
	band(v, 5, "FY2005-06", NULL, &f);
	assert_int_equal(f.cases, 3);
	assert_int_equal(f.pence, 1000 + 1000 + 100000);
	assert_int_equal(f.beyond, 0);
	assert_int_equal(f.policy, 0);
	/*
	 * Committed for FY2006-07 (365 days) by those recorded: all of
	 * v[0], 365000; v[4] to 1 January 2007, 1 April to 31 December
	 * being 275 days and 1 January one more, 100000 * 276 / 365 =
	 * 75616.43...; and v[2], all of it, 365000.
	 */
	assert_int_equal(f.next_pence, 365000 + 75616 + 365000);
}

/* Cancelled allocations are counted nowhere. */
static void
test_stock_cancelled(void **state)
{
	struct sen_policy pol;
	struct sen_item v[2];
	struct sen_band_fig f;

	(void)state;
	memset(&pol, 0, sizeof(pol));
	pol.year[0] = 2005;
	pol.rank[0] = rank("R");
	pol.n = 1;
	v[0] = alloc(day(2005, 4, 1), SEN_NODATE, 180000);
	v[0].rank = rank("5");
	v[0].cancelled = 1;
	v[1] = alloc(day(2005, 4, 1), SEN_NODATE, 36500);
	band(v, 2, "FY2005-06", &pol, &f);
	assert_int_equal(f.cases, 1);
	assert_int_equal(f.pence, 36500);
	assert_int_equal(f.next_pence, 36500);	/* FY2006-07, whole */
	assert_int_equal(f.beyond, 0);		/* v[1]'s year unknown */
	assert_int_equal(f.policy, 1);
	/* only a cancelled one: nothing at all */
	band(v, 1, "FY2005-06", &pol, &f);
	assert_int_equal(f.cases, 0);
	assert_int_equal(f.pence, 0);
	assert_int_equal(f.next_pence, 0);
	assert_int_equal(f.beyond, 0);
}

/* The amount committed for the period after: what every allocation
 * recorded costs in it. */
static void
test_stock_committed_next(void **state)
{
	struct sen_item v[4];
	struct sen_band_fig f;

	(void)state;
	/* open: all of 2006 (90 + 275 days, both of 365) */
	v[0] = alloc(day(2005, 9, 1), SEN_NODATE, 180000);
	/* to 31 March 2006: 90/365 of 3650.00 = 900.00 */
	v[1] = alloc(day(2005, 4, 1), day(2006, 3, 31), 365000);
	/* starts in 2006, recorded already: all of 2006, 100000 */
	v[2] = alloc(day(2006, 1, 1), SEN_NODATE, 100000);
	/* ended in 2005: nothing */
	v[3] = alloc(day(2005, 1, 1), day(2005, 6, 30), 73000);
	band(v, 4, "2005", NULL, &f);
	assert_int_equal(f.next_pence, 180000 + 90000 + 100000);
	/*
	 * And in 2005 itself: v[0] 1 September to 31 December, 122 days,
	 * 180000 * 122 / 365 = 60164.38...; v[1] 275 days of 365, 275000;
	 * v[3] 90 days of FY2004-05 and 91 of FY2005-06, 181 of 365 of
	 * 73000 = 36200.
	 */
	assert_int_equal(f.cases, 3);
	assert_int_equal(f.pence, 60164 + 275000 + 36200);
	/*
	 * FY2005-06-H2 is followed by FY2006-07-H1, 1 April to 30
	 * September 2006: 30 + 31 + 30 + 31 + 31 + 30 = 183 days of 365.
	 * 420000 * 183 / 365 = 210575.34...
	 */
	v[0] = alloc(day(2005, 9, 1), SEN_NODATE, 420000);
	band(v, 1, "FY2005-06-H2", NULL, &f);
	assert_int_equal(f.next_pence, 210575);
	/* ending 30 June 2006: 30 + 31 + 30 = 91 days, 420000 * 91 / 365
	 * = 104712.33... */
	v[0] = alloc(day(2005, 9, 1), day(2006, 6, 30), 420000);
	band(v, 1, "FY2005-06-H2", NULL, &f);
	assert_int_equal(f.next_pence, 104712);
}

/* Cases above the year group a policy allows, by the year of the
 * period's first day. */
static void
test_stock_policy_beyond(void **state)
{
	struct sen_policy pol;
	struct sen_item v[8];
	struct sen_band_fig f;
	size_t i;

	(void)state;
	memset(&pol, 0, sizeof(pol));
	pol.year[0] = 2005;
	pol.rank[0] = rank("11");		/* 13 */
	pol.year[1] = 2006;
	pol.rank[1] = rank("R");		/* 2 */
	pol.n = 2;
	for (i = 0; i < 8; i++)
		v[i] = alloc(day(2005, 1, 1), SEN_NODATE, 36500);
	v[0].rank = rank("12");			/* 14: above 11 */
	v[1].rank = rank("14");			/* 16: above 11 */
	v[2].rank = rank("11");			/* 13: 11 itself */
	v[3].rank = rank("R");			/* 2 */
	v[4].rank = rank("N1");			/* 0 */
	v[5].rank = -1;				/* unknown: never beyond */
	v[6].rank = rank("13");
	v[6].cancelled = 1;			/* not counted */
	v[7].rank = rank("12");
	v[7].start = day(2004, 1, 1);
	v[7].end = day(2004, 12, 31);		/* ended before */
	band(v, 8, "2005", &pol, &f);
	assert_int_equal(f.policy, 1);
	assert_int_equal(f.cases, 6);
	assert_int_equal(f.beyond, 2);
	/* FY2005-06 starts on 1 April 2005: 2005's policy */
	band(v, 8, "FY2005-06", &pol, &f);
	assert_int_equal(f.policy, 1);
	assert_int_equal(f.beyond, 2);
	/* 2006 allows up to R: 12, 14 and 11 are above it */
	band(v, 8, "2006-Q3", &pol, &f);
	assert_int_equal(f.policy, 1);
	assert_int_equal(f.beyond, 3);
	/* FY2006-07 starts in 2006 */
	band(v, 8, "FY2006-07", &pol, &f);
	assert_int_equal(f.beyond, 3);
	/* 2007 has none: no policy, none beyond */
	band(v, 8, "2007", &pol, &f);
	assert_int_equal(f.policy, 0);
	assert_int_equal(f.cases, 6);
	assert_int_equal(f.beyond, 0);
	/* AY2004-05 starts on 1 September 2004: none either */
	band(v, 8, "AY2004-05", &pol, &f);
	assert_int_equal(f.policy, 0);
	assert_int_equal(f.beyond, 0);
	/* no policy at all */
	band(v, 8, "2005", NULL, &f);
	assert_int_equal(f.policy, 0);
	assert_int_equal(f.beyond, 0);
	/* a policy of N1 (rank 0) still applies: all known but N1 */
	pol.year[0] = 2008;
	pol.rank[0] = rank("N1");
	pol.n = 1;
	band(v, 8, "2008", &pol, &f);
	assert_int_equal(f.policy, 1);
	assert_int_equal(f.beyond, 4);		/* 12, 14, 11, R */
}

/* Many allocations in one group. */
static void
test_stock_many(void **state)
{
	struct sen_item v[200];
	struct sen_band_fig f;
	size_t i;

	(void)state;
	/* 200 whole years of 3.65 each, 200 * 365 pence */
	for (i = 0; i < 200; i++)
		v[i] = alloc(day(2005, 4, 1), day(2006, 3, 31), 365);
	band(v, 200, "FY2005-06", NULL, &f);
	assert_int_equal(f.cases, 200);
	assert_int_equal(f.pence, 200 * 365);
	assert_int_equal(f.next_pence, 0);
}

/* In force at the period's end, or ceased within it. */
static void
test_stock_statements_maintained(void **state)
{
	struct sen_item v[8];
	struct sen_stmt_fig f;

	(void)state;
	/* made in the year, never reviewed: not yet due */
	v[0] = stmt(day(2005, 3, 1), SEN_NODATE, SEN_NODATE);
	/* made on the last day */
	v[1] = stmt(day(2005, 12, 31), SEN_NODATE, SEN_NODATE);
	/* made the day after */
	v[2] = stmt(day(2006, 1, 1), SEN_NODATE, SEN_NODATE);
	/* ceased on the last day: ceased, not maintained */
	v[3] = stmt(day(2003, 1, 1), day(2005, 12, 31), day(2005, 6, 1));
	/* ceased on the first day */
	v[4] = stmt(day(2003, 1, 1), day(2005, 1, 1), SEN_NODATE);
	/* ceased the day before the first: neither */
	v[5] = stmt(day(2003, 1, 1), day(2004, 12, 31), SEN_NODATE);
	/* ceased the day after the last: maintained */
	v[6] = stmt(day(2003, 1, 1), day(2006, 1, 1), day(2005, 6, 1));
	/* made and ceased within the year */
	v[7] = stmt(day(2005, 2, 1), day(2005, 11, 30), SEN_NODATE);
	stmts(v, 8, "2005", &f);
	assert_int_equal(f.maintained, 3);	/* v[0], v[1], v[6] */
	assert_int_equal(f.ceased, 3);		/* v[3], v[4], v[7] */
	assert_int_equal(f.overdue, 0);
	/*
	 * At the end of 2004: v[3], v[4] and v[6] in force, v[5] ceased on
	 * its last day.  v[4], made in 2003 and never reviewed, is overdue;
	 * v[3] and v[6] have reviews after 2004 that hide any before.
	 */
	stmts(v, 8, "2004", &f);
	assert_int_equal(f.maintained, 3);
	assert_int_equal(f.ceased, 1);
	assert_int_equal(f.overdue, 1);
}

/* Overdue: no review, nor start, in the twelve months to the last
 * day. */
static void
test_stock_statements_overdue(void **state)
{
	struct sen_item v[8];
	struct sen_stmt_fig f;

	(void)state;
	/* reviewed 2004-12-31: the anniversary 2005-12-31 is not after
	 * the last day, so overdue */
	v[0] = stmt(day(2001, 1, 1), SEN_NODATE, day(2004, 12, 31));
	/* reviewed 2005-01-01: due 2006-01-01, not yet */
	v[1] = stmt(day(2001, 1, 1), SEN_NODATE, day(2005, 1, 1));
	/* made 2004-12-31, never reviewed: overdue */
	v[2] = stmt(day(2004, 12, 31), SEN_NODATE, SEN_NODATE);
	/* made 2005-01-01, never reviewed: not */
	v[3] = stmt(day(2005, 1, 1), SEN_NODATE, SEN_NODATE);
	/* reviewed after the period end: hides earlier ones, not
	 * overdue */
	v[4] = stmt(day(2001, 1, 1), SEN_NODATE, day(2006, 2, 1));
	/* reviewed long before */
	v[5] = stmt(day(2001, 1, 1), SEN_NODATE, day(2003, 5, 1));
	/* overdue, but ceased on the last day: not counted */
	v[6] = stmt(day(2001, 1, 1), day(2005, 12, 31), day(2001, 6, 1));
	/* not yet made */
	v[7] = stmt(day(2006, 1, 1), SEN_NODATE, SEN_NODATE);
	stmts(v, 8, "2005", &f);
	assert_int_equal(f.maintained, 6);	/* v[0] to v[5] */
	assert_int_equal(f.ceased, 1);		/* v[6] */
	assert_int_equal(f.overdue, 3);		/* v[0], v[2], v[5] */
	/*
	 * At the end of 2005-H1, 30 June 2005, v[6] is still in force:
	 * v[0] to v[6].  v[0] and v[2] are due only on 2005-12-31, v[1]
	 * and v[3] on 2006-01-01; v[4]'s review hides the rest; v[5] (due
	 * 2004-05-01) and v[6] (2002-06-01) are overdue.
	 */
	stmts(v, 8, "2005-H1", &f);
	assert_int_equal(f.maintained, 7);
	assert_int_equal(f.ceased, 0);
	assert_int_equal(f.overdue, 2);
}

/* A year after a day: the same day and month, 29 February giving 28
 * February. */
static void
test_stock_year_after(void **state)
{
	(void)state;
	/*
	 * 2004-02-29 is day 12418 (2004-01-01) + 31 + 28 = 12477, and
	 * 2005-02-28 is 12784 (2005-01-01) + 31 + 27 = 12842.
	 */
	assert_int_equal(sen_year_after(12477), 12842);
	assert_int_equal(sen_year_after(day(2004, 2, 29)), day(2005, 2, 28));
	assert_int_equal(sen_year_after(day(2008, 2, 29)), day(2009, 2, 28));
	assert_int_equal(sen_year_after(day(2005, 2, 28)), day(2006, 2, 28));
	/* into a leap year: still the 28th */
	assert_int_equal(sen_year_after(day(2007, 2, 28)), day(2008, 2, 28));
	assert_int_equal(sen_year_after(day(2007, 3, 1)), day(2008, 3, 1));
	assert_int_equal(sen_year_after(day(2004, 12, 31)),
	    day(2005, 12, 31));
	assert_int_equal(sen_year_after(day(1999, 12, 31)),
	    day(2000, 12, 31));
	/* 2005-01-01 is day 12784, and 2006-01-01 12784 + 365 */
	assert_int_equal(sen_year_after(12784), 12784 + 365);
}

/* Anniversaries of 29 February fall on 28 February. */
static void
test_stock_statements_leap(void **state)
{
	struct sen_item v[3];
	struct sen_stmt_fig f;

	(void)state;
	v[0] = stmt(day(2001, 1, 1), SEN_NODATE, day(2004, 2, 29));
	/* due 2005-02-28, the last day of 2005-02: overdue */
	stmts(v, 1, "2005-02", &f);
	assert_int_equal(f.maintained, 1);
	assert_int_equal(f.overdue, 1);
	/* not at the end of January */
	stmts(v, 1, "2005-01", &f);
	assert_int_equal(f.overdue, 0);
	/* into a leap February: reviewed 2003-02-28, due 2004-02-28 and
	 * overdue on the 29th; reviewed 2003-03-01, due 2004-03-01 */
	v[1] = stmt(day(2001, 1, 1), SEN_NODATE, day(2003, 2, 28));
	v[2] = stmt(day(2001, 1, 1), SEN_NODATE, day(2003, 3, 1));
	stmts(v + 1, 2, "2004-02", &f);
	assert_int_equal(f.maintained, 2);
	assert_int_equal(f.overdue, 1);
}

/* Groups come in byte order of their names, whatever order they were
 * added in, and each keeps its own items. */
static void
test_stock_groups(void **state)
{
	static const char *const names[] = {
		"b", "a", "B", "\xC3\xA4", "ab"
	};
	static const char *const want[] = {
		"A", "B", "a", "ab", "b", "\xC3\xA4"
	};
	/* whole years of FY2005-06, so each group's pence is its amount */
	static const long long pence[] = { 200, 100, 300, 500, 400 };
	static const long long want_pence[] = {
		600, 300, 100, 400, 200, 500
	};
	struct sen_stock *s;
	struct sen_item it;
	struct sen_band_fig f;
	struct sen_period p = per("FY2005-06");
	const char *name;
	size_t i, len;

	(void)state;
	assert_non_null(s = sen_stock_new());
	assert_int_equal(sen_stock_ngroups(s), 0);
	for (i = 0; i < 5; i++) {
		it = alloc(day(2005, 4, 1), SEN_NODATE, pence[i]);
		add(s, names[i], &it);
	}
	/* a second item in "a" makes no new group */
	it = alloc(day(2005, 4, 1), SEN_NODATE, 0);
	add(s, "a", &it);
	assert_int_equal(sen_stock_ngroups(s), 5);
	/* "B" (42) < "a" (61) < "ab" < "b" (62) < "\xC3\xA4" */
	name = sen_stock_group(s, 0, &len);
	assert_int_equal(len, 1);
	assert_memory_equal(name, "B", 1);
	/* a group added after the order was asked for goes in its place:
	 * "A" (41) first */
	it = alloc(day(2005, 4, 1), SEN_NODATE, 600);
	add(s, "A", &it);
	assert_int_equal(sen_stock_ngroups(s), 6);
	for (i = 0; i < 6; i++) {
		name = sen_stock_group(s, i, &len);
		assert_int_equal(len, strlen(want[i]));
		assert_memory_equal(name, want[i], len);
		sen_stock_banding(s, i, &p, NULL, &f);
		assert_int_equal(f.pence, want_pence[i]);
		assert_int_equal(f.cases, strcmp(want[i], "a") == 0 ? 2 : 1);
	}
	sen_stock_free(s);
}

/* The first and last days any item mentions: start, end or review. */
static void
test_stock_range(void **state)
{
	struct sen_stock *s;
	struct sen_item it;
	sen_day first, last;

	(void)state;
	assert_non_null(s = sen_stock_new());
	assert_int_equal(sen_stock_range(s, &first, &last), 0);
	it = stmt(day(2005, 3, 1), day(2006, 7, 31), SEN_NODATE);
	add(s, "one", &it);
	assert_int_equal(sen_stock_range(s, &first, &last), 1);
	assert_int_equal(first, day(2005, 3, 1));
	assert_int_equal(last, day(2006, 7, 31));
	/* in another group: an earlier start, a later review */
	it = stmt(day(2004, 6, 1), SEN_NODATE, day(2007, 1, 15));
	add(s, "two", &it);
	assert_int_equal(sen_stock_range(s, &first, &last), 1);
	assert_int_equal(first, day(2004, 6, 1));
	assert_int_equal(last, day(2007, 1, 15));
	/* one inside changes nothing */
	it = stmt(day(2005, 1, 1), day(2005, 2, 1), day(2005, 1, 20));
	add(s, "one", &it);
	assert_int_equal(sen_stock_range(s, &first, &last), 1);
	assert_int_equal(first, day(2004, 6, 1));
	assert_int_equal(last, day(2007, 1, 15));
	sen_stock_free(s);
}

/* A period with nothing in it gives nothing. */
static void
test_stock_empty_period(void **state)
{
	struct sen_item v[1];
	struct sen_band_fig bf;
	struct sen_stmt_fig sf;

	(void)state;
	v[0] = alloc(day(2005, 4, 1), day(2005, 6, 30), 36500);
	band(v, 1, "2004", NULL, &bf);
	assert_int_equal(bf.cases, 0);
	assert_int_equal(bf.pence, 0);
	/* what 2005 will cost: 91 days of FY2005-06, 36500 * 91 / 365 */
	assert_int_equal(bf.next_pence, 9100);
	band(v, 1, "2006", NULL, &bf);
	assert_int_equal(bf.cases, 0);
	assert_int_equal(bf.pence, 0);
	assert_int_equal(bf.next_pence, 0);
	v[0] = stmt(day(2005, 4, 1), SEN_NODATE, SEN_NODATE);
	stmts(v, 1, "2004", &sf);
	assert_int_equal(sf.maintained, 0);
	assert_int_equal(sf.ceased, 0);
	assert_int_equal(sf.overdue, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stock_whole_fy),
		cmocka_unit_test(test_stock_one_day),
		cmocka_unit_test(test_stock_part_year),
		cmocka_unit_test(test_stock_two_fys),
		cmocka_unit_test(test_stock_half_up),
		cmocka_unit_test(test_stock_running),
		cmocka_unit_test(test_stock_cancelled),
		cmocka_unit_test(test_stock_committed_next),
		cmocka_unit_test(test_stock_policy_beyond),
		cmocka_unit_test(test_stock_many),
		cmocka_unit_test(test_stock_statements_maintained),
		cmocka_unit_test(test_stock_statements_overdue),
		cmocka_unit_test(test_stock_year_after),
		cmocka_unit_test(test_stock_statements_leap),
		cmocka_unit_test(test_stock_groups),
		cmocka_unit_test(test_stock_range),
		cmocka_unit_test(test_stock_empty_period)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
