/*
 * sen_codes.c: canonical vocabularies and the words exports use.
 */
#include <stdlib.h>
#include <string.h>

#include "sen.h"
#include "sen_codes.h"
#include "sen_map.h"

struct word {
	const char *key;	/* the word's key (see sen_key) */
	const char *code;	/* its canonical code, "" for none */
};

static const struct word decisions[] = {
	{ "assess", "assess" }, { "yes", "assess" }, { "y", "assess" },
	{ "agreed", "assess" }, { "agreedtoassess", "assess" },
	{ "assessmentagreed", "assess" }, { "proceed", "assess" },
	{ "notassess", "not_assess" }, { "no", "not_assess" },
	{ "n", "not_assess" }, { "refused", "not_assess" },
	{ "refusedtoassess", "not_assess" }, { "declined", "not_assess" },
	{ "notagreed", "not_assess" }, { "decisionnottoassess", "not_assess" },
	{ "withdrawn", "withdrawn" }, { "requestwithdrawn", "withdrawn" },
	{ NULL, NULL }
};

static const struct word outcomes[] = {
	{ "statement", "statement" }, { "statementissued", "statement" },
	{ "finalstatement", "statement" },
	{ "finalstatementissued", "statement" },
	{ "plan", "plan" }, { "ehcplan", "plan" }, { "ehcp", "plan" },
	{ "ehcplanissued", "plan" }, { "planissued", "plan" },
	{ "noteinlieu", "note_in_lieu" }, { "nil", "note_in_lieu" },
	{ "noteinlieuissued", "note_in_lieu" },
	{ "nostatement", "no_statement" }, { "notissued", "no_statement" },
	{ "nostatementissued", "no_statement" }, { "noplan", "no_statement" },
	{ "refused", "no_statement" }, { "refusedtoassess", "no_statement" },
	{ "decisionnottoissue", "no_statement" },
	{ "withdrawn", "withdrawn" }, { "requestwithdrawn", "withdrawn" },
	{ "open", "open" }, { "ongoing", "open" }, { "inprogress", "open" },
	{ "pending", "open" }, { "proposedstatement", "open" },
	{ "proposedstatementissued", "open" }, { "draftissued", "open" },
	{ "awaitingfinal", "open" },
	{ NULL, NULL }
};

/* Exceptions, in the order codes are written. */
static const struct word exceptions[] = {
	{ "furtheradvice", "further_advice" },
	{ "furtheradviceneeded", "further_advice" },
	{ "exceptionalfurtheradvice", "further_advice" },
	{ "parentlate", "parent_late" }, { "parentaldelay", "parent_late" },
	{ "parentdelay", "parent_late" },
	{ "parentadvicelate", "parent_late" },
	{ "parentaladvicelate", "parent_late" },
	{ "schoolclosure", "school_closure" }, { "closure", "school_closure" },
	{ "schoolclosed", "school_closure" },
	{ "earlyyearsclosure", "school_closure" },
	{ "settingclosure", "school_closure" },
	{ "healthlate", "health_late" }, { "healthadvicelate", "health_late" },
	{ "healthdelay", "health_late" },
	{ "socialcarelate", "social_care_late" },
	{ "socialcareadvicelate", "social_care_late" },
	{ "socialservicesadvicelate", "social_care_late" },
	{ "socialserviceslate", "social_care_late" },
	{ "socialservicesdelay", "social_care_late" },
	{ "personal", "personal" },
	{ "personalcircumstances", "personal" },
	{ "exceptionalpersonalcircumstances", "personal" },
	{ "absence", "absence" }, { "absentfromarea", "absence" },
	{ "awayfromarea", "absence" }, { "absentfromthearea", "absence" },
	{ "missedappointment", "missed_appointment" },
	{ "didnotattend", "missed_appointment" },
	{ "dna", "missed_appointment" },
	{ "coronavirus", "coronavirus" }, { "covid", "coronavirus" },
	{ "covid19", "coronavirus" },
	{ "unspecified", "unspecified" }, { "yes", "unspecified" },
	{ "y", "unspecified" }, { "exceptionapplied", "unspecified" },
	{ "no", "" }, { "n", "" }, { "none", "" },
	{ NULL, NULL }
};

