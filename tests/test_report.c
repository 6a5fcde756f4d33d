/*
 * test_report.c: unit tests for sen_report, the monitoring report.
 *
 * Reports are built from measures rows written out here, rendered into
 * memory with open_memstream, and searched for whole lines.  Expected
 * lines are laid out by hand from the column widths, which are worked in
 * the comments: a column is as wide as its widest cell or heading,
 * columns are parted by two spaces, and figures are right-aligned.
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
#include "sen_date.h"
#include "sen_period.h"
#include "sen_report.h"

/* Measures rows: period, by, group, measure, numerator, denominator,
 * value, target, status. */
static const char *const rows[][SEN_M_NCOLS] = {
	{ "2005-H1", "all", "all", "requests", "4", "", "4", "", "" },
	{ "2005-H1", "all", "all", "issued", "2", "", "2", "", "" },
	{ "2005-H1", "all", "all", "on_time_all", "2", "2", "100.0",
	    ">=90", "met" },
	{ "2005-H1", "all", "all", "on_time_ex", "2", "2", "100.0", "", "" },
	{ "2005-H2", "all", "all", "requests", "122", "", "122", "", "" },
	{ "2005-H2", "all", "all", "issued", "67", "", "67", "", "" },
	/* 6500 / 67 = 97.01 */
	{ "2005-H2", "all", "all", "on_time_all", "65", "67", "97.0",
	    ">=90", "met" },
	/* 6000 / 61 = 98.36 */
	{ "2005-H2", "all", "all", "on_time_ex", "60", "61", "98.4",
	    ">=99", "missed" },
	/* 12200 / 80 = 152.5 */
	{ "2005-H2", "all", "all", "requests_vs_baseline", "122", "80.0",
	    "152.5", "<=150", "missed" },
	{ "2005-H2", "team", "<b>|x", "requests", "5", "", "5", "", "" },
	{ "2005-H2", "team", "x\001y", "requests", "3", "", "3", "", "" },
	{ "2005-H2", "team", "Caf\xC3\xA9", "requests", "1", "", "1", "",
	    "" },
	{ "2005-H2", "team", "", "requests", "2", "", "2", "", "" },
	{ "2004-H2", "all", "all", "requests", "9", "", "9", "", "" }
};

/* Returns the day number of y-m-d for the few days used here: 2005-01-01
 * is 12784 (worked in test_period.c), the rest counted from it. */
static sen_day
day2005(int m, int d)
{
	static const int before[12] = {
		0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334
	};

	return 12784 + before[m - 1] + d - 1;
}

/* Fills a report from the first n rows. */
static void
build(struct sen_report *r, size_t n)
{
	size_t i;

	sen_report_init(r);
	for (i = 0; i < n; i++)
		assert_int_equal(sen_report_add(r, rows[i]), SEN_OK);
}

/* Renders a report; returns the text, to be freed. */
static char *
render(const struct sen_report *r, enum sen_format fmt)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	assert_non_null(fp = open_memstream(&buf, &len));
	assert_int_equal(sen_report_render(r, fmt, fp), SEN_OK);
	assert_int_equal(fclose(fp), 0);
	assert_non_null(buf);
	assert_int_equal(strlen(buf), len);
	return buf;
}

/* Returns 1 when text holds line as a whole line. */
static int
has_line(const char *text, const char *line)
{
	size_t n = strlen(line);
	const char *p;

	for (p = text; *p != '\0'; p = strchr(p, '\n') + 1) {
		if (strncmp(p, line, n) == 0 && p[n] == '\n')
			return 1;
		if (strchr(p, '\n') == NULL)
			break;
	}
	return 0;
}

/* Asserts that text holds line as a whole line. */
static void
line_in(const char *text, const char *line)
{
	if (!has_line(text, line))
		fail_msg("no line \"%s\" in:\n%s", line, text);
}

/* Asserts that text holds a line that is line once runs of spaces are
 * squeezed to one. */
static void
squeezed_in(const char *text, const char *line)
{
	char *sq, *q;
	const char *p;

	assert_non_null(sq = malloc(strlen(text) + 1));
	for (p = text, q = sq; *p != '\0'; p++)
		if (*p != ' ' || q == sq || q[-1] != ' ')
			*q++ = *p;
	*q = '\0';
	if (!has_line(sq, line))
		fail_msg("no line \"%s\", spaces squeezed, in:\n%s", line,
		    sq);
	free(sq);
}

