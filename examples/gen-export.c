/*
 * gen-export: made-up special educational needs case records.
 *
 * sen's tools read the records an English local authority keeps on its
 * statutory assessments of special educational needs.  Real records name
 * children, so sen's examples, tests and benchmarks run on records that
 * this program makes up.  Everything comes from one seeded generator
 * (splitmix64), never rand() or the clock: a seed always gives the same
 * bytes.  The records that follow from the export (--banding,
 * --statements) make the export again, writing nothing, and draw from
 * streams of their own, so that the export's draws stay as they were.
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
 * With --banding it writes what examples/banding.csv holds: the banded
 * funding, the alternative to a statement, of some of the same children,
 * those whose last request was refused or ended with a note in lieu or
 * no statement and who are not at the special school.  There is a row
 * per allocation per financial year (April to March) from FY2003-04 to
 * FY2006-07, about 400 in all: most run from 1 April, a few from 1
 * September or 1 January, all to 31 March; Ended before FY2005-06, Active
 * in it, and in FY2006-07, agreed but not begun, Agreed, or Planned when
 * it is the child's first.  NCY is the child's year group on the Start
 * Date, moved on each September; a primary child goes on to a high
 * school for Year 7.  Bands A to D pay 1,800, 4,200, 7,500 and 11,000
 * pounds a year, mostly written with the pound sign, as "1,800.00" after
 * it, now and then 1800, "1,800.00" or 1800.00.  The policy of
 * examples/banding-policy.csv bands high-school years up to Year 7 in
 * 2004 (and 2003), 8 in 2005 and 9 in 2006; it is kept but for two
 * deliberate breaches (breaches[]).  Four rows are deliberately bad
 * (band_faults[]).
 *
 * With --statements it writes what examples/statements.csv holds: the
 * statements the authority maintains, or did since 2001.  There is one
 * for each final statement of the export, made that day, and an older
 * stock of 600 made from 1995 to 2000 for children C9 and five digits
 * (none an export child's).  School and NCY are the child's on the day
 * it was made.  The last annual review is the latest on or before the
 * export date, or the day the statement ceased: reviews are held a year
 * apart or less, none in the first year, but about 10% of statements
 * maintained have had none for more than 12 months.  Statements cease
 * when the child leaves school, at the end of Year 11 (Year 14 at the
 * special school), or now and then before for another reason; about 35%
 * of the stock has ceased since 2001.  Three rows are deliberately bad
 * (stmt_faults[]).  Both write CRLF line ends and DD/MM/YYYY dates.
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
#define REF_DIGITS	5	/* export Case Refs: SA, BF or ST and 5
				 * digits */
#define CANON_REF_DIGITS 8	/* canonical case_id: SA and 8 digits */
#define DM_DIGITS	2	/* DD and MM */
#define YEAR_DIGITS	4
#define EXIT_USAGE	2
#define OUT_SIZE	65536	/* output buffer */
#define GROW_FIRST	256	/* items of an array when it first grows */

/* Year groups, as indexes into ncys[]. */
#define NCY_R		2	/* Reception */
#define NCY_YEAR(n)	((n) + NCY_R)	/* Year n */
#define LAST_YEAR	11	/* the last year of mainstream school */
#define LAST_YEAR_SPECIAL 14	/* and of the special school */

/* The banded-funding export (--banding). */
#define BAND_FIRST_FY	2003	/* financial years, by the year each */
#define BAND_LAST_FY	2006	/* starts; the last is planned */
#define BANDED_PERMILLE	420	/* refused or no statement: banded */
#define MIDYEAR_PERMILLE 120	/* first funded from 1 September or 1
				 * January, not 1 April */
#define RENEW_PERMILLE	800	/* funded again the next year */
#define BAND_UP_PERMILLE 100	/* a band higher the next year */
#define BAND_DOWN_PERMILLE 60	/* a band lower */
#define POUND_PERMILLE	850	/* amount with the pound sign */
#define AMOUNT_MAX	32	/* bytes of a written amount, at most */
#define PENCE		100

/* The statements (--statements). */
#define STOCK_SIZE	600	/* statements made 1995-2000 */
#define STOCK_BASE	900000	/* their children: C9 and 5 digits */
#define STOCK_SPAN	100000
#define STOCK_SPECIAL_PERMILLE 150	/* child at the special school */
#define STOCK_CEASED_PERMILLE 350	/* ceased since 2001 */
#define LEFT_PERMILLE	400	/* of those: left school */
#define RECENT_CEASED_PERMILLE 25	/* recent: ceased before leaving */
#define CEASE_AFTER_MIN	180	/* days from making to ceasing, at least */
#define OVERDUE_PERMILLE 120	/* reviews stopped: overdue */
#define OVERDUE_MIN	21	/* overdue: days past a year since the */
#define OVERDUE_MAX	240	/* last review, from and to */
#define REVIEW_EARLY_MAX 14	/* days a review is held before it is due */
#define LEAVE_MONTH	8	/* a school year ends on 31 August */
#define LEAVE_DAY	31

/* Tags of the generator streams of --banding and --statements, apart
 * from the export's, so that its draws stay as they were. */
#define STREAM_BANDING	0x62616e64696e6721ULL
#define STREAM_STATEMENTS 0x73746174656d6e74ULL
#define STREAM_STOCK	0x73746f636b313939ULL

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
#define BANDING_HEADER "Case Ref,Child Ref,School,NCY,Band," \
	"Annual Amount,Start Date,End Date,Status"
#define STATEMENT_HEADER "Case Ref,Child Ref,School,NCY," \
	"Date Statement Made,Last Annual Review,Date Ceased,Reason Ceased"
