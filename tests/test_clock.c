/*
 * test_clock.c: unit tests for sen_clock, timing a case against its
 * statutory limit.
 *
 * Expected days are counted by hand, month by month, and said in a
 * comment; day numbers come from ymd() below, a plain count written here
 * apart from the library (the same as in test_period.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sen.h"
#include "sen_clock.h"
#include "sen_codes.h"
#include "sen_date.h"

/* Returns 1 when y is a leap year. */
static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Returns the day number of y-m-d, counted the plain way. */
static sen_day
ymd(int y, int m, int d)
{
	static const int before[12] = {
		0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334
	};
	long n;

	n = y - 1;
	return (sen_day)(365 * n + n / 4 - n / 100 + n / 400 +
	    before[m - 1] + (m > 2 && leap(y)) + d - 1 - 719162);
}

/* Fills a case from its values, NULL for an absent column. */
static struct sen_case
mkcase(const char *start, const char *stop, const char *decision,
    const char *outcome, const char *exceptions)
{
	struct sen_case c;

	memset(&c, 0, sizeof(c));
	c.start = start;
	c.start_len = start ? strlen(start) : 0;
	c.stop = stop;
	c.stop_len = stop ? strlen(stop) : 0;
	c.decision = decision;
	c.decision_len = decision ? strlen(decision) : 0;
	c.outcome = outcome;
	c.outcome_len = outcome ? strlen(outcome) : 0;
	c.exceptions = exceptions;
	c.exc_len = exceptions ? strlen(exceptions) : 0;
	return c;
}

/* Times a case that must be timed; fails the test otherwise. */
static struct sen_timing
timed(const struct sen_clock *c, const char *start, const char *stop,
    const char *decision, const char *outcome, const char *exceptions)
{
	struct sen_case in;
	struct sen_timing t;
	int st;

	in = mkcase(start, stop, decision, outcome, exceptions);
	if ((st = sen_clock_time(c, &in, &t)) != SEN_OK)
		fail_msg("%s to %s: status %d (%s)", start, stop ? stop :
		    "(none)", st, sen_strerror(st));
	return t;
}

/* Asserts the state, days and within of a timing. */
static void
is_timing(const struct sen_timing *t, enum sen_state state, int days,
    int within)
{
	if (t->state != state || t->days != days || t->within != within)
		fail_msg("got state %d days %d within %d, not %d %d %d",
		    (int)t->state, t->days, t->within, (int)state, days,
		    within);
}

/* Asserts that sen_weeks_format writes want for days. */
static void
weeks_are(int days, const char *want)
{
	char buf[16];

	assert_ptr_equal(sen_weeks_format(days, buf), buf);
	if (strcmp(buf, want) != 0)
		fail_msg("%d days gave \"%s\", not \"%s\"", days, buf, want);
}

/* The test's own ymd() agrees with numbers worked by hand. */
static void
test_clock_oracle(void **state)
{
	(void)state;
	assert_int_equal(ymd(1970, 1, 1), 0);
	assert_int_equal(ymd(2005, 1, 1), 12784);
	/* 12784 + 9 */
	assert_int_equal(ymd(2005, 1, 10), 12793);
	/* 2004-02-29: 2004-01-01 is 12784 - 366 = 12418, then + 59 */
	assert_int_equal(ymd(2004, 2, 29), 12477);
}

/* The defaults: 18 weeks under 2001, 20 under 2014, no as-of day. */
static void
test_clock_init(void **state)
{
	struct sen_clock c;

	(void)state;
	sen_clock_init(&c, 2001);
	assert_int_equal(c.regime, SEN_R2001);
	assert_int_equal(c.limit, 18);
	assert_int_equal(c.as_of, SEN_NODATE);
	sen_clock_init(&c, 2014);
	assert_int_equal(c.regime, SEN_R2014);
	assert_int_equal(c.limit, 20);
	assert_int_equal(c.as_of, SEN_NODATE);
}

/* 2001: 126 days is within 18 weeks, 127 is late; the due date is the
 * start plus 126 days. */
