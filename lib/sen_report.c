/*
 * sen_report.c: the monitoring report as plain text or Markdown.
 *
 * The report holds a headline table of the period reported on, a trend
 * table of the periods up to it, a table per group when the measures
 * were counted by group, and notes that define each figure.  Everything
 * shown comes from the measures rows; nothing is computed again here
 * except the choice of rows.
 */
#include <stdlib.h>
#include <string.h>

#include "sen.h"
#include "sen_report.h"

#define MAXCOLS 8
#define CELL 64

const char *const sen_measure_columns[SEN_M_NCOLS] = {
	"period", "by", "group", "measure", "numerator", "denominator",
	"value", "target", "status"
};

static const char *const months[] = { "January", "February", "March",
	"April", "May", "June", "July", "August", "September", "October",
	"November", "December" };

/* A table being laid out. */
struct table {
	size_t ncols, nrows, cap;
	const char *head[MAXCOLS];
	int right[MAXCOLS];	/* right-aligned columns */
	char (*cell)[MAXCOLS][CELL];
};

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
			if (sen_period_cmp(p, &want) != 0 ||
			    p->kind != want.kind)
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
static const struct sen_mrow *
find(const struct sen_report *r, const struct sen_period *p,
    const char *by, const char *group, const char *measure)
{
	const struct sen_mrow *row;
	size_t i;

	for (i = 0; i < r->n; i++) {
		row = &r->rows[i];
		if (sen_period_cmp(&row->period, p) == 0 &&
		    row->period.kind == p->kind &&
		    strcmp(row->f[SEN_M_MEASURE], measure) == 0 &&
		    strcmp(row->f[SEN_M_BY], by) == 0 &&
		    strcmp(row->f[SEN_M_GROUP], group) == 0)
			return row;
	}
	return NULL;
}

/* Returns 1 for measures that are percentages. */
static int
is_pct(const char *measure)
{
	return strcmp(measure, "on_time_all") == 0 ||
	    strcmp(measure, "on_time_ex") == 0 ||
	    strcmp(measure, "requests_vs_baseline") == 0;
}

/* Writes a row's value for a table: "97.0%", "122", or "-" when there
 * is none; a missed target marked with "!". */
static void
value_cell(const struct sen_mrow *row, char *buf)
{
	const char *v;

	if (row == NULL || *(v = row->f[SEN_M_VALUE]) == '\0') {
		strcpy(buf, "-");
		return;
	}
	snprintf(buf, CELL, "%.20s%s%s", v, is_pct(row->f[SEN_M_MEASURE]) ?
	    "%" : "", strcmp(row->f[SEN_M_STATUS], "missed") == 0 ? " !" :
	    "");
}

/* Writes the numerator and denominator behind a figure, "65 of 67";
 * nothing for a count, which is its own figure. */
static void
count_cell(const struct sen_mrow *row, char *buf)
{
	if (*row->f[SEN_M_DEN] == '\0')
		buf[0] = '\0';
	else
		snprintf(buf, CELL, "%.25s of %.25s", row->f[SEN_M_NUM],
		    row->f[SEN_M_DEN]);
}

/* Writes a target such as ">=90" as "at least 90%". */
static void
target_cell(const char *t, int pct, char *buf)
{
	static const struct {
		const char *op, *words;
	} ops[] = { { ">=", "at least" }, { "<=", "at most" },
	    { ">", "above" }, { "<", "below" }, { "=", "exactly" } };
	size_t i, n;

	buf[0] = '\0';
	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		n = strlen(ops[i].op);
		if (strncmp(t, ops[i].op, n) == 0) {
			snprintf(buf, CELL, "%s %.20s%s", ops[i].words, t + n,
			    pct ? "%" : "");
			return;
		}
	}
}

/* Writes a day as "1 July 2005". */
static void
long_date(sen_day day, char *buf, size_t n)
{
	int y, m, d;

	sen_date_to_ymd(day, &y, &m, &d);
	snprintf(buf, n, "%d %s %d", d, months[m - 1], y);
}

/* Describes a measure for the headline table. */
static const char *
describe(const struct sen_report *r, const char *measure, char *buf)
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

