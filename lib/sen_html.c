/*
 * sen_html.c: the monitoring report as one self-contained HTML file.
 *
 * The tables, words and statuses come from the model in sen_report.c;
 * this file lays them out as HTML and draws the two charts as SVG.
 * Writes are checked once, at the end, through the stream's error flag.
 */
#include <stdlib.h>
#include <string.h>

#include "sen.h"
#include "sen_html.h"
#include "sen_report.h"
#include "sen_sections.h"

#define CELL SEN_REPORT_CELL

/* The chart's box, in SVG units: width, height and the margins around
 * the plot. */
#define W 720
#define H 300
#define ML 64
#define MR 16
#define MT 48
#define MB 30

#define NSERIES 4

enum kind { LINE, STEP, BARS };
enum marker { NONE, CIRCLE, SQUARE };

/* A series: a value a period, negative where there is none to plot. */
struct series {
	const char *name;
	const char *cls;	/* its CSS class */
	enum kind kind;
	enum marker marker;
	double *v;
};

/* A chart of periods. */
struct chart {
	const char *id;
	char title[160];
	char desc[600];
	const char *unit;	/* "%" or "" */
	const struct sen_period *p;
	size_t n;
	double ymax, ystep;
	struct series s[NSERIES];
	size_t ns;
};

static const char style[] =
":root{color-scheme:light}\n"
"body{font:16px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,"
"\"Helvetica Neue\",Arial,sans-serif;color:#0b0c0c;background:#fff;\n"
"  max-width:62rem;margin:0 auto;padding:1rem 1.5rem}\n"
"h1{font-size:1.9rem;line-height:1.2;margin:.5rem 0}\n"
"h2{font-size:1.35rem;margin:2rem 0 .5rem;padding-bottom:.2rem;\n"
"  border-bottom:2px solid #1d70b8}\n"
".org{font-size:1.2rem;margin:.2rem 0}\n"
".meta{display:grid;grid-template-columns:max-content 1fr;"
"gap:.1rem 1rem;margin:.5rem 0}\n"
".meta dt{font-weight:700}.meta dd{margin:0}\n"
"table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;\n"
"  font-variant-numeric:tabular-nums}\n"
"caption{text-align:left;font-weight:700;padding:.3rem 0}\n"
"th,td{border-bottom:1px solid #b1b4b6;padding:.35rem .5rem;"
"text-align:left;vertical-align:top}\n"
"thead th{border-bottom:2px solid #0b0c0c}\n"
".n{text-align:right}\n"
".n,.t{white-space:nowrap}\n"
".rag{display:inline-block;padding:0 .5rem;border-radius:.25rem;"
"font-weight:700}\n"
".rag-met{background:#00703c;color:#fff}\n"
".rag-near{background:#ffbf47;color:#0b0c0c}\n"
".rag-missed{background:#d4351c;color:#fff}\n"
"td.near{background:#fff2d3}td.missed{background:#f9dcd7}\n"
"figure{margin:1.5rem 0}\n"
"figcaption{font-weight:700;margin-bottom:.3rem}\n"
"svg{display:block;width:100%;height:auto;"
"font:12px system-ui,Arial,sans-serif}\n"
"svg text{fill:#0b0c0c}\n"
".grid{stroke:#dee0e2;stroke-width:1}.axis{stroke:#0b0c0c}\n"
"path.line{fill:none;stroke-width:2.5}\n"
"path.step{fill:none;stroke-width:2;stroke-dasharray:7 4}\n"
".s-all{stroke:#1d70b8;fill:#1d70b8}\n"
".s-ex{stroke:#912b88;fill:#912b88}\n"
".s-target{stroke:#0b0c0c;fill:#0b0c0c}\n"
".s-target2{stroke:#505a5f;fill:#505a5f;stroke-dasharray:2 3}\n"
".s-req{fill:#5694ca;stroke:#5694ca}\n"
".s-base{stroke:#d4351c;fill:#d4351c}\n"
".alt{font-size:.9em;columns:2 18rem;margin:.3rem 0}\n"
".notes li{margin:.35rem 0}\n"
"footer{color:#505a5f;font-size:.85rem;margin-top:2rem}\n"
"@page{size:A4;margin:15mm 14mm}\n"
"@media print{\n"
"  body{max-width:none;padding:0;font-size:10pt}\n"
"  h2{break-after:avoid;page-break-after:avoid}\n"
"  tr{break-inside:avoid;page-break-inside:avoid}\n"
"  thead{display:table-header-group}\n"
"  th,td{padding:.2rem .35rem}\n"
"  figcaption{break-after:avoid;page-break-after:avoid}\n"
"  svg{break-inside:avoid;page-break-inside:avoid}\n"
"  .alt{columns:2}\n"
"  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
"}\n";