static void
test_clock_2001_limit(void **state)
{
	struct sen_clock c;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	/* 10 Jan to 16 May 2005: 21 + 28 + 31 + 30 + 16 = 126 days */
	t = timed(&c, "2005-01-10", "2005-05-16", NULL, NULL, NULL);
	is_timing(&t, SEN_ON_TIME, 126, 1);
	assert_int_equal(t.start, ymd(2005, 1, 10));
	assert_int_equal(t.stop, ymd(2005, 5, 16));
	assert_int_equal(t.due, ymd(2005, 5, 16));
	assert_int_equal(t.excepted, 0);
	assert_null(t.what);
	/* one day more: 127 */
	t = timed(&c, "2005-01-10", "2005-05-17", NULL, NULL, NULL);
	is_timing(&t, SEN_LATE, 127, 0);
	assert_int_equal(t.due, ymd(2005, 5, 16));
	/* the same day: 0 days */
	t = timed(&c, "2005-01-10", "2005-01-10", NULL, NULL, NULL);
	is_timing(&t, SEN_ON_TIME, 0, 1);
}

/* 2014: the clock stops at the final plan; 140 days is within 20
 * weeks, 141 is late. */
static void
test_clock_2014_limit(void **state)
{
	struct sen_clock c;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2014);
	/* request 5 Jan 2015, final plan 25 May 2015:
	 * 26 + 28 + 31 + 30 + 25 = 140 days */
	t = timed(&c, "2015-01-05", "2015-05-25", NULL, "plan", NULL);
	is_timing(&t, SEN_ON_TIME, 140, 1);
	assert_int_equal(t.due, ymd(2015, 5, 25));
	assert_int_equal(t.stop, ymd(2015, 5, 25));
	/* final plan a day later: 141 */
	t = timed(&c, "2015-01-05", "2015-05-26", NULL, "plan", NULL);
	is_timing(&t, SEN_LATE, 141, 0);
	/* 140 days would be late under 2001's 126 */
	sen_clock_init(&c, 2001);
	t = timed(&c, "2015-01-05", "2015-05-25", NULL, NULL, NULL);
	is_timing(&t, SEN_LATE, 140, 0);
}

/* A limit set by hand: 12 weeks is 84 days. */
static void
test_clock_custom_limit(void **state)
{
	struct sen_clock c;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	c.limit = 12;
	/* 10 Jan to 4 Apr 2005: 21 + 28 + 31 + 4 = 84 days */
	t = timed(&c, "2005-01-10", "2005-04-04", NULL, NULL, NULL);
	is_timing(&t, SEN_ON_TIME, 84, 1);
	assert_int_equal(t.due, ymd(2005, 4, 4));
	t = timed(&c, "2005-01-10", "2005-04-05", NULL, NULL, NULL);
	is_timing(&t, SEN_LATE, 85, 0);
}

/* Days are counted across 29 February. */
static void
test_clock_leap_year(void **state)
{
	struct sen_clock c;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	/* 1 Feb to 6 Jun 2004: 29 + 31 + 30 + 31 + 5 = 126 days */
	t = timed(&c, "2004-02-01", "2004-06-06", NULL, NULL, NULL);
	is_timing(&t, SEN_ON_TIME, 126, 1);
	assert_int_equal(t.due, ymd(2004, 6, 6));
	/* the same dates in 2005, no 29 February: 125 days */
	t = timed(&c, "2005-02-01", "2005-06-06", NULL, NULL, NULL);
	is_timing(&t, SEN_ON_TIME, 125, 1);
	/* 2004 a day later: 127 */
	t = timed(&c, "2004-02-01", "2004-06-07", NULL, NULL, NULL);
	is_timing(&t, SEN_LATE, 127, 0);
}

/* Not stopped and no as-of day: open, no days. */
static void
test_clock_open_no_as_of(void **state)
{
	struct sen_clock c;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	t = timed(&c, "2005-01-10", "", NULL, NULL, NULL);
	is_timing(&t, SEN_OPEN, -1, -1);
	assert_int_equal(t.stop, SEN_NODATE);
	assert_int_equal(t.due, ymd(2005, 5, 16));
	/* an absent stop column is the same */
	t = timed(&c, "2005-01-10", NULL, NULL, NULL, NULL);
	is_timing(&t, SEN_OPEN, -1, -1);
	/* a start long ago is still only open without an as-of day */
	t = timed(&c, "1999-01-01", "  ", "assess", "open", NULL);
	is_timing(&t, SEN_OPEN, -1, -1);
}

