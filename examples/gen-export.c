/*
 * gen-export: made-up special educational needs case records.
 *
 * sen's tools read the records an English local authority keeps on its
 * statutory assessments of special educational needs.  Real records name
 * children, so sen's examples, tests and benchmarks run on records that
 * this program makes up.  Everything comes from one seeded generator
 * (splitmix64), never rand() or the clock: a seed always gives the same
 * bytes.
 *
 * By default it writes what examples/export.csv holds: about 2,200
 * requests for assessment received from 2 January 2001 to 3 February
 * 2006, as a case-management system exports them on 6 February 2006
 * (CRLF line ends, DD/MM/YYYY dates, a few D/M/YYYY, codes in words).
 * Requests run at about 500 a year in 2001-2003 and fall to about 235 in
 * 2005, when the authority cut assessments to half the 2001-2003 level;
 * the share of proposed statements issued within 18 weeks (126 days) of
 * the request rises from about 68% in 2001 to about 93% in 2005.  Cases
 * not finished by the export date are open.  Six rows are deliberately
 * bad (see faults[]) so that the importer's reports can be shown; every
 * other row is valid.
 *
 * With --canonical it writes N rows of the canonical stream the tools
 * work on (LF line ends, ISO dates, short codes), requests spread evenly
 * over 2001-2024, no bad rows, in constant memory, for benchmarks.
 */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sen_date.h"

#define PROGNAME	"gen-export"
#define VERSION		"0.1.0"

#define DEFAULT_SEED	2005
#define DEFAULT_ROWS	1000000UL
#define MAX_ROWS	99999999UL	/* canonical case_id has 8 digits */

#define PERMILLE	1000	/* chances are given in thousandths */
#define DAYS_PER_WEEK	7
#define WORKDAYS_PER_WEEK 5
#define DAYS_PER_YEAR	365	/* near enough to age a child */
#define THURSDAY	3	/* weekday of day 0, Monday being 0 */
#define SATURDAY	5

/* Time limits, in days from the request. */
#define TARGET_DAYS	126	/* 18 weeks: proposed statement on time */
#define ONTIME_MIN	84	/* 12 weeks: earliest proposal issued */
#define LATE_MAX	258	/* latest late proposal, 260 once off a
				 * weekend */
#define DECIDE_MIN	28	/* usual decision to assess, 4-8 weeks */
#define DECIDE_MAX	56
#define DECIDE_LATE_MAX	98	/* a slow decision, up to 14 weeks */
#define DECIDE_TO_ISSUE	14	/* proposal at least 2 weeks after it */
#define FINAL_MIN	14	/* final statement after the proposed */
#define FINAL_USUAL_MAX	56
#define FINAL_MAX	70

/* Chances, in thousandths. */
#define DECIDE_LATE_PERMILLE	50	/* decision after 8 weeks */
#define ASSESS_PERMILLE		750	/* decided to assess */
#define REFUSE_PERMILLE		200	/* refused; the rest withdrawn */
#define PROPOSED_PERMILLE	850	/* assessed: statement proposed */
#define NOTE_PERMILLE		600	/* otherwise: note in lieu */
#define EXACT_PERMILLE		40	/* proposal on day 126, or 127 */
#define FINAL_SLOW_PERMILLE	150	/* final after 8 weeks */
#define EXC_LATE_PERMILLE	400	/* exception, late proposal */
#define EXC_ONTIME_PERMILLE	45	/* exception, on-time proposal */
#define EXC_TWO_PERMILLE	200	/* two exceptions, not one */
#define SPECIAL_PERMILLE	50	/* child at the special school */
#define REPEAT_PERMILLE		6	/* request for a refused child */
#define SHORT_DATE_PERMILLE	30	/* date written D/M/YYYY */

#define TRIALS		4	/* requests a day: binomial, 4 trials */
#define POOL_SIZE	32	/* refused children kept for a repeat */
#define FEISTEL_ROUNDS	4	/* scattering child numbers */
#define DUP_BACK	40	/* the duplicate Case Ref's distance */
#define MAX_EXC		2	/* exceptions a case may have */
#define NUM_MAX		20	/* digits of an unsigned long, at most */
#define REF_DIGITS	5	/* export Case Ref: SA and 5 digits */
#define CANON_REF_DIGITS 8	/* canonical case_id: SA and 8 digits */
#define DM_DIGITS	2	/* DD and MM */
#define YEAR_DIGITS	4
#define EXIT_USAGE	2
#define OUT_SIZE	65536	/* output buffer */

/* splitmix64's increment and mixing constants. */
#define SM_GAMMA	0x9e3779b97f4a7c15ULL
#define SM_MIX1		0xbf58476d1ce4e5b9ULL
#define SM_MIX2		0x94d049bb133111ebULL
#define SM_SHIFT1	30
#define SM_SHIFT2	27
#define SM_SHIFT3	31
#define HALF_BITS	32

#define EXPORT_HEADER "Case Ref,Child Ref,School,NCY,Lead Service," \
	"Date Request Received,Decision Date,Decision," \
	"Proposed Statement Issued,Final Statement Issued,Outcome," \
	"Exception Code,Case Officer"
#define CANON_HEADER "case_id,child_id,school,year_group,team," \
	"request_date,decision_date,decision,proposed_date,final_date," \
	"outcome,exceptions"
#define EXPORT_EOL	"\r\n"
#define CANON_EOL	"\n"

