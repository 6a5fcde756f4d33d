/*
 * test_xlsx.c: unit tests for sen_xlsx, the report as an Excel
 * workbook: the creation time it records, the same bytes from the same
 * report, a zip file, awkward measure names as sheet names, and errors
 * returned rather than printed by this library.  What the sheets hold
 * is checked with unzip in tests/cli/html.sh.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "sen.h"
#include "sen_report.h"
#include "sen_xlsx.h"

#include "report_fixture.h"

/* A directory for the workbooks, made afresh for each test. */
static char dir[64];

/* Makes the directory. */
static int
setup(void **state)
{
	(void)state;
	strcpy(dir, "/tmp/test_xlsx.XXXXXX");
	return mkdtemp(dir) == NULL ? -1 : 0;
}

/* Removes the directory and what is in it. */
static int
teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* Reads a whole file; returns it, to be freed, and its length. */
static char *
slurp(const char *path, size_t *len)
{
	char *buf;
	FILE *fp;
	long n;

	assert_non_null(fp = fopen(path, "rb"));
	assert_int_equal(fseek(fp, 0, SEEK_END), 0);
	assert_true((n = ftell(fp)) > 0);
	rewind(fp);
	assert_non_null(buf = malloc((size_t)n));
	assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	*len = (size_t)n;
	return buf;
}

/* Writes a report's workbook to dir/name and returns its bytes. */
static char *
write_book(const struct sen_report *r, const char *name, size_t *len)
{
	char path[128];
	const char *why = NULL;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	assert_int_equal(sen_xlsx_write(r, path, &why), SEN_OK);
	return slurp(path, len);
}

/* Writes a report's workbook to dir/name and checks it is a zip file. */
static void
zip_written(const struct sen_report *r, const char *name)
{
	char *a;
	size_t len;

	a = write_book(r, name, &len);
	assert_true(len > 4);
	assert_memory_equal(a, "PK\003\004", 4);
	free(a);
}

/* The creation time: the as-of day at midnight, or 1 January 2000;
 * never 0, which would make libxlsxwriter read the clock. */
static void
test_xlsx_created(void **state)
{
	struct sen_report r;

	(void)state;
	sen_report_init(&r);
	/* 30 years of 365 days and 7 leap days */
	assert_int_equal((long long)sen_xlsx_created(&r), 946684800LL);
	r.as_of = 13185;	/* 2006-02-06 */
	assert_int_equal((long long)sen_xlsx_created(&r),
	    13185LL * 86400);
	r.as_of = 0;
	assert_int_equal((long long)sen_xlsx_created(&r), 1);
}

/* The same report gives the same bytes, a zip file, whatever the time
 * between the runs. */
static void
test_xlsx_same_bytes(void **state)
{
	struct sen_report r;
	char *a, *b;
	size_t alen, blen;

	(void)state;
	fixture_report(&r);
	r.suppress = 10;
	r.amber = 20;
	a = write_book(&r, "a.xlsx", &alen);
	sleep(1);
	b = write_book(&r, "b.xlsx", &blen);
	assert_int_equal(alen, blen);
	assert_memory_equal(a, b, alen);
	assert_memory_equal(a, "PK\003\004", 4);
	free(b);
	/* another as-of day is another creation time, other bytes */
	r.as_of = 13185;
	b = write_book(&r, "c.xlsx", &blen);
	assert_true(alen != blen || memcmp(a, b, alen) != 0);
	free(a);
	free(b);
	sen_report_free(&r);
}

/* Measure names that are no sheet names: too long, with characters a
 * sheet name may not hold, the name of a fixed sheet in another case,
 * two that cut to the same name, bytes that are not UTF-8. */
static void
test_xlsx_sheet_names(void **state)
{
	static const char *const names[] = {
		"a measure with a name much longer than thirty-one characters",
		"a measure with a name much longer than thirty-one letters",
		"[odd]: *name*? a/b\\c 'x'", "SUMMARY", "chart", "",
		"bad \xff\xfe bytes", "\xc3\xa9t\xc3\xa9"
	};
	const char *row[SEN_M_NCOLS] = { "2005-H2", "all", "all", NULL,
	    "1", "", "1", "", "" };
	struct sen_report r;
	size_t i;

	(void)state;
	fixture_report(&r);
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		row[SEN_M_MEASURE] = names[i];
		assert_int_equal(sen_report_add(&r, row), SEN_OK);
	}
	zip_written(&r, "names.xlsx");
	sen_report_free(&r);
}

/* A workbook with no on-time measure has no chart, and is written. */
static void
test_xlsx_no_chart(void **state)
{
	static const char *const row[SEN_M_NCOLS] = { "2005-H2", "all",
	    "all", "requests", "7", "", "7", "", "" };
	struct sen_report r;

	(void)state;
	sen_report_init(&r);
	assert_int_equal(sen_report_add(&r, row), SEN_OK);
	assert_int_equal(sen_report_choose(&r, NULL), SEN_OK);
	zip_written(&r, "bare.xlsx");
	sen_report_free(&r);
}

/* A workbook that cannot be written: SEN_EIO and a reason. */
static void
test_xlsx_error(void **state)
{
	struct sen_report r;
	char path[128];
	const char *why = NULL;

	(void)state;
	fixture_report(&r);
	snprintf(path, sizeof(path), "%s/no/such/dir/a.xlsx", dir);
	assert_int_equal(sen_xlsx_write(&r, path, &why), SEN_EIO);
	assert_non_null(why);
	assert_true(strlen(why) > 0);
	assert_int_equal(access(path, F_OK), -1);
	sen_report_free(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_xlsx_created),
		cmocka_unit_test_setup_teardown(test_xlsx_same_bytes, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_xlsx_sheet_names, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_xlsx_no_chart, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_xlsx_error, setup,
		    teardown)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
