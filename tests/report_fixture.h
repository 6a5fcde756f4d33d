/*
 * report_fixture.h: the measures of tests/fixtures/report-small.csv,
 * worked out by hand in tests/fixtures/report-small.txt, read into a
 * report for the unit tests of the report's renderers.  Included by
 * each test program that uses it; the tests run from the top
 * directory.
 */
#ifndef REPORT_FIXTURE_H
#define REPORT_FIXTURE_H

#include "sen_csv.h"
#include "sen_report.h"

#define REPORT_FIXTURE "tests/fixtures/report-small.csv"

/* Fills a report from the fixture, whose columns are in the order of
 * sen_measure_columns, and chooses its latest period, 2005-H2. */
static void
fixture_report(struct sen_report *r)
{
	const char *f[SEN_M_NCOLS];
	struct sen_csv *csv;
	FILE *fp;
	size_t k;

	sen_report_init(r);
	assert_non_null(fp = fopen(REPORT_FIXTURE, "rb"));
	assert_non_null(csv = sen_csv_open(fp, 0, 0));
	assert_int_equal(sen_csv_read(csv), SEN_OK);
	assert_string_equal(sen_csv_field(csv, 0, NULL), "period");
	while (sen_csv_read(csv) == SEN_OK) {
		assert_int_equal(sen_csv_nfields(csv), SEN_M_NCOLS);
		for (k = 0; k < SEN_M_NCOLS; k++)
			f[k] = sen_csv_field(csv, k, NULL);
		assert_int_equal(sen_report_add(r, f), SEN_OK);
	}
	sen_csv_close(csv);
	fclose(fp);
	assert_int_equal(r->n, 22);
	assert_int_equal(sen_report_choose(r, NULL), SEN_OK);
}

#endif