/* A calendar date, year-month-day. */
struct ymd {
	int y, m, d;
};

/* The export: requests from first to last, taken on asof. */
static const struct ymd export_first = { 2001, 1, 2 };
static const struct ymd export_last = { 2006, 2, 3 };
static const struct ymd export_asof = { 2006, 2, 6 };

/* The canonical stream; canon_first is a Monday, as the even spread of
 * requests over working days assumes. */
static const struct ymd canon_first = { 2001, 1, 1 };
static const struct ymd canon_last = { 2024, 12, 31 };
static const struct ymd canon_asof = { 2025, 1, 6 };

/* Requests from this day on lead to EHC plans, not statements. */
static const struct ymd plan_from = { 2014, 9, 1 };

/* Days no request arrives on, besides weekends (month, day). */
static const struct ymd closed_days[] = {
	{ 0, 1, 1 }, { 0, 12, 25 }, { 0, 12, 26 }
};

/* Requests expected in each year of the export (2006: to 3 February). */
static const struct {
	int year;
	int requests;
} volumes[] = {
	{ 2001, 510 }, { 2002, 500 }, { 2003, 490 }, { 2004, 380 },
	{ 2005, 235 }, { 2006, 20 }
};

/* Proposed statements issued on time, thousandths, by year of request;
 * later years keep the last figure. */
static const struct {
	int year;
	int permille;
} ontime[] = {
	{ 2001, 680 }, { 2002, 740 }, { 2003, 800 }, { 2004, 860 },
	{ 2005, 930 }
};

enum phase {
	PRIMARY,	/* N1 to Year 6 */
	HIGH,		/* Year 7 to Year 11 */
	SPECIAL		/* any age; the only school past Year 11 */
};

/* Schools, one with a comma in its name for CSV quoting. */
static const struct {
	const char *name;
	enum phase phase;
} schools[] = {
	{ "Ashworth Primary School", PRIMARY },
	{ "Birchfield Community Primary School", PRIMARY },
	{ "Brookvale Primary School", PRIMARY },
	{ "Castle Hill Primary School", PRIMARY },
	{ "Dene Park Primary School", PRIMARY },
	{ "Elmwood Primary School", PRIMARY },
	{ "Fernlea Primary School", PRIMARY },
	{ "Greenbank Primary School", PRIMARY },
	{ "Hollins Lane Primary School", PRIMARY },
	{ "Holy Trinity Catholic Primary School", PRIMARY },
	{ "Kingsway Primary School", PRIMARY },
	{ "Lower Moor Primary School", PRIMARY },
	{ "Meadowcroft Primary School", PRIMARY },
	{ "Northgate Primary School", PRIMARY },
	{ "Oakhurst Primary School", PRIMARY },
	{ "St Mary's, Church of England Primary School", PRIMARY },
	{ "Ashworth High School", HIGH },
	{ "Beacon Hill High School", HIGH },
	{ "Cardinal Newman Catholic High School", HIGH },
	{ "Fulwood Park High School", HIGH },
	{ "Marsh Lane High School", HIGH },
	{ "Thornleigh High School", HIGH },
	{ "Westfield Community High School", HIGH },
	{ "Redbrook High School", HIGH },
	{ "Whitegates Special School", SPECIAL }
};

/* National curriculum years, weighted towards the primary years. */
static const struct {
	const char *name;
	unsigned weight;
	enum phase phase;
} ncys[] = {
	{ "N1", 1, PRIMARY }, { "N2", 4, PRIMARY }, { "R", 8, PRIMARY },
	{ "1", 10, PRIMARY }, { "2", 11, PRIMARY }, { "3", 11, PRIMARY },
	{ "4", 10, PRIMARY }, { "5", 9, PRIMARY }, { "6", 8, PRIMARY },
	{ "7", 7, HIGH }, { "8", 6, HIGH }, { "9", 5, HIGH },
	{ "10", 4, HIGH }, { "11", 3, HIGH }, { "12", 1, SPECIAL },
	{ "13", 1, SPECIAL }, { "14", 1, SPECIAL }
};

/* Lead services, weighted: educational psychology leads most. */
static const struct {
	const char *name;
	unsigned weight;
} teams[] = {
	{ "EPS", 45 }, { "PASS", 20 }, { "MBSS", 15 }, { "HLSS", 10 },
	{ "HPS", 10 }
};

/* Case officers: a column the tools pass through. */
static const char *const officers[] = {
	"Janet Hargreaves", "Paul Okafor", "Sunita Lal", "Martin Baines",
	"Rachel Dunmore"
};

/* Permitted exceptions, in the order canonical lists write them; modern
 * ones are permitted for EHC plans too. */
static const struct {
	const char *words;	/* as the export writes it */
	const char *code;	/* canonical */
	int modern;
} exceptions[] = {
	{ "Further advice needed", "further_advice", 0 },
	{ "Parental delay", "parent_late", 0 },
	{ "School closure", "school_closure", 1 },
	{ "Health advice late", "health_late", 0 },
	{ "Social services advice late", "social_care_late", 0 },
	{ "Exceptional personal circumstances", "personal", 1 },
	{ "Absent from area", "absence", 1 },
	{ "Missed appointment", "missed_appointment", 0 }
};

enum decision {
	DEC_NONE,		/* not decided by the export date */
	DEC_ASSESS,
	DEC_REFUSE,
	DEC_WITHDRAW
};

