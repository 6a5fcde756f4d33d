/*
 * sen_report.c: the monitoring report's model, shared by every format,
 * and the report as plain text or Markdown.
 *
 * The report holds a headline table of the period reported on, a trend
 * table of the periods up to it, a table per group when the measures
 * were counted by group, and notes that define each figure.  Everything
 * shown comes from the measures rows; nothing is computed again here
 * except the choice of rows, which counts are too small to show, and
 * whether a missed target was missed by no more than the amber margin.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "sen.h"
#include "sen_report.h"
#include "sen_sections.h"
#include "sen_target.h"

#define MAXCOLS SEN_TABLE_COLS	/* so that a sen_table's cells fit */
#define CELL SEN_REPORT_CELL

const char *const sen_measure_columns[SEN_M_NCOLS] = {
	"period", "by", "group", "measure", "numerator", "denominator",
	"value", "target", "status"
};

const char *const sen_report_headline[SEN_REPORT_NHEAD] = {
	"on_time_all", "on_time_ex", "requests", "requests_vs_baseline",
	"issued"
};

const struct sen_report_col sen_report_trend_cols[SEN_REPORT_NTREND] = {
	{ "requests", "Requests" }, { "issued", "Issued" },
	{ "on_time_all", "Within, all" }, { "on_time_ex", "Within, excl." },
	{ "requests_vs_baseline", "Historical level" }
};

static const char *const months[] = { "January", "February", "March",
	"April", "May", "June", "July", "August", "September", "October",
	"November", "December" };

/* Words for the target operators, in the order of enum sen_op. */
static const char *const op_words[] = { "at least", "at most", "above",
	"below", "exactly" };

/* A table being laid out. */
struct table {
	size_t ncols, nrows, cap;
	const char *head[MAXCOLS];
	int right[MAXCOLS];	/* right-aligned columns */
	sen_row *cell;
};

/* Sets the defaults. */
void
sen_report_init(struct sen_report *r)
{
	memset(r, 0, sizeof(*r));
	r->title = "Statutory assessment monitoring report";
	r->regime = 2001;
	r->limit = 18;
	r->as_of = SEN_NODATE;
	r->trend = 10;
}

/* Keeps a copy of a measures row. */
int
sen_report_add(struct sen_report *r, const char *const *fields)
{
	struct sen_mrow *row;
	void *nr;
	size_t i;

	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 64;
		if ((nr = realloc(r->rows, r->cap * sizeof(*r->rows))) == NULL)
			return SEN_ENOMEM;
		r->rows = nr;
	}
	row = &r->rows[r->n];
	if (sen_period_parse(fields[SEN_M_PERIOD], &row->period) != SEN_OK)
		return SEN_ESYNTAX;
	for (i = 0; i < SEN_M_NCOLS; i++) {
		if ((row->f[i] = strdup(fields[i])) == NULL) {
			while (i-- > 0)
				free(row->f[i]);
			return SEN_ENOMEM;
		}
	}
	r->n++;
	return SEN_OK;
}

/* Frees the rows. */
void
sen_report_free(struct sen_report *r)
{
	size_t i, k;

	for (i = 0; i < r->n; i++)
		for (k = 0; k < SEN_M_NCOLS; k++)
			free(r->rows[i].f[k]);
	free(r->rows);
	r->rows = NULL;
	r->n = r->cap = 0;
}

/* Returns 1 when a and b are the same period, of the same kind. */
static int
same_period(const struct sen_period *a, const struct sen_period *b)
{
	return sen_period_cmp(a, b) == 0 && a->kind == b->kind;
}

/* Chooses the period reported on. */
int
sen_report_choose(struct sen_report *r, const char *label)
{
	struct sen_period want, best;
	size_t i;
	int found = 0;

	if (label != NULL && sen_period_parse(label, &want) != SEN_OK)
		return SEN_EUNKNOWN;
	for (i = 0; i < r->n; i++) {
		const struct sen_period *p = &r->rows[i].period;

		if (label != NULL) {
			if (!same_period(p, &want))
				continue;
		} else if (r->as_of != SEN_NODATE &&
		    sen_period_last(p) >= r->as_of) {
			continue;
		}
		if (!found || sen_period_cmp(p, &best) > 0)
			best = *p;
		found = 1;
	}
	if (!found)
		return label != NULL ? SEN_EUNKNOWN : SEN_EEMPTY;
	r->period = best;
	return SEN_OK;
}

