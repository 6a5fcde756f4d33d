/*
 * sen_xlsx.c: the monitoring report as an Excel workbook.
 *
 * The rows, words, suppression and statuses come from the model in
 * sen_report.c; this file lays them out as sheets.  Every call that can
 * fail is checked: the first error is kept, and the workbook is then
 * given up instead of written.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <xlsxwriter.h>

#include "sen.h"
#include "sen_money.h"
#include "sen_report.h"
#include "sen_target.h"
#include "sen_text.h"
#include "sen_xlsx.h"


/* Characters of a measure kept in its sheet's name, leaving room for a
 * "~N" that tells two names apart within Excel's 31. */
#define NAMECHARS 27
#define NAMESIZE (4 * NAMECHARS + 8)
#define MAXNAMES (SEN_REPORT_MAXMEASURES + 3)

/* The first of the Chart sheet's hidden columns, AA, that hold what its
 * chart plots: period, within (all), within (left out), their targets. */
#define DATACOL 26

/* The paper size of Excel's page setup for A4. */
#define A4 9

static const char *const fixed_names[] = { "Summary", "Chart", "History" };

struct book {
	const struct sen_report *r;
	lxw_workbook *wb;
	lxw_error err;		/* the first error, or LXW_NO_ERROR */
	int nomem;
	struct sen_period *p;	/* the trend's periods */
	size_t n;
	lxw_format *title, *bold, *head, *whole, *tenth, *pct, *c;
	lxw_format *money;		/* pounds and pence */
	lxw_format *rag[SEN_RAG_MISSED + 1];
	lxw_format *target[SEN_OP_EQ + 1][2];
	char names[MAXNAMES][NAMESIZE];
	size_t nnames;
};

/* Returns the creation time the workbook records. */
time_t
sen_xlsx_created(const struct sen_report *r)
{
	sen_day day = r->as_of != SEN_NODATE ? r->as_of :
	    sen_date_from_ymd(2000, 1, 1);
	time_t t = (time_t)day * 86400;

	/* libxlsxwriter reads the clock for a time of 0: 1970-01-01 is
	 * recorded a second late instead. */
	return t != 0 ? t : 1;
}

/* Keeps the first error of a call. */
static void
chk(struct book *b, lxw_error e)
{
	if (b->err == LXW_NO_ERROR)
		b->err = e;
}

/* Returns a copy of s fit for a cell, or NULL when out of memory:
 * bytes that are not UTF-8 text, and control bytes, become '?'. */
static char *
clean(const char *s)
{
	size_t len = strlen(s), i = 0, bad;
	char *t;

	if ((t = malloc(len + 1)) == NULL)
		return NULL;
	memcpy(t, s, len + 1);
	while (i < len && sen_text_check(t + i, len - i, &bad) != SEN_OK) {
		t[i + bad] = '?';
		i += bad + 1;
	}
	for (i = 0; i < len; i++)
		if ((unsigned char)t[i] < 0x20 || t[i] == 0x7f)
			t[i] = '?';
	return t;
}

/* Writes text to a cell; nothing for "". */
static void
put_str(struct book *b, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    const char *s, lxw_format *f)
{
	char *t;

	if (*s == '\0')
		return;
	if ((t = clean(s)) == NULL) {
		b->nomem = 1;
		return;
	}
	chk(b, worksheet_write_string(ws, row, col, t, f));
	free(t);
}

/* Writes a field that holds a number as one, in format f, or when f is
 * NULL as a whole number or to one decimal as it is written; a field
 * that holds none as text. */
static void
put_num(struct book *b, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    const char *field, lxw_format *f)
{
	const char *dot = strchr(field, '.');
	long long tenths, pence;

	if (*field == '\0')
		return;
	if (dot != NULL && strlen(dot) == 3 &&
	    sen_money_parse(field, strlen(field), &pence) == SEN_OK) {
		chk(b, worksheet_write_number(ws, row, col,
		    (double)pence / 100, b->money));	/* pounds */
		return;
	}
	if (sen_tenths_parse(field, &tenths) != SEN_OK) {
		put_str(b, ws, row, col, field, b->c);
		return;
	}
	if (f == NULL)
		f = strchr(field, '.') != NULL ? b->tenth : b->whole;
	chk(b, worksheet_write_number(ws, row, col, (double)tenths / 10, f));
}