/* Adds an empty row to a table.  Returns it, or NULL. */
static char (*add_row(struct table *t))[CELL]
{
	void *nc;

	if (t->nrows == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 16;
		if ((nc = realloc(t->cell, t->cap * sizeof(*t->cell))) == NULL)
			return NULL;
		t->cell = nc;
	}
	memset(t->cell[t->nrows], 0, sizeof(t->cell[0]));
	return t->cell[t->nrows++];
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

static const char *const headline_measures[] = { "on_time_all",
	"on_time_ex", "requests", "requests_vs_baseline", "issued" };

/* The headline table: each measure of the period, all cases. */
static int
headline(const struct sen_report *r, FILE *fp, enum sen_format fmt)
{
	struct table t = { 5, 0, 0, { "Measure", "Figure", "Count",
	    "Target", "Status" }, { 0, 1, 1, 0, 0 }, NULL };
	const struct sen_mrow *row;
	char (*c)[CELL], buf[CELL];
	size_t i;

	heading(fp, fmt, "Headline", 2);
	for (i = 0; i < 5; i++) {
		row = find(r, &r->period, "all", "all", headline_measures[i]);
		if (row == NULL)
			continue;
		if ((c = add_row(&t)) == NULL)
			return SEN_ENOMEM;
		set_cell(c[0], describe(r, headline_measures[i], buf));
		value_cell(row, buf);
		if (strchr(buf, '!') != NULL)
			buf[strlen(buf) - 2] = '\0';
		set_cell(c[1], buf);
		count_cell(row, c[2]);
		target_cell(row->f[SEN_M_TARGET],
		    is_pct(headline_measures[i]), c[3]);
		set_cell(c[4], row->f[SEN_M_STATUS]);
	}
	emit(fp, fmt, &t);
	return SEN_OK;
}

/* Returns 1 when the stream holds a measure at all. */
static int
has_measure(const struct sen_report *r, const char *measure)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (strcmp(r->rows[i].f[SEN_M_MEASURE], measure) == 0)
			return 1;
	return 0;
}

/* Fills one row of a per-period or per-group table. */
static void
figures_row(const struct sen_report *r, const struct sen_period *p,
    const char *by, const char *group, char (*c)[CELL], int base)
{
	static const char *const m[] = { "requests", "issued",
	    "on_time_all", "on_time_ex", "requests_vs_baseline" };
	size_t i;

	for (i = 0; i < 4 + (size_t)base; i++)
		value_cell(find(r, p, by, group, m[i]), c[i + 1]);
}

/* Orders periods for the trend table. */
static int
period_order(const void *a, const void *b)
{
	return sen_period_cmp(a, b);
}

/* Collects the periods of the report's kind up to the one reported on,
 * the latest r->trend of them.  Returns their number. */
static size_t
trend_periods(const struct sen_report *r, struct sen_period *out,
    size_t max)
{
	size_t i, j, n = 0;

	for (i = 0; i < r->n && n < max; i++) {
		const struct sen_period *p = &r->rows[i].period;

		if (p->kind != r->period.kind ||
		    sen_period_cmp(p, &r->period) > 0)
			continue;
		for (j = 0; j < n && sen_period_cmp(&out[j], p) != 0; j++)
			;
		if (j == n)
			out[n++] = *p;
	}
	qsort(out, n, sizeof(*out), period_order);
	if (n > r->trend) {
		memmove(out, out + n - r->trend, r->trend * sizeof(*out));
		n = r->trend;
	}
	return n;
}

/* The trend table: the figures of each period up to this one. */
static int
trend(const struct sen_report *r, FILE *fp, enum sen_format fmt)
{
	struct table t = { 5, 0, 0, { "Period", "Requests", "Issued",
	    "Within, all", "Within, excl.", "Historical level" },
	    { 0, 1, 1, 1, 1, 1 }, NULL };
	struct sen_period *p;
	char (*c)[CELL];
	size_t i, n;
	int base = has_measure(r, "requests_vs_baseline");

	t.ncols += (size_t)base;
	if ((p = malloc(r->n * sizeof(*p) + 1)) == NULL)
		return SEN_ENOMEM;
	n = trend_periods(r, p, r->n);
	heading(fp, fmt, "Trend", 2);
	for (i = 0; i < n; i++) {
		if ((c = add_row(&t)) == NULL) {
			free(p);
			return SEN_ENOMEM;
		}
		sen_period_format(&p[i], c[0]);
		figures_row(r, &p[i], "all", "all", c, base);
	}
	free(p);
	emit(fp, fmt, &t);
	para(fp, fmt, "A figure marked ! missed its target.", 0);
	return SEN_OK;
}