/* Finds the row of a measure for a group in the period p. */
const struct sen_mrow *
sen_report_find(const struct sen_report *r, const struct sen_period *p,
    const char *by, const char *group, const char *measure)
{
	const struct sen_mrow *row;
	size_t i;

	for (i = 0; i < r->n; i++) {
		row = &r->rows[i];
		if (same_period(&row->period, p) &&
		    strcmp(row->f[SEN_M_MEASURE], measure) == 0 &&
		    strcmp(row->f[SEN_M_BY], by) == 0 &&
		    strcmp(row->f[SEN_M_GROUP], group) == 0)
			return row;
	}
	return NULL;
}

/* Returns 1 when the stream holds a measure at all. */
int
sen_report_has(const struct sen_report *r, const char *measure)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (strcmp(r->rows[i].f[SEN_M_MEASURE], measure) == 0)
			return 1;
	return 0;
}

/* Returns 1 for measures that are percentages. */
int
sen_report_is_pct(const char *measure)
{
	return strcmp(measure, "on_time_all") == 0 ||
	    strcmp(measure, "on_time_ex") == 0 ||
	    strcmp(measure, "requests_vs_baseline") == 0;
}

/* Returns the operator a target starts with (an enum sen_op) and its
 * length in *len, or -1 when it starts with none. */
static int
target_op(const char *t, size_t *len)
{
	int k;

	for (k = SEN_OP_GE; k <= SEN_OP_EQ; k++) {
		*len = strlen(sen_op_name((enum sen_op)k));
		if (strncmp(t, sen_op_name((enum sen_op)k), *len) == 0)
			return k;
	}
	return -1;
}

/* Parses a target into its operator and tenths. */
int
sen_report_target_parse(const char *target, int *op, long long *tenths)
{
	size_t len;

	if ((*op = target_op(target, &len)) < 0 ||
	    sen_tenths_parse(target + len, tenths) != SEN_OK)
		return SEN_ESYNTAX;
	return SEN_OK;
}

/* The words for an operator. */
const char *
sen_report_op_words(int op)
{
	return op >= SEN_OP_GE && op <= SEN_OP_EQ ? op_words[op] : "";
}

/* Writes a target such as ">=90" as "at least 90%". */
char *
sen_report_target_words(const char *t, int pct, char *buf)
{
	size_t len;
	int op;

	buf[0] = '\0';
	if ((op = target_op(t, &len)) >= 0)
		snprintf(buf, CELL, "%s %.20s%s", op_words[op], t + len,
		    pct ? "%" : "");
	return buf;
}

/* Writes a day as "1 July 2005". */
void
sen_report_date(sen_day day, char *buf, size_t n)
{
	int y, m, d;

	sen_date_to_ymd(day, &y, &m, &d);
	snprintf(buf, n, "%d %s %d", d, months[m - 1], y);
}

/* Describes a measure for the headline table. */
char *
sen_report_describe(const struct sen_report *r, const char *measure,
    char *buf)
{
	if (strcmp(measure, "on_time_all") == 0)
		snprintf(buf, CELL, "Within %d weeks, exceptions included",
		    r->limit);
	else if (strcmp(measure, "on_time_ex") == 0)
		snprintf(buf, CELL, "Within %d weeks, exceptions left out",
		    r->limit);
	else if (strcmp(measure, "requests") == 0)
		snprintf(buf, CELL, "Requests for assessment");
	else if (strcmp(measure, "requests_vs_baseline") == 0)
		snprintf(buf, CELL, "Requests, %% of historical level");
	else if (strcmp(measure, "issued") == 0)
		snprintf(buf, CELL, "%s issued", r->regime == 2014 ?
		    "EHC plans" : "Proposed statements");
	else
		snprintf(buf, CELL, "%.60s", measure);
	return buf;
}

/* Returns 1 when a count is below the suppression threshold. */
int
sen_report_hides(const struct sen_report *r, const char *count)
{
	long long tenths;

	return r->suppress > 0 && *count != '\0' &&
	    sen_tenths_parse(count, &tenths) == SEN_OK &&
	    tenths < 10LL * r->suppress;
}

/* Returns 1 when a row's figure is built on a count too small to show. */
int
sen_report_hides_row(const struct sen_report *r, const struct sen_mrow *row)
{
	if (sen_report_is_money(row->f[SEN_M_MEASURE]))
		return 0;	/* an amount is no count of children */
	return sen_report_hides(r, row->f[SEN_M_NUM]) ||
	    sen_report_hides(r, row->f[SEN_M_DEN]);
}