static const struct word year_groups[] = {
	{ "n1", "N1" }, { "nursery1", "N1" }, { "n2", "N2" },
	{ "nursery2", "N2" }, { "r", "R" }, { "rec", "R" },
	{ "reception", "R" }, { "yr", "R" }, { "yearr", "R" },
	{ NULL, NULL }
};

static const struct word statuses[] = {
	{ "active", "active" }, { "current", "active" },
	{ "agreed", "active" }, { "live", "active" }, { "open", "active" },
	{ "ended", "ended" }, { "ceased", "ended" }, { "closed", "ended" },
	{ "finished", "ended" },
	{ "planned", "planned" }, { "pending", "planned" },
	{ "proposed", "planned" }, { "future", "planned" },
	{ "cancelled", "cancelled" }, { "canceled", "cancelled" },
	{ "withdrawn", "cancelled" },
	{ NULL, NULL }
};

static const struct word cease_reasons[] = {
	{ "needsmet", "needs_met" }, { "nolongerneeded", "needs_met" },
	{ "needsnowmet", "needs_met" }, { "noneed", "needs_met" },
	{ "movedaway", "moved_away" }, { "movedoutofarea", "moved_away" },
	{ "leftarea", "moved_away" }, { "movedout", "moved_away" },
	{ "lefteducation", "left_education" },
	{ "leftschool", "left_education" },
	{ "leftfulltimeeducation", "left_education" },
	{ "transferred", "transferred" },
	{ "transferredtoanotherla", "transferred" },
	{ "transferredtoanotherauthority", "transferred" },
	{ "replaced", "replaced" }, { "replacedbyehcplan", "replaced" },
	{ "convertedtoehcplan", "replaced" },
	{ "other", "other" },
	{ NULL, NULL }
};

static const struct {
	const char *code;
	int regimes;
	const char *text;
} exception_info[] = {
	{ "further_advice", SEN_R2001,
	    "further advice needed in exceptional cases" },
	{ "parent_late", SEN_R2001,
	    "the parent asked to give advice after the time allowed" },
	{ "school_closure", SEN_R2001 | SEN_R2014,
	    "school or early-years setting closed for 4 weeks or more" },
	{ "health_late", SEN_R2001,
	    "health advice given late" },
	{ "social_care_late", SEN_R2001,
	    "social services advice given late" },
	{ "personal", SEN_R2001 | SEN_R2014,
	    "exceptional personal circumstances of the child or parent" },
	{ "absence", SEN_R2001 | SEN_R2014,
	    "child or parent away from the area for 4 weeks or more" },
	{ "missed_appointment", SEN_R2001,
	    "the child missed an appointment" },
	{ "coronavirus", SEN_R2014,
	    "reasons related to coronavirus (1 May to 25 September 2020)" },
	{ "unspecified", SEN_R2001 | SEN_R2014,
	    "an exception applied; its kind was not recorded" },
	{ NULL, 0, NULL }
};

static const struct word *const builtin[SEN_V_COUNT] = {
	decisions, outcomes, exceptions, year_groups, statuses, cease_reasons
};

/* Words added at run time. */
static struct added {
	enum sen_vocab v;
	char key[SEN_KEY_MAX];
	const char *code;
} *added;
static size_t nadded;

size_t
sen_key(const char *s, size_t len, char *key)
{
	size_t i, k = 0;
	unsigned char c;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
			continue;
		if (k + 1 >= SEN_KEY_MAX)
			return SEN_KEY_MAX;
		key[k++] = (char)c;
	}
	key[k] = '\0';
	return k;
}

/* Maps a year group written as a number, perhaps after "year", "yr",
 * "y" or "ncy": 1 to 14.  Returns the code or NULL. */
static const char *
year_number(const char *key)
{
	static const char *const nums[] = { "1", "2", "3", "4", "5", "6",
	    "7", "8", "9", "10", "11", "12", "13", "14" };
	static const char *const prefixes[] = { "year", "ncy", "yr", "y", "" };
	size_t i, n;
	char *end;
	long v;

	for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
		n = strlen(prefixes[i]);
		if (strncmp(key, prefixes[i], n) == 0 && key[n] >= '0' &&
		    key[n] <= '9')
			break;
	}
	if (i == sizeof(prefixes) / sizeof(prefixes[0]))
		return NULL;
	v = strtol(key + n, &end, 10);
	if (*end != '\0' || v < 1 || v > 14 || key[n] == '0')
		return NULL;
	return nums[v - 1];
}