/* Writes a count, or "c". */
static void
put_count(struct book *b, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    const char *field)
{
	if (sen_report_hides(b->r, field))
		put_str(b, ws, row, col, "c", b->c);
	else
		put_num(b, ws, row, col, field, NULL);
}

/* Writes a row's figure, or "c". */
static void
put_figure(struct book *b, lxw_worksheet *ws, lxw_row_t row,
    lxw_col_t col, const struct sen_mrow *m)
{
	if (sen_report_hides_row(b->r, m))
		put_str(b, ws, row, col, "c", b->c);
	else
		put_num(b, ws, row, col, m->f[SEN_M_VALUE],
		    sen_report_is_pct(m->f[SEN_M_MEASURE]) ? b->pct : NULL);
}

/* Returns the format of targets with an operator: the number in words,
 * "at least 90.0%"; NULL when out of memory. */
static lxw_format *
target_format(struct book *b, int op, int pct)
{
	char num[64];
	lxw_format *f;

	if ((f = b->target[op][pct]) != NULL)
		return f;
	if ((f = workbook_add_format(b->wb)) == NULL) {
		b->nomem = 1;
		return NULL;
	}
	snprintf(num, sizeof(num), "\"%s \"0.0%s", sen_report_op_words(op),
	    pct ? "\"%\"" : "");
	format_set_num_format(f, num);
	return b->target[op][pct] = f;
}

/* Writes a target as a number in words, or as text when it is none. */
static void
put_target(struct book *b, lxw_worksheet *ws, lxw_row_t row,
    lxw_col_t col, const char *target, int pct)
{
	long long tenths;
	lxw_format *f;
	int op;

	if (*target == '\0')
		return;
	if (sen_report_target_parse(target, &op, &tenths) != SEN_OK) {
		put_str(b, ws, row, col, target, NULL);
		return;
	}
	if ((f = target_format(b, op, pct)) != NULL)
		chk(b, worksheet_write_number(ws, row, col,
		    (double)tenths / 10, f));
}

/* Writes a status in words, on its colour. */
static void
put_status(struct book *b, lxw_worksheet *ws, lxw_row_t row,
    lxw_col_t col, int rag)
{
	if (rag != SEN_RAG_NONE)
		put_str(b, ws, row, col, sen_report_rag_word(rag), b->rag[rag]);
}

/* Writes a row of column headings. */
static void
put_heads(struct book *b, lxw_worksheet *ws, lxw_row_t row,
    const char *const *heads, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		put_str(b, ws, row, (lxw_col_t)i, heads[i], b->head);
}

/* Sets the widths of the first n columns. */
static void
widths(struct book *b, lxw_worksheet *ws, const double *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		chk(b, worksheet_set_column(ws, (lxw_col_t)i, (lxw_col_t)i,
		    w[i], NULL));
}

/* Adds a format with a number format, or none for NULL. */
static lxw_format *
new_format(struct book *b, const char *num)
{
	lxw_format *f;

	if ((f = workbook_add_format(b->wb)) == NULL) {
		b->nomem = 1;
		return NULL;
	}
	if (num != NULL)
		format_set_num_format(f, num);
	return f;
}

/* Adds the format of a status: bold, on its colour. */
static lxw_format *
rag_format(struct book *b, lxw_color_t bg, lxw_color_t fg)
{
	lxw_format *f;

	if ((f = new_format(b, NULL)) == NULL)
		return NULL;
	format_set_bold(f);
	format_set_bg_color(f, bg);
	format_set_font_color(f, fg);
	format_set_align(f, LXW_ALIGN_CENTER);
	return f;
}

/* Adds the formats every sheet uses.  Returns 0, or -1 when out of
 * memory. */
