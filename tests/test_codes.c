/*
 * test_codes.c: unit tests for sen_codes, the vocabularies and the words
 * exports use for them.
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

/* Asserts that the word s of vocabulary v maps to want. */
static void
maps_to(enum sen_vocab v, const char *s, const char *want)
{
	const char *code;
	int st;

	code = NULL;
	if ((st = sen_code_lookup(v, s, strlen(s), &code)) != SEN_OK)
		fail_msg("\"%s\" (vocabulary %d): status %d (%s)", s, (int)v,
		    st, sen_strerror(st));
	if (code == NULL || strcmp(code, want) != 0)
		fail_msg("\"%s\" (vocabulary %d) gave \"%s\", not \"%s\"", s,
		    (int)v, code ? code : "(null)", want);
}

/* Asserts that looking s up in v fails with status want. */
static void
fails_with(enum sen_vocab v, const char *s, int want)
{
	const char *code;
	int st;

	if ((st = sen_code_lookup(v, s, strlen(s), &code)) != want)
		fail_msg("\"%s\" (vocabulary %d): status %d, not %d", s,
		    (int)v, st, want);
}

/* Asserts that sen_exceptions_norm turns s into want. */
static void
norms_to(const char *s, const char *want)
{
	char out[256];
	size_t bad, badlen;
	int st;

	st = sen_exceptions_norm(s, strlen(s), out, sizeof(out), &bad,
	    &badlen);
	if (st != SEN_OK)
		fail_msg("\"%s\": status %d (%s)", s, st, sen_strerror(st));
	if (strcmp(out, want) != 0)
		fail_msg("\"%s\" gave \"%s\", not \"%s\"", s, out, want);
}

/* Asserts that s holds an unknown word of badlen bytes at bad. */
static void
norm_unknown(const char *s, size_t want_bad, size_t want_len)
{
	char out[256];
	size_t bad = 999, badlen = 999;

	assert_int_equal(sen_exceptions_norm(s, strlen(s), out, sizeof(out),
	    &bad, &badlen), SEN_EUNKNOWN);
	if (bad != want_bad || badlen != want_len)
		fail_msg("\"%s\": unknown word at %zu+%zu, not %zu+%zu", s,
		    bad, badlen, want_bad, want_len);
}

/* Forgets added words after each test. */
static int
teardown(void **state)
{
	(void)state;
	sen_code_reset();
	return 0;
}

/* Letters and digits only, lower-cased. */
static void
test_codes_key(void **state)
{
	char key[SEN_KEY_MAX];

	(void)state;
	assert_int_equal(sen_key("Health advice - late", 20, key), 16);
	assert_string_equal(key, "healthadvicelate");
	assert_int_equal(sen_key("  Year 7 ", 9, key), 5);
	assert_string_equal(key, "year7");
	assert_int_equal(sen_key("COVID-19", 8, key), 7);
	assert_string_equal(key, "covid19");
	assert_int_equal(sen_key("", 0, key), 0);
	assert_string_equal(key, "");
	assert_int_equal(sen_key("-- / --", 7, key), 0);
	assert_string_equal(key, "");
}

/* Bytes outside ASCII are not letters; only len bytes are read. */
static void
test_codes_key_bytes(void **state)
{
	char key[SEN_KEY_MAX];

	(void)state;
	/* "Café-Ñ 12" in UTF-8: é is C3 A9, Ñ is C3 91. */
	assert_int_equal(sen_key("Caf\xC3\xA9-\xC3\x91 12", 11, key), 5);
	assert_string_equal(key, "caf12");
	assert_int_equal(sen_key("abcdef", 3, key), 3);
	assert_string_equal(key, "abc");
	assert_int_equal(sen_key("a\0b", 3, key), 2);
	assert_string_equal(key, "ab");
}

/* 63 letters fit with their NUL; 64 do not. */
static void
test_codes_key_limit(void **state)
{
	char key[SEN_KEY_MAX], word[80];

	(void)state;
	memset(word, 'A', sizeof(word));
	assert_int_equal(sen_key(word, 63, key), 63);
	assert_int_equal(key[0], 'a');
	assert_int_equal(key[62], 'a');
	assert_int_equal(key[63], '\0');
	assert_int_equal(sen_key(word, 64, key), SEN_KEY_MAX);
	assert_int_equal(sen_key(word, 80, key), SEN_KEY_MAX);
	/* Spaces do not count towards the limit. */
	memset(word, ' ', sizeof(word));
	memset(word, 'b', 63);
	assert_int_equal(sen_key(word, 80, key), 63);
}