static const struct {
	const char *words;
	const char *code;
} decisions[] = {
	[DEC_NONE] = { "", "" },
	[DEC_ASSESS] = { "Assess", "assess" },
	[DEC_REFUSE] = { "Refused to assess", "not_assess" },
	[DEC_WITHDRAW] = { "Withdrawn", "withdrawn" }
};

enum outcome {
	OUT_OPEN,		/* nothing yet at the export date */
	OUT_STATEMENT,		/* final statement issued */
	OUT_PROPOSED,		/* proposed, not yet final */
	OUT_NOTE,		/* note in lieu of a statement */
	OUT_NO_STATEMENT,	/* assessed, no statement needed */
	OUT_WITHDRAWN,
	OUT_REFUSED
};

static const struct {
	const char *words;
	const char *code;
} outcomes[] = {
	[OUT_OPEN] = { "Open", "open" },
	[OUT_STATEMENT] = { "Statement issued", "statement" },
	[OUT_PROPOSED] = { "Proposed statement", "open" },
	[OUT_NOTE] = { "Note in lieu", "note_in_lieu" },
	[OUT_NO_STATEMENT] = { "No statement", "no_statement" },
	[OUT_WITHDRAWN] = { "Withdrawn", "withdrawn" },
	[OUT_REFUSED] = { "Refused", "no_statement" }
};

enum fault {
	FAULT_NONE,
	FAULT_NO_REQUEST,
	FAULT_DUP_REF,
	FAULT_UNKNOWN_EXC,
	FAULT_EARLY_PROPOSAL,
	FAULT_MONTH_FIRST,
	FAULT_BAD_DAY
};

/*
 * The deliberately bad rows of the export, and what is wrong with each.
 * Each goes into the first suitable case requested on or after its day,
 * so for a seed they sit at fixed places; they are the only bad rows.
 */
static const struct {
	enum fault kind;
	struct ymd from;
} faults[] = {
	/* Date Request Received empty. */
	{ FAULT_NO_REQUEST, { 2001, 10, 8 } },
	/* Case Ref repeats the one DUP_BACK rows before; otherwise valid. */
	{ FAULT_DUP_REF, { 2002, 6, 17 } },
	/* Exception Code "Computer error", not a permitted exception. */
	{ FAULT_UNKNOWN_EXC, { 2003, 3, 10 } },
	/* Proposed Statement Issued a year early (year mistyped), so
	 * before the request. */
	{ FAULT_EARLY_PROPOSAL, { 2004, 1, 12 } },
	/* Decision Date 13 April 2005 written month first: 04/13/2005. */
	{ FAULT_MONTH_FIRST, { 2005, 2, 21 } },
	/* Date Request Received 31/04/2005: April has 30 days. */
	{ FAULT_BAD_DAY, { 2005, 5, 2 } }
};

#define UNKNOWN_EXC_WORDS	"Computer error"
#define BAD_DAY_TEXT		"31/04/2005"
static const struct ymd month_first_day = { 2005, 4, 13 };

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* How child numbers become Child Refs: base + a number below mod,
 * scattered over a square of side half (half * half >= mod), in width
 * digits. */
struct idform {
	unsigned long base, mod, half;
	int width;
};

static const struct idform export_child = { 100000, 900000, 1000, 6 };
static const struct idform canon_child = {
	100000000, 900000000, 30000, 9
};

/* A child refused assessment, who may be asked for again. */
struct refusal {
	unsigned long child;
	sen_day day;
	int ncy, school;
};

/* The generator: its random state and what it remembers. */
struct gen {
	uint64_t rng;
	sen_day asof;		/* the day the records were taken */
	unsigned long nchildren;	/* children met so far */
	uint64_t child_key;	/* scatters child numbers */
	unsigned planted;	/* faults[] planted, one bit each */
	int npool;
	struct refusal pool[POOL_SIZE];
};

/* One case: a request and what became of it. */
struct sencase {
	unsigned long ref;	/* case number */
	unsigned long child;	/* child number, before scattering */
	int school, ncy, team, officer;
	int repeat;		/* a refused child asked for again */
	sen_day request, decision, proposed, final;
	enum decision decision_kind;
	enum outcome outcome;
	int nexc;
	int exc[MAX_EXC];	/* indexes into exceptions[], ascending */
	enum fault fault;
};

/* The requests of one year of the export still to come, and the
 * working days left to spread them over. */
struct volume {
	int year, left, days;
};

/* Buffered standard output. */
struct out {
	size_t len;
	char buf[OUT_SIZE];
};

/* What the command line asks for. */
struct options {
	uint64_t seed;
	unsigned long rows;
	int canonical;
};

/* Reports a failed write to standard output and exits. */
static void
die_write(void)
{
	fprintf(stderr, "%s: standard output: %s\n", PROGNAME,
	    strerror(errno ? errno : EIO));
	exit(EXIT_FAILURE);
}

/* Writes out the buffer. */
static void
out_flush(struct out *o)
{
	if (o->len > 0 && fwrite(o->buf, 1, o->len, stdout) != o->len)
		die_write();
	o->len = 0;
}