static int
formats(struct book *b)
{
	if ((b->title = new_format(b, NULL)) == NULL ||
	    (b->bold = new_format(b, NULL)) == NULL ||
	    (b->head = new_format(b, NULL)) == NULL ||
	    (b->whole = new_format(b, "0")) == NULL ||
	    (b->tenth = new_format(b, "0.0")) == NULL ||
	    (b->money = new_format(b, "\"\xC2\xA3\"#,##0.00")) == NULL ||
	    (b->pct = new_format(b, "0.0\"%\"")) == NULL ||
	    (b->c = new_format(b, NULL)) == NULL ||
	    (b->rag[SEN_RAG_MET] = rag_format(b, 0x00703C,
	    LXW_COLOR_WHITE)) == NULL ||
	    (b->rag[SEN_RAG_NEAR] = rag_format(b, 0xFFBF47,
	    LXW_COLOR_BLACK)) == NULL ||
	    (b->rag[SEN_RAG_MISSED] = rag_format(b, 0xD4351C,
	    LXW_COLOR_WHITE)) == NULL)
		return -1;
	format_set_bold(b->title);
	format_set_font_size(b->title, 14);
	format_set_bold(b->bold);
	format_set_bold(b->head);
	format_set_bottom(b->head, LXW_BORDER_THIN);
	format_set_text_wrap(b->head);
	format_set_align(b->c, LXW_ALIGN_RIGHT);
	return 0;
}

/* Adds a sheet with A4 paper and column widths. */
static lxw_worksheet *
add_sheet(struct book *b, const char *name, const double *w, size_t n)
{
	lxw_worksheet *ws;

	if ((ws = workbook_add_worksheet(b->wb, name)) == NULL) {
		chk(b, LXW_ERROR_MEMORY_MALLOC_FAILED);
		return NULL;
	}
	worksheet_set_paper(ws, A4);
	widths(b, ws, w, n);
	return ws;
}

/* The title and what the report covers; returns the next free row. */
static lxw_row_t
front(struct book *b, lxw_worksheet *ws)
{
	const struct sen_report *r = b->r;
	char label[SEN_PERIOD_LABEL], from[32], to[32], buf[128];
	lxw_row_t row = 0;

	put_str(b, ws, row++, 0, r->title, b->title);
	if (r->org != NULL && *r->org != '\0') {
		put_str(b, ws, row, 0, "Organisation", b->bold);
		put_str(b, ws, row++, 1, r->org, NULL);
	}
	sen_period_format(&r->period, label);
	sen_report_date(sen_period_first(&r->period), from, sizeof(from));
	sen_report_date(sen_period_last(&r->period), to, sizeof(to));
	snprintf(buf, sizeof(buf), "%s, %s to %s", label, from, to);
	put_str(b, ws, row, 0, "Period", b->bold);
	put_str(b, ws, row++, 1, buf, NULL);
	if (r->as_of != SEN_NODATE) {
		sen_report_date(r->as_of, buf, sizeof(buf));
		put_str(b, ws, row, 0, "Data as of", b->bold);
		put_str(b, ws, row++, 1, buf, NULL);
	}
	return row + 1;
}

/* The headline table from row; returns the next free row. */
static lxw_row_t
headline(struct book *b, lxw_worksheet *ws, lxw_row_t row)
{
	static const char *const heads[] = { "Measure", "Figure",
	    "Numerator", "Denominator", "Target", "Status" };
	const struct sen_mrow *m;
	const char *name;
	char buf[SEN_REPORT_CELL];
	size_t i;

	put_heads(b, ws, row++, heads, 6);
	for (i = 0; i < SEN_REPORT_NHEAD; i++) {
		name = sen_report_headline[i];
		m = sen_report_find(b->r, &b->r->period, "all", "all", name);
		if (m == NULL)
			continue;
		put_str(b, ws, row, 0, sen_report_describe(b->r, name, buf),
		    NULL);
		put_figure(b, ws, row, 1, m);
		if (*m->f[SEN_M_DEN] != '\0') {
			put_count(b, ws, row, 2, m->f[SEN_M_NUM]);
			put_count(b, ws, row, 3, m->f[SEN_M_DEN]);
		}
		put_target(b, ws, row, 4, m->f[SEN_M_TARGET],
		    sen_report_is_pct(name));
		put_status(b, ws, row++, 5, sen_report_rag(b->r, m));
	}
	return row + 1;
}