/* Asserts that no line of text ends in a space. */
static void
no_trailing_space(const char *text)
{
	const char *p;
	int line = 1;

	for (p = text; *p != '\0'; p++) {
		if (*p == '\n' && p > text && p[-1] == ' ')
			fail_msg("line %d ends in a space:\n%s", line, text);
		line += *p == '\n';
	}
}

/* The defaults. */
static void
test_report_init(void **state)
{
	struct sen_report r;

	(void)state;
	sen_report_init(&r);
	assert_string_equal(r.title,
	    "Statutory assessment monitoring report");
	assert_null(r.org);
	assert_int_equal(r.regime, 2001);
	assert_int_equal(r.limit, 18);
	assert_int_equal(r.as_of, SEN_NODATE);
	assert_int_equal(r.trend, 10);
	assert_int_equal(r.n, 0);
	sen_report_free(&r);
}

/* Rows are kept with their period; a row whose period is no label is
 * refused. */
static void
test_report_add(void **state)
{
	static const char *const bad[SEN_M_NCOLS] = {
		"2005-H3", "all", "all", "requests", "1", "", "1", "", ""
	};
	struct sen_report r;

	(void)state;
	build(&r, 3);
	assert_int_equal(r.n, 3);
	assert_int_equal(r.rows[2].period.kind, SEN_PER_HALF);
	assert_int_equal(r.rows[2].period.year, 2005);
	assert_int_equal(r.rows[2].period.index, 1);
	assert_string_equal(r.rows[2].f[SEN_M_MEASURE], "on_time_all");
	assert_string_equal(r.rows[2].f[SEN_M_TARGET], ">=90");
	assert_int_equal(sen_report_add(&r, bad), SEN_ESYNTAX);
	assert_int_equal(r.n, 3);
	sen_report_free(&r);
	assert_int_equal(r.n, 0);
	assert_null(r.rows);
}

/* The column names, in order. */
static void
test_report_columns(void **state)
{
	static const char *const want[SEN_M_NCOLS] = {
		"period", "by", "group", "measure", "numerator",
		"denominator", "value", "target", "status"
	};
	size_t i;

	(void)state;
	for (i = 0; i < SEN_M_NCOLS; i++)
		assert_string_equal(sen_measure_columns[i], want[i]);
}

/* Without a label or as-of day, the latest period: 2005-H2, though a
 * 2004-H2 row comes after it. */
static void
test_report_choose_latest(void **state)
{
	struct sen_report r;
	size_t n = sizeof(rows) / sizeof(rows[0]);

	(void)state;
	build(&r, n);
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	assert_int_equal(r.period.kind, SEN_PER_HALF);
	assert_int_equal(r.period.year, 2005);
	assert_int_equal(r.period.index, 2);
	sen_report_free(&r);
}

/* With an as-of day, the latest period ended before it. */
static void
test_report_choose_as_of(void **state)
{
	struct sen_report r;
	size_t n = sizeof(rows) / sizeof(rows[0]);

	(void)state;
	build(&r, n);
	/* 2005-H2 ends on 31 December, the day before */
	r.as_of = day2005(12, 31) + 1;
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	assert_int_equal(r.period.year, 2005);
	assert_int_equal(r.period.index, 2);
	/* on 31 December itself 2005-H2 has not ended before it */
	r.as_of = day2005(12, 31);
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	assert_int_equal(r.period.year, 2005);
	assert_int_equal(r.period.index, 1);
	/* 2005-H1 ends on 30 June; on 1 July it has ended */
	r.as_of = day2005(7, 1);
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	assert_int_equal(r.period.index, 1);
	/* on 30 June only 2004-H2 has */
	r.as_of = day2005(6, 30);
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	assert_int_equal(r.period.year, 2004);
	assert_int_equal(r.period.index, 2);
	sen_report_free(&r);
}