static void
test_codes_decision_words(void **state)
{
	(void)state;
	maps_to(SEN_V_DECISION, "Refused to assess", "not_assess");
	maps_to(SEN_V_DECISION, "refused", "not_assess");
	maps_to(SEN_V_DECISION, "Decision not to assess", "not_assess");
	maps_to(SEN_V_DECISION, "N", "not_assess");
	maps_to(SEN_V_DECISION, "No", "not_assess");
	maps_to(SEN_V_DECISION, "not_assess", "not_assess");
	maps_to(SEN_V_DECISION, "Yes", "assess");
	maps_to(SEN_V_DECISION, "Y", "assess");
	maps_to(SEN_V_DECISION, "AGREED TO ASSESS", "assess");
	maps_to(SEN_V_DECISION, "Assessment agreed", "assess");
	maps_to(SEN_V_DECISION, "assess", "assess");
	maps_to(SEN_V_DECISION, "Request withdrawn", "withdrawn");
	maps_to(SEN_V_DECISION, " withdrawn ", "withdrawn");
}

static void
test_codes_outcome_words(void **state)
{
	(void)state;
	maps_to(SEN_V_OUTCOME, "Statement issued", "statement");
	maps_to(SEN_V_OUTCOME, "Final statement issued", "statement");
	maps_to(SEN_V_OUTCOME, "EHC Plan", "plan");
	maps_to(SEN_V_OUTCOME, "EHCP", "plan");
	maps_to(SEN_V_OUTCOME, "Note in lieu", "note_in_lieu");
	maps_to(SEN_V_OUTCOME, "NIL", "note_in_lieu");
	maps_to(SEN_V_OUTCOME, "note_in_lieu", "note_in_lieu");
	maps_to(SEN_V_OUTCOME, "No statement", "no_statement");
	maps_to(SEN_V_OUTCOME, "Decision not to issue", "no_statement");
	maps_to(SEN_V_OUTCOME, "Request withdrawn", "withdrawn");
	maps_to(SEN_V_OUTCOME, "In progress", "open");
	maps_to(SEN_V_OUTCOME, "Draft issued", "open");
	maps_to(SEN_V_OUTCOME, "Proposed statement issued", "open");
}

/* The same word means different codes in different vocabularies. */
static void
test_codes_vocabularies_apart(void **state)
{
	(void)state;
	maps_to(SEN_V_DECISION, "Refused", "not_assess");
	maps_to(SEN_V_OUTCOME, "Refused", "no_statement");
	maps_to(SEN_V_DECISION, "Yes", "assess");
	maps_to(SEN_V_EXCEPTION, "Yes", "unspecified");
	maps_to(SEN_V_DECISION, "No", "not_assess");
	maps_to(SEN_V_EXCEPTION, "No", "");
	fails_with(SEN_V_OUTCOME, "assess", SEN_EUNKNOWN);
	fails_with(SEN_V_DECISION, "statement", SEN_EUNKNOWN);
	fails_with(SEN_V_YEAR_GROUP, "Yes", SEN_EUNKNOWN);
}

static void
test_codes_exception_words(void **state)
{
	(void)state;
	maps_to(SEN_V_EXCEPTION, "Parental delay", "parent_late");
	maps_to(SEN_V_EXCEPTION, "parent_late", "parent_late");
	maps_to(SEN_V_EXCEPTION, "Further advice needed", "further_advice");
	maps_to(SEN_V_EXCEPTION, "School closure", "school_closure");
	maps_to(SEN_V_EXCEPTION, "Health advice - late", "health_late");
	maps_to(SEN_V_EXCEPTION, "Social services advice late",
	    "social_care_late");
	maps_to(SEN_V_EXCEPTION, "Exceptional personal circumstances",
	    "personal");
	maps_to(SEN_V_EXCEPTION, "Away from area", "absence");
	maps_to(SEN_V_EXCEPTION, "DNA", "missed_appointment");
	maps_to(SEN_V_EXCEPTION, "COVID-19", "coronavirus");
	maps_to(SEN_V_EXCEPTION, "Y", "unspecified");
	maps_to(SEN_V_EXCEPTION, "Exception applied", "unspecified");
	maps_to(SEN_V_EXCEPTION, "No", "");
	maps_to(SEN_V_EXCEPTION, "n", "");
	maps_to(SEN_V_EXCEPTION, "None", "");
}