/* Not stopped, with an as-of day before the due date: open, days
 * counted to the as-of day. */
static void
test_clock_open_as_of(void **state)
{
	struct sen_clock c;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	c.as_of = ymd(2005, 3, 1);
	/* 10 Jan to 1 Mar 2005: 21 + 28 + 1 = 50 days */
	t = timed(&c, "2005-01-10", "", NULL, NULL, NULL);
	is_timing(&t, SEN_OPEN, 50, -1);
	assert_int_equal(t.stop, SEN_NODATE);
	assert_int_equal(t.due, ymd(2005, 5, 16));
	/* started on the as-of day: 0 days */
	t = timed(&c, "2005-03-01", "", NULL, NULL, NULL);
	is_timing(&t, SEN_OPEN, 0, -1);
}

/* Not stopped, with an as-of day after the due date: overdue. */
static void
test_clock_overdue(void **state)
{
	struct sen_clock c;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	/* due 16 May 2005; 17 May is 127 days on */
	c.as_of = ymd(2005, 5, 17);
	t = timed(&c, "2005-01-10", "", NULL, NULL, NULL);
	is_timing(&t, SEN_OVERDUE, 127, -1);
	/* 31 Dec 2005: 126 + 15 + 30 + 31 + 31 + 30 + 31 + 30 + 31 = 355 */
	c.as_of = ymd(2005, 12, 31);
	t = timed(&c, "2005-01-10", "", NULL, NULL, NULL);
	is_timing(&t, SEN_OVERDUE, 355, -1);
	/* under 2014, the 141st day is overdue */
	sen_clock_init(&c, 2014);
	c.as_of = ymd(2015, 5, 26);
	t = timed(&c, "2015-01-05", "", NULL, NULL, NULL);
	is_timing(&t, SEN_OVERDUE, 141, -1);
}

/* An as-of day on the due date itself is not yet overdue. */
static void
test_clock_as_of_on_due_date(void **state)
{
	struct sen_clock c;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	c.as_of = ymd(2005, 5, 16);
	t = timed(&c, "2005-01-10", "", NULL, NULL, NULL);
	is_timing(&t, SEN_OPEN, 126, -1);
	assert_int_equal(t.due, c.as_of);
	sen_clock_init(&c, 2014);
	c.as_of = ymd(2015, 5, 25);
	t = timed(&c, "2015-01-05", "", NULL, NULL, NULL);
	is_timing(&t, SEN_OPEN, 140, -1);
}

/* Decisions that end a case without the stopping event. */
static void
test_clock_closed_decision(void **state)
{
	struct sen_clock c;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	t = timed(&c, "2005-01-10", "", "not_assess", NULL, NULL);
	is_timing(&t, SEN_CLOSED, -1, -1);
	t = timed(&c, "2005-01-10", "", "withdrawn", "", NULL);
	is_timing(&t, SEN_CLOSED, -1, -1);
	/* spaces around the code are ignored */
	t = timed(&c, "2005-01-10", "", " not_assess ", NULL, NULL);
	is_timing(&t, SEN_CLOSED, -1, -1);
	/* closed, not overdue, long after the due date */
	c.as_of = ymd(2006, 1, 1);
	t = timed(&c, "2005-01-10", "", "not_assess", NULL, NULL);
	is_timing(&t, SEN_CLOSED, -1, -1);
	/* assess does not close it */
	t = timed(&c, "2005-01-10", "", "assess", NULL, NULL);
	assert_int_equal(t.state, SEN_OVERDUE);
}