/* An explicit label wins over the as-of day. */
static void
test_report_choose_label(void **state)
{
	struct sen_report r;
	size_t n = sizeof(rows) / sizeof(rows[0]);

	(void)state;
	build(&r, n);
	assert_int_equal(sen_report_choose(&r, "2004-H2"), SEN_OK);
	assert_int_equal(r.period.year, 2004);
	assert_int_equal(r.period.index, 2);
	r.as_of = day2005(7, 1);
	assert_int_equal(sen_report_choose(&r, "2005-H2"), SEN_OK);
	assert_int_equal(r.period.year, 2005);
	assert_int_equal(r.period.index, 2);
	/* letters in either case, as sen_period_parse takes them */
	assert_int_equal(sen_report_choose(&r, "2005-h1"), SEN_OK);
	assert_int_equal(r.period.index, 1);
	sen_report_free(&r);
}

/* A label the stream does not hold, or no label at all: SEN_EUNKNOWN;
 * the period chosen before is kept. */
static void
test_report_choose_unknown(void **state)
{
	struct sen_report r;
	size_t n = sizeof(rows) / sizeof(rows[0]);

	(void)state;
	build(&r, n);
	assert_int_equal(sen_report_choose(&r, "2004-H2"), SEN_OK);
	assert_int_equal(sen_report_choose(&r, "2006-H1"), SEN_EUNKNOWN);
	assert_int_equal(sen_report_choose(&r, "2005-H3"), SEN_EUNKNOWN);
	assert_int_equal(sen_report_choose(&r, "bogus"), SEN_EUNKNOWN);
	assert_int_equal(sen_report_choose(&r, ""), SEN_EUNKNOWN);
	/* 2005 holds both halves, but is a year, and no row is of one */
	assert_int_equal(sen_report_choose(&r, "2005"), SEN_EUNKNOWN);
	/* 2005-Q3 starts when 2005-H2 does, but is not it */
	assert_int_equal(sen_report_choose(&r, "2005-Q3"), SEN_EUNKNOWN);
	assert_int_equal(r.period.year, 2004);
	assert_int_equal(r.period.index, 2);
	sen_report_free(&r);
}

/* No rows: nothing to report on. */
static void
test_report_choose_nothing(void **state)
{
	struct sen_report r;

	(void)state;
	sen_report_init(&r);
	assert_int_equal(sen_report_choose(&r, NULL), SEN_EEMPTY);
	r.as_of = day2005(7, 1);
	assert_int_equal(sen_report_choose(&r, NULL), SEN_EEMPTY);
	assert_int_equal(sen_report_choose(&r, "2005-H1"), SEN_EUNKNOWN);
	sen_report_free(&r);
}

/* The title, the period and the as-of day. */
static void
test_report_front(void **state)
{
	struct sen_report r;
	char *text;

	(void)state;
	build(&r, sizeof(rows) / sizeof(rows[0]));
	r.org = "Anyshire County Council";
	r.as_of = day2005(12, 31) + 1;
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	text = render(&r, SEN_FMT_TEXT);
	line_in(text, "Statutory assessment monitoring report");
	/* 9 + 1 + 10 + 1 + 10 + 1 + 6 = 38 letters and spaces */
	line_in(text, "======================================");
	line_in(text, "Organisation: Anyshire County Council");
	line_in(text, "Period: 2005-H2, 1 July 2005 to 31 December 2005");
	line_in(text, "Data as of: 1 January 2006");
	line_in(text, "Headline");
	line_in(text, "--------");
	free(text);
	sen_report_free(&r);
}

/*
 * The headline table of 2005-H2, laid out by hand.  Widths:
 *   Measure  36  "Within 18 weeks, exceptions included"
 *   Figure    6  "152.5%" and the heading, right-aligned
 *   Count    11  "122 of 80.0", right-aligned
 *   Target   12  "at least 90%", "at most 150%"
 *   Status    6  "missed" and the heading
 */
