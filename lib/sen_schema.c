/*
 * sen_schema.c: record kinds, their columns, and the names exports use.
 */
#include <string.h>

#include "sen.h"
#include "sen_codes.h"
#include "sen_schema.h"

static const char *const a_case[] = { "Case Ref", "Case Reference",
	"Case No", "Case Number", "Reference", "Ref", "SA Ref", NULL };
static const char *const a_child[] = { "Child Ref", "Child Reference",
	"Pupil ID", "Pupil Ref", "Child No", "Person ID", NULL };
static const char *const a_school[] = { "School Name", "Establishment",
	"School or Setting", "Setting", NULL };
static const char *const a_year[] = { "NCY", "NC Year", "Year",
	"National Curriculum Year", "Year Grp", NULL };
static const char *const a_team[] = { "Lead Service", "Service",
	"Lead Team", NULL };
static const char *const a_request[] = { "Date Request Received",
	"Request Date", "Date of Request", "Request Received",
	"Referral Date", "Date Received", "Date Requested", NULL };
static const char *const a_ddate[] = { "Date of Decision",
	"Decision to Assess Date", "Date Decision Made", NULL };
static const char *const a_decision[] = { "Decision to Assess",
	"Assessment Decision", "Decision Made", NULL };
static const char *const a_proposed[] = { "Proposed Statement Issued",
	"Proposed Statement Date", "Date Proposed Statement Issued",
	"Draft Statement Issued", "Draft Statement Date", "Proposed Date",
	"Draft Issued", NULL };
static const char *const a_final[] = { "Final Statement Issued",
	"Final Statement Date", "Date Final Statement Issued",
	"Final Plan Issued", "EHC Plan Issued", "Plan Issued Date",
	"Final Date", NULL };
static const char *const a_outcome[] = { "Case Outcome", "Result",
	"Assessment Outcome", NULL };
static const char *const a_exceptions[] = { "Exception Code",
	"Exception", "Exception Codes", "Exception Reason",
	"Exceptions Applied", "Exception Applied", NULL };

static const struct sen_column assessment[] = {
	{ "case_id", SEN_T_TEXT, -1, 1, a_case },
	{ "child_id", SEN_T_TEXT, -1, 0, a_child },
	{ "school", SEN_T_TEXT, -1, 0, a_school },
	{ "year_group", SEN_T_CODE, SEN_V_YEAR_GROUP, 0, a_year },
	{ "team", SEN_T_TEXT, -1, 0, a_team },
	{ "request_date", SEN_T_DATE, -1, 1, a_request },
	{ "decision_date", SEN_T_DATE, -1, 0, a_ddate },
	{ "decision", SEN_T_CODE, SEN_V_DECISION, 0, a_decision },
	{ "proposed_date", SEN_T_DATE, -1, 0, a_proposed },
	{ "final_date", SEN_T_DATE, -1, 0, a_final },
	{ "outcome", SEN_T_CODE, SEN_V_OUTCOME, 0, a_outcome },
	{ "exceptions", SEN_T_EXCEPTIONS, -1, 0, a_exceptions }
};

int
sen_kind_parse(const char *name, enum sen_kind *kind)
{
	if (strcmp(name, "assessment") == 0) {
		*kind = SEN_K_ASSESSMENT;
		return SEN_OK;
	}
	return SEN_EUNKNOWN;
}

const struct sen_column *
sen_kind_columns(enum sen_kind kind, size_t *n)
{
	(void)kind;
	*n = sizeof(assessment) / sizeof(assessment[0]);
	return assessment;
}

/* Returns 1 when the keys of a and b are equal. */
static int
same_key(const char *a, const char *b)
{
	char ka[SEN_KEY_MAX], kb[SEN_KEY_MAX];
	size_t la, lb;

	la = sen_key(a, strlen(a), ka);
	lb = sen_key(b, strlen(b), kb);
	return la == lb && la < SEN_KEY_MAX && la > 0 && strcmp(ka, kb) == 0;
}

int
sen_column_match(enum sen_kind kind, const char *name)
{
	const struct sen_column *cols;
	const char *const *a;
	size_t i, n;

	cols = sen_kind_columns(kind, &n);
	for (i = 0; i < n; i++) {
		if (same_key(cols[i].name, name))
			return (int)i;
		for (a = cols[i].aliases; *a != NULL; a++)
			if (same_key(*a, name))
				return (int)i;
	}
	return -1;
}

int
sen_column_index(enum sen_kind kind, const char *name)
{
	const struct sen_column *cols;
	size_t i, n;

	cols = sen_kind_columns(kind, &n);
	for (i = 0; i < n; i++)
		if (strcmp(cols[i].name, name) == 0)
			return (int)i;
	return -1;
}