#define EXPORT_EOL	"\r\n"
#define POUND_SIGN	"\xc2\xa3"	/* the pound sign in UTF-8 */
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

/* The older stock of statements was made from stock_first to
 * stock_last; statements may have ceased from cease_first on. */
static const struct ymd stock_first = { 1995, 1, 2 };
static const struct ymd stock_last = { 2000, 12, 29 };
static const struct ymd cease_first = { 2001, 1, 2 };

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

/* Funding bands and their annual amounts, in pence. */
static const struct {
	const char *name;
	unsigned long pence;
} bands[] = {
	{ "Band A", 180000 }, { "Band B", 420000 }, { "Band C", 750000 },
	{ "Band D", 1100000 }
};

/* A child's first band, thousandths: lower when the request was refused
 * than when the child was assessed. */
static const unsigned band_weights[2][4] = {
	{ 450, 350, 150, 50 },	/* refused */
	{ 100, 300, 350, 250 }	/* note in lieu or no statement */
};

/*
 * The authority's policy, as examples/banding-policy.csv gives it: from
 * each financial year on, by the year it starts, the highest year group
 * with banded funding; the years before the first follow the first.
 */
static const struct {
	int year;
	int highest;
} band_policy[] = {
	{ 2004, 7 }, { 2005, 8 }, { 2006, 9 }
};

/*
 * The deliberate breaches of band_policy, the only ones: each funds, for
 * a financial year (by the year it starts), the first child who could
 * have banded funding but has none and is then in the year group given.
 */
static const struct {
	int fy;
	int year;
} breaches[] = {
	/* A Year 9 pupil in FY2005-06, when Year 8 is the highest. */
	{ 2005, 9 },
	/* A Year 10 pupil in FY2006-07, when Year 9 is the highest. */
	{ 2006, 10 }
};

/* The status of an allocation: past, current, or agreed for next year
 * (planned when the child's first). */
enum status {
	ST_ENDED,
	ST_ACTIVE,
	ST_AGREED,
	ST_PLANNED
};

static const char *const statuses[] = {
	[ST_ENDED] = "Ended", [ST_ACTIVE] = "Active",
	[ST_AGREED] = "Agreed", [ST_PLANNED] = "Planned"
};

/* How an amount is written, the same money each way. */
enum amount_form {
	AF_POUND,		/* the pound sign, then "1,800.00" */
	AF_BARE,		/* 1800 */
	AF_GROUPED,		/* "1,800.00" */
	AF_DECIMAL		/* 1800.00 */
};

enum band_fault {
	BF_NONE,
	BF_TBC,
	BF_BAND_E,
	BF_END_EARLY,
	BF_DUP_REF
};

/*
 * The deliberately bad rows of the banding export.  Each goes into the
 * first suitable row at or after the row given (data rows counted from 1,
 * so on line row + 1), never a breach's, so for a seed they sit at fixed
 * places; they are the only bad rows.
 */
static const struct {
	enum band_fault kind;
	size_t row;
} band_faults[] = {
	/* Annual Amount "TBC": agreed, the amount not yet keyed. */
	{ BF_TBC, 40 },
	/* Band "Band E": there are only bands A to D. */
	{ BF_BAND_E, 140 },
	/* End Date a year early (year mistyped), so before the Start Date. */
	{ BF_END_EARLY, 230 },
	/* Case Ref repeats the row before's, which starts on the same day;
	 * otherwise valid. */
	{ BF_DUP_REF, 320 }
};

#define TBC_TEXT	"TBC"
#define BAD_BAND	"Band E"

/* Why statements cease; Left school is for the end of the last school
 * year, the others are weighted for ceasing before it. */
enum reason {
	RS_NEEDS_MET,
	RS_MOVED,
	RS_LEFT,
	RS_TRANSFERRED,
	RS_OTHER
};

static const struct {
	const char *words;
	unsigned weight;
} reasons[] = {
	[RS_NEEDS_MET] = { "Needs met", 40 },
	[RS_MOVED] = { "Moved out of area", 30 },
	[RS_LEFT] = { "Left school", 0 },
	[RS_TRANSFERRED] = { "Transferred to another LA", 20 },
	[RS_OTHER] = { "Other", 10 }
};

enum stmt_fault {
	SF_NONE,
	SF_NO_REASON,
	SF_LOST,
	SF_EARLY_REVIEW
};

/* The deliberately bad rows of the statements, placed as band_faults[]
 * are. */
static const struct {
	enum stmt_fault kind;
	size_t row;
} stmt_faults[] = {
	/* Date Ceased given, Reason Ceased empty. */
	{ SF_NO_REASON, 120 },
	/* Reason Ceased "Lost", not a reason the authority records. */
	{ SF_LOST, 450 },
	/* Last Annual Review in the year before the statement was made
	 * (year mistyped), so before it. */
	{ SF_EARLY_REVIEW, 1200 }
};

#define LOST_REASON	"Lost"

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
	sen_day concluded;	/* a note in lieu or no statement decided */
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

/* A case of the export, kept for the records that follow from it. */
struct kept {
	unsigned long child;
	int school, ncy;
	sen_day request, final;
	sen_day ended;		/* the day refused, or assessed to a note
				 * in lieu or no statement */
	enum outcome outcome;
};

/* The cases of the export, in its order. */
struct book {
	struct kept *c;
	size_t n, size;
};

/* The children of the export, each by its last case. */
struct children {
	const struct book *b;
	size_t *last;		/* index in b of each child's last case */
	unsigned long n;
};