static void
test_report_headline_text(void **state)
{
	struct sen_report r;
	char *text;

	(void)state;
	build(&r, sizeof(rows) / sizeof(rows[0]));
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	text = render(&r, SEN_FMT_TEXT);
	/* 36 - 7 + 2 = 31 spaces; 2 + (11 - 5) = 8; 2; 12 - 6 + 2 = 8 */
	line_in(text, "Measure" "                               "
	    "Figure" "        " "Count" "  " "Target" "        " "Status");
	line_in(text, "------------------------------------  ------  "
	    "-----------  ------------  ------");
	/* 2 + (6 - 5) = 3 spaces; 2 + (11 - 8) = 5; 2; 2 */
	line_in(text, "Within 18 weeks, exceptions included" "   " "97.0%"
	    "     " "65 of 67" "  " "at least 90%" "  " "met");
	/* the missed mark is left out of the figure; status says it */
	line_in(text, "Within 18 weeks, exceptions left out" "   " "98.4%"
	    "     " "60 of 61" "  " "at least 99%" "  " "missed");
	/* 36 - 23 + 2 + 6 - 3 = 18 spaces, then nothing after */
	line_in(text, "Requests for assessment" "                  " "122");
	/* 36 - 31 + 2 = 7 spaces; 2; 2; 2 */
	line_in(text, "Requests, % of historical level" "       " "152.5%"
	    "  " "122 of 80.0" "  " "at most 150%" "  " "missed");
	/* 36 - 26 + 2 + 6 - 2 = 16 spaces */
	line_in(text, "Proposed statements issued" "                "
	    "67");
	squeezed_in(text,
	    "Within 18 weeks, exceptions included 97.0% 65 of 67 at least "
	    "90% met");
	free(text);
	sen_report_free(&r);
}

/* The headline row of on_time_all in Markdown. */
static void
test_report_headline_markdown(void **state)
{
	struct sen_report r;
	char *text;

	(void)state;
	build(&r, sizeof(rows) / sizeof(rows[0]));
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	text = render(&r, SEN_FMT_MARKDOWN);
	line_in(text, "# Statutory assessment monitoring report");
	line_in(text, "## Headline");
	line_in(text, "| Measure | Figure | Count | Target | Status |");
	line_in(text, "|:---|---:|---:|:---|:---|");
	line_in(text, "| Within 18 weeks, exceptions included | 97.0% | "
	    "65 of 67 | at least 90% | met |");
	line_in(text, "| Requests for assessment | 122 |  |  |  |");
	free(text);
	sen_report_free(&r);
}

/*
 * The trend table: 2004-H2, 2005-H1 and 2005-H2.  Widths: Period 7,
 * Requests 8, Issued 6, "Within, all" 11, "Within, excl." 13,
 * "Historical level" 16; all but the first right-aligned.
 */
static void
test_report_trend_text(void **state)
{
	struct sen_report r;
	char *text;

	(void)state;
	build(&r, sizeof(rows) / sizeof(rows[0]));
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	text = render(&r, SEN_FMT_TEXT);
	/* 2 + 8 - 3 = 7; 2 + 6 - 2 = 6; 2 + 11 - 5 = 8; 2 + 13 - 7 = 8;
	 * 2 + 16 - 8 = 10 */
	line_in(text, "2005-H2" "       " "122" "      " "67" "        "
	    "97.0%" "        " "98.4% !" "          " "152.5% !");
	/* 2 + 7 = 9; 2 + 5 = 7; 7; 2 + 5 = 7; 2 + 7 = 9; 2 + 15 = 17 */
	line_in(text, "2005-H1" "         " "4" "       " "2" "       "
	    "100.0%" "         " "100.0%" "                 " "-");
	squeezed_in(text, "2004-H2 9 - - - -");
	line_in(text, "A figure marked ! missed its target.");
	free(text);
	sen_report_free(&r);
}

/* The trend table holds only the latest r->trend periods. */
static void
test_report_trend_length(void **state)
{
	struct sen_report r;
	char *text;

	(void)state;
	build(&r, sizeof(rows) / sizeof(rows[0]));
	r.trend = 2;
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	text = render(&r, SEN_FMT_TEXT);
	squeezed_in(text, "2005-H1 4 2 100.0% 100.0% -");
	assert_false(has_line(text, "2004-H2"));
	assert_null(strstr(text, "2004-H2"));
	free(text);
	sen_report_free(&r);
}

/*
 * The table by team, in text.  Widths: Group 14 ("(not recorded)"),
 * Requests 8, Issued 6, "Within, all" 11, "Within, excl." 13.  A
 * control byte shows as '?'; "Café" is 5 bytes but 4 columns wide.
 */