/* Outcomes that end a case without the stopping event. */
static void
test_clock_closed_outcome(void **state)
{
	static const char *const ends[] = {
		"no_statement", "withdrawn", "note_in_lieu"
	};
	struct sen_clock c;
	struct sen_timing t;
	size_t i;

	(void)state;
	sen_clock_init(&c, 2001);
	c.as_of = ymd(2006, 1, 1);
	for (i = 0; i < sizeof(ends) / sizeof(ends[0]); i++) {
		t = timed(&c, "2005-01-10", "", "assess", ends[i], NULL);
		is_timing(&t, SEN_CLOSED, -1, -1);
	}
	/* open and statement do not */
	t = timed(&c, "2005-01-10", "", "assess", "open", NULL);
	assert_int_equal(t.state, SEN_OVERDUE);
	t = timed(&c, "2005-01-10", "", "assess", "statement", NULL);
	assert_int_equal(t.state, SEN_OVERDUE);
	/* codes are compared exactly: a word for one is not one */
	t = timed(&c, "2005-01-10", "", "assess", "Note in lieu", NULL);
	assert_int_equal(t.state, SEN_OVERDUE);
}

/* A stop date wins over a decision or outcome that says it ended. */
static void
test_clock_stop_beats_closed(void **state)
{
	struct sen_clock c;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	/* 126 days, as in test_clock_2001_limit */
	t = timed(&c, "2005-01-10", "2005-05-16", "not_assess",
	    "withdrawn", NULL);
	is_timing(&t, SEN_ON_TIME, 126, 1);
}

/* Exceptions of the regime mark the case and change nothing else. */
static void
test_clock_excepted(void **state)
{
	struct sen_clock c;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	t = timed(&c, "2005-01-10", "2005-05-17", NULL, NULL,
	    "parent_late");
	is_timing(&t, SEN_LATE, 127, 0);
	assert_int_equal(t.excepted, 1);
	assert_int_equal(t.due, ymd(2005, 5, 16));
	t = timed(&c, "2005-01-10", "2005-05-17", NULL, NULL,
	    "health_late;further_advice");
	assert_int_equal(t.excepted, 1);
	/* "no" and an empty field mean none */
	t = timed(&c, "2005-01-10", "2005-05-17", NULL, NULL, "no");
	assert_int_equal(t.excepted, 0);
	t = timed(&c, "2005-01-10", "2005-05-17", NULL, NULL, "");
	assert_int_equal(t.excepted, 0);
	/* school_closure is allowed under both */
	sen_clock_init(&c, 2014);
	t = timed(&c, "2015-01-05", "2015-05-26", NULL, NULL,
	    "school_closure");
	is_timing(&t, SEN_LATE, 141, 0);
	assert_int_equal(t.excepted, 1);
	t = timed(&c, "2020-05-01", "", NULL, NULL, "coronavirus");
	assert_int_equal(t.excepted, 1);
}

/* coronavirus is not an exception under 2001: rejected, pointing at
 * it. */
static void
test_clock_2014_code_under_2001(void **state)
{
	struct sen_clock c;
	struct sen_case in;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	in = mkcase("2005-01-10", "2005-05-16", NULL, NULL, "coronavirus");
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_EUNKNOWN);
	assert_non_null(t.what);
	assert_string_equal(t.what, "exceptions");
	assert_int_equal(t.bad, 0);
	assert_int_equal(t.bad_len, 11);	/* strlen("coronavirus") */
	/* after "school_closure;", 14 + 1 bytes in */
	in = mkcase("2005-01-10", "2005-05-16", NULL, NULL,
	    "school_closure;coronavirus");
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_EUNKNOWN);
	assert_string_equal(t.what, "exceptions");
	assert_int_equal(t.bad, 15);
	assert_int_equal(t.bad_len, 11);
}

/* The same, written as an export would write it: the word is pointed
 * at where it stands, whatever its spelling. */
static void
test_clock_2014_word_under_2001(void **state)
{
	struct sen_clock c;
	struct sen_case in;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	/* "Covid-19" after "personal;": 8 + 1 bytes in, 8 long */
	in = mkcase("2005-01-10", "2005-05-16", NULL, NULL,
	    "personal;Covid-19");
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_EUNKNOWN);
	assert_string_equal(t.what, "exceptions");
	assert_int_equal(t.bad, 9);
	assert_int_equal(t.bad_len, 8);
	/* a field shorter than "coronavirus": all 5 bytes of it */
	in = mkcase("2005-01-10", "", NULL, NULL, "covid");
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_EUNKNOWN);
	assert_int_equal(t.bad, 0);
	assert_int_equal(t.bad_len, 5);
}