/* A banded-funding allocation: a child's funding in a financial year. */
struct alloc {
	unsigned long ref;	/* Case Ref number */
	unsigned long child;
	size_t seq;		/* the order made, to sort by last */
	int fy;			/* financial year, by the year it starts */
	sen_day start, end;
	int school, ncy, band;
	enum status status;
	enum amount_form form;
	int breach;		/* made for breaches[] */
	enum band_fault fault;
};

struct allocs {
	struct alloc *a;
	size_t n, size;
};

/* A statement. */
struct stmt {
	unsigned long ref;	/* Case Ref number */
	unsigned long child;	/* of the export, or of the stock */
	int stock;		/* made before 2001 */
	size_t seq;		/* the order made, to sort by last */
	int school, ncy;	/* on the day it was made */
	sen_day made;
	sen_day review, ceased;	/* SEN_NODATE for none */
	int reason;		/* index into reasons[], -1 for none */
	enum stmt_fault fault;
};

struct stmts {
	struct stmt *s;
	size_t n, size;
};

/* Buffered standard output, or nowhere when discard is set. */
struct out {
	int discard;
	size_t len;
	char buf[OUT_SIZE];
};

/* What to write. */
enum mode {
	MODE_EXPORT,		/* the assessment export */
	MODE_CANONICAL,		/* the canonical stream, for benchmarks */
	MODE_BANDING,		/* the banded-funding export */
	MODE_STATEMENTS		/* the statements maintained */
};

/* What the command line asks for. */
struct options {
	uint64_t seed;
	unsigned long rows;
	enum mode mode;
};

/* Reports a failed write to standard output and exits. */
static void
die_write(void)
{
	fprintf(stderr, "%s: standard output: %s\n", PROGNAME,
	    strerror(errno ? errno : EIO));
	exit(EXIT_FAILURE);
}

/* Writes out the buffer, unless it goes nowhere. */
static void
out_flush(struct out *o)
{
	if (!o->discard && o->len > 0 &&
	    fwrite(o->buf, 1, o->len, stdout) != o->len)
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

/* Returns any school of phase p, all equally likely. */
static int
any_school(struct gen *g, enum phase p)
{
	size_t i;
	unsigned long n, k;

	n = 0;
	for (i = 0; i < NELEM(schools); i++)
		n += schools[i].phase == p;
	k = rng_below(g, n);
	for (i = 0; i < NELEM(schools); i++)
		if (schools[i].phase == p && k-- == 0)
			break;
	return (int)i;
}

/* Returns a school for a child of phase p: now and then the special
 * school, otherwise any school of that phase. */
static int
pick_school(struct gen *g, enum phase p)
{
	if (chance(g, SPECIAL_PERMILLE))
		p = SPECIAL;
	return any_school(g, p);
}

/* Returns the index of one of the n entries at base, each size bytes
 * with its weight an unsigned int at offset off, drawn by weight. */
static int
pick_weighted(struct gen *g, const void *base, size_t n, size_t size,
    size_t off)
{
	const unsigned char *b = base;
	unsigned long total = 0, k;
	unsigned w;
	size_t i;

	for (i = 0; i < n; i++) {
		memcpy(&w, b + i * size + off, sizeof(w));
		total += w;
	}
	k = rng_below(g, total);
	for (i = 0;; i++) {
		memcpy(&w, b + i * size + off, sizeof(w));
		if (k < w)
			return (int)i;
		k -= w;
	}
}

/* Draws from the first n entries of a table with a weight member. */
#define PICK(g, table, n) pick_weighted((g), (table), (n), \
	sizeof((table)[0]), (size_t)((const char *)&(table)[0].weight - \
	(const char *)&(table)[0]))

/* Returns a year group, by the weights of ncys[]. */
static int
pick_ncy(struct gen *g)
{
	return PICK(g, ncys, NELEM(ncys));
}

/* Returns a lead service, by the weights of teams[]. */
static int
pick_team(struct gen *g)
{
	return PICK(g, teams, NELEM(teams));
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
		if (day <= g->asof) {
			c->outcome = chance(g, NOTE_PERMILLE) ? OUT_NOTE :
			    OUT_NO_STATEMENT;
			c->concluded = day;
		}
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
	c->concluded = SEN_NODATE;
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

/* Appends a case's first five fields and a comma: its reference with
 * digits digits, the child's in the form ids, school, year group and
 * team. */
static void
put_people(struct out *o, const struct gen *g, const struct sencase *c,
    int digits, const struct idform *ids)
{
	put_str(o, "SA");
	put_num(o, c->ref, digits);
	put_char(o, ',');
	put_child(o, g, ids, c->child);
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

	put_people(o, g, c, REF_DIGITS, &export_child);
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

/* Reports running out of memory and exits. */
static void
die_nomem(void)
{
	fprintf(stderr, "%s: out of memory\n", PROGNAME);
	exit(EXIT_FAILURE);
}

/* Returns array p of *size items of each bytes, n of them used, grown if
 * need be to hold one more. */
static void *
grow(void *p, size_t *size, size_t n, size_t each)
{
	size_t want;

	if (n < *size)
		return p;
	want = *size > 0 ? *size * 2 : GROW_FIRST;
	if (want > SIZE_MAX / each || (p = realloc(p, want * each)) == NULL)
		die_nomem();
	*size = want;
	return p;
}

/* Keeps what the records that follow from the export need of case c. */
static void
keep_case(struct book *b, const struct sencase *c)
{
	struct kept *k;

	b->c = grow(b->c, &b->size, b->n, sizeof(*b->c));
	k = &b->c[b->n++];
	k->child = c->child;
	k->school = c->school;
	k->ncy = c->ncy;
	k->request = c->request;
	k->final = c->final;
	k->outcome = c->outcome;
	k->ended = c->outcome == OUT_REFUSED ? c->decision : c->concluded;
}

/*
 * Writes one day's requests as export rows; ref is the next Case Ref.
 * Keeps each case in b too, unless b is NULL.
 */
static void
export_day(struct out *o, struct gen *g, sen_day day, int n,
    unsigned long *ref, struct book *b)
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
		if (b != NULL)
			keep_case(b, &c);
	}
}

