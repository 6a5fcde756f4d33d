/*
 * test_html.c: unit tests for sen_html, the report as HTML, and for the
 * parts of the report's model it shows: suppressed counts, the amber
 * status, the figures a chart plots, the notes.
 *
 * The measures are those of tests/fixtures/report-small.csv, whose
 * figures are worked out by hand in tests/fixtures/report-small.txt.
 * Reports are rendered into memory with open_memstream and searched.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "sen.h"
#include "sen_html.h"
#include "sen_report.h"

#include "report_fixture.h"

/* Renders a report as HTML; returns the text, to be freed. */
static char *
render(const struct sen_report *r)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	assert_non_null(fp = open_memstream(&buf, &len));
	assert_int_equal(sen_html_render(r, fp), SEN_OK);
	assert_int_equal(fclose(fp), 0);
	assert_non_null(buf);
	return buf;
}

/* Asserts that text holds s. */
static void
holds(const char *text, const char *s)
{
	if (strstr(text, s) == NULL)
		fail_msg("no \"%s\" in:\n%s", s, text);
}

/* Returns the number of times s is in text. */
static size_t
count(const char *text, const char *s)
{
	size_t n = 0;

	for (; (text = strstr(text, s)) != NULL; text += strlen(s))
		n++;
	return n;
}

/* Escapes each of & < > " ' and turns control bytes into '?'. */
static void
test_html_escape(void **state)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	(void)state;
	assert_non_null(fp = open_memstream(&buf, &len));
	sen_html_text(fp, "<script>alert(1)</script> & \"q\" 'a'\001\x7f"
	    "Caf\xC3\xA9");
	assert_int_equal(fclose(fp), 0);
	assert_string_equal(buf, "&lt;script&gt;alert(1)&lt;/script&gt; "
	    "&amp; &quot;q&quot; &#39;a&#39;??Caf\xC3\xA9");
	free(buf);
}

/* Text from the data and the options is escaped wherever it is shown;
 * the document runs and loads nothing. */
static void
test_html_escaped(void **state)
{
	struct sen_report r;
	char *text;

	(void)state;
	fixture_report(&r);
	r.org = "<b>Anyshire</b> & 'Co'";
	r.title = "Report \"<i>\"";
	text = render(&r);
	holds(text, "<th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt;"
	    "</th>");
	holds(text, "<th scope=\"row\">O&#39;Neil &amp; &quot;Sons&quot;"
	    "</th>");
	holds(text, "<p class=\"org\">&lt;b&gt;Anyshire&lt;/b&gt; &amp; "
	    "&#39;Co&#39;</p>");
	holds(text, "<h1>Report &quot;&lt;i&gt;&quot;</h1>");
	holds(text, "<title>Report &quot;&lt;i&gt;&quot;, 2005-H2, "
	    "&lt;b&gt;Anyshire");
	assert_null(strstr(text, "<script"));
	assert_null(strstr(text, "<b>"));
	assert_null(strstr(text, "<i>"));
	assert_null(strstr(text, "href="));
	assert_null(strstr(text, "src="));
	assert_null(strstr(text, "url("));
	free(text);
	sen_report_free(&r);
}

/* The front matter, the stylesheet for paper, and accessible tables. */
static void
test_html_document(void **state)
{
	struct sen_report r;
	char *text;

	(void)state;
	fixture_report(&r);
	/* day 13185 is 6 February 2006: 2005-01-01 is 12784, plus 365 for
	 * 2006-01-01, plus 36 */
	r.as_of = 13185;
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	text = render(&r);
	assert_int_equal(strncmp(text, "<!DOCTYPE html>\n<html lang=\"en-GB\">",
	    35), 0);
	holds(text, "<meta charset=\"utf-8\">");
	holds(text, "<dt>Period</dt><dd>2005-H2, 1 July 2005 to 31 December "
	    "2005</dd>");
	holds(text, "<dt>Data as of</dt><dd>6 February 2006</dd>");
	holds(text, "@page{size:A4");
	holds(text, "@media print{");
	holds(text, "tr{break-inside:avoid");
	holds(text, "<caption>Headline figures for 2005-H2, all cases"
	    "</caption>");
	holds(text, "<caption>Figures for each period up to 2005-H2, all "
	    "cases</caption>");
	holds(text, "<caption>Figures by team, 2005-H2</caption>");
	holds(text, "<th scope=\"col\">Measure</th>");
	/* every table has a caption */
	assert_int_equal(count(text, "<table>"), count(text, "<caption>"));
	assert_int_equal(count(text, "<table>"), 3);
	holds(text, "<section id=\"notes\">");
	assert_non_null(strstr(text, "</html>\n"));
	free(text);
	sen_report_free(&r);
}

/* The headline table: figure, numerator, denominator, target, and the
 * status in words on its colour. */