/* The character references of the characters HTML must escape. */
static const char *const refs[128] = { ['&'] = "&amp;", ['<'] = "&lt;",
	['>'] = "&gt;", ['"'] = "&quot;", ['\''] = "&#39;" };

/* Writes s escaped. */
void
sen_html_text(FILE *fp, const char *s)
{
	unsigned char c;

	for (; (c = (unsigned char)*s) != '\0'; s++) {
		if (c < 128 && refs[c] != NULL)
			fputs(refs[c], fp);
		else
			putc(c < 0x20 || c == 0x7f ? '?' : c, fp);
	}
}

/* Writes open, s escaped, then close. */
static void
tag(FILE *fp, const char *open, const char *s, const char *close)
{
	fputs(open, fp);
	sen_html_text(fp, s);
	fputs(close, fp);
}

/* The head of the document: its title and stylesheet. */
static void
doc_head(const struct sen_report *r, FILE *fp)
{
	char label[SEN_PERIOD_LABEL];

	fputs("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"sen-report " SEN_VERSION
	    "\">\n", fp);
	tag(fp, "<title>", r->title, ", ");
	sen_html_text(fp, sen_period_format(&r->period, label));
	if (r->org != NULL && *r->org != '\0')
		tag(fp, ", ", r->org, "");
	fputs("</title>\n<style>\n", fp);
	fputs(style, fp);
	fputs("</style>\n</head>\n<body>\n", fp);
}

/* The title and what the report covers. */
static void
front(const struct sen_report *r, FILE *fp)
{
	char label[SEN_PERIOD_LABEL], from[32], to[32], asof[32];

	tag(fp, "<header>\n<h1>", r->title, "</h1>\n");
	if (r->org != NULL && *r->org != '\0')
		tag(fp, "<p class=\"org\">", r->org, "</p>\n");
	sen_period_format(&r->period, label);
	sen_report_date(sen_period_first(&r->period), from, sizeof(from));
	sen_report_date(sen_period_last(&r->period), to, sizeof(to));
	fprintf(fp, "<dl class=\"meta\">\n<dt>Period</dt><dd>%s, %s to %s"
	    "</dd>\n", label, from, to);
	if (r->as_of != SEN_NODATE) {
		sen_report_date(r->as_of, asof, sizeof(asof));
		fprintf(fp, "<dt>Data as of</dt><dd>%s</dd>\n", asof);
	}
	fputs("</dl>\n</header>\n<main>\n", fp);
}

/* Opens a table with its caption and column headings, aligned as
 * align says, a letter a column: 'l' left, 'r' right. */
static void
table_open(FILE *fp, const char *caption, const char *const *heads,
    size_t n, const char *align)
{
	size_t i;

	tag(fp, "<table>\n<caption>", caption, "</caption>\n<thead><tr>");
	for (i = 0; i < n; i++)
		tag(fp, align[i] == 'r' ? "<th scope=\"col\" class=\"n\">" :
		    "<th scope=\"col\">", heads[i], "</th>");
	fputs("</tr></thead>\n<tbody>\n", fp);
}

/* The CSS class of a status. */
static const char *
rag_class(int rag)
{
	static const char *const cls[] = { "", "met", "near", "missed" };

	return rag >= SEN_RAG_NONE && rag <= SEN_RAG_MISSED ? cls[rag] : "";
}

