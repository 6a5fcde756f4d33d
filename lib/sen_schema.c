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

static const char *const b_band[] = { "Funding Band", "Band Level",
	"Banding", NULL };
static const char *const b_amount[] = { "Annual Amount", "Annual Value",
	"Funding", "Value", "Amount per Year", "Annual Funding", NULL };
static const char *const b_start[] = { "Start Date", "Date From", "From",
	"Start", "Funding Start", NULL };
static const char *const b_end[] = { "End Date", "Date To", "To", "End",
	"Funding End", NULL };
static const char *const b_status[] = { "Allocation Status",
	"Funding Status", NULL };

static const struct sen_column banding[] = {
	{ "case_id", SEN_T_TEXT, -1, 1, a_case },
	{ "child_id", SEN_T_TEXT, -1, 0, a_child },
	{ "school", SEN_T_TEXT, -1, 0, a_school },
	{ "year_group", SEN_T_CODE, SEN_V_YEAR_GROUP, 0, a_year },
	{ "band", SEN_T_BAND, -1, 1, b_band },
	{ "amount", SEN_T_MONEY, -1, 1, b_amount },
	{ "start_date", SEN_T_DATE, -1, 1, b_start },
	{ "end_date", SEN_T_DATE, -1, 0, b_end },
	{ "status", SEN_T_CODE, SEN_V_STATUS, 0, b_status }
};

static const char *const s_start[] = { "Date Statement Made",
	"Statement Date", "Date of Statement", "Plan Start Date",
	"Start Date", "Date Made", NULL };
static const char *const s_review[] = { "Last Annual Review",
	"Last Review", "Date of Last Review", "Last Review Date",
	"Annual Review Date", NULL };
static const char *const s_ceased[] = { "Date Ceased", "Ceased",
	"Ceased Date", "Date Statement Ceased", "Cease Date", NULL };
static const char *const s_reason[] = { "Reason Ceased", "Cease Reason",
	"Reason for Ceasing", "Reason", NULL };

static const struct sen_column statement[] = {
	{ "case_id", SEN_T_TEXT, -1, 1, a_case },
	{ "child_id", SEN_T_TEXT, -1, 0, a_child },
	{ "school", SEN_T_TEXT, -1, 0, a_school },
	{ "year_group", SEN_T_CODE, SEN_V_YEAR_GROUP, 0, a_year },
	{ "start_date", SEN_T_DATE, -1, 1, s_start },
	{ "last_review_date", SEN_T_DATE, -1, 0, s_review },
	{ "ceased_date", SEN_T_DATE, -1, 0, s_ceased },
	{ "cease_reason", SEN_T_CODE, SEN_V_CEASE, 0, s_reason }
};

/* Date columns that must come in order, by index in each kind. */
static const int a_order[][2] = {
	{ 5, 6 },		/* request_date, decision_date */
	{ 5, 8 },		/* request_date, proposed_date */
	{ 5, 9 },		/* request_date, final_date */
	{ 6, 8 },		/* decision_date, proposed_date */
	{ 6, 9 },		/* decision_date, final_date */
	{ 8, 9 }		/* proposed_date, final_date */
};
static const int b_order[][2] = {
	{ 6, 7 }		/* start_date, end_date */
};
static const int s_order[][2] = {
	{ 4, 5 },		/* start_date, last_review_date */
	{ 4, 6 },		/* start_date, ceased_date */
	{ 5, 6 }		/* last_review_date, ceased_date */
};

static const struct {
	const char *name;
	const struct sen_column *cols;
	size_t ncols;
	const int (*order)[2];
	size_t norder;
} kinds[] = {
	{ "assessment", assessment, sizeof(assessment) / sizeof(assessment[0]),
	    a_order, sizeof(a_order) / sizeof(a_order[0]) },
	{ "banding", banding, sizeof(banding) / sizeof(banding[0]),
	    b_order, sizeof(b_order) / sizeof(b_order[0]) },
	{ "statement", statement, sizeof(statement) / sizeof(statement[0]),
	    s_order, sizeof(s_order) / sizeof(s_order[0]) }
};

int
sen_kind_parse(const char *name, enum sen_kind *kind)
{
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		if (strcmp(name, kinds[i].name) == 0) {
			*kind = (enum sen_kind)i;
			return SEN_OK;
		}
	}
	return SEN_EUNKNOWN;
}

const char *
sen_kind_name(enum sen_kind kind)
{
	return kinds[kind].name;
}

const struct sen_column *
sen_kind_columns(enum sen_kind kind, size_t *n)
{
	*n = kinds[kind].ncols;
	return kinds[kind].cols;
}

const int (*sen_kind_order(enum sen_kind kind, size_t *n))[2]
{
	*n = kinds[kind].norder;
	return kinds[kind].order;
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