/* The Summary sheet: what the report covers, the headline table, the
 * notes. */
static void
summary(struct book *b)
{
	static const double w[] = { 40, 10, 12, 13, 18, 11 };
	lxw_worksheet *ws;
	lxw_row_t row;
	char buf[640];
	size_t i;

	if ((ws = add_sheet(b, "Summary", w, 6)) == NULL)
		return;
	worksheet_fit_to_pages(ws, 1, 0);
	row = headline(b, ws, front(b, ws));
	put_str(b, ws, row++, 0, "Notes", b->bold);
	for (i = 0; sen_report_note(b->r, i, buf, sizeof(buf)); i++)
		put_str(b, ws, row++, 0, buf, NULL);
}

/* Returns 1 when name is one a sheet has, or that Excel keeps. */
static int
name_taken(const struct book *b, const char *name)
{
	size_t i;

	for (i = 0; i < b->nnames; i++)
		if (strcasecmp(b->names[i], name) == 0)
			return 1;
	return 0;
}

/* Copies the start of a measure's name into buf: at most NAMECHARS
 * characters, those a sheet name may not hold as '_'. */
static void
name_stem(const char *s, char *buf)
{
	size_t k = 0, chars = 0;

	for (; *s != '\0'; s++) {
		if (((unsigned char)*s & 0xC0) != 0x80 && chars++ == NAMECHARS)
			break;
		buf[k++] = strchr("[]:*?/\\'", *s) != NULL ? '_' : *s;
	}
	buf[k] = '\0';
	if (k == 0)
		strcpy(buf, "measure");
}

/* Makes a measure's sheet name, unlike the names before it, letter
 * case aside.  Returns it, or NULL when out of memory. */
static const char *
sheet_name(struct book *b, const char *measure)
{
	char *t, *name = b->names[b->nnames];
	size_t len, k;

	if ((t = clean(measure)) == NULL) {
		b->nomem = 1;
		return NULL;
	}
	name_stem(t, name);
	free(t);
	len = strlen(name);
	for (k = 2; name_taken(b, name); k++)
		snprintf(name + len, NAMESIZE - len, "~%zu", k);
	b->nnames++;
	return name;
}

/* A measure's sheet: a row for each period of the trend. */
static void
measure_sheet(struct book *b, const char *measure)
{
	static const char *const heads[] = { "Period", "Numerator",
	    "Denominator", "Value", "Target", "Status" };
	static const double w[] = { 12, 11, 13, 10, 18, 11, 2, 40 };
	const struct sen_mrow *m;
	lxw_worksheet *ws;
	const char *name;
	char buf[SEN_REPORT_CELL];
	size_t i;

	if ((name = sheet_name(b, measure)) == NULL ||
	    (ws = add_sheet(b, name, w, 8)) == NULL)
		return;
	put_heads(b, ws, 0, heads, 6);
	put_str(b, ws, 0, 7, sen_report_describe(b->r, measure, buf),
	    b->bold);
	worksheet_freeze_panes(ws, 1, 0);
	for (i = 0; i < b->n; i++) {
		put_str(b, ws, (lxw_row_t)i + 1, 0,
		    sen_period_format(&b->p[i], buf), NULL);
		m = sen_report_find(b->r, &b->p[i], "all", "all", measure);
		if (m == NULL)
			continue;
		put_count(b, ws, (lxw_row_t)i + 1, 1, m->f[SEN_M_NUM]);
		put_count(b, ws, (lxw_row_t)i + 1, 2, m->f[SEN_M_DEN]);
		put_figure(b, ws, (lxw_row_t)i + 1, 3, m);
		put_target(b, ws, (lxw_row_t)i + 1, 4, m->f[SEN_M_TARGET],
		    sen_report_is_pct(measure));
		put_status(b, ws, (lxw_row_t)i + 1, 5,
		    sen_report_rag(b->r, m));
	}
}

