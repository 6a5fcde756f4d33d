/*
 * sen_clock.c: timing a case against its statutory limit.
 */
#include <stdio.h>
#include <string.h>

#include "sen.h"
#include "sen_clock.h"
#include "sen_codes.h"
#include "sen_text.h"

void
sen_clock_init(struct sen_clock *c, int regime)
{
	c->regime = regime == 2014 ? SEN_R2014 : SEN_R2001;
	c->limit = regime == 2014 ? 20 : 18;
	c->as_of = SEN_NODATE;
}

/* Returns 1 when the len bytes at s, spaces aside, equal word. */
static int
is_word(const char *s, size_t len, const char *word)
{
	size_t n = strlen(word);

	s = sen_text_trim(s, &len);
	return len == n && memcmp(s, word, n) == 0;
}

/* Returns 1 when the case ended without the clock's stopping event:
 * not assessed, withdrawn, or no statement or plan to be issued. */
static int
ended(const struct sen_case *in)
{
	static const char *const outcomes[] = { "no_statement", "withdrawn",
	    "note_in_lieu" };
	size_t i;

	if (in->decision != NULL &&
	    (is_word(in->decision, in->decision_len, "not_assess") ||
	    is_word(in->decision, in->decision_len, "withdrawn")))
		return 1;
	for (i = 0; in->outcome != NULL && i < 3; i++)
		if (is_word(in->outcome, in->outcome_len, outcomes[i]))
			return 1;
	return 0;
}

/* Checks the exceptions and whether any applies.  Returns a status. */
static int
exceptions(const struct sen_clock *c, const struct sen_case *in,
    struct sen_timing *t)
{
	t->excepted = 0;
	if (in->exceptions == NULL)
		return SEN_OK;
	t->what = "exceptions";
	return sen_exceptions_check(in->exceptions, in->exc_len, c->regime,
	    &t->excepted, &t->bad, &t->bad_len);
}

/* Reads the start and stop days. */
static int
read_days(const struct sen_clock *c, const struct sen_case *in,
    struct sen_timing *t)
{
	int st;

	t->what = "start";
	if ((st = sen_date_parse(in->start, in->start_len, 0, &t->start)))
		return st;
	if (c->as_of != SEN_NODATE && t->start > c->as_of)
		return SEN_EPLAUSIBLE;
	t->what = "stop";
	st = sen_date_parse(in->stop, in->stop_len, 0, &t->stop);
	if (st == SEN_EEMPTY || (st == SEN_OK && c->as_of != SEN_NODATE &&
	    t->stop > c->as_of))
		t->stop = SEN_NODATE;
	else if (st != SEN_OK)
		return st;
	if (t->stop != SEN_NODATE && t->stop < t->start)
		return SEN_EORDER;
	return SEN_OK;
}

int
sen_clock_time(const struct sen_clock *c, const struct sen_case *in,
    struct sen_timing *t)
{
	int st;

	memset(t, 0, sizeof(*t));
	if ((st = read_days(c, in, t)) != SEN_OK ||
	    (st = exceptions(c, in, t)) != SEN_OK)
		return st;
	t->what = NULL;
	t->due = t->start + 7 * c->limit;
	t->days = -1;
	t->within = -1;
	if (t->stop != SEN_NODATE) {
		t->days = t->stop - t->start;
		t->within = t->days <= 7 * c->limit;
		t->state = t->within ? SEN_ON_TIME : SEN_LATE;
	} else if (ended(in)) {
		t->state = SEN_CLOSED;
	} else if (c->as_of != SEN_NODATE) {
		t->days = c->as_of - t->start;
		t->state = c->as_of > t->due ? SEN_OVERDUE : SEN_OPEN;
	} else {
		t->state = SEN_OPEN;
	}
	return SEN_OK;
}

const char *
sen_state_name(enum sen_state s)
{
	static const char *const names[] = { "on_time", "late", "open",
	    "overdue", "closed" };

	return names[s];
}

char *
sen_weeks_format(int days, char *buf)
{
	int tenths = (days * 20 + 7) / 14, whole = tenths / 10;
	char tmp[16];
	size_t n = 0, k = 0;

	do
		tmp[n++] = (char)('0' + whole % 10);
	while ((whole /= 10) > 0);
	while (n > 0)
		buf[k++] = tmp[--n];
	buf[k++] = '.';
	buf[k++] = (char)('0' + tenths % 10);
	buf[k] = '\0';
	return buf;
}