/* Writes what a row's figure shows: "97.0%", "122", "c" or "-". */
char *
sen_report_figure(const struct sen_report *r, const struct sen_mrow *row,
    char *buf)
{
	if (row != NULL && sen_report_hides_row(r, row))
		strcpy(buf, "c");
	else if (row == NULL || *row->f[SEN_M_VALUE] == '\0')
		strcpy(buf, "-");
	else
		snprintf(buf, CELL, "%.20s%s", row->f[SEN_M_VALUE],
		    sen_report_is_pct(row->f[SEN_M_MEASURE]) ? "%" : "");
	return buf;
}

/* What a count shows. */
const char *
sen_report_count(const struct sen_report *r, const char *count)
{
	return sen_report_hides(r, count) ? "c" : count;
}

/*
 * Returns 1 when a missed percentage is within the amber margin of its
 * target.  The figure is 100 * numerator / denominator, compared exactly
 * with the target moved by the margin towards it.
 */
static int
near_miss(const struct sen_report *r, const struct sen_mrow *row)
{
	struct sen_target lo, hi;
	long long num, den;
	int op, ok_lo, ok_hi;

	memset(&lo, 0, sizeof(lo));
	memset(&hi, 0, sizeof(hi));
	if (r->amber <= 0 || !sen_report_is_pct(row->f[SEN_M_MEASURE]) ||
	    sen_tenths_parse(row->f[SEN_M_NUM], &num) != SEN_OK ||
	    sen_tenths_parse(row->f[SEN_M_DEN], &den) != SEN_OK ||
	    den == 0 || num > LLONG_MAX / 100 ||
	    sen_report_target_parse(row->f[SEN_M_TARGET], &op,
	    &lo.tenths) != SEN_OK)
		return 0;
	lo.op = SEN_OP_GE;
	hi.op = SEN_OP_LE;
	hi.tenths = lo.tenths + r->amber;
	lo.tenths -= r->amber;
	ok_lo = sen_target_met(&lo, 100 * num, den);
	ok_hi = sen_target_met(&hi, 100 * num, den);
	if (op == SEN_OP_GE || op == SEN_OP_GT)
		return ok_lo;
	if (op == SEN_OP_LE || op == SEN_OP_LT)
		return ok_hi;
	return ok_lo && ok_hi;
}

/* Returns the red, amber or green status of a row; none for a figure
 * shown as "c", as met or missed would tell something of it. */
int
sen_report_rag(const struct sen_report *r, const struct sen_mrow *row)
{
	if (row == NULL || sen_report_hides_row(r, row))
		return SEN_RAG_NONE;
	if (strcmp(row->f[SEN_M_STATUS], "met") == 0)
		return SEN_RAG_MET;
	if (strcmp(row->f[SEN_M_STATUS], "missed") != 0)
		return SEN_RAG_NONE;
	return near_miss(r, row) ? SEN_RAG_NEAR : SEN_RAG_MISSED;
}

/* The word for a status. */
const char *
sen_report_rag_word(int rag)
{
	static const char *const words[] = { "", "met", "near miss",
	    "missed" };

	return rag >= SEN_RAG_NONE && rag <= SEN_RAG_MISSED ? words[rag] :
	    "";
}

/* Orders periods for the trend table. */
static int
period_order(const void *a, const void *b)
{
	return sen_period_cmp(a, b);
}

/* Collects the trend table's periods. */
int
sen_report_periods(const struct sen_report *r, struct sen_period **out,
    size_t *np)
{
	struct sen_period *p;
	size_t i, j, n = 0;

	if ((p = malloc(r->n * sizeof(*p) + 1)) == NULL)
		return SEN_ENOMEM;
	for (i = 0; i < r->n; i++) {
		const struct sen_period *q = &r->rows[i].period;

		if (q->kind != r->period.kind ||
		    sen_period_cmp(q, &r->period) > 0)
			continue;
		for (j = 0; j < n && sen_period_cmp(&p[j], q) != 0; j++)
			;
		if (j == n)
			p[n++] = *q;
	}
	qsort(p, n, sizeof(*p), period_order);
	if (n > r->trend) {
		memmove(p, p + n - r->trend, r->trend * sizeof(*p));
		n = r->trend;
	}
	*out = p;
	*np = n;
	return SEN_OK;
}

/* Returns the number a chart plots from a row, or -1. */
double
sen_report_plot(const struct sen_report *r, const struct sen_mrow *row,
    enum sen_plot what)
{
	long long tenths;
	int op;