/* Returns 1 unless s looks like more than one year group or a negative
 * one: "Year 1/2" must not be read as 12, nor "-1" as 1, though "Y-11"
 * is year 11. */
static int
plain(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len && (s[i] == ' ' || s[i] == '\t'); i++)
		;
	if (i < len && s[i] == '-')
		return 0;
	for (; i < len; i++)
		if (strchr("/,;&+", s[i]) != NULL && s[i] != '\0')
			return 0;
	return 1;
}

/* The built-in words of each vocabulary, by key, made on first use. */
static struct sen_map *index_of[SEN_V_COUNT];

/* Looks a key up among the built-in words.  Returns the code or NULL. */
static const char *
find_builtin(enum sen_vocab v, const char *key)
{
	const struct word *w;
	size_t i;

	if (index_of[v] == NULL && (index_of[v] = sen_map_new()) != NULL) {
		for (w = builtin[v]; w->key != NULL; w++)
			sen_map_put(index_of[v], w->key, strlen(w->key),
			    (size_t)(w - builtin[v]), NULL);
	}
	if (index_of[v] != NULL)
		return sen_map_get(index_of[v], key, strlen(key), &i) ?
		    builtin[v][i].code : NULL;
	for (w = builtin[v]; w->key != NULL; w++)
		if (strcmp(w->key, key) == 0)
			return w->code;
	return NULL;
}

/* Finds a key among the words added, then the built-in ones. */
static const char *
find(enum sen_vocab v, const char *key)
{
	const char *code;
	size_t i;

	for (i = 0; i < nadded; i++)
		if (added[i].v == v && strcmp(added[i].key, key) == 0)
			return added[i].code;
	if ((code = find_builtin(v, key)) != NULL)
		return code;
	if (v == SEN_V_YEAR_GROUP)
		return year_number(key);
	return NULL;
}

int
sen_code_lookup(enum sen_vocab v, const char *s, size_t len,
    const char **code)
{
	char key[SEN_KEY_MAX];
	const char *found;
	size_t i, k;

	for (i = 0; i < len && (s[i] == ' ' || s[i] == '\t'); i++)
		;
	if (i == len)
		return SEN_EEMPTY;
	if ((k = sen_key(s, len, key)) == 0 || k == SEN_KEY_MAX)
		return SEN_EUNKNOWN;
	if (v == SEN_V_YEAR_GROUP && !plain(s, len))
		return SEN_EUNKNOWN;
	if ((found = find(v, key)) == NULL)
		return SEN_EUNKNOWN;
	*code = found;
	return SEN_OK;
}

/* Returns the static copy of to if it is a canonical code of v. */
static const char *
canonical(enum sen_vocab v, const char *to)
{
	const struct word *w;

	for (w = builtin[v]; w->key != NULL; w++)
		if (strcmp(w->code, to) == 0)
			return w->code;
	if (v == SEN_V_YEAR_GROUP)
		return year_number(to);
	return NULL;
}

int
sen_code_add(enum sen_vocab v, const char *word, const char *to)
{
	struct added *na;
	const char *code;
	size_t k;

	if ((code = canonical(v, to)) == NULL)
		return SEN_EUNKNOWN;
	k = sen_key(word, strlen(word), (char[SEN_KEY_MAX]){ 0 });
	if (k == 0 || k == SEN_KEY_MAX)
		return SEN_ESYNTAX;
	if ((na = realloc(added, (nadded + 1) * sizeof(*added))) == NULL)
		return SEN_ENOMEM;
	added = na;
	added[nadded].v = v;
	sen_key(word, strlen(word), added[nadded].key);
	added[nadded].code = code;
	nadded++;
	return SEN_OK;
}

void
sen_code_reset(void)
{
	free(added);
	added = NULL;
	nadded = 0;
}

int
sen_vocab_of(const char *column)
{
	if (strcmp(column, "decision") == 0)
		return SEN_V_DECISION;
	if (strcmp(column, "outcome") == 0)
		return SEN_V_OUTCOME;
	if (strcmp(column, "exceptions") == 0)
		return SEN_V_EXCEPTION;
	if (strcmp(column, "year_group") == 0)
		return SEN_V_YEAR_GROUP;
	if (strcmp(column, "status") == 0)
		return SEN_V_STATUS;
	if (strcmp(column, "cease_reason") == 0)
		return SEN_V_CEASE;
	return -1;
}

