/*
 * test_schema.c: unit tests for sen_schema, the canonical columns and
 * the names exports give them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "sen.h"
#include "sen_codes.h"
#include "sen_schema.h"

/* Asserts that the export's column name matches the canonical column
 * called want. */
static void
matches(const char *name, const char *want)
{
	const struct sen_column *cols;
	size_t n;
	int i;

	cols = sen_kind_columns(SEN_K_ASSESSMENT, &n);
	if ((i = sen_column_match(SEN_K_ASSESSMENT, name)) < 0)
		fail_msg("\"%s\" matched no column, not %s", name, want);
	if ((size_t)i >= n || strcmp(cols[i].name, want) != 0)
		fail_msg("\"%s\" matched column %d, not %s", name, i, want);
}

static void
test_schema_kind_parse(void **state)
{
	enum sen_kind kind;

	(void)state;
	assert_int_equal(sen_kind_parse("assessment", &kind), SEN_OK);
	assert_int_equal(kind, SEN_K_ASSESSMENT);
	assert_int_equal(sen_kind_parse("Assessment", &kind), SEN_EUNKNOWN);
	assert_int_equal(sen_kind_parse("review", &kind), SEN_EUNKNOWN);
	assert_int_equal(sen_kind_parse("", &kind), SEN_EUNKNOWN);
}

/* A few columns, their types and vocabularies. */
static void
test_schema_columns(void **state)
{
	const struct sen_column *cols;
	size_t n;
	int i;

	(void)state;
	cols = sen_kind_columns(SEN_K_ASSESSMENT, &n);
	assert_non_null(cols);
	assert_true(n >= 6);
	assert_string_equal(cols[0].name, "case_id");
	assert_int_equal(cols[0].type, SEN_T_TEXT);
	assert_true(cols[0].required);

	assert_true((i = sen_column_index(SEN_K_ASSESSMENT,
	    "request_date")) >= 0);
	assert_int_equal(cols[i].type, SEN_T_DATE);
	assert_true(cols[i].required);

	assert_true((i = sen_column_index(SEN_K_ASSESSMENT,
	    "year_group")) >= 0);
	assert_int_equal(cols[i].type, SEN_T_CODE);
	assert_int_equal(cols[i].vocab, SEN_V_YEAR_GROUP);

	assert_true((i = sen_column_index(SEN_K_ASSESSMENT,
	    "decision")) >= 0);
	assert_int_equal(cols[i].type, SEN_T_CODE);
	assert_int_equal(cols[i].vocab, SEN_V_DECISION);

	assert_true((i = sen_column_index(SEN_K_ASSESSMENT,
	    "outcome")) >= 0);
	assert_int_equal(cols[i].vocab, SEN_V_OUTCOME);

	assert_true((i = sen_column_index(SEN_K_ASSESSMENT,
	    "exceptions")) >= 0);
	assert_int_equal(cols[i].type, SEN_T_EXCEPTIONS);
}

/* Canonical names are found exactly, and nothing else is. */
static void
test_schema_index(void **state)
{
	const struct sen_column *cols;
	size_t n;
	int i;

	(void)state;
	cols = sen_kind_columns(SEN_K_ASSESSMENT, &n);
	assert_int_equal(sen_column_index(SEN_K_ASSESSMENT, "case_id"), 0);
	i = sen_column_index(SEN_K_ASSESSMENT, "proposed_date");
	assert_true(i > 0 && (size_t)i < n);
	assert_string_equal(cols[i].name, "proposed_date");
	assert_int_equal(sen_column_index(SEN_K_ASSESSMENT, "Case_ID"), -1);
	assert_int_equal(sen_column_index(SEN_K_ASSESSMENT, "case id"), -1);
	assert_int_equal(sen_column_index(SEN_K_ASSESSMENT, "Case Ref"), -1);
	assert_int_equal(sen_column_index(SEN_K_ASSESSMENT, ""), -1);
}

/* The names exports use. */
static void
test_schema_match_aliases(void **state)
{
	(void)state;
	matches("Date Request Received", "request_date");
	matches("date request received", "request_date");
	matches("Request Date", "request_date");
	matches("CASE-ID", "case_id");
	matches("Case Ref", "case_id");
	matches("Case Reference", "case_id");
	matches("Proposed Statement Issued", "proposed_date");
	matches("Draft Statement Date", "proposed_date");
	matches("Final Statement Issued", "final_date");
	matches("EHC Plan Issued", "final_date");
	matches("Date of Decision", "decision_date");
	matches("Decision to Assess Date", "decision_date");
	matches("Decision to Assess", "decision");
	matches("NCY", "year_group");
	matches("NC Year", "year_group");
	matches("Pupil ID", "child_id");
	matches("School Name", "school");
	matches("Lead Service", "team");
	matches("Case Outcome", "outcome");
	matches("Exception Code", "exceptions");
	matches("Exceptions Applied", "exceptions");
}

/* Canonical names match themselves, however spaced and cased. */
static void
test_schema_match_canonical(void **state)
{
	(void)state;
	matches("case_id", "case_id");
	matches("request_date", "request_date");
	matches("Request-Date", "request_date");
	matches("PROPOSED DATE", "proposed_date");
	matches("year_group", "year_group");
	matches("exceptions", "exceptions");
}

static void
test_schema_match_unknown(void **state)
{
	(void)state;
	assert_int_equal(sen_column_match(SEN_K_ASSESSMENT,
	    "Favourite colour"), -1);
	assert_int_equal(sen_column_match(SEN_K_ASSESSMENT,
	    "Date Request"), -1);
	assert_int_equal(sen_column_match(SEN_K_ASSESSMENT,
	    "Date Request Received 2"), -1);
	assert_int_equal(sen_column_match(SEN_K_ASSESSMENT, "Case"), -1);
	/* Nothing but punctuation and the empty name match nothing. */
	assert_int_equal(sen_column_match(SEN_K_ASSESSMENT, "---"), -1);
	assert_int_equal(sen_column_match(SEN_K_ASSESSMENT, ""), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_schema_kind_parse),
		cmocka_unit_test(test_schema_columns),
		cmocka_unit_test(test_schema_index),
		cmocka_unit_test(test_schema_match_aliases),
		cmocka_unit_test(test_schema_match_canonical),
		cmocka_unit_test(test_schema_match_unknown)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