static void
test_html_headline(void **state)
{
	struct sen_report r;
	char *text;

	(void)state;
	fixture_report(&r);
	text = render(&r);
	holds(text, "<tr><th scope=\"row\">Within 18 weeks, exceptions left "
	    "out</th><td class=\"n\">93.6%</td><td class=\"n\">88</td>"
	    "<td class=\"n\">94</td><td class=\"t\">at least 90%</td>"
	    "<td class=\"t\"><span class=\"rag rag-met\">met</span></td>"
	    "</tr>");
	/* no margin: a miss is red */
	holds(text, "<span class=\"rag rag-missed\">missed</span>");
	/* a count has no numerator or denominator of its own */
	holds(text, "<tr><th scope=\"row\">Requests for assessment</th>"
	    "<td class=\"n\">7</td><td class=\"n\"></td><td class=\"n\">"
	    "</td><td class=\"t\"></td><td></td></tr>");
	free(text);
	sen_report_free(&r);
}

/* A margin of 2 points: 88 of 100 against at least 90 is amber; 1.9 is
 * not enough. */
static void
test_html_amber(void **state)
{
	struct sen_report r;
	char *text;

	(void)state;
	fixture_report(&r);
	r.amber = 20;
	text = render(&r);
	holds(text, "<th scope=\"row\">Within 18 weeks, exceptions included"
	    "</th><td class=\"n\">88.0%</td>");
	holds(text, "<span class=\"rag rag-near\">near miss</span>");
	/* in the trend, amber shaded and marked ~; 2005-H1 missed by
	 * 3.33 stays red */
	holds(text, "<td class=\"n near\">88.0% ~</td>");
	holds(text, "<td class=\"n missed\">86.7% !</td>");
	holds(text, "one marked ~ missed it by no more than 2 percentage "
	    "points.");
	holds(text, "near miss (amber) when a percentage misses it by no "
	    "more than 2 percentage points");
	free(text);
	r.amber = 19;
	text = render(&r);
	assert_null(strstr(text, "<span class=\"rag rag-near\">"));
	holds(text, "<td class=\"n missed\">88.0% !</td>");
	free(text);
	sen_report_free(&r);
}

/* --suppress 10: counts below 10, and percentages on them, are "c",
 * with no status; the notes say so. */
static void
test_html_suppress(void **state)
{
	struct sen_report r;
	char *text;

	(void)state;
	fixture_report(&r);
	r.suppress = 10;
	text = render(&r);
	holds(text, "<tr><th scope=\"row\">Requests for assessment</th>"
	    "<td class=\"n\">c</td>");
	holds(text, "<tr><th scope=\"row\">Requests, % of historical level"
	    "</th><td class=\"n\">c</td><td class=\"n\">c</td>"
	    "<td class=\"n\">20.0</td><td class=\"t\">at most 50%</td>"
	    "<td></td></tr>");
	/* team C: 0 requests, 4 issued, 3 of 4 and 3 of 3 */
	holds(text, "<tr><th scope=\"row\">C</th><td class=\"n\">c</td>"
	    "<td class=\"n\">c</td><td class=\"n\">c</td>"
	    "<td class=\"n\">c</td></tr>");
	holds(text, "<li>2005-H2: c requests; historical level 20.0 a "
	    "period.</li>");
	holds(text, "<li>Counts below 10 are shown as c, with any percentage "
	    "built on them");
	free(text);
	sen_report_free(&r);
}

/* Two charts, each an image with a title and description, and its
 * figures in words. */
static void
test_html_charts(void **state)
{
	struct sen_report r;
	char *text;

	(void)state;
	fixture_report(&r);
	text = render(&r);
	assert_int_equal(count(text, "<svg role=\"img\""), 2);
	holds(text, "<svg role=\"img\" aria-labelledby=\"chart-ontime-title "
	    "chart-ontime-desc\"");
	holds(text, "<title id=\"chart-ontime-title\">Share within 18 weeks, "
	    "2005-H1 to 2005-H2</title>");
	holds(text, "<desc id=\"chart-ontime-desc\">Line chart of the "
	    "percentage of proposed statements issued within 18 weeks");
	holds(text, "<title id=\"chart-requests-title\">Requests for "
	    "assessment, 2005-H1 to 2005-H2</title>");
	holds(text, "<li>2005-H1: 86.7% with exceptions included, 92.9% with "
	    "them left out; target at least 90%.</li>");
	holds(text, "<li>2005-H2: 7 requests; historical level 20.0 a "
	    "period.</li>");
	/* the target is drawn: a dashed level */
	holds(text, "<path class=\"step s-target\" d=\"M");
	/* one target line, as both measures have the same targets */
	assert_null(strstr(text, "s-target2\" d="));
	free(text);
	sen_report_free(&r);
}

