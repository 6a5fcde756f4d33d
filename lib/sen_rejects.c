/*
 * sen_rejects.c: the rejects file.
 */
#include <stdlib.h>

#include "sen.h"
#include "sen_rejects.h"

struct sen_rejects {
	struct sen_csvw *w;
	int headed;
};

struct sen_rejects *
sen_rejects_open(FILE *fp, int flags)
{
	struct sen_rejects *rj;

	if ((rj = calloc(1, sizeof(*rj))) == NULL)
		return NULL;
	if ((rj->w = sen_csvw_open(fp, ',', flags)) == NULL) {
		free(rj);
		return NULL;
	}
	return rj;
}

int
sen_rejects_header(struct sen_rejects *rj, const struct sen_header *h)
{
	size_t i;

	if (rj->headed)
		return SEN_OK;
	rj->headed = 1;
	sen_csvw_str(rj->w, "file");
	sen_csvw_str(rj->w, "line");
	sen_csvw_str(rj->w, "reason");
	sen_csvw_str(rj->w, "message");
	for (i = 0; h != NULL && i < sen_header_count(h); i++)
		sen_csvw_str(rj->w, sen_header_name(h, i));
	return sen_csvw_end(rj->w);
}

int
sen_rejects_put(struct sen_rejects *rj, const char *file,
    unsigned long line, const char *reason, const char *message,
    const struct sen_csv *r, int fields)
{
	char num[24];
	const char *s;
	size_t i, len;

	if (!rj->headed)
		sen_rejects_header(rj, NULL);
	snprintf(num, sizeof(num), "%lu", line);
	sen_csvw_str(rj->w, file);
	sen_csvw_str(rj->w, num);
	sen_csvw_str(rj->w, reason);
	sen_csvw_str(rj->w, message);
	for (i = 0; fields && i < sen_csv_nfields(r); i++) {
		s = sen_csv_field(r, i, &len);
		sen_csvw_field(rj->w, s, len);
	}
	return sen_csvw_end(rj->w);
}

int
sen_rejects_close(struct sen_rejects *rj)
{
	int st;

	if (rj == NULL)
		return SEN_OK;
	st = sen_csvw_close(rj->w);
	free(rj);
	return st;
}

const char *
sen_reason(int status)
{
	switch (status) {
	case SEN_ECSV:
		return "bad_csv";
	case SEN_ETOOBIG:
		return "too_big";
	case SEN_EFIELDS:
		return "field_count";
	case SEN_EEMPTY:
		return "missing_value";
	case SEN_ESYNTAX:
		return "bad_format";
	case SEN_ERANGE:
		return "impossible_date";
	case SEN_EMDY:
		return "month_first";
	case SEN_EUNKNOWN:
		return "unknown_code";
	case SEN_EORDER:
		return "date_order";
	case SEN_EDUP:
		return "duplicate_id";
	case SEN_EPLAUSIBLE:
		return "implausible_date";
	case SEN_EENCODING:
		return "bad_encoding";
	case SEN_EOVER:
		return "too_large";
	default:
		return "error";
	}
}