/* Only exc_len bytes of the exceptions are read. */
static void
test_clock_exceptions_len(void **state)
{
	struct sen_clock c;
	struct sen_case in;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	/* "personal" alone, 8 bytes: ";coronavirus" is past the end */
	in = mkcase("2005-01-10", "2005-05-16", NULL, NULL,
	    "personal;coronavirus");
	in.exc_len = 8;
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_OK);
	assert_int_equal(t.excepted, 1);
	/* "no", 2 bytes: "ne" is past the end */
	in = mkcase("2005-01-10", "2005-05-16", NULL, NULL, "none");
	in.exc_len = 2;
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_OK);
	assert_int_equal(t.excepted, 0);
}

/* further_advice is not an exception under 2014. */
static void
test_clock_2001_code_under_2014(void **state)
{
	struct sen_clock c;
	struct sen_case in;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2014);
	in = mkcase("2015-01-05", "2015-05-25", NULL, NULL,
	    "further_advice");
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_EUNKNOWN);
	assert_string_equal(t.what, "exceptions");
	assert_int_equal(t.bad, 0);
	assert_int_equal(t.bad_len, 14);	/* strlen("further_advice") */
}

/* A word no list knows is unknown, pointed at as sen_codes finds it. */
static void
test_clock_unknown_exception(void **state)
{
	struct sen_clock c;
	struct sen_case in;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	/* "xyzzy" after "absence;": 7 + 1 bytes in, 5 long */
	in = mkcase("2005-01-10", "", NULL, NULL, "absence;xyzzy");
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_EUNKNOWN);
	assert_string_equal(t.what, "exceptions");
	assert_int_equal(t.bad, 8);
	assert_int_equal(t.bad_len, 5);
}

/* No start: SEN_EEMPTY, the start at fault. */
static void
test_clock_empty_start(void **state)
{
	struct sen_clock c;
	struct sen_case in;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	in = mkcase("", "2005-05-16", NULL, NULL, NULL);
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_EEMPTY);
	assert_string_equal(t.what, "start");
	in = mkcase("   ", "", NULL, NULL, NULL);
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_EEMPTY);
	assert_string_equal(t.what, "start");
	in = mkcase(NULL, "", NULL, NULL, NULL);
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_EEMPTY);
	assert_string_equal(t.what, "start");
}

/* Dates that do not parse name the value at fault. */
static void
test_clock_bad_dates(void **state)
{
	struct sen_clock c;
	struct sen_case in;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	in = mkcase("soon", "", NULL, NULL, NULL);
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_ESYNTAX);
	assert_string_equal(t.what, "start");
	/* 2005 has no 29 February */
	in = mkcase("2005-01-10", "2005-02-29", NULL, NULL, NULL);
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_ERANGE);
	assert_string_equal(t.what, "stop");
	in = mkcase("2005-01-10", "later", NULL, NULL, NULL);
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_ESYNTAX);
	assert_string_equal(t.what, "stop");
}

/* A stop before the start: SEN_EORDER, the stop at fault. */
static void
test_clock_stop_before_start(void **state)
{
	struct sen_clock c;
	struct sen_case in;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	in = mkcase("2005-01-10", "2005-01-09", NULL, NULL, NULL);
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_EORDER);
	assert_string_equal(t.what, "stop");
	c.as_of = ymd(2006, 1, 1);
	in = mkcase("2005-01-10", "2004-12-31", NULL, NULL, NULL);
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_EORDER);
	assert_string_equal(t.what, "stop");
}

/* A start after the as-of day: SEN_EPLAUSIBLE, the start at fault. */
static void
test_clock_start_after_as_of(void **state)
{
	struct sen_clock c;
	struct sen_case in;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	c.as_of = ymd(2005, 1, 9);
	in = mkcase("2005-01-10", "", NULL, NULL, NULL);
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_EPLAUSIBLE);
	assert_string_equal(t.what, "start");
	in = mkcase("2005-01-10", "2005-01-11", NULL, NULL, NULL);
	assert_int_equal(sen_clock_time(&c, &in, &t), SEN_EPLAUSIBLE);
	assert_string_equal(t.what, "start");
}