	if (row == NULL)
		return -1;
	if (what == SEN_PLOT_TARGET)
		return sen_report_target_parse(row->f[SEN_M_TARGET], &op,
		    &tenths) == SEN_OK ? (double)tenths / 10 : -1;
	if (what == SEN_PLOT_DEN)
		return sen_report_hides(r, row->f[SEN_M_DEN]) ||
		    sen_tenths_parse(row->f[SEN_M_DEN], &tenths) != SEN_OK ?
		    -1 : (double)tenths / 10;
	if (sen_report_hides_row(r, row) ||
	    sen_tenths_parse(row->f[SEN_M_VALUE], &tenths) != SEN_OK)
		return -1;
	return (double)tenths / 10;
}

/* Collects the distinct values of a column, "all" left out. */
size_t
sen_report_distinct(const struct sen_report *r, int col, const char **out,
    size_t max)
{
	size_t i, j, n = 0;

	for (i = 0; i < r->n && n < max; i++) {
		const char *v = r->rows[i].f[col];

		if (strcmp(v, "all") == 0)
			continue;
		for (j = 0; j < n && strcmp(out[j], v) != 0; j++)
			;
		if (j == n)
			out[n++] = v;
	}
	return n;
}

/* Steps through the groups of one column in the period reported on. */
const struct sen_mrow *
sen_report_group(const struct sen_report *r, const char *by, size_t *i)
{
	const struct sen_mrow *row;

	while (*i < r->n) {
		row = &r->rows[(*i)++];
		if (strcmp(row->f[SEN_M_BY], by) == 0 &&
		    strcmp(row->f[SEN_M_MEASURE], "requests") == 0 &&
		    same_period(&row->period, &r->period))
			return row;
	}
	return NULL;
}

/* Writes tenths of a point as "2" or "2.5". */
static void
points(long long tenths, char *buf, size_t n)
{
	if (tenths % 10 == 0)
		snprintf(buf, n, "%lld", tenths / 10);
	else
		snprintf(buf, n, "%lld.%lld", tenths / 10, tenths % 10);
}

/* The note on the time limit. */
static int
note_limit(const struct sen_report *r, char *buf, size_t n)
{
	int r14 = r->regime == 2014;

	snprintf(buf, n, "Within %d weeks: the %s was issued no more than "
	    "%d days (%d weeks of 7 days) after the request for statutory "
	    "assessment was received. %s", r->limit, r14 ?
	    "final EHC plan" : "proposed statement", 7 * r->limit, r->limit,
	    r14 ? "Time limits of the Special Educational Needs and "
	    "Disability Regulations 2014, regulation 13." : "Time limits of "
	    "the Education (Special Educational Needs) (England) "
	    "(Consolidation) Regulations 2001 and the SEN Code of Practice.");
	return 1;
}

/* The note on exceptions. */
static int
note_exceptions(const struct sen_report *r, char *buf, size_t n)
{
	int r14 = r->regime == 2014;

	snprintf(buf, n, "Exceptions: a case is excepted when any of the "
	    "exceptions to the time limits (%s) applied. \"Exceptions "
	    "included\" counts every case issued in the period; \"exceptions "
	    "left out\" drops the excepted cases from both numerator and "
	    "denominator%s.", r14 ? "regulation 10(4) of the 2014 "
	    "regulations" : "regulation 12 of the 2001 regulations",
	    r14 ? "" : ", as in BVPI 43a (left out) and 43b (included)");
	return 1;
}

/* The note on the amber status, when there is a margin. */
static int
note_status(const struct sen_report *r, char *buf, size_t n)
{
	char p[32];

	points(r->amber, p, sizeof(p));
	snprintf(buf, n, "Status: met (green) when the figure meets its "
	    "target; near miss (amber) when a percentage misses it by no "
	    "more than %s percentage point%s, the exact figure compared; "
	    "missed (red) otherwise.", p, r->amber == 10 ? "" : "s");
	return r->amber > 0;
}

/* The note on suppression, when counts are suppressed. */
static int
note_suppress(const struct sen_report *r, char *buf, size_t n)
{
	snprintf(buf, n, "Counts below %ld are shown as c, with any "
	    "percentage built on them; such a percentage is given no "
	    "status, and c does not mean zero. A hidden count may still be "
	    "worked out from a total and the other groups.", r->suppress);
	return r->suppress > 0;
}

/* A note's "needs" when it defines the assessment measures: it applies
 * when the stream holds any of them. */
static const char ASSESSMENTS[] = "*assessments";

/* The notes, in order: each written by a function that says whether it
 * applies, or a text that applies when the stream has a measure. */