static void
test_codes_year_group_words(void **state)
{
	(void)state;
	maps_to(SEN_V_YEAR_GROUP, "Reception", "R");
	maps_to(SEN_V_YEAR_GROUP, "Rec", "R");
	maps_to(SEN_V_YEAR_GROUP, "R", "R");
	maps_to(SEN_V_YEAR_GROUP, "Year R", "R");
	maps_to(SEN_V_YEAR_GROUP, "N1", "N1");
	maps_to(SEN_V_YEAR_GROUP, "Nursery 1", "N1");
	maps_to(SEN_V_YEAR_GROUP, "n2", "N2");
	maps_to(SEN_V_YEAR_GROUP, "Nursery 2", "N2");
}

static void
test_codes_year_group_numbers(void **state)
{
	(void)state;
	maps_to(SEN_V_YEAR_GROUP, "Year 7", "7");
	maps_to(SEN_V_YEAR_GROUP, "Y7", "7");
	maps_to(SEN_V_YEAR_GROUP, "7", "7");
	maps_to(SEN_V_YEAR_GROUP, "Yr 3", "3");
	maps_to(SEN_V_YEAR_GROUP, "NCY 14", "14");
	maps_to(SEN_V_YEAR_GROUP, "year 10", "10");
	maps_to(SEN_V_YEAR_GROUP, "1", "1");
	maps_to(SEN_V_YEAR_GROUP, "Y-11", "11");
	maps_to(SEN_V_YEAR_GROUP, " 12 ", "12");
}

/* Numbers out of 1 to 14, leading zeros and other text are unknown. */
static void
test_codes_year_group_unknown(void **state)
{
	(void)state;
	fails_with(SEN_V_YEAR_GROUP, "15", SEN_EUNKNOWN);
	fails_with(SEN_V_YEAR_GROUP, "0", SEN_EUNKNOWN);
	fails_with(SEN_V_YEAR_GROUP, "07", SEN_EUNKNOWN);
	fails_with(SEN_V_YEAR_GROUP, "Year 0", SEN_EUNKNOWN);
	fails_with(SEN_V_YEAR_GROUP, "Year 07", SEN_EUNKNOWN);
	fails_with(SEN_V_YEAR_GROUP, "Year 15", SEN_EUNKNOWN);
	fails_with(SEN_V_YEAR_GROUP, "Y", SEN_EUNKNOWN);
	fails_with(SEN_V_YEAR_GROUP, "Year", SEN_EUNKNOWN);
	fails_with(SEN_V_YEAR_GROUP, "7a", SEN_EUNKNOWN);
	fails_with(SEN_V_YEAR_GROUP, "Year 7 and 8", SEN_EUNKNOWN);
	fails_with(SEN_V_YEAR_GROUP, "N3", SEN_EUNKNOWN);
	/* A mixed class is two year groups, not year 12; -1 is not 1. */
	fails_with(SEN_V_YEAR_GROUP, "Year 1/2", SEN_EUNKNOWN);
	fails_with(SEN_V_YEAR_GROUP, "1,2", SEN_EUNKNOWN);
	fails_with(SEN_V_YEAR_GROUP, "-1", SEN_EUNKNOWN);
}

static void
test_codes_unknown_words(void **state)
{
	char word[80];

	(void)state;
	fails_with(SEN_V_DECISION, "Maybe", SEN_EUNKNOWN);
	fails_with(SEN_V_DECISION, "Yes please", SEN_EUNKNOWN);
	fails_with(SEN_V_OUTCOME, "Statement pending review", SEN_EUNKNOWN);
	fails_with(SEN_V_EXCEPTION, "Late", SEN_EUNKNOWN);
	fails_with(SEN_V_EXCEPTION, "Parental", SEN_EUNKNOWN);
	/* Punctuation only: not blank, but no key. */
	fails_with(SEN_V_DECISION, "-", SEN_EUNKNOWN);
	fails_with(SEN_V_EXCEPTION, "?", SEN_EUNKNOWN);
	/* A word whose key would not fit. */
	memset(word, 'y', sizeof(word) - 1);
	word[sizeof(word) - 1] = '\0';
	fails_with(SEN_V_DECISION, word, SEN_EUNKNOWN);
}