int
sen_exception_regimes(const char *code)
{
	size_t i;

	for (i = 0; exception_info[i].code != NULL; i++)
		if (strcmp(exception_info[i].code, code) == 0)
			return exception_info[i].regimes;
	return 0;
}

const char *
sen_exception_text(const char *code)
{
	size_t i;

	for (i = 0; exception_info[i].code != NULL; i++)
		if (strcmp(exception_info[i].code, code) == 0)
			return exception_info[i].text;
	return NULL;
}

/* Returns 1 for a byte that separates exceptions in a list. */
static int
is_sep(char c)
{
	return c == ';' || c == ',' || c == '/' || c == '+' || c == '&';
}

/* Returns the position of code in exception_info. */
static size_t
exception_index(const char *code)
{
	size_t i;

	for (i = 0; exception_info[i].code != NULL; i++)
		if (strcmp(exception_info[i].code, code) == 0)
			break;
	return i;
}

/* Joins the codes whose bits are set in seen, ';'-separated. */
static int
join_codes(unsigned long seen, char *out, size_t n)
{
	size_t i, k = 0, len;

	out[0] = '\0';
	for (i = 0; exception_info[i].code != NULL; i++) {
		if (!(seen & (1UL << i)))
			continue;
		len = strlen(exception_info[i].code);
		if (k + (k > 0) + len + 1 > n)
			return SEN_ETOOBIG;
		if (k > 0)
			out[k++] = ';';
		memcpy(out + k, exception_info[i].code, len + 1);
		k += len;
	}
	return SEN_OK;
}

/*
 * Walks a list of exceptions word by word, handing each known code to
 * take(), which returns a status.  Returns SEN_OK, take()'s first
 * failure, or SEN_EUNKNOWN for an unknown word; either failure with the
 * word's start and length in *bad and *badlen.
 */
static int
walk(const char *s, size_t len, int (*take)(const char *, void *),
    void *ctx, size_t *bad, size_t *badlen)
{
	size_t i = 0, j;
	const char *code;
	int st;

	while (i < len) {
		for (j = i; j < len && !is_sep(s[j]); j++)
			;
		st = sen_code_lookup(SEN_V_EXCEPTION, s + i, j - i, &code);
		if (st == SEN_OK && *code != '\0')
			st = take(code, ctx);
		if (st != SEN_OK && st != SEN_EEMPTY) {
			*bad = i;
			*badlen = j - i;
			return st;
		}
		i = j + 1;
	}
	return SEN_OK;
}

/* Notes a code in a bit set of exception_info. */
static int
note_code(const char *code, void *ctx)
{
	*(unsigned long *)ctx |= 1UL << exception_index(code);
	return SEN_OK;
}

int
sen_exceptions_norm(const char *s, size_t len, char *out, size_t n,
    size_t *bad, size_t *badlen)
{
	unsigned long seen = 0;
	int st;

	if ((st = walk(s, len, note_code, &seen, bad, badlen)) != SEN_OK)
		return st;
	return join_codes(seen, out, n);
}

/* What a check of exceptions against regimes keeps. */
struct regime_check {
	int mask;
	int any;
};

/* Fails a code the regimes do not allow. */
static int
allowed_code(const char *code, void *ctx)
{
	struct regime_check *rc = ctx;

	if (!(sen_exception_regimes(code) & rc->mask))
		return SEN_EUNKNOWN;
	rc->any = 1;
	return SEN_OK;
}

int
sen_exceptions_check(const char *s, size_t len, int mask, int *any,
    size_t *bad, size_t *badlen)
{
	struct regime_check rc = { mask, 0 };
	int st;

	st = walk(s, len, allowed_code, &rc, bad, badlen);
	*any = rc.any;
	return st;
}

int
sen_year_rank(const char *code)
{
	char *end;
	long v;

	if (strcmp(code, "N1") == 0)
		return 0;
	if (strcmp(code, "N2") == 0)
		return 1;
	if (strcmp(code, "R") == 0)
		return 2;
	v = strtol(code, &end, 10);
	if (end == code || *end != '\0' || v < 1 || v > 14)
		return -1;
	return (int)v + 2;
}