/* The table of groups counted by one column, in the period. */
static int
group_table(const struct sen_report *r, FILE *fp, enum sen_format fmt,
    const char *by)
{
	struct table t = { 5, 0, 0, { "Group", "Requests", "Issued",
	    "Within, all", "Within, excl." }, { 0, 1, 1, 1, 1 }, NULL };
	const struct sen_mrow *row;
	char (*c)[CELL], title[CELL];
	size_t i;

	snprintf(title, sizeof(title), "By %.50s", by);
	heading(fp, fmt, title, 2);
	for (i = 0; i < r->n; i++) {
		row = &r->rows[i];
		if (strcmp(row->f[SEN_M_BY], by) != 0 ||
		    strcmp(row->f[SEN_M_MEASURE], "requests") != 0 ||
		    sen_period_cmp(&row->period, &r->period) != 0 ||
		    row->period.kind != r->period.kind)
			continue;
		if ((c = add_row(&t)) == NULL)
			return SEN_ENOMEM;
		set_cell(c[0], *row->f[SEN_M_GROUP] ? row->f[SEN_M_GROUP] :
		    "(not recorded)");
		figures_row(r, &r->period, by, row->f[SEN_M_GROUP], c, 0);
	}
	emit(fp, fmt, &t);
	return SEN_OK;
}

/* A table for each column the measures were counted by, in the order
 * they first appear. */
static int
groups(const struct sen_report *r, FILE *fp, enum sen_format fmt)
{
	const char *seen[MAXCOLS];
	size_t i, j, n = 0;
	int st;

	for (i = 0; i < r->n && n < MAXCOLS; i++) {
		const char *by = r->rows[i].f[SEN_M_BY];

		if (strcmp(by, "all") == 0)
			continue;
		for (j = 0; j < n && strcmp(seen[j], by) != 0; j++)
			;
		if (j < n)
			continue;
		seen[n++] = by;
		if ((st = group_table(r, fp, fmt, by)) != SEN_OK)
			return st;
	}
	return SEN_OK;
}

/* The title and what the report covers. */
static void
front(const struct sen_report *r, FILE *fp, enum sen_format fmt)
{
	char label[SEN_PERIOD_LABEL], from[32], to[32], asof[32];

	heading(fp, fmt, r->title, 1);
	sen_period_format(&r->period, label);
	long_date(sen_period_first(&r->period), from, sizeof(from));
	long_date(sen_period_last(&r->period), to, sizeof(to));
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
		long_date(r->as_of, asof, sizeof(asof));
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
	int r14 = r->regime == 2014;

	heading(fp, fmt, "Notes", 2);
	snprintf(buf, sizeof(buf), "Within %d weeks: the %s was issued no "
	    "more than %d days (%d weeks of 7 days) after the request for "
	    "statutory assessment was received. %s", r->limit,
	    r14 ? "final EHC plan" : "proposed statement", 7 * r->limit,
	    r->limit, r14 ? "Time limits of the Special Educational Needs "
	    "and Disability Regulations 2014, regulation 13." : "Time "
	    "limits of the Education (Special Educational Needs) (England) "
	    "(Consolidation) Regulations 2001 and the SEN Code of Practice.");
	para(fp, fmt, buf, 1);
	snprintf(buf, sizeof(buf), "Exceptions: a case is excepted when any "
	    "of the exceptions to the time limits (%s) applied. \"Exceptions "
	    "included\" counts every case issued in the period; \"exceptions "
	    "left out\" drops the excepted cases from both numerator and "
	    "denominator%s.", r14 ? "regulation 10(4) of the 2014 "
	    "regulations" : "regulation 12 of the 2001 regulations",
	    r14 ? "" : ", as in BVPI 43a (left out) and 43b (included)");
	para(fp, fmt, buf, 1);
	para(fp, fmt, "Periods: requests are counted in the period in which "
	    "the request was received; issued cases and the shares within "
	    "the limit in the period in which the clock stopped.", 1);
	if (has_measure(r, "requests_vs_baseline"))
		para(fp, fmt, "Historical level: requests in the period as a "
		    "percentage of the average number of requests per period "
		    "of the same length over the baseline years; the "
		    "denominator shown is that average.", 1);
	para(fp, fmt, "Rounding: percentages are rounded to one decimal "
	    "place, halves away from zero. Met or missed compares the exact "
	    "figure with the target, before rounding.", 1);
	putc('\n', fp);
}

int
sen_report_render(const struct sen_report *r, enum sen_format fmt,
    FILE *fp)
{
	int st;

	front(r, fp, fmt);
	if ((st = headline(r, fp, fmt)) != SEN_OK ||
	    (st = trend(r, fp, fmt)) != SEN_OK ||
	    (st = groups(r, fp, fmt)) != SEN_OK)
		return st;
	notes(r, fp, fmt);
	return ferror(fp) ? SEN_EIO : SEN_OK;
}