/* Writes a status as text on its colour. */
static void
status_cell(FILE *fp, int rag)
{
	if (rag == SEN_RAG_NONE) {
		fputs("<td></td>", fp);
		return;
	}
	fprintf(fp, "<td class=\"t\"><span class=\"rag rag-%s\">%s</span>"
	    "</td>", rag_class(rag), sen_report_rag_word(rag));
}

/* One row of the headline table. */
static void
headline_row(const struct sen_report *r, FILE *fp, const char *m,
    const struct sen_mrow *row)
{
	char buf[CELL];
	int count = *row->f[SEN_M_DEN] == '\0';

	tag(fp, "<tr><th scope=\"row\">", sen_report_describe(r, m, buf),
	    "</th>");
	tag(fp, "<td class=\"n\">", sen_report_figure(r, row, buf), "</td>");
	tag(fp, "<td class=\"n\">", count ? "" :
	    sen_report_count(r, row->f[SEN_M_NUM]), "</td>");
	tag(fp, "<td class=\"n\">", sen_report_count(r, row->f[SEN_M_DEN]),
	    "</td>");
	tag(fp, "<td class=\"t\">",
	    sen_report_target_words(row->f[SEN_M_TARGET],
	    sen_report_is_pct(m), buf), "</td>");
	status_cell(fp, sen_report_rag(r, row));
	fputs("</tr>\n", fp);
}

/* The headline table: each measure of the period, all cases. */
static void
headline(const struct sen_report *r, FILE *fp)
{
	static const char *const heads[] = { "Measure", "Figure",
	    "Numerator", "Denominator", "Target", "Status" };
	const struct sen_mrow *row;
	char label[SEN_PERIOD_LABEL], cap[80];
	size_t i;

	if (!sen_report_assessments(r))
		return;
	sen_period_format(&r->period, label);
	snprintf(cap, sizeof(cap), "Headline figures for %s, all cases",
	    label);
	fputs("<section id=\"headline\">\n<h2>Headline</h2>\n", fp);
	table_open(fp, cap, heads, 6, "lrrrll");
	for (i = 0; i < SEN_REPORT_NHEAD; i++) {
		row = sen_report_find(r, &r->period, "all", "all",
		    sen_report_headline[i]);
		if (row != NULL)
			headline_row(r, fp, sen_report_headline[i], row);
	}
	fputs("</tbody>\n</table>\n</section>\n", fp);
}

/* A figure cell of the trend and group tables: the figure, marked and
 * shaded when it missed its target. */
static void
figure_cell(const struct sen_report *r, FILE *fp,
    const struct sen_mrow *row)
{
	char buf[CELL];
	int rag = sen_report_rag(r, row);

	sen_report_figure(r, row, buf);
	if (strcmp(buf, "-") == 0 || (rag != SEN_RAG_NEAR &&
	    rag != SEN_RAG_MISSED)) {
		tag(fp, "<td class=\"n\">", buf, "</td>");
		return;
	}
	fprintf(fp, "<td class=\"n %s\">", rag_class(rag));
	sen_html_text(fp, buf);
	fputs(rag == SEN_RAG_NEAR ? " ~</td>" : " !</td>", fp);
}

/* One row of figures for a period or group: ncols cells. */
static void
figures_row(const struct sen_report *r, FILE *fp,
    const struct sen_period *p, const char *by, const char *group,
    size_t ncols)
{
	size_t i;

	for (i = 0; i < ncols; i++)
		figure_cell(r, fp, sen_report_find(r, p, by, group,
		    sen_report_trend_cols[i].measure));
	fputs("</tr>\n", fp);
}

/* Fills the headings of a table of figures: first, then the columns. */
static void
figure_heads(const char **heads, const char *first, size_t ncols)
{
	size_t i;

	heads[0] = first;
	for (i = 0; i < ncols; i++)
		heads[i + 1] = sen_report_trend_cols[i].heading;
}