/* The model: what is hidden, what a figure shows, its status. */
static void
test_model_figures(void **state)
{
	struct sen_report r;
	const struct sen_mrow *row;
	char buf[SEN_REPORT_CELL];

	(void)state;
	fixture_report(&r);
	row = sen_report_find(&r, &r.period, "all", "all",
	    "requests_vs_baseline");
	assert_non_null(row);
	assert_string_equal(sen_report_figure(&r, row, buf), "35.0%");
	assert_false(sen_report_hides(&r, "0"));
	r.suppress = 10;
	assert_true(sen_report_hides(&r, "0"));
	assert_true(sen_report_hides(&r, "9"));
	assert_true(sen_report_hides(&r, "9.9"));
	assert_false(sen_report_hides(&r, "10"));
	assert_false(sen_report_hides(&r, ""));
	assert_false(sen_report_hides(&r, "x"));
	assert_string_equal(sen_report_count(&r, "7"), "c");
	assert_string_equal(sen_report_count(&r, "20.0"), "20.0");
	assert_string_equal(sen_report_figure(&r, row, buf), "c");
	assert_int_equal(sen_report_rag(&r, row), SEN_RAG_NONE);
	assert_true(sen_report_plot(&r, row, SEN_PLOT_VALUE) < 0);
	assert_true(sen_report_plot(&r, row, SEN_PLOT_TARGET) == 50.0);
	/* the historical level, an average of 20.0, is no small count */
	assert_true(sen_report_plot(&r, row, SEN_PLOT_DEN) == 20.0);
	assert_string_equal(sen_report_figure(&r, NULL, buf), "-");
	assert_string_equal(sen_report_rag_word(SEN_RAG_NEAR), "near miss");
	sen_report_free(&r);
}

/* The amber margin compares the exact figure, at its edges, for each
 * operator. */
static void
test_model_amber(void **state)
{
	static const char *const m[][SEN_M_NCOLS] = {
		/* 86.666... misses at least 90 by 3.333... */
		{ "2005-H1", "all", "all", "on_time_all", "26", "30", "86.7",
		    ">=90", "missed" },
		/* 52.5 misses at most 50 by 2.5 */
		{ "2005-H1", "all", "all", "on_time_ex", "21", "40", "52.5",
		    "<=50", "missed" },
		/* 75 misses exactly 77.5 by 2.5 */
		{ "2005-H1", "all", "all", "requests_vs_baseline", "30",
		    "40.0", "75.0", "=77.5", "missed" },
		/* a count is never amber */
		{ "2005-H1", "all", "all", "requests", "30", "", "30", ">=31",
		    "missed" }
	};
	struct sen_report r;
	size_t i;

	(void)state;
	sen_report_init(&r);
	for (i = 0; i < 4; i++)
		assert_int_equal(sen_report_add(&r, m[i]), SEN_OK);
	assert_int_equal(sen_report_rag(&r, &r.rows[0]), SEN_RAG_MISSED);
	r.amber = 33;
	assert_int_equal(sen_report_rag(&r, &r.rows[0]), SEN_RAG_MISSED);
	r.amber = 34;
	assert_int_equal(sen_report_rag(&r, &r.rows[0]), SEN_RAG_NEAR);
	r.amber = 24;
	assert_int_equal(sen_report_rag(&r, &r.rows[1]), SEN_RAG_MISSED);
	assert_int_equal(sen_report_rag(&r, &r.rows[2]), SEN_RAG_MISSED);
	r.amber = 25;
	assert_int_equal(sen_report_rag(&r, &r.rows[1]), SEN_RAG_NEAR);
	assert_int_equal(sen_report_rag(&r, &r.rows[2]), SEN_RAG_NEAR);
	r.amber = 1000;
	assert_int_equal(sen_report_rag(&r, &r.rows[3]), SEN_RAG_MISSED);
	sen_report_free(&r);
}

/* The notes: five by default here, one more for each of the amber
 * margin and suppression. */
static void
test_model_notes(void **state)
{
	struct sen_report r;
	char buf[640];
	size_t n;

	(void)state;
	fixture_report(&r);
	for (n = 0; sen_report_note(&r, n, buf, sizeof(buf)); n++)
		;
	assert_int_equal(n, 5);
	r.amber = 10;
	r.suppress = 5;
	assert_int_equal(sen_report_note(&r, 5, buf, sizeof(buf)), 1);
	assert_non_null(strstr(buf, "no more than 1 percentage point,"));
	assert_int_equal(sen_report_note(&r, 6, buf, sizeof(buf)), 1);
	assert_non_null(strstr(buf, "Counts below 5 are shown as c, with "
	    "any percentage built on them"));
	assert_int_equal(sen_report_note(&r, 7, buf, sizeof(buf)), 0);
	sen_report_free(&r);
}

/* A failed write is reported. */
static void
test_html_write_error(void **state)
{
	struct sen_report r;
	FILE *fp;

	(void)state;
	fixture_report(&r);
	if ((fp = fopen("/dev/full", "w")) == NULL)
		skip();
	setvbuf(fp, NULL, _IONBF, 0);
	assert_int_equal(sen_html_render(&r, fp), SEN_EIO);
	fclose(fp);
	sen_report_free(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html_escape),
		cmocka_unit_test(test_html_escaped),
		cmocka_unit_test(test_html_document),
		cmocka_unit_test(test_html_headline),
		cmocka_unit_test(test_html_amber),
		cmocka_unit_test(test_html_suppress),
		cmocka_unit_test(test_html_charts),
		cmocka_unit_test(test_model_figures),
		cmocka_unit_test(test_model_amber),
		cmocka_unit_test(test_model_notes),
		cmocka_unit_test(test_html_write_error)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