static const struct note {
	int (*write)(const struct sen_report *, char *, size_t);
	const char *text;
	const char *needs;	/* NULL: always; ASSESSMENTS: see below */
} note_list[] = {
	{ note_limit, NULL, ASSESSMENTS },
	{ note_exceptions, NULL, ASSESSMENTS },
	{ NULL, "Periods: requests are counted in the period in which the "
	    "request was received; issued cases and the shares within the "
	    "limit in the period in which the clock stopped.", ASSESSMENTS },
	{ NULL, "Historical level: requests in the period as a percentage "
	    "of the average number of requests per period of the same "
	    "length over the baseline years; the denominator shown is that "
	    "average.", "requests_vs_baseline" },
	{ NULL, "Rounding: percentages are rounded to one decimal place, "
	    "halves away from zero. Met or missed compares the exact figure "
	    "with the target, before rounding.", NULL },
	{ note_status, NULL, NULL },
	{ note_suppress, NULL, NULL }
};

int
sen_report_is_money(const char *measure)
{
	return strcmp(measure, "banded_amount") == 0 ||
	    strcmp(measure, "committed_next") == 0;
}

int
sen_report_assessments(const struct sen_report *r)
{
	size_t i;

	for (i = 0; i < SEN_REPORT_NHEAD; i++)
		if (sen_report_has(r, sen_report_headline[i]))
			return 1;
	return 0;
}

/* Writes note number i. */
int
sen_report_note(const struct sen_report *r, size_t i, char *buf, size_t n)
{
	const struct note *nt;
	size_t k;
	int applies;

	for (k = 0; k < sizeof(note_list) / sizeof(note_list[0]); k++) {
		nt = &note_list[k];
		if (nt->needs == ASSESSMENTS && !sen_report_assessments(r))
			continue;
		if (nt->write != NULL) {
			applies = nt->write(r, buf, n);
		} else {
			snprintf(buf, n, "%s", nt->text);
			applies = nt->needs == NULL || nt->needs == ASSESSMENTS ||
			    sen_report_has(r, nt->needs);
		}
		if (applies && i-- == 0)
			return 1;
	}
	return 0;
}

/* Writes the line that explains the marks in the trend table. */
void
sen_report_marks(const struct sen_report *r, char *buf, size_t n)
{
	char p[32];
	size_t i;

	buf[0] = '\0';
	for (i = 0; i < r->n && *r->rows[i].f[SEN_M_TARGET] == '\0'; i++)
		;
	if (i == r->n)
		return;		/* no targets, nothing marked */
	points(r->amber, p, sizeof(p));
	if (r->amber > 0)
		snprintf(buf, n, "A figure marked ! missed its target; one "
		    "marked ~ missed it by no more than %s percentage "
		    "point%s.", p, r->amber == 10 ? "" : "s");
	else
		snprintf(buf, n, "A figure marked ! missed its target.");
}

/*
 * Plain text and Markdown.
 */

/* Adds an empty row to a table.  Returns it, or NULL. */
static char (*add_row(struct table *t))[CELL]
{
	return sen_rows_add(&t->cell, &t->nrows, &t->cap);
}

/* Copies s into a cell, cut short with "..." when it will not fit, and
 * never inside a UTF-8 character. */
static void
set_cell(char *cell, const char *s)
{
	size_t n = strlen(s);

	if (n < CELL) {
		memcpy(cell, s, n + 1);
		return;
	}
	n = CELL - 4;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	memcpy(cell, s, n);
	strcpy(cell + n, "...");
}

/* Display width of a UTF-8 string: its bytes less continuation bytes. */
static size_t
width(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* Writes s for plain text: control bytes shown as '?'. */
static void
put_text(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++)
		putc((unsigned char)*s < 0x20 || *s == 0x7f ? '?' : *s, fp);
}

/* Writes s for Markdown: punctuation that would mark up escaped, line
 * ends and control bytes as spaces. */
static void
put_md(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		if (strchr("\\`*_{}[]<>#|!&", *s) != NULL)
			putc('\\', fp);
		putc((unsigned char)*s < 0x20 || *s == 0x7f ? ' ' : *s, fp);
	}
}

/* Appends a cell padded to w columns to a line being built. */
static size_t
pad_cell(char *line, size_t k, const char *s, size_t w, int right)
{
	size_t n = width(s), len = strlen(s);

	for (; right && n < w; n++)
		line[k++] = ' ';
	memcpy(line + k, s, len);
	k += len;
	for (; n < w; n++)
		line[k++] = ' ';
	return k;
}

/* Writes one line of a text table, without trailing spaces. */
static void
text_line(FILE *fp, const struct table *t, const size_t *w,
    const char *const *cells)
{
	char line[MAXCOLS * (CELL + 2) * 2];
	size_t k = 0, c;

	for (c = 0; c < t->ncols; c++) {
		if (c > 0) {
			line[k++] = ' ';
			line[k++] = ' ';
		}
		k = pad_cell(line, k, cells[c], w[c], t->right[c]);
	}
	while (k > 0 && line[k - 1] == ' ')
		k--;
	line[k] = '\0';
	put_text(fp, line);
	putc('\n', fp);
}