/* The trend table. */
static void
trend_table(const struct sen_report *r, FILE *fp,
    const struct sen_period *p, size_t n)
{
	const char *heads[SEN_REPORT_NTREND + 1];
	char label[SEN_PERIOD_LABEL], cap[80], marks[160];
	size_t i, ncols = SEN_REPORT_NTREND - 1;

	ncols += (size_t)sen_report_has(r, "requests_vs_baseline");
	figure_heads(heads, "Period", ncols);
	snprintf(cap, sizeof(cap), "Figures for each period up to %s, all "
	    "cases", sen_period_format(&r->period, label));
	table_open(fp, cap, heads, ncols + 1, "lrrrrr");
	for (i = 0; i < n; i++) {
		tag(fp, "<tr><th scope=\"row\">",
		    sen_period_format(&p[i], label), "</th>");
		figures_row(r, fp, &p[i], "all", "all", ncols);
	}
	fputs("</tbody>\n</table>\n", fp);
	sen_report_marks(r, marks, sizeof(marks));
	if (*marks != '\0')
		tag(fp, "<p>", marks, "</p>\n");
}

/* The table of the groups counted by one column. */
static void
group_table(const struct sen_report *r, FILE *fp, const char *by)
{
	const char *heads[SEN_REPORT_NTREND + 1];
	const struct sen_mrow *row;
	char label[SEN_PERIOD_LABEL], cap[100];
	size_t i = 0, ncols = SEN_REPORT_NTREND - 1;

	if (sen_report_group(r, by, &i) == NULL)
		return;		/* no requests counted by it */
	i = 0;
	figure_heads(heads, "Group", ncols);
	snprintf(cap, sizeof(cap), "Figures by %.50s, %s", by,
	    sen_period_format(&r->period, label));
	tag(fp, "<section>\n<h2>By ", by, "</h2>\n");
	table_open(fp, cap, heads, ncols + 1, "lrrrrr");
	while ((row = sen_report_group(r, by, &i)) != NULL) {
		tag(fp, "<tr><th scope=\"row\">", *row->f[SEN_M_GROUP] ?
		    row->f[SEN_M_GROUP] : "(not recorded)", "</th>");
		figures_row(r, fp, &r->period, by, row->f[SEN_M_GROUP],
		    ncols);
	}
	fputs("</tbody>\n</table>\n</section>\n", fp);
}

/* Returns the x of the middle of period i. */
static double
xpos(const struct chart *c, size_t i)
{
	return ML + ((double)i + 0.5) * (W - ML - MR) / (double)c->n;
}

/* Returns the y of a value. */
static double
ypos(const struct chart *c, double v)
{
	return MT + (H - MT - MB) * (1 - v / c->ymax);
}

/* Sets a scale from 0 to a round number at or above max, in at most
 * five steps of 1, 2 or 5 times a power of ten. */
static void
scale(struct chart *c, double max)
{
	static const double mult[] = { 1, 2, 5 };
	double pow10 = 1;
	size_t k;

	for (;;) {
		for (k = 0; k < 3; k++) {
			c->ystep = mult[k] * pow10;
			if (max <= 5 * c->ystep) {
				c->ymax = c->ystep * (double)(long long)
				    ((max + c->ystep - 1e-9) / c->ystep);
				if (c->ymax < c->ystep)
					c->ymax = c->ystep;
				return;
			}
		}
		pow10 *= 10;
	}
}

/* Opens the SVG of a chart, with its title and description. */
static void
svg_open(FILE *fp, const struct chart *c)
{
	fprintf(fp, "<svg role=\"img\" aria-labelledby=\"%s-title %s-desc\" "
	    "viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\">\n",
	    c->id, c->id, W, H);
	fprintf(fp, "<title id=\"%s-title\">", c->id);
	sen_html_text(fp, c->title);
	fprintf(fp, "</title>\n<desc id=\"%s-desc\">", c->id);
	sen_html_text(fp, c->desc);
	fputs("</desc>\n", fp);
}