/* Appends n bytes. */
static void
put_bytes(struct out *o, const char *s, size_t n)
{
	size_t room;

	while (n > (room = sizeof(o->buf) - o->len)) {
		memcpy(o->buf + o->len, s, room);
		o->len += room;
		s += room;
		n -= room;
		out_flush(o);
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
}

/* Appends one byte. */
static void
put_char(struct out *o, char c)
{
	if (o->len == sizeof(o->buf))
		out_flush(o);
	o->buf[o->len++] = c;
}

/* Appends a string. */
static void
put_str(struct out *o, const char *s)
{
	put_bytes(o, s, strlen(s));
}

/* Appends v in decimal, zero-padded to width digits. */
static void
put_num(struct out *o, unsigned long v, int width)
{
	char tmp[NUM_MAX];
	size_t n;

	n = sizeof(tmp);
	do {
		tmp[--n] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0 && n > 0);
	while (n > 0 && sizeof(tmp) - n < (size_t)width)
		tmp[--n] = '0';
	put_bytes(o, tmp + n, sizeof(tmp) - n);
}

/* Appends s as a CSV field, quoted when it holds a comma, quote or line
 * end. */
static void
put_field(struct out *o, const char *s)
{
	if (strpbrk(s, ",\"\r\n") == NULL) {
		put_str(o, s);
		return;
	}
	put_char(o, '"');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			put_char(o, '"');
		put_char(o, *s);
	}
	put_char(o, '"');
}

/* Flushes everything and closes standard output, exiting on failure. */
static void
finish(struct out *o)
{
	if (o != NULL)
		out_flush(o);
	if (fflush(stdout) == EOF || ferror(stdout))
		die_write();
	if (fclose(stdout) == EOF)
		die_write();
}

/* splitmix64's output function: mixes the bits of z. */
static uint64_t
mix64(uint64_t z)
{
	z = (z ^ (z >> SM_SHIFT1)) * SM_MIX1;
	z = (z ^ (z >> SM_SHIFT2)) * SM_MIX2;
	return z ^ (z >> SM_SHIFT3);
}

/* splitmix64: returns the next 64 random bits. */
static uint64_t
rng_next(struct gen *g)
{
	g->rng += SM_GAMMA;
	return mix64(g->rng);
}

/* Returns a number from 0 to n - 1 (n at most 2^32), from the top 32
 * bits scaled, not a remainder, so no value is favoured noticeably. */
static unsigned long
rng_below(struct gen *g, unsigned long n)
{
	return (unsigned long)(((rng_next(g) >> HALF_BITS) * n) >>
	    HALF_BITS);
}

/* Returns 1 with a chance of permille thousandths. */
static int
chance(struct gen *g, unsigned permille)
{
	return rng_below(g, PERMILLE) < permille;
}

/* Returns a number from lo to hi, both included. */
static int
rng_range(struct gen *g, int lo, int hi)
{
	return lo + (int)rng_below(g, (unsigned long)(hi - lo + 1));
}

/* Returns the day number of a valid date. */
static sen_day
day_of(const struct ymd *t)
{
	return sen_date_from_ymd(t->y, t->m, t->d);
}

/* Returns the year of day. */
static int
year_of(sen_day day)
{
	int y, m, d;

	sen_date_to_ymd(day, &y, &m, &d);
	return y;
}

/* Returns the day of the week, Monday 0 to Sunday 6. */
static int
weekday(sen_day day)
{
	return (day % DAYS_PER_WEEK + DAYS_PER_WEEK + THURSDAY) %
	    DAYS_PER_WEEK;
}

/* Moves a day that falls at a weekend on to the Monday. */
static sen_day
next_workday(sen_day day)
{
	int w;

	w = weekday(day);
	return w >= SATURDAY ? day + DAYS_PER_WEEK - w : day;
}

/* Returns 1 when requests arrive on day: a weekday, not a holiday. */
static int
is_workday(sen_day day)
{
	size_t i;
	int y, m, d;

	if (weekday(day) >= SATURDAY)
		return 0;
	sen_date_to_ymd(day, &y, &m, &d);
	for (i = 0; i < NELEM(closed_days); i++)
		if (closed_days[i].m == m && closed_days[i].d == d)
			return 0;
	return 1;
}

/* Returns the on-time share, thousandths, for requests made on day. */
static unsigned
ontime_permille(sen_day day)
{
	size_t i;
	int y;

	y = year_of(day);
	for (i = 0; i + 1 < NELEM(ontime); i++)
		if (ontime[i].year >= y)
			break;
	return (unsigned)ontime[i].permille;
}

/* Starts a generator from seed. */
static void
gen_init(struct gen *g, uint64_t seed, sen_day asof)
{
	memset(g, 0, sizeof(*g));
	g->rng = seed;
	g->asof = asof;
	g->child_key = rng_next(g);
}

/* Returns a school for a child of phase p: now and then the special
 * school, otherwise any school of that phase. */
static int
pick_school(struct gen *g, enum phase p)
{
	size_t i;
	unsigned long n, k;

	if (chance(g, SPECIAL_PERMILLE))
		p = SPECIAL;
	n = 0;
	for (i = 0; i < NELEM(schools); i++)
		n += schools[i].phase == p;
	k = rng_below(g, n);
	for (i = 0; i < NELEM(schools); i++)
		if (schools[i].phase == p && k-- == 0)
			break;
	return (int)i;
}

/* Returns a year group, by the weights of ncys[]. */
static int
pick_ncy(struct gen *g)
{
	size_t i;
	unsigned long total, k;

	total = 0;
	for (i = 0; i < NELEM(ncys); i++)
		total += ncys[i].weight;
	k = rng_below(g, total);
	for (i = 0; k >= ncys[i].weight; i++)
		k -= ncys[i].weight;
	return (int)i;
}