/* Renders a table as aligned plain text. */
static void
table_text(const struct table *t, FILE *fp)
{
	char rules[MAXCOLS][CELL];
	const char *cells[MAXCOLS];
	size_t w[MAXCOLS], i, k;

	for (k = 0; k < t->ncols; k++) {
		w[k] = width(t->head[k]);
		for (i = 0; i < t->nrows; i++)
			if (width(t->cell[i][k]) > w[k])
				w[k] = width(t->cell[i][k]);
		memset(rules[k], '-', w[k] < CELL ? w[k] : CELL - 1);
		rules[k][w[k] < CELL ? w[k] : CELL - 1] = '\0';
		cells[k] = rules[k];
	}
	text_line(fp, t, w, t->head);
	text_line(fp, t, w, cells);
	for (i = 0; i < t->nrows; i++) {
		for (k = 0; k < t->ncols; k++)
			cells[k] = t->cell[i][k];
		text_line(fp, t, w, cells);
	}
}

/* Renders a table in Markdown. */
static void
table_md(const struct table *t, FILE *fp)
{
	size_t i, k;

	for (k = 0; k < t->ncols; k++) {
		fputs("| ", fp);
		put_md(fp, t->head[k]);
		putc(' ', fp);
	}
	fputs("|\n", fp);
	for (k = 0; k < t->ncols; k++)
		fputs(t->right[k] ? "|---:" : "|:---", fp);
	fputs("|\n", fp);
	for (i = 0; i < t->nrows; i++) {
		for (k = 0; k < t->ncols; k++) {
			fputs("| ", fp);
			put_md(fp, t->cell[i][k]);
			putc(' ', fp);
		}
		fputs("|\n", fp);
	}
}

/* Writes a section heading. */
static void
heading(FILE *fp, enum sen_format fmt, const char *s, int level)
{
	size_t n;

	if (fmt == SEN_FMT_MARKDOWN) {
		fprintf(fp, "%s ", level == 1 ? "#" : "##");
		put_md(fp, s);
		fputs("\n\n", fp);
		return;
	}
	put_text(fp, s);
	putc('\n', fp);
	for (n = width(s); n > 0; n--)
		putc(level == 1 ? '=' : '-', fp);
	fputs("\n\n", fp);
}

/* Writes a table in the format and frees its cells. */
static void
emit(FILE *fp, enum sen_format fmt, struct table *t)
{
	if (fmt == SEN_FMT_MARKDOWN)
		table_md(t, fp);
	else
		table_text(t, fp);
	putc('\n', fp);
	free(t->cell);
	t->cell = NULL;
	t->nrows = t->cap = 0;
}

/* Writes a paragraph, wrapped at 76 columns for plain text, as a list
 * item when bullet is set. */
static void
para(FILE *fp, enum sen_format fmt, const char *s, int bullet)
{
	size_t col = 0, n;
	const char *sp;

	if (bullet)
		fputs("- ", fp);
	col = bullet ? 2 : 0;
	while (*s != '\0') {
		sp = strchr(s, ' ');
		n = sp ? (size_t)(sp - s) : strlen(s);
		if (fmt == SEN_FMT_TEXT && col > (bullet ? 2u : 0u) &&
		    col + 1 + n > 76) {
			fputs(bullet ? "\n  " : "\n", fp);
			col = bullet ? 2 : 0;
		} else if (col > (bullet ? 2u : 0u)) {
			putc(' ', fp);
			col++;
		}
		fprintf(fp, "%.*s", (int)n, s);
		col += n;
		s += n;
		while (*s == ' ')
			s++;
	}
	fputs(bullet ? "\n" : "\n\n", fp);
}

/* Writes a row's figure for the trend and group tables, marked "!" when
 * it missed its target and "~" when it was a near miss. */
static void
marked_cell(const struct sen_report *r, const struct sen_mrow *row,
    char *buf)
{
	int rag = sen_report_rag(r, row);

	sen_report_figure(r, row, buf);
	if (strcmp(buf, "-") == 0)
		return;
	if (rag == SEN_RAG_MISSED)
		strcat(buf, " !");
	else if (rag == SEN_RAG_NEAR)
		strcat(buf, " ~");
}

/* Writes the numerator and denominator behind a figure, "65 of 67";
 * nothing for a count, which is its own figure. */