/* Draws the grid, the axes and their labels. */
static void
svg_axes(FILE *fp, const struct chart *c)
{
	char label[SEN_PERIOD_LABEL];
	double v, y;
	size_t i, every = (c->n + 11) / 12;

	for (v = 0; v <= c->ymax + 1e-9; v += c->ystep) {
		y = ypos(c, v);
		fprintf(fp, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" "
		    "x2=\"%d\" y2=\"%.1f\"/>\n<text x=\"%d\" y=\"%.1f\" "
		    "text-anchor=\"end\">%.0f%s</text>\n", ML, y, W - MR, y,
		    ML - 6, y + 4, v, c->unit);
	}
	fprintf(fp, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" "
	    "y2=\"%d\"/>\n", ML, H - MB, W - MR, H - MB);
	for (i = 0; i < c->n; i++) {
		if ((c->n - 1 - i) % every != 0)
			continue;
		fprintf(fp, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">"
		    "%s</text>\n", xpos(c, i), H - MB + 18,
		    sen_period_format(&c->p[i], label));
	}
}

/* Draws a series as a line through its points, broken where it has
 * none. */
static void
svg_line(FILE *fp, const struct chart *c, const struct series *s)
{
	size_t i;
	int pen = 0;

	fprintf(fp, "<path class=\"line %s\" d=\"", s->cls);
	for (i = 0; i < c->n; i++) {
		if (s->v[i] < 0) {
			pen = 0;
			continue;
		}
		fprintf(fp, "%s%.1f %.1f ", pen ? "L" : "M", xpos(c, i),
		    ypos(c, s->v[i]));
		pen = 1;
	}
	fputs("\"/>\n", fp);
}

/* Draws a series as a level across each period, as for a target. */
static void
svg_step(FILE *fp, const struct chart *c, const struct series *s)
{
	double half = (double)(W - ML - MR) / (double)c->n / 2;
	size_t i;

	fprintf(fp, "<path class=\"step %s\" d=\"", s->cls);
	for (i = 0; i < c->n; i++)
		if (s->v[i] >= 0)
			fprintf(fp, "M%.1f %.1f H%.1f ", xpos(c, i) - half,
			    ypos(c, s->v[i]), xpos(c, i) + half);
	fputs("\"/>\n", fp);
}

/* Draws a series as bars. */
static void
svg_bars(FILE *fp, const struct chart *c, const struct series *s)
{
	double w = (double)(W - ML - MR) / (double)c->n * 0.6, y;
	size_t i;

	for (i = 0; i < c->n; i++) {
		if (s->v[i] < 0)
			continue;
		y = ypos(c, s->v[i]);
		fprintf(fp, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" "
		    "width=\"%.1f\" height=\"%.1f\"/>\n", s->cls,
		    xpos(c, i) - w / 2, y, w, H - MB - y);
	}
}

/* Draws a marker at x, y. */
static void
svg_marker(FILE *fp, const char *cls, enum marker m, double x, double y)
{
	if (m == CIRCLE)
		fprintf(fp, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" "
		    "r=\"4\"/>\n", cls, x, y);
	else if (m == SQUARE)
		fprintf(fp, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" "
		    "width=\"8\" height=\"8\"/>\n", cls, x - 4, y - 4);
}

/* Draws the markers of a series. */
static void
svg_markers(FILE *fp, const struct chart *c, const struct series *s)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (s->v[i] >= 0)
			svg_marker(fp, s->cls, s->marker, xpos(c, i),
			    ypos(c, s->v[i]));
}

/* Draws the key above the plot. */
static void
svg_key(FILE *fp, const struct chart *c)
{
	size_t k;
	double x = ML;

	for (k = 0; k < c->ns; k++) {
		const struct series *s = &c->s[k];

		if (s->kind == BARS)
			fprintf(fp, "<rect class=\"%s\" x=\"%.1f\" y=\"14\" "
			    "width=\"22\" height=\"12\"/>\n", s->cls, x);
		else
			fprintf(fp, "<path class=\"%s %s\" d=\"M%.1f 20 "
			    "H%.1f\"/>\n", s->kind == LINE ? "line" :
			    "step", s->cls, x, x + 22);
		svg_marker(fp, s->cls, s->marker, x + 11, 20);
		fprintf(fp, "<text x=\"%.1f\" y=\"24\">", x + 28);
		sen_html_text(fp, s->name);
		fputs("</text>\n", fp);
		x += 40 + 6.5 * (double)strlen(s->name);
	}
}