static void
test_report_groups_text(void **state)
{
	struct sen_report r;
	char *text;

	(void)state;
	build(&r, sizeof(rows) / sizeof(rows[0]));
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	text = render(&r, SEN_FMT_TEXT);
	line_in(text, "By team");
	line_in(text, "-------");
	/* 14 - 5 + 2 + 8 - 1 = 18 spaces; 2 + 6 - 1 = 7; 2 + 11 - 1 = 12;
	 * 2 + 13 - 1 = 14 */
	line_in(text, "<b>|x" "                  " "5" "       " "-"
	    "            " "-" "              " "-");
	/* 14 - 3 + 2 + 8 - 1 = 20 spaces */
	line_in(text, "x?y" "                    " "3" "       " "-"
	    "            " "-" "              " "-");
	/* 14 - 4 + 2 + 8 - 1 = 19 spaces */
	line_in(text, "Caf\xC3\xA9" "                   " "1" "       " "-"
	    "            " "-" "              " "-");
	squeezed_in(text, "(not recorded) 2 - - -");
	assert_null(strchr(text, '\001'));
	free(text);
	sen_report_free(&r);
}

/* The table by team, in Markdown: punctuation escaped, a control byte
 * shown as a space. */
static void
test_report_groups_markdown(void **state)
{
	struct sen_report r;
	char *text;

	(void)state;
	build(&r, sizeof(rows) / sizeof(rows[0]));
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	text = render(&r, SEN_FMT_MARKDOWN);
	line_in(text, "## By team");
	line_in(text, "| \\<b\\>\\|x | 5 | - | - | - |");
	line_in(text, "| x y | 3 | - | - | - |");
	line_in(text, "| Caf\xC3\xA9 | 1 | - | - | - |");
	line_in(text, "| (not recorded) | 2 | - | - | - |");
	assert_null(strstr(text, "<b>"));
	assert_null(strchr(text, '\001'));
	free(text);
	sen_report_free(&r);
}

/* Markdown escapes each of \ ` * _ { } [ ] < > # | ! & in names. */
static void
test_report_markdown_escapes(void **state)
{
	static const char *const row[SEN_M_NCOLS] = {
		"2005-H2", "team", "a\\b`c*d_e{f}g[h]i<j>k#l|m!n&o",
		"requests", "1", "", "1", "", ""
	};
	struct sen_report r;
	char *text;

	(void)state;
	build(&r, 0);
	assert_int_equal(sen_report_add(&r, row), SEN_OK);
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	text = render(&r, SEN_FMT_MARKDOWN);
	line_in(text, "| a\\\\b\\`c\\*d\\_e\\{f\\}g\\[h\\]i\\<j\\>k\\#l\\|m"
	    "\\!n\\&o | 1 | - | - | - |");
	free(text);
	sen_report_free(&r);
}

/* A name too long for a cell (63 bytes) is cut to 60 and "...". */
static void
test_report_long_name(void **state)
{
	const char *row[SEN_M_NCOLS] = {
		"2005-H2", "team", NULL, "requests", "1", "", "1", "", ""
	};
	struct sen_report r;
	char name[80], want[80], *text;

	(void)state;
	memset(name, 'a', 70);
	name[70] = '\0';
	row[SEN_M_GROUP] = name;
	/* 60 + 3 = 63 columns; then 2 + 8 - 1 = 9 spaces before "1" */
	memset(want, 'a', 60);
	strcpy(want + 60, "...         1");
	build(&r, 0);
	assert_int_equal(sen_report_add(&r, row), SEN_OK);
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	text = render(&r, SEN_FMT_TEXT);
	squeezed_in(text, "Group Requests Issued Within, all Within, excl.");
	assert_non_null(strstr(text, want));
	free(text);
	sen_report_free(&r);
}

/*
 * A UTF-8 name too long for a cell is cut between characters: "x" and
 * 40 "é" (81 bytes) keep "x" and 29 "é" (59 bytes), as the 60th byte
 * would start a 30th "é" that does not fit, then "...".
 */
static void
test_report_long_utf8_name(void **state)
{
	const char *row[SEN_M_NCOLS] = {
		"2005-H2", "team", NULL, "requests", "1", "", "1", "", ""
	};
	struct sen_report r;
	char name[100], want[100], *text;
	size_t i;

	(void)state;
	name[0] = want[0] = 'x';
	for (i = 0; i < 40; i++)
		memcpy(name + 1 + 2 * i, "\xC3\xA9", 2);
	name[81] = '\0';
	memcpy(want, name, 59);
	strcpy(want + 59, "...");
	row[SEN_M_GROUP] = name;
	build(&r, 0);
	assert_int_equal(sen_report_add(&r, row), SEN_OK);
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	text = render(&r, SEN_FMT_TEXT);
	assert_non_null(strstr(text, want));
	assert_null(strstr(text, "\xC3..."));
	free(text);
	sen_report_free(&r);
}