static void
count_cell(const struct sen_report *r, const struct sen_mrow *row,
    char *buf)
{
	if (*row->f[SEN_M_DEN] == '\0')
		buf[0] = '\0';
	else
		snprintf(buf, CELL, "%.25s of %.25s",
		    sen_report_count(r, row->f[SEN_M_NUM]),
		    sen_report_count(r, row->f[SEN_M_DEN]));
}

/* The headline table: each measure of the period, all cases. */
static int
headline(const struct sen_report *r, FILE *fp, enum sen_format fmt)
{
	struct table t = { 5, 0, 0, { "Measure", "Figure", "Count",
	    "Target", "Status" }, { 0, 1, 1, 0, 0 }, NULL };
	const struct sen_mrow *row;
	const char *m;
	char (*c)[CELL], buf[CELL];
	size_t i;

	if (!sen_report_assessments(r))
		return SEN_OK;
	heading(fp, fmt, "Headline", 2);
	for (i = 0; i < SEN_REPORT_NHEAD; i++) {
		m = sen_report_headline[i];
		if ((row = sen_report_find(r, &r->period, "all", "all",
		    m)) == NULL)
			continue;
		if ((c = add_row(&t)) == NULL) {
			free(t.cell);
			return SEN_ENOMEM;
		}
		set_cell(c[0], sen_report_describe(r, m, buf));
		set_cell(c[1], sen_report_figure(r, row, buf));
		count_cell(r, row, c[2]);
		sen_report_target_words(row->f[SEN_M_TARGET],
		    sen_report_is_pct(m), c[3]);
		set_cell(c[4], sen_report_rag_word(sen_report_rag(r, row)));
	}
	emit(fp, fmt, &t);
	return SEN_OK;
}

/* Fills one row of a per-period or per-group table: ncols figures. */
static void
figures_row(const struct sen_report *r, const struct sen_period *p,
    const char *by, const char *group, char (*c)[CELL], size_t ncols)
{
	size_t i;

	for (i = 0; i < ncols; i++)
		marked_cell(r, sen_report_find(r, p, by, group,
		    sen_report_trend_cols[i].measure), c[i + 1]);
}

/* Sets a table's headings: first, then the figure columns. */
static void
figure_heads(struct table *t, const char *first, size_t ncols)
{
	size_t i;

	t->ncols = ncols + 1;
	t->head[0] = first;
	t->right[0] = 0;
	for (i = 0; i < ncols; i++) {
		t->head[i + 1] = sen_report_trend_cols[i].heading;
		t->right[i + 1] = 1;
	}
}

/* The trend table: the figures of each period up to this one. */
static int
trend(const struct sen_report *r, FILE *fp, enum sen_format fmt)
{
	struct table t;
	struct sen_period *p;
	char (*c)[CELL], buf[160];
	size_t i, n, ncols = SEN_REPORT_NTREND - 1;

	if (!sen_report_assessments(r))
		return SEN_OK;
	memset(&t, 0, sizeof(t));
	ncols += (size_t)sen_report_has(r, "requests_vs_baseline");
	figure_heads(&t, "Period", ncols);
	if (sen_report_periods(r, &p, &n) != SEN_OK)
		return SEN_ENOMEM;
	heading(fp, fmt, "Trend", 2);
	for (i = 0; i < n; i++) {
		if ((c = add_row(&t)) == NULL) {
			free(t.cell);
			free(p);
			return SEN_ENOMEM;
		}
		sen_period_format(&p[i], c[0]);
		figures_row(r, &p[i], "all", "all", c, ncols);
	}
	free(p);
	emit(fp, fmt, &t);
	sen_report_marks(r, buf, sizeof(buf));
	if (*buf != '\0')
		para(fp, fmt, buf, 0);
	return SEN_OK;
}

/* The table of groups counted by one column, in the period. */
static int
group_table(const struct sen_report *r, FILE *fp, enum sen_format fmt,
    const char *by)
{
	struct table t;
	const struct sen_mrow *row;
	char (*c)[CELL], title[CELL];
	size_t i = 0;

	if (sen_report_group(r, by, &i) == NULL)
		return SEN_OK;	/* no requests counted by it */
	i = 0;
	memset(&t, 0, sizeof(t));
	figure_heads(&t, "Group", SEN_REPORT_NTREND - 1);
	snprintf(title, sizeof(title), "By %.50s", by);
	heading(fp, fmt, title, 2);
	while ((row = sen_report_group(r, by, &i)) != NULL) {
		if ((c = add_row(&t)) == NULL) {
			free(t.cell);
			return SEN_ENOMEM;
		}
		set_cell(c[0], *row->f[SEN_M_GROUP] ? row->f[SEN_M_GROUP] :
		    "(not recorded)");
		figures_row(r, &r->period, by, row->f[SEN_M_GROUP], c,
		    SEN_REPORT_NTREND - 1);
	}
	emit(fp, fmt, &t);
	return SEN_OK;
}