/* Draws a chart as SVG. */
static void
svg_chart(FILE *fp, const struct chart *c)
{
	size_t k;

	svg_open(fp, c);
	svg_axes(fp, c);
	for (k = 0; k < c->ns; k++) {
		if (c->s[k].kind == BARS)
			svg_bars(fp, c, &c->s[k]);
		else if (c->s[k].kind == STEP)
			svg_step(fp, c, &c->s[k]);
		else
			svg_line(fp, c, &c->s[k]);
		svg_markers(fp, c, &c->s[k]);
	}
	svg_key(fp, c);
	fputs("</svg>\n", fp);
}

/* Adds a series of a measure to a chart.  Returns SEN_OK or
 * SEN_ENOMEM. */
static int
add_series(const struct sen_report *r, struct chart *c, const char *name,
    const char *measure, enum sen_plot what)
{
	struct series *s = &c->s[c->ns];
	size_t i;

	if ((s->v = malloc((c->n + 1) * sizeof(*s->v))) == NULL)
		return SEN_ENOMEM;
	c->ns++;
	s->name = name;
	s->cls = "";
	s->kind = what == SEN_PLOT_VALUE ? LINE : STEP;
	s->marker = NONE;
	for (i = 0; i < c->n; i++)
		s->v[i] = sen_report_plot(r, sen_report_find(r, &c->p[i],
		    "all", "all", measure), what);
	return SEN_OK;
}

/* Frees a chart's series. */
static void
chart_free(struct chart *c)
{
	size_t k;

	for (k = 0; k < c->ns; k++)
		free(c->s[k].v);
	c->ns = 0;
}

/* Returns 1 when two series differ anywhere. */
static int
differ(const struct chart *c, const struct series *a,
    const struct series *b)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (a->v[i] != b->v[i])
			return 1;
	return 0;
}

/* Writes one period's figures in words for the on-time chart. */
static void
ontime_words(const struct sen_report *r, FILE *fp,
    const struct sen_period *p)
{
	const struct sen_mrow *all, *ex;
	char label[SEN_PERIOD_LABEL], a[CELL], e[CELL], t[CELL], te[CELL];

	all = sen_report_find(r, p, "all", "all", "on_time_all");
	ex = sen_report_find(r, p, "all", "all", "on_time_ex");
	sen_report_figure(r, all, a);
	sen_report_figure(r, ex, e);
	sen_report_target_words(all ? all->f[SEN_M_TARGET] : "", 1, t);
	sen_report_target_words(ex ? ex->f[SEN_M_TARGET] : "", 1, te);
	fprintf(fp, "<li>%s: ", sen_period_format(p, label));
	tag(fp, "", a, " with exceptions included, ");
	tag(fp, "", e, " with them left out");
	if (*t != '\0')
		tag(fp, "; target ", t, "");
	if (*te != '\0' && strcmp(t, te) != 0)
		tag(fp, *t ? " (left out: " : "; target, left out: ", te,
		    *t ? ")" : "");
	fputs(".</li>\n", fp);
}

/* Writes one period's figures in words for the requests chart. */
static void
requests_words(const struct sen_report *r, FILE *fp,
    const struct sen_period *p)
{
	const struct sen_mrow *req, *base;
	char label[SEN_PERIOD_LABEL], n[CELL];

	req = sen_report_find(r, p, "all", "all", "requests");
	base = sen_report_find(r, p, "all", "all", "requests_vs_baseline");
	fprintf(fp, "<li>%s: ", sen_period_format(p, label));
	tag(fp, "", sen_report_figure(r, req, n), " requests");
	if (base != NULL && *base->f[SEN_M_DEN] != '\0')
		tag(fp, "; historical level ",
		    sen_report_count(r, base->f[SEN_M_DEN]), " a period");
	fputs(".</li>\n", fp);
}

