/*
 * sen_rejects.h: the rejects file.
 *
 * Every record a program cannot take is written here with its source
 * file, its line, a stable reason code, a message, and then its fields as
 * they were read, so that a data officer can mend the rows and feed them
 * in again.  The header is file,line,reason,message and then the column
 * names of the first input.
 */
#ifndef SEN_REJECTS_H
#define SEN_REJECTS_H

#include <stdio.h>

#include "sen_csv.h"

struct sen_rejects;

/* Opens a rejects writer on fp, which the caller keeps, with the
 * writer flags of sen_csvw_open().  NULL when out of memory. */
struct sen_rejects *sen_rejects_open(FILE *fp, int flags);

/*
 * Writes the header, once, from h (the input's column names; NULL for
 * none known).  Later calls do nothing.  Returns SEN_OK or SEN_EIO.
 */
int sen_rejects_header(struct sen_rejects *rj, const struct sen_header *h);

/*
 * Writes one rejected record: r's current fields when fields is not 0,
 * none otherwise.  Returns SEN_OK or SEN_EIO.
 */
int sen_rejects_put(struct sen_rejects *rj, const char *file,
    unsigned long line, const char *reason, const char *message,
    const struct sen_csv *r, int fields);

/* Flushes and frees.  Returns SEN_OK or SEN_EIO. */
int sen_rejects_close(struct sen_rejects *rj);

/* The stable reason code for a status, such as "bad_date". */
const char *sen_reason(int status);

#endif