/* A table for each column the measures were counted by, in the order
 * they first appear. */
static int
groups(const struct sen_report *r, FILE *fp, enum sen_format fmt)
{
	const char *by[SEN_REPORT_MAXBY];
	size_t i, n;
	int st;

	n = sen_report_distinct(r, SEN_M_BY, by, SEN_REPORT_MAXBY);
	for (i = 0; i < n; i++)
		if ((st = group_table(r, fp, fmt, by[i])) != SEN_OK)
			return st;
	return SEN_OK;
}

/* The further tables: banded funding, statements, school profiles,
 * benchmarks, as the measures call for them. */
static int
sections(const struct sen_report *r, FILE *fp, enum sen_format fmt)
{
	struct sen_table *tabs;
	struct table t;
	size_t i, k, n;
	int st;

	if ((st = sen_tables_build(r, &tabs, &n)) != SEN_OK)
		return st;
	for (i = 0; i < n; i++) {
		memset(&t, 0, sizeof(t));
		t.ncols = tabs[i].ncols;
		for (k = 0; k < t.ncols; k++) {
			t.head[k] = tabs[i].head[k];
			t.right[k] = tabs[i].right[k];
		}
		t.cell = tabs[i].cell;
		t.nrows = t.cap = tabs[i].nrows;
		tabs[i].cell = NULL;
		heading(fp, fmt, tabs[i].title, 2);
		if (*tabs[i].note != '\0')
			para(fp, fmt, tabs[i].note, 0);
		emit(fp, fmt, &t);
	}
	sen_tables_free(tabs, n);
	return SEN_OK;
}

/* The title and what the report covers. */
static void
front(const struct sen_report *r, FILE *fp, enum sen_format fmt)
{
	char label[SEN_PERIOD_LABEL], from[32], to[32], asof[32];

	heading(fp, fmt, r->title, 1);
	sen_period_format(&r->period, label);
	sen_report_date(sen_period_first(&r->period), from, sizeof(from));
	sen_report_date(sen_period_last(&r->period), to, sizeof(to));
	if (r->org != NULL && *r->org != '\0') {
		fputs(fmt == SEN_FMT_MARKDOWN ? "**Organisation:** " :
		    "Organisation: ", fp);
		(fmt == SEN_FMT_MARKDOWN ? put_md : put_text)(fp, r->org);
		fputs(fmt == SEN_FMT_MARKDOWN ? "  \n" : "\n", fp);
	}
	fprintf(fp, "%sPeriod:%s %s, %s to %s%s\n",
	    fmt == SEN_FMT_MARKDOWN ? "**" : "",
	    fmt == SEN_FMT_MARKDOWN ? "**" : "", label, from, to,
	    fmt == SEN_FMT_MARKDOWN && r->as_of != SEN_NODATE ? "  " : "");
	if (r->as_of != SEN_NODATE) {
		sen_report_date(r->as_of, asof, sizeof(asof));
		fprintf(fp, "%sData as of:%s %s\n",
		    fmt == SEN_FMT_MARKDOWN ? "**" : "",
		    fmt == SEN_FMT_MARKDOWN ? "**" : "", asof);
	}
	putc('\n', fp);
}

/* Notes that define each figure. */
static void
notes(const struct sen_report *r, FILE *fp, enum sen_format fmt)
{
	char buf[640];
	size_t i;

	heading(fp, fmt, "Notes", 2);
	for (i = 0; sen_report_note(r, i, buf, sizeof(buf)); i++)
		para(fp, fmt, buf, 1);
	putc('\n', fp);
}

/* Renders the report as text or Markdown. */
int
sen_report_render(const struct sen_report *r, enum sen_format fmt,
    FILE *fp)
{
	int st;

	if (fmt != SEN_FMT_TEXT && fmt != SEN_FMT_MARKDOWN)
		return SEN_EUNKNOWN;
	front(r, fp, fmt);
	if ((st = headline(r, fp, fmt)) != SEN_OK ||
	    (st = trend(r, fp, fmt)) != SEN_OK ||
	    (st = groups(r, fp, fmt)) != SEN_OK ||
	    (st = sections(r, fp, fmt)) != SEN_OK)
		return st;
	notes(r, fp, fmt);
	return ferror(fp) ? SEN_EIO : SEN_OK;
}