/* Writes one column of what the chart plots; returns 1 when it differs
 * from what on_time_all plots the same way. */
static int
chart_column(struct book *b, lxw_worksheet *ws, lxw_col_t col,
    const char *head, const char *measure, enum sen_plot what)
{
	double v, before;
	size_t i;
	int differs = 0;

	put_str(b, ws, 0, col, head, NULL);
	for (i = 0; i < b->n; i++) {
		v = sen_report_plot(b->r, sen_report_find(b->r, &b->p[i],
		    "all", "all", measure), what);
		before = sen_report_plot(b->r, sen_report_find(b->r,
		    &b->p[i], "all", "all", "on_time_all"), what);
		differs |= v != before;
		if (v >= 0)
			chk(b, worksheet_write_number(ws, (lxw_row_t)i + 1,
			    col, v, b->tenth));
	}
	return differs;
}

/* Adds a series of the Chart sheet's column col to the chart. */
static void
chart_series(struct book *b, lxw_chart *chart, lxw_col_t col,
    const char *name, lxw_color_t color, int dash)
{
	lxw_chart_series *s;
	lxw_chart_line line;

	if ((s = chart_add_series(chart, NULL, NULL)) == NULL) {
		b->nomem = 1;
		return;
	}
	memset(&line, 0, sizeof(line));
	line.color = color;
	line.width = dash ? 1.5f : 2.25f;
	line.dash_type = dash ? LXW_CHART_LINE_DASH_DASH :
	    LXW_CHART_LINE_DASH_SOLID;
	chart_series_set_categories(s, "Chart", 1, DATACOL,
	    (lxw_row_t)b->n, DATACOL);
	chart_series_set_values(s, "Chart", 1, col, (lxw_row_t)b->n, col);
	chart_series_set_name(s, name);
	chart_series_set_line(s, &line);
	chart_series_set_marker_type(s, dash ? LXW_CHART_MARKER_NONE :
	    col == DATACOL + 1 ? LXW_CHART_MARKER_CIRCLE :
	    LXW_CHART_MARKER_SQUARE);
}

/* Sets the chart's title, axes and key. */
static void
chart_look(struct book *b, lxw_chart *chart, const char *title)
{
	(void)b;
	chart_title_set_name(chart, title);
	chart_axis_set_name(chart->x_axis, "Period");
	chart_axis_set_name(chart->y_axis, "Per cent");
	chart_axis_set_min(chart->y_axis, 0);
	chart_axis_set_max(chart->y_axis, 100);
	chart_axis_set_major_unit(chart->y_axis, 20);
	chart_axis_set_num_format(chart->y_axis, "0\"%\"");
	chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
	chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
	chart_show_hidden_data(chart);
}

/* The Chart sheet: a line chart of the shares within the limit against
 * the target, plotted from hidden columns where a figure not shown is
 * blank, so that it is a gap and never a zero. */
