/*
 * sen_clock.h: timing a case against its statutory limit.
 *
 * The clock starts on the day the request was received and stops on the
 * day the proposed statement (2001 regime) or the final plan (2014
 * regime) was issued.  A case is within the limit when the days between
 * the two are at most seven times the limit in weeks: 126 days for 18
 * weeks, 140 for 20.
 */
#ifndef SEN_CLOCK_H
#define SEN_CLOCK_H

#include <stddef.h>

#include "sen_date.h"

struct sen_clock {
	int regime;		/* SEN_R2001 or SEN_R2014 (sen_codes.h) */
	int limit;		/* weeks */
	sen_day as_of;		/* SEN_NODATE when not given */
};

enum sen_state {
	SEN_ON_TIME,		/* stopped within the limit */
	SEN_LATE,		/* stopped after the limit */
	SEN_OPEN,		/* not stopped, not yet due (or no as-of day) */
	SEN_OVERDUE,		/* not stopped, due before the as-of day */
	SEN_CLOSED		/* ended without the stopping event */
};

/* One case's values, as the stream gives them; a NULL pointer is an
 * absent column. */
struct sen_case {
	const char *start, *stop, *decision, *outcome, *exceptions;
	size_t start_len, stop_len, decision_len, outcome_len, exc_len;
};

struct sen_timing {
	sen_day start, stop, due;	/* stop SEN_NODATE when none */
	int days;		/* -1 when not known */
	int within;		/* 1, 0, or -1 when not stopped */
	int excepted;		/* 1 when any exception applies */
	enum sen_state state;
	const char *what;	/* on failure: the value at fault */
	size_t bad, bad_len;	/* on failure: the bytes at fault in it */
};

/* Sets a clock for a regime (2001 or 2014) with its default limit. */
void sen_clock_init(struct sen_clock *c, int regime);

/*
 * Times one case.  Returns SEN_OK with *t filled in; or a status with
 * t->what naming the value at fault ("start", "stop" or "exceptions"):
 * SEN_EEMPTY (no start), a date status from sen_date_parse, SEN_EORDER
 * (stop before start), SEN_EPLAUSIBLE (start after the as-of day) or
 * SEN_EUNKNOWN (an exception not known, or not one of the regime's; its
 * place in t->bad and t->bad_len).
 */
int sen_clock_time(const struct sen_clock *c, const struct sen_case *in,
    struct sen_timing *t);

/* The name of a state as the stream writes it ("on_time", ...). */
const char *sen_state_name(enum sen_state s);

/* Writes days as weeks to one decimal, halves rounded up, into buf (at
 * least 16 bytes).  Returns buf. */
char *sen_weeks_format(int days, char *buf);

#endif