/* Returns a lead service, by the weights of teams[]. */
static int
pick_team(struct gen *g)
{
	size_t i;
	unsigned long total, k;

	total = 0;
	for (i = 0; i < NELEM(teams); i++)
		total += teams[i].weight;
	k = rng_below(g, total);
	for (i = 0; k >= teams[i].weight; i++)
		k -= teams[i].weight;
	return (int)i;
}

/* Remembers a refused child, unless the pool is full.  Keeping the
 * oldest, not replacing them, means some are soon a year old and can
 * come back, however many requests a day there are. */
static void
pool_add(struct gen *g, const struct sencase *c)
{
	struct refusal *r;

	if (g->npool == POOL_SIZE)
		return;
	r = &g->pool[g->npool++];
	r->child = c->child;
	r->day = c->request;
	r->ncy = c->ncy;
	r->school = c->school;
}

/*
 * Makes c a second request for a child refused a year or more before,
 * now older, and returns 1; returns 0 when no child fits.
 */
static int
take_refusal(struct gen *g, struct sencase *c)
{
	struct refusal *r;
	int i, ncy;

	for (i = 0; i < g->npool; i++) {
		r = &g->pool[i];
		if (c->request - r->day < DAYS_PER_YEAR)
			continue;
		ncy = r->ncy + (c->request - r->day) / DAYS_PER_YEAR;
		if (ncy >= (int)NELEM(ncys)) {
			*r = g->pool[--g->npool];	/* too old now */
			i--;
			continue;
		}
		c->child = r->child;
		c->ncy = ncy;
		c->school = r->school;
		if (schools[c->school].phase != SPECIAL &&
		    schools[c->school].phase != ncys[ncy].phase)
			c->school = pick_school(g, ncys[ncy].phase);
		c->repeat = 1;
		g->pool[i] = g->pool[--g->npool];
		return 1;
	}
	return 0;
}

/* Picks the child: now and then a refused child again, else a new one. */
static void
pick_child(struct gen *g, struct sencase *c)
{
	if (chance(g, REPEAT_PERMILLE) && take_refusal(g, c))
		return;
	c->child = g->nchildren++;
	c->ncy = pick_ncy(g);
	c->school = pick_school(g, ncys[c->ncy].phase);
}

/* Decides whether to assess, unless the decision is still to come. */
static void
decide(struct gen *g, struct sencase *c)
{
	sen_day day;
	unsigned long r;

	if (chance(g, DECIDE_LATE_PERMILLE))
		day = c->request + rng_range(g, DECIDE_MAX + 1,
		    DECIDE_LATE_MAX);
	else
		day = c->request + rng_range(g, DECIDE_MIN, DECIDE_MAX);
	day = next_workday(day);
	if (day > g->asof)
		return;
	c->decision = day;
	r = rng_below(g, PERMILLE);
	if (r < ASSESS_PERMILLE) {
		c->decision_kind = DEC_ASSESS;
	} else if (r < ASSESS_PERMILLE + REFUSE_PERMILLE) {
		c->decision_kind = DEC_REFUSE;
		c->outcome = OUT_REFUSED;
	} else {
		c->decision_kind = DEC_WITHDRAW;
		c->outcome = OUT_WITHDRAWN;
	}
}

/*
 * Returns the days from request to proposal: on time, 84 to 126 and at
 * least DECIDE_TO_ISSUE after the decision (waited days in), or late, 127
 * to LATE_MAX; now and then exactly 126 or 127, the edges.
 */
static int
issue_days(struct gen *g, int on_time, int waited)
{
	int lo;

	if (on_time) {
		lo = waited + DECIDE_TO_ISSUE;
		if (lo < ONTIME_MIN)
			lo = ONTIME_MIN;
		if (chance(g, EXACT_PERMILLE))
			return TARGET_DAYS;
		return rng_range(g, lo, TARGET_DAYS);
	}
	if (chance(g, EXACT_PERMILLE))
		return TARGET_DAYS + 1;
	return rng_range(g, TARGET_DAYS + 1, LATE_MAX);
}

/* Gives a proposed statement exceptions: often when late, seldom when on
 * time; for EHC plans only the exceptions still permitted. */
static void
pick_exceptions(struct gen *g, struct sencase *c, int on_time)
{
	int i, modern_only, first;

	if (!chance(g, on_time ? EXC_ONTIME_PERMILLE : EXC_LATE_PERMILLE))
		return;
	modern_only = c->request >= day_of(&plan_from);
	do
		i = (int)rng_below(g, NELEM(exceptions));
	while (modern_only && !exceptions[i].modern);
	c->exc[c->nexc++] = i;
	if (!chance(g, EXC_TWO_PERMILLE))
		return;
	first = i;
	do
		i = (int)rng_below(g, NELEM(exceptions));
	while (i == first || (modern_only && !exceptions[i].modern));
	c->exc[c->nexc++] = i;
	if (c->exc[1] < c->exc[0]) {
		c->exc[1] = c->exc[0];
		c->exc[0] = i;
	}
}