static void
chart_sheet(struct book *b)
{
	static const double w[] = { 2 };
	lxw_row_col_options hide = { 1, 0, 0 };
	lxw_chart_options where;
	lxw_worksheet *ws;
	lxw_chart *chart;
	char title[160], label[SEN_PERIOD_LABEL];
	size_t i;
	int two;

	if (b->n == 0 || (ws = add_sheet(b, "Chart", w, 1)) == NULL)
		return;
	snprintf(title, sizeof(title), "Share within %d weeks (figures on "
	    "the sheets on_time_all and on_time_ex)", b->r->limit);
	put_str(b, ws, 0, 1, title, b->bold);
	put_str(b, ws, 0, DATACOL, "Period", NULL);
	for (i = 0; i < b->n; i++)
		put_str(b, ws, (lxw_row_t)i + 1, DATACOL,
		    sen_period_format(&b->p[i], label), NULL);
	chart_column(b, ws, DATACOL + 1, "Exceptions included",
	    "on_time_all", SEN_PLOT_VALUE);
	chart_column(b, ws, DATACOL + 2, "Exceptions left out",
	    "on_time_ex", SEN_PLOT_VALUE);
	chart_column(b, ws, DATACOL + 3, "Target", "on_time_all",
	    SEN_PLOT_TARGET);
	two = chart_column(b, ws, DATACOL + 4, "Target, left out",
	    "on_time_ex", SEN_PLOT_TARGET);
	chk(b, worksheet_set_column_opt(ws, DATACOL, DATACOL + 4, 12, NULL,
	    &hide));
	if ((chart = workbook_add_chart(b->wb, LXW_CHART_LINE)) == NULL) {
		b->nomem = 1;
		return;
	}
	chart_series(b, chart, DATACOL + 1, "Exceptions included",
	    0x1D70B8, 0);
	chart_series(b, chart, DATACOL + 2, "Exceptions left out",
	    0x912B88, 0);
	chart_series(b, chart, DATACOL + 3, "Target", 0x0B0C0C, 1);
	if (two)
		chart_series(b, chart, DATACOL + 4, "Target, left out",
		    0x505A5F, 1);
	snprintf(title, sizeof(title), "Share within %d weeks",
	    b->r->limit);
	chart_look(b, chart, title);
	memset(&where, 0, sizeof(where));
	where.x_scale = 1.8;
	where.y_scale = 1.6;
	where.description = title;
	chk(b, worksheet_insert_chart_opt(ws, 2, 1, chart, &where));
}

/* Lays out every sheet. */
static void
sheets(struct book *b)
{
	const char *m[SEN_REPORT_MAXMEASURES];
	size_t i, n;

	for (i = 0; i < sizeof(fixed_names) / sizeof(fixed_names[0]); i++)
		strcpy(b->names[b->nnames++], fixed_names[i]);
	summary(b);
	if (sen_report_has(b->r, "on_time_all") ||
	    sen_report_has(b->r, "on_time_ex"))
		chart_sheet(b);
	n = sen_report_distinct(b->r, SEN_M_MEASURE, m,
	    SEN_REPORT_MAXMEASURES);
	for (i = 0; i < n; i++)
		measure_sheet(b, m[i]);
}

/* Sets the document's properties: its title, the organisation, and a
 * creation time that is not the clock's.  Returns 0, or -1 when out of
 * memory. */
static int
properties(struct book *b)
{
	lxw_doc_properties props;
	char *title, *org = NULL;

	memset(&props, 0, sizeof(props));
	if ((title = clean(b->r->title)) == NULL || (b->r->org != NULL &&
	    (org = clean(b->r->org)) == NULL)) {
		free(title);
		return -1;
	}
	props.title = title;
	props.company = org;
	props.created = sen_xlsx_created(b->r);
	chk(b, workbook_set_properties(b->wb, &props));
	free(title);
	free(org);
	return 0;
}

/* Writes the workbook. */
int
sen_xlsx_write(const struct sen_report *r, const char *path,
    const char **why)
{
	struct book *b;
	lxw_error e;
	int st = SEN_OK;

	*why = "out of memory";
	if ((b = calloc(1, sizeof(*b))) == NULL)
		return SEN_ENOMEM;
	b->r = r;
	if (sen_report_periods(r, &b->p, &b->n) != SEN_OK) {
		free(b);
		return SEN_ENOMEM;
	}
	if ((b->wb = workbook_new(path)) == NULL ||
	    formats(b) != 0 || properties(b) != 0)
		b->nomem = 1;
	if (!b->nomem)
		sheets(b);
	if (b->nomem || b->err != LXW_NO_ERROR) {
		st = b->nomem ? SEN_ENOMEM : SEN_EIO;
		if (!b->nomem)
			*why = lxw_strerror(b->err);
		if (b->wb != NULL)
			lxw_workbook_free(b->wb);
	} else if ((e = workbook_close(b->wb)) != LXW_NO_ERROR) {
		st = SEN_EIO;
		*why = lxw_strerror(e);
	}
	free(b->p);
	free(b);
	return st;
}
