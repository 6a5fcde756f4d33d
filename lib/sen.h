/*
 * sen.h: what every part of libsen shares.
 *
 * The library never prints and never exits.  A function that can fail
 * returns an int status: SEN_OK (zero) on success, or one of the codes
 * below; sen_strerror() turns a code into a short English phrase that the
 * programs in bin/ put after a file and line.
 */
#ifndef SEN_H
#define SEN_H

#define SEN_VERSION "0.1.0"

enum sen_status {
	SEN_OK = 0,
	SEN_EOF,		/* no more records */
	SEN_ENOMEM,		/* out of memory */
	SEN_EIO,		/* read or write failed; see errno */
	SEN_ECSV,		/* malformed CSV (a stray or unclosed quote) */
	SEN_ETOOBIG,		/* a field or record over its size bound */
	SEN_EFIELDS,		/* too many fields in one record */
	SEN_EEMPTY,		/* required value empty */
	SEN_ESYNTAX,		/* value not in any accepted form */
	SEN_ERANGE,		/* value in form but impossible */
	SEN_EMDY,		/* date looks month-first */
	SEN_EUNKNOWN,		/* code not in the vocabulary */
	SEN_ECOLUMN,		/* required column missing */
	SEN_EDUPCOL,		/* required column named twice */
	SEN_EORDER,		/* dates out of order */
	SEN_EDUP,		/* duplicate key */
	SEN_EPLAUSIBLE,		/* a real date, but not a plausible one */
	SEN_EENCODING,		/* a NUL byte, or not valid UTF-8 */
	SEN_EOVER,		/* a number too large */
	SEN_EGROUPS		/* more groups than allowed */
};

/*
 * Returns a static phrase describing status, such as "impossible date".
 * Never NULL.
 */
const char *sen_strerror(int status);

#endif