/* Dates the final statement, unless it is still to come. */
static void
finalise(struct gen *g, struct sencase *c)
{
	sen_day day;

	if (chance(g, FINAL_SLOW_PERMILLE))
		day = c->proposed + rng_range(g, FINAL_USUAL_MAX + 1,
		    FINAL_MAX);
	else
		day = c->proposed + rng_range(g, FINAL_MIN, FINAL_USUAL_MAX);
	day = next_workday(day);
	if (day > g->asof) {
		c->outcome = OUT_PROPOSED;
		return;
	}
	c->final = day;
	c->outcome = OUT_STATEMENT;
}

/* Ends an assessment: a proposed statement, on time or late, or a note
 * in lieu or no statement; open when that is after the export date. */
static void
conclude(struct gen *g, struct sencase *c)
{
	sen_day day;
	int on_time;

	on_time = chance(g, ontime_permille(c->request));
	day = next_workday(c->request + issue_days(g, on_time,
	    c->decision - c->request));
	if (!chance(g, PROPOSED_PERMILLE)) {
		if (day <= g->asof)
			c->outcome = chance(g, NOTE_PERMILLE) ? OUT_NOTE :
			    OUT_NO_STATEMENT;
		return;
	}
	if (day > g->asof)
		return;
	c->proposed = day;
	pick_exceptions(g, c, on_time);
	finalise(g, c);
}

/* Makes up the case of a request received on day. */
static void
make_case(struct gen *g, struct sencase *c, sen_day day)
{
	memset(c, 0, sizeof(*c));
	c->request = day;
	c->decision = c->proposed = c->final = SEN_NODATE;
	c->decision_kind = DEC_NONE;
	c->outcome = OUT_OPEN;
	c->fault = FAULT_NONE;
	pick_child(g, c);
	c->team = pick_team(g);
	c->officer = (int)rng_below(g, NELEM(officers));
	decide(g, c);
	if (c->decision_kind == DEC_ASSESS)
		conclude(g, c);
	if (c->decision_kind == DEC_REFUSE && !c->repeat)
		pool_add(g, c);
}

/* Returns the same day a year earlier (28 February for 29 February). */
static sen_day
year_before(sen_day day)
{
	int y, m, d;

	sen_date_to_ymd(day, &y, &m, &d);
	if (!sen_date_valid(y - 1, m, d))
		d--;
	return sen_date_from_ymd(y - 1, m, d);
}

/* Returns 1 when fault f can be planted in c. */
static int
fault_fits(enum fault f, const struct sencase *c)
{
	sen_day target;

	switch (f) {
	case FAULT_UNKNOWN_EXC:
		return c->proposed != SEN_NODATE &&
		    c->proposed - c->request > TARGET_DAYS;
	case FAULT_EARLY_PROPOSAL:
		return c->final != SEN_NODATE && c->nexc == 0;
	case FAULT_MONTH_FIRST:
		target = day_of(&month_first_day);
		return c->decision != SEN_NODATE &&
		    target - c->request >= DECIDE_MIN &&
		    target - c->request <= DECIDE_MAX &&
		    (c->proposed == SEN_NODATE ||
		    c->proposed - target >= DECIDE_TO_ISSUE);
	default:
		return 1;
	}
}

/* Plants in c the first fault that is due and fits, if any. */
static void
plant_fault(struct gen *g, struct sencase *c)
{
	size_t i;

	for (i = 0; i < NELEM(faults); i++) {
		if ((g->planted & 1U << i) ||
		    c->request < day_of(&faults[i].from) ||
		    !fault_fits(faults[i].kind, c))
			continue;
		g->planted |= 1U << i;
		c->fault = faults[i].kind;
		if (c->fault == FAULT_UNKNOWN_EXC)
			c->nexc = 0;
		else if (c->fault == FAULT_EARLY_PROPOSAL)
			c->proposed = year_before(c->proposed);
		else if (c->fault == FAULT_MONTH_FIRST)
			c->decision = day_of(&month_first_day);
		return;
	}
}

/*
 * Returns child number k (below ids->mod) scattered, one to one, so that
 * refs look unordered but never clash: a Feistel network on k's two
 * digits in base ids->half, run again while the result is ids->mod or
 * more (cycle walking).
 */
static unsigned long
scatter(const struct gen *g, const struct idform *ids, unsigned long k)
{
	uint64_t l, r, t;
	int i;

	do {
		l = k / ids->half;
		r = k % ids->half;
		for (i = 0; i < FEISTEL_ROUNDS; i++) {
			t = (l + mix64(r ^ (g->child_key + (uint64_t)i *
			    SM_GAMMA))) % ids->half;
			l = r;
			r = t;
		}
		k = (unsigned long)(l * ids->half + r);
	} while (k >= ids->mod);
	return k;
}

/* Appends a child's ref: C and its scattered number. */
static void
put_child(struct out *o, const struct gen *g, const struct idform *ids,
    unsigned long child)
{
	put_char(o, 'C');
	put_num(o, ids->base + scatter(g, ids, child), ids->width);
}

/* Appends an export date: DD/MM/YYYY, now and then D/M/YYYY, or nothing
 * for no date; month first when asked, for the month-first fault. */
static void
put_export_date(struct out *o, struct gen *g, sen_day day, int mdy)
{
	int y, m, d, width;

	if (day == SEN_NODATE)
		return;
	sen_date_to_ymd(day, &y, &m, &d);
	width = chance(g, SHORT_DATE_PERMILLE) && !mdy ? 1 : DM_DIGITS;
	put_num(o, (unsigned long)(mdy ? m : d), width);
	put_char(o, '/');
	put_num(o, (unsigned long)(mdy ? d : m), width);
	put_char(o, '/');
	put_num(o, (unsigned long)y, YEAR_DIGITS);
}