/* Under 2014, the wording of the 2014 regime and its limit. */
static void
test_report_regime_2014(void **state)
{
	struct sen_report r;
	char *text;

	(void)state;
	build(&r, sizeof(rows) / sizeof(rows[0]));
	r.regime = 2014;
	r.limit = 20;
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	text = render(&r, SEN_FMT_TEXT);
	/* the Measure column is as wide as under 2001: 36 */
	line_in(text, "Within 20 weeks, exceptions included" "   " "97.0%"
	    "     " "65 of 67" "  " "at least 90%" "  " "met");
	squeezed_in(text, "Within 20 weeks, exceptions left out 98.4% "
	    "60 of 61 at least 99% missed");
	/* 36 - 16 + 2 + 6 - 2 = 26 spaces */
	line_in(text, "EHC plans issued" "                          " "67");
	assert_null(strstr(text, "Proposed statements"));
	assert_null(strstr(text, "18 weeks"));
	assert_non_null(strstr(text, "final EHC plan"));
	/* 7 * 20 */
	assert_non_null(strstr(text, "140 days"));
	free(text);
	sen_report_free(&r);
}

/* Under 2001 the wording is of proposed statements and 126 days. */
static void
test_report_regime_2001(void **state)
{
	struct sen_report r;
	char *text;

	(void)state;
	build(&r, sizeof(rows) / sizeof(rows[0]));
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	text = render(&r, SEN_FMT_TEXT);
	assert_null(strstr(text, "EHC plan"));
	assert_non_null(strstr(text, "proposed statement"));
	/* 7 * 18 */
	assert_non_null(strstr(text, "126 days"));
	free(text);
	sen_report_free(&r);
}

/* No line of a text report ends in a space: tables with empty last
 * cells, short rows, and a group name that ends in spaces. */
static void
test_report_no_trailing_space(void **state)
{
	static const char *const row[SEN_M_NCOLS] = {
		"2005-H2", "area", "north  ", "requests", "1", "", "1", "", ""
	};
	struct sen_report r;
	char *text;

	(void)state;
	build(&r, sizeof(rows) / sizeof(rows[0]));
	assert_int_equal(sen_report_add(&r, row), SEN_OK);
	r.org = "Anyshire";
	r.as_of = day2005(12, 31) + 1;
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	text = render(&r, SEN_FMT_TEXT);
	no_trailing_space(text);
	/* the requests row's last four cells are empty */
	assert_false(has_line(text, "Requests for assessment"
	    "                  " "122 "));
	free(text);
	r.regime = 2014;
	assert_int_equal(sen_report_choose(&r, "2005-H1"), SEN_OK);
	text = render(&r, SEN_FMT_TEXT);
	no_trailing_space(text);
	free(text);
	sen_report_free(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_report_init),
		cmocka_unit_test(test_report_add),
		cmocka_unit_test(test_report_columns),
		cmocka_unit_test(test_report_choose_latest),
		cmocka_unit_test(test_report_choose_as_of),
		cmocka_unit_test(test_report_choose_label),
		cmocka_unit_test(test_report_choose_unknown),
		cmocka_unit_test(test_report_choose_nothing),
		cmocka_unit_test(test_report_front),
		cmocka_unit_test(test_report_headline_text),
		cmocka_unit_test(test_report_headline_markdown),
		cmocka_unit_test(test_report_trend_text),
		cmocka_unit_test(test_report_trend_length),
		cmocka_unit_test(test_report_groups_text),
		cmocka_unit_test(test_report_groups_markdown),
		cmocka_unit_test(test_report_markdown_escapes),
		cmocka_unit_test(test_report_long_name),
		cmocka_unit_test(test_report_long_utf8_name),
		cmocka_unit_test(test_report_regime_2014),
		cmocka_unit_test(test_report_regime_2001),
		cmocka_unit_test(test_report_no_trailing_space)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