static void
test_codes_blank(void **state)
{
	enum sen_vocab v;

	(void)state;
	for (v = SEN_V_DECISION; v < SEN_V_COUNT; v++) {
		fails_with(v, "", SEN_EEMPTY);
		fails_with(v, " ", SEN_EEMPTY);
		fails_with(v, "   ", SEN_EEMPTY);
		fails_with(v, " \t ", SEN_EEMPTY);
	}
}

/* Only the len bytes given are read. */
static void
test_codes_lookup_length(void **state)
{
	const char *code;

	(void)state;
	assert_int_equal(sen_code_lookup(SEN_V_DECISION, "Yesterday", 3,
	    &code), SEN_OK);
	assert_string_equal(code, "assess");
	assert_int_equal(sen_code_lookup(SEN_V_YEAR_GROUP, "Year 12", 6,
	    &code), SEN_OK);
	assert_string_equal(code, "1");
	assert_int_equal(sen_code_lookup(SEN_V_DECISION, "Yes", 0, &code),
	    SEN_EEMPTY);
}

static void
test_codes_add_then_lookup(void **state)
{
	(void)state;
	fails_with(SEN_V_DECISION, "Panel: no", SEN_EUNKNOWN);
	assert_int_equal(sen_code_add(SEN_V_DECISION, "Panel: no",
	    "not_assess"), SEN_OK);
	maps_to(SEN_V_DECISION, "Panel: no", "not_assess");
	maps_to(SEN_V_DECISION, "PANEL NO", "not_assess");
	/* Only in the vocabulary it was added to. */
	fails_with(SEN_V_OUTCOME, "Panel: no", SEN_EUNKNOWN);
	/* The built-in words are still there. */
	maps_to(SEN_V_DECISION, "Refused to assess", "not_assess");

	assert_int_equal(sen_code_add(SEN_V_YEAR_GROUP, "Yr Twelve", "12"),
	    SEN_OK);
	maps_to(SEN_V_YEAR_GROUP, "yr twelve", "12");
	assert_int_equal(sen_code_add(SEN_V_YEAR_GROUP, "Pre-school", "N2"),
	    SEN_OK);
	maps_to(SEN_V_YEAR_GROUP, "Preschool", "N2");
	assert_int_equal(sen_code_add(SEN_V_EXCEPTION, "N/A", ""), SEN_OK);
	maps_to(SEN_V_EXCEPTION, "n/a", "");
}

/* Words added are looked up before the built-in ones. */
static void
test_codes_add_overrides(void **state)
{
	(void)state;
	assert_int_equal(sen_code_add(SEN_V_OUTCOME, "Refused", "withdrawn"),
	    SEN_OK);
	maps_to(SEN_V_OUTCOME, "REFUSED", "withdrawn");
	maps_to(SEN_V_DECISION, "Refused", "not_assess");
}

/* A word can be added only for a canonical code of its vocabulary. */
static void
test_codes_add_noncanonical(void **state)
{
	(void)state;
	assert_int_equal(sen_code_add(SEN_V_DECISION, "Maybe", "perhaps"),
	    SEN_EUNKNOWN);
	fails_with(SEN_V_DECISION, "Maybe", SEN_EUNKNOWN);
	/* A word for a code is not a code. */
	assert_int_equal(sen_code_add(SEN_V_DECISION, "Maybe",
	    "Refused to assess"), SEN_EUNKNOWN);
	assert_int_equal(sen_code_add(SEN_V_DECISION, "Maybe", "Assess"),
	    SEN_EUNKNOWN);
	/* A code of another vocabulary. */
	assert_int_equal(sen_code_add(SEN_V_DECISION, "Maybe", "statement"),
	    SEN_EUNKNOWN);
	assert_int_equal(sen_code_add(SEN_V_OUTCOME, "x", "parent_late"),
	    SEN_EUNKNOWN);
	assert_int_equal(sen_code_add(SEN_V_YEAR_GROUP, "x", "15"),
	    SEN_EUNKNOWN);
	assert_int_equal(sen_code_add(SEN_V_YEAR_GROUP, "x", "07"),
	    SEN_EUNKNOWN);
	assert_int_equal(sen_code_add(SEN_V_YEAR_GROUP, "x", "Year 7"),
	    SEN_EUNKNOWN);
	assert_int_equal(sen_code_add(SEN_V_YEAR_GROUP, "x", "r"),
	    SEN_EUNKNOWN);
	fails_with(SEN_V_YEAR_GROUP, "x", SEN_EUNKNOWN);
}