/* Writes a chart as a figure: caption, SVG, and its figures in words. */
static void
figure(const struct sen_report *r, FILE *fp, const struct chart *c,
    void (*words)(const struct sen_report *, FILE *,
    const struct sen_period *))
{
	size_t i;

	tag(fp, "<figure>\n<figcaption>", c->title, "</figcaption>\n");
	svg_chart(fp, c);
	fputs("<p>The figures in the chart, period by period:</p>\n"
	    "<ul class=\"alt\">\n", fp);
	for (i = 0; i < c->n; i++)
		words(r, fp, &c->p[i]);
	fputs("</ul>\n</figure>\n", fp);
}

/* Sets a chart's periods, title and description. */
static void
chart_init(const struct sen_report *r, struct chart *c, const char *id,
    const struct sen_period *p, size_t n)
{
	char first[SEN_PERIOD_LABEL], last[SEN_PERIOD_LABEL];

	memset(c, 0, sizeof(*c));
	c->id = id;
	c->p = p;
	c->n = n;
	c->unit = "";
	sen_period_format(&p[0], first);
	sen_period_format(&p[n - 1], last);
	if (strcmp(id, "chart-ontime") == 0) {
		snprintf(c->title, sizeof(c->title), "Share within %d weeks, "
		    "%s to %s", r->limit, first, last);
		snprintf(c->desc, sizeof(c->desc), "Line chart of the "
		    "percentage of %s issued within %d weeks in each period "
		    "from %s to %s: exceptions included (circles), exceptions "
		    "left out (squares), and the target (dashed). The figures "
		    "are listed below the chart.", r->regime == 2014 ?
		    "EHC plans" : "proposed statements", r->limit, first,
		    last);
	} else {
		snprintf(c->title, sizeof(c->title), "Requests for "
		    "assessment, %s to %s", first, last);
		snprintf(c->desc, sizeof(c->desc), "Column chart of the "
		    "requests for statutory assessment received in each "
		    "period from %s to %s%s. The figures are listed below the "
		    "chart.", first, last, sen_report_has(r,
		    "requests_vs_baseline") ? ", against the historical "
		    "level, the average a period over the baseline years "
		    "(dashed)" : "");
	}
}

/* The chart of the shares within the limit against the target. */
static int
ontime_chart(const struct sen_report *r, FILE *fp,
    const struct sen_period *p, size_t n)
{
	struct chart c;

	chart_init(r, &c, "chart-ontime", p, n);
	c.unit = "%";
	c.ymax = 100;
	c.ystep = 20;
	if (add_series(r, &c, "Exceptions included", "on_time_all",
	    SEN_PLOT_VALUE) != SEN_OK ||
	    add_series(r, &c, "Exceptions left out", "on_time_ex",
	    SEN_PLOT_VALUE) != SEN_OK ||
	    add_series(r, &c, "Target", "on_time_all",
	    SEN_PLOT_TARGET) != SEN_OK ||
	    add_series(r, &c, "Target, left out", "on_time_ex",
	    SEN_PLOT_TARGET) != SEN_OK) {
		chart_free(&c);
		return SEN_ENOMEM;
	}
	c.s[0].cls = "s-all";
	c.s[0].marker = CIRCLE;
	c.s[1].cls = "s-ex";
	c.s[1].marker = SQUARE;
	c.s[2].cls = "s-target";
	c.s[3].cls = "s-target2";
	if (!differ(&c, &c.s[2], &c.s[3])) {
		free(c.s[3].v);
		c.ns = 3;
	}
	figure(r, fp, &c, ontime_words);
	chart_free(&c);
	return SEN_OK;
}

/* The chart of requests against the historical level. */
static int
requests_chart(const struct sen_report *r, FILE *fp,
    const struct sen_period *p, size_t n)
{
	struct chart c;
	double max = 0;
	size_t i, k;

	chart_init(r, &c, "chart-requests", p, n);
	if (add_series(r, &c, "Requests", "requests",
	    SEN_PLOT_VALUE) != SEN_OK ||
	    (sen_report_has(r, "requests_vs_baseline") &&
	    add_series(r, &c, "Historical level", "requests_vs_baseline",
	    SEN_PLOT_DEN) != SEN_OK)) {
		chart_free(&c);
		return SEN_ENOMEM;
	}
	c.s[0].cls = "s-req";
	c.s[0].kind = BARS;
	c.s[1].cls = "s-base";
	for (k = 0; k < c.ns; k++)
		for (i = 0; i < n; i++)
			if (c.s[k].v[i] > max)
				max = c.s[k].v[i];
	scale(&c, max);
	figure(r, fp, &c, requests_words);
	chart_free(&c);
	return SEN_OK;
}

