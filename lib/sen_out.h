/*
 * sen_out.h: output written atomically.
 *
 * A named output file is written to a temporary file beside it and
 * renamed over it only once everything was written, so that a reader
 * (or a cron job's mail) never sees half a report.
 */
#ifndef SEN_OUT_H
#define SEN_OUT_H

#include <stdio.h>

struct sen_out {
	FILE *fp;		/* write here */
	char *path;		/* final name, NULL for standard output */
	char *tmp;		/* temporary name while writing */
	int special;		/* standard output, or not a regular file:
				 * written in place */
};

/*
 * Opens path for writing, or standard output when path is NULL or "-".
 * A path that exists and is not a regular file (/dev/null, a named pipe)
 * is written in place, not replaced; a symbolic link is followed, and
 * the file it names replaced.  Returns SEN_OK, SEN_ENOMEM, or SEN_EIO
 * with errno set.
 */
int sen_out_open(struct sen_out *o, const char *path);

/*
 * Flushes and closes the output and, for a file, renames it into place.
 * Standard output is flushed and checked but left open.  Returns SEN_OK,
 * or SEN_EIO with errno set (a file's temporary is then removed).
 */
int sen_out_commit(struct sen_out *o);

/* Abandons the output: a file's temporary is closed and removed. */
void sen_out_abort(struct sen_out *o);

#endif