/*
 * Writes the export made by generator g from seed, keeping its cases in b
 * unless b is NULL.  g is left as the export leaves it, to write its
 * Child Refs again.
 */
static void
run_export(struct out *o, struct gen *g, uint64_t seed, struct book *b)
{
	struct volume v;
	sen_day first, last, day;
	unsigned long ref;
	int n;

	gen_init(g, seed, day_of(&export_asof));
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
		n = requests_on(g, &v, day == first || day == last);
		export_day(o, g, day, n, &ref, b);
	}
}

/* Writes the export. */
static void
write_export(struct out *o, uint64_t seed)
{
	struct gen g;

	run_export(o, &g, seed, NULL);
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

	put_people(o, g, c, CANON_REF_DIGITS, &canon_child);
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

/* Makes the export again, writing nothing, to keep its cases in b; g is
 * left as the export leaves it. */
static void
replay_export(struct gen *g, uint64_t seed, struct book *b)
{
	static struct out none;

	none.discard = 1;
	memset(b, 0, sizeof(*b));
	run_export(&none, g, seed, b);
	none.len = 0;
}

/* Finds the children of the export in b, g having made it, each by its
 * last case. */
static void
find_children(struct children *ch, const struct book *b,
    const struct gen *g)
{
	size_t i;

	ch->b = b;
	ch->n = g->nchildren;
	if ((ch->last = calloc(ch->n, sizeof(*ch->last))) == NULL)
		die_nomem();
	for (i = 0; i < b->n; i++)
		ch->last[b->c[i].child] = i;
}

/* Returns the last case of child c. */
static const struct kept *
child_case(const struct children *ch, unsigned long c)
{
	return &ch->b->c[ch->last[c]];
}

/* Starts stream s from seed and tag, apart from the export's stream;
 * asof is the export date. */
static void
stream_init(struct gen *s, uint64_t seed, uint64_t tag, sen_day asof)
{
	memset(s, 0, sizeof(*s));
	s->rng = mix64(seed ^ tag);
	s->asof = asof;
}

/* Returns the school year day falls in, by the year it starts: school
 * years start on 1 September. */
static int
school_year(sen_day day)
{
	int y, m, d;

	sen_date_to_ymd(day, &y, &m, &d);
	return m >= 9 ? y : y - 1;
}

/* Returns the financial year day falls in, by the year it starts:
 * financial years start on 1 April. */
static int
fin_year(sen_day day)
{
	int y, m, d;

	sen_date_to_ymd(day, &y, &m, &d);
	return m >= 4 ? y : y - 1;
}

/* Returns 1 April of year y, the first day of a financial year. */
static sen_day
april(int y)
{
	return sen_date_from_ymd(y, 4, 1);
}

/* Returns the same day in year y (28 February for 29 February). */
static sen_day
same_day_in(sen_day day, int y)
{
	int oy, m, d;

	sen_date_to_ymd(day, &oy, &m, &d);
	if (!sen_date_valid(y, m, d))
		d--;
	return sen_date_from_ymd(y, m, d);
}

/* Returns the same day a year later (28 February for 29 February). */
static sen_day
year_after(sen_day day)
{
	return same_day_in(day, year_of(day) + 1);
}

/* Moves a day that falls at a weekend back to the Friday. */
static sen_day
prev_workday(sen_day day)
{
	int w;

	w = weekday(day);
	return w >= SATURDAY ? day - (w - SATURDAY + 1) : day;
}

/* Returns a day from first to last, both included. */
static sen_day
rng_day(struct gen *s, sen_day first, sen_day last)
{
	unsigned long span;

	span = (unsigned long)(last - first) + 1;
	return first + (sen_day)rng_below(s, span);
}

/* Returns the year group, an index into ncys[], of k's child on day: the
 * one at the request, moved on each 1 September. */
static int
ncy_on(const struct kept *k, sen_day day)
{
	return k->ncy + school_year(day) - school_year(k->request);
}

/* Appends a date as DD/MM/YYYY, or nothing for no date. */
static void
put_dmy(struct out *o, sen_day day)
{
	int y, m, d;

	if (day == SEN_NODATE)
		return;
	sen_date_to_ymd(day, &y, &m, &d);
	put_num(o, (unsigned long)d, DM_DIGITS);
	put_char(o, '/');
	put_num(o, (unsigned long)m, DM_DIGITS);
	put_char(o, '/');
	put_num(o, (unsigned long)y, YEAR_DIGITS);
}

/* Returns the highest year group with banded funding in financial year
 * fy, by the year it starts, as an index into ncys[]. */
static int
policy_highest(int fy)
{
	size_t i;
	int highest;

	highest = band_policy[0].highest;
	for (i = 0; i < NELEM(band_policy); i++)
		if (band_policy[i].year <= fy)
			highest = band_policy[i].highest;
	return NCY_YEAR(highest);
}

/* Returns 1 when k's child may have banded funding, the alternative to
 * a statement: its request was refused or assessed to a note in lieu or
 * no statement, and it is not at the special school. */
static int
band_eligible(const struct kept *k)
{
	return (k->outcome == OUT_REFUSED || k->outcome == OUT_NOTE ||
	    k->outcome == OUT_NO_STATEMENT) &&
	    schools[k->school].phase != SPECIAL;
}

/*
 * Returns the first day of a child's funding, its request having ended on
 * day ended: the next 1 April, the scheme's first at the earliest; now
 * and then 1 September or 1 January, when one comes sooner in a year of
 * the scheme.
 */
static sen_day
first_start(struct gen *s, sen_day ended)
{
	sen_day mid;
	int fy;

	fy = fin_year(ended) + 1;
	if (fy <= BAND_FIRST_FY)
		return april(BAND_FIRST_FY);
	if (!chance(s, MIDYEAR_PERMILLE))
		return april(fy);
	mid = sen_date_from_ymd(fy - 1, 9, 1);
	if (mid <= ended)
		mid = sen_date_from_ymd(fy, 1, 1);
	return mid > ended ? mid : april(fy);
}

/* Returns a child's first band, by band_weights[]. */
static int
first_band(struct gen *s, enum outcome out)
{
	const unsigned *w;
	unsigned long k;
	int i;

	w = band_weights[out != OUT_REFUSED];
	k = rng_below(s, PERMILLE);
	for (i = 0; k >= w[i]; i++)
		k -= w[i];
	return i;
}

/* Returns next year's band: now and then one higher or one lower. */
static int
next_band(struct gen *s, int band)
{
	unsigned long r;

	r = rng_below(s, PERMILLE);
	if (r < BAND_UP_PERMILLE && band + 1 < (int)NELEM(bands))
		return band + 1;
	if (r >= PERMILLE - BAND_DOWN_PERMILLE && band > 0)
		return band - 1;
	return band;
}

/* Returns how an amount is written: mostly with the pound sign. */
static enum amount_form
pick_form(struct gen *s)
{
	if (chance(s, POUND_PERMILLE))
		return AF_POUND;
	return (enum amount_form)rng_range(s, AF_BARE, AF_DECIMAL);
}

/* Returns the school of k's child in year group ncy: the school of the
 * request or, past primary school, a high school chosen once into *high
 * (-1 until then). */
static int
school_in(struct gen *s, const struct kept *k, int ncy, int *high)
{
	if (schools[k->school].phase != PRIMARY || ncys[ncy].phase == PRIMARY)
		return k->school;
	if (*high < 0)
		*high = any_school(s, HIGH);
	return *high;
}

/* Adds an allocation for k's child, from start to the end of its
 * financial year; first when it is the child's first.  The caller sets
 * its school and band. */
static struct alloc *
add_alloc(struct gen *s, struct allocs *as, const struct kept *k,
    sen_day start, int first)
{
	struct alloc *a;
	int now;

	as->a = grow(as->a, &as->size, as->n, sizeof(*as->a));
	a = &as->a[as->n];
	memset(a, 0, sizeof(*a));
	a->seq = as->n++;
	a->child = k->child;
	a->fy = fin_year(start);
	a->start = start;
	a->end = sen_date_from_ymd(a->fy + 1, 3, 31);
	a->ncy = ncy_on(k, start);
	a->form = pick_form(s);
	now = fin_year(s->asof);
	if (a->fy < now)
		a->status = ST_ENDED;
	else if (a->fy == now)
		a->status = ST_ACTIVE;
	else
		a->status = first ? ST_PLANNED : ST_AGREED;
	a->fault = BF_NONE;
	return a;
}

/*
 * Funds k's child each financial year from its first start while it is
 * in Reception to the highest year group the policy allows, until the
 * funding is not renewed.
 */
static void
band_child(struct gen *s, struct allocs *as, const struct kept *k)
{
	struct alloc *a;
	sen_day start;
	int band, high, first, ncy;

	start = first_start(s, k->ended);
	band = first_band(s, k->outcome);
	high = -1;
	first = 1;
	while (fin_year(start) <= BAND_LAST_FY) {
		ncy = ncy_on(k, start);
		if (ncy > policy_highest(fin_year(start)))
			break;
		if (ncy >= NCY_R) {
			a = add_alloc(s, as, k, start, first);
			a->school = school_in(s, k, ncy, &high);
			a->band = band;
			first = 0;
			if (!chance(s, RENEW_PERMILLE))
				break;
			band = next_band(s, band);
		}
		start = april(fin_year(start) + 1);
	}
}

/* Adds breaches[i], marking its child in banded; returns 0, or -1 when
 * no child fits. */
static int
add_breach(struct gen *s, struct allocs *as, const struct children *ch,
    char *banded, size_t i)
{
	const struct kept *k;
	struct alloc *a;
	unsigned long c;
	sen_day start;
	int high;

	start = april(breaches[i].fy);
	for (c = 0; c < ch->n; c++) {
		k = child_case(ch, c);
		if (banded[c] || !band_eligible(k) || k->ended >= start ||
		    ncy_on(k, start) != NCY_YEAR(breaches[i].year))
			continue;
		banded[c] = 1;
		high = -1;
		a = add_alloc(s, as, k, start, 1);
		a->school = school_in(s, k, a->ncy, &high);
		a->band = first_band(s, k->outcome);
		a->breach = 1;
		return 0;
	}
	return -1;
}

/* Makes the allocations: for some of the children who may have banded
 * funding, then the breaches of the policy. */
static void
make_allocs(struct gen *s, struct allocs *as, const struct children *ch)
{
	const struct kept *k;
	unsigned long c;
	char *banded;
	size_t i;

	if ((banded = calloc(ch->n, 1)) == NULL)
		die_nomem();
	for (c = 0; c < ch->n; c++) {
		k = child_case(ch, c);
		if (band_eligible(k) && chance(s, BANDED_PERMILLE)) {
			banded[c] = 1;
			band_child(s, as, k);
		}
	}
	for (i = 0; i < NELEM(breaches); i++)
		if (add_breach(s, as, ch, banded, i) == -1)
			fprintf(stderr, "%s: no child for breach %zu\n",
			    PROGNAME, i + 1);
	free(banded);
}

/* Orders allocations by financial year, start, then the order made. */
static int
alloc_cmp(const void *pa, const void *pb)
{
	const struct alloc *a, *b;

	a = pa;
	b = pb;
	if (a->fy != b->fy)
		return a->fy < b->fy ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

/* Returns 1 when fault f can be planted in allocation i of as. */
static int
band_fault_fits(enum band_fault f, const struct allocs *as, size_t i)
{
	const struct alloc *a, *prev;

	a = &as->a[i];
	if (a->breach || a->fault != BF_NONE)
		return 0;
	if (f != BF_DUP_REF)
		return 1;
	if (i == 0)
		return 0;
	prev = &as->a[i - 1];
	return !prev->breach && prev->fault == BF_NONE &&
	    prev->start == a->start;
}

/* Plants each of band_faults[] in the first allocation, in order, that
 * it fits at or after its row. */
static void
plant_band_faults(struct allocs *as)
{
	size_t f, i;

	for (f = 0; f < NELEM(band_faults); f++) {
		for (i = band_faults[f].row - 1; i < as->n; i++) {
			if (band_fault_fits(band_faults[f].kind, as, i)) {
				as->a[i].fault = band_faults[f].kind;
				break;
			}
		}
	}
}

/* Numbers the allocations in order, a repeated Case Ref taking the one
 * of the row before. */
static void
number_allocs(struct allocs *as)
{
	unsigned long ref;
	size_t i;

	ref = 0;
	for (i = 0; i < as->n; i++) {
		if (as->a[i].fault != BF_DUP_REF)
			ref++;
		as->a[i].ref = ref;
	}
}

/* Appends an amount of pence (under a million pounds) written in form,
 * quoted when it holds a comma. */
static void
put_amount(struct out *o, unsigned long pence, enum amount_form form)
{
	char buf[AMOUNT_MAX];
	unsigned long pounds, p;
	const char *sign;

	pounds = pence / PENCE;
	p = pence % PENCE;
	sign = form == AF_POUND ? POUND_SIGN : "";
	if (form == AF_BARE && p == 0)
		snprintf(buf, sizeof(buf), "%lu", pounds);
	else if (form == AF_BARE || form == AF_DECIMAL || pounds < 1000)
		snprintf(buf, sizeof(buf), "%s%lu.%02lu", sign, pounds, p);
	else
		snprintf(buf, sizeof(buf), "%s%lu,%03lu.%02lu", sign,
		    pounds / 1000, pounds % 1000, p);
	put_field(o, buf);
}

/* Appends an allocation as a row of the banding export. */
static void
put_alloc_row(struct out *o, const struct gen *g, const struct alloc *a)
{
	put_str(o, "BF");
	put_num(o, a->ref, REF_DIGITS);
	put_char(o, ',');
	put_child(o, g, &export_child, a->child);
	put_char(o, ',');
	put_field(o, schools[a->school].name);
	put_char(o, ',');
	put_str(o, ncys[a->ncy].name);
	put_char(o, ',');
	put_str(o, a->fault == BF_BAND_E ? BAD_BAND : bands[a->band].name);
	put_char(o, ',');
	if (a->fault == BF_TBC)
		put_str(o, TBC_TEXT);
	else
		put_amount(o, bands[a->band].pence, a->form);
	put_char(o, ',');
	put_dmy(o, a->start);
	put_char(o, ',');
	put_dmy(o, a->fault == BF_END_EARLY ? year_before(a->end) : a->end);
	put_char(o, ',');
	put_str(o, statuses[a->status]);
	put_str(o, EXPORT_EOL);
}

/* Writes the banded-funding export that goes with the export of seed. */
static void
write_banding(struct out *o, uint64_t seed)
{
	struct gen g, s;
	struct book b;
	struct children ch;
	struct allocs as;
	size_t i;

	replay_export(&g, seed, &b);
	find_children(&ch, &b, &g);
	stream_init(&s, seed, STREAM_BANDING, g.asof);
	memset(&as, 0, sizeof(as));
	make_allocs(&s, &as, &ch);
	if (as.n > 0)
		qsort(as.a, as.n, sizeof(*as.a), alloc_cmp);
	plant_band_faults(&as);
	number_allocs(&as);

	put_str(o, BANDING_HEADER EXPORT_EOL);
	for (i = 0; i < as.n; i++)
		put_alloc_row(o, &g, &as.a[i]);
	free(as.a);
	free(ch.last);
	free(b.c);
}

/* Returns the day a child in year group ncy on day, at school, leaves
 * it: the end of the school year of Year 11 or, at the special school,
 * Year 14; the end of this school year if it is already past that. */
static sen_day
leaving_day(int school, int ncy, sen_day day)
{
	int last;

	last = NCY_YEAR(schools[school].phase == SPECIAL ?
	    LAST_YEAR_SPECIAL : LAST_YEAR);
	if (ncy > last)
		ncy = last;
	return sen_date_from_ymd(school_year(day) + last - ncy + 1,
	    LEAVE_MONTH, LEAVE_DAY);
}

/* Returns a reason for ceasing before leaving school, by the weights of
 * reasons[]. */
static int
pick_reason(struct gen *s)
{
	return PICK(s, reasons, NELEM(reasons));
}

/* Returns a year group, by the weights of ncys[], no later than index
 * hi. */
static int
pick_ncy_upto(struct gen *s, int hi)
{
	if (hi < 0)
		hi = 0;
	if (hi >= (int)NELEM(ncys))
		hi = (int)NELEM(ncys) - 1;
	return PICK(s, ncys, (size_t)hi + 1);
}

/* Adds a statement, not yet reviewed or ceased. */
static struct stmt *
add_stmt(struct stmts *ss)
{
	struct stmt *st;

	ss->s = grow(ss->s, &ss->size, ss->n, sizeof(*ss->s));
	st = &ss->s[ss->n];
	memset(st, 0, sizeof(*st));
	st->seq = ss->n++;
	st->review = st->ceased = SEN_NODATE;
	st->reason = -1;
	st->fault = SF_NONE;
	return st;
}

/* Ceases st, for a reason other than leaving school, at least
 * CEASE_AFTER_MIN days after it was made, from cease_first to the export
 * date; not when that leaves no day. */
static void
cease_early(struct gen *s, struct stmt *st)
{
	sen_day first;

	first = st->made + CEASE_AFTER_MIN;
	if (first < day_of(&cease_first))
		first = day_of(&cease_first);
	if (first > s->asof)
		return;
	st->ceased = prev_workday(rng_day(s, first, s->asof));
	st->reason = pick_reason(s);
}

/*
 * Sets the last annual review of st: the latest held on or before the
 * day it ceased or the export date, none while it is under a year old.
 * A review falls due a year after the statement was made, then a year
 * after the review before, and is held up to REVIEW_EARLY_MAX days early
 * (before a weekend, on the Friday), never late; but the reviews of an
 * overdue statement, one still maintained, stopped more than a year
 * before the export date.
 */
static void
set_review(struct gen *s, struct stmt *st)
{
	sen_day limit, day;

	limit = st->ceased != SEN_NODATE ? st->ceased : s->asof;
	if (st->ceased == SEN_NODATE && chance(s, OVERDUE_PERMILLE)) {
		day = s->asof - DAYS_PER_YEAR - rng_range(s, OVERDUE_MIN,
		    OVERDUE_MAX);
		if (year_after(st->made) <= day)
			limit = day;
	}
	if (year_after(st->made) > s->asof)
		return;
	day = st->made;
	for (;;) {
		day = prev_workday(year_after(day) -
		    (sen_day)rng_below(s, REVIEW_EARLY_MAX + 1));
		if (day > limit)
			break;
		st->review = day;
	}
}

/* Adds the statement made for k's child on its final statement date:
 * ceased when the child has left school since, now and then ceased
 * before. */
static void
recent_statement(struct gen *s, struct stmts *ss, const struct kept *k)
{
	struct stmt *st;
	sen_day leave;

	st = add_stmt(ss);
	st->child = k->child;
	st->school = k->school;
	st->made = k->final;
	st->ncy = ncy_on(k, k->final);
	if (st->ncy >= (int)NELEM(ncys))
		st->ncy = (int)NELEM(ncys) - 1;	/* past Year 14: kept in it */
	leave = leaving_day(st->school, st->ncy, st->made);
	if (leave <= s->asof) {
		st->ceased = leave;
		st->reason = RS_LEFT;
	} else if (chance(s, RECENT_CEASED_PERMILLE)) {
		cease_early(s, st);
	}
	set_review(s, st);
}

/* Returns which numbers of the older stock's children are taken: those
 * of the export's children whose refs, C9 and five digits, look alike. */
static unsigned char *
stock_taken(const struct gen *g)
{
	unsigned char *taken;
	unsigned long c, n;

	if ((taken = calloc(STOCK_SPAN, 1)) == NULL)
		die_nomem();
	for (c = 0; c < g->nchildren; c++) {
		n = export_child.base + scatter(g, &export_child, c);
		if (n >= STOCK_BASE)
			taken[n - STOCK_BASE] = 1;
	}
	return taken;
}

/* Returns a number for a child of the older stock not yet taken, and
 * takes it. */
static unsigned long
stock_child(struct gen *s, unsigned char *taken)
{
	unsigned long n;

	do
		n = rng_below(s, STOCK_SPAN);
	while (taken[n]);
	taken[n] = 1;
	return n;
}

/*
 * Adds a statement of the older stock, made from stock_first to
 * stock_last and still maintained in 2001: maintained at the export date,
 * the child still at school then; or ceased since 2001, at the end of the
 * child's last school year (Left school) or before it for another reason.
 * The child's year group when it was made is picked to fit.
 */
static void
stock_statement(struct gen *s, struct stmts *ss, unsigned char *taken)
{
	struct stmt *st;
	int special, last, y;

	st = add_stmt(ss);
	st->stock = 1;
	st->child = stock_child(s, taken);
	st->made = prev_workday(rng_day(s, day_of(&stock_first),
	    day_of(&stock_last)));
	special = chance(s, STOCK_SPECIAL_PERMILLE);
	last = NCY_YEAR(special ? LAST_YEAR_SPECIAL : LAST_YEAR);
	if (!chance(s, STOCK_CEASED_PERMILLE)) {
		st->ncy = pick_ncy_upto(s, last - (school_year(s->asof) -
		    school_year(st->made)));
	} else if (chance(s, LEFT_PERMILLE)) {
		y = rng_range(s, cease_first.y, school_year(s->asof));
		st->ncy = last - (y - 1 - school_year(st->made));
		st->ceased = sen_date_from_ymd(y, LEAVE_MONTH, LEAVE_DAY);
		st->reason = RS_LEFT;
	} else {
		cease_early(s, st);
		st->ncy = pick_ncy_upto(s, last - (school_year(st->ceased) -
		    school_year(st->made)));
	}
	st->school = any_school(s, special ? SPECIAL : ncys[st->ncy].phase);
	set_review(s, st);
}

/* Orders statements by the day made, then the order made. */
static int
stmt_cmp(const void *pa, const void *pb)
{
	const struct stmt *a, *b;

	a = pa;
	b = pb;
	if (a->made != b->made)
		return a->made < b->made ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

/* Returns 1 when fault f can be planted in statement st. */
static int
stmt_fault_fits(enum stmt_fault f, const struct stmt *st)
{
	if (st->fault != SF_NONE)
		return 0;
	if (f == SF_EARLY_REVIEW)
		return st->review != SEN_NODATE;
	return st->ceased != SEN_NODATE;
}

/* Plants each of stmt_faults[] in the first statement, in order, that it
 * fits at or after its row. */
static void
plant_stmt_faults(struct stmts *ss)
{
	size_t f, i;

	for (f = 0; f < NELEM(stmt_faults); f++) {
		for (i = stmt_faults[f].row - 1; i < ss->n; i++) {
			if (stmt_fault_fits(stmt_faults[f].kind, &ss->s[i])) {
				ss->s[i].fault = stmt_faults[f].kind;
				break;
			}
		}
	}
}

/* Appends a statement as a row of the statements export. */
static void
put_stmt_row(struct out *o, const struct gen *g, const struct stmt *st)
{
	put_str(o, "ST");
	put_num(o, st->ref, REF_DIGITS);
	put_char(o, ',');
	if (st->stock) {
		put_char(o, 'C');
		put_num(o, STOCK_BASE + st->child, export_child.width);
	} else {
		put_child(o, g, &export_child, st->child);
	}
	put_char(o, ',');
	put_field(o, schools[st->school].name);
	put_char(o, ',');
	put_str(o, ncys[st->ncy].name);
	put_char(o, ',');
	put_dmy(o, st->made);
	put_char(o, ',');
	if (st->fault == SF_EARLY_REVIEW)
		put_dmy(o, same_day_in(st->review, year_of(st->made) - 1));
	else
		put_dmy(o, st->review);
	put_char(o, ',');
	put_dmy(o, st->ceased);
	put_char(o, ',');
	if (st->fault == SF_LOST)
		put_str(o, LOST_REASON);
	else if (st->fault != SF_NO_REASON && st->reason >= 0)
		put_str(o, reasons[st->reason].words);
	put_str(o, EXPORT_EOL);
}

/* Writes the statements that go with the export of seed: the older
 * stock, then one for each final statement of the export, by the day
 * made. */
static void
write_statements(struct out *o, uint64_t seed)
{
	struct gen g, s;
	struct book b;
	struct stmts ss;
	unsigned char *taken;
	size_t i;

	replay_export(&g, seed, &b);
	memset(&ss, 0, sizeof(ss));
	taken = stock_taken(&g);
	stream_init(&s, seed, STREAM_STOCK, g.asof);
	for (i = 0; i < STOCK_SIZE; i++)
		stock_statement(&s, &ss, taken);
	stream_init(&s, seed, STREAM_STATEMENTS, g.asof);
	for (i = 0; i < b.n; i++)
		if (b.c[i].outcome == OUT_STATEMENT)
			recent_statement(&s, &ss, &b.c[i]);
	if (ss.n > 0)
		qsort(ss.s, ss.n, sizeof(*ss.s), stmt_cmp);
	plant_stmt_faults(&ss);

	put_str(o, STATEMENT_HEADER EXPORT_EOL);
	for (i = 0; i < ss.n; i++) {
		ss.s[i].ref = i + 1;
		put_stmt_row(o, &g, &ss.s[i]);
	}
	free(taken);
	free(ss.s);
	free(b.c);
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
	    "       " PROGNAME " --banding [-s seed]\n"
	    "       " PROGNAME " --statements [-s seed]\n"
	    "       " PROGNAME " --canonical [-n rows] [-s seed]\n"
	    "Writes made-up SEN case records as CSV to standard output.\n"
	    "  -s, --seed=SEED   seed of the generator (default 2005)\n"
	    "  -b, --banding     banded funding of the export's children\n"
	    "  -t, --statements  statements: the export's and older ones\n"
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

/* Sets what to write, unless something else was asked for. */
static void
set_mode(struct options *opt, enum mode mode)
{
	if (opt->mode != MODE_EXPORT && opt->mode != mode)
		bad_usage("--banding, --statements and --canonical exclude "
		    "each other", NULL);
	opt->mode = mode;
}

/* Reads the command line into *opt; answers --help and --version, and
 * exits on a usage error. */
static void
parse_args(int argc, char *argv[], struct options *opt)
{
	static const struct option longopts[] = {
		{ "banding", no_argument, NULL, 'b' },
		{ "canonical", no_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ "rows", required_argument, NULL, 'n' },
		{ "seed", required_argument, NULL, 's' },
		{ "statements", no_argument, NULL, 't' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	unsigned long long v;
	int ch, rows_given;

	rows_given = 0;
	while ((ch = getopt_long(argc, argv, "bchn:s:tV", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'b':
			set_mode(opt, MODE_BANDING);
			break;
		case 'c':
			set_mode(opt, MODE_CANONICAL);
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
		case 't':
			set_mode(opt, MODE_STATEMENTS);
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
	if (rows_given && opt->mode != MODE_CANONICAL)
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
	opt.mode = MODE_EXPORT;
	parse_args(argc, argv, &opt);

	switch (opt.mode) {
	case MODE_CANONICAL:
		write_canonical(&o, opt.seed, opt.rows);
		break;
	case MODE_BANDING:
		write_banding(&o, opt.seed);
		break;
	case MODE_STATEMENTS:
		write_statements(&o, opt.seed);
		break;
	default:
		write_export(&o, opt.seed);
		break;
	}
	finish(&o);
	return 0;
}