static void
test_codes_reset(void **state)
{
	(void)state;
	assert_int_equal(sen_code_add(SEN_V_OUTCOME, "Refused", "withdrawn"),
	    SEN_OK);
	assert_int_equal(sen_code_add(SEN_V_DECISION, "Panel: no",
	    "not_assess"), SEN_OK);
	sen_code_reset();
	maps_to(SEN_V_OUTCOME, "Refused", "no_statement");
	fails_with(SEN_V_DECISION, "Panel: no", SEN_EUNKNOWN);
	sen_code_reset();
}

static void
test_codes_vocab_of(void **state)
{
	(void)state;
	assert_int_equal(sen_vocab_of("decision"), SEN_V_DECISION);
	assert_int_equal(sen_vocab_of("outcome"), SEN_V_OUTCOME);
	assert_int_equal(sen_vocab_of("exceptions"), SEN_V_EXCEPTION);
	assert_int_equal(sen_vocab_of("year_group"), SEN_V_YEAR_GROUP);
	assert_int_equal(sen_vocab_of("Decision"), -1);
	assert_int_equal(sen_vocab_of("case_id"), -1);
	assert_int_equal(sen_vocab_of(""), -1);
}

static void
test_codes_exception_regimes(void **state)
{
	(void)state;
	assert_int_equal(sen_exception_regimes("coronavirus"), SEN_R2014);
	assert_int_equal(sen_exception_regimes("further_advice"), SEN_R2001);
	assert_int_equal(sen_exception_regimes("parent_late"), SEN_R2001);
	assert_int_equal(sen_exception_regimes("school_closure"),
	    SEN_R2001 | SEN_R2014);
	assert_int_equal(sen_exception_regimes("unspecified"),
	    SEN_R2001 | SEN_R2014);
	/* Words and unknown codes have no regime. */
	assert_int_equal(sen_exception_regimes("Coronavirus"), 0);
	assert_int_equal(sen_exception_regimes("covid"), 0);
	assert_int_equal(sen_exception_regimes(""), 0);
}

static void
test_codes_exception_text(void **state)
{
	const char *t;

	(void)state;
	t = sen_exception_text("coronavirus");
	assert_non_null(t);
	assert_non_null(strstr(t, "coronavirus"));
	t = sen_exception_text("absence");
	assert_non_null(t);
	assert_true(strlen(t) > 0);
	assert_null(sen_exception_text("covid"));
	assert_null(sen_exception_text(""));
}

static void
test_codes_norm_single(void **state)
{
	(void)state;
	norms_to("Parental delay", "parent_late");
	norms_to(" Y ", "unspecified");
	norms_to("coronavirus", "coronavirus");
}

/* Each code once, however often and however written. */
static void
test_codes_norm_dedup(void **state)
{
	(void)state;
	norms_to("covid; Coronavirus / COVID-19 + covid", "coronavirus");
	norms_to("DNA, Did not attend, missed appointment",
	    "missed_appointment");
}

/* Codes come in the order of the built-in list, not of the input. */
static void
test_codes_norm_order(void **state)
{
	(void)state;
	norms_to("Coronavirus; Further advice", "further_advice;coronavirus");
	norms_to("Y; DNA; Away from area; Personal; Social care late; "
	    "Health late; School closure; Parent late; Further advice; Covid",
	    "further_advice;parent_late;school_closure;health_late;"
	    "social_care_late;personal;absence;missed_appointment;"
	    "coronavirus;unspecified");
}

static void
test_codes_norm_separators(void **state)
{
	(void)state;
	norms_to("Health late;Parental delay,DNA/Personal+Absence&Covid",
	    "parent_late;health_late;personal;absence;missed_appointment;"
	    "coronavirus");
	norms_to("Personal & Absence", "personal;absence");
	norms_to("Personal + Absence", "personal;absence");
	norms_to("Personal / Absence", "personal;absence");
}