/* A stop after the as-of day is taken as not yet reached. */
static void
test_clock_stop_after_as_of(void **state)
{
	struct sen_clock c;
	struct sen_timing t;

	(void)state;
	sen_clock_init(&c, 2001);
	/* 10 Jan to 1 May 2005: 21 + 28 + 31 + 30 + 1 = 111 days */
	c.as_of = ymd(2005, 5, 1);
	t = timed(&c, "2005-01-10", "2005-06-01", NULL, NULL, NULL);
	is_timing(&t, SEN_OPEN, 111, -1);
	assert_int_equal(t.stop, SEN_NODATE);
	/* 20 May is 126 + 4 = 130 days, past the due date */
	c.as_of = ymd(2005, 5, 20);
	t = timed(&c, "2005-01-10", "2005-06-01", NULL, NULL, NULL);
	is_timing(&t, SEN_OVERDUE, 130, -1);
	assert_int_equal(t.stop, SEN_NODATE);
	/* and closed when the outcome says it ended */
	t = timed(&c, "2005-01-10", "2005-06-01", NULL, "withdrawn", NULL);
	is_timing(&t, SEN_CLOSED, -1, -1);
	/* a stop on the as-of day counts: 130 days, late */
	t = timed(&c, "2005-01-10", "2005-05-20", NULL, NULL, NULL);
	is_timing(&t, SEN_LATE, 130, 0);
	assert_int_equal(t.stop, ymd(2005, 5, 20));
}

/* Days as weeks to one decimal: days * 10 / 7, halves up. */
static void
test_clock_weeks_format(void **state)
{
	(void)state;
	weeks_are(0, "0.0");
	weeks_are(1, "0.1");		/* 0.142 */
	weeks_are(3, "0.4");		/* 0.428 */
	weeks_are(7, "1.0");
	weeks_are(10, "1.4");		/* 1.428 */
	weeks_are(11, "1.6");		/* 1.571 */
	weeks_are(126, "18.0");
	weeks_are(127, "18.1");		/* 18.142 */
	weeks_are(130, "18.6");		/* 18.571 */
	weeks_are(140, "20.0");
	weeks_are(141, "20.1");		/* 20.142 */
	weeks_are(355, "50.7");		/* 50.714 */
	weeks_are(3650, "521.4");	/* 521.428 */
}

/* The names of the states as the stream writes them. */
static void
test_clock_state_name(void **state)
{
	(void)state;
	assert_string_equal(sen_state_name(SEN_ON_TIME), "on_time");
	assert_string_equal(sen_state_name(SEN_LATE), "late");
	assert_string_equal(sen_state_name(SEN_OPEN), "open");
	assert_string_equal(sen_state_name(SEN_OVERDUE), "overdue");
	assert_string_equal(sen_state_name(SEN_CLOSED), "closed");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clock_oracle),
		cmocka_unit_test(test_clock_init),
		cmocka_unit_test(test_clock_2001_limit),
		cmocka_unit_test(test_clock_2014_limit),
		cmocka_unit_test(test_clock_custom_limit),
		cmocka_unit_test(test_clock_leap_year),
		cmocka_unit_test(test_clock_open_no_as_of),
		cmocka_unit_test(test_clock_open_as_of),
		cmocka_unit_test(test_clock_overdue),
		cmocka_unit_test(test_clock_as_of_on_due_date),
		cmocka_unit_test(test_clock_closed_decision),
		cmocka_unit_test(test_clock_closed_outcome),
		cmocka_unit_test(test_clock_stop_beats_closed),
		cmocka_unit_test(test_clock_excepted),
		cmocka_unit_test(test_clock_2014_code_under_2001),
		cmocka_unit_test(test_clock_2014_word_under_2001),
		cmocka_unit_test(test_clock_exceptions_len),
		cmocka_unit_test(test_clock_2001_code_under_2014),
		cmocka_unit_test(test_clock_unknown_exception),
		cmocka_unit_test(test_clock_empty_start),
		cmocka_unit_test(test_clock_bad_dates),
		cmocka_unit_test(test_clock_stop_before_start),
		cmocka_unit_test(test_clock_start_after_as_of),
		cmocka_unit_test(test_clock_stop_after_as_of),
		cmocka_unit_test(test_clock_weeks_format),
		cmocka_unit_test(test_clock_state_name)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