/* Appends the export's first five fields and a comma. */
static void
put_export_people(struct out *o, const struct gen *g,
    const struct sencase *c)
{
	put_str(o, "SA");
	put_num(o, c->ref, REF_DIGITS);
	put_char(o, ',');
	put_child(o, g, &export_child, c->child);
	put_char(o, ',');
	put_field(o, schools[c->school].name);
	put_char(o, ',');
	put_str(o, ncys[c->ncy].name);
	put_char(o, ',');
	put_str(o, teams[c->team].name);
	put_char(o, ',');
}

/* Appends the export's dates and decision, each followed by a comma. */
static void
put_export_dates(struct out *o, struct gen *g, const struct sencase *c)
{
	if (c->fault == FAULT_BAD_DAY)
		put_str(o, BAD_DAY_TEXT);
	else if (c->fault != FAULT_NO_REQUEST)
		put_export_date(o, g, c->request, 0);
	put_char(o, ',');
	put_export_date(o, g, c->decision, c->fault == FAULT_MONTH_FIRST);
	put_char(o, ',');
	put_str(o, decisions[c->decision_kind].words);
	put_char(o, ',');
	put_export_date(o, g, c->proposed, 0);
	put_char(o, ',');
	put_export_date(o, g, c->final, 0);
	put_char(o, ',');
}

/* Appends a case as a row of the export. */
static void
put_export_row(struct out *o, struct gen *g, const struct sencase *c)
{
	int i;

	put_export_people(o, g, c);
	put_export_dates(o, g, c);
	put_str(o, outcomes[c->outcome].words);
	put_char(o, ',');
	if (c->fault == FAULT_UNKNOWN_EXC)
		put_str(o, UNKNOWN_EXC_WORDS);
	for (i = 0; i < c->nexc; i++) {
		if (i > 0)
			put_str(o, "; ");
		put_str(o, exceptions[c->exc[i]].words);
	}
	put_char(o, ',');
	put_field(o, officers[c->officer]);
	put_str(o, EXPORT_EOL);
}

/* Returns the requests expected in the export's year y. */
static int
year_volume(int y)
{
	size_t i;

	for (i = 0; i < NELEM(volumes); i++)
		if (volumes[i].year == y)
			return volumes[i].requests;
	return 0;
}

/* Counts the days requests arrive on, of year y between first and last. */
static int
year_workdays(int y, sen_day first, sen_day last)
{
	sen_day day, end;
	int n;

	day = sen_date_from_ymd(y, 1, 1);
	end = sen_date_from_ymd(y, 12, 31);
	if (day < first)
		day = first;
	if (end > last)
		end = last;
	n = 0;
	for (; day <= end; day++)
		n += is_workday(day);
	return n;
}

/*
 * Returns how many requests arrive on a working day, at least one when
 * must is set: a binomial count over TRIALS trials whose mean spreads the
 * requests left over the days left, so the year's total stays close to
 * its volume while days still vary.
 */
static int
requests_on(struct gen *g, struct volume *v, int must)
{
	unsigned long left;
	int i, n;

	left = v->left > 0 ? (unsigned long)v->left : 0;
	n = 0;
	for (i = 0; i < TRIALS; i++)
		n += rng_below(g, (unsigned long)(TRIALS * v->days)) < left;
	if (n == 0 && must)
		n = 1;
	v->left -= n;
	v->days--;
	return n;
}

/* Writes one day's requests as export rows; ref is the next Case Ref. */
static void
export_day(struct out *o, struct gen *g, sen_day day, int n,
    unsigned long *ref)
{
	struct sencase c;

	while (n-- > 0) {
		make_case(g, &c, day);
		plant_fault(g, &c);
		if (c.fault == FAULT_DUP_REF)
			c.ref = *ref - DUP_BACK;
		else
			c.ref = (*ref)++;
		put_export_row(o, g, &c);
	}
}

/* Writes the export. */
static void
write_export(struct out *o, uint64_t seed)
{
	struct gen g;
	struct volume v;
	sen_day first, last, day;
	unsigned long ref;
	int n;

	gen_init(&g, seed, day_of(&export_asof));
	first = day_of(&export_first);
	last = day_of(&export_last);
	put_str(o, EXPORT_HEADER EXPORT_EOL);

	ref = 1;
	v.year = v.left = v.days = 0;
	for (day = first; day <= last; day++) {
		if (!is_workday(day))
			continue;
		if (year_of(day) != v.year) {
			v.year = year_of(day);
			v.left = year_volume(v.year);
			v.days = year_workdays(v.year, first, last);
		}
		n = requests_on(&g, &v, day == first || day == last);
		export_day(o, &g, day, n, &ref);
	}
}

/* Appends an ISO date, or nothing for no date, and a comma. */
static void
put_iso(struct out *o, sen_day day)
{
	char buf[SEN_DATE_LEN + 1];

	if (day != SEN_NODATE)
		put_bytes(o, sen_date_format(day, buf), SEN_DATE_LEN);
	put_char(o, ',');
}