/* "No" and empty pieces add nothing. */
static void
test_codes_norm_none(void **state)
{
	(void)state;
	norms_to("", "");
	norms_to("No", "");
	norms_to("None; No", "");
	norms_to("No; Health late", "health_late");
	norms_to(" ; , ", "");
	norms_to("DNA;;Personal;", "personal;missed_appointment");
}

/*
 * The unknown word is the piece between separators, its spaces
 * included.  In "Parental delay; Bogus word; DNA" the ';' are at 14
 * and 26, so the piece is " Bogus word" at 15, 11 bytes.
 */
static void
test_codes_norm_unknown(void **state)
{
	(void)state;
	norm_unknown("Bogus", 0, 5);
	norm_unknown("Health late;Bogus;DNA", 12, 5);
	norm_unknown("Parental delay; Bogus word; DNA", 15, 11);
	norm_unknown("DNA/late ", 4, 5);
	norm_unknown("DNA,-", 4, 1);
}

/* Words added for exceptions count in lists. */
static void
test_codes_norm_added_word(void **state)
{
	(void)state;
	assert_int_equal(sen_code_add(SEN_V_EXCEPTION, "Lockdown",
	    "coronavirus"), SEN_OK);
	norms_to("Lockdown; Health late", "health_late;coronavirus");
}

/* "personal;missed_appointment" is 27 bytes: 28 with its NUL fit. */
static void
test_codes_norm_too_small(void **state)
{
	char out[64];
	size_t bad, badlen;
	const char *s = "DNA;Personal";

	(void)state;
	assert_int_equal(sen_exceptions_norm(s, strlen(s), out, 27, &bad,
	    &badlen), SEN_ETOOBIG);
	assert_int_equal(sen_exceptions_norm(s, strlen(s), out, 28, &bad,
	    &badlen), SEN_OK);
	assert_string_equal(out, "personal;missed_appointment");
	s = "Personal";
	assert_int_equal(sen_exceptions_norm(s, strlen(s), out, 8, &bad,
	    &badlen), SEN_ETOOBIG);
}

/* "personal" and its NUL fit exactly in 9 bytes. */
static void
test_codes_norm_exact_fit(void **state)
{
	char out[9];
	size_t bad, badlen;
	const char *s = "Personal";

	(void)state;
	assert_int_equal(sen_exceptions_norm(s, strlen(s), out, sizeof(out),
	    &bad, &badlen), SEN_OK);
	assert_string_equal(out, "personal");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_codes_key),
		cmocka_unit_test(test_codes_key_bytes),
		cmocka_unit_test(test_codes_key_limit),
		cmocka_unit_test(test_codes_decision_words),
		cmocka_unit_test(test_codes_outcome_words),
		cmocka_unit_test(test_codes_vocabularies_apart),
		cmocka_unit_test(test_codes_exception_words),
		cmocka_unit_test(test_codes_year_group_words),
		cmocka_unit_test(test_codes_year_group_numbers),
		cmocka_unit_test(test_codes_year_group_unknown),
		cmocka_unit_test(test_codes_unknown_words),
		cmocka_unit_test(test_codes_blank),
		cmocka_unit_test(test_codes_lookup_length),
		cmocka_unit_test_teardown(test_codes_add_then_lookup,
		    teardown),
		cmocka_unit_test_teardown(test_codes_add_overrides, teardown),
		cmocka_unit_test_teardown(test_codes_add_noncanonical,
		    teardown),
		cmocka_unit_test_teardown(test_codes_reset, teardown),
		cmocka_unit_test(test_codes_vocab_of),
		cmocka_unit_test(test_codes_exception_regimes),
		cmocka_unit_test(test_codes_exception_text),
		cmocka_unit_test(test_codes_norm_single),
		cmocka_unit_test(test_codes_norm_dedup),
		cmocka_unit_test(test_codes_norm_order),
		cmocka_unit_test(test_codes_norm_separators),
		cmocka_unit_test(test_codes_norm_none),
		cmocka_unit_test(test_codes_norm_unknown),
		cmocka_unit_test_teardown(test_codes_norm_added_word,
		    teardown),
		cmocka_unit_test(test_codes_norm_too_small),
		cmocka_unit_test(test_codes_norm_exact_fit)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