/* The trend: its charts and its table. */
static int
trend(const struct sen_report *r, FILE *fp)
{
	struct sen_period *p;
	size_t n;
	int st = SEN_OK;

	if (!sen_report_assessments(r))
		return SEN_OK;
	if (sen_report_periods(r, &p, &n) != SEN_OK)
		return SEN_ENOMEM;
	fputs("<section id=\"trend\">\n<h2>Trend</h2>\n", fp);
	if (n > 0 && (sen_report_has(r, "on_time_all") ||
	    sen_report_has(r, "on_time_ex")))
		st = ontime_chart(r, fp, p, n);
	if (st == SEN_OK && n > 0 && sen_report_has(r, "requests"))
		st = requests_chart(r, fp, p, n);
	if (st == SEN_OK)
		trend_table(r, fp, p, n);
	fputs("</section>\n", fp);
	free(p);
	return st;
}

/* The notes that define each figure, and the end of the document. */
static void
notes(const struct sen_report *r, FILE *fp)
{
	char buf[640];
	size_t i;

	fputs("<section id=\"notes\">\n<h2>Notes</h2>\n<ul class=\"notes\">\n",
	    fp);
	for (i = 0; sen_report_note(r, i, buf, sizeof(buf)); i++)
		tag(fp, "<li>", buf, "</li>\n");
	fputs("</ul>\n</section>\n</main>\n<footer><p>Written by "
	    "sen-report " SEN_VERSION " from the measures of sen-target."
	    "</p></footer>\n</body>\n</html>\n", fp);
}

/* Writes one of the further tables. */
static void
section_table(FILE *fp, const struct sen_table *t)
{
	const char *heads[SEN_TABLE_COLS];
	char align[SEN_TABLE_COLS + 1];
	size_t i, k;

	for (k = 0; k < t->ncols; k++) {
		heads[k] = t->head[k];
		align[k] = t->right[k] ? 'r' : 'l';
	}
	align[t->ncols] = '\0';
	tag(fp, "<section>\n<h2>", t->title, "</h2>\n");
	if (*t->note != '\0')
		tag(fp, "<p>", t->note, "</p>\n");
	table_open(fp, t->title, heads, t->ncols, align);
	for (i = 0; i < t->nrows; i++) {
		tag(fp, "<tr><th scope=\"row\">", t->cell[i][0], "</th>");
		for (k = 1; k < t->ncols; k++)
			tag(fp, t->right[k] ? "<td class=\"n\">" : "<td>",
			    t->cell[i][k], "</td>");
		fputs("</tr>\n", fp);
	}
	fputs("</tbody>\n</table>\n</section>\n", fp);
}

/* The further tables: banded funding, statements, school profiles,
 * benchmarks. */
static int
sections(const struct sen_report *r, FILE *fp)
{
	struct sen_table *t;
	size_t i, n;
	int st;

	if ((st = sen_tables_build(r, &t, &n)) != SEN_OK)
		return st;
	for (i = 0; i < n; i++)
		section_table(fp, &t[i]);
	sen_tables_free(t, n);
	return SEN_OK;
}

/* Renders the report as HTML. */
int
sen_html_render(const struct sen_report *r, FILE *fp)
{
	const char *by[SEN_REPORT_MAXBY];
	size_t i, n;
	int st;

	doc_head(r, fp);
	front(r, fp);
	headline(r, fp);
	if ((st = trend(r, fp)) != SEN_OK)
		return st;
	n = sen_report_distinct(r, SEN_M_BY, by, SEN_REPORT_MAXBY);
	for (i = 0; i < n; i++)
		group_table(r, fp, by[i]);
	if ((st = sections(r, fp)) != SEN_OK)
		return st;
	notes(r, fp);
	return ferror(fp) ? SEN_EIO : SEN_OK;
}