/* Appends a case as a row of the canonical stream. */
static void
put_canon_row(struct out *o, const struct gen *g, const struct sencase *c,
    sen_day plans)
{
	int i;

	put_str(o, "SA");
	put_num(o, c->ref, CANON_REF_DIGITS);
	put_char(o, ',');
	put_child(o, g, &canon_child, c->child);
	put_char(o, ',');
	put_field(o, schools[c->school].name);
	put_char(o, ',');
	put_str(o, ncys[c->ncy].name);
	put_char(o, ',');
	put_str(o, teams[c->team].name);
	put_char(o, ',');
	put_iso(o, c->request);
	put_iso(o, c->decision);
	put_str(o, decisions[c->decision_kind].code);
	put_char(o, ',');
	put_iso(o, c->proposed);
	put_iso(o, c->final);
	if (c->outcome == OUT_STATEMENT && c->request >= plans)
		put_str(o, "plan");
	else
		put_str(o, outcomes[c->outcome].code);
	put_char(o, ',');
	for (i = 0; i < c->nexc; i++) {
		if (i > 0)
			put_char(o, ';');
		put_str(o, exceptions[c->exc[i]].code);
	}
	put_str(o, CANON_EOL);
}

/*
 * Writes n rows of the canonical stream: row i is requested on working
 * day i * W / n of the W from canon_first (a Monday) to canon_last, so
 * the requests are in order and evenly spread.
 */
static void
write_canonical(struct out *o, uint64_t seed, unsigned long n)
{
	struct gen g;
	struct sencase c;
	sen_day first, span, plans;
	uint64_t workdays, w;
	unsigned long i;

	gen_init(&g, seed, day_of(&canon_asof));
	first = day_of(&canon_first);
	span = day_of(&canon_last) - first + 1;
	plans = day_of(&plan_from);
	workdays = (uint64_t)(span / DAYS_PER_WEEK) * WORKDAYS_PER_WEEK;
	if (span % DAYS_PER_WEEK < WORKDAYS_PER_WEEK)
		workdays += (uint64_t)(span % DAYS_PER_WEEK);
	else
		workdays += WORKDAYS_PER_WEEK;
	put_str(o, CANON_HEADER CANON_EOL);

	for (i = 0; i < n; i++) {
		w = (uint64_t)i * workdays / n;
		make_case(&g, &c, first + (sen_day)(w / WORKDAYS_PER_WEEK *
		    DAYS_PER_WEEK + w % WORKDAYS_PER_WEEK));
		c.ref = i + 1;
		put_canon_row(o, &g, &c, plans);
	}
}

/* Parses a whole decimal number no greater than max into *v; returns 0,
 * or -1 when s is not one. */
static int
parse_num(const char *s, unsigned long long max, unsigned long long *v)
{
	char *end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	*v = strtoull(s, &end, 10);
	if (errno != 0 || *end != '\0' || *v > max)
		return -1;
	return 0;
}

/* Writes the usage message to fp. */
static void
usage(FILE *fp)
{
	fputs("usage: " PROGNAME " [-s seed]\n"
	    "       " PROGNAME " --canonical [-n rows] [-s seed]\n"
	    "Writes made-up SEN case records as CSV to standard output.\n"
	    "  -s, --seed=SEED   seed of the generator (default 2005)\n"
	    "  -c, --canonical   the canonical stream, not an export\n"
	    "  -n, --rows=N      canonical rows (default 1000000)\n"
	    "  -h, --help        this message\n"
	    "  -V, --version     the version\n", fp);
}

/* Reports a usage error and exits. */
static void
bad_usage(const char *why, const char *arg)
{
	if (why != NULL)
		fprintf(stderr, "%s: %s%s\n", PROGNAME, why,
		    arg != NULL ? arg : "");
	usage(stderr);
	exit(EXIT_USAGE);
}

/* Reads the command line into *opt; answers --help and --version, and
 * exits on a usage error. */
static void
parse_args(int argc, char *argv[], struct options *opt)
{
	static const struct option longopts[] = {
		{ "canonical", no_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ "rows", required_argument, NULL, 'n' },
		{ "seed", required_argument, NULL, 's' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	unsigned long long v;
	int ch, rows_given;

	rows_given = 0;
	while ((ch = getopt_long(argc, argv, "chn:s:V", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			opt->canonical = 1;
			break;
		case 'h':
			usage(stdout);
			finish(NULL);
			exit(EXIT_SUCCESS);
		case 'n':
			if (parse_num(optarg, MAX_ROWS, &v) == -1)
				bad_usage("rows must be 0 to 99999999: ",
				    optarg);
			opt->rows = (unsigned long)v;
			rows_given = 1;
			break;
		case 's':
			if (parse_num(optarg, UINT64_MAX, &v) == -1)
				bad_usage("bad seed: ", optarg);
			opt->seed = (uint64_t)v;
			break;
		case 'V':
			puts(PROGNAME " " VERSION);
			finish(NULL);
			exit(EXIT_SUCCESS);
		default:
			bad_usage(NULL, NULL);
		}
	}
	if (optind != argc)
		bad_usage("unexpected argument: ", argv[optind]);
	if (rows_given && !opt->canonical)
		bad_usage("-n needs --canonical", NULL);
}

/* Writes the records the command line asks for. */
int
main(int argc, char *argv[])
{
	static struct out o;
	struct options opt;

	opt.seed = DEFAULT_SEED;
	opt.rows = DEFAULT_ROWS;
	opt.canonical = 0;
	parse_args(argc, argv, &opt);

	if (opt.canonical)
		write_canonical(&o, opt.seed, opt.rows);
	else
		write_export(&o, opt.seed);
	finish(&o);
	return 0;
}
