/*
 * sen.c: status phrases.
 */
#include <stddef.h>

#include "sen.h"

static const char *const phrases[] = {
	[SEN_OK] = "success",
	[SEN_EOF] = "end of input",
	[SEN_ENOMEM] = "out of memory",
	[SEN_EIO] = "input or output error",
	[SEN_ECSV] = "malformed CSV",
	[SEN_ETOOBIG] = "field too large",
	[SEN_EFIELDS] = "too many fields",
	[SEN_EEMPTY] = "empty value",
	[SEN_ESYNTAX] = "not in an accepted form",
	[SEN_ERANGE] = "impossible date",
	[SEN_EMDY] = "probably month first",
	[SEN_EUNKNOWN] = "unknown code",
	[SEN_ECOLUMN] = "missing column",
	[SEN_EDUPCOL] = "column named twice",
	[SEN_EORDER] = "dates out of order",
	[SEN_EDUP] = "duplicate",
	[SEN_EPLAUSIBLE] = "implausible date",
	[SEN_EENCODING] = "not UTF-8 text",
	[SEN_EOVER] = "too large",
	[SEN_EGROUPS] = "too many groups (see --max-groups)"
};

const char *
sen_strerror(int status)
{
	if (status < 0 || status >= (int)(sizeof(phrases) / sizeof(phrases[0]))
	    || phrases[status] == NULL)
		return "unknown error";
	return phrases[status];
}
